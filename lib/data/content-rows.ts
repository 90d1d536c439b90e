// Mapping between NotaContent and the database rows: one createMany per table when
// writing, one query with ordered includes when reading. Never a query per row.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/create-client";
import { parseIsoDate, toIsoDate } from "@/lib/domain/dates";
import { readerOfficeIds } from "@/lib/domain/permissions";
import { PARTY_ROLES } from "../domain/nota/labels";
import type { NotaContent } from "../domain/nota/content-schema";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import type { NotaSnapshot } from "../domain/nota/snapshot";

const { DbNull } = Prisma;
const dateOrNull = (value: string | null) => (value === null ? null : parseIsoDate(value));
const isoOrNull = (value: Date | null) => (value === null ? null : toIsoDate(value));

/** The columns of the Nota row that come from its content. */
export function notaColumns(content: NotaContent) {
  return {
    marking: content.marking,
    classification: content.classification,
    title: content.title,
    date: parseIsoDate(content.date),
    drafterName: content.drafterName,
    plannedDate: dateOrNull(content.plannedDate),
    kamerDeadline: dateOrNull(content.kamerDeadline),
    ownerOfficeId: content.ownerOfficeId,
    readerOfficeIds: readerOfficeIds(content),
    aanleiding: content.aanleiding,
    annexTitle: content.annex?.title ?? null,
    annexNote: content.annex?.note ?? DbNull,
  } satisfies Partial<Prisma.NotaUncheckedCreateInput>;
}

/** Inserts every child row of a new nota's content. The nota row itself must exist. */
export async function insertContentRows(tx: Tx, notaId: string, content: NotaContent): Promise<void> {
  await tx.decisionPoint.createMany({
    data: content.decisionPoints.map((point, position) => ({ id: point.id, notaId, position, text: point.text })),
  });
  await insertRowsOtherThanDecisionPoints(tx, notaId, content);
}

/**
 * Replaces a nota's content rows with `content`. Decision points are kept by id, because
 * decisions refer to them: a point that was decided on and is now removed from the text is
 * retired, not deleted.
 */
export async function replaceContentRows(tx: Tx, notaId: string, content: NotaContent): Promise<void> {
  // One after the other: a transaction is one connection, which runs one query at a time.
  await tx.notaParty.deleteMany({ where: { notaId } });
  await tx.notaRecipient.deleteMany({ where: { notaId } });
  await tx.remark.deleteMany({ where: { notaId } });
  await tx.kernSection.deleteMany({ where: { notaId } });
  await tx.timelineEntry.deleteMany({ where: { notaId } });
  await tx.annexCategory.deleteMany({ where: { notaId } });
  await syncDecisionPoints(tx, notaId, content.decisionPoints);
  await insertRowsOtherThanDecisionPoints(tx, notaId, content);
}

async function syncDecisionPoints(tx: Tx, notaId: string, points: NotaContent["decisionPoints"]): Promise<void> {
  const ids = points.map((point) => point.id);
  const foreign = await tx.decisionPoint.count({ where: { id: { in: ids }, notaId: { not: notaId } } });
  if (foreign > 0) throw new ContentRowsError("Een besluitpunt hoort bij een andere nota.");

  const existing = await tx.decisionPoint.findMany({
    where: { notaId, retiredAt: null, id: { notIn: ids } },
    select: { id: true, _count: { select: { approvals: true } } },
  });
  const decidedOn = existing.filter((point) => point._count.approvals > 0).map((point) => point.id);
  const neverDecided = existing.filter((point) => point._count.approvals === 0).map((point) => point.id);
  await tx.decisionPoint.deleteMany({ where: { id: { in: neverDecided } } });
  await tx.decisionPoint.updateMany({ where: { id: { in: decidedOn } }, data: { retiredAt: new Date() } });
  if (points.length === 0) return;
  // One statement for all points: insert new ones, update (and un-retire) existing ones.
  await tx.$executeRaw`
    INSERT INTO "DecisionPoint" ("id", "notaId", "position", "text")
    SELECT id, ${notaId}::uuid, position, text
    FROM unnest(${ids}::uuid[], ${points.map((_, i) => i)}::int[], ${points.map((p) => JSON.stringify(p.text))}::jsonb[])
      AS point(id, position, text)
    ON CONFLICT ("id") DO UPDATE SET "position" = EXCLUDED."position", "text" = EXCLUDED."text", "retiredAt" = NULL
    WHERE "DecisionPoint"."notaId" = EXCLUDED."notaId"`;
}

/** A content row that cannot be written as sent (an id that belongs to another nota). */
export class ContentRowsError extends Error {}

