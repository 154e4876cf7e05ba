import type { Reply } from "../messages.ts";

/**
 * The reply an outbox payload (JSON `{ text, choices?, menuId?, image? }`) stands for;
 * undefined when the payload is unreadable. Choices go out only with a menuId (adapters need
 * one to build buttons a press can be matched to); without it the text goes alone. A picture
 * (base64 PNG) goes with the text as its caption.
 */
export function replyOf(payload: string): Reply | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const p = value as { text?: unknown; choices?: unknown; menuId?: unknown; image?: unknown };
  if (typeof p?.text !== "string" || !p.text.trim()) return undefined;
  const image = imageOf(p.image);
  const reply: Reply = image ? { text: p.text, image } : { text: p.text };
  if (typeof p.menuId === "string" && Array.isArray(p.choices)) {
    return { ...reply, choices: p.choices as Reply["choices"] & object, menuId: p.menuId };
  }
  return reply;
}

/** A stored picture `{ name, base64 }`, or undefined. */
function imageOf(value: unknown): Reply["image"] {
  const i = value as { name?: unknown; base64?: unknown } | undefined;
  if (typeof i?.name !== "string" || typeof i.base64 !== "string" || !i.base64) return undefined;
  return { name: i.name, base64: i.base64 };
}
