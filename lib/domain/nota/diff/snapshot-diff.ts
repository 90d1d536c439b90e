// What changed between two versions of a nota, field by field, in the nota's own words:
// texts word by word, lists item by item, the annex row by row with personnel from → to.
import { formatDate } from "@/lib/domain/dates";
import { toPlainText } from "@/lib/domain/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import type { BijdrageContent, NotaContent, PartyEntry } from "../content-schema";
import { CATEGORY_KIND_LABELS, CLASSIFICATION_LABELS, FRAMEWORK_LABELS, MARKING_LABELS, PARTY_ROLE_LABELS, PARTY_ROLES } from "../labels";
import { formatPersonnel } from "../personnel";
import type { AttachmentMeta, NotaSnapshot } from "../snapshot";
import { hasChanges, wordDiff, type TextPart } from "./text-diff";

export type OfficeNames = ReadonlyMap<string, { code: string; name: string }>;

export interface ItemChange {
  status: "added" | "removed" | "changed" | "moved";
  title: string;
  parts?: TextPart[];
}

export interface AnnexChange {
  status: "added" | "removed" | "changed" | "moved";
  /** What kind of thing: "Categorie", "Regio", "Bijdrage". */
  what: string;
  /** Where it is: "3. Voortzetting › Europa". */
  where: string;
  name: string;
  fields?: Array<{ label: string; from: string; to: string }>;
}

export type FieldChange =
  | { kind: "text"; label: string; parts: TextPart[] }
  | { kind: "items"; label: string; items: ItemChange[] }
  | { kind: "annex"; label: string; changes: AnnexChange[] }
  | { kind: "attachments"; label: string; added: AttachmentMeta[]; removed: AttachmentMeta[] };

const date = (value: string | null) => (value ? formatDate(value) : "");
// Woo markings are part of a version's text here: marking a passage is a change to compare.
const docText = (doc: RichTextDoc | null) => (doc ? toPlainText(doc, { wooGrounds: true }) : "");

function partyText(entries: PartyEntry[], offices: OfficeNames): string {
  return entries.map((e) => [e.officeId ? (offices.get(e.officeId)?.code ?? "?") : null, e.text].filter(Boolean).join(", ")).join("; ");
}

function officeList(ids: string[], offices: OfficeNames): string {
  return ids.map((id) => offices.get(id)?.code ?? "?").join(", ");
}

function textChange(label: string, before: string, after: string): FieldChange | null {
  if (before === after) return null;
  return { kind: "text", label, parts: wordDiff(before, after) };
}

/** Items of an ordered list with stable ids: added, removed, changed, or moved. */
function itemChanges<T extends { id: string }>(before: T[], after: T[], title: (item: T, index: number) => string, text: (item: T) => string): ItemChange[] {
  const beforeById = new Map(before.map((item, index) => [item.id, { item, index }]));
  const afterIds = new Set(after.map((item) => item.id));
  const changes: ItemChange[] = [];
  after.forEach((item, index) => {
    const old = beforeById.get(item.id);
    if (!old) {
      changes.push({ status: "added", title: title(item, index), parts: [{ value: text(item), added: true }] });
      return;
    }
    const parts = wordDiff(text(old.item), text(item));
    if (hasChanges(parts)) changes.push({ status: "changed", title: title(item, index), parts });
    else if (old.index !== index) changes.push({ status: "moved", title: `${title(item, index)} (was ${old.index + 1})` });
  });
  before.forEach((item, index) => {
    if (!afterIds.has(item.id)) changes.push({ status: "removed", title: title(item, index), parts: [{ value: text(item), removed: true }] });
  });
  return changes;
}

const FLAGS = [
  ["verkenning", "Verkenning"],
  ["uitbreiding", "Uitbreiding"],
  ["modulair", "Modulair"],
  ["article100", "Art. 100"],
] as const;

function bijdrageFields(b: BijdrageContent): Array<[label: string, value: string]> {
  return [
    ["Naam", b.name],
    ["Afkorting", b.acronym ?? ""],
    ["Kader", b.framework ? FRAMEWORK_LABELS[b.framework] : ""],
    ["Locatie", b.location ?? ""],
    ["Inzet", b.contribution ?? ""],
    ["Personeel vóór", formatPersonnel({ count: b.personnelBefore, circa: b.personnelBeforeCirca }) ?? "–"],
    ["Personeel na", formatPersonnel({ count: b.personnelAfter, circa: b.personnelAfterCirca }) ?? "–"],
    ["Toelichting", b.remark ?? ""],
    [
      "Kenmerken",
      FLAGS.filter(([key]) => b[key])
        .map(([, label]) => label)
        .join(", ") || "geen",
    ],
  ];
}

