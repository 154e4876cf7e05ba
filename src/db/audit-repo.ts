import { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./client.ts";
import { executeSql } from "./direct-sql.ts";

export interface AuditEntry {
  memberId?: number | undefined;
  actor: "member" | "group" | "system";
  action: string;
  subject?: string;
  detail?: Record<string, unknown>;
}

/** Raw: every write of a dialog turn audits, and a model query costs several raw statements. */
export async function insertAudit(tx: Tx, e: AuditEntry): Promise<void> {
  await executeSql(
    tx,
    Prisma.sql`
    INSERT INTO "AuditLog" ("at", "memberId", "actor", "action", "subject", "detail")
    VALUES (${new Date()}, ${e.memberId ?? null}, ${e.actor}, ${e.action}, ${e.subject ?? ""},
      ${JSON.stringify(e.detail ?? {})})`,
  );
}
