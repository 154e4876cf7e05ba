import { PassThrough } from "node:stream";
import { runConsoleChat } from "../../adapters/console/index.ts";
import type { Library } from "../../src/core/library.ts";
import { buildDemoSchool } from "../../src/demo/build.ts";
import { demoUserIds } from "../../src/demo/members.ts";
import type { DemoRole } from "../../src/demo/members.ts";
import { dialogAreas } from "../../src/dialogs/areas.ts";
import { Bot } from "../../src/dialogs/bot.ts";
import { loadCalendar } from "../../src/bootstrap.ts";
import { testGate } from "../support/gate.ts";
import { testLibrary } from "../support/library.ts";

/** The default demo school on a fresh database, with the bot every adapter feeds. */
export async function demoSchool(at = "2026-09-09T10:00:00+08:00") {
  const base = await testLibrary({ at });
  const built = await buildDemoSchool(base);
  if (!built.ok) throw new Error(`demo failed: ${built.code}`);
  const lib: Library & { clock: typeof base.clock } = {
    ...base,
    calendar: await loadCalendar(base.db, [6, 7]),
  };
  const bot = new Bot({ lib, areas: dialogAreas, defaultLocale: "zh-CN" });
  return { lib, bot };
}

/**
 * Types `lines` into the terminal chat as a demo member (or any console user id) and returns
 * one printed block per line, as `shuxiang chat` prints them when piped.
 */
export async function chat(bot: Bot, who: DemoRole | { userId: string }, lines: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const gate = testGate(bot.lib);
  const done = runConsoleChat({
    gate,
    handle: (inbound, scope) => bot.handle(inbound, scope),
    input,
    output,
    userId: typeof who === "string" ? demoUserIds[who] : who.userId,
    interactive: false,
  });
  input.end(lines.join("\n") + "\n");
  await done;
  await gate.close();
  return printed.split("\n\n").slice(0, -1);
}
