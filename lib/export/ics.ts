// An iCalendar feed (RFC 5545) from the calendar's events, written by the `ics` library: all-day
// events, stable UIDs (a calendar program updates rather than duplicates), cancelled meetings
// as STATUS:CANCELLED.
import { createEvents, type EventAttributes } from "ics";
import type { CalendarEvent } from "@/lib/services/calendar/calendar-events";

function dateArray(iso: string, plusDays = 0): [number, number, number] {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

export function toIcs(events: readonly CalendarEvent[], baseUrl: string): string {
  const attributes: EventAttributes[] = events.map((event) => ({
    uid: `${event.uid}@notaroute`,
    title: event.title,
    description: event.description ?? undefined,
    url: event.href ? new URL(event.href, baseUrl).toString() : undefined,
    start: dateArray(event.start),
    // All-day events end on the day after (DTEND is exclusive).
    end: dateArray(event.end, 1),
    status: event.cancelled ? "CANCELLED" : "CONFIRMED",
    categories: [event.kind],
  }));
  const { error, value } = createEvents(attributes, { productId: "notaroute/agenda", calName: "Notaroute" });
  if (error || !value) throw error ?? new Error("The calendar feed could not be written.");
  return value;
}
