// An existing nota, read from its source blocks into the nota's structured content: the header
// block, the sections with their lists, the decision points and remarks, Kern with its
// sub-sections and timeline, and the annex per category and region down to each bijdrage.
// Page furniture (Datum and Onze referentie repeated in a margin, page numbers) is recognised
// and kept out of the content. Everything the parser could not place, and every inconsistency
// it met, goes into the report the person sees before anything is saved.
import { newId as randomUUID } from "@/lib/domain/new-id";
import { parseDutchDate, todayInAmsterdam } from "@/lib/domain/dates";
import type { KaderCategoryKind, Marking, OrganisationFramework, PartyRole } from "@/lib/domain/enums";
import { emptyBijdrage } from "@/lib/domain/nota/bijdrage";
import type { AnnexCategoryContent, BijdrageContent, KaderContent, NotaContent, PartyEntry } from "@/lib/domain/nota/content-schema";
import { BIJDRAGE_FLAG_LABELS, FIELD_LABELS, FRAMEWORK_LABELS, MARKING_LABELS, PARTY_ROLE_LABELS } from "@/lib/domain/nota/labels";
import { personnelTotals, formatPersonnel } from "@/lib/domain/nota/personnel";
import type { Block, InlineNode, ListItem, ListStyle, RichTextDoc } from "@/lib/domain/rich-text/schema";
import { parseBijdrageLine } from "./bijdrage-line";
import type { SourceBlock, SourceDocument } from "./source-blocks";

export interface ImportReport {
  /** Text that has no place in the nota's structure, as it stood. */
  unplaced: string[];
  /** Values that contradict each other. */
  inconsistencies: string[];
  /** What the reader did that the person should check. */
  notes: string[];
  /** The source's own Onze referentie: the new concept gets a reference of its own. */
  sourceReference: string | null;
}

export interface ImportedNota {
  content: Omit<NotaContent, "ownerOfficeId">;
  report: ImportReport;
}

export interface KnownOffice {
  id: string;
  code: string;
}

const MARKINGS = Object.entries(MARKING_LABELS).map(([value, label]) => [label.toUpperCase(), value as Marking] as const);
const PARTY_LABELS = new Map(Object.entries(PARTY_ROLE_LABELS).map(([role, label]) => [label.toLowerCase(), role as PartyRole]));
const REFERENCE_LABELS = new Map<string, keyof typeof FIELD_LABELS>(
  (["date", "reference", "drafterName", "plannedDate", "kamerDeadline"] as const).map((key) => [FIELD_LABELS[key].toLowerCase(), key]),
);
const FRAMEWORKS = new Map(Object.entries(FRAMEWORK_LABELS).map(([value, label]) => [label.toLowerCase(), value as OrganisationFramework]));
const FLAG_WORDS = new Map(BIJDRAGE_FLAG_LABELS.map(([key, label]) => [label.toLowerCase(), key]));

function categoryKind(title: string): KaderCategoryKind {
  if (/be[eë]indig|afschal/i.test(title)) return "BEEINDIGING_AFSCHALING";
  if (/nieuw/i.test(title)) return "NIEUW";
  return "VOORTZETTING";
}

function paragraphOf(inlines: InlineNode[]): Block {
  return inlines.length > 0 ? { type: "paragraph", content: inlines } : { type: "paragraph" };
}

/** Consecutive list items into nested lists, as the rich text stores them. */
function richTextFromBlocks(blocks: readonly SourceBlock[]): RichTextDoc {
  const content: Block[] = [];
  let stack: Array<{
    list: { type: "bulletList" | "orderedList"; content: ListItem[]; attrs?: { start: number; type: ListStyle | null } };
    level: number;
    key: string;
  }> = [];
  const listKey = (b: Extract<SourceBlock, { kind: "listItem" }>) => (b.ordered ? `o-${b.style}` : "b");
  for (const block of blocks) {
    if (block.kind !== "listItem") {
      stack = [];
      if (block.kind === "paragraph") content.push(paragraphOf(block.inlines));
      continue;
    }
    while (stack.length > 0 && (stack.at(-1)!.level > block.level || (stack.at(-1)!.level === block.level && stack.at(-1)!.key !== listKey(block))))
      stack.pop();
    const item: ListItem = { type: "listItem", content: [paragraphOf(block.inlines) as never] };
    const top = stack.at(-1);
    if (top && top.level === block.level) {
      top.list.content.push(item);
      continue;
    }
    const list = block.ordered
      ? { type: "orderedList" as const, attrs: { start: 1, type: block.style === "1" ? null : block.style }, content: [item] }
      : { type: "bulletList" as const, content: [item] };
    if (top) {
      // A nested list belongs to the last item of the list above it.
      const parent = top.list.content.at(-1)!;
      parent.content.push(list as never);
    } else {
      content.push(list as Block);
    }
    stack.push({ list, level: block.level, key: listKey(block) });
  }
  return { type: "doc", content };
}

