import type { NextRequest } from "next/server";
import { sessionStatus } from "@/lib/auth/session-status";
import { json, withUser } from "@/lib/http/route-handler";

/**
 * How long the session has left. The browser asks with the background header, so asking does
 * not itself keep the session alive; a 401 means it has ended.
 */
export async function GET(request: NextRequest) {
  return withUser(request, async (user) => json(sessionStatus(user)));
}
