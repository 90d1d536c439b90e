// Reads a Word document (.docx) into source blocks: the body in reading order (headings by
// their style's name, so "Kop 1" in a Dutch Word counts as heading 1; list items by their
// numbering, with the level and the number format; tables row by row), and the text of page
// headers and footers as furniture. Layout tables, those holding another table, are read as
// their contents: the nota's header block is one.
import { strFromU8, unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";
import type { ListStyle, InlineNode } from "@/lib/domain/rich-text/schema";
import { inlineText, normalizeInlines, type SourceBlock, type SourceDocument } from "@/lib/domain/import/source-blocks";

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", trimValues: false, processEntities: true });

/** Limits against a zip bomb or a document nobody writes by hand. */
const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;
const MAX_BLOCKS = 20_000;

export class UnreadableDocumentError extends Error {}

function children(node: XmlNode): XmlNode[] {
  const name = Object.keys(node).find((key) => key !== ":@");
  const value = name ? node[name] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function nameOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ":@") ?? "";
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  return (node?.[":@"] as Record<string, string> | undefined)?.[name];
}

function child(node: XmlNode, name: string): XmlNode | undefined {
  return children(node).find((c) => nameOf(c) === name);
}

function textOf(node: XmlNode): string {
  if (nameOf(node) === "#text") return String(node["#text"]);
  return children(node).map(textOf).join("");
}

const FORMAT_STYLES: Record<string, ListStyle | null> = {
  decimal: "1",
  lowerLetter: "a",
  upperLetter: "A",
  lowerRoman: "i",
  upperRoman: "I",
  bullet: null,
};

interface Numbering {
  /** numId → ilvl → format */
  formats: Map<string, Map<number, string>>;
}

function readNumbering(xml: string | undefined): Numbering {
  const formats = new Map<string, Map<number, string>>();
  if (!xml) return { formats };
  const root = (parser.parse(xml) as XmlNode[]).find((n) => nameOf(n) === "w:numbering");
  if (!root) return { formats };
  const abstracts = new Map<string, Map<number, string>>();
  for (const node of children(root)) {
    if (nameOf(node) === "w:abstractNum") {
      const levels = new Map<number, string>();
      for (const level of children(node).filter((c) => nameOf(c) === "w:lvl")) {
        levels.set(Number(attr(level, "w:ilvl") ?? 0), attr(child(level, "w:numFmt"), "w:val") ?? "decimal");
      }
      abstracts.set(attr(node, "w:abstractNumId") ?? "", levels);
    }
  }
  for (const node of children(root)) {
    if (nameOf(node) === "w:num") formats.set(attr(node, "w:numId") ?? "", abstracts.get(attr(child(node, "w:abstractNumId"), "w:val") ?? "") ?? new Map());
  }
  return { formats };
}

/** Style id → heading level, from the style's name ("heading 1", "Title"), whatever the language of its id. */
function readHeadingStyles(xml: string | undefined): Map<string, number> {
  const levels = new Map<string, number>();
  if (!xml) return levels;
  const root = (parser.parse(xml) as XmlNode[]).find((n) => nameOf(n) === "w:styles");
  for (const style of root ? children(root).filter((c) => nameOf(c) === "w:style") : []) {
    const name = (attr(child(style, "w:name"), "w:val") ?? "").toLowerCase();
    const id = attr(style, "w:styleId") ?? "";
    const heading = /^heading (\d)$/.exec(name);
    if (heading) levels.set(id, Number(heading[1]));
    else if (name === "title") levels.set(id, 0);
  }
  return levels;
}

function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const value = attr(node, "w:val");
  return value === undefined || !["0", "false", "off"].includes(value);
}

function runs(paragraph: XmlNode): InlineNode[] {
  const nodes: InlineNode[] = [];
  const visit = (node: XmlNode) => {
    const name = nameOf(node);
    if (name === "w:r") {
      const props = child(node, "w:rPr");
      const marks = [
        ...(isOn(props && child(props, "w:b")) ? [{ type: "bold" as const }] : []),
        ...(isOn(props && child(props, "w:i")) ? [{ type: "italic" as const }] : []),
      ];
      for (const part of children(node)) {
        const partName = nameOf(part);
        if (partName === "w:t") nodes.push({ type: "text", text: textOf(part), ...(marks.length ? { marks } : {}) });
        else if (partName === "w:tab") nodes.push({ type: "text", text: " " });
        else if (partName === "w:br" && attr(part, "w:type") !== "page") nodes.push({ type: "hardBreak" });
      }
    } else if (name === "w:hyperlink" || name === "w:ins" || name === "w:smartTag" || name === "w:sdt" || name === "w:sdtContent") {
      children(node).forEach(visit);
    }
    // w:del (deleted text) and field codes are not content.
  };
  children(paragraph).forEach(visit);
  return normalizeInlines(nodes);
}