function partyEntries(value: string, offices: readonly KnownOffice[]): PartyEntry[] {
  const text = value.trim();
  if (!text || text === "–") return [];
  // "A; B en C": the nota's own way of listing.
  const parts = text.split(/;\s*/).flatMap((part, index, all) => (index === all.length - 1 ? part.split(/\s+en\s+/) : [part]));
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [first, ...rest] = part.split(/,\s*/);
      const office = offices.find((o) => o.code.toLowerCase() === first.toLowerCase());
      const remainder = rest.join(", ").trim();
      // A name beside an office is a person's: personal data, as the nota marks it.
      if (office) return { officeId: office.id, text: remainder || null, personalData: remainder.length > 0 };
      return { officeId: null, text: part, personalData: true };
    });
}

interface KaderDraft {
  region: string;
  termStart: string | null;
  termEnd: string | null;
  bijdragen: BijdrageContent[];
  /** The totals the document states (vóór, na), to check against the sum of its bijdragen. */
  statedTotal: string[] | null;
}

interface AnnexDraft {
  title: string;
  note: SourceBlock[];
  categories: Array<{ title: string; kaders: KaderDraft[] }>;
}

interface Section {
  name: "header" | "aanleiding" | "besluit" | "kern" | "tijdlijn" | "besluiten" | "annex";
}

