// Recesses of the Tweede Kamer. While the Kamer is in recess a brief cannot be dealt with, so a
// deadline that falls in one effectively moves to before the recess.
import { parseIsoDate } from "@/lib/domain/dates";
import { holidayOn } from "./holidays";
import { addDays, previousWorkingDay, type HolidayLookup } from "./working-days";

export interface Recess {
  name: string;
  /** First day of the recess (inclusive), ISO. */
  start: string;
  /** Last day of the recess (inclusive), ISO. */
  end: string;
}

/** The recess that date falls in (start and end inclusive), or null. */
export function recessOn(iso: string, recesses: readonly Recess[]): Recess | null {
  parseIsoDate(iso); // string comparison below is only sound for real ISO dates
  return recesses.find((recess) => recess.start <= iso && iso <= recess.end) ?? null;
}

/**
 * When a Kamer deadline falls in a recess the Kamer is away, so the brief must be sent by the
 * last working day before that recess starts. A date outside any recess is returned unchanged.
 */
export function lastDayBeforeRecess(iso: string, recesses: readonly Recess[], holidays: HolidayLookup = holidayOn): string {
  let date = iso;
  // Loop: the working day before one recess may lie in an earlier, adjoining one.
  for (let recess = recessOn(date, recesses); recess !== null; recess = recessOn(date, recesses)) {
    date = previousWorkingDay(addDays(recess.start, -1), holidays);
  }
  return date;
}
