import pino from "pino";

/**
 * Logger for the composition root, adapters, jobs and CLI (never src/core or src/dialogs).
 * Names, card numbers, codes and message texts are redacted at every level. Logs go to
 * stderr so a terminal chat on stdout stays readable and scriptable.
 */
export function createLogger(level: string, pretty = false) {
  const options = {
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
  };
  return pretty
    ? pino({
        ...options,
        transport: { target: "pino-pretty", options: { colorize: true, destination: 2 } },
      })
    : pino(options, pino.destination(2));
}

export type Logger = ReturnType<typeof createLogger>;
