// Importing an existing nota (a Word document or pasted text) as a new concept: first a
// preview with the import report, then, when the person saves it, the concept itself for one
// of the units they draft for. The import is on the record with what the report said.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { insertNota } from "@/lib/data/insert-nota";
import { nextReference } from "@/lib/data/next-reference";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/config/env";
import { ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import { parseNota, type ImportReport } from "@/lib/domain/import/parse-nota";
import type { SourceDocument } from "@/lib/domain/import/source-blocks";
import { readTextSource } from "@/lib/domain/import/text-source";
import { NotaContentSchema, type NotaContent } from "@/lib/domain/nota/content-schema";
import { canDraftFor, draftingOfficeIds, hasRoleAnywhere, type CurrentUser } from "@/lib/domain/permissions";
import { readDocxSource, UnreadableDocumentError } from "@/lib/import/docx-source";
import type { RequestContext } from "@/lib/http/request-context";

export type ImportSource = { kind: "docx"; fileName: string; bytes: Uint8Array } | { kind: "text"; text: string };

function mayImport(user: CurrentUser): boolean {
  return draftingOfficeIds(user).length > 0 || hasRoleAnywhere(user, ["BEHEER"]);
}

async function refuse(user: CurrentUser, context: RequestContext, reason: string): Promise<never> {
  await recordRefusal(db, { action: "nota.create_refused", actorId: user.id, objectType: "Import", objectId: null, reason, ...context });
  throw new ForbiddenError(reason);
}

function readSource(source: ImportSource): SourceDocument {
  if (source.kind === "text") return readTextSource(source.text);
  try {
    return readDocxSource(source.bytes);
  } catch (error) {
    const message = error instanceof UnreadableDocumentError ? error.message : "Dit document kan niet worden gelezen.";
    throw new InvalidInputError(message, [{ path: "bestand", message }]);
  }
}

/** The structured nota and its report, nothing saved. */
export async function previewImport(options: { user: CurrentUser; source: ImportSource; context: RequestContext }) {
  const { user, source, context } = options;
  if (!mayImport(user)) await refuse(user, context, "U bent geen opsteller bij een onderdeel en kunt daarom geen nota inlezen.");
  const offices = await db.office.findMany({ select: { id: true, code: true } });
  const { content, report } = parseNota(readSource(source), offices);
  if (!content.title && content.aanleiding.content.length === 0 && content.decisionPoints.length === 0 && !content.annex) {
    const message = "In deze tekst is geen nota gevonden: geen titel, Aanleiding, Geadviseerd besluit of bijlage.";
    throw new InvalidInputError(message, [{ path: source.kind === "docx" ? "bestand" : "tekst", message }]);
  }
  return { content, report };
}

export interface SaveImportInput {
  ownerOfficeId: string;
  content: Omit<NotaContent, "ownerOfficeId">;
  sourceName: string;
  report: Pick<ImportReport, "sourceReference"> & { unplaced: number; inconsistencies: number };
}

/** Saves the previewed nota as a new concept of the chosen unit, and opens it for editing. */
export async function saveImport(options: { user: CurrentUser; input: SaveImportInput; context: RequestContext }) {
  const { user, input, context } = options;
  const permission = canDraftFor(user, input.ownerOfficeId);
  if (!permission.ok) await refuse(user, context, permission.reason);
  const parsed = NotaContentSchema.safeParse({ ...input.content, ownerOfficeId: input.ownerOfficeId });
  if (!parsed.success) {
    const message = "De ingelezen nota past niet in het formaat van een nota. Lees het document opnieuw in.";
    throw new InvalidInputError(message, [{ path: "inhoud", message }]);
  }
  // Offices named in the header must exist; a name that no longer does is kept as text.
  const known = new Set((await db.office.findMany({ select: { id: true } })).map((o) => o.id));
  const content: NotaContent = {
    ...parsed.data,
    parties: Object.fromEntries(
      Object.entries(parsed.data.parties).map(([role, entries]) => [
        role,
        entries.map((e) => (e.officeId && !known.has(e.officeId) ? { ...e, officeId: null } : e)),
      ]),
    ) as NotaContent["parties"],
    recipients: { besluit: [], informatie: [] },
  };
  return db.$transaction(async (tx) => {
    const reference = await nextReference(tx, getEnv().NOTA_REFERENCE_PREFIX);
    const { id } = await insertNota(tx, {
      reference,
      content,
      createdById: user.id,
      actingOfficeId: input.ownerOfficeId,
      versionLabel: `Ingelezen uit ${input.sourceName}`,
    });
    await recordAuditEvent(tx, {
      action: "nota.imported",
      actorId: user.id,
      actingOfficeId: input.ownerOfficeId,
      objectType: "Nota",
      objectId: id,
      notaId: id,
      notaVersion: 1,
      details: {
        source: input.sourceName,
        sourceReference: input.report.sourceReference,
        unplaced: input.report.unplaced,
        inconsistencies: input.report.inconsistencies,
      },
      ...context,
    });
    return { id, reference };
  });
}
