// A throwaway real PostgreSQL for tests: the embedded server in a temporary directory, or the
// server in DATABASE_URL when one is given (then a fresh database is created on it).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";

export interface TestDatabase {
  url: string;
  dispose(): Promise<void>;
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    assertLocal(external);
    const name = `notaroute_${label}_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(external);
    url.pathname = `/${name}`;
    await migrateDatabase(url.toString());
    return {
      url: url.toString(),
      dispose: async () => {
        const client = new Client({ connectionString: external });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), `notaroute-${label}-`));
  const server = await startEmbeddedPostgres({ dir, persistent: false });
  await migrateDatabase(server.url);
  return {
    url: server.url,
    dispose: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Tests write and never clean up; they must never run against a shared or production server. */
function assertLocal(databaseUrl: string): void {
  const host = new URL(databaseUrl).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) && process.env.ALLOW_REMOTE_TEST_DATABASE !== "true") {
    throw new Error(`Tests weigeren te draaien tegen ${host}: alleen een lokale PostgreSQL (of ALLOW_REMOTE_TEST_DATABASE=true).`);
  }
}
