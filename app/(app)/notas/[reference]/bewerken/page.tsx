import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotaEditor } from "@/components/editor/nota-editor";
import { requireUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { loadEditor } from "@/lib/services/nota/load-editor";

export async function generateMetadata({ params }: PageProps<"/notas/[reference]/bewerken">): Promise<Metadata> {
  return { title: `${decodeURIComponent((await params).reference)} bewerken` };
}

export default async function EditNotaPage({ params }: PageProps<"/notas/[reference]/bewerken">) {
  const user = await requireUser();
  const reference = decodeURIComponent((await params).reference);
  let data;
  try {
    data = await loadEditor(user, reference);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) {
      return (
        <>
          <h1 className="mb-4 text-3xl font-bold text-rijks">{reference} bewerken</h1>
          <p className="mb-4 border-l-4 border-rood bg-red-50 p-3">{error.message}</p>
          <Link href={`/notas/${encodeURIComponent(reference)}`}>Terug naar de nota</Link>
        </>
      );
    }
    throw error;
  }
  return (
    <>
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={`/notas/${encodeURIComponent(reference)}`}>{reference}</Link> <span aria-hidden="true">›</span> <span>Bewerken</span>
      </nav>
      <h1 className="mb-6 text-3xl font-bold text-rijks">Nota {reference} bewerken</h1>
      <NotaEditor
        nota={{ id: data.nota.id, reference: data.nota.reference, version: data.nota.version }}
        userId={user.id}
        snapshot={data.snapshot}
        offices={data.offices}
        ownerOptions={data.ownerOptions}
      />
    </>
  );
}
