// Which database an anchor belongs to: the cluster's system identifier (fixed at initdb, beyond
// the reach of any SQL an owner can run) and the database's name. A file shared by mistake with
// another database (a test server, a benchmark) then raises no false alarm, and the verifier
// still says how many anchors it passed over.
import type { Db } from "@/lib/db/create-client";

export async function databaseIdentity(db: Pick<Db, "$queryRaw">): Promise<string> {
  const [{ name }] = await db.$queryRaw<Array<{ name: string }>>`SELECT current_database() AS name`;
  try {
    const [{ system }] = await db.$queryRaw<Array<{ system: string }>>`SELECT system_identifier::text AS system FROM pg_control_system()`;
    return `${system}/${name}`;
  } catch {
    // A server that keeps pg_control_system() to superusers: the name alone.
    return name;
  }
}
