// `npm run dev` and `npm start`. Without DATABASE_URL: start the embedded PostgreSQL (data in
// .data/), apply migrations, seed the demo data into an empty database, then run Next.js.
// With DATABASE_URL: use that server (production), apply migrations, seed nothing unless
// SEED_DEMO=true. Migrations and the seed run as the owner; Next.js gets the app's own role,
// which owns no table and may only append to the audit log (lib/db/grants.ts).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded-postgres";
import { createPrismaClient } from "../lib/db/create-client";
import { productionStartProblems } from "../lib/config/production-start";
import { databaseLogins } from "../lib/config/database-logins";
import { auditAnchorSettings } from "../lib/config/audit-anchor";
import { appRoleProblems } from "../lib/db/app-role-check";
import { migrateDatabase } from "../lib/db/migrate";
import { roleOf } from "../lib/db/roles";
import { seedDemoData } from "../prisma/seed/seed-demo";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Gebruik: tsx scripts/serve.ts dev|start");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "..");
// The same .env files Next.js reads, read here first so that both agree on DATABASE_URL.
nextEnv.loadEnvConfig(root, mode === "dev");
const dataDir = path.join(root, ".data");
const port = process.env.PORT ?? "3000";
const log = (message: string) => console.log(`[notaroute] ${message}`);
const started = Date.now();

if (mode === "start" && !existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("Er is nog geen productiebuild: voer eerst `npm run build` uit.");
  process.exit(1);
}

let embedded: EmbeddedDatabase | null = null;
const configured = databaseLogins(process.env);
// Production (a database of its own): a real secret and an https address, before anything runs.
if (configured.logins) {
  configured.problems.push(...productionStartProblems({ NEXTAUTH_URL: process.env.NEXTAUTH_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET }));
}
const anchors = (() => {
  try {
    return auditAnchorSettings(process.env, root);
  } catch (error) {
    configured.problems.push((error as Error).message);
    return null;
  }
})();
for (const problem of configured.problems) console.error(problem);
if (configured.problems.length > 0 || !anchors) process.exit(1);
for (const warning of configured.warnings) console.warn(`[notaroute] ${warning}`);

let logins = configured.logins;
if (!logins) {
  embedded = await startEmbeddedPostgres({ dir: dataDir, log });
  logins = { appUrl: embedded.appUrl, ownerUrl: embedded.url, separate: true };
}

await migrateDatabase(logins.ownerUrl, { appRole: logins.separate ? roleOf(logins.appUrl) : undefined, log });
log("migraties toegepast");
if (logins.separate) {
  // Rights handed out by hand, or a role joined to the owner, would undo the protection quietly.
  const problems = await appRoleProblems(logins.appUrl);
  if (problems.length > 0) {
    console.error(`De app-rol is niet afgeschermd: ${problems.join("; ")}. Notaroute start niet (zie README, 'Database roles').`);
    await embedded?.stop();
    process.exit(1);
  }
  log(`de app werkt als ${roleOf(logins.appUrl)}: auditlog alleen aanvullen en lezen`);
}

if (embedded || process.env.SEED_DEMO === "true") {
  const db = createPrismaClient(logins.ownerUrl);
  try {
    // The demo accounts' MFA secrets are sealed under the secret the server runs with.
    const authSecret = process.env.NEXTAUTH_SECRET ?? demoAuthSecret();
    log((await seedDemoData(db, { authSecret })) ? "demodata geladen (voorbeeldnota BZ2410641)" : "database bevat al gegevens");
  } finally {
    await db.$disconnect();
  }
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: logins.appUrl,
  AUDIT_ANCHOR_FILE: anchors.file,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (embedded ? demoAuthSecret() : undefined),
  NEXT_TELEMETRY_DISABLED: "1",
  // The demo accepts changes from every address it answers on (localhost, 127.0.0.1, the
  // network address); production only from NEXTAUTH_URL and NOTAROUTE_EXTRA_ORIGINS.
  NOTAROUTE_DEMO: process.env.NOTAROUTE_DEMO ?? (embedded ? "true" : "false"),
};

// The owner's password never reaches the app's process (empty rather than absent: Next.js would
// otherwise fill it in again from .env).
env.DATABASE_MIGRATION_URL = "";

log(`klaar in ${((Date.now() - started) / 1000).toFixed(1)} s; Next.js start op http://localhost:${port}`);
// Started with node directly (not npx), so that stopping this process stops next-server too.
const next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), mode, "-p", port], {
  cwd: root,
  env,
  stdio: "inherit",
});

let stopping = false;
async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (next.exitCode === null) {
    next.kill("SIGTERM");
    await new Promise((resolve) => next.once("exit", resolve));
  }
  await embedded?.stop();
  process.exit(exitCode);
}
process.on("SIGINT", () => void stop(130));
process.on("SIGTERM", () => void stop(143));
next.on("exit", (code) => void stop(code ?? 1));

/** A persistent secret for the demo, so that logins survive a restart. */
function demoAuthSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
