import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildDemoSchool } from "../../src/demo/build.ts";
import { dialogAreas } from "../../src/dialogs/areas.ts";
import { t } from "../../src/dialogs/texts/index.ts";
import { FakeBotApi } from "../adapters/telegram/fake-bot-api.ts";
import { privateChat, user } from "../adapters/telegram/fake-updates.ts";
import { chatWith, startHarness, textsOf } from "../adapters/telegram/fixtures.ts";
import type { Harness } from "../adapters/telegram/fixtures.ts";
import { breakSuggestions, logPupils, logSchool, realClockLibrary } from "./support/log-school.ts";
import { startArgs } from "../support/app.ts";

const repo = join(import.meta.dirname, "..", "..");
const TOKEN = "123456:HARDENING-TOKEN";
const suggestion = `建议 ${logPupils[0].name} 的借书证 ${logPupils[0].cardNumber} 丢了`;

function expectClean(log: string, secrets: string[]): void {
  for (const s of [...secrets, TOKEN]) expect(log, `the log contains "${s}"`).not.toContain(s);
}

let h: Harness | undefined;
let fake: FakeBotApi | undefined;
afterEach(async () => {
  await h?.close();
  await fake?.close();
  h = fake = undefined;
});

describe("logs of a bind, a renewal and a failing handler", () => {
  it("the Telegram adapter logs none of the names, cards or codes, even at debug", async () => {
    const s = await logSchool();
    h = await startHarness(s.lib, dialogAreas);
    const mum = user(1001, "Mum");
    const chat = chatWith(h, mum, privateChat(mum));
    expect(textsOf(await chat.send(`/start ${s.parentCode}`))).toContain("欧**月（3-1 班）");
    await chat.send("/renew");
    expect(textsOf(await chat.press("水浒传"))).toMatch(/已续借/);
    expect(textsOf(await chat.send(suggestion))).toBe(t("zh-CN", "apology"));
    const failed = h.lines.filter((l) => l.msg === "message handling failed");
    expect(failed).toHaveLength(1);
    expectClean(JSON.stringify(h.lines), s.secrets);
  });

  it("`npm start` with a Telegram token logs none of them on stderr at info", async () => {
    const s = await logSchool();
    fake = await FakeBotApi.start();
    const env = {
      ...process.env,
      DATABASE_URL: s.url,
      TELEGRAM_BOT_TOKEN: TOKEN,
      LOG_LEVEL: "info",
    };
    const child = spawn(process.execPath, startArgs(), {
      cwd: repo,
      env: { ...env, TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_WEBHOOK_URL: "" },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const api = fake;
    const mum = user(2002, "Mum");
    const chat = privateChat(mum);
    const answer = async (push: () => void) => {
      const before = api.sentTo(chat.id).length;
      push();
      await api.waitFor(() => api.sentTo(chat.id).length > before, 30_000);
      return api
        .sentTo(chat.id)
        .slice(before)
        .map((m) => m.text)
        .join("\n");
    };
    expect(await answer(() => api.push(api.text(mum, chat, `/start ${s.parentCode}`)))).toContain(
      "欧**月（3-1 班）",
    );
    await answer(() => api.push(api.text(mum, chat, "/renew")));
    const button = api.button(chat.id, "水浒传");
    expect(await answer(() => api.push(api.press(mum, button.messageId, button.data)))).toMatch(
      /已续借/,
    );
    expect(await answer(() => api.push(api.text(mum, chat, suggestion)))).toBe(
      t("zh-CN", "apology"),
    );
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const lines = stderr.split("\n").filter((l) => l.startsWith("{"));
    const msgs = lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(msgs).toEqual(expect.arrayContaining(["telegram started", "message handling failed"]));
    expectClean(stderr, s.secrets);
  }, 60_000);

  it("`shuxiang chat` logs a failing handler without the names or cards of the demo school", async () => {
    const { lib, url } = await realClockLibrary();
    const built = await buildDemoSchool(lib);
    expect(built.ok).toBe(true);
    await breakSuggestions(lib.db);
    const patrons = await lib.db.patron.findMany({ select: { name: true, cardNumber: true } });
    const child = await lib.db.patron.findFirstOrThrow({
      where: { bindings: { some: { kind: "guardian" } } },
      select: { name: true, cardNumber: true },
    });
    await lib.db.$disconnect();
    const run = spawnSync(process.execPath, ["bin/shuxiang.js", "chat", "--as", "parent"], {
      cwd: repo,
      input: `续借\n1\n建议 ${child.name} 的证 ${child.cardNumber} 丢了\n`,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "info" },
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(t("zh-CN", "apology"));
    expect(run.stderr).toContain("message handling failed");
    expectClean(
      run.stderr,
      patrons.flatMap((p) => [p.name, p.cardNumber]),
    );
  }, 60_000);
});
