import type { Reply } from "../messages.ts";

/**
 * The reply an outbox payload (JSON `{ text, choices?, menuId? }`) stands for; undefined when
 * the payload is unreadable. Choices go out only with a menuId (adapters need one to build
 * buttons a press can be matched to); without it the text goes alone.
 */
export function replyOf(payload: string): Reply | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const p = value as { text?: unknown; choices?: unknown; menuId?: unknown };
  if (typeof p?.text !== "string" || !p.text.trim()) return undefined;
  if (typeof p.menuId === "string" && Array.isArray(p.choices)) {
    return { text: p.text, choices: p.choices as Reply["choices"] & object, menuId: p.menuId };
  }
  return { text: p.text };
}
