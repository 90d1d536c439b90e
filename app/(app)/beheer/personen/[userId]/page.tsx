import type { Metadata } from "next";
import Link from "next/link";
import { BeheerNav } from "@/components/accounts/beheer-nav";
import { IssueLinkButton } from "@/components/accounts/issue-link-button";
import { ResetMfaButton } from "@/components/auth/mfa/reset-mfa-button";
import { resetMfaAction } from "@/app/(auth)/mfa/actions";
import { MembershipForm } from "@/components/accounts/membership-form";
import { Refusal } from "@/components/ui/refusal";
import { RowActionButton } from "@/components/ui/row-action-button";
import { requireUser } from "@/lib/auth/current-user";
import { ACCOUNT_LINK_LABELS } from "@/lib/domain/accounts/account-link";
import { formatMoment } from "@/lib/domain/dates";
import { ROLE_LABELS } from "@/lib/domain/nota/labels";
import { loadForPage } from "@/lib/http/page-errors";
import { requestContext } from "@/lib/http/request-context";
import { idParam } from "@/lib/http/route-handler";
import { loadPerson } from "@/lib/services/accounts/load-person";
import { deactivatePersonAction, reactivatePersonAction, removeMembershipAction } from "../actions";

export const metadata: Metadata = { title: "Persoon (beheer)" };

