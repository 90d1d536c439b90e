// Dates that come back on a rule: the yearly art-100 deadline and weekly meeting series.
import { parseIsoDate, toIsoDate } from "@/lib/domain/dates";
import { holidayOn } from "./holidays";
import { addDays, weekday as weekdayOf, type HolidayLookup } from "./working-days";

const WEDNESDAY = 3;

/**
 * The third Wednesday of May: the yearly deadline of the art.-100 Voortgangsrapportage
 * (2025 → "2025-05-21").
 */
export function thirdWednesdayOfMay(year: number): string {
  const firstOfMay = new Date(Date.UTC(year, 4, 1));
  const firstWednesday = 1 + ((WEDNESDAY - firstOfMay.getUTCDay() + 7) % 7);
  return toIsoDate(new Date(Date.UTC(year, 4, firstWednesday + 14)));
}

/** This year's third Wednesday of May while it has not passed (the day itself still counts), else next year's. */
export function nextThirdWednesdayOfMay(todayIso: string): string {
  const year = parseIsoDate(todayIso).getUTCFullYear();
  const thisYear = thirdWednesdayOfMay(year);
  return todayIso <= thisYear ? thisYear : thirdWednesdayOfMay(year + 1);
}

export interface SeriesDate {
  date: string;
  /** The public holiday on that date, if any: a meeting there is normally moved or cancelled. */
  holiday: string | null;
}

export interface WeeklySeriesOptions {
  /** First date of the range (inclusive). */
  from: string;
  /** Last date of the range (inclusive). */
  to: string;
  /** 0 = Sunday … 6 = Saturday; the ministerraad meets on Friday (5). */
  weekday: number;
  /** Leave holidays out of the series instead of returning them marked. */
  skipHolidays?: boolean;
  holidays?: HolidayLookup;
}

/**
 * Every date with the given weekday in [from, to], each marked with the holiday it falls on.
 * Holidays are marked rather than silently dropped by default so that whoever generates a meeting
 * series (e.g. the ministerraad's Fridays) decides: cancel it, or move it to another day.
 */
export function weeklySeries({ from, to, weekday, skipHolidays = false, holidays = holidayOn }: WeeklySeriesOptions): SeriesDate[] {
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) throw new RangeError(`Not a weekday (0–6): ${weekday}`);
  parseIsoDate(to); // string comparison below is only sound for real ISO dates
  const series: SeriesDate[] = [];
  for (let date = addDays(from, (weekday - weekdayOf(from) + 7) % 7); date <= to; date = addDays(date, 7)) {
    const holiday = holidays(date);
    if (holiday !== null && skipHolidays) continue;
    series.push({ date, holiday });
  }
  return series;
}
