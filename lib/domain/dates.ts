// Dates as the nota writes them ("13 februari 2025"), in Europe/Amsterdam.
//
// Two kinds of values: calendar dates (Datum, deadlines, council dates) are stored as
// PostgreSQL `date` and arrive as JS Dates at UTC midnight, so they are formatted in UTC;
// moments (audit events, saves) are instants, formatted in Europe/Amsterdam.
export const TIME_ZONE = "Europe/Amsterdam";

// Written out rather than through Intl.DateTimeFormat: the same words ("13 februari 2025"), and
// a page that checks a hundred plans formats thousands of dates (a test compares both).
export const DUTCH_MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;
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
  const date = typeof value === "string" ? parseIsoDate(value) : value;
  return `${date.getUTCDate()} ${DUTCH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const MONTH_NUMBERS = new Map<string, number>(DUTCH_MONTHS.map((name, index) => [name, index + 1]));

/** The other way: "13 februari 2025" → "2025-02-13"; null for "–" or anything that is not such a date. */
export function parseDutchDate(text: string): string | null {
  const match = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i.exec(text.trim());
  const month = match ? MONTH_NUMBERS.get(match[2].toLowerCase()) : undefined;
  if (!match || month === undefined) return null;
  const iso = `${match[3]}-${String(month).padStart(2, "0")}-${match[1].padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/** "13 februari 2025 om 14:05" for an instant, in Dutch time. */
export function formatMoment(value: Date): string {
  return moment.format(value);
}

/**
 * The years a date in this application can have. A date field passes through values such as
 * "0202-03-15" while someone types a year; planning (Easter, holidays) is defined for
 * Gregorian years only. Anything outside is not a date here.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

function digits(value: string, from: number, to: number): number {
  let result = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    result = result * 10 + digit;
  }
  return result;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * "2025-02-13" → days since 1970-01-01; throws on anything that is not a real calendar date.
 * Plain integer arithmetic (H. Hinnant's days_from_civil), no Date: working-day planning counts
 * thousands of days per page, and a Date is costly to make (Next wraps the constructor).
 */
export function isoDayNumber(value: string): number {
  const year = value.length === 10 && value[4] === "-" && value[7] === "-" ? digits(value, 0, 4) : -1;
  const month = year < 0 ? -1 : digits(value, 5, 7);
  const day = month < 0 ? -1 : digits(value, 8, 10);
  if (year < 0 || month < 0 || day < 0) throw new RangeError(`Not an ISO date: ${value}`);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`Year out of range: ${value}`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`Not a calendar date: ${value}`);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Days since 1970-01-01 → "2025-02-13" (civil_from_days, the inverse of isoDayNumber). */
export function isoFromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) throw new RangeError(`Day number out of range: ${dayNumber}`);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** "2025-02-13" → Date at UTC midnight; throws on anything that is not a real calendar date. */
export function parseIsoDate(value: string): Date {
  return new Date(isoDayNumber(value) * 86_400_000);
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
  const year = date.getUTCFullYear();
  // Years outside 0–9999 need toISOString's signed six-digit form; never in planning's range.
  if (year < 0 || year > 9999) return date.toISOString().slice(0, 10);
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** Today's calendar date in Amsterdam, as "2025-02-13". */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(now);
}
