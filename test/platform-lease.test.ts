import { describe, expect, it } from "vitest";
import { findLease } from "../src/db/lease-repo.ts";
import { holdLease } from "../src/platform-lease.ts";
import type { LeaseHolder } from "../src/platform-lease.ts";
import { testLibrary } from "./support/library.ts";
import { until } from "./support/wait.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const TTL = 600;

/** A process's hold on the "wechat" lease; `runs` counts what it started and stopped. */
function contender(lib: Lib, owner: string) {
  const runs = { started: 0, stopped: 0 };
  const holder = holdLease({
    db: lib.db,
    name: "wechat",
    owner,
    ttlMs: TTL,
    now: lib.now,
    log: quiet,
    onTaken: () => {
      runs.started += 1;
      return Promise.resolve(async () => {
        runs.stopped += 1;
        return Promise.resolve();
      });
    },
  });
  return { holder, runs };
}

/** Lets every contender look at the lease a few times (their clock stands still meanwhile). */
const severalLooks = () => new Promise((r) => setTimeout(r, (TTL / 6) * 4));

const stopAll = (...holders: LeaseHolder[]) => Promise.all(holders.map((h) => h.stop()));

describe("a lease one process holds at a time (the WeChat login)", () => {
  it("is taken by one of two processes; the other stands by and takes over when it stops", async () => {
    const lib = await testLibrary();
    const a = contender(lib, "host-a");
    await until(() => a.holder.held());
    const b = contender(lib, "host-b");
    await severalLooks();
    expect([a.runs.started, b.runs.started, b.holder.held()]).toEqual([1, 0, false]);
    await a.holder.stop();
    expect(a.runs.stopped).toBe(1);
    await until(() => b.holder.held());
    expect(b.runs.started).toBe(1);
    expect((await findLease(lib.db, "wechat"))?.owner).toBe("host-b");
    await stopAll(b.holder);
  });

  it("passes to a standby only once a dead holder's lease has run out", async () => {
    const lib = await testLibrary();
    const dead = { name: "wechat", owner: "killed", until: new Date(lib.now().getTime() + TTL) };
    await lib.db.lease.create({ data: dead });
    const b = contender(lib, "host-b");
    await severalLooks();
    expect(b.runs.started).toBe(0);
    lib.clock.set(new Date(lib.now().getTime() + TTL + 1));
    await until(() => b.holder.held());
    expect(b.runs.started).toBe(1);
    await stopAll(b.holder);
  });

  it("is taken back at once by a restart of the same service (its predecessor is gone)", async () => {
    const lib = await testLibrary();
    const mine = { name: "wechat", owner: "host-a", until: new Date(lib.now().getTime() + 60_000) };
    await lib.db.lease.create({ data: mine });
    const a = contender(lib, "host-a");
    await until(() => a.holder.held());
    expect(a.runs.started).toBe(1);
    await stopAll(a.holder);
  });

  it("stops what it runs when it finds its lease taken (it stalled past it), and stands by", async () => {
    const lib = await testLibrary();
    const a = contender(lib, "host-a");
    await until(() => a.holder.held());
    const far = new Date(lib.now().getTime() + 3_600_000);
    await lib.db.lease.update({ where: { name: "wechat" }, data: { owner: "host-b", until: far } });
    await until(() => !a.holder.held());
    expect(a.runs).toEqual({ started: 1, stopped: 1 });
    await severalLooks();
    expect(a.runs.started).toBe(1);
    await stopAll(a.holder);
    expect((await findLease(lib.db, "wechat"))?.owner).toBe("host-b");
  });
});
