import type { NextRequest } from "next/server";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { addDays } from "@/lib/domain/planning";
import { toIcs } from "@/lib/export/ics";
import { loadCalendarEvents } from "@/lib/services/calendar/calendar-events";
import { userOfCalendarToken } from "@/lib/services/calendar/calendar-tokens";

/**
 * The calendar feed (ICS) a calendar program subscribes to: meetings and deadlines the token's
 * owner may see, from three months back to a year ahead. The token in the URL is the only
 * credential; revoked, it answers 404 like any unknown address.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/kalender/[token]">) {
  const token = (await params).token.replace(/\.ics$/, "");
  const user = await userOfCalendarToken(token);
  if (!user) return new Response("Dit agenda-abonnement bestaat niet (meer).", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const today = todayInAmsterdam();
  const { events } = await loadCalendarEvents(user, { from: addDays(today, -90), to: addDays(today, 365) });
  return new Response(toIcs(events, request.nextUrl.origin), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Content-Disposition": 'inline; filename="notaroute.ics"',
    },
  });
}
