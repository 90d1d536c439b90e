// A throwaway embedded PostgreSQL with the demo data and the production build serving it, for
// benchmarks. The server inherits this process's CPU affinity (run under `taskset -c 0` to
// pin both to one core).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { createTestDatabase } from "../../lib/testing/test-database";
import { seedDemoData } from "../../prisma/seed/seed-demo";

const root = path.resolve(import.meta.dirname, "../..");

export interface BenchServer {
  /** The first instance's address. */
  base: string;
  /** Every instance's address (BENCH_INSTANCES, default 1), all on the one database. */
  bases: string[];
  db: Db;
  databaseUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startInstance(databaseUrl: string, secret: string, env: Record<string, string>): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const server = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/serve.ts", "start"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NEXTAUTH_URL: base, NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${base}/login`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (attempt > 240 || server.exitCode !== null) throw new Error("De server startte niet.");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { base, server };
}

export async function startBenchServer(options: { env?: Record<string, string>; instances?: number } = {}): Promise<BenchServer> {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("Geen productiebuild gevonden: voer eerst `npm run build` uit.");
  const database = await createTestDatabase("bench");
  // The owner seeds (and may VACUUM); the instances run as the app's role, as in production.
  const db = createPrismaClient(database.ownerUrl);
  // The same secret on every instance, as production requires; the demo accounts' MFA secrets are sealed under it.
  const secret = randomBytes(32).toString("base64url");
  await seedDemoData(db, { authSecret: secret });
  // Anchors of throwaway databases stay out of the demo's .data/.
  const env = { DATABASE_MIGRATION_URL: database.ownerUrl, AUDIT_ANCHOR_FILE: path.join(tmpdir(), "notaroute-bench-anchors.jsonl"), ...options.env };
  const instances = await Promise.all(Array.from({ length: options.instances ?? 1 }, () => startInstance(database.url, secret, env)));
  return {
    base: instances[0].base,
    bases: instances.map((instance) => instance.base),
    db,
    databaseUrl: database.url,
    stop: async () => {
      for (const { server } of instances) {
        if (server.exitCode === null) {
          server.kill("SIGTERM");
          await new Promise((resolve) => server.once("exit", resolve));
        }
      }
      await db.$disconnect();
      await database.dispose();
    },
  };
}
