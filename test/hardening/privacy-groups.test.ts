import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../src/core/library.ts";
import type { Library } from "../../src/core/library.ts";
import { demoUserIds } from "../../src/demo/members.ts";
import { dialogAreas } from "../../src/dialogs/areas.ts";
import type { Bot } from "../../src/dialogs/bot.ts";
import { t } from "../../src/dialogs/texts/index.ts";
import { chatWith, startHarness, textsOf } from "../adapters/telegram/fixtures.ts";
import type { Harness } from "../adapters/telegram/fixtures.ts";
import { groupChat, user } from "../adapters/telegram/fake-updates.ts";
import { demoSchool } from "../e2e/console-harness.ts";
import { talk, textOf } from "./support/talk.ts";

let lib: Library;
let bot: Bot;
let classId: number;
/** Every pupil's full name, and the titles and barcodes of every overdue loan. */
let forbidden: string[];

beforeAll(async () => {
  ({ lib, bot } = await demoSchool());
  classId = (await lib.db.schoolClass.findUniqueOrThrow({ where: { name: "5-1" } })).id;
  await lib.db.chatGroup.create({ data: { platform: "console", chatId: "class-5-1", classId } });
  const pupils = await lib.db.patron.findMany({
    where: { role: "student" },
    select: { name: true },
  });
  const overdue = await lib.db.loan.findMany({
    where: { returnedAt: null, dueOn: { lt: today(lib) } },
    select: { copy: { select: { barcode: true, title: { select: { title: true } } } } },
  });
  expect(overdue.length).toBeGreaterThan(0);
  forbidden = [
    ...pupils.map((p) => p.name).filter((n) => [...n].length >= 2),
    ...overdue.flatMap((l) => [l.copy.title.title, l.copy.barcode]),
  ];
});

const personalWords = [
  "逾期",
  "overdue",
  "/overdue",
  "我的",
  "/mine",
  "mine",
  "续借",
  "renew",
  "/renew",
];

function expectNothingPersonal(text: string): void {
  for (const word of forbidden) expect(text, `group reply contains "${word}"`).not.toContain(word);
}

describe("a class group chat never receives a pupil's overdue items", () => {
  for (const who of ["parent", "student", "teacher"] as const) {
    it(`answers the ${who}'s personal commands there without names or overdue titles`, async () => {
      const member = talk(bot, { userId: demoUserIds[who], groupId: "class-5-1", mentioned: true });
      for (const word of personalWords) {
        const replies = await member.say(word);
        expect(replies.length, `no answer to ${word}`).toBeGreaterThan(0);
        expectNothingPersonal(textOf(replies));
      }
    });
  }

  it("answers the class teacher mentioning the bot with 逾期 by pointing to a private chat", async () => {
    const teacher = talk(bot, {
      userId: demoUserIds.teacher,
      groupId: "class-5-1",
      mentioned: true,
    });
    const replies = await teacher.say("逾期");
    expect(textOf(replies)).toBe(t("zh-CN", "overdue_group_refused"));
  });

  it("stays silent when nobody addresses the bot", async () => {
    const parent = talk(bot, { userId: demoUserIds.parent, groupId: "class-5-1" });
    for (const word of ["逾期", "我的", "续借"]) expect(await parent.say(word)).toEqual([]);
  });
});

describe("on Telegram, a class group", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("gets no names or overdue titles when the class teacher writes @bot 逾期 or /overdue", async () => {
    h = await startHarness(lib, dialogAreas);
    const teacherPatron = await lib.db.classTeacher.findFirstOrThrow({
      where: { classId },
      select: { teacherId: true },
    });
    await lib.db.chatMember.create({
      data: {
        platform: "telegram",
        userId: "4242",
        bindings: { create: { kind: "teacher", patronId: teacherPatron.teacherId } },
      },
    });
    const group = groupChat(-100_777, "五年级一班");
    await lib.db.chatGroup.create({
      data: { platform: "telegram", chatId: String(group.id), classId },
    });
    const chat = chatWith(h, user(4242, "王老师"), group);
    for (const text of [`@${h.fake.me.username} 逾期`, "/overdue", "/mine", "/renew"]) {
      const sent = textsOf(await chat.send(text));
      expect(sent.length, `no answer to ${text}`).toBeGreaterThan(0);
      expectNothingPersonal(sent);
    }
  });
});
