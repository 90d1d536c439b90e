import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/domain/dates";
import { STATUS_LABELS } from "@/lib/domain/nota/labels";
import { AGENDA_ITEM_LABELS } from "@/lib/domain/planning/labels";
import { OPEN_STATUSES } from "@/lib/domain/route/status-groups";
import { loadDashboard, WATCH_DAYS, type WatchedNota } from "@/lib/services/dashboard/load-dashboard";

export const metadata: Metadata = { title: "Overzicht" };

/** At a glance: the first of each list; the rest is in the CSV and the nota list. */
const SHOWN = 25;

function WatchedList({ notas, empty, more }: { notas: WatchedNota[]; empty: string; more: React.ReactNode }) {
  if (notas.length === 0) return <p className="text-grijs-5">{empty}</p>;
  return (
    <>
      <ul className="divide-y divide-grijs-2 border-y border-grijs-2">
        {notas.slice(0, SHOWN).map((n) => (
          <li key={n.reference} className="py-2">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <Link href={`/notas/${encodeURIComponent(n.reference)}`} className="font-mono font-bold">
                {n.reference}
              </Link>
              <span>{n.title}</span>
              <StatusBadge status={n.status} />
            </div>
            <p className="text-sm">
              {n.kamerDeadline ? `Kamer ${formatDate(n.kamerDeadline)}` : "Geen Kamerdeadline"}
              {n.plan?.mr ? `; ministerraad volgens planning ${formatDate(n.plan.mr.date)}` : ""}
              {n.waitingOn.length > 0 ? `; wacht op ${n.waitingOn.join(", ")}` : ""}
            </p>
            <ul className="list-disc pl-5 text-sm">
              {n.warnings
                .filter((w) => w.severity === "fout")
                .map((w, index) => (
                  <li key={`${w.code}-${index}`}>{w.message}</li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      {notas.length > SHOWN && (
        <p className="mt-2 text-sm">
          En {notas.length - SHOWN} meer. {more}
        </p>
      )}
    </>
  );
}

export default async function DashboardPage() {
  const user = await requireUser();
  const view = await loadDashboard(user);
  const openTotal = OPEN_STATUSES.reduce((sum, s) => sum + (view.stages[s] ?? 0), 0);

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">{view.isSecretariaat ? "Overzicht secretariaat" : "Mijn overzicht"}</h1>
      <p className="mb-6 text-grijs-5">
        {view.isSecretariaat ? "Alle lopende nota's" : "De lopende nota's die u mag inzien"} op {formatDate(view.today)}: wat te laat is, wat te laat dreigt te
        worden en wie erop wacht. <Link href="/kalender">Kalender</Link> · <Link href="/vergaderingen">Vergaderingen</Link> ·{" "}
        <a href="/api/overzicht/csv">Te laat en dreigend als CSV</a>
      </p>

      <section aria-labelledby="te-laat" className="mb-8">
        <h2 id="te-laat" className="mb-2 text-xl font-bold text-rood">
          Te laat ({view.overdue.length})
        </h2>
        <WatchedList notas={view.overdue} empty="Geen nota's met een verstreken deadline." more={<a href="/api/overzicht/csv">Alle als CSV</a>} />
      </section>

      <section aria-labelledby="in-gevaar" className="mb-8">
        <h2 id="in-gevaar" className="mb-2 text-xl font-bold text-rijks">
          Dreigt te laat te worden ({view.atRisk.length})
        </h2>
        <WatchedList
          notas={view.atRisk}
          empty={`Geen nota's waarvan de planning de Kamerdeadline (binnen ${WATCH_DAYS} dagen) niet haalt.`}
          more={<a href="/api/overzicht/csv">Alle als CSV</a>}
        />
        {view.watchLimitReached && (
          <p className="mt-2 text-sm text-grijs-5">
            Bekeken: de {view.watchedCount} nota&apos;s met de vroegste Kamerdeadline.{" "}
            <Link href="/notas?sorteer=kamer&richting=op">Alle nota&apos;s op Kamerdeadline</Link>
          </p>
        )}
      </section>

      <div className="mb-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="fasen">
          <h2 id="fasen" className="mb-2 text-xl font-bold text-rijks">
            Lopende nota&apos;s per fase ({openTotal.toLocaleString("nl-NL")})
          </h2>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Aantal lopende nota&apos;s per fase</caption>
            <thead>
              <tr className="border-b-2 border-rijks">
                <th scope="col" className="py-1 pr-4">
                  Fase
                </th>
                <th scope="col" className="py-1 text-right">
                  Aantal
                </th>
              </tr>
            </thead>
            <tbody>
              {OPEN_STATUSES.map((status) => (
                <tr key={status} className="border-b border-grijs-2">
                  <td className="py-1 pr-4">
                    <Link href={`/notas?fase=${status}&sorteer=kamer&richting=op`}>{STATUS_LABELS[status]}</Link>
                  </td>
                  <td className="py-1 text-right">{(view.stages[status] ?? 0).toLocaleString("nl-NL")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="wachten">
          <h2 id="wachten" className="mb-2 text-xl font-bold text-rijks">
            Wie moet nog besluiten
          </h2>
          {view.blocking.length === 0 ? (
            <p className="text-grijs-5">Er ligt niets ter beslissing dat op een bewindspersoon wacht.</p>
          ) : (
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Bewindspersonen die nog moeten besluiten</caption>
              <thead>
                <tr className="border-b-2 border-rijks">
                  <th scope="col" className="py-1 pr-4">
                    Bewindspersoon
                  </th>
                  <th scope="col" className="py-1 pr-4 text-right">
                    Nota&apos;s
                  </th>
                  <th scope="col" className="py-1 text-right">
                    Langst wachtend
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.blocking.map((b) => (
                  <tr key={b.officeCode} className="border-b border-grijs-2">
                    <td className="py-1 pr-4">{b.officeCode}</td>
                    <td className="py-1 pr-4 text-right">{b.notas.toLocaleString("nl-NL")}</td>
                    <td className="py-1 text-right">{b.daysWaiting === 1 ? "1 dag" : `${b.daysWaiting} dagen`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>

      {view.voortgangsrapportage && (
        <section aria-labelledby="verplichtingen" className="mb-8">
          <h2 id="verplichtingen" className="mb-2 text-xl font-bold text-rijks">
            Jaarlijkse verplichtingen
          </h2>
          <p>
            Voortgangsrapportage artikel 100: uiterlijk {formatDate(view.voortgangsrapportage.date)} (derde woensdag van mei), over{" "}
            {view.voortgangsrapportage.bijdragen.map((b) => b.acronym ?? b.name).join(", ")}.
          </p>
        </section>
      )}

      <section aria-labelledby="vergaderingen" className="mb-8">
        <h2 id="vergaderingen" className="mb-2 text-xl font-bold text-rijks">
          Komende vergaderingen
        </h2>
        {view.meetings.length === 0 ? (
          <p className="text-grijs-5">Er zijn geen komende vergaderingen ingepland.</p>
        ) : (
          <div className="grid gap-6 md:grid-cols-2">
            {view.meetings.map((m) => (
              <div key={m.id} className="border border-grijs-2 p-3">
                <h3 className="mb-1 font-bold">
                  <Link href={`/vergaderingen/${m.id}`}>
                    {m.councilCode} {formatDate(m.date)}
                  </Link>
                </h3>
                {m.agenda.length === 0 ? (
                  <p className="text-sm text-grijs-5">Nog niets geagendeerd.</p>
                ) : (
                  <ul className="text-sm">
                    {m.agenda.map((item) => (
                      <li key={item.reference}>
                        <Link href={`/notas/${encodeURIComponent(item.reference)}`}>{item.reference}</Link> {item.title} (
                        {AGENDA_ITEM_LABELS[item.kind].toLowerCase()})
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
        )}
      </section>
    </>
  );
}
