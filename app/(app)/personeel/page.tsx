import type { Metadata } from "next";
import { listQueryString } from "@/components/nota/list-href";
import { NotaFilterForm } from "@/components/nota/nota-filter-form";
import { PersonnelOverviewView } from "@/components/nota/personnel-overview-view";
import { requireUser } from "@/lib/auth/current-user";
import { loadListOptions } from "@/lib/services/nota/load-list-options";
import { personnelAcrossNotas } from "@/lib/services/personnel/personnel-across-notas";
import { NotaListQuerySchema } from "@/lib/validation/nota-queries";

export const metadata: Metadata = { title: "Personeelsoverzicht" };

/** Personnel before and after across the annexes of the notas the person may read, filtered as the nota list. */
export default async function PersonnelPage({ searchParams }: PageProps<"/personeel">) {
  const user = await requireUser();
  const query = NotaListQuerySchema.parse(await searchParams);
  const [{ overview, notas }, options] = await Promise.all([personnelAcrossNotas(user, query), loadListOptions()]);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Personeelsoverzicht</h1>
      <p className="mb-4 max-w-3xl">
        De bijlagen van alle nota&apos;s die u mag inzien en die aan de filters voldoen, opgeteld. Kies bijvoorbeeld de fase &quot;Verzonden / afgerond&quot;
        voor wat is besloten en aan de Kamer gemeld; zonder filter tellen ook concepten mee.
      </p>
      <NotaFilterForm query={query} offices={options.offices} action="/personeel" />
      <p className="text-grijs-5">
        {notas === 1 ? "1 nota met een bijlage" : `${notas.toLocaleString("nl-NL")} nota's met een bijlage`}, {overview.total.bijdragen.toLocaleString("nl-NL")}{" "}
        bijdragen.
      </p>
      {overview.total.bijdragen > 0 && (
        <PersonnelOverviewView overview={overview} csvHref={`/api/personeel/csv?${listQueryString(query, { na: undefined })}`} headingLevel={2} />
      )}
    </>
  );
}
