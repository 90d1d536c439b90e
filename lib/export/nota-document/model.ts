// One nota as a document, independent of the file format: what the DOCX and the PDF both
// print, in the order and with the words of the nota itself. Both renderers walk this one
// model, so the two files cannot drift apart, and a later redaction step has one place to act.
import { formatDate } from "@/lib/domain/dates";
import type { NotaContent, PartyEntry } from "@/lib/domain/nota/content-schema";
import {
  BIJDRAGE_FLAG_LABELS,
  CLASSIFICATION_LABELS,
  DECISION_LABELS,
  FIELD_LABELS,
  FRAMEWORK_LABELS,
  MARKING_LABELS,
  PARTY_ROLE_LABELS,
  PARTY_ROLES,
} from "@/lib/domain/nota/labels";
import { formatPersonnel, personnelTotals, type PersonnelTotal } from "@/lib/domain/nota/personnel";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import type { DecisionValue } from "@/lib/domain/enums";

/** A line of label and value, as in the header block and the reference column. */
export interface LabelledValue {
  label: string;
  value: string;
}

export interface DocumentSection {
  heading: string;
  /** 1: Aanleiding, Geadviseerd besluit, Kern; 2: a Kern sub-section or the Tijdlijn. */
  level: 1 | 2;
  body: RichTextDoc;
}

export interface AnnexTable {
  region: string;
  term: string | null;
  /** Bijdrage, Kader, Locatie, Inzet, Personeel vóór, Personeel na, Kenmerken. */
  rows: string[][];
  /** The note says how many bijdragen have no count and are left out of the total. */
  total: { label: string; note: string | null; before: string; after: string } | null;
}

export interface AnnexModel {
  heading: string;
  note: RichTextDoc | null;
  categories: Array<{ heading: string; summary: string; tables: AnnexTable[] }>;
}

export interface DecisionsModel {
  heading: string;
  offices: Array<{
    office: string;
    /** "Besloten op 20 februari 2025 (versie 3)". */
    line: string;
    note: string | null;
    points: Array<{ point: string; decision: string; annotation: string | null }>;
  }>;
}

export interface NotaDocumentModel {
  /** The whole nota, or the bijlage alone (the annex as it goes with the Kamerbrief). */
  part: DocumentPart;
  reference: string;
  title: string;
  marking: string;
  /** Printed in header and footer when the nota carries one. */
  classification: string | null;
  parties: LabelledValue[];
  referenceColumn: LabelledValue[];
  /** Repeated in the margin of every page after the first (the first has the reference column). */
  margin: LabelledValue[];
  aanleiding: RichTextDoc;
  decisionPointsHeading: string;
  decisionPoints: RichTextDoc[];
  remarks: Array<{ label: string; body: RichTextDoc }>;
  kernHeading: string;
  kern: DocumentSection[];
  timeline: { heading: string; entries: string[] } | null;
  annex: AnnexModel | null;
  decisions: DecisionsModel | null;
}

export type DocumentPart = "nota" | "bijlage";

export interface OfficeName {
  code: string;
  name: string;
}

/** An office's decision on the version it saw, for the export of a besloten nota. */
export interface ExportedDecision {
  officeId: string;
  decidedAt: Date;
  notaVersion: number;
  note: string | null;
  points: Array<{ decisionPointId: string; decision: DecisionValue; annotation: string | null }>;
}

export const ANNEX_COLUMNS = ["Bijdrage", "Kader", "Locatie", "Inzet", "Personeel vóór", "Personeel na", "Kenmerken"] as const;
/** Each column's share of the text width, the same in both formats. */
export const ANNEX_COLUMN_SHARES = [0.26, 0.09, 0.1, 0.16, 0.12, 0.12, 0.15] as const;

const FLAG_LABELS = BIJDRAGE_FLAG_LABELS;

