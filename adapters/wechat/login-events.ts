import qrcodeTerminal from "qrcode-terminal";
import type { Wechaty } from "wechaty";
import { ScanStatus } from "wechaty-puppet/types";
import type { Logger } from "../../src/logger.ts";
import { hashId } from "./log-ids.ts";

export interface LoginWatch {
  log: Logger;
  /** Where the QR code is drawn (the operator's terminal). */
  printQr: (drawing: string) => void;
  /** A login or logout: the contact ids of the last session are void. */
  onSessionChange: () => void;
}

/**
 * The page that shows a login QR code as an image: the one wechaty's `qrcodeValueToImageUrl`
 * names. Importing that helper would load wechaty's root entry (gRPC, leveldown: ~25 MiB).
 */
export const qrImageUrl = (qrcode: string): string =>
  `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`;

/**
 * Logs the account's life without naming anyone: the login QR code (drawn, and as a URL for
 * a terminal that cannot show it), login, logout and each login after a logout (a reconnect),
 * with the account id only hashed. Puppet errors are logged and the process goes on — a
 * WeChat outage must not take the Telegram side down with it.
 */
export function watchLogin(wechaty: Wechaty, watch: LoginWatch): void {
  const { log } = watch;
  let logins = 0;
  wechaty.on("scan", (qrcode, status) => {
    const waiting = status === ScanStatus.Waiting || status === ScanStatus.Timeout;
    if (!waiting || !qrcode) {
      log.info({ status: ScanStatus[status] }, "wechat login scan");
      return;
    }
    qrcodeTerminal.generate(qrcode, { small: true }, (drawing) => watch.printQr(drawing));
    log.info({ qrUrl: qrImageUrl(qrcode) }, "wechat login: scan the QR code");
  });
  wechaty.on("login", (user) => {
    logins += 1;
    watch.onSessionChange();
    const account = hashId(user.id);
    log.info({ account, logins }, logins > 1 ? "wechat logged in again" : "wechat logged in");
  });
  wechaty.on("logout", (user) => {
    watch.onSessionChange();
    log.info({ account: hashId(user.id) }, "wechat logged out");
  });
  wechaty.on("error", (err) => log.error({ err }, "wechat error"));
}
