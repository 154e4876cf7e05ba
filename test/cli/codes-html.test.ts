import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeBotApi } from "../adapters/telegram/fake-bot-api.ts";
import { tempDir } from "../support/db.ts";
import { roster, run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();
const token = "123456:TEST-token-for-slips";
let api: FakeBotApi | undefined;

afterEach(async () => {
  vi.unstubAllEnvs();
  await api?.close();
  api = undefined;
});

/** The codes on a slips page with the deep link each one's QR code carries. */
const linksOf = (html: string) =>
  [...html.matchAll(/data-code="([^"]+)"(?: data-link="([^"]+)")?/g)].map((m) => [m[1], m[2]]);

describe("shuxiang codes --html", () => {
  it("asks the Bot API who the bot is and puts its deep link in a QR code for every code", async () => {
    api = await FakeBotApi.start();
    vi.stubEnv("TELEGRAM_BOT_TOKEN", token);
    vi.stubEnv("TELEGRAM_API_ROOT", api.apiRoot);
    await run("import", "roster", roster());
    const file = join(tempDir(), "3-2.html");
    const r = await run("codes", "3-2", "--html", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`已把 2 张绑定条写入 ${file}（A4，每页 8 张`);
    expect(r.out).toContain("二维码打开 Telegram 机器人 @ShuxiangTestBot");
    expect(api.callsOf("getMe")).toHaveLength(1);
    const html = readFileSync(file, "utf8");
    expect(html.match(/<article class="slip">/g)).toHaveLength(2);
    expect(html.match(/<svg /g)).toHaveLength(4);
    const links = linksOf(html);
    expect(links).toHaveLength(4);
    for (const [code, link] of links)
      expect(link).toBe(`https://t.me/ShuxiangTestBot?start=${code}`);
    expect(html).toContain("张*明");
    expect(html).not.toContain("张小明");
    expect(html).not.toContain("李华");
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(await temp.db().bindingCode.count()).toBe(4);
  });

  it("without a bot token: no QR code, the binding words only, and it says so", async () => {
    vi.stubEnv("TELEGRAM_BOT_TOKEN", "");
    await run("import", "roster", roster());
    const file = join(tempDir(), "teachers.html");
    const r = await run("codes", "--teachers", "--html", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("没有配置 Telegram 机器人");
    const html = readFileSync(file, "utf8");
    expect(html).not.toContain("<svg");
    const [[code]] = linksOf(html) as [[string]];
    expect(html).toContain(`微信：给学校图书馆的微信号发送“绑定 ${code}”`);
  });

  it("uses --bot without asking Telegram", async () => {
    vi.stubEnv("TELEGRAM_BOT_TOKEN", "");
    await run("import", "roster", roster());
    const file = join(tempDir(), "librarian.html");
    expect((await run("codes", "--librarian", "--html", file, "--bot", "@SchoolBot")).code).toBe(0);
    const [[code, link]] = linksOf(readFileSync(file, "utf8")) as [[string, string]];
    expect(link).toBe(`https://t.me/SchoolBot?start=${code}`);
    expect((await run("codes", "--teachers", "--html", file, "--bot", "no way")).code).toBe(2);
  });

  it("issues nothing when Telegram cannot be reached, and never prints the token", async () => {
    api = await FakeBotApi.start();
    const root = api.apiRoot;
    await api.close();
    vi.stubEnv("TELEGRAM_BOT_TOKEN", token);
    vi.stubEnv("TELEGRAM_API_ROOT", root);
    await run("import", "roster", roster());
    const r = await run("codes", "3-2", "--html", join(tempDir(), "x.html"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("无法从 Telegram 查到机器人的用户名");
    expect(r.err).toContain("没有发放任何绑定码");
    expect(r.err).not.toContain("TEST-token");
    expect(await temp.db().bindingCode.count()).toBe(0);
  });

  it("issues nothing when the page cannot be written", async () => {
    await run("import", "roster", roster());
    const r = await run("codes", "3-2", "--html", join(tempDir(), "no-such-dir", "x.html"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("无法写入");
    expect(await temp.db().bindingCode.count()).toBe(0);
  });
});
