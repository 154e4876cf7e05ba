import { afterEach, describe, expect, it } from "vitest";
import { commandMenu } from "../../../adapters/telegram/commands.ts";
import { commands as allCommands } from "../../../src/dialogs/commands.ts";
import { route } from "../../../src/dialogs/router.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { telegramZh } from "../../../src/dialogs/texts/telegram-zh.ts";
import { testLibrary } from "../../support/library.ts";
import { chatWith, startHarness } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { groupChat, user } from "./fake-updates.ts";
import { tinyArea } from "./tiny-dialogs.ts";
import type { Tally } from "./tiny-dialogs.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function setup() {
  const lib = await testLibrary();
  const tally: Tally = { searches: [], adds: 0 };
  h = await startHarness(lib, [tinyArea(tally)]);
  return { lib, tally, h };
}

describe("starting on Telegram", () => {
  it("publishes the command menu in Chinese by default and in English for English clients", async () => {
    const { h } = await setup();
    const zh = h.fake.commands.get("") as { command: string; description: string }[];
    const en = h.fake.commands.get("en") as { command: string; description: string }[];
    expect(zh.find((c) => c.command === "renew")?.description).toBe(telegramZh.telegram_cmd_renew);
    expect(en.find((c) => c.command === "renew")?.description).toBe("Renew loans");
    expect(en.map((c) => c.command)).toEqual(zh.map((c) => c.command));
    for (const c of zh) expect(route(`/${c.command}`)?.intent).toBe(c.command);
  });

  it("has a menu entry for every intent of the router", () => {
    const commands = commandMenu(telegramZh, allCommands).map((c) => c.command);
    expect(new Set(commands).size).toBe(allCommands.length);
    expect(commands).toEqual(
      expect.arrayContaining([
        "unreserve",
        "lost",
        "damaged",
        "charges",
        "stats",
        "helper",
        "unhelper",
      ]),
    );
  });

  it("polls after dropping any webhook, under the bot's own username", async () => {
    const { h } = await setup();
    await h.fake.waitFor(() => h.fake.callsOf("deleteWebhook").length === 1);
    expect(h.handle.botName).toBe("ShuxiangTestBot");
  });
});

describe("group chats", () => {
  it("answers only messages addressed to the bot", async () => {
    const { h, tally } = await setup();
    const ann = user(6001, "Ann");
    const group = groupChat(-100600, "3-1 班");
    const chat = chatWith(h, ann, group);
    h.fake.push(h.fake.text(ann, group, "西游记"));
    expect((await chat.send("@ShuxiangTestBot 水浒传")).map((m) => m.text)).toEqual([
      "找到：水浒传",
    ]);
    expect((await chat.send("/search@ShuxiangTestBot 红楼梦")).map((m) => m.text)).toEqual([
      "找到：红楼梦",
    ]);
    expect(tally.searches).toEqual(["水浒传", "红楼梦"]);
  });

  it("tells someone pressing another member's menu that it expired and leaves the menu in place", async () => {
    const { h, tally } = await setup();
    const ann = user(6001, "Ann");
    const bob = user(6002, "Bob");
    const group = groupChat(-100600, "3-1 班");
    await chatWith(h, ann, group).send("/search 西游记");
    const { messageId } = h.fake.button(group.id, "加一");
    expect(await chatWith(h, bob, group).press("加一")).toEqual([]);
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)?.text).toBe(t("zh-CN", "menu_expired"));
    expect(h.fake.messages.get(messageId)?.reply_markup).toBeDefined();
    expect((await chatWith(h, ann, group).press("加一")).map((m) => m.text)).toEqual(["加了一次"]);
    expect(h.fake.messages.get(messageId)?.reply_markup).toBeUndefined();
    expect(tally.adds).toBe(1);
  });
});