/** "M en R", "A; B en C": entries as the nota writes them. */
export function partyText(entries: PartyEntry[], offices: ReadonlyMap<string, OfficeName>): string {
  const names = entries.map((entry) => {
    const office = entry.officeId ? offices.get(entry.officeId)?.code : undefined;
    return [office, entry.text].filter(Boolean).join(", ");
  });
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join("; ")} en ${names.at(-1)}`;
}

function totalText(total: PersonnelTotal, bijdragen: number): string {
  return total.missing === bijdragen ? "–" : (formatPersonnel(total) ?? "–");
}

function missingNote(totals: { before: PersonnelTotal; after: PersonnelTotal }): string | null {
  const parts = [
    totals.before.missing > 0 ? `vóór: ${totals.before.missing === 1 ? "1 bijdrage" : `${totals.before.missing} bijdragen`} zonder aantal` : null,
    totals.after.missing > 0 ? `na: ${totals.after.missing === 1 ? "1 bijdrage" : `${totals.after.missing} bijdragen`} zonder aantal` : null,
  ].filter(Boolean);
  return parts.length > 0 ? `Niet in het totaal (${parts.join("; ")})` : null;
}

function annexModel(annex: NonNullable<NotaContent["annex"]>): AnnexModel {
  return {
    heading: `Bijlage: ${annex.title}`,
    note: annex.note,
    categories: annex.categories.map((category, index) => {
      const all = category.kaders.flatMap((k) => k.bijdragen);
      const totals = personnelTotals(all);
      return {
        heading: `${index + 1}. ${category.title}`,
        summary: `${all.length === 1 ? "1 bijdrage" : `${all.length} bijdragen`}; personeel vóór ${formatPersonnel(totals.before) ?? "–"}, na ${formatPersonnel(totals.after) ?? "–"} (voor zover genoemd)`,
        tables: category.kaders.map((kader) => {
          const kaderTotals = personnelTotals(kader.bijdragen);
          return {
            region: kader.region,
            term:
              kader.termStart || kader.termEnd
                ? `looptijd ${kader.termStart ? formatDate(kader.termStart) : "…"} tot en met ${kader.termEnd ? formatDate(kader.termEnd) : "…"}`
                : null,
            rows: kader.bijdragen.map((b) => [
              [b.acronym ? `${b.name} (${b.acronym})` : b.name, b.remark].filter(Boolean).join("\n"),
              b.framework ? FRAMEWORK_LABELS[b.framework] : "–",
              b.location ?? "–",
              b.contribution ?? "–",
              formatPersonnel({ count: b.personnelBefore, circa: b.personnelBeforeCirca }) ?? "–",
              formatPersonnel({ count: b.personnelAfter, circa: b.personnelAfterCirca }) ?? "–",
              FLAG_LABELS.filter(([key]) => b[key])
                .map(([, label]) => label)
                .join(", ") || "–",
            ]),
            total:
              kader.bijdragen.length > 1
                ? {
                    label: `Totaal ${kader.region}`,
                    note: missingNote(kaderTotals),
                    before: totalText(kaderTotals.before, kader.bijdragen.length),
                    after: totalText(kaderTotals.after, kader.bijdragen.length),
                  }
                : null,
          };
        }),
      };
    }),
  };
}

function decisionsModel(
  content: NotaContent,
  decisions: readonly ExportedDecision[],
  offices: ReadonlyMap<string, OfficeName>,
  pointLabel: (id: string) => string,
): DecisionsModel {
  return {
    heading: "Besluiten",
    offices: content.recipients.besluit.flatMap((officeId) => {
      const decision = decisions.find((d) => d.officeId === officeId);
      if (!decision) return [];
      const office = offices.get(officeId);
      return [
        {
          office: office ? `${office.code} (${office.name})` : "Onbekend bewindspersoon",
          line: `Besloten op ${formatDate(decision.decidedAt.toISOString().slice(0, 10))} (versie ${decision.notaVersion})`,
          note: decision.note,
          points: decision.points.map((p) => ({ point: pointLabel(p.decisionPointId), decision: DECISION_LABELS[p.decision], annotation: p.annotation })),
        },
      ];
    }),
  };
}

export function buildNotaDocument(input: {
  content: NotaContent;
  reference: string;
  offices: ReadonlyMap<string, OfficeName>;
  decisions?: readonly ExportedDecision[] | null;
  part?: DocumentPart;
}): NotaDocumentModel {
  const { content, reference, offices } = input;
  const pointIndex = new Map(content.decisionPoints.map((p, i) => [p.id, i + 1]));
  const margin: LabelledValue[] = [
    { label: FIELD_LABELS.date, value: formatDate(content.date) },
    { label: FIELD_LABELS.reference, value: reference },
  ];
  return {
    part: input.part ?? "nota",
    reference,
    title: content.title,
    marking: MARKING_LABELS[content.marking].toUpperCase(),
    classification: content.classification === "ONGERUBRICEERD" ? null : CLASSIFICATION_LABELS[content.classification].toUpperCase(),
    parties: PARTY_ROLES.map((role) => ({ label: PARTY_ROLE_LABELS[role], value: partyText(content.parties[role], offices) })),
    referenceColumn: [
      ...margin,
      { label: FIELD_LABELS.drafterName, value: content.drafterName ?? "" },
      { label: FIELD_LABELS.plannedDate, value: content.plannedDate ? formatDate(content.plannedDate) : "" },
      { label: FIELD_LABELS.kamerDeadline, value: content.kamerDeadline ? formatDate(content.kamerDeadline) : "" },
    ],
    margin,
    aanleiding: content.aanleiding,
    decisionPointsHeading: FIELD_LABELS.decisionPoints,
    decisionPoints: content.decisionPoints.map((p) => p.text),
    remarks: content.remarks.map((r, i) => ({ label: `Nb. ${i + 1}:`, body: r.body })),
    kernHeading: FIELD_LABELS.kern,
    kern: content.kern.map((section) => ({ heading: section.title, level: 2, body: section.body })),
    timeline:
      content.timeline.length > 0 ? { heading: FIELD_LABELS.timeline, entries: content.timeline.map((e) => `${formatDate(e.date)}: ${e.description}`) } : null,
    annex: content.annex ? annexModel(content.annex) : null,
    decisions:
      input.decisions && input.decisions.length > 0
        ? decisionsModel(content, input.decisions, offices, (id) => (pointIndex.has(id) ? `Beslispunt ${pointIndex.get(id)}` : "Vervallen beslispunt"))
        : null,
  };
}