function bijdrageName(b: BijdrageContent): string {
  return `${b.name || "(zonder naam)"}${b.acronym ? ` (${b.acronym})` : ""}`;
}

function annexChanges(before: NotaContent["annex"], after: NotaContent["annex"]): AnnexChange[] {
  const changes: AnnexChange[] = [];
  const categoriesBefore = new Map((before?.categories ?? []).map((c, i) => [c.id, { c, i }]));
  const kadersBefore = new Map((before?.categories ?? []).flatMap((c, ci) => c.kaders.map((k) => [k.id, { k, where: `${ci + 1}. ${c.title}` }] as const)));
  const bijdragenBefore = new Map(
    (before?.categories ?? []).flatMap((c) => c.kaders.flatMap((k) => k.bijdragen.map((b, bi) => [b.id, { b, kaderId: k.id, bi }] as const))),
  );
  const seenCategories = new Set<string>();
  const seenKaders = new Set<string>();
  const seenBijdragen = new Set<string>();

  (after?.categories ?? []).forEach((category, ci) => {
    seenCategories.add(category.id);
    const categoryWhere = `${ci + 1}. ${category.title}`;
    const oldCategory = categoriesBefore.get(category.id);
    if (!oldCategory) changes.push({ status: "added", what: "Categorie", where: "", name: categoryWhere });
    else if (oldCategory.c.title !== category.title || oldCategory.c.kind !== category.kind) {
      const fields = [
        ["Titel", oldCategory.c.title, category.title],
        ["Soort", CATEGORY_KIND_LABELS[oldCategory.c.kind], CATEGORY_KIND_LABELS[category.kind]],
      ]
        .filter(([, from, to]) => from !== to)
        .map(([label, from, to]) => ({ label, from, to }));
      changes.push({ status: "changed", what: "Categorie", where: "", name: categoryWhere, fields });
    } else if (oldCategory.i !== ci) changes.push({ status: "moved", what: "Categorie", where: "", name: categoryWhere });

    for (const kader of category.kaders) {
      seenKaders.add(kader.id);
      const where = `${categoryWhere} › ${kader.region}`;
      const oldKader = kadersBefore.get(kader.id);
      if (!oldKader) changes.push({ status: "added", what: "Regio", where: categoryWhere, name: kader.region });
      else {
        const fields = [
          ["Regio", oldKader.k.region, kader.region],
          ["Looptijd vanaf", date(oldKader.k.termStart), date(kader.termStart)],
          ["Looptijd tot en met", date(oldKader.k.termEnd), date(kader.termEnd)],
        ]
          .filter(([, from, to]) => from !== to)
          .map(([label, from, to]) => ({ label, from, to }));
        if (fields.length) changes.push({ status: "changed", what: "Regio", where: categoryWhere, name: kader.region, fields });
      }
      kader.bijdragen.forEach((bijdrage, bi) => {
        seenBijdragen.add(bijdrage.id);
        const old = bijdragenBefore.get(bijdrage.id);
        if (!old) {
          changes.push({
            status: "added",
            what: "Bijdrage",
            where,
            name: bijdrageName(bijdrage),
            fields: bijdrageFields(bijdrage)
              .filter(([, v]) => v)
              .map(([label, to]) => ({ label, from: "", to })),
          });
          return;
        }
        const previous = new Map(bijdrageFields(old.b));
        const fields = bijdrageFields(bijdrage)
          .filter(([label, value]) => previous.get(label) !== value)
          .map(([label, to]) => ({ label, from: previous.get(label) ?? "", to }));
        if (fields.length) changes.push({ status: "changed", what: "Bijdrage", where, name: bijdrageName(bijdrage), fields });
        else if (old.kaderId !== kader.id || old.bi !== bi) changes.push({ status: "moved", what: "Bijdrage", where, name: bijdrageName(bijdrage) });
      });
    }
  });
  for (const [id, { b, kaderId }] of bijdragenBefore) {
    if (!seenBijdragen.has(id)) {
      const kader = kadersBefore.get(kaderId);
      changes.push({
        status: "removed",
        what: "Bijdrage",
        where: kader ? `${kader.where} › ${kader.k.region}` : "",
        name: bijdrageName(b),
        fields: bijdrageFields(b)
          .filter(([, v]) => v)
          .map(([label, from]) => ({ label, from, to: "" })),
      });
    }
  }
  for (const [id, { k, where }] of kadersBefore) if (!seenKaders.has(id)) changes.push({ status: "removed", what: "Regio", where, name: k.region });
  for (const [id, { c, i }] of categoriesBefore)
    if (!seenCategories.has(id)) changes.push({ status: "removed", what: "Categorie", where: "", name: `${i + 1}. ${c.title}` });
  return changes;
}

