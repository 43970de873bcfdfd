import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PHASES, type Phase } from "../exercises/phases.js";
import { slugify } from "./naming.js";

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

/**
 * The same draft in an encrypted journal: its name carries a short hash of the customer instead
 * of the name, so that it is found again without opening it and says nothing readable.
 */
export function sealedDraftFile(journal: string, kind: Phase, customer?: string): string {
  const slug = customer ? slugify(customer) : "";
  const tag = slug ? `-${createHash("sha256").update(slug).digest("hex").slice(0, 12)}` : "";
  return path.join(draftsDir(journal), `${kind}${tag}.yaml.age`);
}

const DRAFT_NAME = new RegExp(`^(${PHASES.join("|")})(-[a-z0-9-]+)?\\.yaml(\\.age)?$`);

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
