// The app runs as a role of its own that may append to the audit log and read it, but neither
// change, remove nor truncate events, nor switch off or drop what protects them: it owns no table.
// The embedded default makes that role at every start, and a second start works like the first.
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAuditCheckpoint } from "@/lib/audit/checkpoint";
import { recordAuditEvent } from "@/lib/audit/record";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createPrismaClient } from "./create-client";
import { appRoleProblems } from "./app-role-check";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { grantAppRole } from "./grants";
import { migrateDatabase } from "./migrate";
import { APP_ROLE, roleOf } from "./roles";

const appUrl = process.env.DATABASE_URL!;
const ownerUrl = process.env.DATABASE_MIGRATION_URL!;
let app: Client;
let owner: Client;

beforeAll(async () => {
  app = new Client({ connectionString: appUrl });
  owner = new Client({ connectionString: ownerUrl });
  await Promise.all([app.connect(), owner.connect()]);
});

afterAll(async () => {
  await Promise.all([app?.end(), owner?.end()]);
});

describe("the app's database role", () => {
  it("is another login than the owner's, and the start-up check finds nothing wrong with it", async () => {
    expect(roleOf(appUrl)).not.toBe(roleOf(ownerUrl));
    expect(await appRoleProblems(appUrl)).toEqual([]);
  });

  it("may not change, remove or truncate audit events, nor switch off, drop or alter what protects them", async () => {
    const refused: Array<[string, RegExp]> = [
      [`UPDATE "AuditEvent" SET "action" = 'vervalst'`, /permission denied for table AuditEvent/],
      [`DELETE FROM "AuditEvent"`, /permission denied for table AuditEvent/],
      [`TRUNCATE "AuditEvent"`, /permission denied for table AuditEvent/],
      [`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete"`, /must be owner of table AuditEvent/],
      [`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`, /must be owner of table AuditEvent/],
      [`DROP TRIGGER "AuditEvent_no_update_or_delete" ON "AuditEvent"`, /must be owner of (table|relation) AuditEvent/],
      [`DROP TABLE "AuditEvent"`, /must be owner of table AuditEvent/],
      [`ALTER TABLE "AuditEvent" OWNER TO CURRENT_USER`, /must be owner of table AuditEvent/],
      [
        `CREATE OR REPLACE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$`,
        /permission denied for schema public|must be owner of function/,
      ],
      [`DELETE FROM "AuditChainHead"`, /permission denied for table AuditChainHead/],
      [`TRUNCATE "AuditChainHead"`, /permission denied for table AuditChainHead/],
      [`DROP TABLE "Nota"`, /must be owner of table Nota/],
      [`DELETE FROM "_prisma_migrations"`, /permission denied for table _prisma_migrations/],
      [`CREATE TABLE public."Sneaky" (id int)`, /permission denied for schema public/],
    ];
    // A row to change, so that a missing refusal would show as a change, not as zero rows touched.
    const db = createPrismaClient(appUrl);
    await recordAuditEvent(db, { action: "nota.created", objectType: "Test", objectId: "untouchable" });
    await db.$disconnect();
    for (const [sql, refusal] of refused) await expect(app.query(sql), sql).rejects.toThrow(refusal);
    expect((await app.query(`SELECT "action" FROM "AuditEvent" WHERE "objectId" = 'untouchable'`)).rows).toEqual([{ action: "nota.created" }]);
  });

  it("appends through the normal audit path, checkpoints, and reads the log back intact", async () => {
    const db = createPrismaClient(appUrl);
    try {
      const notaId = crypto.randomUUID();
      for (let i = 0; i < 3; i++) await recordAuditEvent(db, { action: "route.offer", objectType: "Nota", notaId, details: { i } });
      expect(await db.auditEvent.count({ where: { notaId } })).toBe(3);
      expect((await recordAuditCheckpoint(db)).heads).toBeGreaterThanOrEqual(1);
      expect((await verifyAuditChain(db)).firstBreak).toBeNull();
    } finally {
      await db.$disconnect();
    }
  });

  it("may use a table that a later migration adds, and loses a right handed out by hand at the next start", async () => {
    await owner.query(`CREATE TABLE "LaterMigration" (id serial PRIMARY KEY, note text)`);
    try {
      // Default privileges: usable at once, before any grants step ran again.
      await app.query(`INSERT INTO "LaterMigration" (note) VALUES ('ok')`);
      expect((await app.query(`SELECT note FROM "LaterMigration"`)).rows).toEqual([{ note: "ok" }]);

      await owner.query(`GRANT UPDATE, DELETE ON "AuditEvent" TO "${roleOf(appUrl)}"`);
      expect(await appRoleProblems(appUrl)).toEqual([expect.stringContaining(`mag UPDATE, DELETE op "AuditEvent"`)]);
      await grantAppRole(ownerUrl, roleOf(appUrl));
      expect(await appRoleProblems(appUrl)).toEqual([]);
    } finally {
      await owner.query(`DROP TABLE "LaterMigration"`);
    }
  });
});

describe("the embedded default's roles", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("are made at start-up, again on a second start, with the app's password kept beside the cluster", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "notaroute-roles-"));
    dirs.push(dir);
    for (const start of [1, 2]) {
      const server = await startEmbeddedPostgres({ dir });
      try {
        expect(roleOf(server.appUrl), `start ${start}`).toBe(APP_ROLE);
        expect(roleOf(server.url)).toBe("postgres");
        await migrateDatabase(server.url, { appRole: APP_ROLE });
        expect(await appRoleProblems(server.appUrl), `start ${start}`).toEqual([]);
        const client = new Client({ connectionString: server.appUrl });
        await client.connect();
        await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
        if (start === 1) {
          // A job queue made while the app still ran as the owner …
          const superuser = new Client({ connectionString: server.url });
          await superuser.connect();
          await superuser.query(`CREATE SCHEMA pgboss; CREATE TABLE pgboss.job (id int)`);
          await superuser.end();
        } else {
          // … was handed over at the next start: the app's role makes its own, as pg-boss does.
          await client.query(`CREATE SCHEMA IF NOT EXISTS pgboss; CREATE TABLE pgboss.job (id int)`);
        }
        await client.end();
      } finally {
        await server.stop();
      }
    }
    const passwordFile = path.join(dir, "pg-app-password");
    expect(existsSync(passwordFile)).toBe(true);
    expect(statSync(passwordFile).mode & 0o077).toBe(0);

    // A lost password file: the next start makes a new password and gives it to the role.
    rmSync(passwordFile);
    const server = await startEmbeddedPostgres({ dir });
    try {
      const client = new Client({ connectionString: server.appUrl });
      await client.connect();
      expect((await client.query("SELECT current_user AS role")).rows).toEqual([{ role: APP_ROLE }]);
      await client.end();
    } finally {
      await server.stop();
    }
    // Three starts and two migration runs of a server of its own: slow on a busy machine.
  }, 180_000);
});
