import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/form";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate, formatMoment } from "@/lib/domain/dates";
import { INBOX_SECTION_LIMIT, loadInbox, type InboxItem } from "@/lib/services/inbox/load-inbox";
import { markReadAction } from "./actions";

export const metadata: Metadata = { title: "Postvak" };

function NotaRows({
  items,
  total,
  moreThanTotal,
  order,
  empty,
  extra,
}: {
  items: Array<{ nota: InboxItem; note?: string }>;
  total: number;
  moreThanTotal: boolean;
  order: string;
  empty: string;
  extra?: string;
}) {
  if (items.length === 0) return <p className="text-grijs-5">{empty}</p>;
  return (
    <>
      <ul className="divide-y divide-grijs-2 border border-grijs-2">
        {items.map(({ nota, note }, index) => (
          <li key={`${nota.reference}-${index}`} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2">
            <span>
              <Link href={`/notas/${encodeURIComponent(nota.reference)}`} className="font-bold">
                {nota.reference}
              </Link>{" "}
              {nota.title || "(zonder titel)"}
              {note && <span className="ml-2 text-sm">({note})</span>}
            </span>
            <span className="flex items-center gap-3 text-sm">
              {(nota.plannedDate ?? nota.kamerDeadline) && (
                <span>
                  {extra ?? "Deadline"}: {formatDate((nota.plannedDate ?? nota.kamerDeadline)!)}
                </span>
              )}
              <StatusBadge status={nota.status} />
            </span>
          </li>
        ))}
      </ul>
      {total > items.length && (
        <p className="mt-1 text-sm text-grijs-5">
          De eerste {INBOX_SECTION_LIMIT} van {moreThanTotal ? `meer dan ${total.toLocaleString("nl-NL")}` : total.toLocaleString("nl-NL")}, {order}.{" "}
          <Link href="/notas">Alle nota&apos;s</Link>
        </p>
      )}
    </>
  );
}

export default async function InboxPage() {
  const user = await requireUser();
  const { sections: inbox, notifications } = await loadInbox(user);
  const unread = notifications.filter((n) => !n.readAt).length;

  const sections = [
    {
      id: "ter-beslissing",
      title: "Ter beslissing bij u",
      ...inbox.terBeslissing,
      items: inbox.terBeslissing.items.map((nota) => ({ nota, note: `namens ${nota.officeCode}` })),
      order: "de vroegste deadline eerst",
      empty: "Er liggen geen nota's ter beslissing bij u.",
    },
    {
      id: "te-paraferen",
      title: "Te paraferen",
      ...inbox.teParaferen,
      items: inbox.teParaferen.items.map((nota) => ({ nota })),
      order: "de vroegste deadline eerst",
      empty: "Er liggen geen nota's klaar om te paraferen.",
    },
    {
      id: "teruggestuurd",
      title: "Teruggestuurd",
      ...inbox.teruggestuurd,
      items: inbox.teruggestuurd.items.map((nota) => ({ nota })),
      order: "de vroegste deadline eerst",
      empty: "Er zijn geen teruggestuurde nota's van uw onderdeel.",
    },
    {
      id: "ter-informatie",
      title: "Ter informatie",
      ...inbox.terInformatie,
      items: inbox.terInformatie.items.map((nota) => ({ nota })),
      order: "de nieuwste eerst",
      empty: "U hebt geen nota's ter informatie ontvangen.",
    },
  ];

  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-rijks">Postvak</h1>
      <nav aria-label="Onderdelen van het postvak" className="mb-6 flex flex-wrap gap-x-6 gap-y-1">
        {sections.map((s) => (
          <a key={s.id} href={`#${s.id}`}>
            {s.title} ({s.moreThanTotal ? `${s.total}+` : s.total})
          </a>
        ))}
        <a href="#meldingen">Meldingen ({unread} ongelezen)</a>
      </nav>
      <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
        <div className="space-y-8">
          {sections.map((s) => (
            <section key={s.id} aria-labelledby={s.id}>
              <h2 id={s.id} className="mb-2 text-xl font-bold text-rijks">
                {s.title} ({s.moreThanTotal ? `${s.total}+` : s.total})
              </h2>
              <NotaRows items={s.items} total={s.total} moreThanTotal={s.moreThanTotal} order={s.order} empty={s.empty} />
            </section>
          ))}
        </div>
        <section aria-labelledby="meldingen">
          <div className="mb-2 flex items-center justify-between gap-2">
            <h2 id="meldingen" className="text-xl font-bold text-rijks">
              Meldingen
            </h2>
            {unread > 0 && (
              <form action={markReadAction}>
                <input type="hidden" name="melding" value="all" />
                <Button type="submit" variant="quiet" className="text-sm">
                  Alles gelezen
                </Button>
              </form>
            )}
          </div>
          {notifications.length === 0 ? (
            <p className="text-grijs-5">Geen meldingen.</p>
          ) : (
            <ol className="space-y-2">
              {notifications.map((n) => (
                <li key={n.id} className={`border-l-4 px-3 py-2 ${n.readAt ? "border-grijs-2" : "border-rijks bg-lint"}`}>
                  {!n.readAt && <span className="sr-only">Ongelezen: </span>}
                  <p>
                    <Link href={`/notas/${encodeURIComponent(n.nota.reference)}`}>{n.message}</Link>
                  </p>
                  {/* A div, not a p: a form inside a p is invalid HTML (the browser closes the p), and the
                      page would not hydrate as rendered. */}
                  <div className="flex items-center justify-between gap-2 text-sm text-grijs-5">
                    <time dateTime={n.createdAt.toISOString()}>{formatMoment(n.createdAt)}</time>
                    {!n.readAt && (
                      <form action={markReadAction}>
                        <input type="hidden" name="melding" value={n.id} />
                        <Button type="submit" variant="quiet" className="text-sm" aria-label={`Melding van ${formatMoment(n.createdAt)} gelezen`}>
                          Gelezen
                        </Button>
                      </form>
                    )}
                  </div>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
