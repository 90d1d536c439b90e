// Drift check: a database built from the committed migrations must have exactly the tables,
// columns, indexes, enums and foreign keys that prisma/schema.prisma describes. Catches a
// schema change committed without its migration (run `npm run db:diff -- <name>`).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { runPrismaMigrate } from "./migrate";

const CATALOG = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  enums: `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`,
  constraints: `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
                ORDER BY 1, 2`,
};

async function catalog(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(CATALOG)) result[name] = (await client.query(sql)).rows;
    return result;
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

describe("migrations", () => {
  it("build the database that prisma/schema.prisma describes", async () => {
    // The owner: it makes databases, and sees every table whatever the app's role may read.
    const migratedUrl = process.env.DATABASE_MIGRATION_URL ?? process.env.DATABASE_URL!;
    const work = mkdtempSync(path.join(tmpdir(), "notaroute-drift-"));
    const schemaCopy = path.join(work, "schema.prisma");
    writeFileSync(
      schemaCopy,
      readFileSync("prisma/schema.prisma", "utf8").replace(/provider\s*=\s*"postgresql"/, 'provider = "postgresql"\n  url = env("DATABASE_URL")'),
    );
    const output = await runPrismaMigrate(["diff", "--from-empty", "--to-schema-datamodel", schemaCopy, "--script"], migratedUrl);
    const script = output.replace(/^Loaded Prisma config.*$/m, "");

    const name = `drift_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: withDatabase(migratedUrl, "postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const fromSchema = new Client({ connectionString: withDatabase(migratedUrl, name) });
      await fromSchema.connect();
      await fromSchema.query(script);
      await fromSchema.end();
      expect(await catalog(migratedUrl)).toEqual(await catalog(withDatabase(migratedUrl, name)));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
