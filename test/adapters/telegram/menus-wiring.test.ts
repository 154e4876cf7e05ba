import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { RoleListeners } from "../../../src/compose.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import { dialogAreas } from "../../../src/dialogs/areas.ts";
import { Bot } from "../../../src/dialogs/bot.ts";
import type { Logger } from "../../../src/logger.ts";
import { testLibrary } from "../../support/library.ts";
import { chatWith, startHarness } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { privateChat, user } from "./fake-updates.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const names = (list: unknown) => (list as { command: string }[]).map((c) => c.command);

describe("Telegram menus as the bot serves", () => {
  it("publishes staff menus at start and gives an account that binds a librarian code its menu", async () => {
    const lib = await testLibrary();
    const member = await lib.db.chatMember.create({
      data: { platform: "telegram", userId: "501" },
    });
    await lib.db.binding.create({ data: { memberId: member.id, kind: "librarian" } });
    const slips = await issueCodes(lib, systemActor, { librarian: true });
    if (!slips.ok) throw new Error(slips.code);
    const code = slips.value[0]?.codes[0]?.code ?? "";
    const roles = new RoleListeners(pino({ level: "silent" }) as unknown as Logger);
    const hooks = {
      holdReady: async () => {},
      heardFrom: async () => {},
      rolesChanged: (who: { platform: string; userId: string }) => roles.tell(who),
    };
    h = await startHarness(lib, dialogAreas, {
      bot: (botName) =>
        new Bot({ lib, areas: dialogAreas, defaultLocale: "zh-CN", botName, hooks }),
      onRolesChanged: (listener) => roles.listen(listener),
    });
    expect(names(h.fake.commands.get("chat:501|"))).toContain("broadcast");
    expect(names(h.fake.commands.get(""))).not.toContain("broadcast");
    const newcomer = user(7001, "Lin");
    expect(h.fake.commands.has("chat:7001|")).toBe(false);
    await chatWith(h, newcomer, privateChat(newcomer)).send(`/bind ${code}`);
    expect(names(h.fake.commands.get("chat:7001|"))).toEqual(
      expect.arrayContaining(["checkout", "broadcast", "activity"]),
    );
  });
});
