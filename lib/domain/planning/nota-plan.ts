// One nota's plan and everything wrong with it, from the facts the nota page, the editor and
// the dashboard all have: back-planning from the Kamer deadline, each office's decision
// deadline (set by the secretariat, else the plan's), and the date checks of plan-warnings.ts.
// One function, so the three places never disagree.
import { CLOSED_STATUSES, DECIDED_STATUSES } from "@/lib/domain/route/status-groups";
import type { RouteStatus } from "@/lib/domain/route/state-machine";
import { backPlan, type BackPlan, type LeadTimes, type Meeting } from "./back-planning";
import { planWarnings, sortWarnings, type PlanWarning } from "./plan-warnings";
import type { Recess } from "./recess";

export interface PlanningCalendar {
  mrMeetings: readonly Meeting[];
  onderraadMeetings: readonly Meeting[];
  recesses: readonly Recess[];
  leadTimes: LeadTimes;
}

export interface NotaPlanInput {
  today: string;
  status: RouteStatus;
  kamerDeadline: string | null;
  plannedDate: string | null;
  onderraad: { date: string } | null;
  mr: { date: string } | null;
  /** Deciding offices: whether they decided (this round) and the deadline the secretariat set, if any. */
  deciding: ReadonlyArray<{ officeCode: string; decided: boolean; deadline: string | null }>;
  timeline: ReadonlyArray<{ date: string; description: string }>;
  calendar: PlanningCalendar;
}

export interface NotaPlan {
  plan: BackPlan | null;
  /** Each deciding office's deadline: the one set for it, else the plan's decide-by date. */
  decisionDeadlines: Array<{ officeCode: string; decided: boolean; date: string | null; explicit: boolean }>;
  warnings: PlanWarning[];
  /** A deadline has passed (the Kamer's, or an office's that has not decided). */
  overdue: boolean;
  /** The plan does not reach the Kamer deadline (no MR in time, an MR after it, dates in the wrong order). */
  atRisk: boolean;
}

const OVERDUE_CODES = new Set(["KAMER_DEADLINE_PASSED", "DECISION_DEADLINE_PASSED"]);

export function notaPlan(input: NotaPlanInput): NotaPlan {
  const closed = (CLOSED_STATUSES as readonly RouteStatus[]).includes(input.status);
  const decided = (DECIDED_STATUSES as readonly RouteStatus[]).includes(input.status);
  const plan = closed
    ? null
    : backPlan({
        kamerDeadline: input.kamerDeadline,
        today: input.today,
        mrMeetings: input.calendar.mrMeetings,
        onderraadMeetings: input.calendar.onderraadMeetings,
        recesses: input.calendar.recesses,
        leadTimes: input.calendar.leadTimes,
      });
  const decisionDeadlines = input.deciding.map((office) => ({
    officeCode: office.officeCode,
    decided: office.decided,
    date: office.deadline ?? plan?.decideBy ?? null,
    explicit: office.deadline !== null,
  }));
  const checks = planWarnings({
    today: input.today,
    kamerDeadline: input.kamerDeadline,
    plannedDate: input.plannedDate,
    onderraad: input.onderraad,
    mr: input.mr,
    // Before the nota reaches the offices nobody can decide yet: a passed date is the plan's problem.
    decisionDeadlines:
      input.status === "TER_BESLISSING"
        ? decisionDeadlines.flatMap((d) => (d.date ? [{ officeCode: d.officeCode, date: d.date, decided: d.decided }] : []))
        : [],
    timeline: input.timeline,
    recesses: input.calendar.recesses,
    decided,
    closed,
  });
  const seen = new Set(checks.map((warning) => warning.code));
  const planProblems = (plan?.problems ?? []).filter((problem) => {
    if (seen.has(problem.code)) return false; // said already, per office or by the date checks
    // At the offices, each office's own deadline (perhaps extended by the secretariat) decides.
    if (problem.code === "DECISION_DEADLINE_PASSED") return !decided && input.status !== "TER_BESLISSING";
    if (problem.code === "NO_MR_IN_TIME" || problem.code === "NO_ONDERRAAD_IN_TIME") return input.mr === null; // placed: the date checks judge the placement
    return true;
  });
  const warnings = sortWarnings([...checks, ...planProblems]);
  return {
    plan,
    decisionDeadlines,
    warnings,
    overdue: warnings.some((w) => OVERDUE_CODES.has(w.code)),
    atRisk: warnings.some((w) => w.severity === "fout" && !OVERDUE_CODES.has(w.code)),
  };
}
