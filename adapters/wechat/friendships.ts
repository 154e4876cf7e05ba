import type { Friendship, Wechaty } from "wechaty";
import * as types from "wechaty-puppet/types";
import { t } from "../../src/dialogs/texts/index.ts";
import type { Locale } from "../../src/locale.ts";
import type { Logger } from "../../src/logger.ts";
import { hashId } from "./log-ids.ts";

export interface FriendRequestOptions {
  log: Logger;
  locale: Locale;
  /** Milliseconds to wait before each acceptance. */
  pause: () => number;
}

/** 3–10 s: WeChat's risk control watches accounts that accept requests the instant they come. */
export const humanPause = (): number => 3_000 + Math.floor(Math.random() * 7_000);

/**
 * Accepts friend requests, one at a time after a pause, and greets each new contact with how
 * to bind: a parent adds the library's account, then sends the code from the paper slip.
 * Being a friend gives nobody anything; the binding code decides what an account sees.
 * `stop()` drops the requests still waiting (they stay pending in WeChat).
 */
export function acceptFriendRequests(wechaty: Wechaty, opts: FriendRequestOptions) {
  let queue = Promise.resolve();
  let stopped = false;
  wechaty.on("friendship", (request: Friendship) => {
    if (request.type() !== types.Friendship.Receive) return;
    queue = queue.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, opts.pause()).unref());
      if (!stopped) await accept(request, opts);
    });
  });
  return {
    idle: () => queue,
    stop: () => {
      stopped = true;
    },
  };
}

async function accept(request: Friendship, opts: FriendRequestOptions): Promise<void> {
  const id = hashId(request.id);
  try {
    await request.accept();
    await request.contact().say(t(opts.locale, "help_unbound"));
    opts.log.info({ request: id }, "wechat friend request accepted");
  } catch (err) {
    opts.log.warn({ err, request: id }, "wechat friend request not accepted");
  }
}
