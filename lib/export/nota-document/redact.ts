// The publication versions of a nota, made from its content before any file is: what is
// withheld never reaches a renderer, so it cannot survive in a document property, a comment,
// an alternative text or a PDF's text layer.
//   - bij Kamerstuk (active disclosure with the Kamerbrief): personal data is replaced by
//     "5.1.2e Eerbiediging van de persoonlijke levenssfeer" (names marked as personal data, the
//     drafter, and passages marked with a personal-data ground); everything else, personal
//     policy opinions included, is published.
//   - Woo-verzoek: the same, and every passage marked with any ground is replaced by its code
//     and label.
import type { NotaContent, PartyEntry } from "@/lib/domain/nota/content-schema";
import type { Block, InlineNode, ListItem, RichTextDoc } from "@/lib/domain/rich-text/schema";
import { groundText, PERSONAL_DATA_GROUND, PERSONAL_DATA_GROUNDS, type WooGroundCode } from "@/lib/domain/woo/grounds";

export const PUBLICATION_KINDS = {
  kamerstuk: { label: "bij Kamerstuk", fileSuffix: "kamerstuk" },
  woo: { label: "Woo-verzoek", fileSuffix: "woo" },
} as const;
export type PublicationKind = keyof typeof PUBLICATION_KINDS;

export interface Redaction {
  content: NotaContent;
  /** How often each ground was applied, in the order of the Woo. */
  grounds: Array<{ code: WooGroundCode; count: number }>;
}

class GroundCounter {
  private readonly counts = new Map<WooGroundCode, number>();
  add(code: WooGroundCode): string {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
    return groundText(code);
  }
  list(): Array<{ code: WooGroundCode; count: number }> {
    return [...this.counts].map(([code, count]) => ({ code, count })).sort((a, b) => a.code.localeCompare(b.code, "nl", { numeric: true }));
  }
}

function withheldGround(node: InlineNode, kind: PublicationKind): WooGroundCode | null {
  if (node.type !== "text") return null;
  const ground = node.marks?.find((mark) => mark.type === "wooGround")?.attrs.ground ?? null;
  if (ground === null) return null;
  return kind === "woo" || PERSONAL_DATA_GROUNDS.includes(ground) ? ground : null;
}

/** A run of text under one ground becomes one replacement, whatever its formatting. */
function redactInline(nodes: readonly InlineNode[] | undefined, kind: PublicationKind, counter: GroundCounter): InlineNode[] | undefined {
  if (!nodes) return nodes;
  const result: InlineNode[] = [];
  let open: WooGroundCode | null = null;
  for (const node of nodes) {
    const ground = withheldGround(node, kind);
    if (ground !== null && ground === open) continue;
    open = ground;
    if (ground !== null) {
      result.push({ type: "text", text: `[${counter.add(ground)}]` });
    } else if (node.type === "text" && node.marks) {
      // A publication carries no markings: a passage it keeps keeps only its bold and italic.
      const marks = node.marks.filter((mark) => mark.type !== "wooGround");
      result.push(marks.length > 0 ? { ...node, marks } : { type: "text", text: node.text });
    } else {
      result.push(node);
    }
  }
  return result;
}

function redactBlock<B extends Block | ListItem>(block: B, kind: PublicationKind, counter: GroundCounter): B {
  if (block.type === "paragraph") return { ...block, ...(block.content ? { content: redactInline(block.content, kind, counter) } : {}) };
  return { ...block, content: (block.content as Array<Block | ListItem>).map((child) => redactBlock(child, kind, counter)) } as B;
}

function redactDoc(doc: RichTextDoc, kind: PublicationKind, counter: GroundCounter): RichTextDoc {
  return { ...doc, content: doc.content.map((block) => redactBlock(block, kind, counter)) };
}

function redactParty(entry: PartyEntry, counter: GroundCounter): PartyEntry {
  return entry.personalData && entry.text ? { ...entry, text: counter.add(PERSONAL_DATA_GROUND), personalData: false } : entry;
}

export function redactForPublication(content: NotaContent, kind: PublicationKind): Redaction {
  const counter = new GroundCounter();
  const doc = (value: RichTextDoc) => redactDoc(value, kind, counter);
  const parties = Object.fromEntries(
    Object.entries(content.parties).map(([role, entries]) => [role, entries.map((e) => redactParty(e, counter))]),
  ) as NotaContent["parties"];
  const redacted: NotaContent = {
    ...content,
    parties,
    drafterName: content.drafterName ? counter.add(PERSONAL_DATA_GROUND) : null,
    aanleiding: doc(content.aanleiding),
    decisionPoints: content.decisionPoints.map((p) => ({ ...p, text: doc(p.text) })),
    remarks: content.remarks.map((r) => ({ ...r, body: doc(r.body) })),
    kern: content.kern.map((k) => ({ ...k, body: doc(k.body) })),
    annex: content.annex ? { ...content.annex, note: content.annex.note ? doc(content.annex.note) : null } : null,
  };
  return { content: redacted, grounds: counter.list() };
}
