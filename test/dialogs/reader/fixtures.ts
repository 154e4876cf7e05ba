import { buildSearchKey } from "../../../src/core/catalog/search-key.ts";
import type { Library } from "../../../src/core/library.ts";
import type { Db } from "../../../src/db/client.ts";
import { Bot } from "../../../src/dialogs/bot.ts";
import { registerReaderDialogs } from "../../../src/dialogs/reader-dialogs.ts";
import type { Inbound, Reply } from "../../../src/messages.ts";

let seq = 0;
const next = (): number => ++seq;

export const readerBot = (lib: Library): Bot =>
  new Bot({ lib, areas: [registerReaderDialogs], defaultLocale: "zh-CN" });

export async function addClass(db: Db, grade: number, number = 1) {
  return db.schoolClass.create({
    data: { grade, number, name: `${grade}-${number}` },
    select: { id: true },
  });
}

export async function addPupil(
  db: Db,
  name: string,
  opts: { classId?: number; status?: string; role?: string } = {},
) {
  return db.patron.create({
    data: {
      cardNumber: `R${next()}`,
      name,
      role: opts.role ?? "student",
      status: opts.status ?? "active",
      classId: opts.classId ?? null,
    },
    select: { id: true },
  });
}

export interface TitleOpts {
  author?: string;
  isbn?: string;
  isReference?: boolean;
  gradeMin?: number;
  gradeMax?: number;
  addedOn?: string;
  recommended?: boolean;
}

export async function addTitle(db: Db, title: string, o: TitleOpts = {}) {
  const author = o.author ?? "佚名";
  return db.title.create({
    data: {
      title,
      author,
      isbn: o.isbn ?? null,
      isReference: o.isReference ?? false,
      gradeMin: o.gradeMin ?? 1,
      gradeMax: o.gradeMax ?? 12,
      addedOn: o.addedOn ?? "2025-01-01",
      recommended: o.recommended ?? false,
      searchKey: buildSearchKey({ title, author, isbn: o.isbn ?? null }),
    },
    select: { id: true },
  });
}

export async function addCopy(
  db: Db,
  titleId: number,
  o: { status?: string; callNumber?: string; location?: string } = {},
) {
  return db.copy.create({
    data: {
      barcode: `B${next()}`,
      titleId,
      status: o.status ?? "available",
      callNumber: o.callNumber ?? "",
      location: o.location ?? "",
    },
    select: { id: true },
  });
}

/** An open loan of a new copy of `titleId` (the copy is on loan). */
export async function addLoan(
  db: Db,
  patronId: number,
  titleId: number,
  o: { dueOn: string; renewals?: number },
) {
  const copy = await addCopy(db, titleId, { status: "on_loan" });
  return db.loan.create({
    data: { copyId: copy.id, patronId, dueOn: o.dueOn, renewals: o.renewals ?? 0 },
    select: { id: true },
  });
}

export async function addHold(
  db: Db,
  patronId: number,
  titleId: number,
  o: { status?: string; placedAt?: string; pickupBy?: string; copyId?: number } = {},
) {
  return db.hold.create({
    data: {
      patronId,
      titleId,
      status: o.status ?? "queued",
      placedAt: new Date(o.placedAt ?? "2026-09-01T08:00:00+08:00"),
      pickupBy: o.pickupBy ?? null,
      copyId: o.copyId ?? null,
    },
    select: { id: true },
  });
}

/** A console account bound to patrons (guardian of children, or self for a pupil). */
export async function bindAccount(
  db: Db,
  userId: string,
  patronIds: number[],
  o: { kind?: "guardian" | "self"; locale?: string } = {},
) {
  const member = await db.chatMember.create({
    data: { platform: "console", userId, locale: o.locale ?? null },
    select: { id: true },
  });
  for (const patronId of patronIds) {
    await db.binding.create({
      data: { memberId: member.id, kind: o.kind ?? "guardian", patronId },
    });
  }
  return member;
}

export async function linkGroup(db: Db, chatId: string, classId: number) {
  await db.chatGroup.create({ data: { platform: "console", chatId, classId } });
}

/** What one message got back: all texts joined, and the labels of the last menu. */
export interface Answer {
  text: string;
  labels: string[];
  menuId: string | undefined;
  replies: Reply[];
}

/** A chat with the bot as one user: `send(text)` or `press(id)` on the last menu. */
export function chatAs(bot: Bot, userId: string, o: { chatId?: string; isGroup?: boolean } = {}) {
  const base = {
    platform: "console",
    chatId: o.chatId ?? `dm-${userId}`,
    userId,
    isGroup: o.isGroup ?? false,
  };
  let lastMenu: string | undefined;
  const run = async (inbound: Inbound): Promise<Answer> => {
    const replies = await bot.handle(inbound);
    const menu = [...replies].reverse().find((r) => r.menuId);
    lastMenu = menu?.menuId ?? lastMenu;
    return {
      text: replies.map((r) => r.text).join("\n"),
      labels: menu?.choices?.map((c) => c.label) ?? [],
      menuId: menu?.menuId,
      replies,
    };
  };
  return {
    send: (text: string, extra: Partial<Inbound> = {}) => run({ ...base, text, ...extra }),
    press: (id: string, menuId = lastMenu ?? "") => run({ ...base, choice: { menuId, id } }),
  };
}
