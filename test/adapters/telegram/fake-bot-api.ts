import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeApiMethods, paramsOf } from "./fake-api-methods.ts";
import type { ApiResult } from "./fake-api-methods.ts";
import type { FakeUpdate } from "./fake-updates.ts";

/**
 * A Telegram Bot API double over real HTTP on 127.0.0.1 (random port): `POST /bot<token>/<method>`
 * with a JSON or multipart body (an uploaded document), answered `{ ok, result }` or `{ ok: false, error_code, description }`.
 * getUpdates has Telegram's offset and long-poll semantics; the methods the adapter calls keep
 * state (messages, keyboards, commands, webhook) and every call but getUpdates is recorded.
 * Tests inject updates, redeliver one, and make the next calls of a method answer 429.
 */
export class FakeBotApi extends FakeApiMethods {
  private readonly queue: { update: FakeUpdate; redelivered: boolean }[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly limits = new Map<string, { times: number; retryAfter: number }>();
  private readonly windows = new Map<string, { perSecond: number; accepted: number[] }>();
  private server: Server | undefined;

  static async start(): Promise<FakeBotApi> {
    const api = new FakeBotApi();
    const server = createServer((req, res) => void api.serve(req, res));
    api.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return api;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const wake of this.waiters) wake();
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** Queues an update for getUpdates and wakes a waiting long poll. */
  push(update: FakeUpdate): number {
    this.queue.push({ update, redelivered: false });
    for (const wake of this.waiters) wake();
    return update.update_id;
  }

  /** Delivers an update again, even one whose offset was already confirmed. */
  redeliver(updateId: number): void {
    const update = this.updates.get(updateId);
    if (!update) throw new Error(`no update ${updateId}`);
    this.queue.push({ update, redelivered: true });
    for (const wake of this.waiters) wake();
  }

  /** The next `times` calls of `method` answer 429 with `retry_after`. */
  rateLimit(method: string, times: number, retryAfter = 1): void {
    this.limits.set(method, { times, retryAfter });
  }

  /**
   * From now on `method` is limited as Telegram limits a bot: a call when `perSecond` were
   * accepted in the last second answers 429 with retry_after 1 (counted in `refused`).
   */
  limitPerSecond(method: string, perSecond: number): void {
    this.windows.set(method, { perSecond, accepted: [] });
  }

  /** Calls answered 429 by limitPerSecond. */
  refused = 0;

  /** Polls `probe` every 10 ms until it gives a truthy value (or fails after `ms`). */
  async waitFor<T>(
    probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
    ms = 5_000,
  ): Promise<T> {
    const until = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > until) throw new Error("waitFor: timed out");
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? "");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const params = await paramsOf(req.headers["content-type"], Buffer.concat(chunks));
    const method = match?.[1] ?? "";
    const answer = await this.answer(method, params, res);
    if (res.destroyed) return;
    res.writeHead(answer.ok ? 200 : answer.error_code, { "content-type": "application/json" });
    res.end(JSON.stringify(answer));
  }

  private async answer(
    method: string,
    params: Record<string, unknown>,
    res: ServerResponse,
  ): Promise<ApiResult> {
    const limit = this.limits.get(method);
    if (method !== "getUpdates") this.calls.push({ method, params, at: Date.now() });
    if (limit && limit.times > 0) {
      limit.times -= 1;
      return {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${limit.retryAfter}`,
        parameters: { retry_after: limit.retryAfter },
      };
    }
    const window = this.windows.get(method);
    if (window) {
      const now = Date.now();
      while ((window.accepted[0] ?? now) <= now - 1000) window.accepted.shift();
      if (window.accepted.length >= window.perSecond) {
        this.refused += 1;
        const description = "Too Many Requests: retry after 1";
        return { ok: false, error_code: 429, description, parameters: { retry_after: 1 } };
      }
      window.accepted.push(now);
    }
    if (method === "getUpdates") return this.getUpdates(params, res);
    return this.call(method, params);
  }

  /** Confirms updates below `offset`, answers what is left; waits up to `timeout` s for one. */
  private async getUpdates(params: Record<string, unknown>, res: ServerResponse) {
    if (this.webhook) {
      const description = "Conflict: can't use getUpdates method while webhook is active";
      return { ok: false as const, error_code: 409, description };
    }
    const offset = Number(params.offset ?? 0);
    const limit = Number(params.limit ?? 100);
    const timeout = Number(params.timeout ?? 0);
    const take = () => {
      const kept = this.queue.filter((e) => e.redelivered || e.update.update_id >= offset);
      this.queue.splice(0, this.queue.length, ...kept);
      const batch = this.queue.slice(0, limit);
      for (const e of batch) e.redelivered = false;
      return batch.map((e) => e.update);
    };
    const now = take();
    if (now.length > 0 || timeout <= 0) return { ok: true as const, result: now };
    await new Promise<void>((resolve) => {
      const wake = () => {
        this.waiters.delete(wake);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(wake, timeout * 1000);
      this.waiters.add(wake);
      res.once("close", wake);
    });
    return { ok: true as const, result: res.destroyed ? [] : take() };
  }
}
