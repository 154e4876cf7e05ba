/** An unexpected failure inside the core, caught once per adapter and answered with an apology. */
export class CoreError extends Error {
  override name = "CoreError";
  constructor(
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Configuration that cannot be used: start-up stops with the field and the reason. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly issues: { path: string; message: string }[]) {
    super(
      "Invalid configuration:\n" +
        issues.map((i) => `  ${i.path || "(root)"}: ${i.message}`).join("\n"),
    );
  }
}
