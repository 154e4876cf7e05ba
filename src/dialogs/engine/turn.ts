import { ReplayEngine } from "@grammyjs/conversations/out/engine.js";
import type { ReplayResult } from "@grammyjs/conversations/out/engine.js";
import type { SessionKey } from "../../db/dialog-session-repo.ts";
import { t } from "../texts/index.ts";
import type { Locale } from "../../locale.ts";
import type { Dialog } from "../types.ts";
import type { Reply } from "../../messages.ts";
import { TurnConversation } from "./conversation.ts";
import { DialogError } from "./errors.ts";
import type { StopReason, TurnSetup } from "./conversation.ts";
import { turnReplies } from "./replies.ts";
import type { Wait } from "./session-state.ts";

/** How one turn of a dialog ended. */
export type TurnOutcome =
  | { kind: "waiting"; replies: Reply[]; wait: Wait }
  | { kind: "done"; replies: Reply[] }
  | { kind: "mismatch" }
  | { kind: "conflict" }
  | { kind: "failed"; error: unknown };

/**
 * Replays a dialog over `setup.log` (mutated in place: it becomes the new state) up to its next
 * wait or its end. Never throws: a failing dialog is an outcome like any other.
 */
export async function runTurn(
  dialog: Dialog<unknown>,
  args: unknown,
  setup: TurnSetup,
): Promise<TurnOutcome> {
  let conversation: TurnConversation | undefined;
  const engine = new ReplayEngine(async (controls) => {
    conversation = new TurnConversation(controls, setup);
    await dialog(conversation, args);
  });
  const result = await engine.replay(setup.log);
  if (!conversation) return { kind: "failed", error: new Error("the dialog never started") };
  return outcome(result, conversation);
}

function outcome(result: ReplayResult, c: TurnConversation): TurnOutcome {
  switch (result.type) {
    case "canceled":
      return fromStop(result.message as StopReason);
    case "thrown":
      return isBadReplay(result.error)
        ? { kind: "mismatch" }
        : { kind: "failed", error: result.error };
    case "returned":
      if (!c.live) return { kind: "mismatch" };
      return { kind: "done", replies: withFiles(c.files, turnReplies(c.out)) };
    case "interrupted": {
      const wait = c.wait;
      const single = result.interrupts.length === 1 && result.interrupts[0] === wait?.op;
      if (!c.live || !wait || !single) return { kind: "mismatch" };
      const menu = wait.kind === "choice" ? wait : undefined;
      return { kind: "waiting", replies: withFiles(c.files, turnReplies(c.out, menu)), wait };
    }
  }
}

/** A turn's files and pictures go out before its texts (most turns have none). */
const withFiles = (files: Reply[], replies: Reply[]): Reply[] =>
  files.length === 0 ? replies : [...files, ...replies];

function fromStop(reason: StopReason): TurnOutcome {
  if (reason === "mismatch") return { kind: "mismatch" };
  return { kind: "failed", error: reason.failed };
}

/** The engine's own check ("Bad replay, expected op …"), should ours ever miss a change. */
function isBadReplay(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith("Bad replay");
}

/**
 * The replies of a turn's outcome: a mismatch asks to start again, a conflict says another
 * device moved the dialog on; a failed dialog throws `DialogError` (it has ended then).
 */
export function concludeTurn(
  key: SessionKey,
  dialog: string,
  locale: Locale,
  out: TurnOutcome,
): Reply[] {
  switch (out.kind) {
    case "waiting":
    case "done":
      return out.replies;
    case "mismatch":
      return [{ text: t(locale, "start_again") }];
    case "conflict":
      return [{ text: t(locale, "session_conflict") }];
    case "failed":
      throw new DialogError(`dialog "${dialog}" failed`, { ...key, dialog }, { cause: out.error });
  }
}
