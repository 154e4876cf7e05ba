import pino from "pino";

/**
 * Logger for the composition root, adapters, jobs and CLI (never src/core or src/dialogs).
 * Names, card numbers, codes and message texts are redacted at every level.
 */
export function createLogger(level: string, pretty = false) {
  return pino({
    level,
    redact: {
      paths: [
        "name",
        "*.name",
        "cardNumber",
        "*.cardNumber",
        "code",
        "*.code",
        "text",
        "*.text",
        "token",
        "*.token",
      ],
      censor: "[redacted]",
    },
    ...(pretty ? { transport: { target: "pino-pretty", options: { colorize: true } } } : {}),
  });
}

export type Logger = ReturnType<typeof createLogger>;
