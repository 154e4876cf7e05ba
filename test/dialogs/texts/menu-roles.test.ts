import { describe, expect, it } from "vitest";
import { commands } from "../../../src/dialogs/commands.ts";
import type { Command } from "../../../src/dialogs/commands.ts";
import { t } from "../../../src/dialogs/texts/index.ts";

// Issue 16 Deliver 4: parents' Telegram menu described 逾期 as "本班逾期名单（教师）".
describe("Telegram menu descriptions", () => {
  const readers = commands.filter((c: Command) => c.roles.includes("reader"));

  it.each(readers.map((c: Command) => c.intent))(
    "describe %s without calling it a teachers' command, since parents see it too",
    (intent) => {
      const c = readers.find((k: Command) => k.intent === intent);
      expect(c).toBeDefined();
      if (!c) return;
      expect(t("zh-CN", c.menu)).not.toMatch(/教师|老师/);
      expect(t("en", c.menu)).not.toMatch(/teacher/i);
    },
  );
});
