import { NextResponse, type NextRequest } from "next/server";
import { fieldIssues, InvalidInputError } from "@/lib/domain/errors";
import { idParam, readJson, withUser } from "@/lib/http/api";
import { requestContext } from "@/lib/http/request-context";
import { initialNota } from "@/lib/services/route/initial-nota";
import { offerNota } from "@/lib/services/route/offer-nota";
import { recordDecision } from "@/lib/services/route/decide-nota";
import { returnNota } from "@/lib/services/route/return-nota";
import { withdrawNota } from "@/lib/services/route/withdraw-nota";
import { RouteStepRequestSchema } from "@/lib/validation/route-step";

/** One step of the route: aanbieden, paraferen, terugsturen, intrekken, besluiten. */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/stap">) {
  return withUser(request, async (user) => {
    const notaId = idParam((await params).id);
    const parsed = RouteStepRequestSchema.safeParse(await readJson(request));
    if (!parsed.success) throw new InvalidInputError("Controleer de gemarkeerde velden.", fieldIssues(parsed.error.issues));
    const body = parsed.data;
    const context = await requestContext();
    const base =
      body.action === "besluiten"
        ? null
        : {
            user,
            notaId,
            expectedStatus: body.expectedStatus,
            expectedVersion: body.expectedVersion,
            expectedRound: body.expectedRound,
            expectedParaafIndex: body.expectedParaafIndex,
            context,
          };
    switch (body.action) {
      case "aanbieden":
        return NextResponse.json(await offerNota(base!));
      case "paraferen":
        return NextResponse.json(await initialNota(base!));
      case "terugsturen":
        return NextResponse.json(await returnNota({ ...base!, reason: body.reason, officeId: body.officeId ?? null }));
      case "intrekken":
        return NextResponse.json(await withdrawNota({ ...base!, reason: body.reason }));
      case "besluiten":
        return NextResponse.json(await recordDecision({ user, notaId, input: body.decision, context }));
    }
  });
}
