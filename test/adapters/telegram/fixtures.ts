import pino from "pino";
import { createTelegramSender } from "../../../adapters/telegram/sender.ts";
import { startTelegram } from "../../../adapters/telegram/start.ts";
import type { StartTelegramOptions, TelegramHandle } from "../../../adapters/telegram/start.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import { buildSearchKey } from "../../../src/core/catalog/search-key.ts";
import type { Library } from "../../../src/core/library.ts";
import type { Db } from "../../../src/db/client.ts";
import { Bot } from "../../../src/dialogs/bot.ts";
import type { RegisterDialogs } from "../../../src/dialogs/intent.ts";
import type { Logger } from "../../../src/logger.ts";
import type { InboundGate } from "../../../src/gate/gate.ts";
import { clockSender, drainAll } from "../../outbox/fake-port.ts";
import { testGate } from "../../support/gate.ts";
import { testLibrary } from "../../support/library.ts";
import type { FakeClock } from "../../support/library.ts";
import { FakeBotApi } from "./fake-bot-api.ts";
import { privateChat, user } from "./fake-updates.ts";
import type { FakeChat, FakeMessage, FakeUser } from "./fake-updates.ts";

async function addTitle(db: Db, title: string, author: string) {
  const searchKey = buildSearchKey({ title, author, isbn: null });
  return db.title.create({
    data: { title, author, addedOn: "2025-01-01", searchKey },
    select: { id: true },
  });
}

async function lend(db: Db, patronId: number, titleId: number, barcode: string, dueOn: string) {
  const copy = await db.copy.create({
    data: { barcode, titleId, status: "on_loan" },
    select: { id: true },
  });
  return db.loan.create({ data: { copyId: copy.id, patronId, dueOn }, select: { id: true } });
}

/**
 * Class 3-1 with pupils 张小明 (S1) and 王芳 (S2). 张小明 has 水浒传 due Friday 2026-09-11
 * (renewable: the clock stands at Wednesday 09-09, within 3 days of due); the only copy of
 * 西游记 is out with 王芳, so it can be reserved. A parent code on 张小明's slip.
 */
export async function telegramSchool() {
  const lib = await testLibrary();
  const c31 = await lib.db.schoolClass.create({ data: { grade: 3, number: 1, name: "3-1" } });
  const pupil = (cardNumber: string, name: string) =>
    lib.db.patron.create({ data: { cardNumber, name, role: "student", classId: c31.id } });
  const ming = await pupil("S1", "张小明");
  const wang = await pupil("S2", "王芳");
  const xyj = await addTitle(lib.db, "西游记", "吴承恩");
  const shz = await addTitle(lib.db, "水浒传", "施耐庵");
  await lend(lib.db, wang.id, xyj.id, "B-XYJ-1", "2026-09-14");
  const mingLoan = await lend(lib.db, ming.id, shz.id, "B-SHZ-1", "2026-09-11");
  const slips = await issueCodes(lib, systemActor, { class: "3-1" });
  if (!slips.ok) throw new Error(slips.code);
  const slip = slips.value.find((s) => s.patron?.cardNumber === "S1");
  const parentCode = slip?.codes.find((c) => c.kind === "parent")?.code;
  if (!parentCode) throw new Error("no parent code");
  return { lib, ming, wang, xyj, shz, mingLoan, parentCode };
}

/** A logger writing JSON lines into `lines` (to check what gets logged). */
export function memoryLogger(level = "debug"): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = { write: (s: string) => lines.push(JSON.parse(s) as Record<string, unknown>) };
  return { log: pino({ level }, stream) as unknown as Logger, lines };
}

export interface Harness {
  fake: FakeBotApi;
  handle: TelegramHandle;
  gate: InboundGate;
  lines: Record<string, unknown>[];
  close(): Promise<void>;
}

/** The fake Bot API and the adapter started against it over HTTP (polling unless `webhook`). */
export async function startHarness(
  lib: Library,
  areas: RegisterDialogs[],
  extra: Partial<StartTelegramOptions> = {},
): Promise<Harness> {
  const fake = await FakeBotApi.start();
  const { log, lines } = memoryLogger();
  const gate = extra.gate ?? testGate(lib, { log });
  const handle = await startTelegram({
    token: "123456:TEST-TOKEN",
    apiRoot: fake.apiRoot,
    bot: (botName) => new Bot({ lib, areas, defaultLocale: "zh-CN", botName }),
    gate,
    log,
    retry: { backoffMs: 10 },
    ...extra,
  });
  return {
    fake,
    handle,
    gate,
    lines,
    async close() {
      await handle.stop();
      await gate.close();
      await fake.close();
    },
  };
}

/** One person talking to the bot in one chat: each step waits until its answer is out. */
export function chatWith(h: Harness, from: FakeUser, chat: FakeChat) {
  const sent = () => h.fake.sentTo(chat.id).length;
  return {
    /** Sends a text; resolves with the bot's answer (waits for its first message, then idle). */
    async send(text: string): Promise<FakeMessage[]> {
      const before = sent();
      h.fake.push(h.fake.text(from, chat, text));
      await h.fake.waitFor(() => sent() > before);
      await h.gate.idle();
      return h.fake.sentTo(chat.id).slice(before);
    },
    /** Presses a button by its label; resolves with the messages sent after the press. */
    async press(label: string): Promise<FakeMessage[]> {
      const { messageId, data } = h.fake.button(chat.id, label);
      return this.pressData(messageId, data);
    },
    /** Presses with any data; resolves with the messages sent after the press was answered. */
    async pressData(messageId: number, data: string): Promise<FakeMessage[]> {
      const before = sent();
      const answered = h.fake.callsOf("answerCallbackQuery").length;
      h.fake.push(h.fake.press(from, messageId, data));
      await h.fake.waitFor(() => h.fake.callsOf("answerCallbackQuery").length > answered);
      await h.gate.idle();
      return h.fake.sentTo(chat.id).slice(before);
    },
  };
}

/** Binds Telegram user 2001 as the school's librarian. */
export async function bindLibrarian(db: Db): Promise<void> {
  const member = await db.chatMember.create({ data: { platform: "telegram", userId: "2001" } });
  await db.binding.create({ data: { memberId: member.id, kind: "librarian" } });
}

/** The librarian bound by `bindLibrarian`, in a private chat with the harness's bot. */
export function librarianChat(h: Harness) {
  const librarian = user(2001, "Librarian");
  return chatWith(h, librarian, privateChat(librarian));
}

export const textsOf = (messages: FakeMessage[]): string => messages.map((m) => m.text).join("\n");

/** Sends every queued Telegram outbox row through the adapter's sender, on the fake clock. */
export async function deliverOutbox(h: Harness, lib: Library & { clock: FakeClock }) {
  await drainAll(lib, clockSender(lib, "telegram", createTelegramSender(h.handle.telegram)));
}
