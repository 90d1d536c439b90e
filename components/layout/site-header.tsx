import Link from "next/link";
import type { CurrentUser } from "@/lib/domain/permissions";
import { ROLE_LABELS } from "@/lib/domain/nota/labels";
import { Brand } from "./brand";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ user, counts }: { user: CurrentUser; counts: { waiting: number; unread: number } }) {
  const isKabinet = user.memberships.some((m) => m.role === "KABINET");
  const isBeheer = user.memberships.some((m) => m.role === "BEHEER");
  return (
    <header>
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-4 px-4 py-3">
        <Link href="/notas" className="no-underline" aria-label="Notaroute, naar het overzicht van nota's">
          <Brand />
        </Link>
        <div className="text-right text-sm">
          <p className="font-bold">{user.name}</p>
          <p className="text-grijs-5">{user.memberships.map((m) => `${ROLE_LABELS[m.role]} ${m.officeCode}`).join(" · ") || "Geen onderdeel"}</p>
          <Link href="/sessies" className="mr-3 text-sm">
            Sessies
          </Link>
          <Link href="/wachtwoord" className="mr-3 text-sm">
            Wachtwoord wijzigen
          </Link>
          <SignOutButton />
        </div>
      </div>
      <nav aria-label="Hoofdmenu" className="on-dark bg-rijks">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
          <li>
            <Link href="/overzicht" className="block px-3 py-2 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
              Overzicht
            </Link>
          </li>
          <li>
            <Link href="/postvak" className="flex items-center gap-2 px-3 py-2 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
              Postvak
              {counts.waiting + counts.unread > 0 && (
                <span className="rounded-full bg-white px-2 text-sm text-rijks" aria-hidden="true">
                  {counts.waiting}
                  {counts.unread > 0 ? ` · ${counts.unread}` : ""}
                </span>
              )}
              <span className="sr-only">
                : {counts.waiting} {counts.waiting === 1 ? "nota wacht" : "nota's wachten"} op u, {counts.unread} ongelezen{" "}
                {counts.unread === 1 ? "melding" : "meldingen"}
              </span>
            </Link>
          </li>
          <li>
            <Link href="/notas" className="block px-3 py-2 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
              Nota&apos;s
            </Link>
          </li>
          <li>
            <Link href="/vergaderingen" className="block px-3 py-2 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
              Vergaderingen
            </Link>
          </li>
          <li>
            <Link href="/kalender" className="block px-3 py-2 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
              Kalender
            </Link>
          </li>
          <li>
            <Link href="/toezeggingen" className="block px-3 py-2 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
              Toezeggingen
            </Link>
          </li>
          <li>
            <Link href="/personeel" className="block px-3 py-2 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
              Personeel
            </Link>
          </li>
          {isKabinet && (
            <li>
              <Link href="/vervanging" className="block px-3 py-2 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
                Vervanging
              </Link>
            </li>
          )}
          {isBeheer && (
            <li>
              <Link href="/beheer" className="block px-3 py-2 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
                Beheer
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}
