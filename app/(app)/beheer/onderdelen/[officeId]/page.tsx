import type { Metadata } from "next";
import Link from "next/link";
import { BeheerNav } from "@/components/accounts/beheer-nav";
import { EndOfficeForm, RenameOfficeForm } from "@/components/accounts/office-forms";
import { Refusal } from "@/components/ui/refusal";
import { requireUser } from "@/lib/auth/current-user";
import { OFFICE_KIND_LABELS } from "@/lib/domain/accounts/labels";
import { formatDate, todayInAmsterdam } from "@/lib/domain/dates";
import { ROLE_LABELS } from "@/lib/domain/nota/labels";
import { loadForPage } from "@/lib/http/page-errors";
import { requestContext } from "@/lib/http/request-context";
import { idParam } from "@/lib/http/route-handler";
import { loadOffice } from "@/lib/services/accounts/load-office";

export const metadata: Metadata = { title: "Onderdeel (beheer)" };

export default async function OfficePage({ params }: PageProps<"/beheer/onderdelen/[officeId]">) {
  const user = await requireUser();
  const context = await requestContext();
  const page = await loadForPage(async () => loadOffice({ user, officeId: idParam((await params).officeId), context }));
  if (!page.ok) return <Refusal title="Beheer" message={page.error.message} />;
  const { office, openNotas, successorOptions } = page.value;

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Beheer</h1>
      <BeheerNav current="/beheer/onderdelen" />
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <Link href="/beheer/onderdelen">Onderdelen</Link> <span aria-hidden="true">›</span> <span>{office.code}</span>
      </nav>
      <h2 className="mb-4 text-2xl font-bold text-rijks">
        {office.code} – {office.name}
      </h2>
      <dl className="mb-8 grid max-w-3xl grid-cols-[12rem_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">Soort</dt>
        <dd>{OFFICE_KIND_LABELS[office.kind]}</dd>
        <dt className="font-bold">Status</dt>
        <dd>{office.active ? "bestaat" : `opgeheven per ${office.endedOn ? formatDate(office.endedOn) : "onbekende datum"}`}</dd>
        {office.successor && (
          <>
            <dt className="font-bold">Opvolger</dt>
            <dd>
              <Link href={`/beheer/onderdelen/${office.successor.id}`}>
                {office.successor.code} – {office.successor.name}
              </Link>
            </dd>
          </>
        )}
        {office.predecessors.length > 0 && (
          <>
            <dt className="font-bold">Voorgangers</dt>
            <dd>
              {office.predecessors.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ", "}
                  <Link href={`/beheer/onderdelen/${p.id}`}>{p.code}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
        <dt className="font-bold">Open nota&apos;s</dt>
        <dd>{openNotas === 0 ? "geen" : `${openNotas} (als eigenaar, in de Via-lijn of als geadresseerde)`}</dd>
      </dl>

      <section aria-labelledby="leden" className="mb-10">
        <h3 id="leden" className="mb-2 text-xl font-bold text-rijks">
          Lidmaatschappen
        </h3>
        {office.memberships.length === 0 ? (
          <p>Geen.</p>
        ) : (
          <ul className="list-disc pl-6">
            {office.memberships.map((m) => (
              <li key={m.id}>
                <Link href={`/beheer/personen/${m.user.id}`}>{m.user.name}</Link>, {ROLE_LABELS[m.role].toLowerCase()}
                {m.user.active ? "" : " (gedeactiveerd)"}
              </li>
            ))}
          </ul>
        )}
      </section>

      {office.active && (
        <>
          <section aria-labelledby="naam" className="mb-10">
            <h3 id="naam" className="mb-2 text-xl font-bold text-rijks">
              Naam wijzigen
            </h3>
            <RenameOfficeForm office={office} />
          </section>
          <section aria-labelledby="opheffen">
            <h3 id="opheffen" className="mb-2 text-xl font-bold text-rijks">
              Opheffen
            </h3>
            <p className="mb-3 max-w-3xl">
              Bij een nieuw kabinet of een reorganisatie. Alle {office.memberships.length} lidmaatschappen eindigen en de leden worden uitgelogd; een lopende
              vervanging van of door {office.code} eindigt ook.
            </p>
            {openNotas > 0 && (
              <p role="note" className="mb-3 max-w-3xl border-l-4 border-geel bg-yellow-50 p-2">
                Let op: {openNotas} open {openNotas === 1 ? "nota betrekt" : "nota's betrekken"} {office.code} nog. Die blijven staan zoals ze zijn; pas ze zo
                nodig aan (bijvoorbeeld de geadresseerden) zodat ze niet op een opgeheven onderdeel wachten.
              </p>
            )}
            <EndOfficeForm office={office} successors={successorOptions} today={todayInAmsterdam()} />
          </section>
        </>
      )}
    </>
  );
}
