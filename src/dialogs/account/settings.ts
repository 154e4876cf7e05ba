import { loadPreferences, optionalNotices } from "../../core/members/preferences.ts";
import type { OptionalNotice, Preferences } from "../../core/members/preferences.ts";
import { setLocale, setNoticeMuted, setQuietHours } from "../../core/members/settings.ts";
import type { AccountRef } from "../../core/members/settings.ts";
import type { Library } from "../../core/library.ts";
import type { Result } from "../../core/result.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { t } from "../texts/index.ts";
import { isLocale } from "../../locale.ts";
import type { Conversation } from "../types.ts";

/** Quiet-hour windows offered; "default" goes back to the school's. */
export const quietPresets = ["21:00-07:00", "22:00-07:00", "20:00-07:30"] as const;

const noticeName = (c: Conversation, kind: OptionalNotice) => c.t(`notice_${kind}`);

type Refusal = "unknown_locale" | "bad_quiet_hours" | "not_optional";

/** The new preferences after a write, or the old ones with the refusal said. */
function applied(c: Conversation, prefs: Preferences, r: Result<Preferences, Refusal>) {
  if (r.ok) return r.value;
  c.say(c.t(`settings_${r.code}`));
  return prefs;
}

function overview(c: Conversation, prefs: Preferences): string {
  const locale = isLocale(prefs.locale) ? prefs.locale : c.locale;
  return c.t("settings_prompt", {
    language: c.t(locale === "en" ? "settings_lang_en" : "settings_lang_zh"),
    quiet: prefs.quietHours ?? c.t("settings_quiet_default"),
    muted: prefs.muted.length
      ? prefs.muted.map((k) => noticeName(c, k)).join(c.t("settings_list_sep"))
      : c.t("settings_muted_none"),
  });
}

async function chooseLanguage(c: Conversation, lib: Library, who: AccountRef, prefs: Preferences) {
  const locale = await c.choose(c.t("settings_language_prompt"), [
    { id: "zh-CN", label: c.t("settings_lang_zh") },
    { id: "en", label: c.t("settings_lang_en") },
  ]);
  const r = await c.act(() => setLocale(lib, who, locale));
  // The rest of the menu speaks the new language too (see `speaking`).
  if (r.ok && isLocale(locale)) c.say(t(locale, "settings_locale_saved"));
  return applied(c, prefs, r);
}

/** The conversation, speaking the language just picked (the engine's stays as it began). */
function speaking(c: Conversation, prefs: Preferences): Conversation {
  const locale = isLocale(prefs.locale) ? prefs.locale : c.locale;
  if (locale === c.locale) return c;
  return {
    locale,
    say: (text) => c.say(text),
    attach: (file, caption) => c.attach(file, caption),
    picture: (image, caption) => c.picture(image, caption),
    ask: (prompt) => c.ask(prompt),
    choose: (prompt, choices, opts) => c.choose(prompt, choices, { ...opts, locale }),
    act: (fn) => c.act(fn),
    t: (key, ...params) => t(locale, key, ...params),
  };
}

/** "22:30-06:30", also typed as "22：30 至 6:30" or "22:30~06:30"; the core checks the window. */
export function typedQuiet(text: string): string {
  const parts = text
    .normalize("NFKC")
    .trim()
    .split(/\s*(?:-|~|–|—|至|到)\s*/);
  const pad = (t: string) => t.replace(/^(\d):/, "0$1:");
  return parts.length === 2 ? parts.map((x) => pad(x ?? "")).join("-") : text.trim();
}

async function chooseQuiet(c: Conversation, lib: Library, who: AccountRef, prefs: Preferences) {
  const presets = quietPresets.map((q, i) => ({ id: `q${i}`, label: q }));
  const menu = [
    ...presets,
    { id: "other", label: c.t("settings_quiet_other") },
    { id: "default", label: c.t("settings_quiet_default") },
  ];
  const id = await c.choose(c.t("settings_quiet_prompt"), menu);
  const typed = id === "other" ? typedQuiet(await c.ask(c.t("settings_quiet_ask"))) : null;
  const quiet = typed ?? presets.find((p) => p.id === id)?.label ?? null;
  const r = await c.act(() => setQuietHours(lib, who, quiet));
  if (r.ok) c.say(c.t("settings_quiet_saved", { quiet: quiet ?? c.t("settings_quiet_default") }));
  return applied(c, prefs, r);
}

async function chooseNotices(c: Conversation, lib: Library, who: AccountRef, prefs: Preferences) {
  for (;;) {
    const menu = optionalNotices.map((kind) => ({
      id: kind,
      label: c.t("settings_notice_label", {
        name: noticeName(c, kind),
        on: !prefs.muted.includes(kind),
      }),
    }));
    const id = await c.choose(c.t("settings_notices_prompt"), [
      ...menu,
      { id: "back", label: c.t("settings_back") },
    ]);
    const kind = optionalNotices.find((k) => k === id);
    if (!kind) return prefs;
    const muted = !prefs.muted.includes(kind);
    const r = await c.act(() => setNoticeMuted(lib, who, { kind, muted }));
    if (r.ok) c.say(c.t("settings_notice_saved", { name: noticeName(c, kind), on: !muted }));
    prefs = applied(c, prefs, r);
  }
}

/**
 * 设置: language, quiet hours and optional notices of this chat account, in a menu loop until
 * 完成. Settings are personal, so a group is pointed to a private chat. An account that never
 * bound gets its member row on the first change.
 */
export const settingsDialog =
  ({ lib }: DialogDeps): IntentDialog =>
  async (engine, { chat }) => {
    if (chat.isGroup) return engine.say(engine.t("settings_in_group"));
    const who = { platform: chat.platform, userId: chat.userId };
    let prefs = await engine.act(() => loadPreferences(lib, who));
    for (;;) {
      const c = speaking(engine, prefs);
      const pick = await c.choose(overview(c, prefs), [
        { id: "lang", label: c.t("settings_choice_language") },
        { id: "quiet", label: c.t("settings_choice_quiet") },
        { id: "notices", label: c.t("settings_choice_notices") },
        { id: "done", label: c.t("settings_choice_done") },
      ]);
      if (pick === "done") return c.say(c.t("settings_done"));
      if (pick === "lang") prefs = await chooseLanguage(c, lib, who, prefs);
      else if (pick === "quiet") prefs = await chooseQuiet(c, lib, who, prefs);
      else prefs = await chooseNotices(c, lib, who, prefs);
    }
  };
