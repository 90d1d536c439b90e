// A version of a nota: its content plus the attachments it had. What a NotaVersion stores,
// what its content hash covers and what decisions are bound to.
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/domain/canonical-json";
import type { NotaContent } from "./content-schema";

export interface AttachmentMeta {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

export type NotaSnapshot = NotaContent & { attachments: AttachmentMeta[] };

/** SHA-256 over the canonical JSON of the snapshot: the same content gives the same hash. */
export function snapshotHash(snapshot: NotaSnapshot): string {
  return createHash("sha256").update(canonicalJson(snapshot)).digest("hex");
}
