import Link from "next/link";
import type { CurrentUser } from "@/lib/permissions";
import { ROLE_LABELS } from "@/lib/nota/labels";
import { Brand } from "./brand";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ user }: { user: CurrentUser }) {
  return (
    <header>
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-4 px-4 py-3">
        <Link href="/notas" className="no-underline" aria-label="Notaroute, naar het overzicht van nota's">
          <Brand />
        </Link>
        <div className="text-right text-sm">
          <p className="font-bold">{user.name}</p>
          <p className="text-grijs-5">
            {user.memberships.map((m) => `${ROLE_LABELS[m.role]} ${m.officeCode}`).join(" · ") || "Geen onderdeel"}
          </p>
          <SignOutButton />
        </div>
      </div>
      <nav aria-label="Hoofdmenu" className="on-dark bg-rijks">
        <ul className="mx-auto flex max-w-6xl gap-1 px-4">
          <li>
            <Link href="/notas" className="block px-3 py-2 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
              Nota&apos;s
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
