-- The read scope as one indexed column instead of two joins, and an index for every order the
-- nota list offers (the list walks it a page at a time).
-- DropIndex
DROP INDEX "Nota_status_idx";

-- DropIndex
DROP INDEX "Nota_kamerDeadline_idx";

-- DropIndex
DROP INDEX "NotaParty_officeId_idx";

-- DropIndex
DROP INDEX "NotaRecipient_officeId_idx";

-- AlterTable
ALTER TABLE "Nota" ADD COLUMN     "readerOfficeIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- The readers of every existing nota: its Via chain and its deciding and copy offices.
UPDATE "Nota" AS n SET "readerOfficeIds" = COALESCE((
  SELECT array_agg(DISTINCT readers."officeId" ORDER BY readers."officeId")
  FROM (SELECT p."officeId" FROM "NotaParty" p WHERE p."notaId" = n."id" AND p."role" = 'VIA' AND p."officeId" IS NOT NULL
        UNION SELECT r."officeId" FROM "NotaRecipient" r WHERE r."notaId" = n."id") AS readers
), ARRAY[]::UUID[]);

-- CreateIndex
CREATE INDEX "Nota_readerOfficeIds_idx" ON "Nota" USING GIN ("readerOfficeIds");

-- CreateIndex
CREATE INDEX "Nota_status_ownerOfficeId_idx" ON "Nota"("status", "ownerOfficeId");

-- CreateIndex
CREATE INDEX "Nota_title_reference_idx" ON "Nota"("title", "reference");

-- CreateIndex
CREATE INDEX "Nota_marking_reference_idx" ON "Nota"("marking", "reference");

-- CreateIndex
CREATE INDEX "Nota_status_reference_idx" ON "Nota"("status", "reference");

-- CreateIndex
CREATE INDEX "Nota_date_reference_idx" ON "Nota"("date", "reference");

-- CreateIndex
CREATE INDEX "Nota_plannedDate_reference_idx" ON "Nota"("plannedDate", "reference");

-- CreateIndex
CREATE INDEX "Nota_kamerDeadline_reference_idx" ON "Nota"("kamerDeadline", "reference");

-- CreateIndex
CREATE INDEX "NotaParty_officeId_role_idx" ON "NotaParty"("officeId", "role");

-- CreateIndex
CREATE INDEX "NotaRecipient_officeId_role_idx" ON "NotaRecipient"("officeId", "role");

-- The planner needs the new column's statistics before the first list is shown.
ANALYZE "Nota";
