import {
  identityKeyKind,
  remarkWithToken,
  stableIdKey,
  tokenInRemark,
} from "../../src/dialogs/identity-keys.ts";
import type { IdentityKeys } from "../../src/dialogs/identity-keys.ts";
import type { Logger } from "../../src/logger.ts";
import { hashId } from "./log-ids.ts";

export const PLATFORM = "wechat";

/**
 * Whether the puppet's contact ids survive a re-login: `stable` (pad, Windows, WeCom and other
 * service puppets: wxid-style ids) or `session` (the web protocol: new ids at every login).
 */
export type ContactIds = "stable" | "session";

/** What the directory reads of a contact (a wechaty Contact fits). */
export interface RemarkedContact {
  readonly id: string;
  alias(): Promise<string | undefined>;
}

export interface DirectoryOptions {
  keys: IdentityKeys;
  log: Logger;
  contactIds: ContactIds;
  /** Writes a contact's remark (备注); throws when the puppet refuses. */
  setRemark: (contactId: string, remark: string) => Promise<void>;
}

interface Entry {
  key: string;
  anchored: boolean;
}

/**
 * Turns this login's contacts into identity keys (the `userId` the dialogs see) that stay the
 * same after a re-login, and back (for the sender). See src/dialogs/identity-keys.ts for the
 * key rules; this class only keeps the current login's mapping and talks to the puppet.
 */
export class ContactDirectory {
  private readonly byContact = new Map<string, Entry>();
  private readonly byKey = new Map<string, string>();

  constructor(private readonly opts: DirectoryOptions) {}

  /** Forgets the mapping: contact ids of a past login mean nothing in the next one. */
  reset(): void {
    this.byContact.clear();
    this.byKey.clear();
  }

  /** The contact id behind a key in this login, when the contact has written since it began. */
  contactIdOf(key: string): string | undefined {
    return this.byKey.get(key);
  }

  /**
   * The identity key a contact already has — known in this login, its remark's token, or its
   * stable id — without allocating one (a room's silent members need none).
   */
  async knownKeyOf(contact: RemarkedContact): Promise<string | undefined> {
    const known = this.byContact.get(contact.id);
    if (known) return known.key;
    if (this.opts.contactIds === "stable") return stableIdKey(contact.id);
    return tokenInRemark(await contact.alias());
  }

  /** The identity key of a contact: its remark's token, its stable id, or a fresh token. */
  async keyOf(contact: RemarkedContact): Promise<string> {
    const known = this.byContact.get(contact.id);
    if (known) return known.key;
    const token = tokenInRemark(await contact.alias());
    const owner = token ? this.byKey.get(token) : undefined;
    if (token && owner !== undefined && owner !== contact.id) {
      this.opts.log.warn(
        { contact: hashId(contact.id) },
        "wechat remark token used by two contacts",
      );
    }
    const usable = token && owner === undefined ? token : undefined;
    const key =
      usable ??
      (this.opts.contactIds === "stable"
        ? stableIdKey(contact.id)
        : await this.opts.keys.allocateToken(PLATFORM));
    const again = this.byContact.get(contact.id);
    if (again) return again.key;
    this.byContact.set(contact.id, { key, anchored: false });
    this.byKey.set(key, contact.id);
    return key;
  }

  /**
   * Makes a bound account's key durable, once per login: a token is written into the contact's
   * remark (keeping what the account holder wrote there), then ChatMember.stableKey is set.
   * Unbound accounts are left alone, so nobody's remark changes before they bind. A failed
   * write is logged and tried again at the contact's next message.
   */
  async anchor(contact: RemarkedContact): Promise<void> {
    const entry = this.byContact.get(contact.id);
    if (!entry || entry.anchored) return;
    const who = { platform: PLATFORM, userId: entry.key };
    const state = await this.opts.keys.anchorState(who);
    if (state === "unbound") return;
    if (state === "pending") {
      if (identityKeyKind(entry.key) === "token") await this.writeToken(contact, entry.key);
      await this.opts.keys.recordAnchor(who);
      this.opts.log.info({ contact: hashId(contact.id) }, "wechat identity anchored");
    }
    entry.anchored = true;
  }

  private async writeToken(contact: RemarkedContact, token: string): Promise<void> {
    const remark = await contact.alias();
    if (tokenInRemark(remark) === token) return;
    await this.opts.setRemark(contact.id, remarkWithToken(remark, token));
  }
}
