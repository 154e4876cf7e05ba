import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsoleChat } from "../../../adapters/console/index.ts";
import type { ConsoleChatOptions } from "../../../adapters/console/index.ts";
import type { Db } from "../../../src/db/client.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import type { TurnHandler } from "../../../src/gate/types.ts";
import type { Inbound, Reply } from "../../../src/messages.ts";
import { freshDb, tempDir } from "../../support/db.ts";
import { testGate } from "../../support/gate.ts";
import { setup, startOrder } from "../../dialogs/engine/support.ts";

/** Feeds lines to a console chat and returns everything it printed. */
async function chat(
  lines: string[],
  route: TurnHandler,
  over: Partial<ConsoleChatOptions> = {},
  db?: Db,
): Promise<string> {
  const gate = testGate({ db: db ?? (await freshDb()).db, now: () => new Date() });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsoleChat({
    gate,
    handle: route,
    input,
    output,
    userId: "demo",
    interactive: false,
    ...over,
  });
  input.end(lines.join("\n") + "\n");
  await done;
  await gate.close();
  return printed;
}

describe("runConsoleChat", () => {
  it("runs a scripted dialog from piped lines, menus as numbered lists (上一步 and 取消 after a second question's choices)", async () => {
    const { db, runtime } = await setup();
    const rt = runtime();
    const seen: Inbound[] = [];
    const route: TurnHandler = async (inbound, scope) => {
      seen.push(inbound);
      if (inbound.text === "order") return rt.handle(inbound, startOrder, scope);
      return (await rt.handle(inbound, undefined, scope)) ?? [{ text: `search: ${inbound.text}` }];
    };
    const printed = await chat(["order", "Ann", "", "5", "2", "西游记"], route, {}, db);
    const row = await db.auditLog.findFirstOrThrow({ select: { id: true } });
    const menu = "  1. Small\n  2. Large\n  3. Back\n  4. Cancel\n";
    expect(printed).toBe(
      [
        "Hello!\nYour name?\n",
        `Size?\n${menu}`,
        `Please answer with a number from 1 to 4.\n${menu}`,
        `Ordered l for Ann (#${row.id}).\n`,
        "search: 西游记\n",
        "",
      ].join("\n"),
    );
    expect(seen[0]).toEqual({
      platform: "console",
      chatId: "demo",
      userId: "demo",
      isGroup: false,
      text: "order",
    });
    expect(seen).toHaveLength(5);
  });

  it("answers with an apology when routing throws, and keeps going", async () => {
    let calls = 0;
    const route = async (): Promise<Reply[]> => {
      calls += 1;
      if (calls === 1) throw new Error("down");
      return [{ text: "ok" }];
    };
    expect(await chat(["a", "b"], route)).toBe("抱歉，出了点问题，请稍后再试。\n\nok\n\n");
  });

  it("greets first, saying who you are, that 帮助 exists and that 上一步/取消 work in every step, when `npm start` opens it", async () => {
    const route = async (inbound: Inbound) => [{ text: `echo ${inbound.text}` }];
    const greeting = t("zh-CN", "console_welcome", { role: "parent" });
    const printed = await chat(["hi"], route, { interactive: true, greeting });
    expect(greeting).toContain("演示家长");
    expect(greeting).toContain("帮助");
    expect(greeting).toContain("上一步");
    expect(greeting).toContain("取消");
    expect(t("en", "console_welcome", { role: "librarian" })).toMatch(/help.*back.*cancel/);
    expect(printed.indexOf(greeting)).toBe(0);
    expect(printed).toContain("echo hi\n\n");
  });

  it("shows the 你> prompt in interactive mode", async () => {
    const route = async (inbound: Inbound) => [{ text: `echo ${inbound.text}` }];
    const printed = await chat(["hi"], route, { interactive: true });
    expect(printed).toContain("你> ");
    expect(printed).toContain("echo hi\n\n");
  });

  it("saves a file the bot sends under the export folder and prints its path", async () => {
    const dir = join(tempDir(), "exports");
    const bytes = Buffer.from("PK\u0003\u0004 a workbook");
    const file = { name: "逾期名单-2026-09-09.xlsx", base64: bytes.toString("base64") };
    const route: TurnHandler = async () => [{ text: "逾期名单（1 行）", file }];
    const printed = await chat(["导出"], route, { exportDir: dir });
    const path = join(dir, "逾期名单-2026-09-09.xlsx");
    expect(printed).toBe(`逾期名单（1 行）\n📎 ${path}\n\n`);
    expect(readFileSync(path)).toEqual(bytes);
  });

  it("saves a picture the bot sends (a chart) beside the exports and prints the text, then its path", async () => {
    const dir = join(tempDir(), "exports");
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = { name: "借阅图表-3-2-2026-09-07.png", base64: bytes.toString("base64") };
    const route: TurnHandler = async () => [
      { text: "3-2 班借阅图表", image },
      { text: "本周借阅统计" },
    ];
    const printed = await chat(["统计"], route, { exportDir: dir });
    const path = join(dir, "借阅图表-3-2-2026-09-07.png");
    expect(printed).toBe(`3-2 班借阅图表\n🖼 ${path}\n本周借阅统计\n\n`);
    expect(readFileSync(path)).toEqual(bytes);
  });
});
