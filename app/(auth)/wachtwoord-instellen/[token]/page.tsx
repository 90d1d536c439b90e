import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/accounts/set-password-form";
import { Brand } from "@/components/layout/brand";
import { ACCOUNT_LINK_REFUSALS } from "@/lib/domain/accounts/account-link";
import { loadAccountLink } from "@/lib/services/accounts/find-account-link";

export const metadata: Metadata = { title: "Wachtwoord instellen", referrer: "no-referrer" };

/** An invitation or reset link: open without a session, since the link itself is the credential. */
export default async function SetPasswordPage({ params }: PageProps<"/wachtwoord-instellen/[token]">) {
  const { token } = await params;
  const link = await loadAccountLink(token);

  return (
    <div className="min-h-screen bg-grijs-1">
      <header className="border-b-4 border-rijks bg-white">
        <div className="mx-auto max-w-5xl px-4 py-3">
          <Brand />
        </div>
      </header>
      <main id="inhoud" className="mx-auto max-w-md px-4 py-10">
        <div className="border border-grijs-2 bg-white p-6 shadow-sm">
          <h1 className="mb-1 text-2xl font-bold text-rijks">Wachtwoord instellen</h1>
          {link.state === "valid" ? (
            <>
              <p className="mb-6 text-grijs-5">
                {link.kind === "INVITATION" ? `Welkom bij Notaroute, ${link.name}. ` : `${link.name}, `}
                kies een wachtwoord voor <strong className="text-black">{link.email}</strong>. Deze link werkt één keer.
              </p>
              <SetPasswordForm token={token} email={link.email} />
            </>
          ) : (
            <>
              <p role="alert" className="my-4 border-l-4 border-rood bg-red-50 p-3">
                {ACCOUNT_LINK_REFUSALS[link.state]}
              </p>
              <p>
                <Link href="/login">Naar inloggen</Link>
              </p>
            </>
          )}
        </div>
      </main>
    </div>
  );
}
