import type { NextRequest } from "next/server";
import { mfaFailureResponse } from "@/lib/http/mfa-failure";
import { requestContext } from "@/lib/http/request-context";
import { json, readJson, withUser } from "@/lib/http/route-handler";
import { setSessionCookie } from "@/lib/auth/session-token";
import { confirmEnrolment } from "@/lib/services/mfa/enrolment";
import { AppCodeSchema } from "@/lib/validation/mfa";

/** Instellen bevestigen with the app's first code: answers the ten recovery codes, this once. */
export async function POST(request: NextRequest) {
  return withUser(
    request,
    async (user) => {
      const { code } = await readJson(request, AppCodeSchema, 1024);
      const outcome = await confirmEnrolment({ user, code, context: await requestContext() });
      if (!outcome.ok) return mfaFailureResponse(outcome, "code");
      const response = json({ recoveryCodes: outcome.recoveryCodes });
      await setSessionCookie(response, user, outcome.session);
      return response;
    },
    { duringMfaStep: true },
  );
}
