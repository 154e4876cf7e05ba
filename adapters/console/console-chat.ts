import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { t } from "../../src/dialogs/texts/index.ts";
import type { Inbound, Reply } from "../../src/messages.ts";
import { renderBlock } from "./render.ts";

export interface ConsoleChatOptions {
  /** Answers one inbound message (the router: commands, dialogs, search). */
  route: (inbound: Inbound) => Promise<Reply[]>;
  input: Readable;
  output: Writable;
  userId: string;
  /** A TTY: show the `你> ` prompt and let readline edit the line. */
  interactive: boolean;
  /** Answers a message whose routing threw (log it here); default: the zh-CN apology. */
  onError?: (error: unknown) => Reply[];
}

/**
 * Talks to the bot in a terminal: each input line is one private message on platform
 * "console" (chatId = userId); the replies print as a block followed by a blank line, menus as
 * numbered lists answered by typing the digit. Resolves when the input ends.
 */
export async function runConsoleChat(opts: ConsoleChatOptions): Promise<void> {
  const { input, output, interactive, userId } = opts;
  const rl = createInterface(
    interactive
      ? { input, output, terminal: true, prompt: "你> " }
      : { input, crlfDelay: Infinity },
  );
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text) {
      const inbound: Inbound = {
        platform: "console",
        chatId: userId,
        userId,
        isGroup: false,
        text,
      };
      output.write(renderBlock(await answer(opts, inbound)));
    }
    if (interactive) rl.prompt();
  }
}

async function answer(opts: ConsoleChatOptions, inbound: Inbound): Promise<Reply[]> {
  try {
    return await opts.route(inbound);
  } catch (error) {
    return opts.onError ? opts.onError(error) : [{ text: t("zh-CN", "apology") }];
  }
}
