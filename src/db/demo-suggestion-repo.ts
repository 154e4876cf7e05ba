import type { Tx } from "./client.ts";

/** A suggestion row of the demo school, from the console member `userId`. */
export interface DemoSuggestionRow {
  userId: string;
  kind: string;
  text: string;
  createdAt: Date;
  answer?: { answer: string; reply: string; answeredAt: Date };
}

/** Inserts the demo suggestions of console members (those not found are skipped). */
export async function insertDemoSuggestions(tx: Tx, rows: DemoSuggestionRow[]): Promise<void> {
  for (const r of rows) {
    const m = await tx.chatMember.findUnique({
      where: { platform_userId: { platform: "console", userId: r.userId } },
      select: { id: true },
    });
    if (!m) continue;
    const answered = r.answer ? { ...r.answer, status: "answered" } : {};
    await tx.suggestion.create({
      data: { memberId: m.id, kind: r.kind, text: r.text, createdAt: r.createdAt, ...answered },
      select: { id: true },
    });
  }
}
