import { NextResponse, type NextRequest } from "next/server";
import { withUser } from "@/lib/http/api";

/** Who is signed in: name and the offices they act for (also the benchmark's trivial route). */
export async function GET(request: NextRequest) {
  return withUser(request, async (user) =>
    NextResponse.json(
      { name: user.name, email: user.email, memberships: user.memberships.map((m) => ({ office: m.officeCode, role: m.role })) },
      { headers: { "Cache-Control": "private, no-store" } },
    ),
  );
}
