// What full-text search looks at in a nota: its title and reference weigh most, then the
// content a reader searches for (Aanleiding, Geadviseerd besluit, Kern, remarks, the timeline
// and the annex's bijdragen). PostgreSQL turns these texts into the search document with its
// Dutch configuration (lib/data/search-document.ts).
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import { toPlainText } from "@/lib/domain/rich-text/plain-text";

export interface SearchText {
  /** Weight A: reference and title. */
  heading: string;
  /** Weight B: everything else a reader would search for. */
  body: string;
}

/** PostgreSQL's to_tsvector refuses documents over 1 MB; no nota comes near, but the input is bounded. */
const MAX_BODY = 500_000;

export function searchTextOf(reference: string, content: NotaContent): SearchText {
  const parts = [
    toPlainText(content.aanleiding),
    ...content.decisionPoints.map((point) => toPlainText(point.text)),
    ...content.remarks.map((remark) => toPlainText(remark.body)),
    ...content.kern.flatMap((section) => [section.title, toPlainText(section.body)]),
    ...content.timeline.map((entry) => entry.description),
  ];
  for (const category of content.annex?.categories ?? []) {
    parts.push(category.title);
    for (const kader of category.kaders) {
      parts.push(kader.region);
      for (const bijdrage of kader.bijdragen) parts.push([bijdrage.name, bijdrage.acronym, bijdrage.location, bijdrage.contribution].filter(Boolean).join(" "));
    }
  }
  return {
    heading: `${reference} ${content.title}`,
    body: parts
      .filter((part) => part.trim().length > 0)
      .join("\n")
      .slice(0, MAX_BODY),
  };
}
