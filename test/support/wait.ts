import { createServer } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * Resolves once `check` holds, looking every 10 ms; throws after `tries` looks (20 s by
 * default: long enough for a loaded two-core machine, a guard against a hang, not a timing).
 */
export async function until(check: () => boolean | Promise<boolean>, tries = 2_000): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("never happened");
}

/** A TCP port free on 127.0.0.1 right now (for a child process to listen on). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
