// Working-day arithmetic on ISO dates ("2025-04-18"). A working day is Monday to Friday and not
// a Dutch public holiday; ministries, the ministerraad and the Kamer secretariat all keep to that.
import { isoDayNumber, isoFromDayNumber } from "@/lib/domain/dates";
import { holidayOn } from "./holidays";

/** Name of the holiday on a date, or null: lets tests and callers supply their own calendar. */
export type HolidayLookup = (iso: string) => string | null;

/** The date n calendar days later (n may be negative). */
export function addDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return isoFromDayNumber(isoDayNumber(iso) + n);
}

/** Day of the week: 0 = Sunday … 6 = Saturday (as Date#getUTCDay). */
export function weekday(iso: string): number {
  return weekdayOf(isoDayNumber(iso));
}

/** 1970-01-01, day number 0, was a Thursday. */
function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWorkingDay(iso: string, holidays: HolidayLookup = holidayOn): boolean {
  const day = weekday(iso);
  return day !== 0 && day !== 6 && holidays(iso) === null;
}

function requireWholeNumber(n: number): void {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of working days: ${n}`);
}

function step(iso: string, n: number, roll: 1 | -1, holidays: HolidayLookup): string {
  requireWholeNumber(n);
  // n = 0 passes no working days; the result is still a working day, reached in the direction of the operation.
  const direction = n === 0 ? roll : n > 0 ? 1 : -1;
  let remaining = n === 0 ? (isWorkingDay(iso, holidays) ? 0 : 1) : Math.abs(n);
  // Counts day numbers instead of re-parsing a string per day: the overview back-plans a
  // hundred notas per request, each over weeks of days.
  let current = isoDayNumber(iso);
  let result = iso;
  while (remaining > 0) {
    current += direction;
    const day = weekdayOf(current);
    if (day === 0 || day === 6) continue;
    result = isoFromDayNumber(current);
    if (holidays(result) === null) remaining--;
  }
  return result;
}

/**
 * The n-th working day after `iso` (n > 0) or before it (n < 0); `iso` itself is never counted,
 * so Saturday + 1 is Monday. n = 0 returns `iso` when it is a working day, otherwise the next
 * working day: the result is always a working day.
 */
export function addWorkingDays(iso: string, n: number, holidays: HolidayLookup = holidayOn): string {
  return step(iso, n, 1, holidays);
}

/**
 * The n-th working day before `iso` (n > 0; negative n goes forward). n = 0 returns `iso` when
 * it is a working day, otherwise the previous one: back-planning rolls towards earlier dates,
 * because a deadline is never met by moving it later.
 */
export function subtractWorkingDays(iso: string, n: number, holidays: HolidayLookup = holidayOn): string {
  requireWholeNumber(n);
  return step(iso, n === 0 ? 0 : -n, -1, holidays);
}

/** `iso` itself when it is a working day, otherwise the latest working day before it. */
export function previousWorkingDay(iso: string, holidays: HolidayLookup = holidayOn): string {
  return step(iso, 0, -1, holidays);
}

/**
 * The number of working days after `fromIso` up to and including `toIso`; negative when `toIso`
 * lies before `fromIso` (then minus the working days after `toIso` up to and including `fromIso`).
 * So workingDaysBetween(d, addWorkingDays(d, n)) === n for every n > 0.
 */
export function workingDaysBetween(fromIso: string, toIso: string, holidays: HolidayLookup = holidayOn): number {
  isoDayNumber(toIso); // string comparison below is only sound for real ISO dates
  const reversed = toIso < fromIso;
  const [start, end] = reversed ? [toIso, fromIso] : [fromIso, toIso];
  let count = 0;
  for (let current = addDays(start, 1); current <= end; current = addDays(current, 1)) {
    if (isWorkingDay(current, holidays)) count++;
  }
  // `|| 0` keeps a reversed empty range at 0 rather than -0.
  return reversed ? -count || 0 : count;
}
