import { Telegram } from "telegraf";
import { afterEach, describe, expect, it } from "vitest";
import { publishChatMenu, publishCommands } from "../../../adapters/telegram/commands.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import type { Library } from "../../../src/core/library.ts";
import { Bot } from "../../../src/dialogs/bot.ts";
import { dialogAreas } from "../../../src/dialogs/areas.ts";
import { menuOf, staffMenus } from "../../../src/dialogs/menus.ts";
import { testLibrary } from "../../support/library.ts";
import { FakeBotApi } from "./fake-bot-api.ts";

let fake: FakeBotApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function telegramApi(): Promise<{ fake: FakeBotApi; telegram: Telegram }> {
  fake = await FakeBotApi.start();
  return { fake, telegram: new Telegram("123:TEST", { apiRoot: fake.apiRoot }) };
}

const names = (list: unknown) => (list as { command: string }[]).map((c) => c.command);

async function bindTelegram(lib: Library, userId: string, kind: string, patronId?: number) {
  const member = await lib.db.chatMember.create({ data: { platform: "telegram", userId } });
  await lib.db.binding.create({ data: { memberId: member.id, kind, patronId: patronId ?? null } });
}

describe("Telegram command menus by role", () => {
  it("shows parents and pupils only their commands, and groups only the group commands", async () => {
    const { fake, telegram } = await telegramApi();
    await publishCommands(telegram);
    for (const lang of ["", "en"]) {
      const mine = names(fake.commands.get(lang));
      expect(mine).toEqual(expect.arrayContaining(["help", "search", "mine", "renew", "bind"]));
      for (const staff of ["checkout", "return", "broadcast", "activity", "helper", "stats"])
        expect(mine).not.toContain(staff);
    }
    const group = names(fake.commands.get("all_group_chats|"));
    expect(group).toEqual(expect.arrayContaining(["rota", "new", "search", "link"]));
    expect(group).not.toContain("mine");
  });

  it("gives each bound staff account its own menu in its chat, and takes it back", async () => {
    const lib = await testLibrary();
    await bindTelegram(lib, "501", "librarian");
    const cls = await lib.db.schoolClass.create({ data: { grade: 3, number: 1, name: "3-1" } });
    const teacher = await lib.db.patron.create({
      data: { cardNumber: "T1", name: "王老师", role: "teacher" },
    });
    await lib.db.classTeacher.create({ data: { classId: cls.id, teacherId: teacher.id } });
    await bindTelegram(lib, "502", "teacher", teacher.id);
    await lib.db.chatMember.create({ data: { platform: "telegram", userId: "503" } });
    const { fake, telegram } = await telegramApi();
    const staff = await staffMenus(lib, "telegram");
    expect(staff.map((m) => m.userId)).toEqual(["501", "502"]);
    await publishCommands(telegram, staff);
    expect(names(fake.commands.get("chat:501|"))).toEqual(
      expect.arrayContaining(["checkout", "broadcast", "activity", "helper", "duty", "search"]),
    );
    expect(names(fake.commands.get("chat:502|"))).toEqual(
      expect.arrayContaining(["overdue", "stats", "link", "mine"]),
    );
    expect(names(fake.commands.get("chat:502|"))).not.toContain("broadcast");
    expect(fake.commands.has("chat:503|")).toBe(false);

    await lib.db.binding.deleteMany({ where: { member: { userId: "501" } } });
    await publishChatMenu(telegram, await menuOf(lib, { platform: "telegram", userId: "501" }));
    expect(fake.commands.has("chat:501|")).toBe(false);
    expect(fake.commands.has("chat:501|en")).toBe(false);
  });

  it("tells the platform when a binding changes the roles of an account", async () => {
    const lib = await testLibrary();
    const slips = await issueCodes(lib, systemActor, { librarian: true });
    if (!slips.ok) throw new Error(slips.code);
    const code = slips.value[0]?.codes[0]?.code ?? "";
    const changed: string[] = [];
    const bot = new Bot({
      lib,
      areas: dialogAreas,
      defaultLocale: "zh-CN",
      hooks: {
        holdReady: async () => {},
        heardFrom: async () => {},
        rolesChanged: async (who) => void changed.push(`${who.platform}:${who.userId}`),
      },
    });
    await bot.handle({
      platform: "telegram",
      chatId: "77",
      userId: "77",
      isGroup: false,
      text: `绑定 ${code}`,
    });
    expect(changed).toEqual(["telegram:77"]);
    const menu = await menuOf(lib, { platform: "telegram", userId: "77" });
    expect(menu.roles).toContain("librarian");
  });
});
