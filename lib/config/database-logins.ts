// Which login does what on a database of Notaroute's own (production): the owner
// (DATABASE_MIGRATION_URL) applies migrations and sets the app's rights; the app (DATABASE_URL)
// serves requests as a role that owns no table and cannot change the audit log. DATABASE_URL
// alone still works, as before, but then the app is the owner, and every start says so.
export interface DatabaseLogins {
  /** What Next.js connects with. */
  appUrl: string;
  /** What migrations run as. */
  ownerUrl: string;
  /** Two different roles: the app's rights are set and checked at start. */
  separate: boolean;
}

export interface DatabaseLoginsResult {
  /** null: no database configured, the embedded default makes its own two roles. */
  logins: DatabaseLogins | null;
  problems: string[];
  warnings: string[];
}

export function databaseLogins(env: Readonly<Record<string, string | undefined>>): DatabaseLoginsResult {
  const appUrl = env.DATABASE_URL || undefined;
  const ownerUrl = env.DATABASE_MIGRATION_URL || undefined;
  if (!appUrl) {
    return ownerUrl
      ? { logins: null, problems: ["DATABASE_MIGRATION_URL is gezet zonder DATABASE_URL: zet ook DATABASE_URL, de rol waarmee de app werkt."], warnings: [] }
      : { logins: null, problems: [], warnings: [] };
  }
  if (!ownerUrl) {
    return {
      logins: { appUrl, ownerUrl: appUrl, separate: false },
      problems: [],
      warnings: [
        "Let op: alleen DATABASE_URL is gezet. Notaroute werkt dan als eigenaar van de tabellen en kan het auditlog zelf " +
          "wijzigen, legen of de beveiliging ervan uitzetten. Zet DATABASE_MIGRATION_URL (eigenaar, voor migraties) en laat " +
          "DATABASE_URL een rol zonder eigendom gebruiken (zie README, 'Database roles').",
      ],
    };
  }
  const appRole = roleOf(appUrl);
  const ownerRole = roleOf(ownerUrl);
  if (appRole === null || ownerRole === null) {
    return { logins: null, problems: ["DATABASE_URL en DATABASE_MIGRATION_URL moeten postgresql://-adressen met een gebruikersnaam zijn."], warnings: [] };
  }
  if (appRole === ownerRole) {
    return {
      logins: { appUrl, ownerUrl, separate: false },
      problems: [],
      warnings: [
        `Let op: DATABASE_URL en DATABASE_MIGRATION_URL gebruiken dezelfde rol (${appRole}). De app werkt dan als eigenaar ` +
          "en kan het auditlog zelf wijzigen. Geef DATABASE_URL een eigen rol zonder eigendom (zie README, 'Database roles').",
      ],
    };
  }
  return { logins: { appUrl, ownerUrl, separate: true }, problems: [], warnings: [] };
}

function roleOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (!/^postgres(ql)?:$/.test(parsed.protocol) || !parsed.username) return null;
    return decodeURIComponent(parsed.username);
  } catch {
    return null;
  }
}
