import { ReplayEngine } from "@grammyjs/conversations/out/engine.js";
import type { ReplayState } from "@grammyjs/conversations/out/engine.js";
import type { Db } from "../../db/client.ts";
import { applySessionWrite, loadDialogSession } from "../../db/dialog-session-repo.ts";
import type { DialogSessionRow, SessionKey, SessionWrite } from "../../db/dialog-session-repo.ts";
import { t } from "../texts/index.ts";
import type { Locale } from "../../locale.ts";
import type { Dialog, DialogStart } from "../types.ts";
import { BACK_CONTROL, CANCEL_CONTROL } from "../../messages.ts";
import type { Inbound, Reply } from "../../messages.ts";
import { isBackText, isCancelText, matchAnswer } from "./answer.ts";
import { rewindToPreviousQuestion } from "./back.ts";
import { DialogError } from "./errors.ts";
import { KeyedQueue } from "./key-queue.ts";
import type { DialogRegistry } from "./registry.ts";
import { parseSessionState, serializeSessionState, stateVersion } from "./session-state.ts";
import type { SessionState } from "./session-state.ts";
import { concludeTurn, runTurn } from "./turn.ts";
import type { TurnOutcome } from "./turn.ts";
import type { TurnScope } from "./turn-scope.ts";

export interface DialogRuntimeOptions {
  db: Db;
  registry: DialogRegistry;
  /** The clock for idle expiry (tests pass a fake one). */
  now?: () => Date;
  /** A dialog idle this long is gone; default 10 minutes. */
  idleMs?: number;
  /** The language of "已取消" when no dialog (and so no dialog locale) is there. */
  defaultLocale?: Locale;
}

/** No dialog took the message; the row at `drop` (a version), if any, is to go. */
interface Dropped {
  drop: number | undefined;
}

/** Where a turn resumes: the waiting dialog, its stored state and the row's version. */
interface Resume {
  name: string;
  dialog: Dialog<unknown>;
  version: number;
  state: SessionState;
}

/**
 * Runs dialogs for every platform: starts one, resumes the waiting one with the next message,
 * persists its replay state per (platform, chatId, userId) after every turn (one read and one
 * write). Under the inbound gate (a `TurnScope`) the write is handed to the gate, which commits
 * it with the turn's replies, and the turn's core writes are receipted; without one (tests,
 * tools) it is written at once. Messages of one user in one chat are handled in order.
 */
export class DialogRuntime {
  private readonly queue = new KeyedQueue();
  private readonly now: () => Date;
  private readonly idleMs: number;
  private readonly defaultLocale: Locale;

  constructor(private readonly opts: DialogRuntimeOptions) {
    this.now = opts.now ?? (() => new Date());
    this.idleMs = opts.idleMs ?? 10 * 60_000;
    this.defaultLocale = opts.defaultLocale ?? "zh-CN";
  }

  /**
   * Handles one inbound message. With `start`, the named dialog starts (dropping any waiting
   * one). Without, the message answers the waiting dialog; `null` means no dialog is waiting
   * and the caller decides (a command, a search). A cancel word always gets an answer.
   * Throws `DialogError` only when a dialog itself failed; it has ended then.
   */
  handle(inbound: Inbound, start: DialogStart, scope?: TurnScope): Promise<Reply[]>;
  handle(inbound: Inbound, start?: undefined, scope?: TurnScope): Promise<Reply[] | null>;
  handle(inbound: Inbound, start?: DialogStart, scope?: TurnScope): Promise<Reply[] | null> {
    const key = keyOf(inbound);
    const turn = new Turn(this.opts.db, scope);
    const job = async () => {
      if (start) return this.begin(turn, key, start);
      const resumed = await this.resume(turn, key, inbound);
      if (Array.isArray(resumed)) return resumed;
      await this.drop(turn, key, resumed.drop);
      return null;
    };
    return this.queue.run(queueKey(key), job);
  }

