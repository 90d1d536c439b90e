import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";

export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}

/** Who is asking, for the audit log. */
export async function requestContext(): Promise<RequestContext> {
  const requestHeaders = await headers();
  return { ip: clientIp(requestHeaders), userAgent: requestHeaders.get("user-agent") };
}
