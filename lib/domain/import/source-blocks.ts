// A document to import, reduced to what its layout says: headings, paragraphs, list items and
// table rows in reading order, plus the page furniture (header and footer lines) kept apart.
// The DOCX reader and the pasted-text reader both produce this; the nota parser reads only it.
import type { InlineNode, ListStyle } from "@/lib/domain/rich-text/schema";

export type SourceBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; inlines: InlineNode[]; text: string }
  | {
      kind: "listItem";
      /** 0 for a top-level item. */
      level: number;
      ordered: boolean;
      style: ListStyle | null;
      /** Items with the same list id belong to one list. */
      listId: string;
      inlines: InlineNode[];
      text: string;
    }
  | { kind: "table"; rows: string[][] };

export interface SourceDocument {
  blocks: SourceBlock[];
  /** Lines of page headers, footers and margins: Datum, Onze referentie, page numbers. */
  furniture: string[];
}

/** The plain text of inline nodes. */
export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

/** Adjacent runs with the same marks as one node; no empty runs. */
export function normalizeInlines(nodes: readonly InlineNode[]): InlineNode[] {
  const result: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === "text" && node.text === "") continue;
    const last = result.at(-1);
    if (node.type === "text" && last?.type === "text" && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) {
      result[result.length - 1] = { ...last, text: last.text + node.text };
    } else {
      result.push(node);
    }
  }
  return result;
}
