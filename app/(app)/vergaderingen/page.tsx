import type { Metadata } from "next";
import Link from "next/link";
import { LeadTimesForm, MeetingChangeForm, MeetingCreateForm, RecessForm, RemoveRecessForm, SeriesForm } from "@/components/planning/council-forms";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate, isIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { addDays } from "@/lib/domain/planning";
import { loadMeetings } from "@/lib/services/councils/load-meetings";

export const metadata: Metadata = { title: "Vergaderingen" };

const WEEKDAY = new Intl.DateTimeFormat("nl-NL", { weekday: "long", timeZone: "UTC" });

export default async function MeetingsPage({ searchParams }: PageProps<"/vergaderingen">) {
  const user = await requireUser();
  const today = todayInAmsterdam();
  const requested = (await searchParams).vanaf;
  // Half a year either way must stay a date the calendar knows.
  const from = typeof requested === "string" && isIsoDate(requested) && requested > "1901-01-01" && requested < "2198-12-31" ? requested : addDays(today, -14);
  const to = addDays(from, 182);
  const view = await loadMeetings(user, { from, to });

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Vergaderingen</h1>
      <p className="mb-6 text-grijs-5">
        De vergaderingen van de ministerraad en de onderraden van {formatDate(from)} tot en met {formatDate(to)}. Elke agenda is een eigen pagina om af te
        drukken.
      </p>
      <nav aria-label="Periode" className="mb-4 flex gap-6">
        <Link href={`/vergaderingen?vanaf=${addDays(from, -182)}`}>Vorig halfjaar</Link>
        <Link href="/vergaderingen">Vanaf vandaag</Link>
        <Link href={`/vergaderingen?vanaf=${to}`}>Volgend halfjaar</Link>
      </nav>
      {view.meetings.length === 0 ? (
        <p>Er zijn in deze periode geen vergaderingen.{view.canPlan ? " Maak hieronder een reeks aan." : ""}</p>
      ) : (
        <table className="mb-10 w-full border-collapse text-left">
          <caption className="sr-only">Vergaderingen</caption>
          <thead>
            <tr className="border-b-2 border-rijks">
              <th scope="col" className="py-2 pr-4">
                Datum
              </th>
              <th scope="col" className="py-2 pr-4">
                Raad
              </th>
              <th scope="col" className="py-2 pr-4">
                Agenda
              </th>
              <th scope="col" className="py-2 pr-4">
                Opmerking
              </th>
              {view.canPlan && (
                <th scope="col" className="py-2">
                  Uitzondering
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {view.meetings.map((m) => (
              <tr key={m.id} className={`border-b border-grijs-2 align-top ${m.cancelled ? "text-grijs-5" : ""}`}>
                <td className="py-2 pr-4">
                  {WEEKDAY.format(new Date(`${m.date}T00:00:00Z`))} {formatDate(m.date)}
                </td>
                <td className="py-2 pr-4">{m.councilCode}</td>
                <td className="py-2 pr-4">
                  {m.cancelled ? (
                    "Vervalt"
                  ) : (
                    <Link href={`/vergaderingen/${m.id}`}>
                      Agenda {m.councilCode} {formatDate(m.date)} ({m.agendaCount === 1 ? "1 nota" : `${m.agendaCount} nota's`})
                    </Link>
                  )}
                </td>
                <td className="py-2 pr-4">{m.note}</td>
                {view.canPlan && (
                  <td className="py-2">
                    <details>
                      <summary className="cursor-pointer text-link underline">Wijzigen</summary>
                      <div className="mt-2 w-[36rem] max-w-full">
                        <MeetingChangeForm meeting={m} />
                      </div>
                    </details>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section aria-labelledby="recessen" className="mb-10">
        <h2 id="recessen" className="mb-2 text-xl font-bold text-rijks">
          Recessen van de Tweede Kamer
        </h2>
        <p className="mb-3 text-grijs-5">Valt een Kamerdeadline in een reces, dan moet de brief vóór het reces verstuurd zijn.</p>
        {view.recesses.length === 0 ? (
          <p>Er zijn geen recessen ingevoerd.</p>
        ) : (
          <ul className="mb-4">
            {view.recesses.map((r) => (
              <li key={r.id} className="mb-2 flex flex-wrap items-center gap-4">
                <span>
                  {r.name}: {formatDate(r.start)} tot en met {formatDate(r.end)}
                </span>
                {view.canPlan && <RemoveRecessForm recess={r} />}
              </li>
            ))}
          </ul>
        )}
        {view.canPlan && <RecessForm />}
      </section>

      {view.canPlan && (
        <>
          <section aria-labelledby="reeks" className="mb-10">
            <h2 id="reeks" className="mb-2 text-xl font-bold text-rijks">
              Vergaderreeks aanmaken
            </h2>
            <p className="mb-3 text-grijs-5">
              Eén vergadering per week. Bestaande data blijven zoals ze zijn; een datum op een feestdag of in het zomerreces komt erin als vervallen, zodat u
              hem kunt verplaatsen.
            </p>
            <SeriesForm councils={view.councils} today={today} />
          </section>
          <section aria-labelledby="los" className="mb-10">
            <h2 id="los" className="mb-2 text-xl font-bold text-rijks">
              Losse vergadering
            </h2>
            <MeetingCreateForm councils={view.councils} />
          </section>
          <section aria-labelledby="doorlooptijden" className="mb-10">
            <h2 id="doorlooptijden" className="mb-2 text-xl font-bold text-rijks">
              Doorlooptijden voor de terugplanning
            </h2>
            <LeadTimesForm leadTimes={view.leadTimes} />
          </section>
        </>
      )}
    </>
  );
}
