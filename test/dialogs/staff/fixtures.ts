import { expect } from "vitest";
import { buildSearchKey } from "../../../src/core/catalog/search-key.ts";
import type { Library } from "../../../src/core/library.ts";
import type { Db } from "../../../src/db/client.ts";
import { Bot } from "../../../src/dialogs/bot.ts";
import type { RegisterDialogs } from "../../../src/dialogs/intent.ts";
import { registerStaffDialogs } from "../../../src/dialogs/staff-dialogs.ts";
import type { Inbound, Reply } from "../../../src/messages.ts";
import { testLibrary } from "../../support/library.ts";

let seq = 0;
const next = (): number => ++seq;

/** Plain text that is no command routes to search: a stub answers so tests can see it. */
const stubSearch: RegisterDialogs = (registry) => {
  registry.add("search", async (c) => c.say("(search)"));
};

export const staffBot = (lib: Library): Bot =>
  new Bot({ lib, areas: [registerStaffDialogs, stubSearch], defaultLocale: "zh-CN" });

/** One message from `userId` in a private chat (or the group `chatId` when isGroup). */
export function send(bot: Bot, userId: string, text: string, over: Partial<Inbound> = {}) {
  return bot.handle({ platform: "console", chatId: userId, userId, isGroup: false, text, ...over });
}

/** A button press on the last menu of `replies`. */
export function press(bot: Bot, userId: string, replies: Reply[], id: string) {
  const menuId = [...replies].reverse().find((r) => r.menuId)?.menuId ?? "none";
  return bot.handle({
    platform: "console",
    chatId: userId,
    userId,
    isGroup: false,
    choice: { menuId, id },
  });
}

export const textOf = (replies: Reply[]): string => replies.map((r) => r.text).join("\n");

/** The ids of the last menu in `replies`. */
export const menuOf = (replies: Reply[]): string[] =>
  [...replies]
    .reverse()
    .find((r) => r.choices)
    ?.choices?.map((c) => c.id) ?? [];

export async function addClass(db: Db, grade: number, number: number) {
  return db.schoolClass.create({
    data: { grade, number, name: `${grade}-${number}` },
    select: { id: true, name: true },
  });
}

export async function addPatron(
  db: Db,
  name: string,
  o: { classId?: number; role?: string; status?: string; librarian?: boolean } = {},
) {
  return db.patron.create({
    data: {
      cardNumber: `C${next()}`,
      name,
      role: o.role ?? "student",
      status: o.status ?? "active",
      classId: o.classId ?? null,
      isStudentLibrarian: o.librarian ?? false,
    },
    select: { id: true, cardNumber: true, name: true },
  });
}

/** A chat account with bindings ({ kind, patronId }); returns its member id. */
export async function bindMember(
  db: Db,
  userId: string,
  bindings: { kind: string; patronId?: number }[],
  locale?: string,
): Promise<number> {
  const m = await db.chatMember.create({
    data: { platform: "console", userId, ...(locale ? { locale } : {}) },
    select: { id: true },
  });
  for (const b of bindings) {
    await db.binding.create({
      data: { memberId: m.id, kind: b.kind, patronId: b.patronId ?? null },
    });
  }
  return m.id;
}

export async function addTitle(
  db: Db,
  title: string,
  o: { isReference?: boolean; author?: string } = {},
) {
  const author = o.author ?? "佚名";
  return db.title.create({
    data: {
      title,
      author,
      isReference: o.isReference ?? false,
      addedOn: "2026-01-01",
      searchKey: buildSearchKey({ title, author }),
    },
    select: { id: true },
  });
}

export async function addCopy(db: Db, titleId: number, status = "available") {
  return db.copy.create({
    data: { barcode: `B${next()}`, titleId, status },
    select: { id: true, barcode: true },
  });
}

/** An open loan due on `dueOn` (the copy goes on loan). */
export async function addLoan(db: Db, patronId: number, copyId: number, dueOn: string) {
  await db.copy.update({ where: { id: copyId }, data: { status: "on_loan" } });
  return db.loan.create({
    data: { patronId, copyId, dueOn, issuedAt: new Date("2026-08-20T10:00:00+08:00") },
    select: { id: true },
  });
}

/**
 * A small school on Wednesday 2026-09-09 10:00: classes 3-2 and 4-1; teacher 王老师 heads
 * 3-2; pupils 张小明 and 李小红 in 3-2 (both children of the parent "parent", 张小明 also
 * self-bound as "pupil"), 赵大海 in 4-1 (parent "parent2"); 小管 陈晓 in 4-1 (self-bound as
 * "xiaoguan", duty Wednesday 09:30–10:30); the librarian "librarian"; "stranger" unbound.
 */
export async function school(opts: { at?: string } = {}) {
  const lib = await testLibrary(opts.at ? { at: opts.at } : {});
  const { db } = lib;
  const c32 = await addClass(db, 3, 2);
  const c41 = await addClass(db, 4, 1);
  const teacher = await addPatron(db, "王老师", { role: "teacher" });
  await db.classTeacher.create({ data: { teacherId: teacher.id, classId: c32.id } });
  const ming = await addPatron(db, "张小明", { classId: c32.id });
  const hong = await addPatron(db, "李小红", { classId: c32.id });
  const hai = await addPatron(db, "赵大海", { classId: c41.id });
  const xiao = await addPatron(db, "陈晓", { classId: c41.id, librarian: true });
  await db.rotaEntry.create({
    data: { kind: "duty", patronId: xiao.id, weekday: 3, start: "09:30", end: "10:30" },
  });
  const members = {
    teacher: await bindMember(db, "teacher", [{ kind: "teacher", patronId: teacher.id }]),
    parent: await bindMember(db, "parent", [
      { kind: "guardian", patronId: ming.id },
      { kind: "guardian", patronId: hong.id },
    ]),
    pupil: await bindMember(db, "pupil", [{ kind: "self", patronId: ming.id }]),
    parent2: await bindMember(db, "parent2", [{ kind: "guardian", patronId: hai.id }]),
    xiaoguan: await bindMember(db, "xiaoguan", [{ kind: "self", patronId: xiao.id }]),
    librarian: await bindMember(db, "librarian", [{ kind: "librarian" }]),
  };
  const bot = staffBot(lib);
  return { lib, db, bot, c32, c41, teacher, ming, hong, hai, xiao, members };
}

export type School = Awaited<ReturnType<typeof school>>;

/** A title with one copy on the shelf. */
export async function book(db: Db, title: string, o: { isReference?: boolean } = {}) {
  const t = await addTitle(db, title, o);
  const copy = await addCopy(db, t.id);
  return { titleId: t.id, ...copy };
}

export async function outboxRows(db: Db) {
  return db.outbox.findMany({
    select: {
      dedupeKey: true,
      platform: true,
      chatId: true,
      kind: true,
      payload: true,
      status: true,
    },
    orderBy: { chatId: "asc" },
  });
}

export function expectNoNames(text: string, names: string[]): void {
  for (const n of names) expect(text).not.toContain(n);
}
