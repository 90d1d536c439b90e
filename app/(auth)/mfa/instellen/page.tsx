import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MfaEnrolForm } from "@/components/auth/mfa/enrol-form";
import { MfaFrame } from "@/components/auth/mfa/mfa-frame";
import { QrCode } from "@/components/auth/mfa/qr-code";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { groupedSecret, TOTP_DIGITS, TOTP_PERIOD_SECONDS } from "@/lib/auth/mfa/totp";
import { pendingEnrolment } from "@/lib/services/mfa/enrolment";
import { secondStepFor } from "@/lib/services/mfa/second-step";

export const metadata: Metadata = { title: "Tweestapsverificatie instellen" };

export default async function MfaEnrolPage({ searchParams }: PageProps<"/mfa/instellen">) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  const step = await secondStepFor(user);
  if (step === "done") redirect(callbackPath);
  if (step === "verify") redirect(`/mfa?callbackUrl=${encodeURIComponent(callbackPath)}`);
  const enrolment = await pendingEnrolment(user);
  if (enrolment.status === "enrolled") redirect(`/mfa?callbackUrl=${encodeURIComponent(callbackPath)}`);

  return (
    <MfaFrame title="Tweestapsverificatie instellen">
      <p className="mb-6 text-grijs-5">
        Wie in Notaroute besluit, parafeert, plant of beheert, logt in met een wachtwoord én een code uit een authenticator-app op de telefoon. Stel dat nu
        eenmalig in.
      </p>
      <ol className="mb-6 list-decimal space-y-5 pl-5">
        <li>Open op uw telefoon de authenticator-app die uw organisatie voorschrijft en kies voor een nieuw account.</li>
        <li>
          <p className="mb-2">Scan deze QR-code met de app.</p>
          <QrCode text={enrolment.uri} label={`QR-code om Notaroute voor ${user.email} aan uw authenticator-app toe te voegen`} />
          <p className="mt-3">Kunt u niet scannen? Voer dan in de app deze sleutel in:</p>
          <p className="my-1">
            <code id="mfa-sleutel" className="inline-block border border-grijs-2 bg-grijs-1 px-2 py-1 font-mono text-lg tracking-wider">
              {groupedSecret(enrolment.secret)}
            </code>
          </p>
          <p className="text-sm text-grijs-5">
            Account: {user.email}. Soort: op tijd gebaseerd, {TOTP_DIGITS} cijfers, elke {TOTP_PERIOD_SECONDS} seconden een nieuwe code.
          </p>
        </li>
        <li>Voer hieronder de code in die de app nu toont.</li>
      </ol>
      <MfaEnrolForm callbackPath={callbackPath} />
    </MfaFrame>
  );
}