export function parseNota(source: SourceDocument, offices: readonly KnownOffice[]): ImportedNota {
  const report: ImportReport = { unplaced: [], inconsistencies: [], notes: [], sourceReference: null };
  const blocks = source.blocks;
  let marking: Marking = "TER_BESLISSING";
  let markingFound = false;
  let title = "";
  const reference: Partial<Record<keyof typeof FIELD_LABELS, string>> = {};
  const parties: Record<PartyRole, PartyEntry[]> = { AAN: [], VAN: [], VIA: [], KOPIE_AAN: [], AFGESTEMD_MET: [] };
  const pendingPartyLabels: PartyRole[] = [];
  const aanleiding: SourceBlock[] = [];
  const decisionPoints: RichTextDoc[] = [];
  const remarks: RichTextDoc[] = [];
  const kern: Array<{ title: string; blocks: SourceBlock[] }> = [];
  const timeline: Array<{ date: string; description: string }> = [];
  let annex: AnnexDraft | null = null;
  const margin: Array<{ label: string; value: string }> = [];
  let section: Section["name"] = "header";
  let expectTitle = false;

  const currentKader = () => {
    const category = (annex as AnnexDraft | null)?.categories.at(-1);
    if (!category) return null;
    if (category.kaders.length === 0) category.kaders.push({ region: "", termStart: null, termEnd: null, bijdragen: [], statedTotal: null });
    return category.kaders.at(-1)!;
  };

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const text = block.kind === "table" ? "" : block.text.trim();
    const lower = text.toLowerCase().replace(/:$/, "");
    const next = blocks[index + 1];
    const nextText = next && next.kind !== "table" ? next.text.trim() : "";

    // Page furniture anywhere: page numbers, and Datum / Onze referentie after the header block.
    if (/^pagina\s+\d*\s*(van\s+\d*)?$/i.test(text)) continue;
    if (section !== "header" && (lower === "datum" || lower === "onze referentie") && block.kind !== "listItem") {
      if (nextText && !REFERENCE_LABELS.has(nextText.toLowerCase())) {
        margin.push({ label: text, value: nextText });
        index++;
      }
      continue;
    }

    if (!markingFound) {
      const found = MARKINGS.find(([label]) => label === text.toUpperCase());
      if (found) {
        marking = found[1];
        markingFound = true;
        continue;
      }
    }

    // Section headings, by their words: a heading style is not needed.
    const isHeadingLike = block.kind === "heading" || (block.kind === "paragraph" && text.length < 80);
    if (isHeadingLike && lower === "aanleiding") {
      section = "aanleiding";
      continue;
    }
    if (isHeadingLike && lower === "geadviseerd besluit") {
      section = "besluit";
      continue;
    }
    if (isHeadingLike && lower === "kern") {
      section = "kern";
      continue;
    }
    if (isHeadingLike && /^\(?(voorgestelde)?\)?\s*tijdlijn$/i.test(text)) {
      section = "tijdlijn";
      continue;
    }
    if (isHeadingLike && lower === "besluiten" && section !== "header") {
      section = "besluiten";
      report.notes.push("De besluiten in het document zijn niet ingelezen: een nieuwe concept-nota begint zonder besluiten.");
      continue;
    }
    const annexHeading = /^(bijlage:\s*(.+)|nationale kaders)$/i.exec(text);
    if (isHeadingLike && annexHeading && section !== "header") {
      section = "annex";
      annex = { title: (annexHeading[2] ?? "Nationale Kaders").trim(), note: [], categories: [] };
      continue;
    }

    switch (section) {
      case "header": {
        if (block.kind === "table") {
          for (const row of block.rows) {
            const role = PARTY_LABELS.get((row[0] ?? "").toLowerCase());
            if (role) parties[role] = partyEntries(row.slice(1).join(" "), offices);
            else report.unplaced.push(row.join(" | "));
          }
          continue;
        }
        const role = PARTY_LABELS.get(lower);
        if (role) {
          pendingPartyLabels.push(role);
          continue;
        }
        const field = REFERENCE_LABELS.get(lower);
        if (field) {
          if (nextText && !REFERENCE_LABELS.has(nextText.toLowerCase()) && !PARTY_LABELS.has(nextText.toLowerCase()) && nextText.toLowerCase() !== "nota") {
            reference[field] = nextText;
            index++;
          }
          continue;
        }
        if (lower === "nota") {
          expectTitle = true;
          continue;
        }
        if ((block.kind === "heading" && block.level === 0) || (expectTitle && !title)) {
          title = text;
          expectTitle = false;
          continue;
        }
        if (pendingPartyLabels.length > 0) {
          // Labels printed apart from their values: the values are taken in the labels' order.
          const role = pendingPartyLabels.shift()!;
          parties[role] = partyEntries(text, offices);
          report.notes.push(`"${text}" is gelezen als ${PARTY_ROLE_LABELS[role]}: de kop zette namen en waarden niet naast elkaar. Controleer de kop.`);
          continue;
        }
        report.unplaced.push(text);
        continue;
      }
      case "aanleiding":
        if (block.kind === "table") report.unplaced.push(block.rows.map((r) => r.join(" | ")).join("\n"));
        else aanleiding.push(block);
        continue;
      case "besluit": {
        if (block.kind === "listItem" && block.level === 0) {
          decisionPoints.push({ type: "doc", content: [paragraphOf(block.inlines)] });
        } else if (block.kind === "listItem" && decisionPoints.length > 0) {
          const point = decisionPoints.at(-1)!;
          decisionPoints[decisionPoints.length - 1] = richTextFromBlocks([
            { kind: "paragraph", inlines: (point.content[0] as { content?: InlineNode[] }).content ?? [], text: "" },
            { ...block, level: 0 },
          ]);
        } else if (block.kind === "paragraph" && /^nb\.?\s*\d*\s*:/i.test(text)) {
          const inlines = stripLead(block.inlines, /^nb\.?\s*\d*\s*:\s*/i);
          remarks.push({ type: "doc", content: [paragraphOf(inlines)] });
        } else if (block.kind === "paragraph" && remarks.length > 0) {
          remarks[remarks.length - 1] = { type: "doc", content: [...remarks.at(-1)!.content, paragraphOf(block.inlines)] };
        } else report.unplaced.push(block.kind === "table" ? block.rows.map((r) => r.join(" | ")).join("\n") : text);
        continue;
      }
      case "kern": {
        if (block.kind === "heading" || (block.kind === "paragraph" && isSubheading(block, blocks[index + 1]))) {
          kern.push({ title: text, blocks: [] });
        } else if (kern.length === 0) {
          kern.push({ title: "", blocks: [block] });
        } else if (block.kind === "table") {
          report.unplaced.push(block.rows.map((r) => r.join(" | ")).join("\n"));
        } else kern.at(-1)!.blocks.push(block);
        continue;
      }
      case "tijdlijn": {
        const entry = /^(\d{1,2}\s+[a-z]+\s+\d{4})\s*[:–-]\s*(.+)$/i.exec(text);
        const date = entry ? parseDutchDate(entry[1]) : null;
        if (entry && date) timeline.push({ date, description: entry[2].trim() });
        else if (block.kind === "heading") {
          // A heading after the timeline: back in Kern.
          section = "kern";
          kern.push({ title: text, blocks: [] });
        } else report.unplaced.push(text);
        continue;
      }
      case "besluiten":
        continue;
      case "annex": {
        const current: AnnexDraft = annex!;
        const categoryHeading = /^(\d+)\.\s+(.+)$/.exec(text);
        if (block.kind !== "listItem" && block.kind !== "table" && categoryHeading && text.length < 200) {
          current.categories.push({ title: categoryHeading[2].trim(), kaders: [] });
          continue;
        }
        if (block.kind === "paragraph" && /^\d+ bijdragen?; personeel vóór/.test(text)) continue; // the summary the export writes
        if (block.kind === "paragraph" && /^niet in het totaal/i.test(text)) continue;
        if (block.kind === "paragraph" && current.categories.length === 0) {
          current.note.push(block);
          continue;
        }
        if (block.kind === "heading" || (block.kind === "paragraph" && text.length < 120 && !/[;.]$/.test(text))) {
          const region = /^(.+?)\s*\(looptijd\s+(.+?)\s+tot en met\s+(.+?)\)$/.exec(text);
          const category = current.categories.at(-1) ?? (current.categories.push({ title: "", kaders: [] }), current.categories[0]);
          category.kaders.push({
            region: (region ? region[1] : text).trim(),
            termStart: region ? parseDutchDate(region[2]) : null,
            termEnd: region ? parseDutchDate(region[3]) : null,
            bijdragen: [],
            statedTotal: null,
          });
          continue;
        }
        const kader = current.categories.length > 0 ? currentKader() : null;
        if (!kader) {
          report.unplaced.push(block.kind === "table" ? block.rows.map((r) => r.join(" | ")).join("\n") : text);
          continue;
        }
        if (block.kind === "table") readAnnexTable(block.rows, kader, report);
        else if (block.kind === "listItem") kader.bijdragen.push({ id: randomUUID(), ...parseBijdrageLine(text) });
        else report.unplaced.push(text);
        continue;
      }
    }
  }

  // Checks: the header against the margins, the annex totals, the dates.
  const headerDate = reference.date ? parseDutchDate(reference.date) : null;
  for (const { label, value } of [...margin, ...furniturePairs(source.furniture)]) {
    const expected = label.toLowerCase() === "datum" ? reference.date : reference.reference;
    if (expected && value !== expected) report.inconsistencies.push(`${label} in de marge is "${value}", in de kop "${expected}".`);
  }
  if (reference.date && !headerDate) report.inconsistencies.push(`Datum "${reference.date}" is geen datum.`);
  const kamerDeadline = reference.kamerDeadline ? parseDutchDate(reference.kamerDeadline) : null;
  const plannedDate = reference.plannedDate ? parseDutchDate(reference.plannedDate) : null;
  if (headerDate && kamerDeadline && kamerDeadline < headerDate) report.inconsistencies.push("De Kamerdeadline ligt vóór de datum van de nota.");
  if (plannedDate && kamerDeadline && plannedDate > kamerDeadline) report.inconsistencies.push("De plandatum ligt na de Kamerdeadline.");
  for (let i = 1; i < timeline.length; i++) {
    if (timeline[i].date < timeline[i - 1].date)
      report.inconsistencies.push(`De tijdlijn staat niet op volgorde: "${timeline[i].description}" komt na "${timeline[i - 1].description}" maar is eerder.`);
  }
  if (kamerDeadline) {
    for (const entry of timeline) {
      if (entry.date > kamerDeadline && /\b(TK|Kamer|verzend)/i.test(entry.description))
        report.inconsistencies.push(`"${entry.description}" in de tijdlijn ligt na de Kamerdeadline.`);
    }
  }
  for (const category of annex?.categories ?? []) {
    for (const kader of category.kaders) checkTotals(kader, report);
  }
  if (!title) report.notes.push("Geen titel gevonden.");
  if (reference.reference) report.sourceReference = reference.reference;

  const categories: AnnexCategoryContent[] = (annex?.categories ?? []).map((category) => ({
    id: randomUUID(),
    kind: categoryKind(category.title),
    title: category.title,
    kaders: category.kaders.map<KaderContent>((kader) => ({
      id: randomUUID(),
      region: kader.region,
      termStart: kader.termStart,
      termEnd: kader.termEnd,
      bijdragen: kader.bijdragen,
    })),
  }));
  return {
    content: {
      marking,
      classification: "ONGERUBRICEERD",
      title,
      date: headerDate ?? todayInAmsterdam(),
      drafterName: reference.drafterName && reference.drafterName !== "–" ? reference.drafterName : null,
      plannedDate,
      kamerDeadline,
      parties,
      recipients: { besluit: [], informatie: [] },
      aanleiding: richTextFromBlocks(aanleiding),
      decisionPoints: decisionPoints.map((text) => ({ id: randomUUID(), text })),
      remarks: remarks.map((body) => ({ id: randomUUID(), body })),
      kern: kern.map((section) => ({ id: randomUUID(), title: section.title, body: richTextFromBlocks(section.blocks) })),
      timeline: timeline.map((entry) => ({ id: randomUUID(), ...entry })),
      annex: annex ? { title: annex.title, note: annex.note.length > 0 ? richTextFromBlocks(annex.note) : null, categories } : null,
    },
    report,
  };
}

