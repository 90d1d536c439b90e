// The counts in the navigation: one indexed query, on every page. Reading writes nothing:
// reminders come from the scheduled job (lib/services/reminders).
import "server-only";
import { db } from "@/lib/db/client";
import { countInbox } from "@/lib/data/inbox-queries";
import type { CurrentUser } from "@/lib/domain/permissions";

export function inboxCounts(user: CurrentUser) {
  return countInbox(db, user);
}
