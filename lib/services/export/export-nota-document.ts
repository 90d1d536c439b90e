// Downloading a nota as DOCX or PDF, for those who may read it. The file is made from the
// nota's current version; a nota the offices have decided on can carry their decisions. Every
// download is on the record: who, which format, which version, internal or publication.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { loadCurrent } from "@/lib/data/content-rows";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import { DECIDED_STATUSES, isIn } from "@/lib/domain/route/status-groups";
import { renderNotaDocx } from "@/lib/export/docx/nota-docx";
import { buildNotaDocument, type ExportedDecision } from "@/lib/export/nota-document/model";
import { renderNotaPdf } from "@/lib/export/pdf/nota-pdf";
import type { RequestContext } from "@/lib/http/request-context";

export const DOCUMENT_FORMATS = {
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  pdf: { mimeType: "application/pdf", extension: "pdf" },
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;

export interface NotaDocumentRequest {
  user: CurrentUser;
  notaId: string;
  format: DocumentFormat;
  withDecisions: boolean;
  context: RequestContext;
}

export async function exportNotaDocument(request: NotaDocumentRequest): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const { user, notaId, format, withDecisions, context } = request;
  const nota = await readableNotaOrRefuse(user, { id: notaId }, { id: true, reference: true, status: true, version: true }, { action: "nota.read_refused", context });
  if (withDecisions && !isIn(DECIDED_STATUSES, nota.status)) {
    throw new InvalidInputError("Besluiten kunnen pas mee als alle bewindspersonen hebben besloten.", [
      { path: "besluiten", message: "Deze nota is nog niet besloten." },
    ]);
  }
  const [current, offices, decisions] = await Promise.all([
    db.$transaction((tx) => loadCurrent(tx, notaId)),
    db.office.findMany({ select: { id: true, code: true, name: true } }),
    withDecisions
      ? db.officeDecision.findMany({
          where: { notaId, notaVersion: nota.version },
          orderBy: { decidedAt: "asc" },
          select: {
            officeId: true,
            decidedAt: true,
            notaVersion: true,
            note: true,
            approvals: { select: { decisionPointId: true, decision: true, annotation: true } },
          },
        })
      : Promise.resolve([]),
  ]);
  const exported: ExportedDecision[] = decisions.map((d) => ({
    officeId: d.officeId,
    decidedAt: d.decidedAt,
    notaVersion: d.notaVersion,
    note: d.note,
    points: d.approvals,
  }));
  const model = buildNotaDocument({
    content: current.snapshot,
    reference: nota.reference,
    offices: new Map(offices.map((o) => [o.id, { code: o.code, name: o.name }])),
    decisions: withDecisions ? exported : null,
  });
  const bytes = format === "docx" ? await renderNotaDocx(model) : await renderNotaPdf(model);
  await recordAuditEvent(db, {
    action: "nota.exported",
    actorId: user.id,
    objectType: "Nota",
    objectId: nota.id,
    notaId: nota.id,
    notaVersion: current.version,
    details: { format, kind: "intern", publication: false, withDecisions, bytes: bytes.length },
    ...context,
  });
  const { mimeType, extension } = DOCUMENT_FORMATS[format];
  return { fileName: `${nota.reference}${withDecisions ? "-met-besluiten" : ""}.${extension}`, mimeType, bytes };
}