export default async function PersonPage({ params }: PageProps<"/beheer/personen/[userId]">) {
  const user = await requireUser();
  const context = await requestContext();
  const page = await loadForPage(async () => loadPerson({ user, userId: idParam((await params).userId), context }));
  if (!page.ok) return <Refusal title="Beheer" message={page.error.message} />;
  const { person, offices } = page.value;

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Beheer</h1>
      <BeheerNav current="/beheer/personen" />
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <Link href="/beheer/personen">Personen</Link> <span aria-hidden="true">›</span> <span>{person.name}</span>
      </nav>
      <h2 className="mb-4 text-2xl font-bold text-rijks">{person.name}</h2>
      <dl className="mb-8 grid max-w-3xl grid-cols-[12rem_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">E-mailadres</dt>
        <dd>{person.email}</dd>
        <dt className="font-bold">Account</dt>
        <dd className={person.active ? "" : "font-bold text-rood"}>{person.status}</dd>
        <dt className="font-bold">Aangemaakt</dt>
        <dd>{formatMoment(person.createdAt)}</dd>
        <dt className="font-bold">Wachtwoord</dt>
        <dd>{person.passwordChangedAt ? `ingesteld op ${formatMoment(person.passwordChangedAt)}` : person.hasPassword ? "ingesteld" : "nog niet ingesteld"}</dd>
        <dt className="font-bold">Ingelogd</dt>
        <dd>{person.liveSessions === 0 ? "nergens" : person.liveSessions === 1 ? "in 1 sessie" : `in ${person.liveSessions} sessies`}</dd>
      </dl>

      <section aria-labelledby="lidmaatschappen" className="mb-10">
        <h3 id="lidmaatschappen" className="mb-2 text-xl font-bold text-rijks">
          Lidmaatschappen
        </h3>
        <p className="mb-3 max-w-3xl text-sm text-grijs-5">
          Een lidmaatschap toevoegen of beëindigen logt de persoon meteen uit: bij de volgende klik logt de persoon opnieuw in, met de nieuwe rollen.
        </p>
        {person.memberships.length === 0 ? (
          <p className="mb-4">Nog geen lidmaatschappen: deze persoon kan niets doen in Notaroute.</p>
        ) : (
          <table className="mb-4 w-full max-w-3xl border-collapse text-left text-sm">
            <caption className="sr-only">Lidmaatschappen van {person.name}</caption>
            <thead>
              <tr className="border-b-2 border-rijks">
                <th scope="col" className="py-1 pr-3">
                  Onderdeel
                </th>
                <th scope="col" className="py-1 pr-3">
                  Rol
                </th>
                <th scope="col" className="py-1">
                  <span className="sr-only">Actie</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {person.memberships.map((m) => (
                <tr key={m.id} className="border-b border-grijs-2 align-top">
                  <td className="py-1.5 pr-3">
                    <Link href={`/beheer/onderdelen/${m.office.id}`}>
                      {m.office.code} – {m.office.name}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-3">{ROLE_LABELS[m.role]}</td>
                  <td className="py-1.5">
                    <RowActionButton
                      action={removeMembershipAction}
                      field={["membershipId", m.id]}
                      label="Beëindigen"
                      accessibleName={`Lidmaatschap ${ROLE_LABELS[m.role]} ${m.office.code} beëindigen`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {person.active && <MembershipForm personId={person.id} personName={person.name} offices={offices} />}
      </section>

      <section aria-labelledby="inloggen" className="mb-10">
        <h3 id="inloggen" className="mb-2 text-xl font-bold text-rijks">
          Wachtwoordlink
        </h3>
        {person.openLinks.length > 0 ? (
          <ul className="mb-3 list-disc pl-6">
            {person.openLinks.map((link) => (
              <li key={link.id}>
                {ACCOUNT_LINK_LABELS[link.kind]}, gemaakt {formatMoment(link.createdAt)}
                {link.createdBy ? ` door ${link.createdBy.name}` : ""}, geldig tot {formatMoment(link.expiresAt)}.
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-3">Er is geen geldige link.</p>
        )}
        {person.active ? (
          <>
            <p className="mb-3 max-w-3xl text-sm text-grijs-5">
              {person.hasPassword
                ? "Vergeten wachtwoord? Maak een herstellink: daarmee kiest de persoon een nieuw wachtwoord, en eindigen alle sessies."
                : "De persoon heeft nog geen wachtwoord. Een nieuwe uitnodiging maakt eerdere links ongeldig."}
            </p>
            <IssueLinkButton personId={person.id} label={person.hasPassword ? "Herstellink maken" : "Opnieuw uitnodigen"} />
          </>
        ) : (
          <p className="text-sm text-grijs-5">Maak het account eerst weer actief om een link te maken.</p>
        )}
      </section>

      <section aria-labelledby="tweestapsverificatie" className="mb-10">
        <h3 id="tweestapsverificatie" className="mb-2 text-xl font-bold text-rijks">
          Tweestapsverificatie
        </h3>
        <p className="mb-3 max-w-3xl">
          {person.mfaEnabledAt
            ? `Ingesteld op ${formatMoment(person.mfaEnabledAt)}.`
            : "Niet ingesteld: bij de volgende keer inloggen stelt de persoon een authenticator-app in, als de rol dat vraagt."}
        </p>
        {person.mfaEnabledAt && !person.isSelf ? (
          <ResetMfaButton action={resetMfaAction} userId={person.id} name={person.name} enrolled revalidate={`/beheer/personen/${person.id}`} />
        ) : null}
      </section>

      <section aria-labelledby="account">
        <h3 id="account" className="mb-2 text-xl font-bold text-rijks">
          Account
        </h3>
        {person.isSelf ? (
          <p>Dit is uw eigen account. Een andere beheerder kan het deactiveren.</p>
        ) : person.active ? (
          <>
            <p className="mb-3 max-w-3xl">
              Deactiveren logt {person.name} meteen overal uit en maakt open links ongeldig. Nota&apos;s, besluiten en de geschiedenis blijven bewaard.
            </p>
            <RowActionButton
              action={deactivatePersonAction}
              field={["userId", person.id]}
              label="Deactiveren"
              accessibleName={`Account van ${person.name} deactiveren`}
            />
          </>
        ) : (
          <>
            <p className="mb-3 max-w-3xl">
              Dit account is gedeactiveerd. Weer actief maken geeft {person.name} de lidmaatschappen en het wachtwoord van daarvoor terug.
            </p>
            <RowActionButton
              action={reactivatePersonAction}
              field={["userId", person.id]}
              label="Weer actief maken"
              accessibleName={`Account van ${person.name} weer actief maken`}
            />
          </>
        )}
      </section>
    </>
  );
}
