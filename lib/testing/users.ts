// CurrentUser values for service tests, from users made by the factories.
import type { createUser } from "./factories";
import type { CurrentUser } from "@/lib/domain/permissions";

export function asCurrentUser(user: Awaited<ReturnType<typeof createUser>>): CurrentUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    memberships: user.memberships.map((m) => ({ officeId: m.officeId, officeCode: m.office.code, officeName: m.office.name, role: m.role })),
  };
}

export const TEST_CONTEXT = { ip: "192.0.2.20", userAgent: "vitest" };
