import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MfaFrame } from "@/components/auth/mfa/mfa-frame";
import { MfaVerifyForm } from "@/components/auth/mfa/verify-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { demoMfaHint } from "@/lib/services/mfa/demo-hint";
import { secondStepFor } from "@/lib/services/mfa/second-step";

export const metadata: Metadata = { title: "Tweestapsverificatie" };

/** The second step after the password; everyone comes through here after logging in, and goes on at once when nothing is asked of them. */
export default async function MfaPage({ searchParams }: PageProps<"/mfa">) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  const step = await secondStepFor(user);
  if (step === "done") redirect(callbackPath);
  if (step === "enrol") redirect(`/mfa/instellen?callbackUrl=${encodeURIComponent(callbackPath)}`);
  const hint = await demoMfaHint(user);

  return (
    <MfaFrame title="Tweestapsverificatie">
      <p className="mb-6 text-grijs-5">
        U bent ingelogd als {user.name}. Bevestig met de verificatiecode uit uw authenticator-app dat u het bent: voor besluiten en parafen is dat verplicht.
      </p>
      {hint && (
        <div className="mb-6 border-l-4 border-[#ffb612] bg-[#fff7e0] px-4 py-3">
          <p className="font-bold">Alleen in de demo</p>
          <p>
            Demo-accounts hebben een vaste geheime sleutel (zie de README), zodat u geen app nodig heeft. De code die een app nu zou tonen:{" "}
            <strong data-testid="demo-code" className="font-mono text-lg">
              {hint.code}
            </strong>{" "}
            (nog ongeveer {hint.validForSeconds} seconden geldig).
          </p>
        </div>
      )}
      <MfaVerifyForm callbackPath={callbackPath} />
    </MfaFrame>
  );
}
