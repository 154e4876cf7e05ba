import { randomBytes } from "node:crypto";
import { inEffectStep } from "../../db/transact.ts";
import type { EffectScope } from "../../db/transact.ts";
import type { ReplayControls, ReplayState } from "@grammyjs/conversations/out/engine.js";
import { t } from "../texts/index.ts";
import type { TextKey, TextParams } from "../texts/index.ts";
import type { Locale } from "../../locale.ts";
import type { AskOptions, ChooseOptions, Conversation, Jsonify } from "../types.ts";
import { BACK_CONTROL, CANCEL_CONTROL } from "../../messages.ts";
import type { Choice, Reply, ReplyFile } from "../../messages.ts";
import type { Wait } from "./session-state.ts";

/** Telegram callback data is ≤ 64 bytes: `menuId` (6) + ":" + the choice id. */
export const MAX_CHOICE_ID_BYTES = 48;

/** Why a replay ended early; passed through `controls.cancel` so dialog code cannot catch it. */
export type StopReason = "mismatch" | { failed: unknown };

/** Where this turn starts: a fresh dialog, or the resumed interrupt (its op index in the log). */
export interface TurnSetup {
  locale: Locale;
  log: ReplayState;
  resumeOp: number | null;
  /** Under the inbound gate: the scope that receipts the writes of each act (by its op). */
  effects?: EffectScope | undefined;
}

const failed = Symbol("act failed");

/**
 * The `Conversation` one replay runs against. Before the resumed interrupt everything is a
 * replay: texts are not queued again and acts return their logged results. From there on
 * the turn is live. Each op is checked against the log before the engine sees it, and every
 * abnormal end goes through `cancel`, because the engine cannot recover from an error a
 * dialog catches (it would wait forever).
 */
export class TurnConversation implements Conversation {
  readonly locale: Locale;
  live: boolean;
  readonly out: string[] = [];
  /** The files and pictures of this turn, each a reply of its own. */
  readonly files: Reply[] = [];
  wait: Wait | undefined;
  /** The questions (ask, choose) asked so far in this run, the waiting one included. */
  private asked = 0;

  constructor(
    private readonly controls: ReplayControls,
    private readonly setup: TurnSetup,
  ) {
    this.locale = setup.locale;
    this.live = setup.resumeOp === null;
  }

  t<K extends TextKey>(key: K, ...params: TextParams<K>): string {
    return t(this.locale, key, ...params);
  }

  say(text: string): void {
    if (this.live) this.out.push(text);
  }

  attach(file: ReplyFile, caption: string): void {
    if (this.live) this.files.push({ text: caption, file });
  }

  picture(image: ReplyFile, caption: string): void {
    if (this.live) this.files.push({ text: caption, image });
  }

  async ask(prompt: string, opts: AskOptions = {}): Promise<string> {
    const only = opts.only ? { only: opts.only.source } : {};
    const answer = await this.interrupt("ask", prompt, (op) => ({ kind: "text", op, ...only }));
    return typeof answer === "string" ? answer : this.stop("mismatch");
  }

  async choose(prompt: string, choices: Choice[], opts: ChooseOptions = {}): Promise<string> {
    // A replayed menu is the one checked when it was shown: a replay computes it again alike.
    if (this.live) checkChoices(choices);
    const answer = await this.interrupt("choose", prompt, (op) => ({
      kind: "choice",
      op,
      menuId: randomBytes(4).toString("base64url").slice(0, 6),
      prompt,
      choices: choices.map(({ id, label }) => ({ id, label })),
      ...this.controlsBeside(choices, opts.locale ?? this.locale),
      ...(opts.typed ? { typed: opts.typed.source } : {}),
      ...(opts.locale && opts.locale !== this.locale ? { locale: opts.locale } : {}),
      textFallthrough: opts.textFallthrough ?? false,
    }));
    if (typeof answer !== "string") return this.stop("mismatch");
    const fits = choices.some((c) => c.id === answer) || opts.typed?.test(answer) === true;
    return fits ? answer : this.stop("mismatch");
  }

  async act<R>(fn: () => R | Promise<R>): Promise<Jsonify<R>> {
    const op = await this.expect("act");
    const effects = this.setup.effects;
    const result = await this.controls.action(async () => {
      try {
        const run = async () => fn();
        return asLogged(await (effects ? inEffectStep(effects, op, run) : run()));
      } catch (error) {
        return { [failed]: { error } };
      }
    }, "act");
    if (isFailure(result)) return this.stop({ failed: result[failed].error });
    return result as Jsonify<R>;
  }

  /**
   * 上一步 and 取消 beside the menu once the dialog has asked more than one question; a dialog's
   * own "cancel" choice stands for 取消.
   */
  private controlsBeside(choices: Choice[], locale: Locale): { controls?: Choice[] } {
    if (this.asked < 2) return {};
    const controls = [{ id: BACK_CONTROL, label: t(locale, "control_back") }];
    if (!choices.some((c) => c.id === "cancel")) {
      controls.push({ id: CANCEL_CONTROL, label: t(locale, "control_cancel") });
    }
    return { controls };
  }

  private async interrupt(key: string, prompt: string, wait: (op: number) => Wait) {
    const op = await this.expect(key);
    this.asked += 1;
    if (this.live) {
      if (prompt) this.out.push(prompt);
      this.wait = wait(op);
    }
    const answer = await this.controls.interrupt(key);
    if (op === this.setup.resumeOp) this.live = true;
    return answer;
  }

  /** The index the next op gets; stops the replay when the log recorded another kind there. */
  private async expect(key: string): Promise<number> {
    const [op] = this.controls.checkpoint();
    const logged = this.setup.log.send[op];
    if (logged && logged.payload !== key) return this.stop("mismatch");
    return op;
  }

  private stop(reason: StopReason): Promise<never> {
    return this.controls.cancel(reason);
  }
}

/**
 * A result as the log gives it back on every replay: its JSON round trip. A string, a boolean,
 * null, a finite number or undefined comes back as it is, so only objects are copied.
 */
function asLogged(value: unknown): unknown {
  const kind = typeof value;
  if (value === undefined || value === null || kind === "string" || kind === "boolean")
    return value;
  if (kind === "number" && Number.isFinite(value)) return value;
  return JSON.parse(JSON.stringify(value));
}

function isFailure(v: unknown): v is { [failed]: { error: unknown } } {
  return typeof v === "object" && v !== null && failed in v;
}

function checkChoices(choices: Choice[]): void {
  if (choices.length === 0) throw new Error("choose() needs at least one choice");
  const ids = new Set(choices.map((c) => c.id));
  if (ids.size !== choices.length) throw new Error("choose() ids must be unique");
  for (const id of ids) {
    if (!id || Buffer.byteLength(id) > MAX_CHOICE_ID_BYTES || id.includes(":") || id[0] === "~") {
      throw new Error(
        `choose() id "${id}" must be 1–${MAX_CHOICE_ID_BYTES} bytes without ":", not starting with "~"`,
      );
    }
  }
}
