// The route of a nota as a pure state machine: which action, by whom, in which state, leads
// where. Transitions are data; guards give a Dutch reason when they refuse. No Next.js, no
// Prisma: the services ask this module before they write, and take the next status from it.
// Status groups: status-groups.ts. One name per step across API, audit and services: steps.ts.

export const NOTA_STATUSES = [
  "CONCEPT",
  "PARAAF",
  "TER_BESLISSING",
  "BESLOTEN",
  "TERUGGESTUURD",
  "INGETROKKEN",
  "GEAGENDEERD_ONDERRAAD",
  "GEAGENDEERD_MR",
  "AFGEROND",
] as const;
export type RouteStatus = (typeof NOTA_STATUSES)[number];

export const ROUTE_ACTIONS = [
  "EDIT", // bewerken
  "OFFER", // aanbieden: to the Via chain, or straight to the offices when there is none
  "INITIAL", // paraferen
  "RETURN", // terugsturen, with a reason
  "DECIDE", // besluit vastleggen per besluitpunt
  "WITHDRAW", // intrekken, with a reason
  "SCHEDULE_ONDERRAAD", // agenderen voor de onderraad (RDINEV)
  "SCHEDULE_MR", // agenderen voor de ministerraad
  "MARK_SENT", // verzonden aan de Tweede Kamer / afgerond
] as const;
export type RouteAction = (typeof ROUTE_ACTIONS)[number];

/**
 * The capacity in which someone acts on this particular nota, derived from their memberships
 * (see capacity.ts): "paraaf" only for the unit whose turn it is, "kabinet" only for an
 * office that decides on this nota (or its delegate), "kopie" for an office that gets a copy.
 */
export const CAPACITIES = ["opsteller", "paraaf", "kabinet", "kopie", "secretariaat", "beheer"] as const;
export type Capacity = (typeof CAPACITIES)[number];

/** Facts the guards need; the services fill them in from the database. */
export interface RouteContext {
  /** What completeness.ts still lists as missing. */
  missing: number;
  /** Units in the Via chain. */
  viaSteps: number;
  /** The Via step whose turn it is (0-based), while in paraaf. */
  paraafIndex: number | null;
  /** Offices that decide on the nota. */
  decidingOffices: number;
  /** Deciding offices that have decided on the current version, not counting the actor's. */
  decidedByOthers: number;
  /** Whether the actor's office has already decided on the current version. */
  actorDecided: boolean;
  /** A reason was given (required to send back or withdraw). */
  hasReason: boolean;
}

export const NO_CONTEXT: RouteContext = {
  missing: 0,
  viaSteps: 0,
  paraafIndex: null,
  decidingOffices: 1,
  decidedByOthers: 0,
  actorDecided: false,
  hasReason: true,
};

interface Transition {
  action: RouteAction;
  from: readonly RouteStatus[];
  by: readonly Capacity[];
  /** The next status; "unchanged" for actions that do not move the nota (editing). */
  to: RouteStatus | "unchanged" | ((context: RouteContext) => RouteStatus);
  /** Returns why the transition may not happen now, or null. */
  guard?: (context: RouteContext) => string | null;
}

const needsReason = (context: RouteContext) => (context.hasReason ? null : "Geef een reden op.");

export const TRANSITIONS: readonly Transition[] = [
  { action: "EDIT", from: ["CONCEPT", "TERUGGESTUURD"], by: ["opsteller", "beheer"], to: "unchanged" },
  {
    action: "OFFER",
    from: ["CONCEPT", "TERUGGESTUURD"],
    by: ["opsteller", "beheer"],
    to: (c) => (c.viaSteps > 0 ? "PARAAF" : "TER_BESLISSING"),
    guard: (c) =>
      c.missing > 0
        ? `De nota is nog niet compleet: ${c.missing === 1 ? "er ontbreekt nog één gegeven" : `er ontbreken nog ${c.missing} gegevens`}.`
        : c.decidingOffices === 0
          ? "Er is geen bewindspersoon die over de nota besluit."
          : null,
  },
  {
    action: "INITIAL",
    from: ["PARAAF"],
    by: ["paraaf"],
    to: (c) => (c.paraafIndex !== null && c.paraafIndex + 1 < c.viaSteps ? "PARAAF" : "TER_BESLISSING"),
  },
  { action: "RETURN", from: ["PARAAF"], by: ["paraaf"], to: "TERUGGESTUURD", guard: needsReason },
  {
    action: "RETURN",
    from: ["TER_BESLISSING"],
    by: ["kabinet"],
    to: "TERUGGESTUURD",
    guard: (c) => (c.actorDecided ? "Uw bewindspersoon heeft over deze versie al besloten; terugsturen kan dan niet meer." : needsReason(c)),
  },
  {
    action: "DECIDE",
    from: ["TER_BESLISSING"],
    by: ["kabinet"],
    to: (c) => (c.decidedByOthers + 1 >= c.decidingOffices ? "BESLOTEN" : "TER_BESLISSING"),
    guard: (c) => (c.actorDecided ? "Uw bewindspersoon heeft over deze versie al besloten." : null),
  },
  { action: "WITHDRAW", from: ["CONCEPT", "PARAAF", "TER_BESLISSING", "TERUGGESTUURD"], by: ["opsteller", "beheer"], to: "INGETROKKEN", guard: needsReason },
  // Placing on an agenda again moves the nota to another meeting (a meeting that was cancelled,
  // a nota the MR held over); an onderraad is skipped by placing the nota on the MR directly.
  { action: "SCHEDULE_ONDERRAAD", from: ["BESLOTEN", "GEAGENDEERD_ONDERRAAD"], by: ["secretariaat"], to: "GEAGENDEERD_ONDERRAAD" },
  { action: "SCHEDULE_MR", from: ["BESLOTEN", "GEAGENDEERD_ONDERRAAD", "GEAGENDEERD_MR"], by: ["secretariaat"], to: "GEAGENDEERD_MR" },
  { action: "MARK_SENT", from: ["GEAGENDEERD_MR"], by: ["secretariaat"], to: "AFGEROND" },
];

