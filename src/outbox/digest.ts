import type { OutboundMessage, OutboxKind } from "../core/broadcasts/outbound.ts";
import { recipientKey } from "./recipients.ts";
import type { Recipient } from "./recipients.ts";

/**
 * Collects notice items per chat so each recipient gets ONE message covering everything for
 * them (all their children, all their classes) — a digest.
 */
export class Digests<T> {
  private readonly byChat = new Map<string, { to: Recipient; items: T[] }>();

  add(to: Recipient, item: T): void {
    const key = recipientKey(to);
    const entry = this.byChat.get(key) ?? { to, items: [] };
    entry.items.push(item);
    this.byChat.set(key, entry);
  }

  get size(): number {
    return this.byChat.size;
  }

  entries(): { to: Recipient; items: T[] }[] {
    return [...this.byChat.values()];
  }

  /**
   * One outbox message per recipient: `render` writes the text in the recipient's language
   * (empty text: nothing to send); the key is `<prefix>:<platform>:<chatId>`, so a second run
   * for the same prefix (day, week, term) adds nothing.
   */
  messages(kind: OutboxKind, prefix: string, render: (to: Recipient, items: T[]) => string) {
    const out: OutboundMessage[] = [];
    for (const { to, items } of this.entries()) {
      const text = render(to, items);
      if (!text.trim()) continue;
      out.push({
        dedupeKey: `${prefix}:${recipientKey(to)}`,
        platform: to.platform,
        chatId: to.chatId,
        kind,
        text,
      });
    }
    return out;
  }
}
