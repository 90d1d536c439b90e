import type { Metadata } from "next";
import Link from "next/link";
import { BeheerNav } from "@/components/accounts/beheer-nav";
import { CreatePersonForm } from "@/components/accounts/create-person-form";
import { inputClass } from "@/components/ui/form";
import { Refusal } from "@/components/ui/refusal";
import { requireUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/domain/nota/labels";
import { loadForPage } from "@/lib/http/page-errors";
import { requestContext } from "@/lib/http/request-context";
import { listOffices } from "@/lib/services/accounts/list-offices";
import { listPeople } from "@/lib/services/accounts/list-people";
import { PeopleSearchSchema } from "@/lib/validation/accounts";

export const metadata: Metadata = { title: "Personen (beheer)" };

export default async function PeoplePage({ searchParams }: PageProps<"/beheer/personen">) {
  const user = await requireUser();
  const { q } = PeopleSearchSchema.parse({ q: (await searchParams).q });
  const context = await requestContext();
  const page = await loadForPage(async () => {
    // One after the other: someone who is not beheer is refused (and recorded) once, by the first.
    const list = await listPeople({ user, query: q, context });
    const offices = await listOffices({ user, context });
    return { ...list, offices: offices.filter((o) => o.active) };
  });
  if (!page.ok) return <Refusal title="Beheer" message={page.error.message} />;
  const { people, total, offices } = page.value;

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Beheer</h1>
      <BeheerNav current="/beheer/personen" />
      <section aria-labelledby="personen" className="mb-10">
        <h2 id="personen" className="mb-2 text-xl font-bold text-rijks">
          Personen
        </h2>
        <form method="get" role="search" className="mb-4 flex max-w-xl items-end gap-2">
          <div className="grow">
            <label htmlFor="zoek" className="mb-1 block font-bold">
              Zoek op naam of e-mailadres
            </label>
            <input id="zoek" type="search" name="q" defaultValue={q} className={inputClass} />
          </div>
          <button type="submit" className="border border-rijks bg-white px-3 py-1.5 font-bold text-rijks hover:bg-lint">
            Zoeken
          </button>
        </form>
        <p className="mb-2 text-sm text-grijs-5" role="status">
          {total === 0
            ? q
              ? `Niemand gevonden voor "${q}".`
              : "Er zijn nog geen personen."
            : total > people.length
              ? `${people.length} van ${total} personen getoond; verfijn de zoekopdracht om de rest te vinden.`
              : `${total} ${total === 1 ? "persoon" : "personen"}${q ? ` voor "${q}"` : ""}.`}
        </p>
        {people.length > 0 && (
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Personen</caption>
            <thead>
              <tr className="border-b-2 border-rijks">
                <th scope="col" className="py-1 pr-3">
                  Naam
                </th>
                <th scope="col" className="py-1 pr-3">
                  E-mailadres
                </th>
                <th scope="col" className="py-1 pr-3">
                  Rollen
                </th>
                <th scope="col" className="py-1">
                  Account
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id} className="border-b border-grijs-2 align-top">
                  <td className="py-1.5 pr-3">
                    <Link href={`/beheer/personen/${p.id}`}>{p.name}</Link>
                  </td>
                  <td className="py-1.5 pr-3">{p.email}</td>
                  <td className="py-1.5 pr-3">{p.memberships.map((m) => `${ROLE_LABELS[m.role]} ${m.office.code}`).join(", ") || "geen"}</td>
                  <td className={`py-1.5 ${p.status === "gedeactiveerd" ? "font-bold text-rood" : ""}`}>{p.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="toevoegen">
        <h2 id="toevoegen" className="mb-2 text-xl font-bold text-rijks">
          Persoon toevoegen
        </h2>
        <p className="mb-4 max-w-3xl">
          De persoon krijgt nog geen wachtwoord. U krijgt een uitnodigingslink van 24 uur waarmee de persoon zelf een wachtwoord kiest.
        </p>
        <CreatePersonForm offices={offices} />
      </section>
    </>
  );
}
