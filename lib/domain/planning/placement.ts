// Whether a nota may be placed on a meeting's agenda, and whether the MR's outcome may be
// recorded: the date rules of the councils, apart from the route's states (state-machine.ts).
// A plan that misses the Kamer deadline is allowed (the secretariat may have no better MR);
// it is warned about everywhere instead (plan-warnings.ts).
import { formatDate } from "@/lib/domain/dates";

export type CouncilKind = "ONDERRAAD" | "MINISTERRAAD";

export interface PlacementFacts {
  councilKind: CouncilKind;
  meeting: { date: string; cancelled: boolean; councilCode: string };
  today: string;
  /** The onderraad meeting the nota is on now, if any. */
  onderraadDate: string | null;
}

export function placementRefusal(facts: PlacementFacts): string | null {
  const { meeting } = facts;
  if (meeting.cancelled) return `De ${meeting.councilCode} van ${formatDate(meeting.date)} gaat niet door; kies een andere vergadering.`;
  if (meeting.date < facts.today) return `De ${meeting.councilCode} van ${formatDate(meeting.date)} is al geweest; kies een latere vergadering.`;
  if (facts.councilKind === "MINISTERRAAD" && facts.onderraadDate !== null && facts.onderraadDate >= meeting.date) {
    return `De ministerraad moet na de onderraad van ${formatDate(facts.onderraadDate)} komen; kies een latere ministerraad.`;
  }
  return null;
}

export interface SentFacts {
  today: string;
  mrDate: string;
  sentOn: string;
}

/** Recording the Kamerbrief as sent: after the MR that agreed it, and not in the future. */
export function sentRefusal(facts: SentFacts): { field: "sentOn" | null; message: string } | null {
  if (facts.mrDate > facts.today) return { field: null, message: `De ministerraad van ${formatDate(facts.mrDate)} moet eerst geweest zijn.` };
  if (facts.sentOn > facts.today) return { field: "sentOn", message: "De verzenddatum ligt in de toekomst." };
  if (facts.sentOn < facts.mrDate)
    return { field: "sentOn", message: `De Kamerbrief kan niet vóór de ministerraad van ${formatDate(facts.mrDate)} verzonden zijn.` };
  return null;
}
