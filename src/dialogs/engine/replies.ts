import type { Choice, Reply } from "../../messages.ts";

/** Telegram's limit is 4096 characters; stay clear of it. */
export const MAX_REPLY_CHARS = 4000;

/**
 * Splits text into pieces of at most `max` characters, on line boundaries where possible; a
 * single longer line is cut into `max`-sized parts. Joining the pieces with "\n" gives back
 * the text (lines cut mid-way excepted).
 */
export function splitLongText(text: string, max = MAX_REPLY_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current: string[] = [];
  let size = -1;
  for (const line of text.split("\n")) {
    for (const part of cutLine(line, max)) {
      if (current.length > 0 && size + 1 + part.length > max) {
        pieces.push(current.join("\n"));
        current = [];
        size = -1;
      }
      current.push(part);
      size += 1 + part.length;
    }
  }
  pieces.push(current.join("\n"));
  return pieces;
}

/** Cuts a too-long line into `max`-sized parts, never inside a surrogate pair. */
function cutLine(line: string, max: number): string[] {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const high = rest.charCodeAt(max - 1);
    const end = high >= 0xd800 && high <= 0xdbff ? max - 1 : max;
    parts.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  parts.push(rest);
  return parts;
}

/** The replies of one turn: its texts in one message (split when long), the menu on the last. */
export function turnReplies(
  lines: string[],
  menu?: { menuId: string; choices: Choice[]; controls?: Choice[] | undefined },
): Reply[] {
  if (lines.length === 0 && !menu) return [];
  const pieces = splitLongText(lines.join("\n"));
  const replies: Reply[] = pieces.map((text) => ({ text }));
  const last = replies[replies.length - 1];
  if (menu && last) {
    last.choices = menu.choices;
    last.menuId = menu.menuId;
    if (menu.controls) last.controls = menu.controls;
  }
  return replies;
}
