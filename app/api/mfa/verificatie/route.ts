import type { NextRequest } from "next/server";
import { mfaFailureResponse } from "@/lib/http/mfa-failure";
import { requestContext } from "@/lib/http/request-context";
import { json, readJson, withUser } from "@/lib/http/route-handler";
import { setSessionCookie } from "@/lib/auth/session-token";
import { verifyMfa } from "@/lib/services/mfa/verify-mfa";
import { MfaVerificationSchema } from "@/lib/validation/mfa";

/** Tweestapsverificatie: { method: "app", code } or { method: "herstelcode", recoveryCode }; the /mfa form posts here. */
export async function POST(request: NextRequest) {
  return withUser(
    request,
    async (user) => {
      const input = await readJson(request, MfaVerificationSchema, 1024);
      const outcome = await verifyMfa({ user, input, context: await requestContext() });
      if (!outcome.ok) return mfaFailureResponse(outcome, input.method === "app" ? "code" : "recoveryCode");
      const response = json({ verified: true, remainingRecoveryCodes: outcome.remainingRecoveryCodes });
      // A new session (and cookie) once the second factor is passed: see replaceWithVerifiedSession.
      await setSessionCookie(response, user, outcome.session);
      return response;
    },
    { duringMfaStep: true },
  );
}
