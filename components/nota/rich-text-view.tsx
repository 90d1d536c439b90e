// Renders a stored rich-text document. The format admits only paragraphs, lists, bold and
// italic text (lib/domain/rich-text/schema.ts), so React elements are built directly: no HTML.
// "plain" renders the editor's own elements without classes, so that a field's preview looks
// exactly like the editor that replaces it (".prose-nota" styles both).
import type { Block, InlineNode, ListItem, RichTextDoc } from "@/lib/domain/rich-text/schema";
import { groundText } from "@/lib/domain/woo/grounds";

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
          if (mark.type === "bold") element = <strong>{element}</strong>;
          else if (mark.type === "italic") element = <em>{element}</em>;
        }
        const ground = node.marks?.find((mark) => mark.type === "wooGround")?.attrs.ground;
        // Marked passages stay readable internally; the code after them says on what ground a
        // publication withholds them.
        if (ground)
          element = (
            <>
              <mark data-woo-ground={ground} title={`Woo ${groundText(ground)}`}>
                {element}
              </mark>
              <span className="ml-0.5 text-xs font-bold text-[#6b5400]">[Woo {ground}]</span>
            </>
          );
        return <span key={index}>{element}</span>;
      })}
    </>
  );
}

function BlockView({ block, plain }: { block: Block | ListItem; plain?: boolean }) {
  const children = (content: ReadonlyArray<Block | ListItem>) => content.map((child, index) => <BlockView key={index} block={child} plain={plain} />);
  switch (block.type) {
    case "paragraph":
      return (
        <p className={plain ? undefined : "[li>&]:my-0 my-2"}>
          <Inline nodes={block.content} />
        </p>
      );
    case "bulletList":
      return <ul className={plain ? undefined : "my-2 list-disc space-y-1.5 pl-6"}>{children(block.content)}</ul>;
    case "orderedList": {
      const type = block.attrs?.type ?? "1";
      return plain ? (
        <ol start={block.attrs?.start} type={type}>
          {children(block.content)}
        </ol>
      ) : (
        <ol start={block.attrs?.start} className={`my-2 space-y-1 pl-8 ${LIST_STYLE[type]}`}>
          {children(block.content)}
        </ol>
      );
    }
    case "listItem":
      return <li>{children(block.content)}</li>;
  }
}

export function RichTextView({ doc, className, plain }: { doc: RichTextDoc; className?: string; plain?: boolean }) {
  const blocks = doc.content.map((block, index) => <BlockView key={index} block={block} plain={plain} />);
  // The editor shows an empty text as one empty line.
  if (plain) return <>{blocks.length ? blocks : <p />}</>;
  return <div className={className}>{blocks}</div>;
}

/** A one-paragraph document (a decision point) rendered inline, without a wrapping <p>. */
export function InlineRichText({ doc }: { doc: RichTextDoc }) {
  const first = doc.content[0];
  if (doc.content.length === 1 && first?.type === "paragraph") return <Inline nodes={first.content} />;
  return <RichTextView doc={doc} />;
}
