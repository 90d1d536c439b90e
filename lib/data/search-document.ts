// Writes a nota's full-text search document, in the transaction that saves its content. The
// Dutch configuration stems ("kaders" finds "kader") and drops stop words; the reference and
// title weigh more than the body, so they rank first.
import type { Tx } from "@/lib/db/create-client";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import { searchTextOf } from "@/lib/domain/search/search-text";

export async function writeSearchDocument(tx: Tx, notaId: string, reference: string, content: NotaContent): Promise<void> {
  const { heading, body } = searchTextOf(reference, content);
  await tx.$executeRaw`
    UPDATE "Nota" SET "searchDocument" = setweight(to_tsvector('dutch', ${heading}), 'A') || setweight(to_tsvector('dutch', ${body}), 'B')
    WHERE "id" = ${notaId}::uuid`;
}
