import { NextResponse, type NextRequest } from "next/server";
import { InvalidInputError } from "@/lib/domain/errors";
import { idParam, withUser } from "@/lib/http/api";
import { requestContext } from "@/lib/http/request-context";
import { removeAttachment } from "@/lib/services/nota/attachments";

export async function DELETE(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/bijlagen/[attachmentId]">) {
  return withUser(request, async (user) => {
    const baseVersion = Number(request.nextUrl.searchParams.get("baseVersion"));
    if (!Number.isInteger(baseVersion)) throw new InvalidInputError("Het verzoek mist de versie.");
    const { id, attachmentId } = await params;
    return NextResponse.json(await removeAttachment({ user, notaId: idParam(id), attachmentId: idParam(attachmentId), baseVersion, context: await requestContext() }));
  });
}
