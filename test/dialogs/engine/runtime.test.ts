import { describe, expect, it } from "vitest";
import {
  parseSessionState,
  serializeSessionState,
} from "../../../src/dialogs/engine/session-state.ts";
import { inbound, press, setup, startOrder } from "./support.ts";

const session = (db: Awaited<ReturnType<typeof setup>>["db"]) =>
  db.dialogSession.findMany({ select: { dialog: true, version: true } });

describe("DialogRuntime", () => {
  it("runs a dialog turn by turn and performs each act once across replays", async () => {
    const { db, counts, runtime } = await setup();
    const rt = runtime();
    expect(await rt.handle(inbound("order"), startOrder)).toEqual([{ text: "Hello!\nYour name?" }]);
    const menu = await rt.handle(inbound("Ann"));
    expect(menu).toEqual([
      {
        text: "Size?",
        choices: [
          { id: "s", label: "Small" },
          { id: "l", label: "Large" },
        ],
        menuId: expect.any(String),
        controls: [
          { id: "~back", label: "Back" },
          { id: "~cancel", label: "Cancel" },
        ],
      },
    ]);
    expect(counts.written).toBe(1);
    const done = await rt.handle(press(menu?.[0]?.menuId ?? "", "l"));
    const rows = await db.auditLog.findMany({ where: { action: "test.order" } });
    expect(done).toEqual([{ text: `Ordered l for Ann (#${rows[0]?.id}).` }]);
    expect(rows).toHaveLength(1);
    expect(counts).toEqual({ written: 1, confirmed: 1 });
    expect(await session(db)).toEqual([]);
  });

  it("leaves the state it resumed from as its row holds it (the next turn appends to a copy)", async () => {
    const { db, runtime } = await setup();
    const rt = runtime();
    await rt.handle(inbound("order"), startOrder);
    const [row] = await db.dialogSession.findMany({ select: { state: true } });
    const json = row?.state ?? "";
    // The state this process keeps for the row, handed back to the runtime's next turn.
    const kept = parseSessionState(json);
    if (!kept) throw new Error("no state");
    serializeSessionState(kept);
    await rt.handle(inbound("Ann"));
    expect(JSON.stringify(kept)).toBe(json);
    expect(kept.replay.send).toHaveLength(1);
  });

  it("keeps menu ids short enough for Telegram callback data", async () => {
    const { runtime } = await setup();
    const rt = runtime();
    await rt.handle(inbound("order"), startOrder);
    const [reply] = (await rt.handle(inbound("Ann"))) ?? [];
    expect(Buffer.byteLength(`${reply?.menuId}:l`)).toBeLessThanOrEqual(64);
  });

  it("resumes a waiting dialog in a second runtime on the same database", async () => {
    const { counts, runtime } = await setup();
    await runtime().handle(inbound("order"), startOrder);
    await runtime().handle(inbound("Ann"));
    const [reply] = (await runtime().handle(inbound("2"))) ?? [];
    expect(reply?.text).toMatch(/^Ordered l for Ann/);
    expect(counts).toEqual({ written: 1, confirmed: 1 });
  });

  it("treats a message to a dialog idle for 10 minutes as no dialog waiting", async () => {
    const { db, clock, runtime } = await setup();
    const rt = runtime();
    await rt.handle(inbound("order"), startOrder);
    clock.set(new Date(clock.now().getTime() + 9 * 60_000));
    expect(await rt.handle(inbound("Ann"))).toHaveLength(1);
    clock.set(new Date(clock.now().getTime() + 10 * 60_000));
    expect(await rt.handle(inbound("1"))).toBeNull();
    expect(await session(db)).toEqual([]);
  });

  it.each(["取消", "cancel", "/cancel", " CANCEL "])("leaves the dialog on %j", async (word) => {
    const { db, runtime } = await setup();
    const rt = runtime();
    await rt.handle(inbound("order"), startOrder);
    expect(await rt.handle(inbound(word))).toEqual([{ text: "Cancelled." }]);
    expect(await session(db)).toEqual([]);
    expect(await rt.handle(inbound("Ann"))).toBeNull();
  });

  it("answers a cancel word with no dialog waiting in the default locale", async () => {
    const { runtime } = await setup();
    expect(await runtime().handle(inbound("取消"))).toEqual([{ text: "当前没有进行中的操作。" }]);
  });

  it("returns null for a message when no dialog is waiting", async () => {
    const { runtime } = await setup();
    expect(await runtime().handle(inbound("西游记"))).toBeNull();
  });

  it("starts a new dialog cleanly when a command arrives mid-dialog", async () => {
    const { counts, runtime } = await setup();
    const rt = runtime();
    await rt.handle(inbound("order"), startOrder);
    const [old] = (await rt.handle(inbound("Ann"))) ?? [];
    const restart = { ...startOrder, args: { greeting: "Again!" } };
    expect(await rt.handle(inbound("order"), restart)).toEqual([{ text: "Again!\nYour name?" }]);
    expect(await rt.handle(press(old?.menuId ?? "", "s"))).toEqual([
      { text: "This menu has expired. Please send the command again.", expired: true },
    ]);
    await rt.handle(inbound("Bob"));
    expect(counts.written).toBe(2);
  });

  it("answers a stale or forged button with 'this menu has expired' and changes nothing", async () => {
    const { db, counts, runtime } = await setup();
    const rt = runtime();
    await rt.handle(inbound("order"), startOrder);
    const [menu] = (await rt.handle(inbound("Ann"))) ?? [];
    const before = await session(db);
    const expired = [
      { text: "This menu has expired. Please send the command again.", expired: true },
    ];
    expect(await rt.handle(press("zzzzzz", "l"))).toEqual(expired);
    expect(await rt.handle(press(menu?.menuId ?? "", "xl"))).toEqual(expired);
    expect(await session(db)).toEqual(before);
    expect(counts.confirmed).toBe(0);
    const [done] = (await rt.handle(press(menu?.menuId ?? "", "s"))) ?? [];
    expect(done?.text).toMatch(/^Ordered s/);
  });

  it("refuses another user's button in the same chat", async () => {
    const { counts, runtime } = await setup();
    const rt = runtime();
    const bob = { userId: "u2" };
    await rt.handle(inbound("order"), startOrder);
    const [menu] = (await rt.handle(inbound("Ann"))) ?? [];
    await rt.handle(inbound("order", bob), startOrder);
    const [reply] = (await rt.handle(press(menu?.menuId ?? "", "s", bob))) ?? [];
    expect(reply?.text).toMatch(/expired/);
    expect(counts.confirmed).toBe(0);
  });

  it("re-prompts 'please answer 1–4' (two sizes, back, cancel) on a wrong digit or text and stays in the dialog", async () => {
    const { runtime } = await setup();
    const rt = runtime();
    await rt.handle(inbound("order"), startOrder);
    const [menu] = (await rt.handle(inbound("Ann"))) ?? [];
    for (const wrong of ["5", "0", "medium"]) {
      expect(await rt.handle(inbound(wrong))).toEqual([
        {
          text: "Please answer with a number from 1 to 4.",
          choices: menu?.choices,
          menuId: menu?.menuId,
          controls: menu?.controls,
        },
      ]);
    }
    const [done] = (await rt.handle(inbound("２"))) ?? [];
    expect(done?.text).toMatch(/^Ordered l/);
  });

  it("accepts a menu label typed as text", async () => {
    const { runtime } = await setup();
    const rt = runtime();
    await rt.handle(inbound("order"), startOrder);
    await rt.handle(inbound("Ann"));
    const [done] = (await rt.handle(inbound("small"))) ?? [];
    expect(done?.text).toMatch(/^Ordered s/);
  });

  it("replies in the locale the dialog started with", async () => {
    const { runtime } = await setup();
    const rt = runtime();
    await rt.handle(inbound("order"), { ...startOrder, locale: "zh-CN" });
    await rt.handle(inbound("Ann"));
    expect(await rt.handle(inbound("9"))).toMatchObject([{ text: "请回复 1–4 之间的数字。" }]);
    expect(await rt.handle(inbound("取消"))).toEqual([{ text: "已取消。" }]);
  });
});
