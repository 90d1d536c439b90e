import Link from "next/link";
import { formatMoment } from "@/lib/domain/dates";
import type { TimelineEntry } from "@/lib/services/nota/load-timeline";

/** The nota's history from the audit log, oldest first. */
export function NotaTimeline({ entries, all, href }: { entries: TimelineEntry[]; all: boolean; href: string }) {
  return (
    <section aria-labelledby="tijdlijn-kop" className="mt-10">
      <h2 id="tijdlijn-kop" className="mb-2 text-xl font-bold text-rijks">
        Geschiedenis
      </h2>
      <p className="mb-3 text-sm">
        {all ? (
          <Link href={href}>Alleen de stappen van de route tonen</Link>
        ) : (
          <Link href={`${href}?geschiedenis=alles`}>Ook elke tussentijdse opslag en download tonen</Link>
        )}
      </p>
      <ol className="border-l-2 border-rijks pl-4">
        {entries.map((entry) => (
          <li key={entry.id} className="relative mb-3">
            <span aria-hidden="true" className={`absolute -left-[1.45rem] top-1.5 block h-3 w-3 rounded-full ${entry.refused ? "bg-rood" : "bg-rijks"}`} />
            <p>
              <span className={`font-bold ${entry.refused ? "text-rood" : ""}`}>{entry.label}</span>
              {" · "}
              {entry.actor}
              {entry.office && <> namens {entry.office}</>}
              {entry.delegated && " (bij vervanging)"}
            </p>
            <p className="text-sm text-grijs-5">
              <time dateTime={entry.at.toISOString()}>{formatMoment(entry.at)}</time>
              {entry.version !== null && <> · versie {entry.version}</>}
            </p>
            {entry.reason && <p className="text-sm">Reden: {entry.reason}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
