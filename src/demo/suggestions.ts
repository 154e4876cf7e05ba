import type { DemoSuggestionRow } from "../db/demo-suggestion-repo.ts";
import { demoUserIds } from "./members.ts";

const daysBefore = (at: Date, days: number) => new Date(at.getTime() - days * 86_400_000);

/**
 * The demo suggestion box: a suggestion the librarian accepted, a purchase request ordered,
 * and one waiting for an answer (答复 shows it to the demo librarian).
 */
export function planSuggestions(at: Date): DemoSuggestionRow[] {
  return [
    {
      userId: demoUserIds.parent,
      kind: "suggestion",
      text: "周六上午也开放图书馆吧，孩子周末想来看书。",
      createdAt: daysBefore(at, 9),
      answer: {
        answer: "accepted",
        reply: "下个月起每月第一个周六上午开放。",
        answeredAt: daysBefore(at, 7),
      },
    },
    {
      userId: demoUserIds.parent,
      kind: "purchase",
      text: "《草房子》曹文轩",
      createdAt: daysBefore(at, 6),
      answer: { answer: "ordered", reply: "已下单，预计两周到货。", answeredAt: daysBefore(at, 5) },
    },
    {
      userId: demoUserIds.student,
      kind: "purchase",
      text: "希望买《三体》青少年版",
      createdAt: daysBefore(at, 2),
    },
  ];
}
