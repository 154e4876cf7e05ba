import { describe, expect, it } from "vitest";
import { commands } from "../../../src/dialogs/commands.ts";
import type { Role } from "../../../src/dialogs/commands.ts";
import { accountSchool, bindAs, chat, groupChat, zh } from "./fixtures.ts";

/** The commands 帮助 itself, 绑定 (its own hint) and 取消 (the footer) need not list. */
const selfEvident = new Set(["help", "bind", "cancel"]);

/** Every command these roles may use whose Chinese words are all missing from the help. */
function missingFrom(text: string, roles: readonly Role[]): string[] {
  return commands
    .filter((c) => !selfEvident.has(c.intent) && c.roles.some((r) => roles.includes(r)))
    .filter((c) => !c.zh.some((w) => text.includes(w)))
    .map((c) => c.zh[0]);
}

describe("help dialog", () => {
  it("tells an unbound account how to bind and offers no reader commands", async () => {
    const { bot } = await accountSchool();
    const text = await chat(bot, "stranger", "帮助");
    expect(text).toContain(zh("help_unbound"));
    expect(text).not.toContain(zh("help_cmd_mine"));
    expect(text).not.toContain(zh("help_cmd_renew"));
  });

  it("answers /start without a code with the menu, not a binding attempt", async () => {
    const { bot, lib } = await accountSchool();
    expect(await chat(bot, "stranger", "/start")).toContain(zh("help_unbound"));
    expect(await lib.db.chatMember.count()).toBe(0);
  });

  it("lists the reader commands for a parent, without staff or teacher commands", async () => {
    const { bot, lib, s1 } = await accountSchool();
    await bindAs(lib, "mum", "guardian", s1.id);
    const text = await chat(bot, "mum", "帮助");
    for (const key of [
      "help_cmd_search",
      "help_cmd_mine",
      "help_cmd_renew",
      "help_cmd_reserve",
      "help_cmd_new",
      "help_cmd_overdue",
      "help_cmd_rota",
      "help_cmd_settings",
      "help_cmd_suggest",
    ] as const) {
      expect(text).toContain(zh(key));
    }
    for (const key of [
      "help_cmd_link",
      "help_cmd_desk",
      "help_cmd_broadcast",
      "help_cli_footer",
    ] as const)
      expect(text).not.toContain(zh(key));
    expect(text).not.toContain(zh("help_unbound"));
  });

  it("gives a teacher the class overdue list and group linking instead of their own overdue", async () => {
    const { bot, lib, t1 } = await accountSchool();
    await bindAs(lib, "wang", "teacher", t1.id);
    const text = await chat(bot, "wang", "/help");
    expect(text).toContain(zh("help_cmd_overdue_class"));
    expect(text).toContain(zh("help_cmd_link"));
    expect(text).toContain(zh("help_cmd_rota"));
    expect(text).not.toContain(zh("help_cmd_overdue"));
    expect(text).not.toContain(zh("help_cmd_desk"));
  });

  it("adds duty and desk work for a student librarian", async () => {
    const { bot, lib, s2 } = await accountSchool();
    await lib.db.patron.update({ where: { id: s2.id }, data: { isStudentLibrarian: true } });
    await bindAs(lib, "kid", "self", s2.id);
    const text = await chat(bot, "kid", "帮助");
    expect(text).toContain(zh("help_cmd_duty"));
    expect(text).toContain(zh("help_cmd_desk_duty"));
    expect(text).toContain(zh("help_cmd_mine"));
    expect(text).not.toContain(zh("help_cmd_broadcast"));
  });

  it("shows the librarian desk, broadcast, activities, the box and the CLI note", async () => {
    const { bot, lib } = await accountSchool();
    await bindAs(lib, "lib", "librarian");
    const text = await chat(bot, "lib", "帮助");
    for (const key of [
      "help_cmd_desk",
      "help_cmd_broadcast",
      "help_cmd_suggestions",
      "help_cli_footer",
    ] as const) {
      expect(text).toContain(zh(key));
    }
    expect(text).not.toContain(zh("help_cmd_mine"));
  });

  it("names every command each role may use, the newer staff ones too", async () => {
    const { bot, lib, s1, s2, t1 } = await accountSchool();
    await lib.db.patron.update({ where: { id: s2.id }, data: { isStudentLibrarian: true } });
    await bindAs(lib, "kid", "self", s2.id);
    await bindAs(lib, "mum", "guardian", s1.id);
    await bindAs(lib, "tea", "teacher", t1.id);
    await bindAs(lib, "lib", "librarian");
    await bindAs(lib, "busy", "teacher", t1.id);
    await bindAs(lib, "busy", "guardian", s1.id);
    await bindAs(lib, "busy", "librarian");
    const accounts: [string, Role[]][] = [
      ["mum", ["guest", "reader"]],
      ["kid", ["guest", "reader", "helper"]],
      ["tea", ["guest", "reader", "teacher"]],
      ["lib", ["guest", "librarian"]],
      ["busy", ["guest", "reader", "teacher", "librarian"]],
    ];
    for (const [user, roles] of accounts) {
      const text = await chat(bot, user, "帮助");
      expect({ user, missing: missingFrom(text, roles) }).toEqual({ user, missing: [] });
      expect(text.split("\n").length).toBeLessThanOrEqual(20);
      expect(text.length).toBeLessThan(1000);
    }
    await lib.db.chatMember.updateMany({ where: { userId: "busy" }, data: { locale: "en" } });
    const en = await chat(bot, "busy", "help");
    const roles: Role[] = ["guest", "reader", "teacher", "librarian"];
    const missing = commands
      .filter((c) => !selfEvident.has(c.intent) && c.roles.some((r) => roles.includes(r)))
      .filter((c) => !c.en.some((w) => en.includes(w)));
    expect(missing.map((c) => c.intent)).toEqual([]);
    expect(en.split("\n").length).toBeLessThanOrEqual(20);
    expect(en.length).toBeLessThan(1600);
  });

  it("keeps every menu short enough for a phone screen", async () => {
    const { bot, lib, s1, t1 } = await accountSchool();
    await bindAs(lib, "busy", "teacher", t1.id);
    await bindAs(lib, "busy", "guardian", s1.id);
    await bindAs(lib, "busy", "librarian");
    const text = await chat(bot, "busy", "帮助");
    expect(text.split("\n").length).toBeLessThanOrEqual(20);
    expect(text.length).toBeLessThan(1000);
  });

  it("shows a group only the group commands and how to link it while unlinked", async () => {
    const { bot, lib, s1 } = await accountSchool();
    await bindAs(lib, "mum", "guardian", s1.id);
    const text = await groupChat(bot, "g1", "mum", "帮助");
    expect(text).toContain(zh("help_group_rota"));
    expect(text).toContain(zh("help_group_new"));
    expect(text).toContain(zh("help_group_search"));
    expect(text).toContain(zh("help_group_unlinked"));
    expect(text).not.toContain(zh("help_cmd_mine"));
  });

  it("leaves out the linking hint in a group linked to a class", async () => {
    const { bot, lib, c32 } = await accountSchool();
    await lib.db.chatGroup.create({ data: { platform: "console", chatId: "g1", classId: c32.id } });
    const text = await groupChat(bot, "g1", "anyone", "/help");
    expect(text).toContain(zh("help_group_rota"));
    expect(text).not.toContain(zh("help_group_unlinked"));
  });
});

describe("cancel dialog", () => {
  it("answers 取消 with words after it, with no dialog waiting, by saying there is nothing to cancel", async () => {
    const { bot } = await accountSchool();
    expect(await chat(bot, "mum", "取消 借书")).toBe(zh("nothing_to_cancel"));
    expect(await chat(bot, "mum", "取消")).toBe(zh("nothing_to_cancel"));
  });

  it("leaves a waiting dialog on a plain 取消", async () => {
    const { bot, lib } = await accountSchool();
    await chat(bot, "mum", "绑定");
    expect(await chat(bot, "mum", "取消")).toBe(zh("cancelled"));
    expect(await lib.db.dialogSession.count()).toBe(0);
  });
});
