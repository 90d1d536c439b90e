// A refused action is recorded too, in a statement of its own: the refused change itself never
// happens, but the attempt is part of the record.
import type { Db } from "@/lib/db/create-client";
import type { AuditAction } from "./actions";
import { recordAuditEvent } from "./record";

export interface Refusal {
  action: AuditAction;
  actorId: string;
  actingOfficeId?: string | null;
  objectType: string;
  objectId: string | null;
  notaId?: string | null;
  notaVersion?: number | null;
  reason: string;
  ip: string | null;
  userAgent: string | null;
}

export async function recordRefusal(db: Db, refusal: Refusal): Promise<void> {
  const { reason, ...event } = refusal;
  await recordAuditEvent(db, { ...event, result: "REFUSED", details: { reason } });
}
