import type { Metadata } from "next";
import { NotaListTable } from "@/components/nota/nota-list-table";
import { requireUser } from "@/lib/auth/current-user";
import { listReadableNotas, NotaListQuerySchema } from "@/lib/services/nota/list-notas";
import Link from "next/link";
import { draftingOfficeIds, hasRoleAnywhere } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "Nota's" };

export default async function NotasPage({ searchParams }: PageProps<"/notas">) {
  const user = await requireUser();
  const query = NotaListQuerySchema.parse(await searchParams);
  const notas = await listReadableNotas(user, query);

  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-rijks">Nota&apos;s</h1>
        {(draftingOfficeIds(user).length > 0 || hasRoleAnywhere(user, ["BEHEER"])) && (
          <Link href="/notas/nieuw" className="border border-rijks bg-rijks px-3 py-1.5 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
            Nieuwe nota
          </Link>
        )}
      </div>
      <p className="mb-6 text-grijs-5">
        {notas.length === 1 ? "1 nota" : `${notas.length} nota's`} die u mag inzien. Klik op een kolomkop om te sorteren.
      </p>
      <NotaListTable notas={notas} query={query} />
    </>
  );
}
