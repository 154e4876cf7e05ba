import { describe, expect, it } from "vitest";
import {
  anchorState,
  identityKeyKind,
  newIdentityToken,
  recordAnchor,
  REMARK_MAX_CHARS,
  remarkWithToken,
  tokenInRemark,
} from "../../../src/core/members/identity.ts";
import { testLibrary } from "../../support/library.ts";

describe("identity tokens in remarks", () => {
  it("makes random tokens that are found again in the remark they are written to", () => {
    const a = newIdentityToken();
    const b = newIdentityToken();
    expect(a).toMatch(/^sx-[2-9a-z]{8}$/);
    expect(a).not.toBe(b);
    expect(tokenInRemark(remarkWithToken("王芳妈妈", a))).toBe(a);
  });

  it("finds a token only as a word of its own", () => {
    expect(tokenInRemark("王芳妈妈 sx-k7qxm2pd")).toBe("sx-k7qxm2pd");
    expect(tokenInRemark("sx-k7qxm2pd")).toBe("sx-k7qxm2pd");
    expect(tokenInRemark("王芳妈妈sx-k7qxm2pd")).toBeUndefined();
    expect(tokenInRemark("sx-k7qxm2pdx")).toBeUndefined();
    expect(tokenInRemark("sx-k7qxm2p0")).toBeUndefined();
    expect(tokenInRemark(undefined)).toBeUndefined();
  });

  it("keeps what the account holder wrote, replaces an older token, and fits the limit", () => {
    expect(remarkWithToken(undefined, "sx-k7qxm2pd")).toBe("sx-k7qxm2pd");
    expect(remarkWithToken("王芳妈妈 sx-aaaaaaaa", "sx-k7qxm2pd")).toBe("王芳妈妈 sx-k7qxm2pd");
    const long = remarkWithToken("三年级二班王芳同学的妈妈（周三接送）", "sx-k7qxm2pd");
    expect([...long].length).toBeLessThanOrEqual(REMARK_MAX_CHARS);
    expect(long).toBe("三年级二班王芳同 sx-k7qxm2pd");
  });

  it("tells token keys and stable-id keys from room ids", () => {
    expect(identityKeyKind("sx-k7qxm2pd")).toBe("token");
    expect(identityKeyKind("wx:wxid_abc")).toBe("stable");
    expect(identityKeyKind("wx:")).toBeUndefined();
    expect(identityKeyKind("12345@chatroom")).toBeUndefined();
  });
});

describe("anchoring an identity", () => {
  it("leaves an unbound account alone and anchors a bound one once", async () => {
    const lib = await testLibrary();
    const who = { platform: "wechat", userId: "sx-k7qxm2pd" };
    expect(await anchorState(lib, who)).toBe("unbound");
    const member = await lib.db.chatMember.create({ data: who });
    expect(await anchorState(lib, who)).toBe("unbound");
    await lib.db.binding.create({ data: { memberId: member.id, kind: "librarian" } });
    expect(await anchorState(lib, who)).toBe("pending");
    await recordAnchor(lib, who);
    expect(await anchorState(lib, who)).toBe("anchored");
    const row = await lib.db.chatMember.findUniqueOrThrow({
      where: { id: member.id },
      select: { stableKey: true },
    });
    expect(row.stableKey).toBe("sx-k7qxm2pd");
  });
});
