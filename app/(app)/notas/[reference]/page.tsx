import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotaDocument } from "@/components/nota/nota-document";
import { NotaRoutingSummary } from "@/components/nota/nota-routing-summary";
import { requireUser } from "@/lib/auth/current-user";
import { findReadableNota } from "@/lib/nota/find-readable-nota";
import { canEditNota } from "@/lib/domain/permissions";
import { NotaActions } from "@/components/nota/nota-actions";
import { NotaTimeline } from "@/components/route/nota-timeline";
import { RoutePanel } from "@/components/route/route-panel";
import { loadRouteView } from "@/lib/services/route/load-route-view";
import { loadTimeline } from "@/lib/services/nota/load-timeline";

export async function generateMetadata({ params }: PageProps<"/notas/[reference]">): Promise<Metadata> {
  return { title: decodeURIComponent((await params).reference) };
}

export default async function NotaPage({ params, searchParams }: PageProps<"/notas/[reference]">) {
  const user = await requireUser();
  const reference = decodeURIComponent((await params).reference);
  const nota = await findReadableNota(user, reference);
  if (!nota) notFound();
  const allHistory = (await searchParams).geschiedenis === "alles";
  const [route, timeline] = await Promise.all([loadRouteView(user, nota.id), loadTimeline(nota.id, { all: allHistory })]);

  return (
    <>
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <span>{nota.reference}</span>
      </nav>
      <NotaActions reference={nota.reference} canEdit={canEditNota(user, nota).ok} />
      <NotaRoutingSummary nota={nota} />
      {route && <RoutePanel view={route} reference={nota.reference} />}
      <NotaDocument nota={nota} />
      <NotaTimeline entries={timeline} all={allHistory} href={`/notas/${encodeURIComponent(nota.reference)}`} />
    </>
  );
}
