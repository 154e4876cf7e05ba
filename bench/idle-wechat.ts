import type { EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import type { mock } from "wechaty-puppet-mock";
import type { WechatHandle } from "../adapters/wechat/index.ts";
import { idleWechatContactId } from "./idle-members.ts";

/** Polls `check` every 10 ms until it holds, or throws after `ms`. */
async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`idle probe: timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** The bot's WeChat account on the mock and a bound parent who writes to it. */
export interface WechatTalk {
  /** The parent sends `text` privately; resolves once the bot answered and settled it. */
  say(text: string): Promise<void>;
  /** Replies the bot has sent the parent so far. */
  replies(): number;
}

/**
 * Logs the bot's account in on the mocker (as test/adapters/wechat/mock-harness.ts does) and
 * returns a parent contact with the bound stable id of bench/idle-members.ts.
 */
export async function loginMockWechat(
  mocker: mock.Mocker,
  wechat: WechatHandle,
): Promise<WechatTalk> {
  const self = mocker.createContact({ name: "书香" });
  const parent = mocker.createContact({ id: idleWechatContactId, name: "演示家长" });
  let replies = 0;
  // The mock's contacts are EventEmitters; its typings lose that.
  (self as unknown as EventEmitter).on("message", (m: mock.MessageMock) => {
    if (m.payload.talkerId === self.id && m.payload.listenerId === parent.id) replies += 1;
  });
  mocker.login(self);
  await until(() => wechat.wechaty.isLoggedIn, "the wechat login");
  return {
    async say(text) {
      const before = replies;
      parent.say(text).to(self);
      await until(() => replies > before, `a wechat reply to "${text}"`);
      await wechat.idle();
    },
    replies: () => replies,
  };
}
