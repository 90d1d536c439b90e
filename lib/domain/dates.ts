// Dates as the nota writes them ("13 februari 2025"), in Europe/Amsterdam.
//
// Two kinds of values: calendar dates (Datum, deadlines, council dates) are stored as
// PostgreSQL `date` and arrive as JS Dates at UTC midnight, so they are formatted in UTC;
// moments (audit events, saves) are instants, formatted in Europe/Amsterdam.
export const TIME_ZONE = "Europe/Amsterdam";

const calendarDate = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const moment = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TIME_ZONE,
});

/** "13 februari 2025" for a calendar date (a `date` column or "2025-02-13"). */
export function formatDate(value: Date | string): string {
  return calendarDate.format(typeof value === "string" ? parseIsoDate(value) : value);
}

/** "13 februari 2025 om 14:05" for an instant, in Dutch time. */
export function formatMoment(value: Date): string {
  return moment.format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a date in this application can have. A date field passes through values such as
 * "0202-03-15" while someone types a year; planning (Easter, holidays) is defined for
 * Gregorian years only. Anything outside is not a date here.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** "2025-02-13" → Date at UTC midnight; throws on anything that is not a real calendar date. */
export function parseIsoDate(value: string): Date {
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`Not an ISO date: ${value}`);
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`Year out of range: ${value}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (toIsoDate(date) !== value) throw new RangeError(`Not a calendar date: ${value}`);
  return date;
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Date at UTC midnight → "2025-02-13". */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar date in Amsterdam, as "2025-02-13". */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(now);
}
