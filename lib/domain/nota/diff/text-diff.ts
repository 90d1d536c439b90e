// Word-level difference between two texts (jsdiff), as parts marked added or removed.
import { diffWordsWithSpace } from "diff";

export interface TextPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export function wordDiff(before: string, after: string): TextPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    value: part.value,
    ...(part.added ? { added: true } : {}),
    ...(part.removed ? { removed: true } : {}),
  }));
}

export function hasChanges(parts: TextPart[]): boolean {
  return parts.some((part) => part.added || part.removed);
}
