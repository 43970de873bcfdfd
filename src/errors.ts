/**
 * An expected failure caused by the user's input or environment. The top-level handler prints
 * its message as one line and exits with `exitCode`; anything else is a bug and shows a stack.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * An id that names nothing of its kind. Said without a command: the command line adds where the ids
 * are listed (`journal`, as the user named it, when it is another journal than their own).
 */
export class NotFound extends UserError {
  constructor(
    message: string,
    readonly what: "entry" | "action" | "trashed",
    readonly journal?: string,
  ) {
    super(message);
    this.name = "NotFound";
  }
}

/** The command line itself is wrong (a bad option value, flags that contradict): exit code 2. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
    this.name = "UsageError";
  }
}

/** The user stopped a flow (Ctrl-C, closed terminal, SIGTERM); the caller has already saved a draft. */
export class Interrupted extends Error {
  constructor(readonly exitCode = 130) {
    super("interrupted");
    this.name = "Interrupted";
  }
}
