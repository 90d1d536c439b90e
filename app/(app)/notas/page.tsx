import type { Metadata } from "next";
import { NotaListTable } from "@/components/nota/nota-list-table";
import { requireUser } from "@/lib/auth/current-user";
import { listReadableNotas, NotaListQuerySchema } from "@/lib/nota/list-notas";

export const metadata: Metadata = { title: "Nota's" };

export default async function NotasPage({ searchParams }: PageProps<"/notas">) {
  const user = await requireUser();
  const query = NotaListQuerySchema.parse(await searchParams);
  const notas = await listReadableNotas(user, query);

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Nota&apos;s</h1>
      <p className="mb-6 text-grijs-5">
        {notas.length === 1 ? "1 nota" : `${notas.length} nota's`} die u mag inzien. Klik op een kolomkop om te sorteren.
      </p>
      <NotaListTable notas={notas} query={query} />
    </>
  );
}
