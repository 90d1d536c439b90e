// Reading exported files back, as a person's software would: the text of a DOCX part by part
// (document, headers, footers, properties) and the text layer of a PDF page by page (pdf.js,
// the reader in Firefox). Used by tests and by the export benchmark.
import { strFromU8, unzipSync } from "fflate";

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    switch (name.toLowerCase()) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    }
  });
}

/** Every XML part of the package, by name. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** The paragraphs of one WordprocessingML part, as text. */
export function wordParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)].map((m) => (m[1] !== undefined ? decodeXml(m[1]) : " ")).join(""),
  );
}

export function docxText(bytes: Uint8Array): { body: string[]; headers: string[]; footers: string[]; properties: string } {
  const parts = docxParts(bytes);
  const named = (pattern: RegExp) =>
    Object.keys(parts)
      .filter((name) => pattern.test(name))
      .sort();
  return {
    body: wordParagraphs(parts["word/document.xml"] ?? ""),
    headers: named(/^word\/header\d*\.xml$/).flatMap((name) => wordParagraphs(parts[name])),
    footers: named(/^word\/footer\d*\.xml$/).flatMap((name) => wordParagraphs(parts[name])),
    properties: ["docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"].map((name) => decodeXml(parts[name] ?? "")).join("\n"),
  };
}

/** The PDF's text layer, one string per page, and its document information. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; info: Record<string, unknown>; tagged: boolean; language: string | null }> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    }
    const metadata = await pdf.getMetadata();
    const markInfo = await pdf.getMarkInfo();
    const info = metadata.info as Record<string, unknown>;
    return { pages, info, tagged: Boolean(markInfo?.Marked), language: (info.Language as string | undefined) ?? null };
  } finally {
    await pdf.destroy();
  }
}

/** Text compared without its layout: line breaks and hyphenless wrapping inside table cells differ per format. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

/** The first of `expected` that does not occur in `text` after the one before it, or null when all do, in order. */
export function firstOutOfOrder(text: string, expected: readonly string[]): string | null {
  const haystack = squeeze(text);
  let from = 0;
  for (const item of expected) {
    const at = haystack.indexOf(squeeze(item), from);
    if (at < 0) return item;
    from = at + squeeze(item).length;
  }
  return null;
}
