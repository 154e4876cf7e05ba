import { describe, expect, it } from "vitest";
import { loadPreferences } from "../../../src/core/members/preferences.ts";
import {
  isQuietHours,
  setLocale,
  setNoticeMuted,
  setQuietHours,
} from "../../../src/core/members/settings.ts";
import { testLibrary } from "../../support/library.ts";

const who = { platform: "wechat", userId: "mum" };

describe("member settings", () => {
  it("creates the member row on the first change and audits it", async () => {
    const lib = await testLibrary();
    const r = await setLocale(lib, who, "en");
    expect(r).toEqual({ ok: true, value: { locale: "en", quietHours: null, muted: [] } });
    expect(await lib.db.chatMember.count()).toBe(1);
    const audit = await lib.db.auditLog.findMany({ select: { action: true, subject: true } });
    const member = await lib.db.chatMember.findFirstOrThrow({ select: { id: true } });
    expect(audit).toEqual([{ action: "member.locale", subject: `member:${member.id}` }]);
  });

  it("refuses a language without texts and writes nothing", async () => {
    const lib = await testLibrary();
    expect(await setLocale(lib, who, "fr")).toEqual({ ok: false, code: "unknown_locale" });
    expect(await lib.db.chatMember.count()).toBe(0);
  });

  it("accepts quiet hours across midnight and null for the school default", async () => {
    const lib = await testLibrary();
    expect((await setQuietHours(lib, who, "22:00-07:00")).ok).toBe(true);
    expect((await loadPreferences(lib, who)).quietHours).toBe("22:00-07:00");
    expect((await setQuietHours(lib, who, null)).ok).toBe(true);
    expect((await loadPreferences(lib, who)).quietHours).toBeNull();
  });

  it.each(["25:00-07:00", "21:00-21:00", "21:00", "9:00-07:00", ""])(
    "refuses quiet hours %j",
    async (value) => {
      const lib = await testLibrary();
      expect(isQuietHours(value)).toBe(false);
      expect(await setQuietHours(lib, who, value)).toEqual({ ok: false, code: "bad_quiet_hours" });
      expect(await lib.db.chatMember.count()).toBe(0);
    },
  );

  it("mutes and unmutes one optional notice, keeping the others", async () => {
    const lib = await testLibrary();
    await setNoticeMuted(lib, who, { kind: "rota", muted: true });
    await setNoticeMuted(lib, who, { kind: "due_soon", muted: true });
    expect((await loadPreferences(lib, who)).muted).toEqual(["due_soon", "rota"]);
    const r = await setNoticeMuted(lib, who, { kind: "rota", muted: false });
    expect(r.ok && r.value.muted).toEqual(["due_soon"]);
    expect(await lib.db.auditLog.count({ where: { action: "member.notice" } })).toBe(3);
  });

  it.each(["overdue", "hold_ready", "nonsense"])("refuses to mute %s", async (kind) => {
    const lib = await testLibrary();
    expect(await setNoticeMuted(lib, who, { kind, muted: true })).toEqual({
      ok: false,
      code: "not_optional",
    });
    expect(await lib.db.chatMember.count()).toBe(0);
  });
});
