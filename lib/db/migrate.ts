// Applies the committed migrations (prisma/migrations/*/migration.sql) with Prisma's own
// `migrate deploy`, run by Prisma 6.19's WebAssembly schema engine so that it works offline
// (see prisma/wasm-migrate.config.ts). Prisma takes an advisory lock, so several app
// instances starting at once apply each migration exactly once.
import { spawn } from "node:child_process";
import path from "node:path";
import { grantAppRole } from "./grants";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export function runPrismaMigrate(args: string[], databaseUrl: string): Promise<string> {
  const cli = path.join(projectRoot, "node_modules/prisma-wasm-migrate/build/index.js");
  const config = path.join(projectRoot, "prisma/wasm-migrate.config.ts");
  return new Promise((resolve, reject) => {
    const preload = path.join(projectRoot, "prisma/unref-long-timers.cjs");
    const child = spawn(process.execPath, ["--require", preload, cli, "migrate", ...args, "--config", config], {
      cwd: projectRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        // Both engines are replaced by WebAssembly/driver adapters; never download them.
        PRISMA_QUERY_ENGINE_LIBRARY: "/bin/true",
        PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`prisma migrate ${args[0]} failed (${code}):\n${output}`))));
  });
}

export interface MigrateOptions {
  /** The app's own role (a login other than the owner's): its rights are (re)applied after the migrations. */
  appRole?: string;
  log?: (message: string) => void;
}

/** Applies pending migrations as the owner (`ownerUrl`), then the app role's rights (./grants.ts). */
export async function migrateDatabase(ownerUrl: string, options: MigrateOptions = {}): Promise<void> {
  await runPrismaMigrate(["deploy"], ownerUrl);
  if (options.appRole) await grantAppRole(ownerUrl, options.appRole, options.log);
}
