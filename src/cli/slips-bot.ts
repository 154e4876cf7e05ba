/** A Telegram username as the deep link needs it: 5–32 letters, digits or underscores. */
const usernamePattern = /^[A-Za-z][A-Za-z0-9_]{4,31}$/;

/** `@ShuxiangBot` or `ShuxiangBot` → `ShuxiangBot`; undefined when it cannot be a username. */
export function botUsername(name: string): string | undefined {
  const bare = name.trim().replace(/^@/, "");
  return usernamePattern.test(bare) ? bare : undefined;
}

export interface BotLookup {
  token: string | undefined;
  apiRoot?: string | undefined;
  /** How long getMe may take before the lookup fails (Telegram is unreachable from many schools). */
  timeoutMs?: number;
}

export type BotNameResult = { ok: true; bot: string | undefined } | { ok: false; reason: string };

/**
 * The configured bot's username from the Bot API (getMe through telegraf's client, at
 * `apiRoot` when set), or `bot: undefined` when no token is set. A failure is a value with the
 * reason, so the caller can refuse before issuing any code.
 */
export async function configuredBotName(lookup: BotLookup): Promise<BotNameResult> {
  if (!lookup.token) return { ok: true, bot: undefined };
  const { Telegram } = await import("telegraf");
  const telegram = new Telegram(lookup.token, lookup.apiRoot ? { apiRoot: lookup.apiRoot } : {});
  try {
    // telegraf types the signal as abort-controller's; node-fetch takes Node's own.
    const signal = AbortSignal.timeout(lookup.timeoutMs ?? 15_000) as never;
    const me = await telegram.callApi("getMe", {}, { signal });
    const bot = botUsername(me.username);
    return bot ? { ok: true, bot } : { ok: false, reason: `getMe: ${me.username}` };
  } catch (e) {
    // node-fetch's message carries the request URL, and so the token: never print it.
    return { ok: false, reason: (e as Error).message.replaceAll(lookup.token, "…") };
  }
}
