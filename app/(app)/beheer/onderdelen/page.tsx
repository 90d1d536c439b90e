import type { Metadata } from "next";
import Link from "next/link";
import { BeheerNav } from "@/components/accounts/beheer-nav";
import { CreateOfficeForm } from "@/components/accounts/office-forms";
import { Refusal } from "@/components/ui/refusal";
import { requireUser } from "@/lib/auth/current-user";
import { OFFICE_KIND_LABELS } from "@/lib/domain/accounts/labels";
import { formatDate } from "@/lib/domain/dates";
import { loadForPage } from "@/lib/http/page-errors";
import { requestContext } from "@/lib/http/request-context";
import { listOffices } from "@/lib/services/accounts/list-offices";

export const metadata: Metadata = { title: "Onderdelen (beheer)" };

export default async function OfficesPage({ searchParams }: PageProps<"/beheer/onderdelen">) {
  const user = await requireUser();
  const params = await searchParams;
  const context = await requestContext();
  const page = await loadForPage(() => listOffices({ user, context }));
  if (!page.ok) return <Refusal title="Beheer" message={page.error.message} />;
  const active = page.value.filter((o) => o.active);
  const ended = page.value.filter((o) => !o.active);
  // After "Opheffen": said only of an office that did end, so the address cannot make the page say anything else.
  const justEnded = ended.find((o) => o.id === params.opgeheven);
  const membershipsEnded = Number(params.lidmaatschappen);

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Beheer</h1>
      <BeheerNav current="/beheer/onderdelen" />
      {justEnded && (
        <p role="status" className="mb-6 border-l-4 border-groen bg-green-50 px-3 py-2 font-bold text-groen">
          {justEnded.code} is opgeheven{justEnded.endedOn ? ` per ${formatDate(justEnded.endedOn)}` : ""}
          {justEnded.successor ? `, opgevolgd door ${justEnded.successor.code}` : ""}
          {Number.isInteger(membershipsEnded) && membershipsEnded >= 0
            ? `; ${membershipsEnded === 1 ? "1 lidmaatschap" : `${membershipsEnded} lidmaatschappen`} beëindigd`
            : ""}
          .
        </p>
      )}
      <section aria-labelledby="actief" className="mb-10">
        <h2 id="actief" className="mb-2 text-xl font-bold text-rijks">
          Onderdelen
        </h2>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Onderdelen die bestaan</caption>
          <thead>
            <tr className="border-b-2 border-rijks">
              <th scope="col" className="py-1 pr-3">
                Afkorting
              </th>
              <th scope="col" className="py-1 pr-3">
                Naam
              </th>
              <th scope="col" className="py-1 pr-3">
                Soort
              </th>
              <th scope="col" className="py-1 text-right">
                Lidmaatschappen
              </th>
            </tr>
          </thead>
          <tbody>
            {active.map((o) => (
              <tr key={o.id} className="border-b border-grijs-2">
                <td className="py-1.5 pr-3">
                  <Link href={`/beheer/onderdelen/${o.id}`}>{o.code}</Link>
                </td>
                <td className="py-1.5 pr-3">{o.name}</td>
                <td className="py-1.5 pr-3">{OFFICE_KIND_LABELS[o.kind]}</td>
                <td className="py-1.5 text-right">{o._count.memberships}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {ended.length > 0 && (
        <section aria-labelledby="opgeheven" className="mb-10">
          <h2 id="opgeheven" className="mb-2 text-xl font-bold text-rijks">
            Opgeheven onderdelen
          </h2>
          <p className="mb-2 text-sm text-grijs-5">Hun nota&apos;s en besluiten blijven bewaard; voor nieuw werk zijn ze niet meer te kiezen.</p>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Opgeheven onderdelen</caption>
            <thead>
              <tr className="border-b-2 border-rijks">
                <th scope="col" className="py-1 pr-3">
                  Afkorting
                </th>
                <th scope="col" className="py-1 pr-3">
                  Naam
                </th>
                <th scope="col" className="py-1 pr-3">
                  Opgeheven per
                </th>
                <th scope="col" className="py-1">
                  Opvolger
                </th>
              </tr>
            </thead>
            <tbody>
              {ended.map((o) => (
                <tr key={o.id} className="border-b border-grijs-2">
                  <td className="py-1.5 pr-3">
                    <Link href={`/beheer/onderdelen/${o.id}`}>{o.code}</Link>
                  </td>
                  <td className="py-1.5 pr-3">{o.name}</td>
                  <td className="py-1.5 pr-3">{o.endedOn ? formatDate(o.endedOn) : "onbekend"}</td>
                  <td className="py-1.5">{o.successor ? `${o.successor.code} – ${o.successor.name}` : "geen"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section aria-labelledby="toevoegen">
        <h2 id="toevoegen" className="mb-2 text-xl font-bold text-rijks">
          Onderdeel toevoegen
        </h2>
        <CreateOfficeForm />
      </section>
    </>
  );
}
