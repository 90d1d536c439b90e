// Plain text of a rich-text document: for hashing, diffing, search and tests.
import type { Block, InlineNode, ListItem, RichTextDoc } from "./schema";

function inlineText(nodes: InlineNode[] | undefined): string {
  return (nodes ?? []).map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

function blockLines(block: Block | ListItem, depth: number): string[] {
  switch (block.type) {
    case "paragraph":
      return [inlineText(block.content)];
    case "bulletList":
    case "orderedList":
      return block.content.flatMap((entry) => blockLines(entry, depth + 1));
    case "listItem":
      return block.content.flatMap((child, index) =>
        child.type === "paragraph" && index === 0 ? ["  ".repeat(Math.max(depth - 1, 0)) + "- " + inlineText(child.content)] : blockLines(child, depth),
      );
  }
}

/** One line per paragraph or list item; list items as "- text", indented by nesting depth. */
export function toPlainText(doc: RichTextDoc): string {
  return doc.content.flatMap((block) => blockLines(block, 0)).join("\n");
}

/** The texts of the top-level list items, in order (for tests and summaries). */
export function topLevelItems(doc: RichTextDoc): string[] {
  return doc.content.flatMap((block) =>
    block.type === "paragraph"
      ? [inlineText(block.content)]
      : block.content.map((entry) => {
          const first = entry.content[0];
          return first?.type === "paragraph" ? inlineText(first.content) : "";
        }),
  );
}
