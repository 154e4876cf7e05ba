import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { accountSchool, bindAs, chat, groupChat, privateReplies, zh } from "./fixtures.ts";
import type { School } from "./fixtures.ts";

const row = (s: School, userId: string) =>
  s.lib.db.chatMember.findUnique({
    where: { platform_userId: { platform: "console", userId } },
    select: { locale: true, quietHours: true, mutedNotices: true },
  });

const overview = (quiet = "学校默认", muted = "无") =>
  zh("settings_prompt", { language: "中文", quiet, muted });

describe("settings dialog", () => {
  it("opens with the current settings and a menu of four", async () => {
    const s = await accountSchool();
    const [reply] = await privateReplies(s.bot, "mum", "设置");
    expect(reply?.text).toBe(overview());
    expect(reply?.choices?.map((c) => c.label)).toEqual(["语言", "免打扰时间", "通知", "完成"]);
  });

  it("switches to English, and the rest of the menu, help and all speak English", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "mum", "guardian", s.s1.id);
    await chat(s.bot, "mum", "设置");
    expect(await chat(s.bot, "mum", "1")).toBe(zh("settings_language_prompt"));
    const switched = await chat(s.bot, "mum", "2");
    expect(switched).toContain(t("en", "settings_locale_saved"));
    const quiet = t("en", "settings_quiet_default");
    expect(switched).toContain(
      t("en", "settings_prompt", {
        language: "English",
        quiet,
        muted: t("en", "settings_muted_none"),
      }),
    );
    expect(await chat(s.bot, "mum", "1")).toBe(t("en", "settings_language_prompt"));
    const back = await chat(s.bot, "mum", "1");
    expect(back).toContain(zh("settings_locale_saved"));
    expect(back).toContain(overview());
    await chat(s.bot, "mum", "1");
    await chat(s.bot, "mum", "2");
    expect(await chat(s.bot, "mum", "4")).toBe(t("en", "settings_done"));
    expect((await row(s, "mum"))?.locale).toBe("en");
    const help = await chat(s.bot, "mum", "帮助");
    expect(help).toContain(t("en", "help_intro"));
    expect(help).toContain(t("en", "help_cmd_mine"));
    expect(help).not.toContain(zh("help_cmd_mine"));
  });

  it("puts Back and Cancel beside the menu in English once switched, and answers them in English", async () => {
    const s = await accountSchool();
    await chat(s.bot, "mum", "设置");
    await chat(s.bot, "mum", "1");
    const menu = (await privateReplies(s.bot, "mum", "2")).at(-1);
    expect(menu?.choices?.map((c) => c.label)).toEqual([
      "Language",
      "Quiet hours",
      "Notices",
      "Done",
    ]);
    expect(menu?.controls?.map((c) => c.label)).toEqual(["Back", "Cancel"]);
    expect(await chat(s.bot, "mum", "9")).toBe(t("en", "choose_number", { n: 6 }));
    expect(await chat(s.bot, "mum", "6")).toBe(t("en", "cancelled"));
    expect((await row(s, "mum"))?.locale).toBe("en");
  });

  it("creates the member row for an account that never bound", async () => {
    const s = await accountSchool();
    await chat(s.bot, "new", "设置");
    await chat(s.bot, "new", "1");
    await chat(s.bot, "new", "English");
    expect(await row(s, "new")).toEqual({ locale: "en", quietHours: null, mutedNotices: "" });
    expect(await s.lib.db.auditLog.count({ where: { action: "member.locale" } })).toBe(1);
  });

  it("takes quiet hours typed in, such as 22:30-06:30, and refuses a bad window with the format", async () => {
    const s = await accountSchool();
    await chat(s.bot, "mum", "设置");
    await chat(s.bot, "mum", "2");
    expect(await chat(s.bot, "mum", "4")).toBe(zh("settings_quiet_ask"));
    const set = await chat(s.bot, "mum", "22：30 至 6:30");
    expect(set).toContain(zh("settings_quiet_saved", { quiet: "22:30-06:30" }));
    expect((await row(s, "mum"))?.quietHours).toBe("22:30-06:30");
    await chat(s.bot, "mum", "2");
    await chat(s.bot, "mum", "4");
    expect(await chat(s.bot, "mum", "晚上")).toContain(zh("settings_bad_quiet_hours"));
    expect((await row(s, "mum"))?.quietHours).toBe("22:30-06:30");
  });

  it("sets quiet hours from a preset and goes back to the school default", async () => {
    const s = await accountSchool();
    await chat(s.bot, "mum", "设置");
    await chat(s.bot, "mum", "2");
    const set = await chat(s.bot, "mum", "2");
    expect(set).toContain(zh("settings_quiet_saved", { quiet: "22:00-07:00" }));
    expect(set).toContain(overview("22:00-07:00"));
    expect((await row(s, "mum"))?.quietHours).toBe("22:00-07:00");
    await chat(s.bot, "mum", "2");
    await chat(s.bot, "mum", "5");
    expect((await row(s, "mum"))?.quietHours).toBeNull();
  });

  it("turns optional notices off and on, and says overdue and hold notices stay on", async () => {
    const s = await accountSchool();
    await chat(s.bot, "mum", "设置");
    const [menu] = await privateReplies(s.bot, "mum", "3");
    expect(menu?.text).toBe(zh("settings_notices_prompt"));
    expect(menu?.text).toContain("逾期和预约到书通知始终开启");
    expect(menu?.choices?.map((c) => c.id)).toEqual([
      "due_soon",
      "new_books",
      "activities",
      "rota",
      "figures",
      "class_copy",
      "back",
    ]);
    expect(await chat(s.bot, "mum", "2")).toContain(
      zh("settings_notice_saved", { name: "新书推荐", on: false }),
    );
    await chat(s.bot, "mum", "4");
    expect((await row(s, "mum"))?.mutedNotices).toBe("new_books,rota");
    await chat(s.bot, "mum", "2");
    expect((await row(s, "mum"))?.mutedNotices).toBe("rota");
    // "Group only": no private copy of class notices when the class has a group.
    expect(await chat(s.bot, "mum", "6")).toContain(
      zh("settings_notice_saved", { name: zh("notice_class_copy"), on: false }),
    );
    expect((await row(s, "mum"))?.mutedNotices).toBe("rota,class_copy");
    await chat(s.bot, "mum", "6");
    expect(await chat(s.bot, "mum", "7")).toBe(overview("学校默认", "排班通知"));
  });

  it("re-asks on a number outside the menu (上一步 and 取消 numbered after a second question's) and changes nothing", async () => {
    const s = await accountSchool();
    await chat(s.bot, "mum", "设置");
    expect(await chat(s.bot, "mum", "7")).toBe(zh("choose_number", { n: 4 }));
    await chat(s.bot, "mum", "2");
    expect(await chat(s.bot, "mum", "9")).toBe(zh("choose_number", { n: 7 }));
    expect(await row(s, "mum")).toBeNull();
    expect(await chat(s.bot, "mum", "1")).toContain("21:00-07:00");
  });

  it("points a group to a private chat", async () => {
    const s = await accountSchool();
    expect(await groupChat(s.bot, "g1", "mum", "/settings")).toBe(zh("settings_in_group"));
    expect(await s.lib.db.dialogSession.count()).toBe(0);
  });
});