export function diffSnapshots(before: NotaSnapshot, after: NotaSnapshot, offices: OfficeNames): FieldChange[] {
  const changes: Array<FieldChange | null> = [
    textChange("Markering", MARKING_LABELS[before.marking], MARKING_LABELS[after.marking]),
    textChange("Rubricering", CLASSIFICATION_LABELS[before.classification], CLASSIFICATION_LABELS[after.classification]),
    textChange("Titel", before.title, after.title),
    textChange("Datum", date(before.date), date(after.date)),
    textChange("Opgesteld door", before.drafterName ?? "", after.drafterName ?? ""),
    textChange("Plandatum/Deadline", date(before.plannedDate), date(after.plannedDate)),
    textChange("Kamer", date(before.kamerDeadline), date(after.kamerDeadline)),
    textChange("Eigenaar", officeList([before.ownerOfficeId], offices), officeList([after.ownerOfficeId], offices)),
    ...PARTY_ROLES.map((role) => textChange(PARTY_ROLE_LABELS[role], partyText(before.parties[role], offices), partyText(after.parties[role], offices))),
    textChange("Ter beslissing aan", officeList(before.recipients.besluit, offices), officeList(after.recipients.besluit, offices)),
    textChange("Ter informatie aan", officeList(before.recipients.informatie, offices), officeList(after.recipients.informatie, offices)),
    textChange("Aanleiding", docText(before.aanleiding), docText(after.aanleiding)),
  ];
  const lists: Array<[string, ItemChange[]]> = [
    [
      "Geadviseerd besluit",
      itemChanges(
        before.decisionPoints,
        after.decisionPoints,
        (_p, i) => `Besluitpunt ${i + 1}`,
        (p) => docText(p.text),
      ),
    ],
    [
      "Nb.-opmerkingen",
      itemChanges(
        before.remarks,
        after.remarks,
        (_r, i) => `Nb. ${i + 1}`,
        (r) => docText(r.body),
      ),
    ],
    [
      "Kern",
      itemChanges(
        before.kern,
        after.kern,
        (s, i) => s.title || `Paragraaf ${i + 1}`,
        (s) => `${s.title}\n${docText(s.body)}`,
      ),
    ],
    [
      "(Voorgestelde) Tijdlijn",
      itemChanges(
        before.timeline,
        after.timeline,
        (e) => date(e.date),
        (e) => `${date(e.date)}: ${e.description}`,
      ),
    ],
  ];
  for (const [label, items] of lists) if (items.length) changes.push({ kind: "items", label, items });

  const annexLabel = "Bijlage: nationale kaders";
  const annexHeader = [
    textChange(`${annexLabel}, titel`, before.annex?.title ?? "", after.annex?.title ?? ""),
    textChange(`${annexLabel}, opmerking`, docText(before.annex?.note ?? null), docText(after.annex?.note ?? null)),
  ];
  changes.push(...annexHeader);
  const annex = annexChanges(before.annex, after.annex);
  if (annex.length) changes.push({ kind: "annex", label: annexLabel, changes: annex });

  const beforeIds = new Set(before.attachments.map((a) => a.id));
  const afterIds = new Set(after.attachments.map((a) => a.id));
  const added = after.attachments.filter((a) => !beforeIds.has(a.id));
  const removed = before.attachments.filter((a) => !afterIds.has(a.id));
  if (added.length || removed.length) changes.push({ kind: "attachments", label: "Bijlagen (bestanden)", added, removed });

  return changes.filter((change): change is FieldChange => change !== null);
}
