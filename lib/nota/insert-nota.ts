// Writes a new nota with all its content, and its audit event, in the caller's transaction.
import type { Tx } from "@/lib/db/create-client";
import { recordAuditEvent } from "@/lib/audit/record";
import type { NotaContent } from "./content-schema";
import { insertContentRows, notaColumns } from "./content-rows";

export interface InsertNotaInput {
  reference: string;
  content: NotaContent;
  createdById: string | null;
  actingOfficeId?: string | null;
}

export async function insertNota(tx: Tx, input: InsertNotaInput): Promise<{ id: string }> {
  const nota = await tx.nota.create({
    data: { ...notaColumns(input.content), reference: input.reference, createdById: input.createdById },
    select: { id: true, version: true },
  });
  await insertContentRows(tx, nota.id, input.content);
  await recordAuditEvent(tx, {
    action: "nota.created",
    actorId: input.createdById,
    actingOfficeId: input.actingOfficeId ?? null,
    objectType: "Nota",
    objectId: nota.id,
    notaId: nota.id,
    notaVersion: nota.version,
    details: { reference: input.reference },
  });
  return { id: nota.id };
}
