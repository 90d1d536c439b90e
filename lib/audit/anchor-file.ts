// The anchor file: one JSON line per anchor, only ever appended to. Opened with O_APPEND, so that
// every write lands at the end whoever else writes, and synced to disk before the anchor counts
// as written. Keep it where the database's owner cannot rewrite it (another machine, a WORM
// share, `chattr +a`): an anchor is worth what its file is.
import { existsSync } from "node:fs";
import { mkdir, open, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "@/lib/domain/zod";

export const AnchorSchema = z.object({
  anchoredAt: z.string(),
  /** The database the anchor belongs to (./database-identity.ts). */
  database: z.string(),
  /** The chain whose head is anchored: the checkpoint chain, whose events name every other chain's head. */
  chainKey: z.literal("checkpoint"),
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditAnchor = z.infer<typeof AnchorSchema>;

export async function appendAnchor(file: string, anchor: AuditAnchor): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const created = !existsSync(file);
  const handle = await open(file, "a", 0o600);
  try {
    await handle.appendFile(`${JSON.stringify(anchor)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // A new file exists after a crash only once its directory entry is on disk too.
  if (created) {
    const directory = await open(dir, "r");
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  }
}

/** Every anchor in the file (none when it does not exist yet), and the numbers of lines that are no anchor (a write torn by a crash). */
export async function readAnchors(file: string): Promise<{ anchors: AuditAnchor[]; unreadable: number[] }> {
  if (!existsSync(file)) return { anchors: [], unreadable: [] };
  const anchors: AuditAnchor[] = [];
  const unreadable: number[] = [];
  (await readFile(file, "utf8")).split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      unreadable.push(index + 1);
      return;
    }
    const result = AnchorSchema.safeParse(parsed);
    if (result.success) anchors.push(result.data);
    else unreadable.push(index + 1);
  });
  return { anchors, unreadable };
}