  /**
   * Like `handle(inbound)`, but when no dialog takes the message `next` decides instead: a
   * dialog to start or the replies. A dropped dialog (typed text fell through its menu, or it
   * idled out) is then replaced by the new dialog's row, or deleted, in one write.
   */
  offer(
    inbound: Inbound,
    next: () => Promise<DialogStart | Reply[]>,
    scope?: TurnScope,
  ): Promise<Reply[]> {
    const key = keyOf(inbound);
    const turn = new Turn(this.opts.db, scope);
    const job = async () => {
      const resumed = await this.resume(turn, key, inbound);
      if (Array.isArray(resumed)) return resumed;
      let replaced = false;
      try {
        const decided = await next();
        if (Array.isArray(decided)) return decided;
        // Starting a known dialog writes its key's row (replace or delete) whatever came before.
        replaced = this.opts.registry.get(decided.dialog) !== undefined;
        return await this.begin(turn, key, decided);
      } finally {
        if (!replaced) await this.drop(turn, key, resumed.drop);
      }
    };
    return this.queue.run(queueKey(key), job);
  }

  /** Deletes a dropped dialog's row unless another process moved it on meanwhile. */
  private async drop(turn: Turn, key: SessionKey, version: number | undefined): Promise<void> {
    if (version !== undefined) await turn.write({ kind: "delete", key, expected: version });
  }

  private async begin(turn: Turn, key: SessionKey, start: DialogStart): Promise<Reply[]> {
    const { dialog: name, locale } = start;
    const dialog = this.opts.registry.get(name);
    if (!dialog) throw new DialogError(`unknown dialog "${name}"`, { ...key, dialog: name });
    const args = jsonCopy(start.args);
    const log = { send: [], receive: [] };
    const setup = { locale, log, resumeOp: null, effects: turn.effects };
    const out = await runTurn(dialog, args, setup);
    if (out.kind === "waiting") {
      const state = serializeSessionState({
        v: stateVersion,
        locale,
        args,
        replay: log,
        wait: out.wait,
      });
      await turn.write({ kind: "replace", key, dialog: name, state, at: this.now() });
    } else await turn.write({ kind: "delete", key });
    return concludeTurn(key, name, locale, out);
  }

  /** The replies of the waiting dialog, or what to drop when none takes the message. */
  private async resume(turn: Turn, key: SessionKey, inbound: Inbound): Promise<Reply[] | Dropped> {
    const row = await loadDialogSession(this.opts.db, key);
    const active = row && !this.isIdle(row) ? row : null;
    if (isCancelText(inbound.text)) return this.cancel(turn, key, row, active);
    if (!active) return this.nothingWaits(inbound, row);
    const state = parseSessionState(active.state);
    const dialog = this.opts.registry.get(active.dialog);
    if (!state || !dialog) return this.startAgain(turn, key, active.version, state?.locale);
    const from = { name: active.dialog, dialog, version: active.version, state };
    if (isBackText(inbound.text)) return this.back(turn, key, from);
    const speaking = speakingOf(state);
    const answer = matchAnswer(state.wait, inbound, speaking);
    if (answer.kind === "expired") return [{ text: t(speaking, "menu_expired"), expired: true }];
    if (answer.kind === "reprompt") return answer.replies;
    if (answer.kind === "ignored") return [];
    if (answer.kind === "fallthrough") return { drop: active.version };
    if (answer.value === BACK_CONTROL) return this.back(turn, key, from);
    if (answer.value === CANCEL_CONTROL) return this.cancel(turn, key, row, active);
    const log = appendableCopy(state.replay);
    ReplayEngine.supply(log, state.wait.op, answer.value);
    return this.replay(turn, key, from, { log, resumeOp: state.wait.op });
  }

  /** 上一步: the previous question asked again (the first one again, saying so). */
  private async back(turn: Turn, key: SessionKey, from: Resume): Promise<Reply[]> {
    const { log, resumeOp, first } = rewindToPreviousQuestion(
      from.state.replay,
      from.state.wait.op,
    );
    const replies = await this.replay(turn, key, from, { log, resumeOp });
    const note = t(speakingOf(from.state), first ? "back_at_first" : "back_done");
    const [head, ...rest] = replies;
    return head ? [{ ...head, text: `${note}\n${head.text}` }, ...rest] : [{ text: note }];
  }

