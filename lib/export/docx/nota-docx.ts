// The nota as a Word document in the layout of the example: marking, header block with the
// reference column, "nota" and the title, the sections, the annex tables, and on every page a
// margin block with Datum and Onze referentie (a frame in the page header, as the
// Rijkshuisstijl templates place it). Verdana 9 pt, A4.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import {
  ANNEX_COLUMN_SHARES,
  ANNEX_COLUMNS,
  type AnnexModel,
  type AnnexTable,
  type LabelledValue,
  type NotaDocumentModel,
} from "@/lib/export/nota-document/model";
import { inlineRuns, ListNumbering, richTextParagraphs } from "./rich-text-paragraphs";

const RIJKSBLAUW = "154273";
const PAGE = { width: 11_906, height: 16_838 }; // A4 in twips
const MARGIN = { top: 2_268, left: 1_588, right: 3_402, bottom: 1_418 };
const MARGIN_BLOCK = { x: PAGE.width - MARGIN.right + 454, y: MARGIN.top, width: MARGIN.right - 454 - 567 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, keepNext: true, children: [new TextRun(text)] });
}

function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): Paragraph {
  const lines = value.split("\n");
  return new Paragraph({
    children: lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...options })),
  });
}

/**
 * Datum and Onze referentie beside the text on every page after the first: a table floating in
 * the right margin, anchored to the page from the page header, as the Rijkshuisstijl templates
 * do it; Word and LibreOffice repeat it on each page.
 */
function marginBlock(margin: readonly LabelledValue[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: MARGIN_BLOCK.width, type: WidthType.DXA },
    columnWidths: [MARGIN_BLOCK.width],
    borders: NO_BORDERS,
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      verticalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: MARGIN_BLOCK.x,
      absoluteVerticalPosition: MARGIN_BLOCK.y,
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            borders: NO_BORDERS,
            width: { size: MARGIN_BLOCK.width, type: WidthType.DXA },
            children: margin.flatMap(({ label, value }) => [
              new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: label, bold: true, size: 13 })] }),
              new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: value, size: 13 })] }),
            ]),
          }),
        ],
      }),
    ],
  });
}

function classificationLine(classification: string | null): Paragraph[] {
  return classification
    ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: classification, bold: true, color: "C00000" })] })]
    : [];
}

function labelledTable(rows: readonly LabelledValue[], labelWidth: number, width: number): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [labelWidth, width - labelWidth],
    borders: NO_BORDERS,
    rows: rows.map(
      ({ label, value }) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: labelWidth, type: WidthType.DXA }, borders: NO_BORDERS, children: [text(label, { bold: true })] }),
            new TableCell({ width: { size: width - labelWidth, type: WidthType.DXA }, borders: NO_BORDERS, children: [text(value || "–")] }),
          ],
        }),
    ),
  });
}

/** Aan … Afgestemd met on the left, Datum … Kamer on the right, as the nota's first page. */
function headerBlock(model: NotaDocumentModel): Table {
  const left = Math.round(TEXT_WIDTH * 0.62);
  const right = TEXT_WIDTH - left;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: [labelledTable(model.parties, 1_750, left - 200)],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: model.referenceColumn.flatMap(({ label, value }) => [text(label, { bold: true, size: 14 }), text(value || "–", { size: 14 })]),
          }),
        ],
      }),
    ],
  });
}

const CELL_MARGINS = { top: 30, bottom: 30, left: 57, right: 57 };
const ANNEX_WIDTHS = ANNEX_COLUMN_SHARES.map((share) => Math.round(TEXT_WIDTH * share));

function cell(value: string, options: { bold?: boolean; header?: boolean; right?: boolean; width: number }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    shading: options.header ? { fill: "E5ECF3", color: "auto", type: "clear" } : undefined,
    children: value.split("\n").map(
      (line, index) =>
        new Paragraph({
          spacing: { after: 0, line: 240 },
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: options.bold, size: index > 0 ? 12 : 14, color: index > 0 ? "535353" : undefined })],
        }),
    ),
  });
}

function annexTable(table: AnnexTable): Table {
  const right = (column: number) => column === 4 || column === 5;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: ANNEX_WIDTHS,
    margins: CELL_MARGINS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: ANNEX_COLUMNS.map((label, i) => cell(label, { bold: true, header: true, right: right(i), width: ANNEX_WIDTHS[i] })),
      }),
      ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, i) => cell(value, { right: right(i), width: ANNEX_WIDTHS[i] })) })),
      ...(table.total
        ? [
            new TableRow({
              cantSplit: true,
              children: [
                new TableCell({
                  columnSpan: 4,
                  width: { size: ANNEX_WIDTHS.slice(0, 4).reduce((a, b) => a + b, 0), type: WidthType.DXA },
                  children: [text(table.total.label, { bold: true, size: 14 })],
                }),
                cell(table.total.before, { bold: true, right: true, width: ANNEX_WIDTHS[4] }),
                cell(table.total.after, { bold: true, right: true, width: ANNEX_WIDTHS[5] }),
                cell("", { width: ANNEX_WIDTHS[6] }),
              ],
            }),
          ]
        : []),
    ],
  });
}

