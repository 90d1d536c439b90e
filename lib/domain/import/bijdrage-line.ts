// One bijdrage as a published annex writes it in prose, read into its fields:
//   "[Moldavië] (Uitbreiding) European Union Partnership Mission (EUPM) Moldavië – van vijf naar circa tien personen;"
// location in square brackets, flags in parentheses, the acronym in parentheses, then after a
// dash what is contributed with the personnel: "van X naar Y" (before and after) or one count
// (after). Counts may be words ("vijftien") and "circa".
import type { BijdrageContent } from "@/lib/domain/nota/content-schema";
import type { OrganisationFramework } from "@/lib/domain/enums";

/** Counts written as words in a nota ("vijftien personen"). */
export const DUTCH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  geen: 0,
  nul: 0,
  // "één", not "een": "van een compagnie van 145 personen" counts 145, not one.
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
};
const COUNT = `(circa\\s+)?(\\d{1,5}|${Object.keys(DUTCH_NUMBER_WORDS).join("|")})`;

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : DUTCH_NUMBER_WORDS[word.toLowerCase()];
}

const FLAGS = { verkenning: "verkenning", uitbreiding: "uitbreiding", modulair: "modulair" } as const;

function frameworkOf(text: string): OrganisationFramework | null {
  if (/\b(European Union|EU|EUNAVFOR|EUFOR|EUCAP|EUTM|EUAM|EUBAM|EUPOL)\b/.test(text)) return "EU";
  if (/\b(NAVO|NATO|KFOR)\b/.test(text)) return "NAVO";
  if (/\b(United Nations|VN|UN[A-Z]+)\b/.test(text)) return "VN";
  if (/\b(OVSE|OSCE)\b/.test(text)) return "OVSE";
  return null;
}

export type ParsedBijdrage = Omit<BijdrageContent, "id">;

export function parseBijdrageLine(line: string): ParsedBijdrage {
  let text = line.trim().replace(/[;.]$/, "").trim();
  let location: string | null = null;
  const flags = { verkenning: false, uitbreiding: false, modulair: false };
  // Location and flags lead the line, in either order.
  for (;;) {
    const bracket = /^\[([^\]]+)\]\s*/.exec(text);
    const flag = /^\((Verkenning|Uitbreiding|Modulair)\)\s*/i.exec(text);
    if (bracket) {
      location = bracket[1].trim();
      text = text.slice(bracket[0].length);
    } else if (flag) {
      flags[FLAGS[flag[1].toLowerCase() as keyof typeof FLAGS]] = true;
      text = text.slice(flag[0].length);
    } else break;
  }
  let dash = text.search(/\s[–-]\s/);
  if (dash < 0) {
    // "… Georgië (EUMM) circa vijftien personen": the count without a dash before it.
    const trailing = new RegExp(`\\s(${COUNT}\\s+(personen|persoon))$`, "i").exec(text);
    if (trailing) text = `${text.slice(0, trailing.index)} – ${trailing[1]}`;
    dash = text.search(/\s[–-]\s/);
  }
  const head = dash >= 0 ? text.slice(0, dash).trim() : text;
  const description = dash >= 0 ? text.slice(dash + 3).trim() : null;
  // The acronym: the last parenthesised capitals of the name ("(EUPM)", "(NMI/OIR)", "(EU SDI GoG)").
  const acronyms = [...head.matchAll(/\(([A-Z][A-Za-z0-9/ -]{1,30})\)/g)].filter((m) => /[A-Z]{2}/.test(m[1]));
  const acronymMatch = acronyms.at(-1);
  const name = (acronymMatch ? head.slice(0, acronymMatch.index) + head.slice(acronymMatch.index! + acronymMatch[0].length) : head)
    .replace(/\s+/g, " ")
    .replace(/\s+,/g, ",")
    .trim();

  let before: { count: number; circa: boolean } | null = null;
  let after: { count: number; circa: boolean } | null = null;
  let contribution = description;
  if (description) {
    const fromTo = new RegExp(`\\bvan\\b.*?${COUNT}\\b.*?\\bnaar\\s+${COUNT}\\b`, "i").exec(description);
    const single = new RegExp(`${COUNT}(?:\\s+[\\w-]+){0,2}?\\s+(personen|persoon|adviseurs|stafofficieren|stafofficier)\\b`, "i").exec(description);
    if (fromTo) {
      before = { count: count(fromTo[2]), circa: Boolean(fromTo[1]) };
      after = { count: count(fromTo[4]), circa: Boolean(fromTo[3]) };
    } else if (single) {
      after = { count: count(single[2]), circa: Boolean(single[1]) };
    }
    // What remains once the count is said: "een infanteriecompagnie, … en stafofficieren".
    const rest = description
      .replace(new RegExp(`[–-]?\\s*${COUNT}\\s+(personen|persoon)\\b`, "i"), "")
      .replace(/^van\b.*\bnaar\b.*$/i, "")
      .replace(/\s[–-]\s*$/, "")
      .trim();
    contribution = rest || null;
  }
  return {
    name,
    acronym: acronymMatch ? acronymMatch[1].trim() : null,
    framework: frameworkOf(`${name} ${acronymMatch?.[1] ?? ""}`),
    location,
    personnelBefore: before?.count ?? null,
    personnelBeforeCirca: before?.circa ?? false,
    personnelAfter: after?.count ?? null,
    personnelAfterCirca: after?.circa ?? false,
    contribution,
    remark: null,
    ...flags,
    article100: false,
  };
}
