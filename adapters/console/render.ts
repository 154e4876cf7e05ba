import type { Reply } from "../../src/messages.ts";

/**
 * A reply as terminal text: the message, then its choices as a numbered list answered by
 * digits, 上一步 and 取消 numbered after them.
 */
export function renderReply(reply: Reply): string {
  const options = [...(reply.choices ?? []), ...(reply.controls ?? [])];
  const menu = options.map((c, i) => `  ${i + 1}. ${c.label}`);
  return [reply.text, ...menu].filter((line) => line !== "").join("\n");
}
