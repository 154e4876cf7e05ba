import type { Tx } from "./client.ts";

export interface AuditEntry {
  memberId?: number | undefined;
  actor: "member" | "group" | "system";
  action: string;
  subject?: string;
  detail?: Record<string, unknown>;
}

export async function insertAudit(tx: Tx, e: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      memberId: e.memberId ?? null,
      actor: e.actor,
      action: e.action,
      subject: e.subject ?? "",
      detail: JSON.stringify(e.detail ?? {}),
    },
  });
}
