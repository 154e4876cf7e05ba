import { FileBox } from "file-box";
import type { FileBoxInterface } from "file-box";
import type { Contact, Room, Wechaty } from "wechaty";
import { identityKeyKind, STABLE_ID_PREFIX } from "../../src/dialogs/identity-keys.ts";
import type { Reply } from "../../src/messages.ts";
import type { SendPort } from "../../src/outbox/ports.ts";
import type { ContactDirectory } from "./contact-directory.ts";
import { renderReplies, WECHAT_MAX_CHARS } from "./render.ts";

/** While the account is logged out, ask the outbox to come back after this long. */
export const LOGGED_OUT_RETRY_SECONDS = 300;

/**
 * Sends proactive messages. `chatId` is an account's identity key (`sx-…` or `wx:…`, what
 * ChatMember.userId holds) or a room id (what ChatGroup.chatId holds). Logged out: retry
 * later. A contact or room not found now may appear once the contact list has loaded, so it
 * fails for this attempt only; a message too empty to send fails for good. A reply's file (an
 * export) or picture (a chart) goes first, its text after. Pacing is the
 * outbox's job, not this one's.
 */
export function createWechatSender(
  wechaty: Wechaty,
  opts: { directory?: ContactDirectory; maxChars?: number } = {},
): SendPort {
  return {
    async send(chatId, reply) {
      const texts = renderReplies([reply], opts.maxChars ?? WECHAT_MAX_CHARS);
      const parts: (string | FileBoxInterface)[] = [...fileOf(reply), ...texts];
      if (parts.length === 0) return { status: "failed", permanent: true, reason: "empty message" };
      if (!wechaty.isLoggedIn) return { status: "retry_after", seconds: LOGGED_OUT_RETRY_SECONDS };
      const target = await findTarget(wechaty, chatId, opts.directory);
      if (!target) return { status: "failed", permanent: false, reason: "no such contact or room" };
      for (const [i, part] of parts.entries()) {
        try {
          await target.say(part);
        } catch (e) {
          const partly = i > 0 ? ` (after ${i} part(s) sent)` : "";
          return { status: "failed", permanent: false, reason: reasonOf(e) + partly };
        }
      }
      return { status: "sent" };
    },
  };
}

/** A reply's file or picture as a FileBox (a .png name makes it an image message). */
function fileOf(reply: Reply): FileBoxInterface[] {
  const file = reply.file ?? reply.image;
  if (!file) return [];
  return [FileBox.fromBuffer(Buffer.from(file.base64, "base64"), file.name)];
}

async function findTarget(
  wechaty: Wechaty,
  chatId: string,
  directory?: ContactDirectory,
): Promise<Contact | Room | undefined> {
  const kind = identityKeyKind(chatId);
  if (!kind) return wechaty.Room.find({ id: chatId });
  const known = directory?.contactIdOf(chatId);
  if (known) return wechaty.Contact.find({ id: known });
  if (kind === "stable") return wechaty.Contact.find({ id: chatId.slice(STABLE_ID_PREFIX.length) });
  return wechaty.Contact.find({ alias: new RegExp(`(^|\\s)${chatId}$`) });
}

function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
