import type { Metadata } from "next";
import Link from "next/link";
import { NewNotaForm } from "@/components/editor/new-nota-form";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { NOTA_TEMPLATE_KEYS, NOTA_TEMPLATES } from "@/lib/domain/nota/templates";
import { draftingOfficeIds, hasRoleAnywhere } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "Nieuwe nota" };

export default async function NewNotaPage() {
  const user = await requireUser();
  const isBeheer = hasRoleAnywhere(user, ["BEHEER"]);
  const [offices, copyable] = await Promise.all([
    db.office.findMany({
      where: isBeheer ? { active: true } : { id: { in: draftingOfficeIds(user) }, active: true },
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true },
    }),
    db.nota.findMany({ where: readableNotaWhere(user), orderBy: { date: "desc" }, take: 200, select: { reference: true, title: true } }),
  ]);

  return (
    <>
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <span>Nieuwe nota</span>
      </nav>
      <h1 className="mb-6 text-3xl font-bold text-rijks">Nieuwe nota</h1>
      {offices.length === 0 ? (
        <p className="border-l-4 border-rood bg-red-50 p-4">
          U bent geen opsteller bij een onderdeel en kunt daarom geen nota aanmaken.
        </p>
      ) : (
        <NewNotaForm
          offices={offices}
          templates={NOTA_TEMPLATE_KEYS.map((key) => ({ key, ...NOTA_TEMPLATES[key] }))}
          copyable={copyable}
        />
      )}
    </>
  );
}
