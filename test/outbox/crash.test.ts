import type { ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import type { OutboundMessage } from "../../src/core/broadcasts/outbound.ts";
import { enqueue } from "../../src/outbox/queue.ts";
import { FakeBotApi } from "../adapters/telegram/fake-bot-api.ts";
import { privateChat, user } from "../adapters/telegram/fake-updates.ts";
import { freshDb } from "../support/db.ts";
import { finished, spawnTs } from "./child-process.ts";

const CHILD = "test/outbox/crash-sender-child.ts";
const RECIPIENTS = 3000;
const KILLS = 10;

let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** A broadcast to `n` private chats the fake API knows, queued in a fresh database. */
async function setup(n: number) {
  api = await FakeBotApi.start();
  const ids = Array.from({ length: n }, (_, i) => 900_000 + i);
  for (const id of ids) api.text(user(id, `p${id}`), privateChat(user(id, `p${id}`)), "hi");
  const { db, url } = await freshDb();
  const messages = ids.map((id): OutboundMessage => ({
    dedupeKey: `broadcast:1:telegram:${id}`,
    platform: "telegram",
    chatId: String(id),
    kind: "broadcast",
    text: "图书馆通知：本周五闭馆整理。",
    urgent: true,
  }));
  await enqueue(db, messages, new Date(Date.now() - 1000));
  return { api, db, url, ids };
}

const sends = (a: FakeBotApi) => a.callsOf("sendMessage").length;

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts the child, waits until it has sent something, then kills it at a random moment. */
async function killWhileSending(a: FakeBotApi, url: string): Promise<boolean> {
  const before = sends(a);
  const child = spawnTs(CHILD, [url, a.apiRoot]);
  const gone = exited(child);
  await a.waitFor(() => sends(a) > before || child.exitCode !== null, 20_000);
  if (child.exitCode !== null) return false;
  await new Promise((r) => setTimeout(r, 20 + Math.random() * 200));
  child.kill("SIGKILL");
  await gone;
  return true;
}

describe("a sender killed again and again", () => {
  it("delivers a 3 000-recipient broadcast to everyone, with at most one duplicate per kill", async () => {
    const { api: a, db, url, ids } = await setup(RECIPIENTS);
    let kills = 0;
    while (kills < KILLS && (await killWhileSending(a, url))) kills++;
    await finished(spawnTs(CHILD, [url, a.apiRoot]));
    const counts = new Map<string, number>();
    for (const p of a.callsOf("sendMessage")) {
      counts.set(String(p.chat_id), (counts.get(String(p.chat_id)) ?? 0) + 1);
    }
    const missing = ids.filter((id) => !counts.has(String(id)));
    const duplicates = [...counts.values()].reduce((s, n) => s + n - 1, 0);
    console.log(`crash test: ${kills} kills, ${duplicates} duplicate message(s)`);
    expect(kills).toBe(KILLS);
    expect(missing).toEqual([]);
    expect(duplicates).toBeLessThanOrEqual(kills);
    expect(await db.outbox.count({ where: { status: "sent" } })).toBe(RECIPIENTS);
    await db.$disconnect();
  }, 600_000);
});
