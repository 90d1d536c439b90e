// Back-planning from a Kamer deadline: when must the brief go, which ministerraad (MR) and
// onderraad can it still make, and by when must the offices have decided.
import { formatDate } from "@/lib/domain/dates";
import { sortWarnings, type PlanWarning } from "./plan-warnings";
import { lastDayBeforeRecess, type Recess } from "./recess";
import { previousWorkingDay, subtractWorkingDays } from "./working-days";

/** Lead times in working days. */
export interface LeadTimes {
  /** From the MR to sending the brief to the Kamer. */
  mrToKamer: number;
  /** From the onderraad to the MR it prepares. */
  onderraadToMr: number;
  /** From the offices' decision to the onderraad (or the MR when there is no onderraad). */
  decisionToOnderraad: number;
}

/**
 * - mrToKamer 0: a brief agreed in the Friday MR is usually sent to the Kamer that same day
 *   (the example nota: "4 april 2025: MR en verzending aan TK").
 * - onderraadToMr 3: an onderraad on Tuesday prepares the MR of that Friday (RDINEV 1 april,
 *   MR 4 april 2025 is exactly three working days).
 * - decisionToOnderraad 5: the stukken must reach the onderraad's secretariat about a working
 *   week ahead to be put on its agenda, so the offices must have decided by then.
 */
export const DEFAULT_LEAD_TIMES: LeadTimes = { mrToKamer: 0, onderraadToMr: 3, decisionToOnderraad: 5 };

export interface Meeting {
  id: string;
  date: string;
  cancelled?: boolean;
}

export interface BackPlanInput {
  kamerDeadline: string | null;
  today: string;
  /** Ministerraad meetings, in any order; cancelled ones are skipped. */
  mrMeetings: readonly Meeting[];
  /** Onderraad meetings (e.g. RDINEV), in any order; cancelled ones are skipped. Empty: the nota goes to the MR directly. */
  onderraadMeetings: readonly Meeting[];
  recesses: readonly Recess[];
  leadTimes: LeadTimes;
}

export interface BackPlan {
  /**
   * The date the brief must reach the Kamer: the deadline, or the last working day before a recess
   * it falls in; a deadline on a weekend or holiday moves to the working day before it.
   */
  sendBy: string;
  /** The last non-cancelled MR on or before sendBy minus mrToKamer working days. */
  mr: Meeting | null;
  /** The last non-cancelled onderraad at least onderraadToMr working days (and always strictly) before that MR. */
  onderraad: Meeting | null;
  /** The onderraad date (or the MR date when there is no onderraad) minus decisionToOnderraad working days. */
  decideBy: string | null;
  /** What makes the plan unworkable or tight, relative to today. */
  problems: PlanWarning[];
}

/** The latest meeting from `earliest` up to `latest` (and before `before`, if given) that is not cancelled. */
function lastMeeting(meetings: readonly Meeting[], earliest: string, latest: string, before?: string): Meeting | null {
  let found: Meeting | null = null;
  for (const meeting of meetings) {
    // A meeting that has been held can no longer be planned for.
    if (meeting.date < earliest) continue;
    // Only `cancelled` excludes a meeting: the meeting list is authoritative, and a meeting on a
    // holiday may well have been deliberately moved there.
    if (meeting.cancelled || meeting.date > latest || (before !== undefined && meeting.date >= before)) continue;
    if (found === null || meeting.date > found.date) found = meeting;
  }
  return found;
}

function workingDays(n: number): string {
  return n === 1 ? "1 werkdag" : `${n} werkdagen`;
}

export function backPlan(input: BackPlanInput): BackPlan | null {
  const { kamerDeadline, today, leadTimes } = input;
  for (const [name, value] of Object.entries(leadTimes)) {
    // A negative lead time would plan a meeting after the step it prepares.
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`Lead time ${name} must be a whole number of working days >= 0, got ${value}`);
  }
  if (kamerDeadline === null) return null;

  // Nobody sends a brief on a Saturday or on Koningsdag: the working day before is the real deadline.
  const sendBy = previousWorkingDay(lastDayBeforeRecess(kamerDeadline, input.recesses));
  const mr = lastMeeting(input.mrMeetings, today, subtractWorkingDays(sendBy, leadTimes.mrToKamer));
  const onderraad = mr === null ? null : lastMeeting(input.onderraadMeetings, today, subtractWorkingDays(mr.date, leadTimes.onderraadToMr), mr.date);
  const decisionBase = onderraad?.date ?? mr?.date ?? null;
  const decideBy = decisionBase === null ? null : subtractWorkingDays(decisionBase, leadTimes.decisionToOnderraad);

  const problems: PlanWarning[] = [];
  if (kamerDeadline < today) {
    // Everything else would be late as well; one error says it.
    problems.push({
      code: "KAMER_DEADLINE_PASSED",
      severity: "fout",
      message: `De Kamerdeadline van ${formatDate(kamerDeadline)} is verstreken.`,
      field: "kamerDeadline",
    });
    return { sendBy, mr, onderraad, decideBy, problems };
  }
  if (mr === null) {
    problems.push({
      code: "NO_MR_IN_TIME",
      severity: "fout",
      message: `Er is geen ministerraad vroeg genoeg om de brief uiterlijk ${formatDate(sendBy)} aan de Kamer te sturen.`,
      field: "mr",
    });
  } else if (onderraad === null && input.onderraadMeetings.some((meeting) => !meeting.cancelled)) {
    problems.push({
      code: "NO_ONDERRAAD_IN_TIME",
      severity: "waarschuwing",
      message: `Er is geen onderraad ten minste ${workingDays(leadTimes.onderraadToMr)} vóór de ministerraad van ${formatDate(mr.date)}.`,
      field: "onderraad",
    });
  }
  if (decisionBase !== null && decideBy !== null && decideBy < today) {
    problems.push({
      code: "DECISION_DEADLINE_PASSED",
      severity: "fout",
      message: `Om de ${onderraad ? "onderraad" : "ministerraad"} van ${formatDate(decisionBase)} te halen had uiterlijk ${formatDate(decideBy)} besloten moeten zijn.`,
      field: "decideBy",
    });
  }
  return { sendBy, mr, onderraad, decideBy, problems: sortWarnings(problems) };
}
