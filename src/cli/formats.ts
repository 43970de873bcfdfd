/** Output formats per command, by name: the option parser and the commands share these lists. */
export const SUMMARY_FORMATS = ["text", "md", "json"] as const;
export const REVIEW_FORMATS = ["text", "md", "html", "json"] as const;
export const SHARE_FORMATS = ["text", "md"] as const;
export const EXPORT_FORMATS = ["json", "csv", "md"] as const;

export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];
export type ShareFormat = (typeof SHARE_FORMATS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
