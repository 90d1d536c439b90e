// `npm run bench:pages`: every page for every role, at scale. Builds a throwaway embedded
// PostgreSQL with the demo data plus BENCH_NOTAS generated notas (100,000 by default), serves
// the production build on it (run `npm run build` first), and per role and page:
//   - the page's median and p95 over HTTP (BENCH_REQUESTS sequential requests, after warming up);
//   - the SQL it needs: PostgreSQL's own execution and planning time per request
//     (pg_stat_statements), and the number of statements;
//   - the ratio p95 / SQL (the target is at most 3);
//   - rows written while the page was read (must be 0: reading writes nothing).
// Figures, not a timed test. Run it pinned (taskset -c 0) to see a slow machine.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { createPrismaClient } from "../../lib/db/create-client";
import { migrateDatabase } from "../../lib/db/migrate";
import { sendDeadlineReminders } from "../../lib/services/reminders/send-deadline-reminders";
import { seedLargeDataset } from "../../prisma/seed/large/seed-large";
import { seedDemoData } from "../../prisma/seed/seed-demo";
import { EXAMPLE_REFERENCE } from "../../prisma/seed/example-nota";
import { HttpSession } from "./http-session";
import { summarize } from "./stats";

const NOTAS = Number(process.env.BENCH_NOTAS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20);
const root = path.resolve(import.meta.dirname, "../..");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const dir = mkdtempSync(path.join(tmpdir(), "notaroute-bench-pages-"));
const pg = await startEmbeddedPostgres({
  dir,
  persistent: false,
  settings: ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "pg_stat_statements.track_planning=on"],
});
const stats = new Client({ connectionString: pg.url });
let server: ReturnType<typeof spawn> | null = null;
try {
  await migrateDatabase(pg.url);
  const db = createPrismaClient(pg.url);
  // The server's secret, also the key the demo accounts' MFA secrets are sealed under.
  const authSecret = randomBytes(32).toString("base64url");
  await seedDemoData(db, { authSecret });
  console.log(`Genereren van ${NOTAS.toLocaleString("nl-NL")} nota's…`);
  const generated = await seedLargeDataset(db, { count: NOTAS });
  console.log(`  klaar in ${generated.seconds.toFixed(0)} s`);
  // The scheduled job, once: the reminders a real database would have.
  await sendDeadlineReminders(db);
  await stats.connect();
  await stats.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");

  const port = await freePort();
  const base = `http://localhost:${port}`;
  server = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/serve.ts", "start"], {
    cwd: root,
    // No job queue: its queries would count as the pages' own.
    env: {
      ...process.env,
      DATABASE_URL: pg.url,
      PORT: String(port),
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: authSecret,
      NOTAROUTE_JOBS: "off",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/login`)).ok) break;
    } catch {
      /* starting */
    }
    if (i > 240) throw new Error("De server startte niet.");
    await new Promise((r) => setTimeout(r, 250));
  }

  const inFlight = await db.nota.findFirstOrThrow({
    where: { status: "TER_BESLISSING", recipients: { some: { office: { code: "MinAenM" } } } },
    orderBy: { date: "desc" },
    select: { reference: true },
  });
  const roles: Array<{ account: string; nota: string; edit: boolean }> = [
    { account: "opsteller", nota: EXAMPLE_REFERENCE, edit: true },
    { account: "paraaf.dgpz", nota: inFlight.reference, edit: false },
    { account: "kabinet.m", nota: inFlight.reference, edit: false },
    { account: "kabinet.minaenm", nota: inFlight.reference, edit: false },
    { account: "secretariaat", nota: EXAMPLE_REFERENCE, edit: false },
    { account: "beheer", nota: EXAMPLE_REFERENCE, edit: true },
  ];

  async function sqlSoFar() {
    const { rows } = await stats.query(
      `SELECT COALESCE(sum(total_exec_time + total_plan_time), 0)::float AS ms, COALESCE(sum(calls), 0)::int AS calls
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat%'`,
    );
    return rows[0] as { ms: number; calls: number };
  }
  async function writesSoFar() {
    const { rows } = await stats.query(`SELECT COALESCE(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint AS n FROM pg_stat_user_tables`);
    return Number(rows[0].n);
  }

  const lines: string[] = [];
  const header = `${"rol".padEnd(17)}${"pagina".padEnd(40)}${"mediaan".padStart(9)}${"p95".padStart(9)}${"SQL".padStart(9)}${"stmts".padStart(7)}${"p95/SQL".padStart(9)}${"writes".padStart(8)}`;
  console.log(`\nNotaroute pages at ${(NOTAS + 1).toLocaleString("nl-NL")} notas: ${REQUESTS} sequential requests per page after warming up\n`);
  console.log(header);
  let worst = 0;
  // Everyone signs in first: a login writes (session, attempt, audit event), and PostgreSQL
  // reports a connection's written rows up to ten seconds late when it goes idle.
  const sessions = await Promise.all(roles.map((role) => new HttpSession(base).login(`${role.account}@demo.notaroute.nl`)));
  await new Promise((r) => setTimeout(r, 11_000));
  for (const [index, role] of roles.entries()) {
    const session = sessions[index];
    const first = await (await session.fetch("/notas?sorteer=kamer&richting=op")).text();
    const cursor = first.match(/na=([A-Za-z0-9_%-]+)"/)?.[1];
    const pages = [
      "/notas",
      "/notas?sorteer=titel&richting=af",
      ...(cursor ? [`/notas?sorteer=kamer&richting=op&na=${cursor}`] : []),
      "/postvak",
      `/notas/${role.nota}`,
      `/notas/${role.nota}/versies`,
      ...(role.edit ? [`/notas/${role.nota}/bewerken`] : []),
      "/notas/nieuw",
      "/vervanging",
    ];
    for (const page of pages) {
      for (let i = 0; i < 3; i++) await (await session.fetch(page)).text();
      await stats.query("SELECT pg_stat_statements_reset()");
      // Counters of written rows reach pg_stat_user_tables up to a second after a transaction
      // ends (the login's, for the first page); wait them out before counting.
      await new Promise((r) => setTimeout(r, 1500));
      const writesBefore = await writesSoFar();
      const latencies: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const started = performance.now();
        const response = await session.fetch(page);
        await response.text();
        if (response.status !== 200) throw new Error(`${role.account} ${page}: ${response.status}`);
        latencies.push(performance.now() - started);
      }
      const sql = await sqlSoFar();
      await new Promise((r) => setTimeout(r, 1500));
      const writes = (await writesSoFar()) - writesBefore;
      const s = summarize(latencies);
      const sqlPerRequest = sql.ms / REQUESTS;
      const ratio = s.p95 / sqlPerRequest;
      worst = Math.max(worst, ratio);
      const line = `${role.account.padEnd(17)}${page.slice(0, 39).padEnd(40)}${s.median.toFixed(1).padStart(9)}${s.p95.toFixed(1).padStart(9)}${sqlPerRequest.toFixed(1).padStart(9)}${(sql.calls / REQUESTS).toFixed(0).padStart(7)}${ratio.toFixed(1).padStart(9)}${String(writes).padStart(8)}`;
      console.log(line);
      lines.push(line);
    }
  }
  console.log(`\nTimes in ms. SQL: PostgreSQL's execution and planning time per request. Largest p95/SQL: ${worst.toFixed(1)}`);
  await db.$disconnect();
} finally {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
  await stats.end().catch(() => {});
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
