import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { InvalidInputError } from "@/lib/domain/errors";
import { idParam, readJson, withUser } from "@/lib/http/api";
import { requestContext } from "@/lib/http/request-context";
import { recordNamedVersion } from "@/lib/services/nota/record-named-version";

const Schema = z.object({ expectedVersion: z.number().int().min(1), label: z.string().max(200, { message: "Gebruik hoogstens 200 tekens." }) });

/** "Versie vastleggen". */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/versies">) {
  return withUser(request, async (user) => {
    const body = Schema.safeParse(await readJson(request));
    if (!body.success) throw new InvalidInputError(body.error.issues[0]?.message ?? "Ongeldig verzoek.");
    const result = await recordNamedVersion({ user, notaId: idParam((await params).id), ...body.data, context: await requestContext() });
    return NextResponse.json(result, { status: result.created ? 201 : 200 });
  });
}
