import type { NextRequest } from "next/server";
import { requestContext } from "@/lib/http/request-context";
import { idParam, json, withUser } from "@/lib/http/route-handler";
import { leavePresence } from "@/lib/services/nota/leave-presence";
import { touchPresence } from "@/lib/services/nota/touch-presence";

/** Heartbeat of an open editor; answers who else has the nota open. */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/aanwezig">) {
  return withUser(request, async (user) => json({ others: await touchPresence(user, idParam((await params).id), await requestContext()) }));
}

export async function DELETE(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/aanwezig">) {
  return withUser(request, async (user) => {
    await leavePresence(user, idParam((await params).id));
    return new Response(null, { status: 204 });
  });
}
