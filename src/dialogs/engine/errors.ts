/**
 * A dialog threw: it has ended, and the caller logs this error and answers with an apology.
 * `context` says which dialog in which chat; `cause` is the original error.
 */
export class DialogError extends Error {
  override name = "DialogError";
  constructor(
    message: string,
    readonly context: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
