import type { Actor } from "../../core/actor.ts";
import { recentBroadcasts } from "../../core/broadcasts/delivery-report.ts";
import { clockIn, dateIn } from "../../core/dates.ts";
import { ok } from "../../core/result.ts";
import type { Result } from "../../core/result.ts";
import { MAX_REPLY_FILE_BYTES } from "../../messages.ts";
import type { ReplyFile } from "../../messages.ts";
import { exportFile, makeExport } from "../exports/make-export.ts";
import type { ExportKind, ExportRefusal, ExportRequest } from "../exports/make-export.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { isGroupChat } from "../intent.ts";
import type { Conversation } from "../types.ts";

/** Broadcasts offered to pick from, newest first. */
const RECENT_BROADCASTS = 8;
/** Characters of a broadcast's text shown in its menu entry. */
const LABEL_CHARS = 16;

/** The words after 导出 that name a table ("导出 逾期 3-2", "export figures"). */
const kindWords: [ExportKind, RegExp][] = [
  ["overdue", /^(逾期|overdue)\s*/i],
  ["figures", /^(统计|figures|stats)\s*/i],
  ["broadcast", /^(广播|broadcast)\s*/i],
];

function namedKind(args: string): { kind: ExportKind; rest: string } | undefined {
  for (const [kind, word] of kindWords) {
    const m = word.exec(args);
    if (m) return { kind, rest: args.slice(m[0].length).trim() };
  }
  return undefined;
}

/** The librarian picks a broadcast among the newest; undefined when none was ever sent. */
async function pickBroadcast(c: Conversation, deps: DialogDeps, actor: Actor) {
  const recent = await c.act(async () => {
    const r = await recentBroadcasts(deps.lib, actor, RECENT_BROADCASTS);
    const at = (d: Date) => `${dateIn(deps.lib.timezone, d)} ${clockIn(deps.lib.timezone, d)}`;
    return r.ok ? r.value.map((b) => ({ id: b.id, at: at(b.createdAt), text: b.text })) : [];
  });
  if (recent.length === 0) return undefined;
  const menu = recent.map((b) => ({
    id: `b${b.id}`,
    label: c.t("export_broadcast_choice", { ...b, text: b.text.slice(0, LABEL_CHARS) }),
  }));
  return Number((await c.choose(c.t("export_pick_broadcast"), menu)).slice(1));
}

/** What the librarian asks for: named after 导出, or picked from a menu. */
async function librarianRequest(c: Conversation, deps: DialogDeps, actor: Actor, args: string) {
  const named = namedKind(args);
  const kind =
    named?.kind ??
    ((await c.choose(
      c.t("export_pick"),
      kindWords.map(([id]) => ({ id, label: c.t(`export_kind_${id}`) })),
    )) as ExportKind);
  const rest = named?.rest ?? "";
  if (kind === "overdue") return rest ? { kind, className: rest } : { kind };
  if (kind === "figures") return { kind };
  const id = /^\d+$/.test(rest) ? Number(rest) : await pickBroadcast(c, deps, actor);
  if (id === undefined) c.say(c.t("export_no_broadcasts"));
  return id === undefined ? undefined : { kind, id };
}

/** A class teacher exports their classes' overdue list (or one class named after 导出). */
function teacherRequest(c: Conversation, args: string): ExportRequest | undefined {
  const named = namedKind(args);
  if (named && named.kind !== "overdue") {
    c.say(c.t("export_librarian_only"));
    return undefined;
  }
  const className = named ? named.rest : args;
  return className ? { kind: "overdue", className } : { kind: "overdue" };
}

function refusalText(c: Conversation, args: string, r: { code: ExportRefusal; detail?: object }) {
  const detail = (r.detail ?? {}) as Record<string, unknown>;
  switch (r.code) {
    case "not_a_class":
    case "no_such_class":
    case "not_your_class":
      return c.t(`class_${r.code}`, {
        name: String(detail["name"] ?? args),
        mine: String(detail["mine"] ?? ""),
      });
    case "not_allowed":
      return c.t("export_librarian_only");
    default:
      return c.t(`export_${r.code}`);
  }
}

/**
 * 导出 (class teachers and the librarian, private chat): a table as an Excel file — the
 * librarian picks the overdue list, this week's figures or a broadcast's delivery; a teacher
 * gets their classes' overdue list ("导出 3-2" for one). The core decides what each may see;
 * parents and pupils are told what they can use instead, groups to ask in private (the
 * tables name pupils).
 */
export const exportDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat, args }) => {
    if (isGroupChat(chat, actor)) return c.say(c.t("export_private"));
    if (!actor.isLibrarian && actor.classIds.length === 0) {
      return c.say(c.t("export_not_allowed"));
    }
    const text = args.trim();
    const request = actor.isLibrarian
      ? await librarianRequest(c, deps, actor, text)
      : teacherRequest(c, text);
    if (!request) return;
    const made = await c.act(
      async (): Promise<Result<{ rows: number; file: ReplyFile }, ExportRefusal>> => {
        const r = await makeExport(deps.lib, actor, c.locale, request);
        return r.ok ? ok({ rows: r.value.rows, file: await exportFile(r.value) }) : r;
      },
    );
    if (!made.ok) return c.say(refusalText(c, text, made));
    const { rows, file } = made.value;
    if (request.kind === "overdue" && rows === 0) return c.say(c.t("export_nothing_overdue"));
    if (Buffer.byteLength(file.base64, "base64") > MAX_REPLY_FILE_BYTES) {
      return c.say(c.t("export_too_large"));
    }
    c.attach(file, c.t("export_sent", { what: c.t(`export_kind_${request.kind}`), rows }));
  };
