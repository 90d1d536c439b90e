import type { NextRequest } from "next/server";
import { idParam, json, readJson, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { markNotaSent } from "@/lib/services/councils/mark-nota-sent";
import { scheduleNota } from "@/lib/services/councils/schedule-nota";
import { decideNota } from "@/lib/services/route/decide-nota";
import { initialNota } from "@/lib/services/route/initial-nota";
import { offerNota } from "@/lib/services/route/offer-nota";
import { returnNota } from "@/lib/services/route/return-nota";
import { withdrawNota } from "@/lib/services/route/withdraw-nota";
import { RouteStepRequestSchema } from "@/lib/validation/route-step";

/** One step of the route: aanbieden, paraferen, terugsturen, intrekken, besluiten, agenderen, verzonden (docs/glossary.md). */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/stap">) {
  return withUser(request, async (user) => {
    const notaId = idParam((await params).id);
    const body = await readJson(request, RouteStepRequestSchema);
    const context = await requestContext();
    if (body.action === "besluiten") return json(await decideNota({ user, notaId, input: body.decision, context }));
    const { expectedStatus, expectedVersion, expectedRound, expectedParaafIndex } = body;
    const step = { user, notaId, expectedStatus, expectedVersion, expectedRound, expectedParaafIndex, context };
    switch (body.action) {
      case "aanbieden":
        return json(await offerNota(step));
      case "paraferen":
        return json(await initialNota(step));
      case "terugsturen":
        return json(await returnNota({ ...step, reason: body.reason, officeId: body.officeId ?? null }));
      case "intrekken":
        return json(await withdrawNota({ ...step, reason: body.reason }));
      case "agenderen-onderraad":
      case "agenderen-ministerraad":
        return json(
          await scheduleNota({
            ...step,
            meetingId: body.meetingId,
            kind: body.kind,
            council: body.action === "agenderen-onderraad" ? "ONDERRAAD" : "MINISTERRAAD",
          }),
        );
      case "verzonden":
        return json(
          await markNotaSent({
            ...step,
            outcome: body.outcome,
            outcomeNote: body.outcomeNote || null,
            sentOn: body.sentOn,
            toezeggingenVoldaan: body.toezeggingenVoldaan,
          }),
        );
    }
  });
}
