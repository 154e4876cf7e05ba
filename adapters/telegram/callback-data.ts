import { z } from "zod";

/** Telegram's limit on `callback_data`, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

const menuIdPattern = /^[A-Za-z0-9_-]{1,16}$/;

const callbackData = z
  .string()
  .refine((s) => Buffer.byteLength(s, "utf8") <= CALLBACK_DATA_MAX_BYTES)
  .regex(/^[A-Za-z0-9_-]{1,16}:[^\p{Cc}]{1,48}$/u)
  .transform((s) => {
    const colon = s.indexOf(":");
    return { menuId: s.slice(0, colon), id: s.slice(colon + 1) };
  });

/** A press that can match no menu: the Bot answers it with "this menu has expired". */
export const NO_MENU = { menuId: "", id: "" } as const;

/**
 * The callback data of a button: `menuId:id`. Throws when it would not fit Telegram's 64 bytes
 * or the menu id is malformed — a programming error in a dialog, never a user's doing.
 */
export function encodeCallbackData(menuId: string, id: string): string {
  const data = `${menuId}:${id}`;
  if (!menuIdPattern.test(menuId) || !callbackData.safeParse(data).success) {
    throw new Error(`callback data does not fit ${CALLBACK_DATA_MAX_BYTES} bytes: menu ${menuId}`);
  }
  return data;
}

/**
 * Reads the callback data of a press. Anything else than `menuId:id` within 64 bytes (garbage,
 * a forged or old-format button) reads as a press of no menu, so it can change nothing.
 */
export function decodeCallbackData(data: unknown): { menuId: string; id: string } {
  const parsed = callbackData.safeParse(data);
  return parsed.success ? parsed.data : { ...NO_MENU };
}
