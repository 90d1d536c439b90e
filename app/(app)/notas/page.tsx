import type { Metadata } from "next";
import Link from "next/link";
import { listQueryString } from "@/components/nota/list-href";
import { NotaFilterForm } from "@/components/nota/nota-filter-form";
import { NotaListTable } from "@/components/nota/nota-list-table";
import { loadListOptions } from "@/lib/services/nota/load-list-options";
import { requireUser } from "@/lib/auth/current-user";
import { loadForPage } from "@/lib/http/page-errors";
import { listReadableNotas, NOTA_PAGE_SIZE } from "@/lib/services/nota/list-notas";
import { mayDraftNotas } from "@/lib/services/nota/load-new-nota-options";
import { NotaListQuerySchema } from "@/lib/validation/nota-queries";

export const metadata: Metadata = { title: "Nota's" };

export default async function NotasPage({ searchParams }: PageProps<"/notas">) {
  const user = await requireUser();
  const query = NotaListQuerySchema.parse(await searchParams);
  const [page, options] = await Promise.all([loadForPage(() => listReadableNotas(user, query)), loadListOptions()]);
  const csv = `/api/notas/csv?${listQueryString(query, { na: undefined })}`;

  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-rijks">Nota&apos;s</h1>
        {mayDraftNotas(user) && (
          <div className="flex flex-wrap gap-2">
            <Link href="/notas/importeren" className="border border-rijks bg-white px-3 py-1.5 font-bold text-rijks no-underline hover:bg-lint">
              Nota inlezen
            </Link>
            <Link
              href="/notas/nieuw"
              className="border border-rijks bg-rijks px-3 py-1.5 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white"
            >
              Nieuwe nota
            </Link>
          </div>
        )}
      </div>
      <NotaFilterForm query={query} offices={options.offices} />
      {page.ok ? (
        <>
          <p className="mb-6 text-grijs-5">
            {page.value.moreThanTotal
              ? `Meer dan ${page.value.total.toLocaleString("nl-NL")} nota's`
              : page.value.total === 1
                ? "1 nota"
                : `${page.value.total.toLocaleString("nl-NL")} nota's`}{" "}
            {query.zoek ? "gevonden, de best passende eerst" : "die u mag inzien"}, {NOTA_PAGE_SIZE} per pagina.
            {query.zoek ? "" : " Klik op een kolomkop om te sorteren."} <a href={csv}>Deze lijst als CSV downloaden</a>
          </p>
          <NotaListTable notas={page.value.notas} query={query} next={page.value.next} />
        </>
      ) : (
        <p role="alert" className="mb-4 border-l-4 border-rood bg-red-50 p-3">
          {page.error.message} <Link href="/notas">Naar de eerste pagina</Link>
        </p>
      )}
    </>
  );
}
