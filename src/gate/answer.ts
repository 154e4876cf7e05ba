import type { Db } from "../db/client.ts";
import { applySessionWrite } from "../db/dialog-session-repo.ts";
import type { SessionWrite } from "../db/dialog-session-repo.ts";
import { deleteEffectReceipts, findEffectReceipts } from "../db/effect-receipt-repo.ts";
import { commitInboundReplies } from "../db/inbound-update-repo.ts";
import type { TurnScope } from "../dialogs/engine/turn-scope.ts";
import type { Logger } from "../logger.ts";
import type { Inbound, Reply } from "../messages.ts";
import type { DoneMarks } from "./done-marks.ts";
import type { StoredUpdate, TurnHandler } from "./types.ts";

export interface GateContext {
  db: Db;
  owner: string;
  now: () => Date;
  log: Logger;
  /** "Done" marks written with this process's next commit. */
  marks: DoneMarks;
}

export interface AnswerOptions {
  handle: TurnHandler;
  words: { apology: string; conflict: string };
  /** This attempt's number (1 the first time); later ones read the receipts of earlier ones. */
  attempt: number;
  /** Past this many attempts the message is answered with the apology, unhandled. */
  max: number;
}

/** The commit found the dialog moved on by someone else: commit the replies without it. */
class SessionMoved extends Error {
  override readonly name = "SessionMoved";
}

/** The update's lease passed to another process meanwhile: that one answers it. */
class LeaseLost extends Error {
  override readonly name = "LeaseLost";
}

/**
 * Handles an update held under lease and commits, in one transaction, the dialog state the
 * turn wrote, its replies (status "answered") and the end of its effect receipts. Null when the
 * lease was lost meanwhile (another process answers it; receipts kept its writes single).
 */
export async function answerUpdate(
  ctx: GateContext,
  id: number,
  update: StoredUpdate,
  opts: AnswerOptions,
): Promise<Reply[] | null> {
  const known = opts.attempt > 1 ? await findEffectReceipts(ctx.db, id) : new Map<string, string>();
  const scope: TurnScope = { sessionWrites: [], effects: { updateRef: id, known, written: 0 } };
  const replies = await repliesFor(ctx, update, scope, opts);
  try {
    try {
      await commit(ctx, id, scope, scope.sessionWrites, replies);
      return replies;
    } catch (e) {
      if (!(e instanceof SessionMoved)) throw e;
    }
    const moved = [{ text: opts.words.conflict }];
    await commit(ctx, id, scope, [], moved);
    return moved;
  } catch (e) {
    if (e instanceof LeaseLost) return null;
    throw e;
  }
}

async function repliesFor(
  ctx: GateContext,
  update: StoredUpdate,
  scope: TurnScope,
  opts: AnswerOptions,
): Promise<Reply[]> {
  if (update.answer) return update.answer;
  const { inbound } = update;
  if (opts.attempt > opts.max) {
    ctx.log.error(
      { attempts: opts.attempt - 1 },
      "message answered unhandled after failed attempts",
    );
    return apology(inbound, opts.words.apology);
  }
  try {
    return await opts.handle(inbound, scope);
  } catch (err) {
    ctx.log.error({ err, platform: inbound.platform }, "message handling failed");
    return apology(inbound, opts.words.apology);
  }
}

/** The apology, in a group only when the bot was spoken to. */
function apology(inbound: Inbound, text: string): Reply[] {
  return isAddressed(inbound) ? [{ text }] : [];
}

/** Whether a message spoke to the bot: any private one; in a group a mention or a command. */
export function isAddressed(inbound: Inbound): boolean {
  return (
    !inbound.isGroup ||
    inbound.mentioned === true ||
    (inbound.text ?? "").trimStart().startsWith("/")
  );
}

/** Commits the turn, with the "done" marks of updates answered before it. */
function commit(
  ctx: GateContext,
  id: number,
  scope: TurnScope,
  writes: SessionWrite[],
  replies: Reply[],
): Promise<void> {
  return ctx.marks.commitWith(async (tx) => {
    for (const w of writes) if (!(await applySessionWrite(tx, w))) throw new SessionMoved();
    if (!(await commitInboundReplies(tx, id, ctx.owner, JSON.stringify(replies)))) {
      throw new LeaseLost();
    }
    if (scope.effects.written > 0 || scope.effects.known.size > 0) {
      await deleteEffectReceipts(tx, id);
    }
  });
}
