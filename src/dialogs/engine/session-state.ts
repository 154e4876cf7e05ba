import type { ReplayState } from "@grammyjs/conversations/out/engine.js";
import { z } from "zod";
import { locales } from "../../locale.ts";

const choiceSchema = z.object({ id: z.string(), label: z.string() });

/** What the waiting dialog expects next, and the op of the interrupt the answer resolves. */
const waitSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), op: z.number().int().min(0), only: z.string().optional() }),
  z.object({
    kind: z.literal("choice"),
    op: z.number().int().min(0),
    menuId: z.string(),
    prompt: z.string(),
    choices: z.array(choiceSchema).min(1),
    controls: z.array(choiceSchema).optional(),
    typed: z.string().optional(),
    locale: z.enum(locales).optional(),
    textFallthrough: z.boolean(),
  }),
]);
export type Wait = z.infer<typeof waitSchema>;

const replaySchema = z.object({
  send: z.array(z.object({ payload: z.string() })),
  receive: z.array(
    z.object({ send: z.number().int().min(0), returnValue: z.unknown().optional() }),
  ),
});

/**
 * The version of the stored form. A dialog replays the act results its row logged, so when
 * what an act logs changes shape the version moves on, and a row of the old one (a dialog
 * waiting across the upgrade) ends with "please start again" instead of replaying results
 * its code no longer reads. 2: search, 新书 and 逾期 log ids and lines, not every fact.
 */
export const stateVersion = 2;

const stateSchema = z.object({
  v: z.literal(stateVersion),
  locale: z.enum(locales),
  args: z.unknown(),
  replay: replaySchema,
  wait: waitSchema,
});

/** The stored form of a waiting dialog (DialogSession.state, JSON). */
export interface SessionState {
  v: typeof stateVersion;
  locale: (typeof locales)[number];
  args: unknown;
  replay: ReplayState;
  wait: Wait;
}

/**
 * States this process wrote, by their JSON, each handed back once: the next turn of a dialog
 * reads the row its last turn wrote, and needs neither JSON.parse nor the schema check for it.
 * A row with any other text (another process's, an older or a corrupt one) is parsed.
 */
const written = new Map<string, SessionState>();
const maxWritten = 512;

/** Parses a stored state; `null` for anything corrupt, so the dialog ends with "start again". */
export function parseSessionState(json: string): SessionState | null {
  const mine = written.get(json);
  if (mine) {
    written.delete(json);
    return mine;
  }
  try {
    const parsed = stateSchema.safeParse(JSON.parse(json));
    if (!parsed.success) return null;
    const { wait, replay } = parsed.data;
    const pending = replay.send.length - 1;
    if (wait.op !== pending || replay.receive.length !== pending) return null;
    return parsed.data as SessionState;
  } catch {
    return null;
  }
}

/**
 * The stored form of a state. The state is kept (see `parseSessionState`) as what the row
 * holds: it must not change after this call, and it round-trips through JSON unchanged.
 */
export function serializeSessionState(state: SessionState): string {
  const json = JSON.stringify(state);
  if (written.size >= maxWritten) written.delete(written.keys().next().value as string);
  written.set(json, state);
  return json;
}
