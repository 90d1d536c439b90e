// Personnel counts of bijdragen: "circa twintig" is stored as 20 with the circa flag; a count
// the text does not give is null and stays out of totals (which then say how many are missing).

export interface PersonnelCount {
  count: number | null;
  circa: boolean;
}

export interface PersonnelTotal {
  count: number;
  circa: boolean;
  /** How many bijdragen had no count and are not in the total. */
  missing: number;
}

export function formatPersonnel({ count, circa }: PersonnelCount): string | null {
  if (count === null) return null;
  return circa ? `circa ${count}` : String(count);
}

export function sumPersonnel(counts: PersonnelCount[]): PersonnelTotal {
  return counts.reduce<PersonnelTotal>(
    (total, { count, circa }) =>
      count === null ? { ...total, missing: total.missing + 1 } : { count: total.count + count, circa: total.circa || circa, missing: total.missing },
    { count: 0, circa: false, missing: 0 },
  );
}

interface CountedBijdrage {
  personnelBefore: number | null;
  personnelBeforeCirca: boolean;
  personnelAfter: number | null;
  personnelAfterCirca: boolean;
}

export function personnelTotals(bijdragen: CountedBijdrage[]): { before: PersonnelTotal; after: PersonnelTotal } {
  return {
    before: sumPersonnel(bijdragen.map((b) => ({ count: b.personnelBefore, circa: b.personnelBeforeCirca }))),
    after: sumPersonnel(bijdragen.map((b) => ({ count: b.personnelAfter, circa: b.personnelAfterCirca }))),
  };
}
