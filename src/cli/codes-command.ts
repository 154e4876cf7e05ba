import { openLibrary } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { systemActor } from "../core/actor.ts";
import { issueCodes } from "../core/bindings/codes.ts";
import type { CodeSlip, CodeTarget } from "../core/bindings/codes.ts";
import type { Library } from "../core/library.ts";
import { findAllClasses } from "../db/class-figures-repo.ts";
import { parseCommandArgs } from "./args.ts";
import type { CliIo, ExitCode } from "./io.ts";
import { UsageError } from "./io.ts";
import { botUsername, configuredBotName } from "./slips-bot.ts";
import { unwritable, writeSlips } from "./slips-output.ts";
import { slipsTexts } from "./slips-texts.ts";
import type { SlipsTexts } from "./slips-texts.ts";
import type { CliTexts } from "./texts.ts";

interface CodesArgs {
  target: CodeTarget;
  out: string | undefined;
  html: string | undefined;
  bot: string | undefined;
  reissue: boolean;
}

function parse(args: string[], tx: CliTexts, t: SlipsTexts): CodesArgs {
  const { values: v, positionals } = parseCommandArgs(tx, {
    args,
    allowPositionals: true,
    options: {
      teachers: { type: "boolean" },
      librarian: { type: "boolean" },
      card: { type: "string" },
      out: { type: "string" },
      html: { type: "string" },
      bot: { type: "string" },
      reissue: { type: "boolean", default: false },
    },
  });
  const targets: CodeTarget[] = [
    ...positionals.map((c) => ({ class: c })),
    ...(v.teachers ? [{ teachers: true } as const] : []),
    ...(v.librarian ? [{ librarian: true } as const] : []),
    ...(v.card !== undefined ? [{ card: v.card }] : []),
  ];
  const [target] = targets;
  if (!target || targets.length > 1) throw new UsageError(t.needTarget);
  const { out, html, bot, reissue } = v;
  return { target, out, html, bot, reissue };
}

function whoOf(target: CodeTarget, t: SlipsTexts): string {
  if ("class" in target) return t.classWho(target.class);
  if ("card" in target) return t.cardWho(target.card);
  return "teachers" in target ? t.teachersWho : t.librarianWho;
}

/** Issues the codes, or says why not; undefined when it said so. */
async function issue(
  lib: Library,
  a: CodesArgs & { again: string },
  tx: CliTexts,
  io: CliIo,
): Promise<CodeSlip[] | undefined> {
  const t = slipsTexts(tx.locale);
  const result = await issueCodes(lib, systemActor, a.target, { reissue: a.reissue });
  if (result.ok) return result.value;
  if (result.code === "unknown_class" && "class" in a.target) {
    const classes = (await findAllClasses(lib.db)).map((c) => c.name);
    io.err(`${tx.unknownClass(a.target.class)}${tx.existingClasses(classes)}`);
  } else if (result.code === "unknown_card" && "card" in a.target)
    io.err(t.unknownCard(a.target.card));
  else if (result.code === "already_issued")
    io.err(t.alreadyIssued(whoOf(a.target, t), Number(result.detail?.live ?? 0), a.again));
  else io.err(t.notLibrarian);
  return undefined;
}

/** The bot named on the QR codes: --bot, else getMe when a token is set; undefined: none. */
async function botFor(
  a: CodesArgs,
  config: ReturnType<typeof loadConfig>,
  t: SlipsTexts,
): Promise<{ bot: string | undefined } | { error: string; code: ExitCode }> {
  if (a.html === undefined) return { bot: undefined };
  if (a.bot !== undefined) {
    const bot = botUsername(a.bot);
    return bot ? { bot } : { error: t.badBotName(a.bot), code: 2 };
  }
  const found = await configuredBotName({
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
  });
  return found.ok ? { bot: found.bot } : { error: t.getMeFailed(found.reason), code: 1 };
}

/**
 * `shuxiang codes CLASS|--teachers|--librarian|--card CARD [--html FILE] [--out FILE] [--reissue]`: issues
 * binding codes and prints the slips, as text (or into --out) and as a printable A4 page with
 * QR codes (--html). The plaintext codes exist only in this output. While codes of the same
 * people are still live it refuses, saying how many, unless --reissue asks to revoke them: a
 * second run must not silently void slips already handed out. Nothing is issued when an
 * output file cannot be written or the bot's username cannot be had.
 */
export async function codesCommand(args: string[], io: CliIo, tx: CliTexts): Promise<ExitCode> {
  const t = slipsTexts(tx.locale);
  const a = parse(args, tx, t);
  const config = loadConfig();
  const blocked = unwritable([a.out, a.html], t);
  const bot = blocked ? { error: blocked, code: 1 as const } : await botFor(a, config, t);
  if ("error" in bot) {
    io.err(bot.error);
    return bot.code;
  }
  const again = `shuxiang codes ${[...args, "--reissue"].join(" ")}`;
  const lib = await openLibrary(config);
  try {
    const slips = await issue(lib, { ...a, again }, tx, io);
    if (!slips) return 1;
    if (slips.length === 0) {
      io.err(t.nobody);
      return 1;
    }
    const who = whoOf(a.target, t);
    await writeSlips(slips, { ...a, bot: bot.bot, locale: tx.locale, texts: t, who }, io);
    return 0;
  } finally {
    await lib.db.$disconnect();
  }
}
