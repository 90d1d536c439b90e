// A passage marked with the Woo ground on which it is withheld from publication: a mark of
// the editor's schema, stored as { type: "wooGround", attrs: { ground } }. Pasted marks with
// an unknown ground are dropped rather than stored.
import { Mark, mergeAttributes } from "@tiptap/core";
import { groundText, WOO_GROUND_CODES, type WooGroundCode } from "@/lib/domain/woo/grounds";

const KNOWN = new Set<string>(WOO_GROUND_CODES);

export const WooGroundMark = Mark.create({
  name: "wooGround",
  // Typing at the end of a marked passage does not extend the marking.
  inclusive: false,
  addAttributes() {
    return {
      ground: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute("data-woo-ground"),
        renderHTML: (attributes: { ground: WooGroundCode }) => ({ "data-woo-ground": attributes.ground, title: `Woo ${groundText(attributes.ground)}` }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "mark[data-woo-ground]", getAttrs: (element: HTMLElement) => (KNOWN.has(element.getAttribute("data-woo-ground") ?? "") ? null : false) }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["mark", mergeAttributes(HTMLAttributes), 0];
  },
});
