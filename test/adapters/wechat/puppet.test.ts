import { afterEach, describe, expect, it } from "vitest";
import { contactIdsOf, wechatyOptions } from "../../../adapters/wechat/puppet.ts";
import { startWechat } from "../../../adapters/wechat/start.ts";
import type { WechatHandle } from "../../../adapters/wechat/start.ts";
import { dialogAreas } from "../../../src/dialogs/areas.ts";
import { Bot } from "../../../src/dialogs/bot.ts";
import { testGate } from "../../support/gate.ts";
import { testLibrary } from "../../support/library.ts";
import { memoryLogger } from "./fixtures.ts";

let handle: WechatHandle | undefined;
afterEach(async () => {
  await handle?.stop();
  handle = undefined;
});

describe("choosing the puppet", () => {
  it("treats web-protocol puppets as handing out new contact ids at each login", () => {
    expect(contactIdsOf("wechaty-puppet-wechat4u")).toBe("session");
    expect(contactIdsOf("wechaty-puppet-wechat")).toBe("session");
    expect(contactIdsOf("wechaty-puppet-service")).toBe("stable");
    expect(contactIdsOf("wechaty-puppet-padlocal")).toBe("stable");
  });

  it("passes the service token to the puppet by name", () => {
    expect(wechatyOptions({ puppet: "wechaty-puppet-service", puppetToken: "t0k" })).toEqual({
      puppet: "wechaty-puppet-service",
      puppetOptions: { token: "t0k" },
    });
    expect(wechatyOptions({ puppet: "wechaty-puppet-wechat4u", sessionName: "data/wx" })).toEqual({
      name: "data/wx",
      puppet: "wechaty-puppet-wechat4u",
      puppetOptions: {},
    });
  });

  it("logs a puppet that cannot be loaded and resolves, so the process keeps running", async () => {
    const lib = await testLibrary();
    const { log, lines } = memoryLogger();
    const bot = new Bot({ lib, areas: dialogAreas, defaultLocale: "zh-CN" });
    const gate = testGate(lib, { log });
    handle = await startWechat({ puppet: "wechaty-puppet-not-installed", bot, gate, lib, log });
    const errors = lines.filter((l) => l["level"] === 50).map((l) => l["msg"]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((m) => m === "wechat did not start" || m === "wechat error")).toBe(true);
  });
});
