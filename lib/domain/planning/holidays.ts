// Dutch public holidays, computed rather than listed so that planning works for any year
// without anyone maintaining a table. Dates are ISO strings ("2025-04-20"), the module's currency.
import { isoDayNumber, MAX_YEAR, MIN_YEAR, toIsoDate } from "@/lib/domain/dates";

export interface Holiday {
  date: string;
  name: string;
}

/** Easter Sunday of a Gregorian year, by the anonymous (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`Not a Gregorian year: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(new Date(Date.UTC(year, month - 1, day)));
}

function date(year: number, month: number, day: number): string {
  // Date.UTC normalises overflowing days, so Easter + 50 lands in the right month.
  return toIsoDate(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * Days the government equates with a public holiday by decree (Algemene termijnenwet art. 3
 * lid 3): a bridge day such as the Friday after Nieuwjaarsdag or Hemelvaartsdag. Announced
 * year by year, so listed here when the decree is published.
 */
export const DECREED_DAYS: readonly Holiday[] = [
  { date: "2026-01-02", name: "Vrije dag na Nieuwjaarsdag (bij besluit)" },
  { date: "2026-05-15", name: "Vrije dag na Hemelvaartsdag (bij besluit)" },
];

function buildHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const easterMonth = Number(easter.slice(5, 7));
  const easterDay = Number(easter.slice(8, 10));
  const fromEaster = (days: number) => date(year, easterMonth, easterDay + days);
  // Koningsdag moves to Saturday 26 April when 27 April is a Sunday. Before 2014 it was
  // Koninginnedag on 30 April; planning never looks that far back, so that is not modelled.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? date(year, 4, 26) : date(year, 4, 27);
  const holidays: Holiday[] = [
    { date: date(year, 1, 1), name: "Nieuwjaarsdag" },
    { date: fromEaster(-2), name: "Goede Vrijdag" },
    { date: easter, name: "Eerste Paasdag" },
    { date: fromEaster(1), name: "Tweede Paasdag" },
    { date: kingsDay, name: "Koningsdag" },
    // By law Bevrijdingsdag is a day off only once every five years, but the Rijksoverheid gives
    // its staff the day off every year under the CAO Rijk, so no ministry work happens on 5 May.
    { date: date(year, 5, 5), name: "Bevrijdingsdag" },
    { date: fromEaster(39), name: "Hemelvaartsdag" },
    { date: fromEaster(49), name: "Eerste Pinksterdag" },
    { date: fromEaster(50), name: "Tweede Pinksterdag" },
    { date: date(year, 12, 25), name: "Eerste Kerstdag" },
    { date: date(year, 12, 26), name: "Tweede Kerstdag" },
  ];
  for (const decreed of DECREED_DAYS) if (decreed.date.startsWith(`${year}-`)) holidays.push(decreed);
  // Easter can fall as late as 25 April, so the Easter-based days are not always before Koningsdag.
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

// Working-day arithmetic asks for the same years over and over; compute each year once.
const cache = new Map<number, { list: readonly Holiday[]; byDate: ReadonlyMap<string, string> }>();

function holidaysOf(year: number) {
  let entry = cache.get(year);
  if (!entry) {
    const list = Object.freeze(buildHolidays(year).map((holiday) => Object.freeze(holiday)));
    entry = { list, byDate: new Map(list.map((holiday) => [holiday.date, holiday.name])) };
    cache.set(year, entry);
  }
  return entry;
}

/** The Dutch public holidays of a year, sorted by date. */
export function dutchHolidays(year: number): Holiday[] {
  // A copy, so callers may sort or filter without touching the cache.
  return [...holidaysOf(year).list];
}

/** The name of the public holiday on that date ("Koningsdag"), or null on an ordinary day. */
export function holidayOn(iso: string): string | null {
  const year = Number(iso.slice(0, 4));
  if (year >= MIN_YEAR && year <= MAX_YEAR) {
    const known = holidaysOf(year).byDate.get(iso);
    if (known !== undefined) return known; // every key of the map is a real date
  }
  isoDayNumber(iso); // throws on "2025-02-30", which would otherwise quietly count as an ordinary day
  return null;
}
