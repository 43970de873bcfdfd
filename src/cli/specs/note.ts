import { command, type OptionsOfCommand, type Help } from "../command-spec.js";

const note = command({
  name: "note",
  description: "note",
  args: [{ name: "<entry-id>", help: "entryId" }, { name: "<text...>", help: "noteText" }],
  options: [{ flags: "--for <dir>", help: "noteFor", required: true }],
  formats: "record",
  examples: (m: Help) => [`empathy note 2026-11-24T1115 "${m.noteExample}" --for ~/coaching/anna`],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/note.js")).note(ctx, opts),
});
export default note;
export type NoteOptions = OptionsOfCommand<typeof note>;
