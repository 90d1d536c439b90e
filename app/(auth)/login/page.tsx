import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Brand } from "@/components/layout/brand";
import { LoginForm } from "@/components/auth/login-form";
import { ClearLocalDrafts } from "@/components/auth/clear-local-drafts";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/callback-path";

export const metadata: Metadata = { title: "Inloggen" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const error = typeof params.error === "string" ? params.error : null;
  const expired = params.reden === "verlopen";

  return (
    <div className="min-h-screen bg-grijs-1">
      <header className="border-b-4 border-rijks bg-white">
        <div className="mx-auto max-w-5xl px-4 py-3">
          <Brand />
        </div>
      </header>
      <main id="inhoud" className="mx-auto max-w-md px-4 py-10">
        <div className="border border-grijs-2 bg-white p-6 shadow-sm">
          <h1 className="mb-1 text-2xl font-bold text-rijks">Inloggen</h1>
          <ClearLocalDrafts />
          {expired ? (
            <p role="status" className="mb-4 border-l-4 border-rijks bg-lint px-3 py-2">
              Uw sessie is verlopen. Log opnieuw in om verder te werken. Wijzigingen die nog niet waren opgeslagen, zijn uit deze browser verwijderd.
            </p>
          ) : null}
          <p className="mb-6 text-grijs-5">Log in met uw e-mailadres en wachtwoord.</p>
          <LoginForm callbackPath={callbackPath} initialErrorCode={error} />
          <p className="mt-6 border-t border-grijs-2 pt-4 text-sm text-grijs-5">
            Wachtwoord vergeten, of nog geen account? Vraag beheer om een link waarmee u zelf een wachtwoord kiest. Notaroute verstuurt zelf geen e-mail.
          </p>
        </div>
      </main>
    </div>
  );
}
