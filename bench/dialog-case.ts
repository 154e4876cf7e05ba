import type { Config } from "../src/config.ts";
import type { Library } from "../src/core/library.ts";
import type { Bot } from "../src/dialogs/bot.ts";
import { countEffects, highWater, makeFamilyChats, resetRenewals } from "./dialog-chats.ts";
import type { Renewables } from "./dialog-chats.ts";
import { gateDriver, handleDriver } from "./dialog-drivers.ts";
import type { Driver } from "./dialog-drivers.ts";
import { dialogResult, Phase, peerResult } from "./dialog-result.ts";
import { catalogueQueries } from "./dialog-scripts.ts";
import type { Chat } from "./dialog-scripts.ts";
import { grammyPeer, telegrafPeer } from "./peers.ts";
import type { Peer } from "./peers.ts";
import { cpuMsSince } from "./stats.ts";
import type { CaseResult } from "./case-result.ts";

export interface DialogCaseOptions {
  /** Parents (two pupils of their own each), teachers (a class each), librarians at the desk. */
  parents: number;
  teachers: number;
  librarians: number;
  runs: number;
  /** Distinct catalogue queries the searches cycle through. */
  queries: number;
}

export const fullDialogCase: DialogCaseOptions = {
  parents: 36,
  teachers: 10,
  librarians: 4,
  runs: 5,
  queries: 3000,
};

/** One cycle of every chat, one turn in the whole process at a time: latency without queueing. */
async function oneByOne(driver: Driver, chats: Chat[], phase: Phase): Promise<void> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const chat of chats) {
    for (const s of chat.script) {
      const text = s.text();
      const t = performance.now();
      try {
        await driver.send(chat.userId, text);
      } catch (e) {
        phase.fail(`${s.label}: ${(e as Error).message}`);
      }
      phase.single.push(performance.now() - t);
    }
  }
  phase.addWindow("single", performance.now() - t0, cpuMsSince(cpu0));
}

/** One cycle of every chat, all chats at once (each one turn at a time): throughput and CPU. */
async function concurrently(driver: Driver, chats: Chat[], phase: Phase): Promise<void> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    chats.map(async (chat) => {
      for (const s of chat.script) {
        const t = performance.now();
        try {
          await driver.send(chat.userId, s.text());
        } catch (e) {
          phase.fail(`${s.label}: ${(e as Error).message}`);
        }
        phase.loaded.push(performance.now() - t);
      }
    }),
  );
  phase.addWindow("loaded", performance.now() - t0, cpuMsSince(cpu0));
}

/** Both phases of one driver, each from the loans as they were, its writes counted after it. */
async function runPhases(lib: Library, driver: Driver, chats: Chat[], r: Renewables, phase: Phase) {
  for (const run of [oneByOne, concurrently]) {
    await resetRenewals(lib, r);
    const since = await highWater(lib);
    await run(driver, chats, phase);
    phase.addEffects(await countEffects(lib, r, since));
  }
}

/** The peers: every chat renews at once ("续借", then "1"), CPU around the whole window. */
async function peerRound(peer: Peer, chats: number, phase: Phase): Promise<void> {
  const ids = Array.from({ length: chats }, (_, i) => 1000 + i);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    ids.map(async (id) => {
      for (const text of ["续借", "1"]) {
        const t = performance.now();
        await peer.turn(id, text);
        phase.loaded.push(performance.now() - t);
      }
    }),
  );
  phase.addWindow("loaded", performance.now() - t0, cpuMsSince(cpu0));
}

/**
 * A dialog turn end to end, through the inbound gate (what a user's message costs) and through
 * `Bot.handle` alone (the gate's share is the difference), with the grammY and telegraf peers
 * running the same two-step renew dialog in memory in the same process and the same runs.
 * Writes go to the database it is given: pass a copy.
 */
export async function runDialogCase(
  lib: Library,
  config: Config,
  bot: Bot,
  opts: DialogCaseOptions = fullDialogCase,
): Promise<CaseResult[]> {
  const queries = await catalogueQueries(lib, opts.queries);
  const { chats, renewables } = await makeFamilyChats(lib, opts, queries);
  const drivers = [gateDriver(lib, config, bot), handleDriver(bot)];
  const peers = { grammy: grammyPeer(), telegraf: telegrafPeer() };
  const phases = new Map<string, Phase>();
  const phase = (name: string): Phase => {
    const p = phases.get(name) ?? new Phase();
    phases.set(name, p);
    return p;
  };
  for (const d of drivers) await runPhases(lib, d, chats, renewables, new Phase()); // warm-up
  for (const [, p] of Object.entries(peers)) await peerRound(p, chats.length, new Phase());
  for (let r = 0; r < opts.runs; r++) {
    for (const d of drivers) await runPhases(lib, d, chats, renewables, phase(d.name));
    for (const [name, p] of Object.entries(peers)) await peerRound(p, chats.length, phase(name));
  }
  for (const d of drivers) await d.close();
  const grammyCpu = phase("grammy").cpuPerLoadedTurn();
  const meta = {
    opts,
    chats,
    queries: queries.length,
    grammyCpu,
    telegrafCpu: phase("telegraf").cpuPerLoadedTurn(),
  };
  return [
    dialogResult("gate", phase("gate"), meta),
    dialogResult("handle", phase("handle"), meta),
    peerResult("grammy", phase("grammy"), grammyCpu, opts.runs),
    peerResult("telegraf", phase("telegraf"), grammyCpu, opts.runs),
  ];
}
