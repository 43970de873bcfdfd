import { STEP } from "../exercises/conventions.js";
import type { JournalView } from "./journal-view.js";
import type { Dated } from "../journal/dated.js";

/** The channels the prep and debrief offer, as their option ids. */
export const CHANNELS = ["in_person", "video", "phone", "written"] as const;
export type Channel = (typeof CHANNELS)[number];

export interface ChannelCounts {
  /** Debriefs of the period (one per call) … */
  calls: number;
  /** … by the channel they, or their linked prep, name; `unknown` when neither does. */
  in_person: number;
  video: number;
  phone: number;
  /** E-mail or chat. */
  written: number;
  unknown: number;
}

export interface Channels extends ChannelCounts {
  previous: ChannelCounts;
}

/**
 * How a debrief's call was held: its own answer, or else its linked prep's (a quick debrief takes
 * the channel over from the prep rather than asking it again). Anything but the four channels the
 * exercises offer (a hand edit) counts as unknown.
 */
function channelOf(d: Dated, prepsById: ReadonlyMap<string, Dated>): Channel | undefined {
  const prep = d.entry.links?.prep ? prepsById.get(d.entry.links.prep) : undefined;
  const v = d.answer(STEP.channel) ?? prep?.answer(STEP.channel);
  return CHANNELS.find((c) => c === v);
}

function countIn(list: readonly Dated[], prepsById: ReadonlyMap<string, Dated>): ChannelCounts {
  const c: ChannelCounts = { calls: 0, in_person: 0, video: 0, phone: 0, written: 0, unknown: 0 };
  for (const d of list) {
    if (d.entry.kind !== "debrief") continue;
    c.calls++;
    c[channelOf(d, prepsById) ?? "unknown"]++;
  }
  return c;
}

/** Calls (debriefs) by channel in both periods: in person, video, phone, e-mail or chat, unknown. */
export function channels(view: JournalView): Channels {
  return { ...countIn(view.current, view.prepsById), previous: countIn(view.previous, view.prepsById) };
}