function stripLead(inlines: readonly InlineNode[], lead: RegExp): InlineNode[] {
  const [first, ...rest] = inlines;
  if (!first || first.type !== "text") return [...inlines];
  const text = first.text.replace(lead, "");
  if (text !== first.text && text.length === 0) {
    const [second, ...others] = rest;
    return second?.type === "text" ? [{ ...second, text: second.text.replace(/^\s+/, "") }, ...others] : rest;
  }
  return [{ ...first, text }, ...rest];
}

/** A short line without a full stop, followed by a list: a sub-heading of Kern in pasted text. */
function isSubheading(block: SourceBlock, next: SourceBlock | undefined): boolean {
  return block.kind === "paragraph" && block.text.length < 100 && !/[.;:]$/.test(block.text) && next?.kind === "listItem";
}

function furniturePairs(lines: readonly string[]): Array<{ label: string; value: string }> {
  const pairs: Array<{ label: string; value: string }> = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if (/^(datum|onze referentie)$/i.test(lines[i].trim())) pairs.push({ label: lines[i].trim(), value: lines[i + 1].trim() });
  }
  return pairs;
}

function parseCount(text: string): { count: number | null; circa: boolean } {
  const match = /^(circa\s+)?(\d+)$/.exec(text.trim());
  return match ? { count: Number(match[2]), circa: Boolean(match[1]) } : { count: null, circa: false };
}

