import type { Metadata } from "next";
import Link from "next/link";
import { DiffView } from "@/components/nota/diff-view";
import { Button, inputClass } from "@/components/ui/form";
import { Refusal } from "@/components/ui/refusal";
import { requireUser } from "@/lib/auth/current-user";
import { formatMoment } from "@/lib/domain/dates";
import { loadForPage } from "@/lib/http/page-errors";
import { requestContext } from "@/lib/http/request-context";
import { referenceParam } from "@/lib/http/route-params";
import { compareVersions } from "@/lib/services/nota/compare-versions";
import { listVersions } from "@/lib/services/nota/list-versions";
import { CompareVersionsQuerySchema } from "@/lib/validation/nota-queries";

export async function generateMetadata({ params }: PageProps<"/notas/[reference]/versies">): Promise<Metadata> {
  return { title: `Versies van ${referenceParam((await params).reference)}` };
}

export default async function VersionsPage({ params, searchParams }: PageProps<"/notas/[reference]/versies">) {
  const user = await requireUser();
  const reference = referenceParam((await params).reference);
  const query = CompareVersionsQuerySchema.parse(await searchParams);
  const context = await requestContext();
  const page = await loadForPage(async () => {
    const nota = await listVersions({ user, reference, context });
    const numbers = nota.versions.map((v) => v.number);
    const to = query.naar && numbers.includes(query.naar) ? query.naar : numbers[0];
    const from = query.van && numbers.includes(query.van) ? query.van : (numbers.find((n) => n < to) ?? to);
    const changes = from !== to ? await compareVersions({ user, notaId: nota.id, from: Math.min(from, to), to: Math.max(from, to), context }) : [];
    return { nota, from, to, changes };
  });
  if (!page.ok) return <Refusal title={`Versies van ${reference}`} message={page.error.message} />;
  const { nota, from, to, changes } = page.value;
  const numbers = nota.versions.map((v) => v.number);
  const href = `/notas/${encodeURIComponent(nota.reference)}`;

  return (
    <>
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <Link href={href}>{nota.reference}</Link> <span aria-hidden="true">›</span>{" "}
        <span>Versies</span>
      </nav>
      <h1 className="mb-1 text-3xl font-bold text-rijks">Versies van {nota.reference}</h1>
      <p className="mb-6 text-grijs-5">{nota.title}</p>

      <div className="grid gap-8 lg:grid-cols-[22rem_1fr]">
        <section aria-labelledby="versielijst">
          <h2 id="versielijst" className="mb-2 text-xl font-bold text-rijks">
            Alle versies
          </h2>
          <ol className="divide-y divide-grijs-2 border border-grijs-2">
            {nota.versions.map((version) => (
              <li key={version.number} className={`px-3 py-2 ${version.number === to || version.number === from ? "bg-lint" : ""}`}>
                <p className="font-bold">
                  Versie {version.number}
                  {version.kind === "EXPLICIT" ? "" : <span className="ml-2 text-sm font-normal text-grijs-5">(automatisch opgeslagen)</span>}
                </p>
                {version.label && <p>{version.label}</p>}
                <p className="text-sm text-grijs-5">
                  {version.author?.name ?? "Systeem"}, {formatMoment(version.updatedAt)}
                </p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="vergelijking">
          <h2 id="vergelijking" className="mb-2 text-xl font-bold text-rijks">
            Vergelijken
          </h2>
          <form method="get" className="mb-6 flex flex-wrap items-end gap-3 border border-grijs-2 bg-grijs-1 p-3">
            <VersionSelect name="van" label="Van versie" numbers={numbers} selected={Math.min(from, to)} />
            <VersionSelect name="naar" label="Naar versie" numbers={numbers} selected={Math.max(from, to)} />
            <Button type="submit" variant="primary">
              Vergelijken
            </Button>
          </form>
          {from === to ? (
            <p>Er is maar één versie; er is nog niets te vergelijken.</p>
          ) : (
            <>
              <p className="mb-3 font-bold">
                Verschillen van versie {Math.min(from, to)} naar versie {Math.max(from, to)}
              </p>
              <DiffView changes={changes} />
            </>
          )}
        </section>
      </div>
    </>
  );
}

function VersionSelect({ name, label, numbers, selected }: { name: string; label: string; numbers: number[]; selected: number }) {
  return (
    <div>
      <label htmlFor={name} className="mb-1 block font-bold">
        {label}
      </label>
      <select id={name} name={name} defaultValue={String(selected)} className={`${inputClass} w-40!`}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            Versie {n}
          </option>
        ))}
      </select>
    </div>
  );
}
