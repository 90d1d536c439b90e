import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Wachtwoord wijzigen" };

export default async function ChangePasswordPage() {
  const user = await requireUser();
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Wachtwoord wijzigen</h1>
      <p className="mb-6 max-w-3xl">Vul uw huidige wachtwoord in en kies een nieuw. Daarna bent u op uw andere apparaten uitgelogd; hier blijft u ingelogd.</p>
      <ChangePasswordForm email={user.email} />
    </>
  );
}
