import { randomInt } from "node:crypto";
import { findIdentityAnchor, memberExists, setStableKey } from "../../db/identity-repo.ts";
import type { Library } from "../library.ts";

/**
 * Identity keys of chat platforms whose contact ids are not durable (WeChat's web protocol
 * gives every contact a new id at each login). A key is what the dialogs see as `userId`:
 * - `wx:<id>`: the puppet's own contact id, on puppets whose ids survive a re-login;
 * - `sx-<8 characters>`: a random token the bot writes into the contact's remark (备注) once
 *   the account has a binding, read back from the remark after a re-login.
 * A token found in a remark wins over the contact id, so a binding also survives a move to
 * another puppet. Tokens are random (not row numbers): a remark left over from an old
 * database can never name someone else's account in a new one.
 */
export const TOKEN_PREFIX = "sx-";
export const STABLE_ID_PREFIX = "wx:";
const TOKEN_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
const TOKEN_LENGTH = 8;
const TOKEN_PATTERN = new RegExp(
  `(?:^|\\s)(${TOKEN_PREFIX}[${TOKEN_ALPHABET}]{${TOKEN_LENGTH}})(?=\\s|$)`,
);
/** Remarks are short on WeChat; what the account holder wrote is cut to leave the token room. */
export const REMARK_MAX_CHARS = 20;

export type IdentityKeyKind = "token" | "stable";
export type AnchorState = "unbound" | "pending" | "anchored";

/** A fresh random token (31^8 ≈ 8.5 × 10^11 possibilities), e.g. "sx-k7qxm2pd". */
export function newIdentityToken(): string {
  let token = TOKEN_PREFIX;
  for (let i = 0; i < TOKEN_LENGTH; i++) token += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  return token;
}

/** The token written into a remark earlier, if the remark carries one. */
export function tokenInRemark(remark: string | undefined | null): string | undefined {
  return remark ? TOKEN_PATTERN.exec(remark)?.[1] : undefined;
}

/**
 * The remark with `token` at its end: an older token is replaced, and what the account holder
 * wrote is kept, cut short when remark and token would not fit REMARK_MAX_CHARS together.
 */
export function remarkWithToken(remark: string | undefined | null, token: string): string {
  const own = (remark ?? "").replace(TOKEN_PATTERN, " ").trim();
  const room = REMARK_MAX_CHARS - token.length - 1;
  const kept = [...own].slice(0, Math.max(room, 0)).join("").trim();
  return kept ? `${kept} ${token}` : token;
}

/** The key of a contact on a puppet whose contact ids are durable. */
export function stableIdKey(contactId: string): string {
  return STABLE_ID_PREFIX + contactId;
}

/** What a key is made of; undefined for anything else (a room id, say). */
export function identityKeyKind(key: string): IdentityKeyKind | undefined {
  if (key.startsWith(STABLE_ID_PREFIX) && key.length > STABLE_ID_PREFIX.length) return "stable";
  return tokenInRemark(key) === key ? "token" : undefined;
}

/**
 * A token no stored account uses yet. A collision of random tokens is all but impossible;
 * checking the rows makes it impossible for every account that ever got a binding.
 */
export async function allocateToken(lib: Library, platform: string): Promise<string> {
  for (;;) {
    const token = newIdentityToken();
    if (!(await memberExists(lib.db, platform, token))) return token;
  }
}

/**
 * Whether the account behind a key still needs its identity made durable: `unbound` (no
 * binding, so nothing is lost when it changes), `pending` (bound but not yet anchored), or
 * `anchored` (its stable key is stored). The adapter writes the remark between pending and
 * recordAnchor, so only accounts that matter get their remark touched.
 */
export async function anchorState(
  lib: Library,
  who: { platform: string; userId: string },
): Promise<AnchorState> {
  const row = await findIdentityAnchor(lib.db, who.platform, who.userId);
  if (row?.stableKey === who.userId) return "anchored";
  return row && row.bindings.length > 0 ? "pending" : "unbound";
}

/** Records that the account's key is durable: ChatMember.stableKey = the key. */
export async function recordAnchor(
  lib: Library,
  who: { platform: string; userId: string },
): Promise<void> {
  await setStableKey(lib.db, who.platform, who.userId, who.userId);
}
