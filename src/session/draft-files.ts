import fs from "node:fs";
import path from "node:path";
import { PHASES, type PhaseName as Phase } from "../exercises/phases.js";
import { slugify } from "../journal/naming.js";

/*
 * Where unfinished flows wait: one file per flow and customer (`prep-acme-bv.yaml`), so an
 * unfinished prep for one customer does not stand in the way of a prep for another. Kept apart
 * from drafts.ts: the home screen looks here without loading the parser.
 */

export const draftsDir = (journal: string) => path.join(journal, "drafts");

export function draftFile(journal: string, kind: Phase, customer?: string): string {
  const slug = customer ? slugify(customer) : "";
  return path.join(draftsDir(journal), `${kind}${slug ? `-${slug}` : ""}.yaml`);
}

const DRAFT_NAME = new RegExp(`^(${PHASES.join("|")})(-[a-z0-9-]+)?\\.yaml$`);

/** The draft files of a kind (or of every kind), oldest name first; none when there is no folder. */
export function draftFiles(journal: string, kind?: Phase): { file: string; kind: Phase }[] {
  let names: string[];
  try {
    names = fs.readdirSync(draftsDir(journal));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => ({ name, m: DRAFT_NAME.exec(name) }))
    .filter(({ m }) => m && (kind === undefined || m[1] === kind))
    .map(({ name, m }) => ({ file: path.join(draftsDir(journal), name), kind: m![1] as Phase }));
}
