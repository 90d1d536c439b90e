import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { CreateCalendarTokenForm, RevokeCalendarTokenForm } from "@/components/planning/calendar-token-forms";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate, formatMoment, todayInAmsterdam } from "@/lib/domain/dates";
import { addDays, weekday } from "@/lib/domain/planning";
import { loadCalendarEvents, type CalendarEvent } from "@/lib/services/calendar/calendar-events";
import { listCalendarTokens } from "@/lib/services/calendar/calendar-tokens";

export const metadata: Metadata = { title: "Kalender" };

const MONTH = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
const DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
const KIND_STYLE: Record<CalendarEvent["kind"], string> = {
  vergadering: "border-rijks",
  kamerdeadline: "border-rood",
  beslisdeadline: "border-geel",
  reces: "border-grijs-5",
  voortgangsrapportage: "border-groen",
};
const KIND_LABEL: Record<CalendarEvent["kind"], string> = {
  vergadering: "Vergadering",
  kamerdeadline: "Kamerdeadline",
  beslisdeadline: "Beslisdeadline",
  reces: "Reces",
  voortgangsrapportage: "Verplichting",
};

/** The month asked for ("2025-04"), within the years the calendar can show; otherwise this month. */
function monthStart(value: unknown, today: string): string {
  const valid = typeof value === "string" && /^(19\d\d|2[01]\d\d)-(0[1-9]|1[0-2])$/.test(value) && value > "1900-01" && value < "2199-12";
  return valid ? `${value}-01` : `${today.slice(0, 7)}-01`;
}

function shiftMonth(first: string, months: number): string {
  const date = new Date(`${first}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 7);
}

export default async function CalendarPage({ searchParams }: PageProps<"/kalender">) {
  const user = await requireUser();
  const today = todayInAmsterdam();
  const first = monthStart((await searchParams).maand, today);
  const last = addDays(`${shiftMonth(first, 1)}-01`, -1);
  const [{ events, truncated }, tokens, requestHeaders] = await Promise.all([
    loadCalendarEvents(user, { from: first, to: last }),
    listCalendarTokens(user),
    headers(),
  ]);
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host")}`;

  // Weeks from Monday: blank cells before the first and after the last day.
  const lead = (weekday(first) + 6) % 7;
  const days: Array<string | null> = [...Array<null>(lead).fill(null)];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  while (days.length % 7 !== 0) days.push(null);
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  const on = (day: string) => events.filter((e) => e.start <= day && day <= e.end && (e.kind !== "reces" || e.start === day || day === first));

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Kalender</h1>
      <p className="mb-4 text-grijs-5">Vergaderingen, Kamerdeadlines, beslisdeadlines, recessen en jaarlijkse verplichtingen.</p>
      <nav aria-label="Maand" className="mb-4 flex flex-wrap items-center gap-6">
        <Link href={`/kalender?maand=${shiftMonth(first, -1)}`}>Vorige maand</Link>
        <Link href="/kalender">Deze maand</Link>
        <Link href={`/kalender?maand=${shiftMonth(first, 1)}`}>Volgende maand</Link>
      </nav>
      <div className="overflow-x-auto">
        <table className="mb-6 w-full table-fixed border-collapse">
          <caption className="mb-2 text-left text-xl font-bold text-rijks">{MONTH.format(new Date(`${first}T00:00:00Z`))}</caption>
          <thead>
            <tr>
              {DAYS.map((day) => (
                <th key={day} scope="col" className="border border-grijs-2 bg-grijs-1 p-1 text-left text-sm">
                  {day}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, index) => (
              <tr key={index} className="align-top">
                {week.map((day, column) => (
                  <td key={day ?? `leeg-${index}-${column}`} className={`h-24 border border-grijs-2 p-1 text-sm ${day === today ? "bg-lint" : ""}`}>
                    {day && (
                      <>
                        <span className="font-bold">
                          {Number(day.slice(8))}
                          <span className="sr-only"> {formatDate(day)}</span>
                          {day === today && <span className="sr-only"> (vandaag)</span>}
                        </span>
                        <ul>
                          {on(day).map((e) => (
                            <li key={e.uid} className={`mt-1 border-l-4 pl-1 ${KIND_STYLE[e.kind]} ${e.cancelled ? "line-through" : ""}`}>
                              <span className="sr-only">{KIND_LABEL[e.kind]}: </span>
                              {e.href ? <Link href={e.href}>{e.title}</Link> : e.title}
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {truncated && (
        <p className="mb-4 text-grijs-5">Deze maand heeft meer Kamerdeadlines dan de kalender toont; zie de lijst met nota&apos;s op Kamerdeadline.</p>
      )}
      <p className="mb-8 text-sm">
        <span className="mr-4 border-l-4 border-rijks pl-1">Vergadering</span>
        <span className="mr-4 border-l-4 border-rood pl-1">Kamerdeadline</span>
        <span className="mr-4 border-l-4 border-geel pl-1">Beslisdeadline</span>
        <span className="mr-4 border-l-4 border-grijs-5 pl-1">Reces</span>
        <span className="border-l-4 border-groen pl-1">Jaarlijkse verplichting</span>
      </p>

      <section aria-labelledby="abonnement" className="mb-8">
        <h2 id="abonnement" className="mb-2 text-xl font-bold text-rijks">
          Agenda-abonnement (ICS)
        </h2>
        <p className="mb-3">
          Abonneer uw agendaprogramma op de vergaderingen en deadlines die u mag zien. Het adres is persoonlijk: deel het niet, en trek het in als u het niet
          meer gebruikt.
        </p>
        {tokens.length > 0 && (
          <ul className="mb-4">
            {tokens.map((t) => (
              <li key={t.id} className="mb-2 flex flex-wrap items-center gap-4">
                <span>
                  Aangemaakt {formatMoment(t.createdAt)}; {t.lastUsedAt ? `laatst gebruikt ${formatMoment(t.lastUsedAt)}` : "nog niet gebruikt"}
                </span>
                <RevokeCalendarTokenForm tokenId={t.id} label={`Abonnement van ${formatMoment(t.createdAt)} intrekken`} />
              </li>
            ))}
          </ul>
        )}
        <CreateCalendarTokenForm origin={origin} />
      </section>
    </>
  );
}
