import type { Library } from "../src/core/library.ts";
import { createGate } from "../src/compose.ts";
import type { Config } from "../src/config.ts";
import { demoPlatform } from "../src/demo/members.ts";
import type { Bot } from "../src/dialogs/bot.ts";
import { createLogger } from "../src/logger.ts";

/** Sends one message of a chat and resolves once it is answered; throws when the turn failed. */
export type Send = (userId: string, text: string) => Promise<void>;

export interface Driver {
  name: "gate" | "handle";
  send: Send;
  /** Replies the platform port was given (gate) or the bot returned (handle). */
  replies(): number;
  close(): Promise<void>;
}

const inbound = (userId: string, text: string) => ({
  platform: demoPlatform,
  chatId: userId,
  userId,
  isGroup: false,
  text,
});

/** `Bot.handle` alone: actor, router, replay engine, core, session row; no gate. */
export function handleDriver(bot: Bot): Driver {
  let replies = 0;
  return {
    name: "handle",
    send: async (userId, text) => {
      replies += (await bot.handle(inbound(userId, text))).length;
    },
    replies: () => replies,
    close: async () => {},
  };
}

/**
 * What a user's message costs: through the inbound gate as src/compose.ts builds it (stored on
 * arrival, handled in chat order, dialog state and replies committed together, then sent), with
 * a platform whose port records sends in memory. A turn is accepted, then awaited until its
 * chat has nothing left in hand here (its replies sent).
 */
export function gateDriver(lib: Library, config: Config, bot: Bot): Driver {
  const gate = createGate(lib, config, createLogger("silent"));
  let replies = 0;
  gate.register(demoPlatform, {
    handle: (i, scope) => bot.handle(i, scope),
    port: {
      send: async () => {
        replies++;
        return { status: "sent" };
      },
    },
  });
  gate.start();
  let updateId = 0;
  return {
    name: "gate",
    send: async (userId, text) => {
      const update = {
        platform: demoPlatform,
        updateId: `b${++updateId}`,
        inbound: inbound(userId, text),
      };
      await gate.accept(update);
      await gate.settled(demoPlatform, userId);
    },
    replies: () => replies,
    close: () => gate.close(),
  };
}
