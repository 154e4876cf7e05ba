import { DialogRegistry } from "../../../src/dialogs/engine/registry.ts";
import { DialogRuntime } from "../../../src/dialogs/engine/runtime.ts";
import type { Dialog } from "../../../src/dialogs/types.ts";
import type { Inbound } from "../../../src/messages.ts";
import type { Db } from "../../../src/db/client.ts";
import { freshDb } from "../../support/db.ts";
import { FakeClock } from "../../support/library.ts";

/** How often each test dialog's side effects really ran (replays must not repeat them). */
export interface Counts {
  written: number;
  confirmed: number;
}

/**
 * Test-only dialog: greets, asks a name, writes an audit row (act), offers a size menu, then
 * records the order (act) and confirms with the row id.
 */
export function orderDialog(db: Db, counts: Counts): Dialog<{ greeting: string }> {
  return async (c, args) => {
    c.say(args.greeting);
    const name = await c.ask("Your name?");
    const rowId = await c.act(async () => {
      counts.written += 1;
      const row = await db.auditLog.create({ data: { actor: "system", action: "test.order" } });
      return row.id;
    });
    const size = await c.choose("Size?", [
      { id: "s", label: "Small" },
      { id: "l", label: "Large" },
    ]);
    await c.act(() => {
      counts.confirmed += 1;
    });
    c.say(`Ordered ${size} for ${name} (#${rowId}).`);
  };
}

export function inbound(text: string, over: Partial<Inbound> = {}): Inbound {
  return { platform: "test", chatId: "c1", userId: "u1", isGroup: false, text, ...over };
}

export function press(menuId: string, id: string, over: Partial<Inbound> = {}): Inbound {
  return {
    platform: "test",
    chatId: "c1",
    userId: "u1",
    isGroup: false,
    choice: { menuId, id },
    ...over,
  };
}

/** A fresh database, a fake clock, and a runtime factory sharing them (a "process" each). */
export async function setup(dialogs: (db: Db) => Record<string, Dialog<never>> = () => ({})) {
  const { db } = await freshDb();
  const clock = new FakeClock(new Date("2026-09-09T10:00:00+08:00"));
  const counts: Counts = { written: 0, confirmed: 0 };
  const registryFor = (overrides: Record<string, Dialog<never>> = {}) => {
    const all = { order: orderDialog(db, counts), ...dialogs(db), ...overrides };
    const registry = new DialogRegistry();
    for (const [name, dialog] of Object.entries(all)) registry.add(name, dialog);
    return registry;
  };
  const runtime = (registry = registryFor()) => new DialogRuntime({ db, registry, now: clock.now });
  return { db, clock, counts, registryFor, runtime };
}

export const startOrder = { dialog: "order", args: { greeting: "Hello!" }, locale: "en" as const };
