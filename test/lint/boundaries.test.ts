import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The folder direction of docs/architecture.md ("Import direction"), as eslint.config.js enforces it: each case is a
// one-line file at a path, importing a module; the arrow is refused or allowed.
const eslint = new ESLint({ cwd: process.cwd() });

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.endsWith("no-restricted-imports"))
    .map((m) => m.message);
}

const refused: [string, string][] = [
  ["src/db/x.ts", 'import type { Library } from "../core/library.ts";'],
  ["src/core/x.ts", 'import type { Reply } from "../dialogs/types.ts";'],
  ["src/core/x.ts", 'import { enqueue } from "../outbox/queue.ts";'],
  ["src/outbox/x.ts", 'import type { Locale } from "../dialogs/texts/index.ts";'],
  ["src/outbox/x.ts", 'import { runJob } from "../jobs/run-job.ts";'],
  ["src/dialogs/staff/x.ts", 'import { runJob } from "../../jobs/run-job.ts";'],
  ["src/jobs/x.ts", 'import type { Reply } from "../dialogs/types.ts";'],
  ["src/jobs/x.ts", 'import { runCli } from "../cli/index.ts";'],
  ["src/messages.ts", 'import type { Locale } from "./locale.ts";'],
  ["adapters/wechat/x.ts", 'import { allocateToken } from "../../src/core/members/identity.ts";'],
  ["adapters/telegram/x.ts", 'import { openDb } from "../../src/db/client.ts";'],
  ["src/dialogs/x.ts", 'import { Telegraf } from "telegraf";'],
];

const allowed: [string, string][] = [
  ["src/core/x.ts", 'import { openDb } from "../db/client.ts";'],
  ["src/dialogs/x.ts", 'import type { Library } from "../core/library.ts";'],
  ["src/jobs/x.ts", 'import { t } from "../dialogs/texts/index.ts";'],
  ["src/jobs/x.ts", 'import type { Locale } from "../locale.ts";'],
  ["src/outbox/x.ts", 'import type { Reply } from "../messages.ts";'],
  ["adapters/wechat/x.ts", 'import type { Library } from "../../src/core/library.ts";'],
  ["adapters/wechat/x.ts", 'import { tokenInRemark } from "../../src/dialogs/identity-keys.ts";'],
];

describe("folder boundaries", () => {
  it.each(refused)("%s may not: %s", async (file, code) => {
    expect(await refusals(file, code)).toHaveLength(1);
  });

  it.each(allowed)("%s may: %s", async (file, code) => {
    expect(await refusals(file, code)).toEqual([]);
  });

  it("no file of the project crosses a boundary today", async () => {
    const results = await eslint.lintFiles(["src", "adapters"]);
    const crossings = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId?.endsWith("no-restricted-imports"))
        .map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(crossings).toEqual([]);
  }, 300_000);
});
