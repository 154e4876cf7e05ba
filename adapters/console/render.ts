import type { Reply } from "../../src/messages.ts";

/** A reply as terminal text: the message, then its choices as a numbered list answered by digits. */
export function renderReply(reply: Reply): string {
  const menu = (reply.choices ?? []).map((c, i) => `  ${i + 1}. ${c.label}`);
  return [reply.text, ...menu].filter((line) => line !== "").join("\n");
}
