// Renders a stored rich-text document. The format admits only paragraphs, lists, bold and
// italic text (lib/rich-text/schema.ts), so React elements are built directly: no HTML.
import type { Block, InlineNode, ListItem, RichTextDoc } from "@/lib/domain/rich-text/schema";

const LIST_STYLE = {
  "1": "list-decimal",
  a: "list-[lower-alpha]",
  A: "list-[upper-alpha]",
  i: "list-[lower-roman]",
  I: "list-[upper-roman]",
} as const;

function Inline({ nodes }: { nodes?: InlineNode[] }) {
  return (
    <>
      {(nodes ?? []).map((node, index) => {
        if (node.type === "hardBreak") return <br key={index} />;
        let element: React.ReactNode = node.text;
        for (const mark of node.marks ?? []) {
          element = mark.type === "bold" ? <strong>{element}</strong> : <em>{element}</em>;
        }
        return <span key={index}>{element}</span>;
      })}
    </>
  );
}

function BlockView({ block }: { block: Block | ListItem }) {
  switch (block.type) {
    case "paragraph":
      return (
        <p className="[li>&]:my-0 my-2">
          <Inline nodes={block.content} />
        </p>
      );
    case "bulletList":
      return (
        <ul className="my-2 list-disc space-y-1.5 pl-6">
          {block.content.map((entry, index) => (
            <BlockView key={index} block={entry} />
          ))}
        </ul>
      );
    case "orderedList": {
      const style = LIST_STYLE[block.attrs?.type ?? "1"];
      return (
        <ol start={block.attrs?.start} className={`my-2 space-y-1 pl-8 ${style}`}>
          {block.content.map((entry, index) => (
            <BlockView key={index} block={entry} />
          ))}
        </ol>
      );
    }
    case "listItem":
      return (
        <li>
          {block.content.map((child, index) => (
            <BlockView key={index} block={child} />
          ))}
        </li>
      );
  }
}

export function RichTextView({ doc, className }: { doc: RichTextDoc; className?: string }) {
  return (
    <div className={className}>
      {doc.content.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </div>
  );
}

/** A one-paragraph document (a decision point) rendered inline, without a wrapping <p>. */
export function InlineRichText({ doc }: { doc: RichTextDoc }) {
  const first = doc.content[0];
  if (doc.content.length === 1 && first?.type === "paragraph") return <Inline nodes={first.content} />;
  return <RichTextView doc={doc} />;
}
