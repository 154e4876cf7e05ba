import { expect, test, vi } from "vitest";
import { run, useTempDatabase } from "./cli-harness.ts";

const { db } = useTempDatabase();

test("shuxiang demo builds the school and prints what it made", async () => {
  const r = await run("demo", "--students", "120", "--titles", "100", "--seed", "3");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^演示学校已建好/);
  expect(r.out).toMatch(/学生\s+120\n/);
  expect(r.out).toMatch(/书目\s+100\n/);
  expect(r.out).toMatch(/聊天账号\s+5\n/);
  expect(await db().patron.count({ where: { role: "student" } })).toBe(120);
  const en = await run("demo", "--reset", "--students", "60", "--titles", "80", "--lang", "en");
  expect(en.out).toMatch(/students\s+60\n/);
});

test("shuxiang demo refuses a database that already has a school unless --reset", async () => {
  expect((await run("demo", "--students", "60", "--titles", "80")).code).toBe(0);
  const refused = await run("demo");
  expect(refused.code).toBe(1);
  expect(refused.err).toContain("--reset");
  expect(await db().title.count()).toBe(80);
  expect((await run("demo", "--reset", "--past-loans", "50")).code).toBe(0);
  expect(await db().title.count()).toBe(400);
  expect(await db().loan.count({ where: { returnedAt: { not: null } } })).toBe(50);
});

test("shuxiang demo --reset never deletes a database the bot serves", async () => {
  expect((await run("demo", "--students", "60", "--titles", "80")).code).toBe(0);
  vi.stubEnv("TELEGRAM_BOT_TOKEN", "123456:abc");
  try {
    const refused = await run("demo", "--reset");
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("demo --reset 不会删除它");
  } finally {
    vi.unstubAllEnvs();
  }
  expect(await db().title.count()).toBe(80);
});

test("shuxiang demo answers a bad option with the usage and builds nothing", async () => {
  const bad = await run("demo", "--students", "many");
  expect(bad.code).toBe(2);
  expect(bad.err).toContain("--students 要填一个整数，不能是「many」。");
  expect((await run("demo", "--colour")).code).toBe(2);
  expect(await db().patron.count()).toBe(0);
});

test("shuxiang demo refuses a school too small for the demo", async () => {
  const small = await run("demo", "--students", "10");
  expect(small.code).toBe(1);
  expect(small.err).toMatch(/^演示学校至少需要 60 名学生和 \d+ 种书。$/);
});
