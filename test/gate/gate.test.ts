import { describe, expect, it } from "vitest";
import type { Library } from "../../src/core/library.ts";
import { t } from "../../src/dialogs/texts/index.ts";
import {
  addClass,
  addLoan,
  addPupil,
  addTitle,
  bindAccount,
  readerBot,
} from "../dialogs/reader/fixtures.ts";
import { insertInboundUpdate } from "../../src/db/inbound-update-repo.ts";
import { accept, message, never, PLATFORM, recorder, testGate } from "../support/gate.ts";
import { testLibrary } from "../support/library.ts";

/** A parent (account "zhang") whose child has 西游记 due Friday: renewable now. */
async function renewableLoan() {
  const lib = await testLibrary();
  const c3 = await addClass(lib.db, 3);
  const ming = await addPupil(lib.db, "张小明", { classId: c3.id });
  await bindAccount(lib.db, "zhang", [ming.id]);
  const xyj = await addTitle(lib.db, "西游记");
  const loan = await addLoan(lib.db, ming.id, xyj.id, { dueOn: "2026-09-11" });
  return { lib, bot: readerBot(lib), loan };
}

const loanOf = (lib: Library, id: number) =>
  lib.db.loan.findUniqueOrThrow({ where: { id }, select: { dueOn: true, renewals: true } });

/** The status of the first update stored. */
const statusOf = async (lib: Library) =>
  (await lib.db.inboundUpdate.findFirst({ select: { status: true }, orderBy: { id: "asc" } }))
    ?.status;

/** Lets the leases of a process that stopped answering run out. */
const afterLease = (lib: Library & { clock: { set(d: Date): void } }) =>
  lib.clock.set(new Date(lib.now().getTime() + 60_000));

