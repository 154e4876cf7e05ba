import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { FakeBotApi } from "../adapters/telegram/fake-bot-api.ts";
import { privateChat, user } from "../adapters/telegram/fake-updates.ts";
import { freshDb, tempDir } from "../support/db.ts";
import { jobs } from "../../src/jobs/registry.ts";
import { startArgs } from "../support/app.ts";

const repo = join(import.meta.dirname, "..", "..");
let fake: FakeBotApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

test("npm start with both platforms answers on Telegram, delivers the outbox, runs the schedule and stops on SIGTERM", async () => {
  const { db, url } = await freshDb();
  const mum = user(3003, "Mum");
  const chat = privateChat(mum);
  fake = await FakeBotApi.start();
  const api = fake;
  const child = spawn(process.execPath, startArgs(), {
    cwd: repo,
    env: {
      ...process.env,
      DATABASE_URL: url,
      // The WeChat session and any nightly backup go to a temp folder, not the repo's data/.
      DATA_DIR: tempDir(),
      TELEGRAM_BOT_TOKEN: "123456:SERVE-TOKEN",
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_URL: "",
      WECHATY_PUPPET: "wechaty-puppet-mock",
      LOG_LEVEL: "info",
    },
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));

  api.push(api.text(mum, chat, "帮助"));
  await api.waitFor(() => api.sentTo(chat.id).some((m) => m.text?.includes("绑定")), 45_000);
  // A notice queued by another process (the CLI, a job) reaches the chat through the sender.
  await db.outbox.create({
    data: {
      dedupeKey: "test:serve:3003",
      platform: "telegram",
      chatId: String(chat.id),
      kind: "broadcast",
      payload: JSON.stringify({ text: "图书馆通知：本周五闭馆" }),
      urgent: true,
    },
  });
  await api.waitFor(() => api.sentTo(chat.id).some((m) => m.text?.includes("本周五闭馆")), 30_000);
  // The process beats for `shuxiang health` (polling mode has no /healthz to ask).
  const beats = await db.heartbeat.findMany({ select: { platforms: true, beatAt: true } });
  expect(beats.map((b) => JSON.parse(b.platforms) as string[])).toEqual([["telegram", "wechat"]]);
  await db.$disconnect();
  child.kill("SIGTERM");

  expect(await exited).toBe(0);
  const msgs = stderr
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => (JSON.parse(l) as { msg: string }).msg);
  expect(msgs).toEqual(expect.arrayContaining(["telegram started", "stopping"]));
  // The schedule caught up at start: each job's last slot either ran or was skipped as too old.
  const ledgerJobs = Object.values(jobs).filter((j) => j.ledger).length;
  expect(msgs.filter((m) => m === "job done" || m.startsWith("missed run skipped")).length).toBe(
    ledgerJobs,
  );
  expect(msgs).not.toContain("wechat did not start");
}, 90_000);