export type RouteDecision = { allowed: true; to: RouteStatus } | { allowed: false; reason: string };

const STATUS_TEXT: Record<RouteStatus, string> = {
  CONCEPT: "een concept",
  PARAAF: "ter parafering",
  TER_BESLISSING: "ter beslissing bij de bewindspersonen",
  BESLOTEN: "besloten",
  TERUGGESTUURD: "teruggestuurd",
  INGETROKKEN: "ingetrokken",
  GEAGENDEERD_ONDERRAAD: "geagendeerd voor de onderraad",
  GEAGENDEERD_MR: "geagendeerd voor de ministerraad",
  AFGEROND: "verzonden en afgerond",
};

/** "… kan deze nota nu bewerken": what the action is, as the rest of a sentence. */
const ACTION_TEXT: Record<RouteAction, string> = {
  EDIT: "deze nota nu bewerken",
  OFFER: "deze nota nu aanbieden",
  INITIAL: "deze nota nu paraferen",
  RETURN: "deze nota nu terugsturen",
  DECIDE: "nu een besluit over deze nota vastleggen",
  WITHDRAW: "deze nota nu intrekken",
  SCHEDULE_ONDERRAAD: "deze nota nu agenderen voor de onderraad",
  SCHEDULE_MR: "deze nota nu agenderen voor de ministerraad",
  MARK_SENT: "deze nota nu als verzonden afronden",
};

/** Why an action cannot happen in a state, in a sentence. */
function notInState(action: RouteAction, status: RouteStatus): string {
  const state = STATUS_TEXT[status];
  switch (action) {
    case "DECIDE":
      return `Over een nota die ${state} is, kunt u geen besluit vastleggen.`;
    case "SCHEDULE_ONDERRAAD":
    case "SCHEDULE_MR":
      return `Een nota die ${state} is, kunt u niet agenderen.`;
    case "MARK_SENT":
      return `Een nota die ${state} is, kunt u niet als verzonden afronden.`;
    default:
      return `Een nota die ${state} is, kunt u niet ${{ EDIT: "bewerken", OFFER: "aanbieden", INITIAL: "paraferen", RETURN: "terugsturen", WITHDRAW: "intrekken" }[action]}.`;
  }
}

const CAPACITY_TEXT: Record<Capacity, string> = {
  opsteller: "de opsteller",
  paraaf: "de parafeerder die aan de beurt is",
  kabinet: "het kabinet van een bewindspersoon die besluit",
  kopie: "een kopiehouder",
  secretariaat: "het secretariaat",
  beheer: "beheer",
};

/**
 * May someone acting in one of `capacities` perform `action` on a nota in `status`? The
 * answer names the next status, or why not.
 */
export function decide(status: RouteStatus, action: RouteAction, capacities: readonly Capacity[], context: RouteContext = NO_CONTEXT): RouteDecision {
  const forAction = TRANSITIONS.filter((t) => t.action === action);
  const inState = forAction.filter((t) => t.from.includes(status));
  if (inState.length === 0) {
    return { allowed: false, reason: notInState(action, status) };
  }
  const transition = inState.find((t) => t.by.some((c) => capacities.includes(c)));
  if (!transition) {
    const who = [...new Set(inState.flatMap((t) => t.by))].map((c) => CAPACITY_TEXT[c]).join(" of ");
    return { allowed: false, reason: `Alleen ${who} kan ${ACTION_TEXT[action]}.` };
  }
  const refusal = transition.guard?.(context);
  if (refusal) return { allowed: false, reason: refusal };
  const to = typeof transition.to === "function" ? transition.to(context) : transition.to;
  return { allowed: true, to: to === "unchanged" ? status : to };
}

/**
 * Who may take an action in any state at all, and the refusal for anyone else: checked before
 * whether the request's view of the nota is current, so that a stranger to the step is refused
 * as such rather than told the nota moved on.
 */
export function whoMay(action: RouteAction): { capacities: Capacity[]; refusal: string } {
  const capacities = [...new Set(TRANSITIONS.filter((t) => t.action === action).flatMap((t) => t.by))];
  return { capacities, refusal: `Alleen ${capacities.map((c) => CAPACITY_TEXT[c]).join(" of ")} kan ${ACTION_TEXT[action]}.` };
}

/** States in which an action is possible at all (for any capacity). */
export function statusesAllowing(action: RouteAction): RouteStatus[] {
  return NOTA_STATUSES.filter((status) => TRANSITIONS.some((t) => t.action === action && t.from.includes(status)));
}

/** The actions someone in these capacities can take in this state (guards aside): what to offer on screen. */
export function routeActionsFor(status: RouteStatus, capacities: readonly Capacity[]): RouteAction[] {
  return ROUTE_ACTIONS.filter((action) => TRANSITIONS.some((t) => t.action === action && t.from.includes(status) && t.by.some((c) => capacities.includes(c))));
}