describe("inbound gate", () => {
  it("answers an update delivered twice once", async () => {
    const { lib, bot } = await renewableLoan();
    const gate = testGate(lib, { now: lib.now });
    const { link, sent } = recorder((i, s) => bot.handle(i, s));
    gate.register(PLATFORM, link);
    const m = message("帮助");
    await accept(gate, m);
    await gate.idle();
    await accept(gate, m);
    await gate.idle();
    expect(sent).toHaveLength(1);
  });

  it("answers the messages of one chat in the order they came, one at a time", async () => {
    const lib = await testLibrary();
    const gate = testGate(lib, { now: lib.now });
    const seen: string[] = [];
    let release = () => {};
    const first = new Promise<void>((r) => (release = r));
    const { link, sent } = recorder(async (inbound) => {
      seen.push(inbound.text ?? "");
      if (inbound.text === "a") await first;
      return [{ text: `re ${inbound.text}` }];
    });
    gate.register(PLATFORM, link);
    await accept(gate, message("a"));
    await accept(gate, message("b"));
    await accept(gate, message("x", { chatId: "other", userId: "other" }));
    await new Promise((r) => setImmediate(r));
    expect(seen).not.toContain("b");
    release();
    await gate.idle();
    expect(seen.indexOf("a")).toBeLessThan(seen.indexOf("b"));
    expect(sent.filter((s) => s.chatId === "zhang").map((s) => s.text)).toEqual(["re a", "re b"]);
  });

  it("apologises for a turn that failed, but not in a group that did not address the bot", async () => {
    const lib = await testLibrary();
    const gate = testGate(lib, { now: lib.now });
    const { link, sent } = recorder(() => Promise.reject(new Error("boom")));
    gate.register(PLATFORM, link);
    await accept(gate, message("hello"));
    await accept(gate, message("chatter", { chatId: "g1", isGroup: true }));
    await gate.idle();
    expect(sent).toEqual([{ chatId: "zhang", text: t("zh-CN", "apology") }]);
  });

  it("renews once when the process dies after the renewal but before its reply is committed", async () => {
    const { lib, bot, loan } = await renewableLoan();
    const dying = testGate(lib, { now: lib.now, owner: "dying" });
    dying.register(PLATFORM, recorder((i, s) => bot.handle(i, s)).link);
    await accept(dying, message("续借"));
    await dying.idle();
    // The next message renews, then the process stops for good before committing its answer.
    const died = recorder(async (i, s) => {
      await bot.handle(i, s);
      return never();
    });
    dying.register(PLATFORM, died.link);
    await accept(dying, message("1"));
    await expect
      .poll(() => loanOf(lib, loan.id), { timeout: 20_000 })
      .toEqual({ dueOn: "2026-09-18", renewals: 1 });
    afterLease(lib);
    const next = testGate(lib, { now: lib.now, owner: "next" });
    const { link, sent } = recorder((i, s) => readerBot(lib).handle(i, s));
    next.register(PLATFORM, link);
    await next.sweep();
    expect(sent.map((s) => s.text)).toEqual(["《西游记》已续借，新的到期日是 09-18。"]);
    expect(await loanOf(lib, loan.id)).toEqual({ dueOn: "2026-09-18", renewals: 1 });
  });

  it("sends committed replies after a restart when the process died before sending them", async () => {
    const { lib, bot, loan } = await renewableLoan();
    const dying = testGate(lib, { now: lib.now, owner: "dying" });
    dying.register(PLATFORM, recorder((i, s) => bot.handle(i, s)).link);
    await accept(dying, message("续借"));
    await dying.idle();
    let committed = () => {};
    const inFlight = new Promise<void>((r) => (committed = r));
    const stuck = recorder(
      (i, s) => bot.handle(i, s),
      () => {
        committed();
        return never();
      },
    );
    dying.register(PLATFORM, stuck.link);
    await accept(dying, message("1"));
    await inFlight;
    afterLease(lib);
    const next = testGate(lib, { now: lib.now, owner: "next" });
    const { link, sent } = recorder(() => Promise.reject(new Error("must not run the turn again")));
    next.register(PLATFORM, link);
    await next.sweep();
    expect(sent.map((s) => s.text)).toEqual(["《西游记》已续借，新的到期日是 09-18。"]);
    expect(await loanOf(lib, loan.id)).toEqual({ dueOn: "2026-09-18", renewals: 1 });
  });

  it("keeps a chat in order across two processes: the one holding it answers the next too", async () => {
    const lib = await testLibrary();
    const answered: string[] = [];
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const first = testGate(lib, { now: lib.now, owner: "first" });
    const a = recorder(async (i) => {
      if (i.text === "1") await held;
      answered.push(`first:${i.text}`);
      return [{ text: `re ${i.text}` }];
    });
    first.register(PLATFORM, a.link);
    await accept(first, message("1"));
    await expect.poll(() => statusOf(lib), { timeout: 20_000 }).toBe("handling");
    // Registered only now: a second process's start-up sweep may rightly take a pending update.
    const second = testGate(lib, { now: lib.now, owner: "second" });
    second.register(PLATFORM, recorder(async (i) => (answered.push(`second:${i.text}`), [])).link);
    await accept(second, message("2"));
    await second.idle();
    expect(answered).toEqual([]);
    release();
    await first.idle();
    expect(answered).toEqual(["first:1", "first:2"]);
    expect(a.sent.map((x) => x.text)).toEqual(["re 1", "re 2"]);
  });

  it("leaves an update held by a live process alone until its lease runs out", async () => {
    const lib = await testLibrary();
    const holding = testGate(lib, { now: lib.now, owner: "holding" });
    holding.register(PLATFORM, recorder(() => never()).link);
    await accept(holding, message("a"));
    await expect.poll(() => statusOf(lib), { timeout: 20_000 }).toBe("handling");
    const other = testGate(lib, { now: lib.now, owner: "other" });
    const { link, sent } = recorder(async (i) => [{ text: `re ${i.text}` }]);
    other.register(PLATFORM, link);
    await other.sweep();
    expect(sent).toEqual([]);
    afterLease(lib);
    await other.sweep();
    expect(sent.map((s) => s.text)).toEqual(["re a"]);
  });

  it("leaves a platform it does not serve to the process that serves it", async () => {
    const lib = await testLibrary();
    const wechat = { platform: "wechat", chatId: "mum", userId: "mum", isGroup: false };
    const payload = JSON.stringify({ inbound: { ...wechat, text: "帮助" } });
    const row = {
      platform: "wechat",
      updateId: "w1",
      chatKey: "wechat:mum",
      payload,
      at: lib.now(),
    };
    await insertInboundUpdate(lib.db, row);
    const consoleOnly = testGate(lib, { now: lib.now, owner: "console-only" });
    consoleOnly.register(PLATFORM, recorder(async () => [{ text: "wrong process" }]).link);
    await consoleOnly.sweep();
    const untouched = await lib.db.inboundUpdate.findFirstOrThrow({ select: { attempts: true } });
    expect(untouched.attempts).toBe(0);
    const loggedIn = testGate(lib, { now: lib.now, owner: "wechat-login" });
    const { link, sent } = recorder(async () => [{ text: "ok" }]);
    loggedIn.register("wechat", link);
    await loggedIn.sweep();
    expect(sent).toEqual([{ chatId: "mum", text: "ok" }]);
  });

  it("gives an update back when the platform asks to wait, and sends it on a later sweep", async () => {
    const lib = await testLibrary();
    const gate = testGate(lib, { now: lib.now });
    let busy = true;
    const { link, sent } = recorder(
      async () => [{ text: "ok" }],
      async () => (busy ? { status: "retry_after", seconds: 5 } : { status: "sent" }),
    );
    gate.register(PLATFORM, link);
    await accept(gate, message("a"));
    await gate.idle();
    expect(sent).toEqual([]);
    busy = false;
    afterLease(lib);
    await gate.sweep();
    expect(sent.map((s) => s.text)).toEqual(["ok"]);
  });

  it("answers with the apology, unhandled, a message whose handling kept failing", async () => {
    const lib = await testLibrary();
    let calls = 0;
    for (let i = 0; i < 3; i++) {
      const crashing = testGate(lib, { now: lib.now, owner: `p${i}` });
      crashing.register(PLATFORM, recorder(async () => (calls++, never())).link);
      if (i === 0) await accept(crashing, message("poison"));
      else void crashing.sweep();
      await expect.poll(() => calls, { timeout: 20_000 }).toBe(i + 1);
      afterLease(lib);
    }
    const last = testGate(lib, { now: lib.now, owner: "last" });
    const { link, sent } = recorder(async () => (calls++, [{ text: "never" }]));
    last.register(PLATFORM, link);
    await last.sweep();
    expect(calls).toBe(3);
    expect(sent.map((s) => s.text)).toEqual([t("zh-CN", "apology")]);
  });
});
