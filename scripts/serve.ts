// `npm run dev` and `npm start`. Without DATABASE_URL: start the embedded PostgreSQL (data in
// .data/), apply migrations, seed the demo data into an empty database, then run Next.js.
// With DATABASE_URL: use that server (production), apply migrations, seed nothing unless
// SEED_DEMO=true.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded-postgres";
import { createPrismaClient } from "../lib/db/create-client";
import { productionStartProblems } from "../lib/config/production-start";
import { migrateDatabase } from "../lib/db/migrate";
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
let databaseUrl = process.env.DATABASE_URL;
// Production (a database of its own): a real secret and an https address, before anything runs.
if (databaseUrl) {
  const problems = productionStartProblems({ NEXTAUTH_URL: process.env.NEXTAUTH_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET });
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
}
if (!databaseUrl) {
  embedded = await startEmbeddedPostgres({ dir: dataDir, log });
  databaseUrl = embedded.url;
}

await migrateDatabase(databaseUrl);
log("migraties toegepast");

if (embedded || process.env.SEED_DEMO === "true") {
  const db = createPrismaClient(databaseUrl);
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
  DATABASE_URL: databaseUrl,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (embedded ? demoAuthSecret() : undefined),
  NEXT_TELEMETRY_DISABLED: "1",
  // The demo accepts changes from every address it answers on (localhost, 127.0.0.1, the
  // network address); production only from NEXTAUTH_URL and NOTAROUTE_EXTRA_ORIGINS.
  NOTAROUTE_DEMO: process.env.NOTAROUTE_DEMO ?? (embedded ? "true" : "false"),
};

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
