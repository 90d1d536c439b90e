// The nota list's URL for a query: filters and search are kept when the order or page changes.
import type { NotaListQuery } from "@/lib/validation/nota-queries";

const KEYS = ["zoek", "onderdeel", "fase", "markering", "rubricering", "kamerVanaf", "kamerTot", "sorteer", "richting", "na"] as const;

export function listQueryString(query: Partial<NotaListQuery>, changes: Partial<Record<(typeof KEYS)[number], string | undefined>> = {}): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = key in changes ? changes[key] : query[key];
    if (value) params.set(key, String(value));
  }
  return params.toString();
}

export function listHref(query: Partial<NotaListQuery>, changes: Parameters<typeof listQueryString>[1] = {}): string {
  const search = listQueryString(query, changes);
  return search ? `/notas?${search}` : "/notas";
}
