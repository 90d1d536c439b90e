import type { Metadata } from "next";
import { draftSessionTag } from "@/lib/auth/session-status";
import Link from "next/link";
import { NotaEditor } from "@/components/editor/nota-editor";
import { Refusal } from "@/components/ui/refusal";
import { requireUser } from "@/lib/auth/current-user";
import { loadForPage } from "@/lib/http/page-errors";
import { requestContext } from "@/lib/http/request-context";
import { referenceParam } from "@/lib/http/route-params";
import { loadEditor } from "@/lib/services/nota/load-editor";

export async function generateMetadata({ params }: PageProps<"/notas/[reference]/bewerken">): Promise<Metadata> {
  return { title: `${referenceParam((await params).reference)} bewerken` };
}

export default async function EditNotaPage({ params }: PageProps<"/notas/[reference]/bewerken">) {
  const user = await requireUser();
  const reference = referenceParam((await params).reference);
  const page = await loadForPage(async () => loadEditor({ user, reference, context: await requestContext() }));
  if (!page.ok) {
    return (
      <Refusal
        title={`${reference} bewerken`}
        message={page.error.message}
        back={{ href: `/notas/${encodeURIComponent(reference)}`, label: "Terug naar de nota" }}
      />
    );
  }
  const data = page.value;
  return (
    <>
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <Link href={`/notas/${encodeURIComponent(reference)}`}>{reference}</Link>{" "}
        <span aria-hidden="true">›</span> <span>Bewerken</span>
      </nav>
      <h1 className="mb-6 text-3xl font-bold text-rijks">Nota {reference} bewerken</h1>
      <NotaEditor
        nota={{ id: data.nota.id, reference: data.nota.reference, version: data.nota.version }}
        userId={user.id}
        draftSession={draftSessionTag(user)}
        snapshot={data.snapshot}
        offices={data.offices}
        ownerOptions={data.ownerOptions}
        planning={data.planning}
      />
    </>
  );
}
