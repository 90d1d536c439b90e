// The one-time link to set a password: an invitation for a new person, or a reset that beheer
// hands out. Valid for 24 hours and once; a newer link replaces every older one. The link carries
// a random token; only its SHA-256 is stored (lib/auth/account-tokens.ts).

export const ACCOUNT_LINK_HOURS = 24;

export type AccountLinkKind = "INVITATION" | "PASSWORD_RESET";

/** 32 random bytes in base64url: 43 characters. Anything else names no link, without asking the database. */
export const ACCOUNT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type AccountLinkState = "valid" | "unknown" | "expired" | "used" | "revoked";

export interface StoredAccountLink {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  userActive: boolean;
}

/** What a stored link (or none) is worth now. A used link says so even after it expired: that is what happened to it. */
export function accountLinkState(link: StoredAccountLink | null, now: Date): AccountLinkState {
  if (!link) return "unknown";
  if (link.usedAt) return "used";
  if (link.revokedAt || !link.userActive) return "revoked";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

export function accountLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + ACCOUNT_LINK_HOURS * 3_600_000);
}

/** Why a link does not work, and what to do: in Dutch, for the person who opened it. */
export const ACCOUNT_LINK_REFUSALS: Record<Exclude<AccountLinkState, "valid">, string> = {
  unknown: "Deze link is ongeldig. Controleer of u de hele link hebt overgenomen, of vraag beheer om een nieuwe link.",
  expired: `Deze link is verlopen: een link is ${ACCOUNT_LINK_HOURS} uur geldig. Vraag beheer om een nieuwe link.`,
  used: "Deze link is al gebruikt. Hebt u uw wachtwoord ingesteld, log dan in; anders vraagt u beheer om een nieuwe link.",
  revoked: "Deze link geldt niet meer: er is een nieuwere link gemaakt, of uw account is gedeactiveerd. Vraag beheer om een nieuwe link.",
};

/** The page a link opens (app/(auth)/wachtwoord-instellen/[token]). */
export function accountLinkPath(token: string): string {
  return `/wachtwoord-instellen/${token}`;
}

export const ACCOUNT_LINK_LABELS: Record<AccountLinkKind, string> = {
  INVITATION: "Uitnodiging",
  PASSWORD_RESET: "Wachtwoord herstellen",
};
