// Configuration for running Prisma's own migrate commands offline: Prisma 7's migrate needs
// a native schema engine that cannot be downloaded on every machine, so we run Prisma 6.19's
// WebAssembly schema engine (installed as the npm alias "prisma-wasm-migrate") through the pg
// driver adapter. Used by lib/db/migrate.ts and `npm run db:diff`; see README "Migraties".
//
// A plain object on purpose: importing defineConfig would pick up Prisma 7's, which rejects
// these keys. Prisma 6 also needs `url = env("DATABASE_URL")` in the datasource block, which
// Prisma 7 rejects, so we hand it a temporary copy of the schema with that line added.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";

const schemaPath = path.join(import.meta.dirname, "schema.prisma");
const schemaCopy = path.join(mkdtempSync(path.join(tmpdir(), "notaroute-schema-")), "schema.prisma");
writeFileSync(schemaCopy, readFileSync(schemaPath, "utf8").replace(/provider\s*=\s*"postgresql"/, 'provider = "postgresql"\n  url      = env("DATABASE_URL")'));

/**
 * The pg adapter runs a migration script by splitting it on every ";", which breaks function
 * bodies (our audit trigger) and string literals. PostgreSQL runs a multi-statement script
 * itself, in one implicit transaction, so we hand it the script whole.
 */
class WholeScriptPg extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    const queryable = adapter as unknown as { onError(error: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await (adapter.underlyingDriver() as Pool).query(script);
      } catch (error) {
        queryable.onError(error);
      }
    };
    return adapter;
  }
}

const config = {
  experimental: { adapter: true },
  engine: "js",
  schema: schemaCopy,
  migrations: { path: path.join(import.meta.dirname, "migrations") },
  // A short idle timeout: otherwise every command waits 10 s for pg's idle pool to close.
  adapter: async () => new WholeScriptPg({ connectionString: process.env.DATABASE_URL, idleTimeoutMillis: 50 }),
};

export default config;
