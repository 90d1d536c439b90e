// Checks on a nota's planning as it stands: meetings it is placed on, deadlines, and the
// "(Voorgestelde) Tijdlijn" the drafter wrote. They report, they never block: the drafter may
// know better (a deadline agreed to move, a meeting rescheduled), so every message says what
// is off and by which dates.
import { formatDate } from "@/lib/domain/dates";
import { lastDayBeforeRecess, recessOn, type Recess } from "./recess";

export type PlanWarningCode =
  | "MR_AFTER_KAMER_DEADLINE"
  | "PLANNED_AFTER_KAMER_DEADLINE"
  | "ONDERRAAD_AFTER_MR"
  | "DECISION_DEADLINE_PASSED"
  | "NO_MR_IN_TIME"
  | "NO_ONDERRAAD_IN_TIME"
  | "TIMELINE_AFTER_KAMER_DEADLINE"
  | "TIMELINE_OUT_OF_ORDER"
  | "TIMELINE_MEETING_MISMATCH"
  | "KAMER_DEADLINE_IN_RECESS"
  | "KAMER_DEADLINE_PASSED";

/** "fout": the planning cannot work as it stands; "waarschuwing": worth a second look. */
export type PlanWarningSeverity = "fout" | "waarschuwing";

export interface PlanWarning {
  code: PlanWarningCode;
  severity: PlanWarningSeverity;
  /** A full Dutch sentence, dates written as the nota writes them ("13 februari 2025"). */
  message: string;
  /** The field it concerns: "kamerDeadline", "plannedDate", "mr", "onderraad", "decisionDeadlines.DVB", "timeline.1" (0-based). */
  field?: string;
}

export interface PlanFacts {
  today: string;
  kamerDeadline: string | null;
  /** The nota's "Plandatum". */
  plannedDate: string | null;
  /** The onderraad meeting the nota is placed on, if any. */
  onderraad: { date: string } | null;
  /** The ministerraad meeting the nota is placed on, if any. */
  mr: { date: string } | null;
  decisionDeadlines: ReadonlyArray<{ officeCode: string; date: string; decided: boolean }>;
  /** The nota's own "(Voorgestelde) Tijdlijn", in the order it is written. */
  timeline: ReadonlyArray<{ date: string; description: string }>;
  recesses: readonly Recess[];
  /** Every office has decided: passed decision deadlines no longer matter. */
  decided: boolean;
  /** Afgerond or ingetrokken: nothing left to plan, so no warnings at all. */
  closed: boolean;
}

// How a timeline step is recognised as the ministerraad or an onderraad. "MR" only in capitals,
// so the title "mr." (meester in de rechten) in a description does not count. Add other onderraad
// acronyms here when notas start naming them.
const NAMES_MR = /\bMR\b/;
const NAMES_MINISTERRAAD = /ministerraad|ministerraden/i;
const NAMES_ONDERRAAD = /\bRDINEV\b|onderraad|onderraden/i;

function namesMr(description: string): boolean {
  return NAMES_MR.test(description) || NAMES_MINISTERRAAD.test(description);
}

const BY_SEVERITY: Record<PlanWarningSeverity, number> = { fout: 0, waarschuwing: 1 };

/** Errors before warnings; within a severity the order in which they were found (Array#sort is stable). */
export function sortWarnings(warnings: readonly PlanWarning[]): PlanWarning[] {
  return [...warnings].sort((a, b) => BY_SEVERITY[a.severity] - BY_SEVERITY[b.severity]);
}

