// What the app's role may do, (re)applied by the owner after every migration run. The owner (the
// role that runs migrations) owns every table; the app's role owns none, so it can never ALTER,
// DROP or DISABLE TRIGGER. On the audit log it may only append and read: the append-only trigger
// keeps the owner honest by accident, the missing privileges keep the app out on purpose.
// Idempotent: all rights in the public schema are taken away and given again in one transaction,
// so a table added by a migration, or a right handed out by hand, ends up exactly as listed here.
import { Client } from "pg";

/** The schema lib/jobs/job-queue.ts gives pg-boss. */
const JOB_QUEUE_SCHEMA = "pgboss";

/** What the app's role may do with these tables; every other table: read and write. */
export const RESTRICTED_TABLES = {
  // Appending an event and reading the log; never UPDATE, DELETE or TRUNCATE.
  AuditEvent: ["SELECT", "INSERT"],
  // Appending advances a chain's head (INSERT … ON CONFLICT DO UPDATE) and a checkpoint marks
  // heads as anchored (UPDATE); a head is never removed.
  AuditChainHead: ["SELECT", "INSERT", "UPDATE"],
  // Prisma's record of applied migrations is the owner's business.
  _prisma_migrations: [],
} as const;

const TABLE_RIGHTS = "SELECT, INSERT, UPDATE, DELETE";
// USAGE for nextval (BIGSERIAL ids, reference numbers); SELECT to read a sequence. Not UPDATE (setval).
const SEQUENCE_RIGHTS = "USAGE, SELECT";

export async function grantAppRole(ownerUrl: string, appRole: string, log: (message: string) => void = () => {}): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const app = client.escapeIdentifier(appRole);
  try {
    await client.query("BEGIN");
    // Instances starting together grant one after the other.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('notaroute:app-role-grants'))");
    const { rows } = await client.query<{ owner: string; database: string }>("SELECT current_user AS owner, current_database() AS database");
    const owner = client.escapeIdentifier(rows[0].owner);
    const database = client.escapeIdentifier(rows[0].database);

    // CREATE on the database: pg-boss makes its own schema and, for every new queue, a partition
    // table that it must own. The app's role thus owns the job queue and nothing else.
    await client.query(`GRANT CONNECT, TEMPORARY, CREATE ON DATABASE ${database} TO ${app}`);
    // Before PostgreSQL 15 everyone may create tables in public; the app must own none. (A warning,
    // not an error, where the owner may not revoke it: then PostgreSQL already did.)
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
    await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app}`);
    await client.query(`GRANT ${TABLE_RIGHTS} ON ALL TABLES IN SCHEMA public TO ${app}`);
    await client.query(`GRANT ${SEQUENCE_RIGHTS} ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    for (const [table, rights] of Object.entries(RESTRICTED_TABLES)) {
      if (!(await tableExists(client, table))) continue;
      await client.query(`REVOKE ALL ON ${client.escapeIdentifier(table)} FROM ${app}`);
      if (rights.length > 0) await client.query(`GRANT ${rights.join(", ")} ON ${client.escapeIdentifier(table)} TO ${app}`);
    }
    // A table that a later migration creates is usable at once, also when that migration is
    // applied by another tool (Prisma 7's own migrate deploy) that does not run this step.
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT ${TABLE_RIGHTS} ON TABLES TO ${app}`);
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT ${SEQUENCE_RIGHTS} ON SEQUENCES TO ${app}`);

    // A job queue made while the app still ran as the owner belongs to the owner, and pg-boss,
    // now running as the app's role, could not add a queue to it. It holds only scheduled,
    // idempotent work that every instance schedules again at start: it is made anew.
    const queue = await client.query<{ owner: string }>("SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = $1", [JOB_QUEUE_SCHEMA]);
    if (queue.rowCount === 1 && queue.rows[0].owner !== appRole) {
      await client.query(`DROP SCHEMA ${client.escapeIdentifier(JOB_QUEUE_SCHEMA)} CASCADE`);
      log(`taakwachtrij (schema ${JOB_QUEUE_SCHEMA}) verwijderd: de app maakt haar opnieuw als ${appRole}`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw new Error(`Rechten voor de app-rol ${appRole} konden niet worden gezet: ${(error as Error).message}`, { cause: error });
  } finally {
    await client.end();
  }
}

async function tableExists(client: Client, table: string): Promise<boolean> {
  const result = await client.query("SELECT to_regclass($1) IS NOT NULL AS exists", [`public.${client.escapeIdentifier(table)}`]);
  return result.rows[0].exists === true;
}
