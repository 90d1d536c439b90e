// A download of a nota's content (a document, a publication version, a CSV) on the record:
// who, which nota and version, and what was made of it.
import type { Executor } from "./record";
import { recordAuditEvent } from "./record";

export interface ExportRecord {
  actorId: string;
  notaId: string;
  notaVersion: number;
  details: { format: string; kind: string; publication: boolean } & Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
}

export function recordExport(client: Executor, record: ExportRecord): Promise<void> {
  const { actorId, notaId, notaVersion, details, ip, userAgent } = record;
  return recordAuditEvent(client, { action: "nota.exported", actorId, objectType: "Nota", objectId: notaId, notaId, notaVersion, details, ip, userAgent });
}