export function planWarnings(facts: PlanFacts): PlanWarning[] {
  if (facts.closed) return [];
  const warnings: PlanWarning[] = [];
  const add = (code: PlanWarningCode, severity: PlanWarningSeverity, message: string, field?: string) =>
    warnings.push(field === undefined ? { code, severity, message } : { code, severity, message, field });
  const { kamerDeadline, mr, onderraad, today } = facts;

  if (kamerDeadline !== null) {
    if (kamerDeadline < today) {
      add("KAMER_DEADLINE_PASSED", "fout", `De Kamerdeadline van ${formatDate(kamerDeadline)} is verstreken.`, "kamerDeadline");
    } else {
      // Only worth saying while the deadline is ahead: once passed, the recess no longer changes anything.
      const recess = recessOn(kamerDeadline, facts.recesses);
      if (recess !== null) {
        const sendBy = lastDayBeforeRecess(kamerDeadline, facts.recesses);
        add(
          "KAMER_DEADLINE_IN_RECESS",
          "waarschuwing",
          `De Kamerdeadline van ${formatDate(kamerDeadline)} valt in een reces van de Kamer (${recess.name}, ${formatDate(recess.start)} t/m ${formatDate(recess.end)}); verstuur de brief uiterlijk ${formatDate(sendBy)}.`,
          "kamerDeadline",
        );
      }
    }
    if (mr !== null && mr.date > kamerDeadline) {
      add("MR_AFTER_KAMER_DEADLINE", "fout", `De ministerraad van ${formatDate(mr.date)} ligt na de Kamerdeadline van ${formatDate(kamerDeadline)}.`, "mr");
    }
    if (facts.plannedDate !== null && facts.plannedDate > kamerDeadline) {
      add(
        "PLANNED_AFTER_KAMER_DEADLINE",
        "waarschuwing",
        `De plandatum ${formatDate(facts.plannedDate)} ligt na de Kamerdeadline van ${formatDate(kamerDeadline)}.`,
        "plannedDate",
      );
    }
  }

  if (onderraad !== null && mr !== null && onderraad.date >= mr.date) {
    const relation = onderraad.date === mr.date ? "op dezelfde dag als" : "na";
    add(
      "ONDERRAAD_AFTER_MR",
      "fout",
      `De onderraad van ${formatDate(onderraad.date)} ligt ${relation} de ministerraad van ${formatDate(mr.date)}; de onderraad moet eerst.`,
      "onderraad",
    );
  }

  if (!facts.decided) {
    for (const deadline of facts.decisionDeadlines) {
      if (!deadline.decided && deadline.date < today) {
        add(
          "DECISION_DEADLINE_PASSED",
          "fout",
          `De beslisdeadline van ${deadline.officeCode} (${formatDate(deadline.date)}) is verstreken en ${deadline.officeCode} heeft nog niet besloten.`,
          `decisionDeadlines.${deadline.officeCode}`,
        );
      }
    }
  }

  timelineWarnings(facts, add);
  return sortWarnings(warnings);
}

function timelineWarnings(facts: PlanFacts, add: (code: PlanWarningCode, severity: PlanWarningSeverity, message: string, field?: string) => void): void {
  const { kamerDeadline, mr, onderraad } = facts;
  // The step with the latest date so far: a step before it is out of order even when its direct
  // predecessor was itself out of order (1 april, 10 april, 3 april, 5 april: steps 3 and 4).
  let latest: { index: number; date: string } | null = null;
  for (const [index, entry] of facts.timeline.entries()) {
    const step = `stap ${index + 1} (${formatDate(entry.date)}${entry.description.trim() ? `, ${entry.description.trim()}` : ""})`;
    const field = `timeline.${index}`;
    if (kamerDeadline !== null && entry.date > kamerDeadline) {
      add("TIMELINE_AFTER_KAMER_DEADLINE", "waarschuwing", `Tijdlijn: ${step} ligt na de Kamerdeadline van ${formatDate(kamerDeadline)}.`, field);
    }
    if (latest !== null && entry.date < latest.date) {
      add(
        "TIMELINE_OUT_OF_ORDER",
        "waarschuwing",
        `Tijdlijn: ${step} ligt vóór stap ${latest.index + 1} (${formatDate(latest.date)}); zet de stappen in volgorde van datum.`,
        field,
      );
    }
    if (latest === null || entry.date > latest.date) latest = { index, date: entry.date };

    if (mr !== null && namesMr(entry.description) && entry.date !== mr.date) {
      add(
        "TIMELINE_MEETING_MISMATCH",
        "waarschuwing",
        `Tijdlijn: ${step} noemt de ministerraad, maar de nota staat op de ministerraad van ${formatDate(mr.date)}.`,
        field,
      );
    }
    if (onderraad !== null && NAMES_ONDERRAAD.test(entry.description) && entry.date !== onderraad.date) {
      add(
        "TIMELINE_MEETING_MISMATCH",
        "waarschuwing",
        `Tijdlijn: ${step} noemt de onderraad, maar de nota staat op de onderraad van ${formatDate(onderraad.date)}.`,
        field,
      );
    }
  }
}