async function insertRowsOtherThanDecisionPoints(tx: Tx, notaId: string, content: NotaContent): Promise<void> {
  const parties = PARTY_ROLES.flatMap((role) => content.parties[role].map((entry, position) => ({ notaId, role, position, ...entry })));
  const recipients = [
    ...content.recipients.besluit.map((officeId, position) => ({ notaId, officeId, position, role: "BESLUIT" as const })),
    ...content.recipients.informatie.map((officeId, position) => ({ notaId, officeId, position, role: "INFORMATIE" as const })),
  ];
  const categories = content.annex?.categories ?? [];
  const kaders = categories.flatMap((category) => category.kaders.map((kader, position) => ({ category, kader, position })));

  await tx.notaParty.createMany({ data: parties });
  await tx.notaRecipient.createMany({ data: recipients });
  await tx.remark.createMany({
    data: content.remarks.map((remark, position) => ({ id: remark.id, notaId, position, body: remark.body })),
  });
  await tx.kernSection.createMany({
    data: content.kern.map((section, position) => ({ id: section.id, notaId, position, title: section.title, body: section.body })),
  });
  await tx.timelineEntry.createMany({
    data: content.timeline.map((entry, position) => ({
      id: entry.id,
      notaId,
      position,
      date: parseIsoDate(entry.date),
      description: entry.description,
    })),
  });
  await tx.annexCategory.createMany({
    data: categories.map((category, position) => ({ id: category.id, notaId, position, kind: category.kind, title: category.title })),
  });
  await tx.kader.createMany({
    data: kaders.map(({ category, kader, position }) => ({
      id: kader.id,
      categoryId: category.id,
      position,
      region: kader.region,
      termStart: dateOrNull(kader.termStart),
      termEnd: dateOrNull(kader.termEnd),
    })),
  });
  await tx.bijdrage.createMany({
    data: kaders.flatMap(({ kader }) => kader.bijdragen.map((bijdrage, position) => ({ ...bijdrage, kaderId: kader.id, position }))),
  });
}

const byPosition = { orderBy: { position: "asc" } } as const;

/** Everything needed to rebuild a nota's content, in document order. */
export const notaContentInclude = {
  parties: { ...byPosition, include: { office: true } },
  recipients: { ...byPosition, include: { office: true } },
  decisionPoints: { where: { retiredAt: null }, ...byPosition },
  remarks: byPosition,
  kernSections: byPosition,
  timeline: byPosition,
  annexCategories: { ...byPosition, include: { kaders: { ...byPosition, include: { bijdragen: byPosition } } } },
  ownerOffice: true,
} as const satisfies Prisma.NotaInclude;

export type NotaWithContent = Prisma.NotaGetPayload<{ include: typeof notaContentInclude }>;

export function toNotaContent(nota: NotaWithContent): NotaContent {
  const partiesOf = (role: (typeof PARTY_ROLES)[number]) =>
    nota.parties.filter((party) => party.role === role).map((party) => ({ officeId: party.officeId, text: party.text, personalData: party.personalData }));
  return {
    marking: nota.marking,
    classification: nota.classification,
    title: nota.title,
    date: toIsoDate(nota.date),
    drafterName: nota.drafterName,
    plannedDate: isoOrNull(nota.plannedDate),
    kamerDeadline: isoOrNull(nota.kamerDeadline),
    ownerOfficeId: nota.ownerOfficeId,
    parties: {
      AAN: partiesOf("AAN"),
      VAN: partiesOf("VAN"),
      VIA: partiesOf("VIA"),
      KOPIE_AAN: partiesOf("KOPIE_AAN"),
      AFGESTEMD_MET: partiesOf("AFGESTEMD_MET"),
    },
    recipients: {
      besluit: nota.recipients.filter((r) => r.role === "BESLUIT").map((r) => r.officeId),
      informatie: nota.recipients.filter((r) => r.role === "INFORMATIE").map((r) => r.officeId),
    },
    aanleiding: nota.aanleiding as RichTextDoc,
    decisionPoints: nota.decisionPoints.map((point) => ({ id: point.id, text: point.text as RichTextDoc })),
    remarks: nota.remarks.map((remark) => ({ id: remark.id, body: remark.body as RichTextDoc })),
    kern: nota.kernSections.map((section) => ({ id: section.id, title: section.title, body: section.body as RichTextDoc })),
    timeline: nota.timeline.map((entry) => ({ id: entry.id, date: toIsoDate(entry.date), description: entry.description })),
    annex:
      nota.annexTitle === null
        ? null
        : {
            title: nota.annexTitle,
            note: (nota.annexNote as RichTextDoc | null) ?? null,
            categories: nota.annexCategories.map((category) => ({
              id: category.id,
              kind: category.kind,
              title: category.title,
              kaders: category.kaders.map((kader) => ({
                id: kader.id,
                region: kader.region,
                termStart: isoOrNull(kader.termStart),
                termEnd: isoOrNull(kader.termEnd),
                bijdragen: kader.bijdragen.map((b) => ({
                  id: b.id,
                  name: b.name,
                  acronym: b.acronym,
                  framework: b.framework,
                  location: b.location,
                  personnelBefore: b.personnelBefore,
                  personnelBeforeCirca: b.personnelBeforeCirca,
                  personnelAfter: b.personnelAfter,
                  personnelAfterCirca: b.personnelAfterCirca,
                  contribution: b.contribution,
                  remark: b.remark,
                  verkenning: b.verkenning,
                  uitbreiding: b.uitbreiding,
                  modulair: b.modulair,
                  article100: b.article100,
                })),
              })),
            })),
          },
  };
}

/**
 * The nota's current state: its snapshot (content and attachments) and the version it is,
 * read by one statement, so that the two always belong together.
 */
export async function loadCurrent(db: Tx, notaId: string): Promise<{ snapshot: NotaSnapshot; version: number }> {
  const nota = await db.nota.findUniqueOrThrow({
    where: { id: notaId },
    include: {
      ...notaContentInclude,
      attachments: { where: { removedAt: null }, orderBy: { createdAt: "asc" }, select: attachmentMetaSelect },
    },
  });
  return { snapshot: { ...toNotaContent(nota), attachments: nota.attachments }, version: nota.version };
}

export async function loadSnapshot(tx: Tx, notaId: string): Promise<NotaSnapshot> {
  return (await loadCurrent(tx, notaId)).snapshot;
}

export const attachmentMetaSelect = { id: true, fileName: true, mimeType: true, size: true, sha256: true } as const;
