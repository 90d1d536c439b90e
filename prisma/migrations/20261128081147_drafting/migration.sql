-- CreateEnum
CREATE TYPE "VersionKind" AS ENUM ('AUTOSAVE', 'EXPLICIT');

-- DropForeignKey
ALTER TABLE "Approval" DROP CONSTRAINT "Approval_decisionPointId_fkey";

-- DropIndex
DROP INDEX "DecisionPoint_notaId_position_key";

-- AlterTable
ALTER TABLE "DecisionPoint" ADD COLUMN     "retiredAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "NotaVersion" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "kind" "VersionKind" NOT NULL,
    "label" TEXT,
    "content" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotaVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotaAttachment" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMPTZ(3),

    CONSTRAINT "NotaAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditorPresence" (
    "notaId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EditorPresence_pkey" PRIMARY KEY ("notaId","userId")
);

-- CreateIndex
CREATE INDEX "NotaVersion_notaId_revision_idx" ON "NotaVersion"("notaId", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "NotaVersion_notaId_number_key" ON "NotaVersion"("notaId", "number");

-- CreateIndex
CREATE INDEX "NotaAttachment_notaId_createdAt_idx" ON "NotaAttachment"("notaId", "createdAt");

-- CreateIndex
CREATE INDEX "EditorPresence_notaId_lastSeenAt_idx" ON "EditorPresence"("notaId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "DecisionPoint_notaId_position_idx" ON "DecisionPoint"("notaId", "position");

-- AddForeignKey
ALTER TABLE "NotaVersion" ADD CONSTRAINT "NotaVersion_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotaVersion" ADD CONSTRAINT "NotaVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotaAttachment" ADD CONSTRAINT "NotaAttachment_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotaAttachment" ADD CONSTRAINT "NotaAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorPresence" ADD CONSTRAINT "EditorPresence_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorPresence" ADD CONSTRAINT "EditorPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_decisionPointId_fkey" FOREIGN KEY ("decisionPointId") REFERENCES "DecisionPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- "Onze referentie" numbers: a sequence never hands out a number twice, also not to
-- transactions that roll back or run concurrently.
CREATE SEQUENCE "nota_reference_seq" START WITH 1;
