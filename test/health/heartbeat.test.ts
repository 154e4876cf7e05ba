import pino from "pino";
import { expect, test } from "vitest";
import { checkHealth } from "../../src/health/health-report.ts";
import { startHeartbeat } from "../../src/health/heartbeat.ts";
import type { Logger } from "../../src/logger.ts";
import { freshDb } from "../support/db.ts";

const log = pino({ level: "silent" }) as unknown as Logger;

test("a serving process's beats keep the bot alive; two minutes without one, it is down", async () => {
  const { db } = await freshDb();
  let clock = new Date("2026-09-09T10:00:00Z");
  const heartbeat = startHeartbeat({
    db,
    service: "host:/srv:3000",
    platforms: ["telegram"],
    log,
    now: () => clock,
  });
  heartbeat.stop();
  await heartbeat.beat();
  const at = (iso: string) => checkHealth(db, ["telegram"], new Date(iso));
  expect((await at("2026-09-09T10:01:59Z")).status).toBe("ok");
  expect(await at("2026-09-09T10:02:01Z")).toMatchObject({
    status: "down",
    bot: { status: "stale", lastBeatAt: "2026-09-09T10:00:00.000Z" },
  });
  clock = new Date("2026-09-09T10:02:30Z");
  await heartbeat.beat();
  expect(await at("2026-09-09T10:03:00Z")).toMatchObject({
    status: "ok",
    bot: { status: "alive", lastBeatAt: "2026-09-09T10:02:30.000Z" },
  });
  expect(await db.heartbeat.count()).toBe(1);
});

test("a service silent for a week is forgotten when another beats", async () => {
  const { db } = await freshDb();
  const old = new Date("2026-09-01T10:00:00Z");
  await db.heartbeat.create({
    data: { service: "old-host:/srv:3000", platforms: "[]", startedAt: old, beatAt: old },
  });
  const now = () => new Date("2026-09-09T10:00:00Z");
  const heartbeat = startHeartbeat({ db, service: "new-host:/srv:3000", platforms: [], log, now });
  heartbeat.stop();
  await heartbeat.beat();
  const services = await db.heartbeat.findMany({ select: { service: true } });
  expect(services).toEqual([{ service: "new-host:/srv:3000" }]);
});
