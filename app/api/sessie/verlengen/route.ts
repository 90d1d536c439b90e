import type { NextRequest } from "next/server";
import { sessionStatus } from "@/lib/auth/session-status";
import { json, withUser } from "@/lib/http/route-handler";

/**
 * The person chose to stay: like every request of their own (without the background header),
 * this one moves the idle end (lib/data/session-user.ts). The absolute end does not move.
 */
export async function POST(request: NextRequest) {
  return withUser(request, async (user) => json(sessionStatus(user)));
}
