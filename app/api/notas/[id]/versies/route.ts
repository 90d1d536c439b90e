import type { NextRequest } from "next/server";
import { idParam, json, readJson, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { recordNamedVersion } from "@/lib/services/nota/record-named-version";
import { VersionLabelRequestSchema } from "@/lib/validation/nota-edit";

/** "Versie vastleggen". */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/versies">) {
  return withUser(request, async (user) => {
    const body = await readJson(request, VersionLabelRequestSchema);
    const result = await recordNamedVersion({ user, notaId: idParam((await params).id), ...body, context: await requestContext() });
    return json(result, { status: result.created ? 201 : 200 });
  });
}
