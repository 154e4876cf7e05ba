import { splitLongText } from "../../src/dialogs/engine/replies.ts";
import type { Reply } from "../../src/messages.ts";

/**
 * Characters per WeChat message. WeChat documents no limit, but texts past about 2000
 * characters are reported cut off silently (web protocol, iLink) and WeCom callback texts stop
 * at 2048 bytes; 1800 keeps a clear margin while a 30-line list still fits one message.
 */
export const WECHAT_MAX_CHARS = 1800;

/**
 * A reply as WeChat text: its text, then its choices as "1. …" lines answered by digits, 上一步
 * and 取消 numbered after them.
 */
export function renderReply(reply: Reply): string {
  const options = [...(reply.choices ?? []), ...(reply.controls ?? [])];
  const menu = options.map((c, i) => `${i + 1}. ${c.label}`);
  return [reply.text, ...menu].filter((line) => line.trim() !== "").join("\n");
}

/**
 * The replies of one turn as WeChat messages: joined into as few messages as fit (every
 * message sent by a personal account counts against it), cut on line boundaries.
 */
export function renderReplies(replies: readonly Reply[], max = WECHAT_MAX_CHARS): string[] {
  const text = replies
    .map(renderReply)
    .filter((t) => t !== "")
    .join("\n");
  return text === "" ? [] : splitLongText(text, max);
}
