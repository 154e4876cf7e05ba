import { expect, test } from "vitest";
import { dialogHooks } from "../src/compose.ts";
import { loadConfig } from "../src/config.ts";
import { dialogAreas } from "../src/dialogs/areas.ts";
import { Bot } from "../src/dialogs/bot.ts";
import { createLogger } from "../src/logger.ts";
import { chat, demoSchool } from "./e2e/console-harness.ts";

test("a return at the desk that sets a copy aside queues the hold-ready notice and wakes the sender", async () => {
  const { lib } = await demoSchool();
  const hold = await lib.db.hold.findFirstOrThrow({
    where: { status: "queued", title: { title: "夏洛的网" } },
    orderBy: [{ placedAt: "asc" }, { id: "asc" }],
    select: { id: true, patronId: true, titleId: true },
  });
  const member = await lib.db.chatMember.create({
    data: { platform: "console", userId: "waiting-parent" },
  });
  await lib.db.binding.create({
    data: { memberId: member.id, kind: "guardian", patronId: hold.patronId },
  });
  const onLoan = await lib.db.copy.findFirstOrThrow({
    where: { titleId: hold.titleId, status: "on_loan" },
    select: { barcode: true },
  });
  let wakes = 0;
  const config = loadConfig({}, "absent.json");
  const hooks = dialogHooks(lib, config, createLogger("silent"), () => (wakes += 1));
  const bot = new Bot({ lib, areas: dialogAreas, defaultLocale: "zh-CN", hooks });

  const [reply] = await chat(bot, "librarian", [`还 ${onLoan.barcode}`]);

  expect(reply).toMatch(/已还/);
  const rows = await lib.db.outbox.findMany({
    where: { kind: "hold_ready" },
    select: { chatId: true, dedupeKey: true },
  });
  expect(rows).toEqual([
    { chatId: "waiting-parent", dedupeKey: `hold_ready:${hold.id}:console:waiting-parent` },
  ]);
  expect(wakes).toBe(1);
});

test("a message from a chat that had blocked the bot makes it reachable again", async () => {
  const { lib } = await demoSchool();
  await lib.db.unreachableChat.create({
    data: { platform: "console", chatId: "demo-parent", reason: "blocked", at: lib.now() },
  });
  let wakes = 0;
  const hooks = dialogHooks(lib, loadConfig({}, "absent.json"), createLogger("silent"), () => {
    wakes += 1;
  });
  const bot = new Bot({ lib, areas: dialogAreas, defaultLocale: "zh-CN", hooks });
  await chat(bot, "parent", ["帮助"]);
  expect(await lib.db.unreachableChat.count()).toBe(0);
  expect(wakes).toBe(1);
});

test("a return that ends a suspension queues the notice of the reader's hold it served", async () => {
  const { lib } = await demoSchool();
  const [late, wanted] = await lib.db.copy.findMany({
    where: { status: "available", title: { isReference: false } },
    select: { id: true, barcode: true, titleId: true },
    distinct: ["titleId"],
    take: 2,
  });
  if (!late || !wanted) throw new Error("the demo school has no two titles on the shelf");
  await lib.db.hold.deleteMany({ where: { titleId: wanted.titleId } });
  const pupil = await lib.db.patron.create({
    data: { cardNumber: "LATE-1", name: "测试", role: "student", status: "suspended" },
  });
  await lib.db.copy.update({ where: { id: late.id }, data: { status: "on_loan" } });
  await lib.db.loan.create({ data: { copyId: late.id, patronId: pupil.id, dueOn: "2020-01-06" } });
  const hold = await lib.db.hold.create({ data: { titleId: wanted.titleId, patronId: pupil.id } });
  const member = await lib.db.chatMember.create({ data: { platform: "console", userId: "mum" } });
  await lib.db.binding.create({
    data: { memberId: member.id, kind: "guardian", patronId: pupil.id },
  });
  const hooks = dialogHooks(lib, loadConfig({}, "absent.json"), createLogger("silent"), () => {});
  const bot = new Bot({ lib, areas: dialogAreas, defaultLocale: "zh-CN", hooks });

  await chat(bot, "librarian", [`还 ${late.barcode}`]);

  expect(await lib.db.hold.findUniqueOrThrow({ where: { id: hold.id } })).toMatchObject({
    status: "ready",
    copyId: wanted.id,
  });
  const rows = await lib.db.outbox.findMany({
    where: { kind: "hold_ready" },
    select: { chatId: true, dedupeKey: true },
  });
  expect(rows).toEqual([{ chatId: "mum", dedupeKey: `hold_ready:${hold.id}:console:mum` }]);
});
