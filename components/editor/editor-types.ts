import type { NotaContent } from "@/lib/domain/nota/content-schema";
import type { OfficeOption } from "@/lib/services/nota/load-editor";

/** Applies a change to the draft; every section edits through this. */
export type UpdateContent = (change: (content: NotaContent) => NotaContent) => void;

export interface SectionProps {
  content: NotaContent;
  update: UpdateContent;
  /** Completeness and validation messages by field key. */
  issues: ReadonlyMap<string, string>;
  offices: OfficeOption[];
}
