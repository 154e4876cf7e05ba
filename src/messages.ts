/**
 * The neutral messages every platform speaks: adapters turn platform updates into `Inbound`
 * and `Reply` into platform messages; the dialogs, the outbox and the jobs speak them too.
 * They live outside `src/dialogs` so the outbox and jobs need not import the dialogs.
 */

/** One incoming message or button press, the same for every platform. */
export interface Inbound {
  platform: string;
  chatId: string;
  userId: string;
  isGroup: boolean;
  text?: string;
  /** A button press: the menu it belongs to and the chosen id. */
  choice?: { menuId: string; id: string };
  /** The platform's update id (the inbound gate dedupes by it). */
  updateId?: string;
  /** The bot was @-mentioned (group chats). */
  mentioned?: boolean;
  /**
   * Accounts that joined or left the group (a platform's service event, no text); `complete`
   * when `joined` is the group's whole member list (whoever else was noted is gone).
   */
  members?: { joined: string[]; left: string[]; complete?: boolean };
}

/** One option of a menu: a short id (travels in Telegram callback data) and what users read. */
export interface Choice {
  id: string;
  label: string;
}

/**
 * The ids of the controls the dialog engine puts beside a menu of a dialog that has asked more
 * than one question: 上一步 (the previous question again) and 取消 (leave the dialog). Dialog
 * choice ids never start with "~".
 */
export const BACK_CONTROL = "~back";
export const CANCEL_CONTROL = "~cancel";

/**
 * A file sent as a message (an .xlsx export). Replies are stored as JSON before they go out
 * (the inbound gate), so the bytes travel as base64; dialogs keep files small (exports refuse
 * past MAX_REPLY_FILE_BYTES).
 */
export interface ReplyFile {
  name: string;
  base64: string;
}

/** The largest file a reply carries (Telegram takes 50 MB; a stored reply should stay small). */
export const MAX_REPLY_FILE_BYTES = 4 * 1024 * 1024;

/**
 * One outgoing message. `menuId` is set whenever `choices` are: adapters send it with the
 * chosen id (Telegram callback data `menuId:id`, ≤ 64 bytes) so a stale button is recognised.
 */
export interface Reply {
  text: string;
  choices?: Choice[];
  menuId?: string;
  /**
   * 上一步 / 取消 beside the menu (ids `BACK_CONTROL`, `CANCEL_CONTROL`), answered like a choice:
   * a button of the same menu, or the number after the choices' numbers.
   */
  controls?: Choice[];
  /** "This menu has expired": the press did nothing (Telegram shows it as a toast only). */
  expired?: true;
  /** A file sent with `text` as its caption (Telegram document, WeChat file, terminal: saved). */
  file?: ReplyFile;
  /**
   * A picture (a PNG chart) sent with `text` as its caption: a Telegram photo, a WeChat image,
   * in the terminal saved beside the exports and its path printed. Base64 like `file`.
   */
  image?: ReplyFile;
}
