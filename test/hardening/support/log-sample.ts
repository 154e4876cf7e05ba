import { createLogger } from "../../../src/logger.ts";

/**
 * Logs personal data through the production logger, for test/hardening/logger.test.ts (the
 * logger writes to stderr itself, so the test reads this process's stderr):
 * `node --import tsx log-sample.ts <level> <plain|pretty>`. The values come from argv[4…].
 */
const [level = "info", mode = "plain", name = "", card = "", code = "", text = ""] =
  process.argv.slice(2);
const log = createLogger(level, mode === "pretty");

log.info({ name, cardNumber: card, code, text, token: "123456:SECRET", updateId: 7 }, "flat");
log.info(
  {
    patron: { name, cardNumber: card },
    binding: { code },
    inbound: { text },
    bot: { token: "123456:SECRET" },
    chat: { id: 42 },
  },
  "nested",
);
log.warn({ name }, "warn line");
log.debug({ name, cardNumber: card }, "debug line");
log.flush();
