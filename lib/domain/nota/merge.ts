// Three-way merge of nota content after a refused (stale) save: `base` is what the user
// started from, `mine` what they have now, `theirs` what the server has.
import type { NotaContent } from "./content-schema";
import { CONTENT_UNITS, unitEquals, type ContentUnit } from "./content-units";

export type Choice = "mine" | "theirs";

export interface MergeAnalysis {
  /** Units only the other person changed: taken over without asking. */
  theirsOnly: ContentUnit[];
  /** Units only this user changed: kept without asking. */
  mineOnly: ContentUnit[];
  /** Units both changed, differently: the user chooses. */
  conflicts: ContentUnit[];
}

export function analyseMerge(base: NotaContent, mine: NotaContent, theirs: NotaContent): MergeAnalysis {
  const analysis: MergeAnalysis = { theirsOnly: [], mineOnly: [], conflicts: [] };
  for (const unit of CONTENT_UNITS) {
    const iChanged = !unitEquals(unit, base, mine);
    const theyChanged = !unitEquals(unit, base, theirs);
    if (iChanged && theyChanged && !unitEquals(unit, mine, theirs)) analysis.conflicts.push(unit);
    else if (theyChanged && !iChanged) analysis.theirsOnly.push(unit);
    else if (iChanged && !theyChanged) analysis.mineOnly.push(unit);
  }
  return analysis;
}

/**
 * The merged content: theirs as the starting point, with my changes where only I changed
 * something, and for each conflicting unit the chosen side (theirs unless chosen otherwise).
 */
export function mergeContent(base: NotaContent, mine: NotaContent, theirs: NotaContent, choices: Record<string, Choice> = {}): NotaContent {
  const analysis = analyseMerge(base, mine, theirs);
  let merged = theirs;
  for (const unit of analysis.mineOnly) merged = unit.set(merged, unit.get(mine));
  for (const unit of analysis.conflicts) if (choices[unit.key] === "mine") merged = unit.set(merged, unit.get(mine));
  return merged;
}
