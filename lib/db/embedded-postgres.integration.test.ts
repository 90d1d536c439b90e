// Crash recovery of the embedded default database: a postmaster.pid left behind by a crash,
// or naming a pid that now belongs to another process, must not keep the app from starting.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

const dirs: string[] = [];
const servers: EmbeddedDatabase[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop().catch(() => {});
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dir: string) {
  const server = await startEmbeddedPostgres({ dir });
  servers.push(server);
  return server;
}

async function canQuery(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const result = await client.query("SELECT 1 AS one");
  await client.end();
  return result.rows[0].one === 1;
}

function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("embedded PostgreSQL", () => {
  it("starts again after the server was killed (kill -9) and left its pid file behind", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "notaroute-crash-"));
    dirs.push(dir);
    const crashed = await start(dir);
    servers.splice(servers.indexOf(crashed), 1); // it will not exit cleanly: it is killed
    const pidFile = path.join(dir, "pgdata", "postmaster.pid");
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    const children = childrenOf(pid);

    process.kill(pid, "SIGKILL");
    for (let i = 0; i < 100 && [pid, ...children].some(alive); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(pidFile, "utf8")).toContain(String(pid));

    const restarted = await start(dir);
    expect(await canQuery(restarted.url)).toBe(true);
  });

  it("starts when the stale pid file names a pid that another process now has", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "notaroute-pidreuse-"));
    dirs.push(dir);
    const first = await start(dir);
    await first.stop();
    servers.splice(servers.indexOf(first), 1);
    const dataDir = path.join(dir, "pgdata");
    // This test runner is alive and is not PostgreSQL: exactly the case after a reboot.
    writeFileSync(path.join(dataDir, "postmaster.pid"), `${process.pid}\n${dataDir}\n0\n5432\n/tmp\n127.0.0.1\n0 0\nready\n`);

    const restarted = await start(dir);
    expect(await canQuery(restarted.url)).toBe(true);
  });

  it("refuses to start a second server on a data directory that is in use", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "notaroute-twice-"));
    dirs.push(dir);
    await start(dir);
    await expect(startEmbeddedPostgres({ dir })).rejects.toThrow(/draait al/);
  });
});
