// `npm run test:e2e`: a throwaway database with the demo data (embedded, or a fresh database on
// the local server in DATABASE_URL), then Playwright against the production build. The server
// starts as in production with two logins: migrations as the owner, the app as its own role
// that may only append to the audit log, so every e2e test proves the app works under it.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../lib/db/create-client";
import { createTestDatabase } from "../lib/testing/test-database";
import { seedDemoData } from "../prisma/seed/seed-demo";

const root = path.resolve(import.meta.dirname, "..");
if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("Geen productiebuild gevonden: voer eerst `npm run build` uit.");
  process.exit(1);
}

const database = await createTestDatabase("e2e");
// The server's secret, also the key the demo accounts' MFA secrets are sealed under.
const authSecret = randomBytes(32).toString("base64url");
// The server's audit anchors go beside the throwaway database, never into the demo's .data/.
const anchorDir = mkdtempSync(path.join(tmpdir(), "notaroute-e2e-anchors-"));
let exitCode = 1;
try {
  const db = createPrismaClient(database.ownerUrl);
  await seedDemoData(db, { authSecret });
  await db.$disconnect();

  const port = await freePort();
  exitCode = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATABASE_MIGRATION_URL: database.ownerUrl,
        AUDIT_ANCHOR_FILE: path.join(anchorDir, "audit-anchors.jsonl"),
        NEXTAUTH_SECRET: authSecret,
        NEXTAUTH_URL: `http://localhost:${port}`,
        E2E_PORT: String(port),
        // The demo data, served as the demo serves it: every address of the server is its own origin.
        NOTAROUTE_DEMO: "true",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
} finally {
  await database.dispose();
  rmSync(anchorDir, { recursive: true, force: true });
}
process.exit(exitCode);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
