// Small constructors for rich-text documents, used by the seed and by tests so that content
// reads close to the text of the nota. `inline` understands *italic* and **bold** only.
import type { Block, BulletList, InlineNode, ListItem, ListStyle, OrderedList, Paragraph, RichTextDoc } from "./schema";

export function inline(source: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) nodes.push({ type: "text", text: source.slice(last, match.index) });
    if (match[1] !== undefined) nodes.push({ type: "text", text: match[1], marks: [{ type: "bold" }] });
    else nodes.push({ type: "text", text: match[2], marks: [{ type: "italic" }] });
    last = match.index + match[0].length;
  }
  if (last < source.length) nodes.push({ type: "text", text: source.slice(last) });
  return nodes;
}

export function paragraph(source: string): Paragraph {
  const content = inline(source);
  return content.length ? { type: "paragraph", content } : { type: "paragraph" };
}

/** A list item: its text, optionally followed by a nested list. */
export function item(source: string, nested?: BulletList | OrderedList): ListItem {
  return { type: "listItem", content: nested ? [paragraph(source), nested] : [paragraph(source)] };
}

function toItem(entry: string | ListItem): ListItem {
  return typeof entry === "string" ? item(entry) : entry;
}

export function bullets(...entries: Array<string | ListItem>): BulletList {
  return { type: "bulletList", content: entries.map(toItem) };
}

export function numbered(style: ListStyle, ...entries: Array<string | ListItem>): OrderedList {
  return { type: "orderedList", attrs: { start: 1, type: style }, content: entries.map(toItem) };
}

export function doc(...blocks: Block[]): RichTextDoc {
  return { type: "doc", content: blocks };
}