class BodyReader {
  readonly blocks: SourceBlock[] = [];
  constructor(
    private readonly numbering: Numbering,
    private readonly headings: Map<string, number>,
  ) {}

  paragraph(node: XmlNode): void {
    const props = child(node, "w:pPr");
    const inlines = runs(node);
    const text = inlineText(inlines).trim();
    if (!text) return;
    const style = attr(props && child(props, "w:pStyle"), "w:val");
    const headingLevel = style !== undefined ? this.headings.get(style) : undefined;
    if (headingLevel !== undefined) {
      this.push({ kind: "heading", level: headingLevel, text });
      return;
    }
    const numPr = props && child(props, "w:numPr");
    const numId = attr(numPr && child(numPr, "w:numId"), "w:val");
    if (numPr && numId && numId !== "0") {
      const level = Number(attr(child(numPr, "w:ilvl"), "w:val") ?? 0);
      const format = this.numbering.formats.get(numId)?.get(level) ?? "bullet";
      const style = FORMAT_STYLES[format] ?? (format === "bullet" ? null : "1");
      this.push({ kind: "listItem", level, ordered: style !== null, style, listId: numId, inlines, text });
      return;
    }
    this.push({ kind: "paragraph", inlines, text });
  }

  table(node: XmlNode): void {
    const rows = children(node).filter((c) => nameOf(c) === "w:tr");
    const cells = (row: XmlNode) => children(row).filter((c) => nameOf(c) === "w:tc");
    const layout = rows.some((row) => cells(row).some((cell) => children(cell).some((c) => nameOf(c) === "w:tbl")));
    if (layout) {
      for (const row of rows) for (const cell of cells(row)) this.container(cell);
      return;
    }
    this.push({
      kind: "table",
      rows: rows.map((row) =>
        cells(row).map((cell) =>
          children(cell)
            .filter((c) => nameOf(c) === "w:p")
            .map((p) => inlineText(runs(p)).trim())
            .filter(Boolean)
            .join("\n"),
        ),
      ),
    });
  }

  container(node: XmlNode): void {
    for (const part of children(node)) {
      const name = nameOf(part);
      if (name === "w:p") this.paragraph(part);
      else if (name === "w:tbl") this.table(part);
      else if (name === "w:sdt") {
        const content = child(part, "w:sdtContent");
        if (content) this.container(content);
      }
    }
  }

  private push(block: SourceBlock): void {
    if (this.blocks.length >= MAX_BLOCKS) throw new UnreadableDocumentError("Dit document is te groot om in te lezen.");
    this.blocks.push(block);
  }
}

/** The lines of a header or footer part (each paragraph, table cells included). */
function furnitureLines(xml: string): string[] {
  const lines: string[] = [];
  const visit = (node: XmlNode) => {
    if (nameOf(node) === "w:p") {
      const text = inlineText(runs(node)).trim();
      if (text) lines.push(text);
    } else children(node).forEach(visit);
  };
  (parser.parse(xml) as XmlNode[]).forEach(visit);
  return lines;
}

export function readDocxSource(bytes: Uint8Array): SourceDocument {
  let files: Record<string, Uint8Array>;
  try {
    let unpacked = 0;
    files = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new UnreadableDocumentError("Dit document is uitgepakt te groot om in te lezen.");
        return /^word\/(document|numbering|styles|header\d*|footer\d*)\.xml$/.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw error;
    throw new UnreadableDocumentError("Dit is geen Word-document (.docx) dat kan worden gelezen.");
  }
  const documentXml = files["word/document.xml"];
  if (!documentXml) throw new UnreadableDocumentError("Dit is geen Word-document (.docx): de tekst ontbreekt.");
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  const reader = new BodyReader(readNumbering(text("word/numbering.xml")), readHeadingStyles(text("word/styles.xml")));
  const root = (parser.parse(strFromU8(documentXml)) as XmlNode[]).find((n) => nameOf(n) === "w:document");
  const body = root && child(root, "w:body");
  if (!body) throw new UnreadableDocumentError("Dit Word-document heeft geen tekst.");
  reader.container(body);
  const furniture = Object.keys(files)
    .filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name))
    .sort()
    .flatMap((name) => furnitureLines(strFromU8(files[name])));
  return { blocks: reader.blocks, furniture };
}
