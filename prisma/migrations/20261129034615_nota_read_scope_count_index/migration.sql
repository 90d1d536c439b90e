-- DropIndex
DROP INDEX "Nota_status_ownerOfficeId_idx";

-- CreateIndex
CREATE INDEX "Nota_status_ownerOfficeId_readerOfficeIds_idx" ON "Nota"("status", "ownerOfficeId", "readerOfficeIds");
