import { describe, expect, it } from "vitest";
import { bullets, doc, item, numbered, paragraph } from "./build";
import { toPlainText, topLevelItems } from "./plain-text";
import { RichTextDocSchema } from "./schema";

describe("RichTextDocSchema", () => {
  it("accepts paragraphs, nested bullets, roman lists, bold and italic", () => {
    const value = doc(
      paragraph("Een *cursief* en **vet** woord."),
      bullets("Eén", item("Twee", numbered("i", "de veiligheid van Nederland;", "positionering"))),
    );
    expect(RichTextDocSchema.parse(value)).toEqual(value);
  });

  it("accepts a passage marked with a Woo ground, and only the Woo's grounds", () => {
    const marked = (attrs: unknown) => ({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "geheim", marks: [{ type: "bold" }, { type: "wooGround", attrs }] }] }],
    });
    expect(RichTextDocSchema.safeParse(marked({ ground: "5.1.2e" })).success).toBe(true);
    expect(RichTextDocSchema.safeParse(marked({ ground: "5.2" })).success).toBe(true);
    expect(RichTextDocSchema.safeParse(marked({ ground: "5.1.3" })).success).toBe(false);
    expect(RichTextDocSchema.safeParse(marked({ ground: "5.1.2e", colour: "red" })).success).toBe(false);
    expect(RichTextDocSchema.safeParse(marked({})).success).toBe(false);
  });

  it("rejects HTML and nodes or marks outside the format", () => {
    expect(RichTextDocSchema.safeParse("<p>hallo</p>").success).toBe(false);
    expect(RichTextDocSchema.safeParse({ type: "doc", content: [{ type: "html", value: "<script>" }] }).success).toBe(false);
    expect(
      RichTextDocSchema.safeParse({
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
      }).success,
    ).toBe(false);
    expect(RichTextDocSchema.safeParse({ type: "doc", content: [{ type: "paragraph", attrs: { style: "color:red" } }] }).success).toBe(false);
  });

  it("rejects lists nested deeper than six levels", () => {
    let list = bullets("diep");
    for (let depth = 1; depth < 7; depth++) list = bullets(item(`niveau ${depth}`, list));
    const result = RichTextDocSchema.safeParse(doc(list));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain("hoogstens 6 niveaus");
  });
});

describe("plain text", () => {
  it("gives one line per item, indented by depth, without markup", () => {
    const value = doc(bullets(item("Belangen:", numbered("i", "veiligheid;")), "Een *coalition of the willing*."));
    expect(toPlainText(value)).toBe("- Belangen:\n  - veiligheid;\n- Een coalition of the willing.");
    expect(topLevelItems(value)).toEqual(["Belangen:", "Een coalition of the willing."]);
  });
});
