// A nota's rich text as Word paragraphs: bullets as real list bullets and numbered lists as
// real numbering (w:numPr), so that Word continues, renumbers and restyles them as lists.
import { AlignmentType, LevelFormat, Paragraph, TextRun, type ILevelsOptions, type INumberingOptions } from "docx";
import type { Block, InlineNode, ListItem, ListStyle, RichTextDoc } from "@/lib/domain/rich-text/schema";

const LEVELS = 9;
const INDENT_STEP = 360; // twips: a quarter inch per level, as Word's own lists

const ORDERED_FORMATS: Record<ListStyle, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  "1": LevelFormat.DECIMAL,
  a: LevelFormat.LOWER_LETTER,
  A: LevelFormat.UPPER_LETTER,
  i: LevelFormat.LOWER_ROMAN,
  I: LevelFormat.UPPER_ROMAN,
};

const BULLET_SYMBOLS = ["•", "–", "▪"];

function levels(make: (level: number) => Pick<ILevelsOptions, "format" | "text">, start = 1): ILevelsOptions[] {
  return Array.from({ length: LEVELS }, (_, level) => ({
    level,
    start,
    alignment: AlignmentType.LEFT,
    ...make(level),
    style: { paragraph: { indent: { left: INDENT_STEP * (level + 1), hanging: INDENT_STEP } } },
  }));
}

/**
 * Collects the list definitions a document needs while its paragraphs are made: one bullet
 * list, and one numbering per style and start value; every list gets its own instance, so
 * each numbered list counts from its own start.
 */
export class ListNumbering {
  private readonly ordered = new Map<string, { style: ListStyle; start: number }>();
  private instance = 0;

  reference(style: ListStyle | null, start: number): string {
    const key = `genummerd-${style ?? "1"}-${start}`;
    if (!this.ordered.has(key)) this.ordered.set(key, { style: style ?? "1", start });
    return key;
  }

  nextInstance(): number {
    return ++this.instance;
  }

  options(): INumberingOptions {
    return {
      config: [
        { reference: "opsomming", levels: levels((level) => ({ format: LevelFormat.BULLET, text: BULLET_SYMBOLS[level % BULLET_SYMBOLS.length] })) },
        ...[...this.ordered].map(([reference, { style, start }]) => ({
          reference,
          levels: levels((level) => ({ format: ORDERED_FORMATS[style], text: `%${level + 1}.` }), start),
        })),
      ],
    };
  }
}

export function inlineRuns(nodes: readonly InlineNode[] | undefined, base: { bold?: boolean } = {}): TextRun[] {
  return (nodes ?? []).map((node) =>
    node.type === "hardBreak"
      ? new TextRun({ break: 1 })
      : new TextRun({
          text: node.text,
          bold: base.bold || node.marks?.some((m) => m.type === "bold") || undefined,
          italics: node.marks?.some((m) => m.type === "italic") || undefined,
        }),
  );
}

interface ListContext {
  reference: string;
  instance: number;
  level: number;
}

function blockParagraphs(block: Block, numbering: ListNumbering, list: ListContext | null): Paragraph[] {
  switch (block.type) {
    case "paragraph":
      return [
        new Paragraph({
          children: inlineRuns(block.content),
          ...(list ? { numbering: { reference: list.reference, level: list.level, instance: list.instance } } : {}),
        }),
      ];
    case "bulletList":
    case "orderedList": {
      const level = list ? list.level + 1 : 0;
      const reference = block.type === "bulletList" ? "opsomming" : numbering.reference(block.attrs?.type ?? null, block.attrs?.start ?? 1);
      const context = { reference, instance: numbering.nextInstance(), level: Math.min(level, LEVELS - 1) };
      return block.content.flatMap((item) => itemParagraphs(item, numbering, context));
    }
  }
}

function itemParagraphs(item: ListItem, numbering: ListNumbering, list: ListContext): Paragraph[] {
  return item.content.flatMap((child, index) => {
    if (child.type === "paragraph" && index > 0) {
      // A second paragraph of the same item: indented with it, without a new bullet.
      return [new Paragraph({ children: inlineRuns(child.content), indent: { left: INDENT_STEP * (list.level + 1) } })];
    }
    return blockParagraphs(child, numbering, child.type === "paragraph" ? list : { ...list });
  });
}

export function richTextParagraphs(doc: RichTextDoc, numbering: ListNumbering): Paragraph[] {
  return doc.content.flatMap((block) => blockParagraphs(block, numbering, null));
}
