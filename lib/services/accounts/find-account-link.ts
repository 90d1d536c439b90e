// Looking up a one-time password link by the hash of the presented token. A token that does not
// have the form of one is not looked up at all.
import "server-only";
import { hashAccountToken } from "@/lib/auth/account-tokens";
import { db } from "@/lib/db/client";
import { ACCOUNT_TOKEN_PATTERN, accountLinkState, type AccountLinkKind, type AccountLinkState } from "@/lib/domain/accounts/account-link";

export async function findAccountLink(token: string, now = new Date()) {
  const row = ACCOUNT_TOKEN_PATTERN.test(token)
    ? await db.accountToken.findUnique({
        where: { tokenHash: hashAccountToken(token) },
        select: {
          id: true,
          kind: true,
          expiresAt: true,
          usedAt: true,
          revokedAt: true,
          user: { select: { id: true, name: true, email: true, active: true } },
        },
      })
    : null;
  const state = accountLinkState(row && { ...row, userActive: row.user.active }, now);
  return { row, state };
}

/** What the page of a link shows: the person's name and address when the link is good, otherwise only why not. */
export async function loadAccountLink(
  token: string,
): Promise<{ state: "valid"; kind: AccountLinkKind; name: string; email: string } | { state: Exclude<AccountLinkState, "valid"> }> {
  const { row, state } = await findAccountLink(token);
  if (state !== "valid") return { state };
  if (!row) return { state: "unknown" };
  return { state: "valid", kind: row.kind, name: row.user.name, email: row.user.email };
}
