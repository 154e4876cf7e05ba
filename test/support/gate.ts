import pino from "pino";
import type { Library } from "../../src/core/library.ts";
import { t } from "../../src/dialogs/texts/index.ts";
import { InboundGate } from "../../src/gate/gate.ts";
import type { GateOptions } from "../../src/gate/gate.ts";
import type { PlatformLink, TurnHandler } from "../../src/gate/types.ts";
import type { Inbound, Reply } from "../../src/messages.ts";
import type { SendOutcome } from "../../src/outbox/ports.ts";
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

/** The platform of the gate tests' messages. */
export const PLATFORM = "console";

/** A channel that records what it sends, per chat; `send` decides each outcome (default sent). */
export function recorder(handle: TurnHandler, send?: (reply: Reply) => Promise<SendOutcome>) {
  const sent: { chatId: string; text: string }[] = [];
  const link: PlatformLink = {
    handle,
    port: {
      async send(chatId, reply) {
        const outcome = send ? await send(reply) : { status: "sent" as const };
        if (outcome.status === "sent") sent.push({ chatId, text: reply.text });
        return outcome;
      },
    },
  };
  return { link, sent };
}

/** A promise that never settles: a process that stopped in the middle of something. */
export const never = () => new Promise<never>(() => {});

let n = 0;

/** A private message of account "zhang" (or as `o` says), with an update id of its own. */
export function message(
  text: string,
  o: Partial<Inbound> = {},
): { updateId: string; inbound: Inbound } {
  const inbound = { platform: PLATFORM, chatId: "zhang", userId: "zhang", isGroup: false, text };
  return { updateId: `u${++n}`, inbound: { ...inbound, ...o } };
}

/** Hands the gate a message of `PLATFORM`. */
export async function accept(gate: InboundGate, m: { updateId: string; inbound: Inbound }) {
  await gate.accept({ platform: PLATFORM, ...m });
}
