-- The audit log as one chain per nota (and per person, and "system"), so that audited writes on
-- different notas no longer wait for one global lock. Every event written so far stays in one
-- chain, "system", in id order, with its hash untouched: the chain it was written in.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "chainKey" TEXT,
ADD COLUMN "chainSeq" INTEGER;

-- Numbering the existing events is the only change the append-only trigger must let through.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete";
UPDATE "AuditEvent" AS e
SET "chainKey" = 'system', "chainSeq" = numbered.seq
FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS seq FROM "AuditEvent") AS numbered
WHERE numbered."id" = e."id";
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_or_delete";

ALTER TABLE "AuditEvent" ALTER COLUMN "chainKey" SET NOT NULL,
ALTER COLUMN "chainSeq" SET NOT NULL;

-- CreateTable
CREATE TABLE "AuditChainHead" (
    "chainKey" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "checkpointedSeq" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("chainKey")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chainKey_chainSeq_key" ON "AuditEvent"("chainKey", "chainSeq");

-- The "system" chain continues from the newest existing event.
INSERT INTO "AuditChainHead" ("chainKey", "seq", "hash", "prevHash", "checkpointedSeq", "updatedAt")
SELECT 'system', "chainSeq", "hash", "prevHash", 0, now()
FROM "AuditEvent" WHERE "chainKey" = 'system' ORDER BY "chainSeq" DESC LIMIT 1;
