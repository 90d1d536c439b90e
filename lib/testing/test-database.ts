// A throwaway real PostgreSQL for tests: the embedded server in a temporary directory, or the
// server in DATABASE_MIGRATION_URL / DATABASE_URL when one is given (then a fresh database is
// created on it). As in production, the app's code gets a login of its own that owns no table
// (lib/db/grants.ts): every test that uses `url` proves the app works under it.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";
import { APP_ROLE, ensureLoginRole, urlForRole } from "@/lib/db/roles";

export interface TestDatabase {
  /** The app's role: reads and writes, appends to the audit log, owns nothing. */
  url: string;
  /** The owner: migrations, the demo seed, and tests that play an attacker with full rights. */
  ownerUrl: string;
  dispose(): Promise<void>;
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  // Inside an integration test run, DATABASE_URL is the app's role on the run's own server; a
  // database of a test's own is made there by its owner.
  const external = process.env.DATABASE_MIGRATION_URL ?? process.env.DATABASE_URL;
  if (external) {
    assertLocal(external);
    const name = `notaroute_${label}_${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
    // Roles are shared by the whole server: one per database, so parallel runs never share a password.
    const appRole = `${name}_app`;
    const appPassword = randomBytes(18).toString("base64url");
    const admin = new Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const ownerUrl = withDatabase(external, name);
    await ensureLoginRole(ownerUrl, appRole, appPassword);
    await migrateDatabase(ownerUrl, { appRole });
    return {
      url: urlForRole(ownerUrl, appRole, appPassword),
      ownerUrl,
      dispose: async () => {
        const client = new Client({ connectionString: external });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        // Its job queue went with the database; the role owns nothing else.
        await client.query(`DROP ROLE IF EXISTS "${appRole}"`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), `notaroute-${label}-`));
  const server = await startEmbeddedPostgres({ dir, persistent: false });
  await migrateDatabase(server.url, { appRole: APP_ROLE });
  return {
    url: server.appUrl,
    ownerUrl: server.url,
    dispose: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Tests write and never clean up; they must never run against a shared or production server. */
function assertLocal(databaseUrl: string): void {
  const host = new URL(databaseUrl).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) && process.env.ALLOW_REMOTE_TEST_DATABASE !== "true") {
    throw new Error(`Tests weigeren te draaien tegen ${host}: alleen een lokale PostgreSQL (of ALLOW_REMOTE_TEST_DATABASE=true).`);
  }
}
