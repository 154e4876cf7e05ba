import pino from "pino";
import type { Library } from "../../src/core/library.ts";
import { t } from "../../src/dialogs/texts/index.ts";
import { InboundGate } from "../../src/gate/gate.ts";
import type { GateOptions } from "../../src/gate/gate.ts";
import type { Logger } from "../../src/logger.ts";

/**
 * The inbound gate over a test library's database, with the zh-CN apology and silent logs,
 * started: leases and retries run on real time (a test clock may stand still), and what waits
 * for a retry is looked at again every 200 ms. Pass `now` to drive leases by hand.
 */
export function testGate(
  lib: Pick<Library, "db" | "now">,
  opts: Partial<GateOptions> = {},
): InboundGate {
  const gate = new InboundGate({
    db: lib.db,
    log: opts.log ?? (pino({ level: "silent" }) as unknown as Logger),
    sweepMs: 200,
    words: { apology: t("zh-CN", "apology"), conflict: t("zh-CN", "session_conflict") },
    ...opts,
  });
  if (opts.now === undefined) gate.start();
  return gate;
}
