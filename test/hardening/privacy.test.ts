import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../src/core/actor.ts";
import { issueCodes } from "../../src/core/bindings/codes.ts";
import type { Library } from "../../src/core/library.ts";
import { demoPlatform, demoUserIds } from "../../src/demo/members.ts";
import type { Bot } from "../../src/dialogs/bot.ts";
import { demoSchool } from "../e2e/console-harness.ts";
import { talk, textOf } from "./support/talk.ts";

let lib: Library;
let bot: Bot;
/** Names, card numbers and typed secrets no audit row may carry. */
let secrets: string[];

beforeAll(async () => {
  ({ lib, bot } = await demoSchool());
  const patrons = await lib.db.patron.findMany({ select: { name: true, cardNumber: true } });
  secrets = patrons.flatMap((p) => [p.name, p.cardNumber]);
});

const memberId = async (userId: string) =>
  (
    await lib.db.chatMember.findUniqueOrThrow({
      where: { platform_userId: { platform: demoPlatform, userId } },
      select: { id: true },
    })
  ).id;

/** Runs `act` and returns the audit rows it appended. */
async function auditOf(act: () => Promise<unknown>) {
  const last = await lib.db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  await act();
  return lib.db.auditLog.findMany({
    where: { id: { gt: last?.id ?? 0 } },
    select: { memberId: true, actor: true, action: true, subject: true, detail: true },
  });
}

/** Exactly one row: the action, by this member, with ids only (no name, card or typed text). */
async function expectOneRow(
  rows: Awaited<ReturnType<typeof auditOf>>,
  action: string,
  userId: string,
  typed: string[] = [],
) {
  expect(rows.map((r) => [r.action, r.memberId, r.actor])).toEqual([
    [action, await memberId(userId), "member"],
  ]);
  const row = rows[0];
  expect(row?.subject).toMatch(/^[a-z_]+:\d+$/);
  for (const secret of [...secrets, ...typed]) {
    expect(`${row?.subject} ${row?.detail}`, `audit row carries "${secret}"`).not.toContain(secret);
  }
}

describe("every write a chat member makes through the Bot lands in the audit log", () => {
  it("a parent's renewal, hold and cancelled hold: one row each, ids only", async () => {
    const parent = talk(bot, { userId: demoUserIds.parent });
    const renew = await auditOf(async () => {
      await parent.say("续借");
      expect(textOf(await parent.press(/./))).toMatch(/已续借/);
    });
    await expectOneRow(renew, "loan.renew", demoUserIds.parent);

    const title = await lib.db.title.findFirstOrThrow({
      where: {
        isReference: false,
        copies: { some: {}, every: { status: "on_loan" } },
        holds: { none: {} },
      },
      select: { id: true, title: true },
    });
    const reserve = await auditOf(async () => {
      await parent.say(`预约 ${title.title}`);
      await parent.press(`t${title.id}`);
      expect(textOf(await parent.press(/./))).toMatch(/预约/);
    });
    await expectOneRow(reserve, "hold.place", demoUserIds.parent);

    const hold = await lib.db.hold.findFirstOrThrow({
      where: { titleId: title.id },
      select: { id: true },
    });
    const cancel = await auditOf(async () => {
      await parent.say("取消预约");
      await parent.press(`h${hold.id}`);
    });
    await expectOneRow(cancel, "hold.cancel", demoUserIds.parent);
  });

  it("binding by code: one row for the new account, without the code", async () => {
    const slips = await issueCodes(lib, systemActor, { class: "2-1" });
    if (!slips.ok) throw new Error(slips.code);
    const code = slips.value[0]?.codes.find((c) => c.kind === "parent")?.code ?? "?";
    const stranger = talk(bot, { userId: "new-parent" });
    const rows = await auditOf(async () => {
      expect(textOf(await stranger.say(`绑定 ${code}`))).toMatch(/绑定/);
    });
    await expectOneRow(rows, "binding.create", "new-parent", [code, code.replace("-", "")]);
  });

  it("a teacher linking a class group: one row by the teacher", async () => {
    const teacher = talk(bot, {
      userId: demoUserIds.teacher,
      groupId: "audit-group",
      mentioned: true,
    });
    const rows = await auditOf(() => teacher.say("/link 5-1"));
    await expectOneRow(rows, "group.link", demoUserIds.teacher);
  });

  it("settings and the suggestion box: one row each, without the suggestion's text", async () => {
    const student = talk(bot, { userId: demoUserIds.student });
    const settings = await auditOf(async () => {
      await student.say("设置");
      await student.press("lang");
      await student.press("en");
    });
    await expectOneRow(settings, "member.locale", demoUserIds.student);
    await student.press("done");
    const typed = "请多买恐龙书";
    const suggest = await auditOf(() => student.say(`建议 ${typed}`));
    await expectOneRow(suggest, "suggestion.create", demoUserIds.student, [typed]);
  });

  it("the librarian's desk checkout and return: one row each, without card or barcode", async () => {
    const copy = await lib.db.copy.findFirstOrThrow({
      where: { status: "available", title: { isReference: false } },
      select: { barcode: true },
    });
    const pupil = await lib.db.patron.findFirstOrThrow({
      where: { status: "active", role: "student", loans: { none: {} } },
      select: { cardNumber: true },
    });
    const librarian = talk(bot, { userId: demoUserIds.librarian });
    const out = await auditOf(() => librarian.say(`借 ${pupil.cardNumber} ${copy.barcode}`));
    await expectOneRow(out, "loan.checkout", demoUserIds.librarian, [copy.barcode]);
    await librarian.say("结束");
    const back = await auditOf(() => librarian.say(`还 ${copy.barcode}`));
    await expectOneRow(back, "loan.return", demoUserIds.librarian, [copy.barcode]);
    await librarian.say("结束");
  });

  it("a broadcast and an activity: one row each, without their words", async () => {
    const librarian = talk(bot, { userId: demoUserIds.librarian });
    const words = "明天图书馆闭馆";
    const broadcast = await auditOf(async () => {
      await librarian.say(`广播 ${words}`);
      await librarian.press("skip");
      await librarian.press("all");
      expect(textOf(await librarian.press("send"))).toMatch(/已排队/);
    });
    await expectOneRow(broadcast, "broadcast.send", demoUserIds.librarian, [words]);
    const activity = await auditOf(async () => {
      await librarian.say("活动 秋季读书节");
      await librarian.press("reading_festival");
      await librarian.say("2026-09-20");
      await librarian.say("2026-09-30");
      await librarian.press("none");
      await librarian.press("all");
      expect(textOf(await librarian.press("create"))).toContain("秋季读书节");
    });
    await expectOneRow(activity, "activity.create", demoUserIds.librarian, ["秋季读书节"]);
  });
});
