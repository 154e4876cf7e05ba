import pino from "pino";
import { systemActor } from "../../../src/core/actor.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import type { CodeTarget } from "../../../src/core/bindings/codes.ts";
import { buildSearchKey } from "../../../src/core/catalog/search-key.ts";
import type { Library } from "../../../src/core/library.ts";
import type { Db } from "../../../src/db/client.ts";
import type { Logger } from "../../../src/logger.ts";
import { testLibrary } from "../../support/library.ts";

async function lendTitle(db: Db, patronId: number, title: string, barcode: string) {
  const searchKey = buildSearchKey({ title, author: "", isbn: null });
  const t = await db.title.create({ data: { title, addedOn: "2025-01-01", searchKey } });
  const copy = await db.copy.create({ data: { barcode, titleId: t.id, status: "on_loan" } });
  return db.loan.create({
    data: { copyId: copy.id, patronId, dueOn: "2026-09-11" },
    select: { id: true },
  });
}

async function codeOn(lib: Library, target: CodeTarget, cardNumber: string, kind: string) {
  const slips = await issueCodes(lib, systemActor, target);
  if (!slips.ok) throw new Error(slips.code);
  const slip = slips.value.find((s) => s.patron?.cardNumber === cardNumber);
  const code = slip?.codes.find((c) => c.kind === kind)?.code;
  if (!code) throw new Error(`no ${kind} code for ${cardNumber}`);
  return code;
}

/**
 * Classes 3-2 and 4-1. Pupil 张小明 (S1, 3-2) has 水浒传 and 西游记 due Friday 2026-09-11:
 * renewable, as the clock stands at Wednesday 09-09 (within 3 days of due). 赵老师 (T1) heads
 * 3-2. Borrowing slots: 3-2 on Monday 10:00–10:40, 4-1 on Tuesday 14:00–14:40. A parent code
 * on 张小明's slip and a teacher code on 赵老师's.
 */
export async function wechatSchool() {
  const lib = await testLibrary();
  const c32 = await lib.db.schoolClass.create({ data: { grade: 3, number: 2, name: "3-2" } });
  const c41 = await lib.db.schoolClass.create({ data: { grade: 4, number: 1, name: "4-1" } });
  const ming = await lib.db.patron.create({
    data: { cardNumber: "S1", name: "张小明", role: "student", classId: c32.id },
  });
  const teacher = await lib.db.patron.create({
    data: { cardNumber: "T1", name: "赵老师", role: "teacher" },
  });
  await lib.db.classTeacher.create({ data: { teacherId: teacher.id, classId: c32.id } });
  await lendTitle(lib.db, ming.id, "水浒传", "B-SHZ-1");
  await lendTitle(lib.db, ming.id, "西游记", "B-XYJ-1");
  await lib.db.rotaEntry.createMany({
    data: [
      { kind: "slot", classId: c32.id, weekday: 1, start: "10:00", end: "10:40" },
      { kind: "slot", classId: c41.id, weekday: 2, start: "14:00", end: "14:40" },
    ],
  });
  const parentCode = await codeOn(lib, { class: "3-2" }, "S1", "parent");
  const teacherCode = await codeOn(lib, { teachers: true }, "T1", "teacher");
  return { lib, c32, c41, ming, teacher, parentCode, teacherCode };
}

export type WechatSchool = Awaited<ReturnType<typeof wechatSchool>>;

/** A logger writing JSON lines into `lines` (to check what gets logged, and to wait on it). */
export function memoryLogger(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = { write: (s: string) => lines.push(JSON.parse(s) as Record<string, unknown>) };
  return { log: pino({ level: "debug" }, stream) as unknown as Logger, lines };
}

/** Polls until `check` holds (the mock puppet delivers asynchronously). */
export async function waitFor(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 5));
  }
}
