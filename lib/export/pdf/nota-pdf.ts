// The nota as a tagged PDF in the layout of the DOCX: made on the server by PDFKit, with Noto
// Sans embedded (subset), a structure tree (headings, paragraphs, lists, tables) and page
// furniture (Datum and Onze referentie in the margin, classification, page numbers) marked as
// artifacts, so that a screen reader reads the nota and not the furniture on every page.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import type { Font } from "fontkit";
import PDFDocument from "pdfkit";
import type { Block, InlineNode, ListItem, ListStyle, RichTextDoc } from "@/lib/domain/rich-text/schema";
import { ANNEX_COLUMN_SHARES, ANNEX_COLUMNS, type AnnexTable, type LabelledValue, type NotaDocumentModel } from "@/lib/export/nota-document/model";

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc["struct"]>;

const RIJKSBLAUW = "#154273";
const GREY = "#535353";
const MM = 72 / 25.4;
const MARGINS = { top: 40 * MM, left: 28 * MM, right: 60 * MM, bottom: 25 * MM };
const A4 = { width: 595.28, height: 841.89 };
const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
const LIST_INDENT = 14;

// TrueType, not WOFF: PDFKit's font library inflates a WOFF table again on every glyph it
// measures, which made one export take seconds.
const FONT_FILES = {
  regular: "400Regular/NotoSans_400Regular.ttf",
  bold: "700Bold/NotoSans_700Bold.ttf",
  italic: "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/NotoSans_700Bold_Italic.ttf",
} as const;
type FontName = keyof typeof FONT_FILES;

let fonts: Record<FontName, Font> | null = null;
/**
 * Read and parsed once per process: the same four fonts for every export (parsing a font's
 * tables takes longer than laying out a whole nota). Each document still embeds its own subset.
 */
function parsedFonts(): Record<FontName, Font> {
  if (!fonts) {
    const dir = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans");
    fonts = Object.fromEntries(
      Object.entries(FONT_FILES).map(([name, file]) => {
        const font = fontkit.create(readFileSync(path.join(dir, file)));
        if (!("layout" in font)) throw new Error(`${file} is a font collection, not a font`);
        return [name, font];
      }),
    ) as Record<FontName, Font>;
  }
  return fonts;
}

const LAYOUT_CACHE_LIMIT = 50_000;
const layoutCaches = new Map<FontName, Record<string, unknown>>();

function sharedLayoutCache(name: FontName): Record<string, unknown> {
  let cache = layoutCaches.get(name);
  // Bounded: a long-running server sees ever new words; start afresh rather than grow.
  if (!cache || Object.keys(cache).length > LAYOUT_CACHE_LIMIT) {
    cache = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(name, cache);
  }
  return cache;
}

function fontFor(bold: boolean, italic: boolean): FontName {
  return bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular";
}

const ORDERED_LABEL: Record<ListStyle, (n: number) => string> = {
  "1": (n) => `${n}.`,
  a: (n) => `${letters(n)}.`,
  A: (n) => `${letters(n).toUpperCase()}.`,
  i: (n) => `${roman(n)}.`,
  I: (n) => `${roman(n).toUpperCase()}.`,
};

function letters(n: number): string {
  let result = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) result = String.fromCharCode(97 + ((rest - 1) % 26)) + result;
  return result || "0";
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let rest = n;
  let result = "";
  for (const [value, symbol] of table) {
    while (rest >= value) {
      result += symbol;
      rest -= value;
    }
  }
  return result;
}

class PdfWriter {
  readonly doc: Doc;
  readonly root: Struct;