function decisionTable(points: NonNullable<NotaDocumentModel["decisions"]>["offices"][number]["points"]): Table {
  const widths = [0.25, 0.25, 0.5].map((share) => Math.round(TEXT_WIDTH * share));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: ["Beslispunt", "Besluit", "Annotatie"].map((label, i) => cell(label, { bold: true, header: true, width: widths[i] })),
      }),
      ...points.map(
        (p) =>
          new TableRow({
            cantSplit: true,
            children: [cell(p.point, { width: widths[0] }), cell(p.decision, { width: widths[1] }), cell(p.annotation ?? "–", { width: widths[2] })],
          }),
      ),
    ],
  });
}

/** The annex per category and region; on a page of its own after the nota, or as the whole bijlage. */
function annexContent(annex: AnnexModel, numbering: ListNumbering, options: { newPage: boolean }): Array<Paragraph | Table> {
  const content: Array<Paragraph | Table> = [
    new Paragraph({ pageBreakBefore: options.newPage, heading: HeadingLevel.HEADING_1, children: [new TextRun(annex.heading)] }),
  ];
  if (annex.note) content.push(...richTextParagraphs(annex.note, numbering));
  for (const category of annex.categories) {
    content.push(heading(category.heading, 2), text(category.summary, { italics: true, size: 15 }));
    for (const table of category.tables) {
      content.push(heading(table.term ? `${table.region} (${table.term})` : table.region, 3), annexTable(table));
      if (table.total?.note) content.push(text(table.total.note, { italics: true, size: 14 }));
    }
  }
  return content;
}

function body(model: NotaDocumentModel, numbering: ListNumbering): Array<Paragraph | Table> {
  // The bijlage bij de Kamerbrief: the annex alone, as its own document.
  if (model.part === "bijlage" && model.annex) return annexContent(model.annex, numbering, { newPage: false });
  const decisionsReference = numbering.reference("1", 1);
  const decisionsInstance = numbering.nextInstance();
  const content: Array<Paragraph | Table> = [
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: model.marking, bold: true })] }),
    headerBlock(model),
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: "nota", size: 44, color: RIJKSBLAUW })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    heading("Aanleiding", 1),
    ...richTextParagraphs(model.aanleiding, numbering),
    heading(model.decisionPointsHeading, 1),
    ...model.decisionPoints.map(
      (point) =>
        new Paragraph({
          numbering: { reference: decisionsReference, level: 0, instance: decisionsInstance },
          children: point.content.flatMap((block) => (block.type === "paragraph" ? inlineRuns(block.content) : [])),
        }),
    ),
    ...model.remarks.flatMap(({ label, body: remark }) => {
      // "Nb. 1:" leads the remark's first paragraph, as in the nota.
      const [first, ...rest] = remark.content;
      const lead = new TextRun({ text: `${label} `, bold: true });
      return first?.type === "paragraph"
        ? [new Paragraph({ children: [lead, ...inlineRuns(first.content)] }), ...richTextParagraphs({ type: "doc", content: rest }, numbering)]
        : [new Paragraph({ children: [lead] }), ...richTextParagraphs(remark, numbering)];
    }),
    heading(model.kernHeading, 1),
    ...model.kern.flatMap((section) => [heading(section.heading, 2), ...richTextParagraphs(section.body, numbering)]),
    ...(model.timeline
      ? [
          heading(model.timeline.heading, 2),
          ...model.timeline.entries.map((entry) => new Paragraph({ numbering: { reference: "opsomming", level: 0 }, children: [new TextRun(entry)] })),
        ]
      : []),
  ];
  if (model.decisions) {
    content.push(heading(model.decisions.heading, 1));
    for (const office of model.decisions.offices) {
      content.push(heading(office.office, 2), text(office.line));
      if (office.note) content.push(text(`Opmerking: ${office.note}`));
      content.push(decisionTable(office.points));
    }
  }
  if (model.annex) content.push(...annexContent(model.annex, numbering, { newPage: true }));
  return content;
}

export async function renderNotaDocx(model: NotaDocumentModel): Promise<Buffer> {
  const numbering = new ListNumbering();
  const children = body(model, numbering);
  const footer = new Footer({
    children: [
      ...classificationLine(model.classification),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ size: 13, children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
  const section: ISectionOptions = {
    properties: {
      // The nota's first page has the reference column; the margin block starts on the second.
      // The bijlage has no reference column: the margin block is on every page.
      titlePage: model.part === "nota",
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...MARGIN, header: 709, footer: 567 },
      },
    },
    headers: {
      first: new Header({ children: classificationLine(model.classification) }),
      default: new Header({ children: [...classificationLine(model.classification), marginBlock(model.margin), new Paragraph({})] }),
    },
    footers: { first: footer, default: footer },
    children,
  };
  const document = new Document({
    creator: "Notaroute",
    lastModifiedBy: "Notaroute",
    title: `${model.reference} ${model.title}`,
    description: "Beslisnota",
    styles: {
      default: {
        document: { run: { font: "Verdana", size: 18 }, paragraph: { spacing: { after: 80, line: 276 } } },
        title: { run: { font: "Verdana", size: 28, bold: true }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { font: "Verdana", size: 22, bold: true, color: RIJKSBLAUW }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: "Verdana", size: 19, bold: true }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { font: "Verdana", size: 18, bold: true, italics: true }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
    },
    numbering: numbering.options(),
    sections: [section],
  });
  return Packer.toBuffer(document);
}