  /** 上一步 with no dialog waiting is answered in a private chat; anything else is dropped. */
  private nothingWaits(inbound: Inbound, row: DialogSessionRow | null): Reply[] | Dropped {
    if (!isBackText(inbound.text) || inbound.isGroup) return { drop: row?.version };
    return [{ text: t(this.defaultLocale, "nothing_to_go_back") }];
  }

  /** Replays the waiting dialog over `log` (live after `resumeOp`) and stores where it stops. */
  private async replay(
    turn: Turn,
    key: SessionKey,
    from: Resume,
    run: { log: ReplayState; resumeOp: number | null },
  ): Promise<Reply[]> {
    const { state, dialog, name } = from;
    const setup = { locale: state.locale, ...run, effects: turn.effects };
    const out = await runTurn(dialog, state.args, setup);
    const stored = await this.store(turn, key, from.version, out, { ...state, replay: run.log });
    const conflict: TurnOutcome = { kind: "conflict" };
    return concludeTurn(key, name, state.locale, stored ? out : conflict);
  }

  /** Writes the state after a resumed turn; false when another process moved the dialog on. */
  private async store(
    turn: Turn,
    key: SessionKey,
    expected: number,
    out: TurnOutcome,
    state: SessionState,
  ) {
    if (out.kind !== "waiting") return turn.write({ kind: "delete", key, expected });
    const json = serializeSessionState({ ...state, wait: out.wait });
    return turn.write({ kind: "update", key, expected, state: json, at: this.now() });
  }

  private async cancel(
    turn: Turn,
    key: SessionKey,
    row: DialogSessionRow | null,
    active: DialogSessionRow | null,
  ) {
    if (row) await turn.write({ kind: "delete", key });
    const state = active && parseSessionState(active.state);
    const locale = state ? speakingOf(state) : this.defaultLocale;
    return [{ text: t(locale, active ? "cancelled" : "nothing_to_cancel") }];
  }

  private async startAgain(
    turn: Turn,
    key: SessionKey,
    version: number,
    locale: Locale | undefined,
  ) {
    await turn.write({ kind: "delete", key, expected: version });
    return [{ text: t(locale ?? this.defaultLocale, "start_again") }];
  }

  private isIdle(row: DialogSessionRow): boolean {
    return this.now().getTime() - row.updatedAt.getTime() >= this.idleMs;
  }
}

/** One turn's writes of the dialog state: handed to the gate's scope, or written at once. */
class Turn {
  constructor(
    private readonly db: Db,
    private readonly scope: TurnScope | undefined,
  ) {}

  get effects() {
    return this.scope?.effects;
  }

  /** True when written or handed on; false when a versioned write found the dialog moved on. */
  async write(w: SessionWrite): Promise<boolean> {
    if (!this.scope) return applySessionWrite(this.db, w);
    this.scope.sessionWrites.push(w);
    return true;
  }
}

/** The language the waiting dialog speaks now: its menu's, else the one it began in. */
const speakingOf = (state: SessionState): Locale =>
  (state.wait.kind === "choice" ? state.wait.locale : undefined) ?? state.locale;

const keyOf = (inbound: Inbound): SessionKey => ({
  platform: inbound.platform,
  chatId: inbound.chatId,
  userId: inbound.userId,
});

/**
 * The log a resumed turn appends to. `ReplayEngine.supply` and the replay only push onto its
 * two arrays (they never change an entry), so those are copied and the entries shared: the
 * state resumed from stays as its row holds it, without cloning every logged act result.
 */
function appendableCopy(replay: ReplayState): ReplayState {
  return { send: replay.send.slice(), receive: replay.receive.slice() };
}

/** One string per key for the queue, unambiguous (each part but the last led by its length). */
const queueKey = (k: SessionKey): string =>
  `${k.platform.length}:${k.platform}${k.chatId.length}:${k.chatId}${k.userId}`;

/** Arguments are stored as JSON; the first run sees them as every replay will. */
function jsonCopy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
