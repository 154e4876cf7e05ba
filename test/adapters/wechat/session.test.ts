import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Wechaty } from "wechaty";
import { WechatyImpl } from "wechaty/impls";
import { ScanStatus } from "wechaty-puppet/types";
import { mock, PuppetMock } from "wechaty-puppet-mock";
import { wechatOptions } from "../../../adapters/wechat/index.ts";
import { wechatyOptions } from "../../../adapters/wechat/puppet.ts";
import { loadConfig } from "../../../src/config.ts";
import { tempDir } from "../../support/db.ts";
import { waitFor } from "./fixtures.ts";

/**
 * A puppet that keeps its login as the web-protocol ones do: the session it stored in its
 * memory card logs it straight back in at start; without one it shows a login QR code.
 */
class SessionPuppet extends PuppetMock {
  override async onStart(): Promise<void> {
    await super.onStart();
    const session = await this.memory.get<string>("session");
    if (session) setImmediate(() => this.login(session));
    else
      this.emit("scan", { qrcode: "https://login.weixin.qq.com/l/x", status: ScanStatus.Waiting });
  }

  override login(userId: string): void {
    super.login(userId);
    void this.memory.set("session", userId).then(() => this.memory.save());
  }
}

const running: Wechaty[] = [];
afterEach(async () => {
  for (const w of running.splice(0)) await w.stop();
});

/** Starts wechaty as startWechat does, counting QR codes and logins. */
async function startBot(mocker: mock.Mocker, sessionName: string) {
  const seen = { scans: 0, logins: 0 };
  const wechaty = new WechatyImpl(
    wechatyOptions({ puppet: new SessionPuppet({ mocker }), sessionName }),
  );
  wechaty.on("scan", () => (seen.scans += 1));
  wechaty.on("login", () => (seen.logins += 1));
  running.push(wechaty);
  await wechaty.start();
  return { wechaty, seen };
}

describe("the WeChat login across restarts", () => {
  it("is kept under DATA_DIR/wechat, so a restart logs in without a new QR scan", async () => {
    const dataDir = join(tempDir(), "data");
    const config = loadConfig({ DATA_DIR: dataDir, WECHATY_PUPPET: "wechaty-puppet-wechat4u" });
    const base = { bot: {}, gate: {}, lib: {}, log: {} } as unknown as Parameters<
      typeof wechatOptions
    >[1];
    const { sessionName } = wechatOptions(config, base);
    expect(sessionName).toBe(join(dataDir, "wechat", "shuxiang"));

    const mocker = new mock.Mocker();
    const account = mocker.createContact({ name: "书香" });
    const first = await startBot(mocker, sessionName ?? "");
    await waitFor(() => first.seen.scans === 1);
    mocker.login(account);
    const file = join(dataDir, "wechat", "shuxiang.memory-card.json");
    await waitFor(() => first.seen.logins === 1 && existsSync(file));
    expect(statSync(join(dataDir, "wechat")).mode & 0o777).toBe(0o700);
    await first.wechaty.stop();
    running.length = 0;

    // A new process: a new puppet, with WeChat's servers still knowing the account.
    const again = new mock.Mocker();
    again.createContact({ id: account.id, name: "书香" });
    const second = await startBot(again, sessionName ?? "");
    await waitFor(() => second.seen.logins === 1);
    expect(second.seen.scans).toBe(0);
    expect(second.wechaty.currentUser.id).toBe(account.id);
  });

  it("takes its name from WECHAT_SESSION", () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir, WECHATY_PUPPET: "x", WECHAT_SESSION: "lib-2" });
    const base = {} as Parameters<typeof wechatOptions>[1];
    expect(wechatOptions(config, base).sessionName).toBe(join(dataDir, "wechat", "lib-2"));
  });
});
