// `npm run bench:audit`: what one global lock on the audit log costs. Writes audit events for
// different notas from many connections at once, each in a transaction shaped like a decision's
// (a few statements, then the event), once with every writer taking one global advisory lock
// (how the log was written before it was split into one chain per nota) and once without.
// Figures, not a test; run it pinned (taskset -c 0) to see a slow machine.
import { randomUUID } from "node:crypto";
import os from "node:os";
import { recordAuditEvent } from "../../lib/audit/record";
import { verifyAuditChain } from "../../lib/audit/verify";
import { createPrismaClient } from "../../lib/db/create-client";
import { createTestDatabase } from "../../lib/testing/test-database";
import { formatSummary } from "./stats";

const WRITES = Number(process.env.BENCH_AUDIT_WRITES ?? 1000);
const CONCURRENCY = 20;
const GLOBAL_LOCK = 7_301_954_210;

const database = await createTestDatabase("bench-audit");
const db = createPrismaClient(database.url, { poolSize: CONCURRENCY });
try {
  const notas = Array.from({ length: WRITES }, () => randomUUID());
  async function run(label: string, globalLock: boolean) {
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < WRITES) {
          const notaId = notas[next++];
          const begin = performance.now();
          await db.$transaction(async (tx) => {
            if (globalLock) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${GLOBAL_LOCK}::bigint)`;
            // The decision's own work, done while the lock (if any) is held.
            await tx.$executeRaw`SELECT pg_sleep(0.002)`;
            await recordAuditEvent(tx, { action: "route.decide", objectType: "OfficeDecision", objectId: randomUUID(), notaId, details: { bench: true } });
          });
          latencies.push(performance.now() - begin);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(formatSummary(label, latencies, `${(WRITES / seconds).toFixed(0)} events/s`));
  }
  console.log(`\nAudit log, ${WRITES} events on ${WRITES} different notas, ${CONCURRENCY} at a time, ${os.availableParallelism()} core(s)\n`);
  await run("one global lock (as before)", true);
  await run("one chain per nota (now)", false);
  const { checked, firstBreak } = await verifyAuditChain(db);
  console.log(`\nVerified ${checked} events: ${firstBreak ? `BROKEN at ${JSON.stringify(firstBreak)}` : "every chain intact"}`);
} finally {
  await db.$disconnect();
  await database.dispose();
}
