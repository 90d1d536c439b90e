// Pasted text into source blocks. Accepts what people paste from a published nota or a Word
// document: "#" headings (Markdown), bullets ("-", "•", "–", "*"), numbered items ("1.", "a.",
// "i."), indentation for nested items, **bold** and *italic*, and "|"-separated table rows.
// A line starting in lower case continues the text before it, also after a blank line: a page
// break of the original cut it in two.
import { inline } from "@/lib/domain/rich-text/build";
import type { ListStyle } from "@/lib/domain/rich-text/schema";
import { inlineText, normalizeInlines, type SourceBlock, type SourceDocument } from "./source-blocks";

const BULLET = /^(\s*)(?:[-•–*▪])\s+(.*)$/;
const NUMBERED = /^(\s*)(\d{1,3}|[a-z]|[ivxlc]{1,6}|[A-Z])[.)]\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*)$/;

function numberStyle(label: string): ListStyle {
  if (/^\d+$/.test(label)) return "1";
  if (/^[ivxlc]+$/.test(label) && label !== "c" && label !== "l") return "i";
  if (/^[IVXLC]+$/.test(label) && label.length > 1) return "I";
  return label === label.toLowerCase() ? "a" : "A";
}

function indentLevel(indent: string): number {
  return Math.floor(indent.replace(/\t/g, "    ").length / 2);
}

export function readTextSource(source: string): SourceDocument {
  const blocks: SourceBlock[] = [];
  let listId = 0;
  let inList = false;
  let blankBefore = false;
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/\s+$/, "").replace(/ {2,}$/, "");
    if (!line.trim()) {
      blankBefore = true;
      continue;
    }
    const heading = HEADING.exec(line.trim());
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const last = blocks.at(-1);
    if (heading) {
      blocks.push({ kind: "heading", level: heading[1].length, text: inlineText(inline(heading[2].trim())).trim() });
      inList = false;
    } else if (line.trim().startsWith("|")) {
      const cells = line
        .trim()
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((cell) => cell.trim());
      if (cells.every((cell) => /^:?-{2,}:?$/.test(cell))) continue; // a Markdown table's rule
      if (last?.kind === "table" && !blankBefore) last.rows.push(cells);
      else blocks.push({ kind: "table", rows: [cells] });
      inList = false;
    } else if (bullet || numbered) {
      if (!inList || blankBefore) listId++;
      const indent = (bullet ?? numbered)![1];
      // "- i. de veiligheid": a numbered item written as a bullet (Markdown keeps roman numbers so).
      const inner = bullet ? /^(\d{1,3}|[a-z]|[ivxlc]{1,6}|[A-Z])[.)]\s+(.*)$/.exec(bullet[2]) : null;
      const text = inner ? inner[2] : bullet ? bullet[2] : numbered![3];
      const label = inner ? inner[1] : numbered?.[2];
      const style = label !== undefined ? numberStyle(label) : null;
      const inlines = inline(text.trim());
      blocks.push({
        kind: "listItem",
        level: indentLevel(indent),
        ordered: style !== null,
        style,
        listId: `tekst-${listId}`,
        inlines,
        text: inlineText(inlines).trim(),
      });
      inList = true;
    } else {
      const inlines = inline(line.trim());
      const text = inlineText(inlines).trim();
      // A line is its own paragraph (the reference column puts "Datum" and its value on lines
      // of their own), unless it plainly continues the one before: it starts in lower case, or
      // follows a long line that did not end a sentence (text wrapped by the original's layout).
      const wrapped = last !== undefined && "inlines" in last && !blankBefore && last.text.length >= 60 && !/[.;:!?)]$/.test(last.text);
      if (last && (last.kind === "paragraph" || last.kind === "listItem") && (/^[a-zë]/.test(text) || wrapped)) {
        // The same paragraph, wrapped or cut by a page break: joined with a space.
        last.inlines = normalizeInlines([...last.inlines, { type: "text", text: " " }, ...inlines]);
        last.text = `${last.text} ${text}`;
      } else {
        blocks.push({ kind: "paragraph", inlines, text });
        inList = false;
      }
    }
    blankBefore = false;
  }
  return { blocks, furniture: [] };
}
