import type { Metadata } from "next";
import Link from "next/link";
import { NewNotaForm } from "@/components/editor/new-nota-form";
import { requireUser } from "@/lib/auth/current-user";
import { loadNewNotaOptions } from "@/lib/services/nota/load-new-nota-options";

export const metadata: Metadata = { title: "Nieuwe nota" };

export default async function NewNotaPage() {
  const user = await requireUser();
  const { offices, copyable, templates } = await loadNewNotaOptions(user);

  return (
    <>
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <span>Nieuwe nota</span>
      </nav>
      <h1 className="mb-6 text-3xl font-bold text-rijks">Nieuwe nota</h1>
      {offices.length === 0 ? (
        <p className="border-l-4 border-rood bg-red-50 p-4">U bent geen opsteller bij een onderdeel en kunt daarom geen nota aanmaken.</p>
      ) : (
        <NewNotaForm offices={offices} templates={templates} copyable={copyable} />
      )}
    </>
  );
}
