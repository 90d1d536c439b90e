// The outcome per decision point once offices have decided: unanimous, or where they differ.
export type DecisionValue = "AKKOORD" | "NIET_AKKOORD" | "AKKOORD_MET_OPMERKING";

export type PointOutcome =
  { kind: "open"; decided: number; of: number } | { kind: "unanimous"; withRemarks: boolean } | { kind: "divided"; against: string[]; withRemarks: string[] };

/** `decisions`: per deciding office (by code), its decision on this point for the current version, or undefined. */
export function pointOutcome(decisions: ReadonlyArray<{ office: string; decision: DecisionValue | undefined }>): PointOutcome {
  const decided = decisions.filter((d) => d.decision !== undefined);
  if (decided.length < decisions.length) return { kind: "open", decided: decided.length, of: decisions.length };
  const against = decided.filter((d) => d.decision === "NIET_AKKOORD").map((d) => d.office);
  const withRemarks = decided.filter((d) => d.decision === "AKKOORD_MET_OPMERKING").map((d) => d.office);
  if (against.length === 0) return { kind: "unanimous", withRemarks: withRemarks.length > 0 };
  return { kind: "divided", against, withRemarks };
}

export function outcomeText(outcome: PointOutcome): string {
  switch (outcome.kind) {
    case "open":
      return `Nog niet besloten (${outcome.decided} van ${outcome.of})`;
    case "unanimous":
      return outcome.withRemarks ? "Unaniem akkoord, met opmerking" : "Unaniem akkoord";
    case "divided":
      return `Niet unaniem: niet akkoord van ${outcome.against.join(", ")}`;
  }
}
