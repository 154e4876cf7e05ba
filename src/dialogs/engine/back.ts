import type { ReplayState } from "@grammyjs/conversations/out/engine.js";

/** Where a dialog goes back to: the log cut at the question to ask again, and how to replay it. */
export interface Rewound {
  log: ReplayState;
  /** The answered question after which the turn is live again; null to replay from the start. */
  resumeOp: number | null;
  /** The waiting question was the first: it is asked again, there is nothing before it. */
  first: boolean;
}

const isQuestion = (payload: string | undefined) => payload === "ask" || payload === "choose";

/**
 * Cuts the replay log of a dialog waiting at `waitOp` back to its previous question (or to the
 * waiting one when it is the first), which is then unanswered: each 上一步 undoes one answer
 * (a question asked again after a wrong answer counts as one). Replaying the cut log re-asks
 * that question with what the dialog said since the answer before it; the acts on the way
 * are replayed from the log, so nothing is done twice.
 */
export function rewindToPreviousQuestion(replay: ReplayState, waitOp: number): Rewound {
  const questions = replay.send.flatMap((op, i) =>
    i < waitOp && isQuestion(op.payload) ? [i] : [],
  );
  const target = questions.at(-1) ?? waitOp;
  const before = questions.length > 1 ? questions.at(-2) : undefined;
  const log: ReplayState = {
    send: replay.send.slice(0, target + 1),
    receive: replay.receive.filter((r) => r.send < target),
  };
  return { log, resumeOp: before ?? null, first: questions.length === 0 };
}
