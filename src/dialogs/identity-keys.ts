import type { Library } from "../core/library.ts";
import { allocateToken, anchorState, recordAnchor } from "../core/members/identity.ts";
import type { AnchorState } from "../core/members/identity.ts";

export {
  identityKeyKind,
  remarkWithToken,
  STABLE_ID_PREFIX,
  stableIdKey,
  tokenInRemark,
} from "../core/members/identity.ts";
export type { AnchorState, IdentityKeyKind } from "../core/members/identity.ts";

/** Who a chat account is: its platform and the identity key the dialogs see as `userId`. */
export interface AccountKey {
  platform: string;
  userId: string;
}

/**
 * The identity rules a platform whose contact ids change (WeChat) needs, bound to a library:
 * adapters reach the core through this port and the dialogs, never directly.
 */
export interface IdentityKeys {
  /** A token no stored account uses yet. */
  allocateToken(platform: string): Promise<string>;
  /** Whether the account's key still needs to be made durable (see src/core/members/identity.ts). */
  anchorState(who: AccountKey): Promise<AnchorState>;
  /** Records that the account's key is durable. */
  recordAnchor(who: AccountKey): Promise<void>;
}

/** The identity port of a library. */
export function identityKeys(lib: Library): IdentityKeys {
  return {
    allocateToken: (platform) => allocateToken(lib, platform),
    anchorState: (who) => anchorState(lib, who),
    recordAnchor: (who) => recordAnchor(lib, who),
  };
}
