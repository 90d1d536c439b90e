import type { Metadata } from "next";
import Link from "next/link";
import { LinkNotaForm, ToezeggingForm, ToezeggingStatusForm, UnlinkNotaForm } from "@/components/planning/toezegging-forms";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate, todayInAmsterdam } from "@/lib/domain/dates";
import { TOEZEGGING_STATUS_LABELS } from "@/lib/domain/planning/labels";
import { listToezeggingen } from "@/lib/services/toezeggingen/list-toezeggingen";

export const metadata: Metadata = { title: "Toezeggingen" };

export default async function ToezeggingenPage() {
  const user = await requireUser();
  const today = todayInAmsterdam();
  const view = await listToezeggingen(user);

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Toezeggingen</h1>
      <p className="mb-6 text-grijs-5">
        Toezeggingen aan de Tweede Kamer en de nota&apos;s die ze voldoen; de openstaande eerst, de vroegste datum bovenaan.{" "}
        <a href="/api/toezeggingen/csv">Als CSV downloaden</a>
      </p>
      {view.toezeggingen.length === 0 ? (
        <p className="mb-8">Er zijn nog geen toezeggingen vastgelegd.</p>
      ) : (
        <ul className="mb-10 divide-y divide-grijs-2 border-y border-grijs-2">
          {view.toezeggingen.map((t) => {
            const late = t.status !== "VOLDAAN" && t.dueDate < today;
            return (
              <li key={t.id} id={t.reference} className="py-4">
                <h2 className="text-lg font-bold">
                  {t.reference} <span className="font-normal">({TOEZEGGING_STATUS_LABELS[t.status].toLowerCase()})</span>
                </h2>
                <p className="mb-1">{t.text}</p>
                <p className="text-sm text-grijs-5">
                  {t.minister}, {t.debate}, {formatDate(t.madeOn)}. Uiterlijk {formatDate(t.dueDate)}
                  {late && <strong className="text-rood"> (verstreken)</strong>}.
                </p>
                {t.notas.length > 0 && (
                  <ul className="mt-2">
                    {t.notas.map((n) => (
                      <li key={n.id} className="flex flex-wrap items-center gap-3">
                        <Link href={`/notas/${encodeURIComponent(n.reference)}`} className="font-mono">
                          {n.reference}
                        </Link>
                        <span>{n.title}</span>
                        <StatusBadge status={n.status} />
                        {view.canPlan && <UnlinkNotaForm toezeggingId={t.id} nota={n} />}
                      </li>
                    ))}
                  </ul>
                )}
                {view.canPlan && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-link underline">Bijwerken: status of nota koppelen</summary>
                    <div className="mt-2 grid gap-4 md:grid-cols-2">
                      <ToezeggingStatusForm toezegging={t} />
                      <LinkNotaForm toezegging={t} />
                    </div>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {view.canPlan && (
        <section aria-labelledby="nieuw">
          <h2 id="nieuw" className="mb-2 text-xl font-bold text-rijks">
            Nieuwe toezegging
          </h2>
          <ToezeggingForm ministers={view.ministers} today={today} />
        </section>
      )}
    </>
  );
}
