// Reads the example nota's published text (beslisnota-BZ2410641.md) into sections and
// bullets, so that the seed test can compare the database with the text itself rather than
// with a second hand-made copy of it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DUTCH_NUMBER_WORDS } from "@/lib/domain/import/bijdrage-line";

export interface FixtureBullet {
  text: string;
  children: string[];
}

export interface FixtureSection {
  /** Heading titles from the "##" level down, cleaned of markdown. */
  path: string[];
  bullets: FixtureBullet[];
  paragraphs: string[];
}

export function cleanMarkdown(text: string): string {
  return text.replace(/\*\*/g, "").replace(/\*/g, "").replace(/\s+/g, " ").trim();
}

/** The margin block "Datum … Onze referentie …" that the original repeats on every page. */
const MARGIN_LINES = new Set(["Datum", "Onze referentie", "20 januari 2025", "BZ2410641"]);

export function readExampleFixture(): FixtureSection[] {
  const source = readFileSync(path.join(import.meta.dirname, "beslisnota-BZ2410641.md"), "utf8");
  const sections: FixtureSection[] = [];
  let current: FixtureSection | null = null;
  let headings: string[] = [];
  let lastBullet: FixtureBullet | null = null;

  for (const raw of source.split("\n")) {
    const line = raw.replace(/\s+$/, "");
    const heading = /^(#{1,4}) (.*)$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      headings = [...headings.slice(0, Math.max(level - 2, 0)), cleanMarkdown(heading[2])];
      if (level >= 2) {
        current = { path: headings, bullets: [], paragraphs: [] };
        sections.push(current);
      }
      lastBullet = null;
      continue;
    }
    if (!current || line.trim() === "" || MARGIN_LINES.has(cleanMarkdown(line))) continue;
    const nested = /^ {2,}- (.*)$/.exec(line);
    const bullet = /^- (.*)$/.exec(line);
    if (nested && lastBullet) lastBullet.children.push(cleanMarkdown(nested[1]));
    else if (bullet) {
      lastBullet = { text: cleanMarkdown(bullet[1]), children: [] };
      current.bullets.push(lastBullet);
    } else if (lastBullet && /^[a-z]/.test(line.trim())) {
      // A bullet that the page break of the original split in two.
      lastBullet.text = `${lastBullet.text} ${cleanMarkdown(line)}`;
    } else {
      current.paragraphs.push(cleanMarkdown(line));
      lastBullet = null;
    }
  }
  return sections;
}

export function fixtureSection(sections: FixtureSection[], ...pathEnd: string[]): FixtureSection {
  const found = sections.find((s) => pathEnd.every((title, i) => s.path[s.path.length - pathEnd.length + i] === title));
  if (!found) throw new Error(`Section not in fixture: ${pathEnd.join(" > ")}`);
  return found;
}

// The importer's words, and "een" too: the fixture reads only counts, never "van een compagnie".
const NUMBER_WORDS: Record<string, number> = { ...DUTCH_NUMBER_WORDS, een: 1 };

function toNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

export interface ExpectedPersonnel {
  before: number | null;
  after: number | null;
  afterCirca: boolean;
}

/**
 * Personnel as the bullet writes it: "van acht naar zes personen", "circa twintig personen",
 * "één persoon", "één niet-operationele stafofficier". Text in parentheses is history or a
 * flag, not the kader's numbers.
 */
export function expectedPersonnel(bulletText: string): ExpectedPersonnel {
  const text = bulletText.replace(/\([^)]*\)/g, " ");
  const change = /\bvan (.+?) naar (circa )?(\S+)/.exec(text);
  if (change) {
    const beforeMatch = /(\S+) personen/.exec(change[1]) ?? /^(\S+)$/.exec(change[1].trim());
    return {
      before: beforeMatch ? toNumber(beforeMatch[1]) : null,
      after: toNumber(change[3]),
      afterCirca: Boolean(change[2]),
    };
  }
  const single = /(circa )?(\S+) (?:personen|persoon|niet-operationele stafofficier)\b/.exec(text);
  if (single && toNumber(single[2]) !== null) return { before: null, after: toNumber(single[2]), afterCirca: Boolean(single[1]) };
  return { before: null, after: null, afterCirca: false };
}
