import { systemActor } from "../../../src/core/actor.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import type { Library } from "../../../src/core/library.ts";
import { demoPlatform, demoUserIds } from "../../../src/demo/members.ts";
import type { Bot } from "../../../src/dialogs/bot.ts";
import type { InputMaterial } from "./inputs.ts";

/** The demo school under fuzz: the bot, and what the checks and the inputs need to know. */
export interface FuzzSchool {
  lib: Library;
  bot: Bot;
  facts: SchoolFacts;
}

export interface SchoolFacts {
  material: InputMaterial;
  /** Every pupil's full name of two or more characters: never in a group reply. */
  pupilNames: string[];
  /** The class group chat linked to the overdue-heavy class 5-1 (platform "console"). */
  group: { platform: string; chatId: string; classId: number };
  /** Who talks in the group: a stranger, the parent, the student, the class teacher. */
  groupSenders: string[];
}

/** The linked group's chat id. */
export const GROUP_CHAT_ID = "fuzz-group-5-1";
/** The class whose binding codes are mixed into the inputs (no demo member is in it). */
const CODES_CLASS = "2-1";

async function linkGroup(lib: Library): Promise<SchoolFacts["group"]> {
  const cls = await lib.db.schoolClass.findUniqueOrThrow({
    where: { name: "5-1" },
    select: { id: true },
  });
  const group = { platform: demoPlatform, chatId: GROUP_CHAT_ID, classId: cls.id };
  await lib.db.chatGroup.upsert({
    where: { platform_chatId: { platform: group.platform, chatId: group.chatId } },
    create: group,
    update: { classId: cls.id },
  });
  return group;
}

async function realCodes(lib: Library): Promise<string[]> {
  const slips = await issueCodes(lib, systemActor, { class: CODES_CLASS });
  if (!slips.ok) throw new Error(`issuing codes failed: ${slips.code}`);
  return slips.value.flatMap((s) => s.codes.map((c) => c.code));
}

/** Cards and barcodes that matter: the demo members' readers, their loans, some others. */
async function deskMaterial(lib: Library) {
  const members = await lib.db.binding.findMany({
    where: { member: { platform: demoPlatform }, patronId: { not: null } },
    select: { patron: { select: { id: true, cardNumber: true } } },
  });
  const own = members.flatMap((b) => (b.patron ? [b.patron] : []));
  const others = await lib.db.patron.findMany({ select: { cardNumber: true }, take: 8 });
  const loans = await lib.db.loan.findMany({
    where: { returnedAt: null, patronId: { in: own.map((p) => p.id) } },
    select: { copy: { select: { barcode: true } } },
  });
  const copies = await lib.db.copy.findMany({
    where: { status: { in: ["available", "on_hold_shelf", "on_loan"] } },
    select: { barcode: true },
    orderBy: { id: "asc" },
    take: 12,
  });
  return {
    cards: [...new Set([...own.map((p) => p.cardNumber), ...others.map((p) => p.cardNumber)])],
    barcodes: [...new Set([...loans.map((l) => l.copy.barcode), ...copies.map((c) => c.barcode)])],
  };
}

/**
 * Prepares a freshly built demo school for fuzzing: links a group chat to class 5-1 (through
 * Prisma, as the brief asks), issues real binding codes for class 2-1, and gathers the names,
 * cards, barcodes and titles the inputs and checks use.
 */
export async function prepareFuzzSchool(lib: Library, bot: Bot): Promise<FuzzSchool> {
  const group = await linkGroup(lib);
  const codes = await realCodes(lib);
  const pupils = await lib.db.patron.findMany({
    where: { role: "student" },
    select: { name: true },
    orderBy: { id: "asc" },
  });
  const pupilNames = [...new Set(pupils.map((p) => p.name))].filter((n) => [...n].length >= 2);
  const titles = await lib.db.title.findMany({ select: { title: true }, take: 4 });
  // Titles with no copy on the shelf can be reserved.
  const lent = await lib.db.title.findMany({
    where: { isReference: false, copies: { some: {}, every: { status: "on_loan" } } },
    select: { title: true },
    take: 6,
  });
  const classes = await lib.db.schoolClass.findMany({ select: { name: true }, take: 3 });
  const material: InputMaterial = {
    ...(await deskMaterial(lib)),
    titles: [...titles, ...lent].map((t) => t.title).concat("西游记", "xyj"),
    codes,
    names: pupilNames.slice(0, 4),
    classNames: [...classes.map((c) => c.name), "5-1", "5年1班"],
  };
  const groupSenders = ["fuzz-guest", demoUserIds.parent, demoUserIds.student, demoUserIds.teacher];
  return { lib, bot, facts: { material, pupilNames, group, groupSenders } };
}
