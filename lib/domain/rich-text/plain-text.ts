// Plain text of a rich-text document: for hashing, diffing, search and tests.
import type { Block, InlineNode, ListItem, RichTextDoc } from "./schema";

export interface PlainTextOptions {
  /** Writes "[Woo 5.2]" after a passage marked with a Woo ground, so that a marking shows in a diff. */
  wooGrounds?: boolean;
}

function inlineText(nodes: InlineNode[] | undefined, options: PlainTextOptions = {}): string {
  let text = "";
  let open: string | null = null;
  for (const node of nodes ?? []) {
    const ground = options.wooGrounds && node.type === "text" ? (node.marks?.find((m) => m.type === "wooGround")?.attrs.ground ?? null) : null;
    if (open !== null && ground !== open) text += ` [Woo ${open}]`;
    open = ground;
    text += node.type === "text" ? node.text : "\n";
  }
  return open !== null ? `${text} [Woo ${open}]` : text;
}

function blockLines(block: Block | ListItem, depth: number, options: PlainTextOptions): string[] {
  switch (block.type) {
    case "paragraph":
      return [inlineText(block.content, options)];
    case "bulletList":
    case "orderedList":
      return block.content.flatMap((entry) => blockLines(entry, depth + 1, options));
    case "listItem":
      return block.content.flatMap((child, index) =>
        child.type === "paragraph" && index === 0
          ? ["  ".repeat(Math.max(depth - 1, 0)) + "- " + inlineText(child.content, options)]
          : blockLines(child, depth, options),
      );
  }
}

/** One line per paragraph or list item; list items as "- text", indented by nesting depth. */
export function toPlainText(doc: RichTextDoc, options: PlainTextOptions = {}): string {
  return doc.content.flatMap((block) => blockLines(block, 0, options)).join("\n");
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
