// Writes a new nota with all its content, and its audit event, in the caller's transaction.
import type { Tx } from "@/lib/db/create-client";
import { recordAuditEvent } from "@/lib/audit/record";
import type { NotaContent } from "../domain/nota/content-schema";
import { insertContentRows, loadSnapshot, notaColumns } from "./content-rows";
import { recordVersion } from "./record-version";
import { writeSearchDocument } from "./search-document";

export interface InsertNotaInput {
  reference: string;
  content: NotaContent;
  createdById: string | null;
  actingOfficeId?: string | null;
  /** What version 1 is called in the history, e.g. "Aangemaakt uit sjabloon …". */
  versionLabel?: string;
}

export async function insertNota(tx: Tx, input: InsertNotaInput): Promise<{ id: string }> {
  const nota = await tx.nota.create({
    data: { ...notaColumns(input.content), reference: input.reference, createdById: input.createdById },
    select: { id: true, version: true },
  });
  await insertContentRows(tx, nota.id, input.content);
  await writeSearchDocument(tx, nota.id, input.reference, input.content);
  await recordVersion(tx, {
    notaId: nota.id,
    revision: nota.version,
    snapshot: await loadSnapshot(tx, nota.id),
    authorId: input.createdById,
    kind: "EXPLICIT",
    label: input.versionLabel ?? "Aangemaakt",
  });
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