  constructor(model: NotaDocumentModel) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGINS,
      bufferPages: true,
      tagged: true,
      lang: "nl-NL",
      displayTitle: true,
      pdfVersion: "1.7",
      info: { Title: `${model.reference} ${model.title}`, Subject: "Beslisnota", Creator: "Notaroute", Producer: "Notaroute" },
    } as ConstructorParameters<typeof PDFDocument>[0]);
    const names = new Map<unknown, string>();
    for (const [name, data] of Object.entries(parsedFonts())) {
      this.doc.registerFont(name, data as unknown as Buffer); // PDFKit 0.20 takes a parsed font; its types lag
      names.set(data, name);
    }
    // A table cell with its own font restores the previous one by its source, not its name, and
    // PDFKit then opens the font again, once per cell. Restoring by name reuses the open one.
    const font = this.doc.font.bind(this.doc) as (src: unknown, family?: unknown, size?: unknown) => Doc;
    (this.doc as { font: unknown }).font = (src: unknown, family?: unknown, size?: unknown) => font(names.get(src) ?? src, family, size);
    // Word layouts (glyphs and advances, shaped by the font's OpenType tables) depend only on
    // the word and the font, so one cache per font serves every document; PDFKit would start a
    // cold one per document, and shaping is most of an export's time.
    const families = (this.doc as unknown as { _fontFamilies: Record<string, { layoutCache?: Record<string, unknown> }> })._fontFamilies;
    for (const name of Object.keys(FONT_FILES)) {
      this.doc.font(name);
      const embedded = families[name];
      if (embedded && "layoutCache" in embedded) embedded.layoutCache = sharedLayoutCache(name as FontName);
    }
    this.doc.font("regular").fontSize(9);
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
  }

  /** Starts a new page when less than `space` points remain: headings stay with what follows. */
  keepSpace(space: number): void {
    if (this.doc.y + space > A4.height - MARGINS.bottom) this.doc.addPage();
  }

  textBlock(
    tag: string,
    value: string,
    options: { font?: FontName; size?: number; color?: string; gap?: number; x?: number; width?: number; parent?: Struct } = {},
  ): void {
    const { doc } = this;
    (options.parent ?? this.root).add(
      doc.struct(tag, {}, () => {
        doc
          .font(options.font ?? "regular")
          .fontSize(options.size ?? 9)
          .fillColor(options.color ?? "black")
          .text(value, options.x ?? MARGINS.left, doc.y, { width: options.width ?? TEXT_WIDTH });
      }),
    );
    doc.fillColor("black").font("regular").fontSize(9);
    doc.moveDown(options.gap ?? 0.3);
  }

  heading(level: 1 | 2 | 3, value: string): void {
    this.keepSpace(60);
    this.doc.moveDown(level === 1 ? 0.8 : 0.5);
    const style = {
      1: { size: 11, color: RIJKSBLAUW, font: "bold" },
      2: { size: 9.5, color: "black", font: "bold" },
      3: { size: 9, color: "black", font: "boldItalic" },
    } as const;
    this.textBlock(`H${level}`, value, { ...style[level], gap: 0.2 });
  }

  /** Runs of one paragraph, bold and italic as marked, wrapped within [x, x + width]. */
  runs(nodes: readonly InlineNode[] | undefined, x: number, width: number, lead?: string): void {
    const { doc } = this;
    const parts: Array<{ text: string; font: FontName }> = [];
    if (lead) parts.push({ text: `${lead} `, font: "bold" });
    for (const node of nodes ?? []) {
      if (node.type === "hardBreak") parts.push({ text: "\n", font: "regular" });
      else parts.push({ text: node.text, font: fontFor(!!node.marks?.some((m) => m.type === "bold"), !!node.marks?.some((m) => m.type === "italic")) });
    }
    if (parts.length === 0) parts.push({ text: " ", font: "regular" });
    const y = doc.y;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      doc.font(part.font).fontSize(9);
      if (index === 0) doc.text(part.text, x, y, { width, continued: !last });
      else doc.text(part.text, { continued: !last });
    });
    doc.font("regular");
  }

  paragraph(nodes: readonly InlineNode[] | undefined, parent: Struct, options: { x?: number; width?: number; lead?: string } = {}): void {
    parent.add(this.doc.struct("P", {}, () => this.runs(nodes, options.x ?? MARGINS.left, options.width ?? TEXT_WIDTH, options.lead)));
    this.doc.moveDown(0.3);
  }

  listItem(label: string, x: number, width: number, parent: Struct, body: (li: Struct, x: number, width: number) => void): void {
    const { doc } = this;
    const li = doc.struct("LI");
    parent.add(li);
    this.keepSpace(14);
    const y = doc.y;
    li.add(doc.struct("Lbl", {}, () => doc.font("regular").fontSize(9).text(label, x, y, { width: LIST_INDENT, lineBreak: false })));
    doc.y = y;
    body(li, x + LIST_INDENT, width - LIST_INDENT);
    li.end();
  }

  block(block: Block, parent: Struct, x: number, width: number): void {
    if (block.type === "paragraph") return this.paragraph(block.content, parent, { x, width });
    const list = this.doc.struct("L");
    parent.add(list);
    const start = block.type === "orderedList" ? (block.attrs?.start ?? 1) : 1;
    const style = block.type === "orderedList" ? (block.attrs?.type ?? "1") : null;
    block.content.forEach((item: ListItem, index) => {
      const label = style ? ORDERED_LABEL[style](start + index) : "•";
      this.listItem(label, x, width, list, (li, bodyX, bodyWidth) => {
        const body = this.doc.struct("LBody");
        li.add(body);
        for (const child of item.content) this.block(child, body, bodyX, bodyWidth);
        body.end();
      });
    });
    list.end();
  }

  richText(doc: RichTextDoc, parent: Struct = this.root): void {
    for (const block of doc.content) this.block(block, parent, MARGINS.left, TEXT_WIDTH);
  }

  table(header: readonly string[], rows: readonly string[][], widths: readonly number[], options: { total?: string[]; rightAligned?: number[] } = {}): void {
    const { doc } = this;
    const right = new Set(options.rightAligned ?? []);
    const cell = (text: string, column: number, type: "TH" | "TD", bold = false) => ({
      text,
      type,
      align: { x: right.has(column) ? ("right" as const) : ("left" as const), y: "top" as const },
      font: { src: bold ? "bold" : "regular", size: 7 },
    });
    const data = [
      header.map((h, i) => ({ ...cell(h, i, "TH", true), font: { src: "bold", size: 7 }, backgroundColor: "#E5ECF3" })),
      ...rows.map((row) => row.map((value, i) => cell(value, i, i === 0 ? "TH" : "TD"))),
      // The total's label spans the columns before the counts.
      ...(options.total
        ? [
            options.total.map((value, i) =>
              i === 0
                ? { ...cell(value, 0, "TH", true), colSpan: header.length - options.total!.length + 1 }
                : cell(value, i + header.length - options.total!.length, "TD", true),
            ),
          ]
        : []),
    ];
    doc.font("regular").fontSize(7.5);
    doc.table({
      position: { x: MARGINS.left, y: doc.y },
      columnStyles: [...widths],
      defaultStyle: { border: 0.5, borderColor: "#B4B4B4", padding: 2.5 },
      data,
      structParent: this.root,
    } as Parameters<Doc["table"]>[0] & { data: unknown[]; structParent: Struct });
    doc.font("regular").fontSize(9).fillColor("black");
    doc.x = MARGINS.left;
    doc.moveDown(0.5);
  }

  /** Page furniture on every page, as artifacts. */
  furniture(margin: readonly LabelledValue[], classification: string | null, options: { firstPage: boolean }): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      doc.switchToPage(index);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing in the margin must not start a new page
      doc.markContent("Artifact", { type: "Pagination" });
      let y = MARGINS.top;
      const x = A4.width - MARGINS.right + 16;
      for (const { label, value } of index === range.start && !options.firstPage ? [] : margin) {
        doc
          .font("bold")
          .fontSize(6.5)
          .fillColor("black")
          .text(label, x, y, { width: MARGINS.right - 30, lineBreak: false });
        doc.font("regular").text(value, x, y + 9, { width: MARGINS.right - 30, lineBreak: false });
        y += 24;
      }
      if (classification) {
        doc.font("bold").fontSize(8).fillColor("#C00000");
        doc.text(classification, MARGINS.left, 14 * MM, { width: TEXT_WIDTH, align: "center", lineBreak: false });
        doc.text(classification, MARGINS.left, A4.height - 16 * MM, { width: TEXT_WIDTH, align: "center", lineBreak: false });
      }
      doc.font("regular").fontSize(6.5).fillColor(GREY);
      doc.text(`Pagina ${index - range.start + 1} van ${range.count}`, MARGINS.left, A4.height - 11 * MM, {
        width: TEXT_WIDTH,
        align: "right",
        lineBreak: false,
      });
      doc.endMarkedContent();
      doc.fillColor("black");
      doc.page.margins.bottom = bottom;
    }
  }

  finish(): Promise<Buffer> {
    const { doc } = this;
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      doc.on("end", () => resolve(Buffer.concat(chunks)));
      doc.on("error", reject);
      this.root.end();
      doc.end();
    });
  }
}

