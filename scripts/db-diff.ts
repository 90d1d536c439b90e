// Creates a new migration from the change to prisma/schema.prisma:
//   npm run db:diff -- <name> [--from <old schema file>]
// The old schema defaults to the committed one (git HEAD), or empty for the first migration.
// Prisma's schema engine needs a reachable PostgreSQL even for a file-to-file diff, so a
// throwaway embedded cluster is started unless DATABASE_URL is set.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { runPrismaMigrate } from "../lib/db/migrate";

const [name, ...rest] = process.argv.slice(2);
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Gebruik: npm run db:diff -- <naam_in_snake_case> [--from <schema>]");
  process.exit(2);
}
const fromIndex = rest.indexOf("--from");
const work = mkdtempSync(path.join(tmpdir(), "notaroute-diff-"));

function withUrl(schema: string): string {
  return schema.replace(/provider\s*=\s*"postgresql"/, 'provider = "postgresql"\n  url      = env("DATABASE_URL")');
}

function previousSchema(): string | null {
  if (fromIndex >= 0) return readFileSync(rest[fromIndex + 1], "utf8");
  try {
    return execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return null;
  }
}

const newSchema = path.join(work, "new.prisma");
writeFileSync(newSchema, withUrl(readFileSync("prisma/schema.prisma", "utf8")));
const old = previousSchema();
const fromArgs = old === null ? ["--from-empty"] : ["--from-schema-datamodel", path.join(work, "old.prisma")];
if (old !== null) writeFileSync(path.join(work, "old.prisma"), withUrl(old));

const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dir: path.join(work, "pg"), persistent: false });
try {
  const sql = await runPrismaMigrate(["diff", ...fromArgs, "--to-schema-datamodel", newSchema, "--script"], process.env.DATABASE_URL ?? embedded!.url);
  const script = sql.replace(/^Loaded Prisma config.*\n/m, "").trim();
  if (!script || script === "-- This is an empty migration.") {
    console.log("Geen verschil: geen migratie aangemaakt.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma/migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), script + "\n");
    console.log(`Migratie geschreven: ${dir}/migration.sql`);
  }
} finally {
  await embedded?.stop();
  rmSync(work, { recursive: true, force: true });
}
