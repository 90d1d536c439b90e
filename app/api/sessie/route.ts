import type { NextRequest } from "next/server";
import { json, withUser } from "@/lib/http/route-handler";

/** Who is signed in: name and the offices they act for (also the load benchmark's trivial route). */
export async function GET(request: NextRequest) {
  return withUser(request, async (user) =>
    json({ name: user.name, email: user.email, memberships: user.memberships.map((m) => ({ office: m.officeCode, role: m.role })) }),
  );
}