function annexWidths(): number[] {
  return ANNEX_COLUMN_SHARES.map((share) => TEXT_WIDTH * share);
}

function writeAnnexTable(writer: PdfWriter, table: AnnexTable): void {
  writer.table(ANNEX_COLUMNS, table.rows, annexWidths(), {
    rightAligned: [4, 5],
    total: table.total ? [table.total.label, table.total.before, table.total.after, ""] : undefined,
  });
  if (table.total?.note) writer.textBlock("P", table.total.note, { font: "italic", size: 7 });
}

function writeAnnex(writer: PdfWriter, annex: NonNullable<NotaDocumentModel["annex"]>): void {
  writer.textBlock("H1", annex.heading, { font: "bold", size: 11, color: RIJKSBLAUW, gap: 0.4 });
  if (annex.note) writer.richText(annex.note);
  for (const category of annex.categories) {
    writer.heading(2, category.heading);
    writer.textBlock("P", category.summary, { font: "italic", size: 7.5 });
    for (const table of category.tables) {
      writer.heading(3, table.term ? `${table.region} (${table.term})` : table.region);
      writeAnnexTable(writer, table);
    }
  }
}

export async function renderNotaPdf(model: NotaDocumentModel): Promise<Buffer> {
  const writer = new PdfWriter(model);
  const { doc, root } = writer;
  if (model.part === "bijlage" && model.annex) {
    // The bijlage bij de Kamerbrief: the annex alone, with the margin block on every page.
    writeAnnex(writer, model.annex);
    writer.furniture(model.margin, model.classification, { firstPage: true });
    return writer.finish();
  }

  writer.textBlock("P", model.marking, { font: "bold", gap: 0.8 });
  // Header block: parties on the left, the reference column on the right.
  const top = doc.y;
  const partyStruct = doc.struct("Div");
  root.add(partyStruct);
  for (const { label, value } of model.parties) {
    const y = doc.y;
    partyStruct.add(
      doc.struct("P", {}, () => {
        doc.font("bold").fontSize(8.5).text(label, MARGINS.left, y, { width: 75, lineBreak: false });
        doc.font("regular").text(value || "–", MARGINS.left + 80, y, { width: TEXT_WIDTH * 0.62 - 80 });
      }),
    );
    doc.moveDown(0.15);
  }
  partyStruct.end();
  const leftBottom = doc.y;
  doc.y = top;
  const columnX = MARGINS.left + TEXT_WIDTH * 0.66;
  const referenceStruct = doc.struct("Div");
  root.add(referenceStruct);
  for (const { label, value } of model.referenceColumn) {
    writer.textBlock("P", label, { font: "bold", size: 7.5, x: columnX, width: TEXT_WIDTH * 0.34, gap: 0, parent: referenceStruct });
    writer.textBlock("P", value || "–", { size: 7.5, x: columnX, width: TEXT_WIDTH * 0.34, gap: 0.3, parent: referenceStruct });
  }
  referenceStruct.end();
  doc.y = Math.max(leftBottom, doc.y);
  doc.moveDown(1.5);

  writer.textBlock("P", "nota", { size: 20, color: RIJKSBLAUW, gap: 0.1 });
  writer.textBlock("H1", model.title, { font: "bold", size: 13, gap: 0.5 });

  writer.heading(1, "Aanleiding");
  writer.richText(model.aanleiding);

  writer.heading(1, model.decisionPointsHeading);
  const points = doc.struct("L");
  root.add(points);
  model.decisionPoints.forEach((point, index) => {
    writer.listItem(`${index + 1}.`, MARGINS.left, TEXT_WIDTH, points, (li, x, width) => {
      const body = doc.struct("LBody");
      li.add(body);
      const inline = point.content.flatMap((block) => (block.type === "paragraph" ? (block.content ?? []) : []));
      writer.paragraph(inline, body, { x, width });
      body.end();
    });
  });
  points.end();
  for (const remark of model.remarks) {
    const [first, ...rest] = remark.body.content;
    if (first?.type === "paragraph") {
      writer.paragraph(first.content, root, { lead: remark.label });
      writer.richText({ type: "doc", content: rest });
    } else {
      writer.textBlock("P", remark.label, { font: "bold" });
      writer.richText(remark.body);
    }
  }

  writer.heading(1, model.kernHeading);
  for (const section of model.kern) {
    writer.heading(2, section.heading);
    writer.richText(section.body);
  }
  if (model.timeline) {
    writer.heading(2, model.timeline.heading);
    writer.richText({
      type: "doc",
      content: [
        {
          type: "bulletList",
          content: model.timeline.entries.map((entry) => ({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: entry }] }] })),
        },
      ],
    });
  }

  if (model.decisions) {
    writer.heading(1, model.decisions.heading);
    for (const office of model.decisions.offices) {
      writer.heading(2, office.office);
      writer.textBlock("P", office.line);
      if (office.note) writer.textBlock("P", `Opmerking: ${office.note}`);
      writer.table(
        ["Beslispunt", "Besluit", "Annotatie"],
        office.points.map((p) => [p.point, p.decision, p.annotation ?? "–"]),
        [0.25, 0.25, 0.5].map((share) => TEXT_WIDTH * share),
      );
    }
  }

  if (model.annex) {
    doc.addPage();
    writeAnnex(writer, model.annex);
  }

  writer.furniture(model.margin, model.classification, { firstPage: false });
  return writer.finish();
}
