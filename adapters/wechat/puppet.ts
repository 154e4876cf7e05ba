import { mkdirSync } from "node:fs";
import { dirname, isAbsolute } from "node:path";
import type { PuppetModuleName, Wechaty, WechatyOptions } from "wechaty";
import type { ContactIds } from "./contact-directory.ts";

/** A puppet package name, or a puppet instance (tests: wechaty-puppet-mock). */
export type PuppetChoice = string | Wechaty["puppet"];

/** Puppets speaking WeChat's web protocol: every login hands out new contact ids. */
const sessionIdPuppets = new Set(["wechaty-puppet-wechat", "wechaty-puppet-wechat4u"]);

/** Whether a puppet's contact ids survive a re-login (an instance is trusted to keep them). */
export function contactIdsOf(puppet: PuppetChoice): ContactIds {
  return typeof puppet === "string" && sessionIdPuppets.has(puppet) ? "session" : "stable";
}

/**
 * The options wechaty is built with. Any installed puppet package name works (wechaty imports
 * it by name); the service token goes to the puppet as `token`. A session name that is a path
 * has its folder made, open to the owner only: the session file logs anyone in as the bot.
 */
export function wechatyOptions(opts: {
  puppet: PuppetChoice;
  puppetToken?: string;
  sessionName?: string;
}): WechatyOptions {
  const name = opts.sessionName === undefined ? {} : { name: opts.sessionName };
  if (opts.sessionName && isAbsolute(opts.sessionName)) {
    mkdirSync(dirname(opts.sessionName), { recursive: true, mode: 0o700 });
  }
  if (typeof opts.puppet !== "string") return { ...name, puppet: opts.puppet };
  return {
    ...name,
    puppet: opts.puppet as PuppetModuleName,
    puppetOptions: opts.puppetToken === undefined ? {} : { token: opts.puppetToken },
  };
}
