// The app's own database login: a role that reads and writes the app's tables but owns none, so
// that whoever holds its password (the app, or someone who broke into it) cannot alter, drop or
// switch off the triggers of the audit log (see ./grants.ts). Roles belong to the whole
// PostgreSQL cluster, not to one database, so they are made at start-up, never in a migration.
import { Client } from "pg";

/** The app's login role on the embedded default database. */
export const APP_ROLE = "notaroute_app";

/**
 * Creates the login role, or gives an existing one this password again (so that a lost password
 * file is simply replaced). It gets no other attribute: a new role is no superuser and may create
 * neither databases nor roles, and ./app-role-check.ts refuses one that was given more later.
 */
export async function ensureLoginRole(ownerUrl: string, role: string, password: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const statement = (verb: "CREATE" | "ALTER") => `${verb} ROLE ${client.escapeIdentifier(role)} LOGIN PASSWORD ${client.escapeLiteral(password)}`;
    const existing = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    if (existing.rowCount === 0) {
      try {
        await client.query(statement("CREATE"));
        return;
      } catch (error) {
        // Another start-up created it a moment ago: then set the password like any later start.
        if ((error as { code?: string }).code !== "42710") throw error;
      }
    }
    await client.query(statement("ALTER"));
  } finally {
    await client.end();
  }
}

/** The same server and database as `url`, logged in as another role. */
export function urlForRole(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** The role a connection URL logs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
