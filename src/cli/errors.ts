/** A problem with what the user typed: reported on one line of stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes the CLI promises: 0 done, 1 failed, 2 bad input (nothing was changed). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A command that has already said what failed (e.g. `doctor`'s crosses): exit code 1, nothing more printed. */
export class ReportedFailure extends Error {
  constructor(message = 'failed') {
    super(message);
    this.name = 'ReportedFailure';
  }
}
