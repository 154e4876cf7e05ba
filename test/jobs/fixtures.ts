import { buildSearchKey } from "../../src/core/catalog/search-key.ts";
import type { Library } from "../../src/core/library.ts";
import type { Db } from "../../src/db/client.ts";
import { defaultJobSettings } from "../../src/jobs/context.ts";
import type { JobContext } from "../../src/jobs/context.ts";
import { enqueue } from "../../src/outbox/queue.ts";

let seq = 0;
const next = () => ++seq;

export async function addClass(db: Db, grade: number, number: number): Promise<number> {
  const c = await db.schoolClass.create({ data: { grade, number, name: `${grade}-${number}` } });
  return c.id;
}

export async function addPatron(
  db: Db,
  name: string,
  opts: { classId?: number; role?: "student" | "teacher"; status?: string; heads?: number[] } = {},
): Promise<number> {
  const p = await db.patron.create({
    data: {
      cardNumber: `C${next()}`,
      name,
      role: opts.role ?? "student",
      status: opts.status ?? "active",
      classId: opts.classId ?? null,
    },
  });
  for (const classId of opts.heads ?? []) {
    await db.classTeacher.create({ data: { teacherId: p.id, classId } });
  }
  return p.id;
}

/** A chat account on Telegram (user id = chat id) with bindings. */
export async function addAccount(
  db: Db,
  userId: string,
  bindings: { kind: string; patronId?: number }[],
  opts: { locale?: string; muted?: string[]; quietHours?: string; platform?: string } = {},
): Promise<number> {
  const m = await db.chatMember.create({
    data: {
      platform: opts.platform ?? "telegram",
      userId,
      locale: opts.locale ?? null,
      quietHours: opts.quietHours ?? null,
      mutedNotices: (opts.muted ?? []).join(","),
    },
  });
  for (const b of bindings) {
    await db.binding.create({
      data: { memberId: m.id, kind: b.kind, patronId: b.patronId ?? null },
    });
  }
  return m.id;
}

export async function addGroup(db: Db, chatId: string, classId: number): Promise<void> {
  await db.chatGroup.create({ data: { platform: "telegram", chatId, classId } });
}

export async function addTitle(db: Db, title: string): Promise<number> {
  const t = await db.title.create({
    data: { title, addedOn: "2026-01-01", searchKey: buildSearchKey({ title, author: "" }) },
  });
  return t.id;
}

/** An open loan of a new copy of `title`, due on `dueOn`. */
export async function addLoan(
  db: Db,
  patronId: number,
  title: string,
  dueOn: string,
  issuedAt = new Date("2026-09-01T10:00:00+08:00"),
) {
  const titleId = await addTitle(db, title);
  const copy = await db.copy.create({
    data: { barcode: `B${next()}`, titleId, status: "on_loan" },
  });
  return db.loan.create({
    data: { copyId: copy.id, patronId, dueOn, issuedAt },
    select: { id: true },
  });
}

/** The context of a run at the library's now, with no run before it unless given. */
export function jobContext(lib: Library, over: Partial<JobContext> = {}): JobContext {
  return {
    slot: lib.now(),
    previousSlot: null,
    previousRunAt: null,
    defaultLocale: "zh-CN",
    enqueue,
    settings: defaultJobSettings,
    ...over,
  };
}

/** Queued message texts by chat id. */
export async function inbox(db: Db): Promise<Map<string, string[]>> {
  const rows = await db.outbox.findMany({ orderBy: { id: "asc" } });
  const out = new Map<string, string[]>();
  for (const r of rows) {
    out.set(r.chatId, [
      ...(out.get(r.chatId) ?? []),
      (JSON.parse(r.payload) as { text: string }).text,
    ]);
  }
  return out;
}

/** 故事会 for class 3-2, 09-09 to 09-12, created at the library's now. */
export function storyHourCreatedNow(lib: Library) {
  return lib.db.activity.create({
    data: {
      kind: "story_hour",
      name: "故事会",
      startsOn: "2026-09-09",
      endsOn: "2026-09-12",
      audience: JSON.stringify({ kind: "class", value: "3-2" }),
      createdAt: lib.now(),
    },
  });
}
