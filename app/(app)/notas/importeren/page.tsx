import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth/current-user";
import { loadNewNotaOptions } from "@/lib/services/nota/load-new-nota-options";

export const metadata: Metadata = { title: "Nota inlezen" };

export default async function ImportPage() {
  const user = await requireUser();
  const { offices } = await loadNewNotaOptions(user);
  return (
    <>
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <span>Nota inlezen</span>
      </nav>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Nota inlezen</h1>
      <p className="mb-6 max-w-3xl">
        Lees een bestaande nota in, uit Word of als geplakte tekst. U ziet eerst wat er is gevonden en wat niet klopt; pas daarna slaat u de nota op als nieuw
        concept. Datum en Onze referentie in de marge en paginanummers tellen niet als inhoud.
      </p>
      {offices.length === 0 ? (
        <p className="border-l-4 border-rood bg-red-50 p-4">U bent geen opsteller bij een onderdeel en kunt daarom geen nota inlezen.</p>
      ) : (
        <ImportForm offices={offices} />
      )}
    </>
  );
}
