import { describe, expect, it, vi } from "vitest";
import { DialogError } from "../../../src/dialogs/engine/errors.ts";
import type { Dialog } from "../../../src/dialogs/types.ts";
import { inbound, press, setup, startOrder } from "./support.ts";

const startAgain = [{ text: "This conversation is no longer valid. Please start again." }];

describe("DialogRuntime when things go wrong", () => {
  it("stores the session's time from the injected clock", async () => {
    const { db, clock, runtime } = await setup();
    await runtime().handle(inbound("order"), startOrder);
    const row = await db.dialogSession.findFirst({ select: { updatedAt: true } });
    expect(row?.updatedAt.toISOString()).toBe(clock.now().toISOString());
  });

  it("ends with 'please start again' when the state row is corrupt", async () => {
    const { db, counts, runtime } = await setup();
    const rt = runtime();
    await rt.handle(inbound("order"), startOrder);
    await db.dialogSession.updateMany({ data: { state: '{"v":1,"replay":' } });
    expect(await rt.handle(inbound("Ann"))).toEqual([{ text: "这个对话已失效，请重新开始。" }]);
    expect(counts.written).toBe(0);
    expect(await db.dialogSession.count()).toBe(0);
  });

  it("ends with 'please start again' for a row stored before the state version moved on", async () => {
    const { db, counts, runtime } = await setup();
    await runtime().handle(inbound("order"), startOrder);
    const [row] = await db.dialogSession.findMany({ select: { state: true } });
    const older = (row?.state ?? "").replace(/^\{"v":\d+,/, '{"v":1,');
    expect(older).toMatch(/^\{"v":1,/);
    await db.dialogSession.updateMany({ data: { state: older } });
    expect(await runtime().handle(inbound("Ann"))).toEqual([
      { text: "这个对话已失效，请重新开始。" },
    ]);
    expect(counts.written).toBe(0);
    expect(await db.dialogSession.count()).toBe(0);
  });

  it("ends with 'please start again' when the stored dialog is no longer registered", async () => {
    const { db, registryFor, runtime } = await setup();
    await runtime().handle(inbound("order"), startOrder);
    await db.dialogSession.updateMany({ data: { dialog: "gone" } });
    expect(await runtime(registryFor()).handle(inbound("Ann"))).toEqual(startAgain);
  });

  const changed: Record<string, Dialog<unknown>> = {
    "acts before asking": async (c) => {
      await c.act(() => {
        throw new Error("must not run");
      });
      await c.ask("Your name?");
    },
    "asks twice": async (c) => {
      await c.ask("Your name?");
      await c.ask("Again?");
    },
    "returns before the answered wait": async () => {},
    "chooses instead of asking": async (c) => {
      await c.choose("Pick", [{ id: "a", label: "A" }]);
    },
  };
  it.each(Object.keys(changed))(
    "ends with 'please start again' when the code changed under a waiting dialog (%s)",
    async (name) => {
      const { counts, registryFor, runtime } = await setup();
      await runtime().handle(inbound("order"), startOrder);
      await runtime().handle(inbound("Ann"));
      const deployed = runtime(registryFor({ order: changed[name] as Dialog<never> }));
      expect(await deployed.handle(inbound("1"))).toEqual(startAgain);
      expect(await deployed.handle(inbound("1"))).toBeNull();
      expect(counts.confirmed).toBe(0);
    },
  );

  it("ends with 'please start again' when changed code catches errors around its steps", async () => {
    const { registryFor, runtime } = await setup();
    await runtime().handle(inbound("order"), startOrder);
    await runtime().handle(inbound("Ann"));
    const v2: Dialog<never> = async (c) => {
      try {
        await c.act(() => 1);
      } catch {
        c.say("swallowed");
      }
      await c.ask("Your name?");
    };
    const deployed = runtime(registryFor({ order: v2 }));
    expect(await deployed.handle(inbound("1"))).toEqual(startAgain);
  }, 5_000);

  it("ends with 'please start again' when a menu's choices changed under it", async () => {
    const { registryFor, runtime } = await setup();
    await runtime().handle(inbound("order"), startOrder);
    const [menu] = (await runtime().handle(inbound("Ann"))) ?? [];
    const v2: Dialog<never> = async (c) => {
      await c.ask("Your name?");
      await c.act(() => 1);
      await c.choose("Size?", [{ id: "m", label: "Medium" }]);
    };
    const deployed = runtime(registryFor({ order: v2 }));
    expect(await deployed.handle(press(menu?.menuId ?? "", "s"))).toEqual(startAgain);
  });

  it("ends a failing dialog and reports a DialogError with its context", async () => {
    const boom: Dialog<never> = async (c) => {
      await c.ask("Go?");
      throw new Error("kaput");
    };
    const { db, runtime } = await setup(() => ({ boom }));
    const rt = runtime();
    await rt.handle(inbound("go"), { dialog: "boom", args: {}, locale: "en" });
    const error = await rt.handle(inbound("yes")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DialogError);
    expect((error as DialogError).context).toMatchObject({ dialog: "boom", chatId: "c1" });
    expect(((error as DialogError).cause as Error).message).toBe("kaput");
    expect(await db.dialogSession.count()).toBe(0);
  });

  it("ends the dialog when an act throws, even if the dialog catches the error", async () => {
    let after = 0;
    const swallow: Dialog<never> = async (c) => {
      try {
        await c.act(() => {
          throw new Error("core failed");
        });
      } catch {
        after += 1;
      }
      await c.ask("still here?");
    };
    const { runtime } = await setup(() => ({ swallow }));
    const start = { dialog: "swallow", args: null, locale: "en" as const };
    const error = await runtime()
      .handle(inbound("go"), start)
      .catch((e: unknown) => e);
    expect(((error as DialogError).cause as Error).message).toBe("core failed");
    expect(after).toBe(0);
  });

  it("throws a DialogError for a dialog name nobody registered", async () => {
    const { runtime } = await setup();
    const start = { dialog: "nope", args: {}, locale: "en" as const };
    await expect(runtime().handle(inbound("x"), start)).rejects.toThrow(DialogError);
  });

  it("lets only one of two runtimes store a turn of the same dialog; the other is told", async () => {
    // Without the inbound gate (which keeps a chat's messages in order across processes) both
    // turns run; the dialog's version lets one of them be stored, never both. The first turn is
    // held inside its act until the second has loaded, run and stored the same dialog.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let waiting = true;
    const slow: Dialog<never> = async (c) => {
      const answer = await c.ask("Go?");
      await c.act(async () => {
        if (!waiting) return;
        waiting = false;
        await held;
      });
      await c.ask(`Again ${answer}?`);
    };
    const { runtime } = await setup(() => ({ slow }));
    const [a, b] = [runtime(), runtime()];
    await a.handle(inbound("go"), { dialog: "slow", args: null, locale: "en" });
    const first = a.handle(inbound("one"));
    await vi.waitFor(() => expect(waiting).toBe(false));
    expect(await b.handle(inbound("two"))).toEqual([{ text: "Again two?" }]);
    release();
    expect(await first).toEqual([
      { text: "This conversation continued elsewhere. Please start again." },
    ]);
  });
});
