// `npm run bench:decisions`: how long a decision request takes, end to end over HTTP against
// the production build (run `npm run build` first), on a throwaway embedded PostgreSQL.
// Prints median, p95 and max for sequential decisions (one office at a time), for offices
// deciding at the same moment, and for the other route steps. Figures, not a pass/fail test.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { createPrismaClient } from "../lib/db/create-client";
import { createTestDatabase } from "../lib/testing/test-database";
import { createNota } from "../lib/testing/factories";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import type { DemoOfficeCode } from "../prisma/seed/demo-offices";
import { exampleNotaContent } from "../prisma/seed/example-nota";
import { seedDemoData } from "../prisma/seed/seed-demo";

const NOTAS = Number(process.env.BENCH_NOTAS ?? 60);
const CONCURRENT_NOTAS = Number(process.env.BENCH_CONCURRENT_NOTAS ?? 20);
const root = path.resolve(import.meta.dirname, "..");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

class Session {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}
  private remember(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair.split("=");
      this.cookies.set(name.trim(), value.join("="));
    }
  }
  async fetch(url: string, init: RequestInit = {}) {
    const response = await fetch(this.base + url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers ?? {}), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "), origin: this.base },
    });
    this.remember(response);
    return response;
  }
  async login(email: string) {
    const { csrfToken } = await (await this.fetch("/api/auth/csrf")).json();
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
    });
    if (![200, 302].includes(response.status) || ![...this.cookies.keys()].some((k) => k.endsWith("session-token")))
      throw new Error(`login ${email}: ${response.status}`);
  }
  async step(notaId: string, body: unknown): Promise<number> {
    const started = performance.now();
    const response = await this.fetch(`/api/notas/${notaId}/stap`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const elapsed = performance.now() - started;
    if (!response.ok) throw new Error(`step ${response.status}: ${await response.text()}`);
    return elapsed;
  }
}

function summary(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(
    `${label.padEnd(44)} n=${String(samples.length).padStart(4)}  median ${at(0.5).toFixed(1).padStart(6)} ms  p95 ${at(0.95).toFixed(1).padStart(6)} ms  max ${sorted.at(-1)!.toFixed(1).padStart(6)} ms  mean ${mean.toFixed(1).padStart(6)} ms`,
  );
}

const database = await createTestDatabase("bench");
const db = createPrismaClient(database.url);
const port = await freePort();
const server = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/serve.ts", "start"], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(port),
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  },
  stdio: "ignore",
});
try {
  await seedDemoData(db);
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/login`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }

  const offices = await db.office.findMany({ select: { id: true, code: true } });
  const ids = Object.fromEntries(offices.map((o) => [o.code, o.id])) as Record<DemoOfficeCode, string>;
  const drafter = await db.user.findUniqueOrThrow({ where: { email: "opsteller@demo.notaroute.nl" } });
  const sessions = Object.fromEntries(
    await Promise.all(
      ["opsteller", "paraaf.dgpz", "paraaf.sg", "kabinet.m", "kabinet.r", "kabinet.mindef", "kabinet.minjenv"].map(async (name) => {
        const session = new Session(base);
        await session.login(`${name}@demo.notaroute.nl`);
        return [name, session] as const;
      }),
    ),
  );
  const deciders = [
    ["kabinet.m", ids.M],
    ["kabinet.r", ids.R],
    ["kabinet.mindef", ids.MinDEF],
    ["kabinet.minjenv", ids.MinJenV],
  ] as const;

  const offers: number[] = [];
  const paraafs: number[] = [];
  async function toOffices(): Promise<{ id: string; input: (officeId: string) => unknown }> {
    const nota = await createNota(db, { content: exampleNotaContent(ids), createdById: drafter.id });
    offers.push(await sessions.opsteller.step(nota.id, { action: "aanbieden", expectedStatus: "CONCEPT", expectedVersion: 1 }));
    paraafs.push(await sessions["paraaf.dgpz"].step(nota.id, { action: "paraferen", expectedStatus: "PARAAF", expectedVersion: 1 }));
    paraafs.push(await sessions["paraaf.sg"].step(nota.id, { action: "paraferen", expectedStatus: "PARAAF", expectedVersion: 1 }));
    const offered = await db.notaVersion.findFirstOrThrow({ where: { notaId: nota.id, revision: 1, kind: "EXPLICIT" }, orderBy: { number: "desc" } });
    const points = await db.decisionPoint.findMany({ where: { notaId: nota.id }, orderBy: { position: "asc" } });
    return {
      id: nota.id,
      input: (officeId) => ({
        action: "besluiten",
        decision: {
          officeId,
          expectedVersion: 1,
          contentHash: offered.contentHash,
          note: null,
          points: points.map((p, i) => ({
            decisionPointId: p.id,
            decision: i === 0 ? "AKKOORD" : "AKKOORD_MET_OPMERKING",
            annotation: i === 0 ? null : "Met een opmerking.",
          })),
        },
      }),
    };
  }

  // Warm-up: the first requests compile nothing (production build) but open pools and caches.
  const warm = await toOffices();
  for (const [who, officeId] of deciders) await sessions[who].step(warm.id, warm.input(officeId));
  offers.length = 0;
  paraafs.length = 0;

  const sequential: number[] = [];
  for (let n = 0; n < NOTAS; n++) {
    const nota = await toOffices();
    for (const [who, officeId] of deciders) sequential.push(await sessions[who].step(nota.id, nota.input(officeId)));
  }
  const concurrent: number[] = [];
  for (let n = 0; n < CONCURRENT_NOTAS; n++) {
    const nota = await toOffices();
    concurrent.push(...(await Promise.all(deciders.map(([who, officeId]) => sessions[who].step(nota.id, nota.input(officeId))))));
  }
  const decided = await db.nota.count({ where: { status: "BESLOTEN" } });

  console.log(`\nNotaroute decision benchmark: ${NOTAS + CONCURRENT_NOTAS + 1} copies of BZ2410641, 4 deciding offices, 2 decision points each`);
  console.log(`Production build, one app instance, embedded PostgreSQL 18, ${(await import("node:os")).cpus().length} cores\n`);
  summary("Decision (besluiten), one office at a time", sequential);
  summary("Decision, four offices at the same moment", concurrent);
  summary("Offer (aanbieden)", offers);
  summary("Paraaf (paraferen)", paraafs);
  console.log(`\nNotas besloten: ${decided} of ${NOTAS + CONCURRENT_NOTAS + 1} (every one should be)`);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await db.$disconnect();
  await database.dispose();
}
