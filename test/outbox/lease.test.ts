import { describe, expect, it, vi } from "vitest";
import type { Reply } from "../../src/messages.ts";
import { createPacer, defaultPacing } from "../../src/outbox/pacing.ts";
import type { PacingConfig } from "../../src/outbox/pacing.ts";
import type { SendOutcome } from "../../src/outbox/ports.ts";
import { OutboxSender } from "../../src/outbox/sender.ts";
import { testLibrary } from "../support/library.ts";
import { FakePort, clockSleep, queueRows } from "./fake-port.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;

function senderFor(lib: Lib, port: FakePort, over: { heartbeatMs?: number } = {}) {
  return new OutboxSender({
    db: lib.db,
    platform: "telegram",
    port,
    pacer: createPacer(defaultPacing["telegram"] as PacingConfig),
    timezone: lib.timezone,
    quietHours: "21:00-07:00",
    now: lib.now,
    sleep: clockSleep(lib.clock),
    ...over,
  });
}

/** A port whose first send hangs until `release()`: a sender busy with a slow request. */
class HangingPort extends FakePort {
  private entered = () => {};
  readonly reached = new Promise<void>((r) => (this.entered = r));
  release = () => {};
  private readonly gate = new Promise<void>((r) => (this.release = r));
  private first = true;

  override async send(chatId: string, reply: Reply): Promise<SendOutcome> {
    if (this.first) {
      this.first = false;
      this.entered();
      await this.gate;
    }
    return super.send(chatId, reply);
  }
}

const statuses = async (lib: Lib) =>
  (await lib.db.outbox.findMany({ orderBy: { id: "asc" } })).map((r) => r.status);

const advance = (lib: Lib, ms: number) => lib.clock.set(new Date(lib.now().getTime() + ms));

describe("claims of a sender that died", () => {
  it("come back seconds after its last renewal, not minutes", async () => {
    const lib = await testLibrary();
    await queueRows(lib, ["1", "2"]);
    await lib.db.outbox.updateMany({
      data: { status: "sending", claimToken: "killed-process", claimedAt: lib.now() },
    });
    const port = new FakePort(lib.now);
    const sender = senderFor(lib, port);
    await sender.drain();
    expect(port.calls).toEqual([]);
    advance(lib, 15_000);
    await sender.drain();
    expect(port.calls.map((c) => c.chatId)).toEqual(["1", "2"]);
    expect(await statuses(lib)).toEqual(["sent", "sent"]);
  });
});

describe("claims of a live sender", () => {
  it("are renewed while it sends, so a second sender takes none of them", async () => {
    const lib = await testLibrary();
    await queueRows(lib, ["1", "2", "3"]);
    const slow = new HangingPort(lib.now);
    const first = senderFor(lib, slow, { heartbeatMs: 10 });
    const draining = first.drain();
    await slow.reached;
    advance(lib, 60_000); // six leases pass during one slow request
    await vi.waitFor(
      async () => {
        const rows = await lib.db.outbox.findMany({ select: { claimedAt: true } });
        expect(rows.map((r) => r.claimedAt?.getTime())).toEqual(Array(3).fill(lib.now().getTime()));
      },
      { timeout: 20_000, interval: 20 },
    );
    const other = new FakePort(lib.now);
    await senderFor(lib, other).drain();
    expect(other.calls).toEqual([]);
    slow.release();
    await draining;
    expect(slow.calls.map((c) => c.chatId)).toEqual(["1", "2", "3"]);
    expect(await statuses(lib)).toEqual(["sent", "sent", "sent"]);
  });

  it("that stalled past the lease sends none of the rows another sender took back", async () => {
    const lib = await testLibrary();
    await queueRows(lib, ["1", "2", "3"]);
    const stalled = new HangingPort(lib.now);
    const first = senderFor(lib, stalled, { heartbeatMs: 2_000_000_000 }); // no beat in time
    const draining = first.drain();
    await stalled.reached;
    advance(lib, 60_000);
    const other = new FakePort(lib.now);
    await senderFor(lib, other).drain();
    expect(other.calls.map((c) => c.chatId)).toEqual(["1", "2", "3"]);
    stalled.release();
    await draining;
    // Only the request in flight when the lease was lost went out twice.
    expect(stalled.calls.map((c) => c.chatId)).toEqual(["1"]);
    expect(await statuses(lib)).toEqual(["sent", "sent", "sent"]);
  });
});
