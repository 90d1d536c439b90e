import { NextResponse, type NextRequest } from "next/server";
import { idParam, withUser } from "@/lib/http/api";
import { leavePresence, touchPresence } from "@/lib/services/nota/presence";

/** Heartbeat of an open editor; answers who else has the nota open. */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/aanwezig">) {
  return withUser(request, async (user) => NextResponse.json({ others: await touchPresence(user, idParam((await params).id)) }));
}

export async function DELETE(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/aanwezig">) {
  return withUser(request, async (user) => {
    await leavePresence(user, idParam((await params).id));
    return new NextResponse(null, { status: 204 });
  });
}
