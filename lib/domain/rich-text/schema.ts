// The structured text format of every text field of a nota: a restricted ProseMirror/Tiptap
// document. Only these node and mark types exist; anything else (HTML, links, images,
// scripts) is rejected at the boundary, so stored content can be rendered without sanitising.
import { z } from "@/lib/domain/zod";
import { WOO_GROUND_CODES } from "@/lib/domain/woo/grounds";

/** A passage marked as withheld under a Woo ground: the publication versions replace it. */
export const WooGroundMarkSchema = z.object({ type: z.literal("wooGround"), attrs: z.object({ ground: z.enum(WOO_GROUND_CODES) }).strict() }).strict();

const MarkSchema = z.discriminatedUnion("type", [z.object({ type: z.enum(["bold", "italic"]) }).strict(), WooGroundMarkSchema]);

export const TextNodeSchema = z
  .object({
    type: z.literal("text"),
    text: z.string().min(1).max(20_000),
    marks: z.array(MarkSchema).max(3).optional(),
  })
  .strict();

const HardBreakSchema = z.object({ type: z.literal("hardBreak") }).strict();

export const InlineNodeSchema = z.discriminatedUnion("type", [TextNodeSchema, HardBreakSchema]);

export const ParagraphSchema = z.object({ type: z.literal("paragraph"), content: z.array(InlineNodeSchema).max(2_000).optional() }).strict();

/** Numbering styles of ordered lists: 1. 2. 3. / a. b. c. / A. B. C. / i. ii. iii. / I. II. III. */
export const ListStyleSchema = z.enum(["1", "a", "A", "i", "I"]);

export const OrderedListAttrsSchema = z.object({ start: z.number().int().min(0).max(10_000).optional(), type: ListStyleSchema.nullable().optional() }).strip();

export const ListItemSchema = z
  .object({
    type: z.literal("listItem"),
    get content() {
      return z
        .array(z.discriminatedUnion("type", [ParagraphSchema, BulletListSchema, OrderedListSchema]))
        .min(1)
        .max(200);
    },
  })
  .strict();

export const BulletListSchema = z.object({ type: z.literal("bulletList"), content: z.array(ListItemSchema).min(1).max(500) }).strict();

export const OrderedListSchema = z
  .object({
    type: z.literal("orderedList"),
    attrs: OrderedListAttrsSchema.optional(),
    content: z.array(ListItemSchema).min(1).max(500),
  })
  .strict();

export const BlockSchema = z.discriminatedUnion("type", [ParagraphSchema, BulletListSchema, OrderedListSchema]);

export type TextNode = z.infer<typeof TextNodeSchema>;
export type WooGroundMark = z.infer<typeof WooGroundMarkSchema>;
export type InlineNode = z.infer<typeof InlineNodeSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type ListStyle = z.infer<typeof ListStyleSchema>;
export type ListItem = z.infer<typeof ListItemSchema>;
export type BulletList = z.infer<typeof BulletListSchema>;
export type OrderedList = z.infer<typeof OrderedListSchema>;
export type Block = z.infer<typeof BlockSchema>;

/** Deeper nesting than this is not a note any more; it also bounds the validator's recursion. */
export const MAX_LIST_DEPTH = 6;

function listDepth(block: Block | ListItem): number {
  if (block.type === "paragraph") return 0;
  const children = block.content as Array<Block | ListItem>;
  const deepest = Math.max(0, ...children.map(listDepth));
  return block.type === "listItem" ? deepest : deepest + 1;
}

export const RichTextDocSchema = z
  .object({ type: z.literal("doc"), content: z.array(BlockSchema).max(1_000) })
  .strict()
  .refine((doc) => doc.content.every((block) => listDepth(block) <= MAX_LIST_DEPTH), {
    message: `Lijsten mogen hoogstens ${MAX_LIST_DEPTH} niveaus diep zijn.`,
  });

export type RichTextDoc = z.infer<typeof RichTextDocSchema>;

export const EMPTY_DOC: RichTextDoc = { type: "doc", content: [] };