/** The export's annex table: Bijdrage (with its remark below), Kader, Locatie, Inzet, vóór, na, Kenmerken; and the total. */
function readAnnexTable(
  rows: readonly string[][],
  kader: { bijdragen: BijdrageContent[]; statedTotal: string[] | null; region: string },
  report: ImportReport,
): void {
  for (const row of rows) {
    if (row[0] === "Bijdrage") continue;
    if (/^totaal\b/i.test(row[0] ?? "")) {
      kader.statedTotal = row.slice(-3, -1);
      continue;
    }
    if (row.length < 7) {
      report.unplaced.push(row.join(" | "));
      continue;
    }
    const [nameCell, framework, location, contribution, before, after, flags] = row;
    const [nameLine, ...remark] = nameCell.split("\n");
    const acronym = /^(.*)\s\(([^()]+)\)$/.exec(nameLine.trim());
    const present = (value: string) => (value.trim() === "–" || value.trim() === "" ? null : value.trim());
    const flagSet = new Set(flags.split(/,\s*/).map((f) => f.trim().toLowerCase()));
    const beforeCount = parseCount(before);
    const afterCount = parseCount(after);
    const bijdrage = emptyBijdrage(randomUUID(), {
      name: (acronym ? acronym[1] : nameLine).trim(),
      acronym: acronym ? acronym[2].trim() : null,
      framework: FRAMEWORKS.get(framework.trim().toLowerCase()) ?? null,
      location: present(location),
      contribution: present(contribution),
      remark: remark.join("\n").trim() || null,
      personnelBefore: beforeCount.count,
      personnelBeforeCirca: beforeCount.circa,
      personnelAfter: afterCount.count,
      personnelAfterCirca: afterCount.circa,
    });
    for (const [word, key] of FLAG_WORDS) if (flagSet.has(word)) bijdrage[key] = true;
    kader.bijdragen.push(bijdrage);
  }
}

function checkTotals(kader: { region: string; bijdragen: BijdrageContent[]; statedTotal: string[] | null }, report: ImportReport): void {
  if (!kader.statedTotal) return;
  const totals = personnelTotals(kader.bijdragen);
  const computed = [totals.before, totals.after].map((t, i) => (t.missing === kader.bijdragen.length ? "–" : formatPersonnel(t)) ?? ["vóór", "na"][i]);
  kader.statedTotal.forEach((stated, i) => {
    if (stated.trim() !== computed[i]) {
      report.inconsistencies.push(
        `Totaal ${kader.region} ${i === 0 ? "vóór" : "na"}: het document zegt ${stated.trim()}, de bijdragen tellen op tot ${computed[i]}.`,
      );
    }
  });
}
