// For maintenance scripts: DATABASE_URL when set; otherwise the embedded demo database in
// .data/, the running one if the app is up, else started for the duration of the script.
import path from "node:path";
import { runningEmbeddedUrl, startEmbeddedPostgres } from "../lib/db/embedded-postgres";

export async function databaseUrlForScripts(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const dir = path.resolve(import.meta.dirname, "../.data");
  const running = runningEmbeddedUrl(dir);
  if (running) return { url: running, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dir });
  return { url: server.url, stop: () => server.stop() };
}
