// A stored rich-text document as the editor's own HTML (p, ul, ol, li, strong, em, br) without
// classes: the ".prose-nota" styles then give it exactly the editor's look.
import type { Block, InlineNode, ListItem, RichTextDoc } from "@/lib/domain/rich-text/schema";

function Inline({ nodes }: { nodes?: InlineNode[] }) {
  return (
    <>
      {(nodes ?? []).map((node, index) => {
        if (node.type === "hardBreak") return <br key={index} />;
        let element: React.ReactNode = node.text;
        for (const mark of node.marks ?? []) element = mark.type === "bold" ? <strong>{element}</strong> : <em>{element}</em>;
        return <span key={index}>{element}</span>;
      })}
    </>
  );
}

function BlockView({ block }: { block: Block | ListItem }) {
  switch (block.type) {
    case "paragraph":
      return (
        <p>
          <Inline nodes={block.content} />
        </p>
      );
    case "bulletList":
      return (
        <ul>
          {block.content.map((entry, index) => (
            <BlockView key={index} block={entry} />
          ))}
        </ul>
      );
    case "orderedList":
      return (
        <ol start={block.attrs?.start} type={block.attrs?.type as "1" | "a" | "A" | "i" | "I" | undefined}>
          {block.content.map((entry, index) => (
            <BlockView key={index} block={entry} />
          ))}
        </ol>
      );
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

/** An empty text shows one empty line, as the editor does. */
export function PlainRichText({ doc }: { doc: RichTextDoc }) {
  if (doc.content.length === 0) return <p />;
  return (
    <>
      {doc.content.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </>
  );
}
