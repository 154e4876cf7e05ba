import { storedBytes } from "../support/db.ts";
import { expect, it } from "vitest";
import { systemActor } from "../../src/core/actor.ts";
import { issueCodes } from "../../src/core/bindings/codes.ts";
import { demoSchool } from "../e2e/console-harness.ts";
import { talk, textOf } from "./support/talk.ts";

/**
 * test/core/bindings/codes.test.ts proves issuing stores only hashes; this follows the codes
 * through the Bot: typed after 绑定 was asked for, with /start, in lower case without the dash.
 */
it("leaves no plaintext binding code in the database file or its WAL after binding through the Bot", async () => {
  const { lib, bot } = await demoSchool();
  const slips = await issueCodes(lib, systemActor, { class: "2-1" });
  if (!slips.ok) throw new Error(slips.code);
  const [a, b] = slips.value;
  const parentCode = a?.codes.find((c) => c.kind === "parent")?.code ?? "?";
  const pupilCode = b?.codes.find((c) => c.kind === "pupil")?.code ?? "?";

  const parent = talk(bot, { userId: "fresh-parent" });
  await parent.say("绑定");
  const typed = parentCode.toLowerCase().replace("-", "");
  expect(textOf(await parent.say(typed))).toMatch(/已绑定/);
  const pupil = talk(bot, { userId: "fresh-pupil" });
  expect(textOf(await pupil.say(`/start ${pupilCode}`))).toMatch(/已绑定/);
  expect(
    await lib.db.binding.count({ where: { member: { userId: { startsWith: "fresh-" } } } }),
  ).toBe(2);

  const bytes = await storedBytes(lib.db);
  await lib.db.$disconnect();
  const has = (s: string) => bytes.includes(Buffer.from(s, "utf8"));
  expect(has("fresh-parent")).toBe(true);
  for (const code of [parentCode, pupilCode]) {
    for (const form of [code, code.replace("-", ""), code.toLowerCase(), typed]) {
      expect(has(form), `"${form}" is in the database file`).toBe(false);
    }
  }
});
