// Downloading a nota as DOCX or PDF, for those who may read it: the internal document, or one
// of its two publication versions (bij Kamerstuk, Woo-verzoek) with the DiWoo metadata that goes
// alongside. Every file is made from the nota's current version; a nota the offices have
// decided on can carry their decisions. Every download is on the record: who, which format,
// which version, internal or publication.
import "server-only";
import { recordExport } from "@/lib/audit/record-export";
import { loadCurrent } from "@/lib/data/content-rows";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import { DECIDED_STATUSES, isIn } from "@/lib/domain/route/status-groups";
import { renderNotaDocx } from "@/lib/export/docx/nota-docx";
import { buildNotaDocument, type DocumentPart, type ExportedDecision } from "@/lib/export/nota-document/model";
import { PUBLICATION_KINDS, redactForPublication, type PublicationKind } from "@/lib/export/nota-document/redact";
import { renderNotaPdf } from "@/lib/export/pdf/nota-pdf";
import { MINISTERIE_VAN_BUITENLANDSE_ZAKEN, publicationMetadata } from "@/lib/export/publication/diwoo-metadata";
import type { RequestContext } from "@/lib/http/request-context";

export const DOCUMENT_FORMATS = {
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  pdf: { mimeType: "application/pdf", extension: "pdf" },
  json: { mimeType: "application/json; charset=utf-8", extension: "json" },
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;

export interface NotaDocumentRequest {
  user: CurrentUser;
  notaId: string;
  /** json: the DiWoo metadata of a publication version. */
  format: DocumentFormat;
  /** Internal documents only: publication versions carry the decisions whenever there are any. */
  withDecisions: boolean;
  publication: PublicationKind | null;
  /** The whole nota, or the bijlage alone as it goes with the Kamerbrief. */
  part?: DocumentPart;
  context: RequestContext;
}

function refuse(message: string, path: string): never {
  throw new InvalidInputError(message, [{ path, message }]);
}

export async function exportNotaDocument(request: NotaDocumentRequest): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const { user, notaId, format, publication, context } = request;
  const nota = await readableNotaOrRefuse(
    user,
    { id: notaId },
    { id: true, reference: true, status: true, version: true },
    { action: "nota.read_refused", context },
  );
  const decided = isIn(DECIDED_STATUSES, nota.status);
  if (request.withDecisions && !decided) refuse("Besluiten kunnen pas mee als alle bewindspersonen hebben besloten.", "besluiten");
  if (publication === "kamerstuk" && !decided) refuse("De versie bij Kamerstuk kan pas als alle bewindspersonen hebben besloten.", "publicatie");
  if (format === "json" && publication === null) refuse("Metadata hoort bij een publicatieversie.", "formaat");
  const part = request.part ?? "nota";
  if (part === "bijlage" && (publication !== null || request.withDecisions || format === "json"))
    refuse("De bijlage is een document op zich, zonder besluiten of publicatieversie.", "deel");
  const withDecisions = publication !== null ? decided : request.withDecisions;

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
  if (part === "bijlage" && current.snapshot.annex === null) refuse("Deze nota heeft geen bijlage.", "deel");
  const redaction = publication ? redactForPublication(current.snapshot, publication) : null;
  const suffix = part === "bijlage" ? "-bijlage" : publication ? `-${PUBLICATION_KINDS[publication].fileSuffix}` : withDecisions ? "-met-besluiten" : "";
  const baseName = `${nota.reference}${suffix}`;

  let bytes: Buffer;
  if (format === "json") {
    const metadata = publicationMetadata({
      kind: publication!,
      publisher: MINISTERIE_VAN_BUITENLANDSE_ZAKEN,
      reference: nota.reference,
      title: current.snapshot.title,
      date: current.snapshot.date,
      establishedAt: exported.at(-1)?.decidedAt ?? new Date(`${current.snapshot.date}T12:00:00Z`),
      notaVersion: current.version,
      files: [
        { name: `${baseName}.pdf`, format: "pdf" },
        { name: `${baseName}.docx`, format: "docx" },
      ],
      grounds: redaction!.grounds,
    });
    bytes = Buffer.from(`${JSON.stringify(metadata, null, 2)}\n`, "utf8");
  } else {
    const model = buildNotaDocument({
      content: redaction?.content ?? current.snapshot,
      reference: nota.reference,
      offices: new Map(offices.map((o) => [o.id, { code: o.code, name: o.name }])),
      decisions: withDecisions ? exported : null,
      part,
    });
    bytes = format === "docx" ? await renderNotaDocx(model) : await renderNotaPdf(model);
  }
  await recordExport(db, {
    actorId: user.id,
    notaId: nota.id,
    notaVersion: current.version,
    details: {
      format,
      kind: publication ?? "intern",
      part,
      publication: publication !== null,
      withDecisions,
      ...(redaction ? { grounds: redaction.grounds } : {}),
      bytes: bytes.length,
    },
    ...context,
  });
  const { mimeType, extension } = DOCUMENT_FORMATS[format];
  return { fileName: `${baseName}.${extension}`, mimeType, bytes };
}
