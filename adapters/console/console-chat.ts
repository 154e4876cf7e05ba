import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { InboundGate } from "../../src/gate/gate.ts";
import type { TurnHandler } from "../../src/gate/types.ts";
import type { Inbound } from "../../src/messages.ts";
import { renderReply } from "./render.ts";
import { saveFile } from "./save-file.ts";

export interface ConsoleChatOptions {
  /** Where each line goes, as every platform's messages do. */
  gate: InboundGate;
  /** Answers one message (the Bot). */
  handle: TurnHandler;
  input: Readable;
  output: Writable;
  userId: string;
  /** A TTY: show the `你> ` prompt and let readline edit the line. */
  interactive: boolean;
  /** Printed once before the first prompt (who you are, and that 帮助 exists). */
  greeting?: string;
  /** Where files the bot sends (exports) are saved, their path printed; default ./exports. */
  exportDir?: string;
}

const PLATFORM = "console";

/**
 * Talks to the bot in a terminal: each input line is one private message on platform
 * "console" (chatId = userId) handed to the inbound gate; its replies print as a block followed
 * by a blank line, menus as numbered lists answered by typing the digit; a file (an export)
 * or a picture (a chart) is saved under `exportDir` and its path printed. Resolves when the
 * input ends and the last line is answered.
 */
export async function runConsoleChat(opts: ConsoleChatOptions): Promise<void> {
  const { input, output, interactive, userId, gate } = opts;
  const printed = { any: false };
  gate.register(PLATFORM, {
    handle: opts.handle,
    port: {
      async send(_chatId, reply) {
        const file = reply.file ?? reply.image;
        const saved = file && (await saveFile(opts.exportDir ?? "exports", file));
        const mark = reply.file ? "📎" : "🖼";
        output.write(
          [renderReply(reply), ...(saved ? [`${mark} ${saved}`] : [])].join("\n") + "\n",
        );
        printed.any = true;
        return { status: "sent" };
      },
    },
  });
  const rl = createInterface(
    interactive
      ? { input, output, terminal: true, prompt: "你> " }
      : { input, crlfDelay: Infinity },
  );
  const session = randomBytes(6).toString("base64url");
  let n = 0;
  if (opts.greeting) output.write(opts.greeting + "\n\n");
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text) {
      const inbound: Inbound = { platform: PLATFORM, chatId: userId, userId, isGroup: false, text };
      printed.any = false;
      await gate.accept({ platform: PLATFORM, updateId: `${session}:${++n}`, inbound });
      await gate.settled(PLATFORM, userId);
      output.write(printed.any ? "\n" : "\n\n");
    }
    if (interactive) rl.prompt();
  }
}
