import { AsyncLocalStorage } from "node:async_hooks";
import type { Db, Tx } from "./client.ts";
import { rawTransaction } from "./direct-sql.ts";
import { insertEffectReceipt } from "./effect-receipt-repo.ts";
import { decodeResult, encodeResult } from "./result-json.ts";

/**
 * Where the writes of one dialog step land: the update being handled and the dialog's op.
 * Each transaction begun inside the step takes the next `seq`. `known` holds the receipts a
 * crashed earlier attempt at the same update committed, by "op:seq".
 */
export interface EffectScope {
  updateRef: number;
  known: ReadonlyMap<string, string>;
  /** Receipts written so far in this attempt (the gate deletes them with the turn's commit). */
  written: number;
}

interface StepContext {
  scope: EffectScope;
  op: number;
  seq: number;
}

const step = new AsyncLocalStorage<StepContext>();

/** Runs `fn` as dialog op `op` of the scope's update: its transactions are receipted. */
export function inEffectStep<R>(scope: EffectScope, op: number, fn: () => Promise<R>): Promise<R> {
  return step.run({ scope, op, seq: 0 }, fn);
}

/**
 * Runs `work` in one transaction. Inside a dialog step of a gated update (see `inEffectStep`)
 * the transaction also writes a receipt with its result, keyed (update, op, seq), so that an
 * attempt at the same update after a crash returns the committed result instead of writing
 * again; two processes racing on one update collide on the receipt's key and one rolls back.
 * Every core write that must happen once per message goes through here. The transaction is a
 * raw one on the driver adapter (`rawTransaction`): model queries work in it as usual.
 */
export function runTransaction<R>(db: Db, work: (tx: Tx) => Promise<R>): Promise<R> {
  const ctx = step.getStore();
  if (!ctx) return rawTransaction(db, work);
  const seq = ctx.seq++;
  const { scope, op } = ctx;
  const prior = scope.known.get(`${op}:${seq}`);
  if (prior !== undefined) return Promise.resolve(decodeResult(prior) as R);
  return rawTransaction(db, async (tx) => {
    const result = await work(tx);
    await insertEffectReceipt(tx, { updateRef: scope.updateRef, op, seq }, encodeResult(result));
    scope.written += 1;
    return result;
  });
}
