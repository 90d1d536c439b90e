// Where else in the nota an acronym appears. Not an error (the example names SOLE three
// times, in three regions), but worth a glance while editing.
import type { AnnexContent } from "./content-schema";

export function acronymElsewhere(annex: AnnexContent | null): Map<string, string[]> {
  const places = new Map<string, Array<{ bijdrageId: string; kaderId: string; where: string }>>();
  annex?.categories.forEach((category, ci) => {
    for (const kader of category.kaders) {
      for (const bijdrage of kader.bijdragen) {
        if (!bijdrage.acronym) continue;
        const key = bijdrage.acronym.toLowerCase();
        const list = places.get(key) ?? [];
        list.push({ bijdrageId: bijdrage.id, kaderId: kader.id, where: `${ci + 1}. ${category.title || "categorie"} › ${kader.region || "regio"}` });
        places.set(key, list);
      }
    }
  });
  const result = new Map<string, string[]>();
  for (const list of places.values()) {
    for (const entry of list) {
      const others = list.filter((other) => other.kaderId !== entry.kaderId).map((other) => other.where);
      if (others.length) result.set(entry.bijdrageId, [...new Set(others)]);
    }
  }
  return result;
}
