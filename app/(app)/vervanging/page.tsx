import type { Metadata } from "next";
import { DelegationForm } from "@/components/route/delegation-form";
import { RowActionButton } from "@/components/ui/row-action-button";
import { revokeDelegationAction } from "./actions";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/domain/dates";
import { listDelegations, loadDelegationOptions } from "@/lib/services/delegations/list-delegations";

export const metadata: Metadata = { title: "Vervanging" };

export default async function DelegationPage() {
  const user = await requireUser();
  const [delegations, { kabinetOffices, people, delegateOffices }] = await Promise.all([listDelegations(user), loadDelegationOptions(user)]);
  const mine = new Set(kabinetOffices.map((o) => o.id));

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Vervanging</h1>
      <p className="mb-6 max-w-3xl">
        Bij afwezigheid kan het kabinet van een bewindspersoon een persoon of een ander kabinet aanwijzen dat in die periode de besluiten vastlegt. Een besluit
        dat bij vervanging is vastgelegd, vermeldt dat.
      </p>
      <section aria-labelledby="lopend" className="mb-10">
        <h2 id="lopend" className="mb-2 text-xl font-bold text-rijks">
          Lopende en komende vervangingen
        </h2>
        {delegations.length === 0 ? (
          <p className="text-grijs-5">Er zijn geen vervangingen.</p>
        ) : (
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Vervangingen</caption>
            <thead>
              <tr className="border-b-2 border-rijks">
                <th scope="col" className="py-1 pr-3">
                  Bewindspersoon
                </th>
                <th scope="col" className="py-1 pr-3">
                  Vervanger
                </th>
                <th scope="col" className="py-1 pr-3">
                  Periode
                </th>
                <th scope="col" className="py-1 pr-3">
                  Reden
                </th>
                <th scope="col" className="py-1">
                  <span className="sr-only">Acties</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {delegations.map((d) => (
                <tr key={d.id} className="border-b border-grijs-2 align-top">
                  <td className="py-1.5 pr-3">{d.office.code}</td>
                  <td className="py-1.5 pr-3">{d.delegateUser?.name ?? `kabinet ${d.delegateOffice?.code}`}</td>
                  <td className="py-1.5 pr-3">
                    {formatDate(d.startsOn)} tot en met {formatDate(d.endsOn)}
                  </td>
                  <td className="py-1.5 pr-3">{d.reason ?? "–"}</td>
                  <td className="py-1.5">
                    {mine.has(d.officeId) && (
                      <RowActionButton
                        action={revokeDelegationAction}
                        field={["delegationId", d.id]}
                        label="Beëindigen"
                        accessibleName={`Vervanging van ${d.office.code} beëindigen`}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {kabinetOffices.length > 0 && (
        <section aria-labelledby="nieuw">
          <h2 id="nieuw" className="mb-2 text-xl font-bold text-rijks">
            Vervanger aanwijzen
          </h2>
          <DelegationForm offices={kabinetOffices} people={people} delegateOffices={delegateOffices} />
        </section>
      )}
    </>
  );
}
