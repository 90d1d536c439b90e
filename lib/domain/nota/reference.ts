// "Onze referentie": prefix + two-digit year + a five-digit number (BZ2600001).
export function formatReference(prefix: string, year: string, sequence: bigint | number): string {
  return `${prefix}${year.slice(-2)}${String(sequence).padStart(5, "0")}`;
}
