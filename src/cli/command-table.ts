import type { AnyCommand, GroupSpec } from "./command-spec.js";
import prep from "./specs/prep.js";
import debrief from "./specs/debrief.js";
import daily from "./specs/daily.js";
import list from "./specs/list.js";
import show from "./specs/show.js";
import edit from "./specs/edit.js";
import remove from "./specs/delete.js";
import restore from "./specs/restore.js";
import actions from "./specs/actions.js";
import done from "./specs/done.js";
import summary from "./specs/summary.js";
import demo from "./specs/demo.js";
import review from "./specs/review.js";
import note from "./specs/note.js";
import share from "./specs/share.js";
import exportEntries from "./specs/export.js";
import status from "./specs/status.js";
import nudge from "./specs/nudge.js";
import exercisesList from "./specs/exercises-list.js";
import exercisesShow from "./specs/exercises-show.js";
import exercisesValidate from "./specs/exercises-validate.js";
import encryptionInit from "./specs/encryption-init.js";
import encryptionOn from "./specs/encryption-on.js";
import encryptionOff from "./specs/encryption-off.js";
import encryptionAddRecipient from "./specs/encryption-add-recipient.js";
import encryptionRemoveRecipient from "./specs/encryption-remove-recipient.js";
import encryptionStatus from "./specs/encryption-status.js";
import where from "./specs/where.js";
import configList from "./specs/config-list.js";
import configGet from "./specs/config-get.js";
import configSet from "./specs/config-set.js";
import completion from "./specs/completion.js";

export const GROUPS: GroupSpec[] = [
  { name: "exercises", description: "exercises" },
  { name: "encryption", description: "encryption" },
  { name: "config", description: "config" },
];

/**
 * Every command, in the order of the help: one module each (src/cli/specs/), holding its words,
 * options and a `run` that imports the command's body only when it runs.
 */
export const COMMANDS: readonly AnyCommand[] = [
  prep, debrief, daily, list, show, edit, remove, restore, actions, done, summary, demo, review,
  note, share, exportEntries, status, nudge, exercisesList, exercisesShow, exercisesValidate,
  encryptionInit, encryptionOn, encryptionOff, encryptionAddRecipient, encryptionRemoveRecipient,
  encryptionStatus, where, configList, configGet, configSet, completion,
];
