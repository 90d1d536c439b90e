-- CreateEnum
CREATE TYPE "MrOutcome" AS ENUM ('CONFORM', 'GEWIJZIGD');

-- CreateEnum
CREATE TYPE "CouncilKind" AS ENUM ('ONDERRAAD', 'MINISTERRAAD');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('HAMERSTUK', 'BESPREEKSTUK');

-- CreateEnum
CREATE TYPE "ToezeggingStatus" AS ENUM ('OPENSTAAND', 'DEELS_VOLDAAN', 'VOLDAAN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'GEAGENDEERD';
ALTER TYPE "NotificationKind" ADD VALUE 'AFGEROND';

-- AlterTable
ALTER TABLE "Nota" ADD COLUMN     "kamerbriefSentOn" DATE,
ADD COLUMN     "mrOutcome" "MrOutcome",
ADD COLUMN     "mrOutcomeNote" TEXT,
ADD COLUMN     "searchDocument" tsvector,
ADD COLUMN     "statusChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "RouteAction" ADD COLUMN     "meetingId" UUID;

-- CreateTable
CREATE TABLE "Council" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CouncilKind" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Council_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "councilId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "councilKind" "CouncilKind" NOT NULL,
    "kind" "AgendaItemKind" NOT NULL,
    "placedById" UUID NOT NULL,
    "placedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KamerRecess" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,

    CONSTRAINT "KamerRecess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanningSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "mrToKamer" INTEGER NOT NULL,
    "onderraadToMr" INTEGER NOT NULL,
    "decisionToOnderraad" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlanningSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Toezegging" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "madeOn" DATE NOT NULL,
    "debate" TEXT NOT NULL,
    "ministerOfficeId" UUID NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "ToezeggingStatus" NOT NULL DEFAULT 'OPENSTAAND',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Toezegging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotaToezegging" (
    "notaId" UUID NOT NULL,
    "toezeggingId" UUID NOT NULL,

    CONSTRAINT "NotaToezegging_pkey" PRIMARY KEY ("notaId","toezeggingId")
);

-- CreateTable
CREATE TABLE "CalendarToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CalendarToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionDeadline" (
    "notaId" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "date" DATE NOT NULL,

    CONSTRAINT "DecisionDeadline_pkey" PRIMARY KEY ("notaId","officeId")
);

-- CreateIndex
CREATE INDEX "Bijdrage_article100_name_idx" ON "Bijdrage"("article100", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Council_code_key" ON "Council"("code");

-- CreateIndex
CREATE INDEX "Meeting_date_idx" ON "Meeting"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_councilId_date_key" ON "Meeting"("councilId", "date");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_idx" ON "AgendaItem"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_notaId_councilKind_key" ON "AgendaItem"("notaId", "councilKind");

-- CreateIndex
CREATE INDEX "KamerRecess_startDate_idx" ON "KamerRecess"("startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Toezegging_reference_key" ON "Toezegging"("reference");

-- CreateIndex
CREATE INDEX "Toezegging_status_dueDate_idx" ON "Toezegging"("status", "dueDate");

-- CreateIndex
CREATE INDEX "NotaToezegging_toezeggingId_idx" ON "NotaToezegging"("toezeggingId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarToken_tokenHash_key" ON "CalendarToken"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarToken_userId_idx" ON "CalendarToken"("userId");

-- CreateIndex
CREATE INDEX "Nota_searchDocument_idx" ON "Nota" USING GIN ("searchDocument");

-- CreateIndex
CREATE INDEX "Nota_status_kamerDeadline_idx" ON "Nota"("status", "kamerDeadline");

-- CreateIndex
CREATE INDEX "Nota_status_statusChangedAt_idx" ON "Nota"("status", "statusChangedAt");

-- AddForeignKey
ALTER TABLE "RouteAction" ADD CONSTRAINT "RouteAction_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toezegging" ADD CONSTRAINT "Toezegging_ministerOfficeId_fkey" FOREIGN KEY ("ministerOfficeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotaToezegging" ADD CONSTRAINT "NotaToezegging_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotaToezegging" ADD CONSTRAINT "NotaToezegging_toezeggingId_fkey" FOREIGN KEY ("toezeggingId") REFERENCES "Toezegging"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarToken" ADD CONSTRAINT "CalendarToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionDeadline" ADD CONSTRAINT "DecisionDeadline_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionDeadline" ADD CONSTRAINT "DecisionDeadline_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: how long each nota has been where it is (its last route step or decision, else its last change).
UPDATE "Nota" n SET "statusChangedAt" = COALESCE(
  GREATEST(
    (SELECT max(a."createdAt") FROM "RouteAction" a WHERE a."notaId" = n."id"),
    (SELECT max(d."decidedAt") FROM "OfficeDecision" d WHERE d."notaId" = n."id" AND n."status" <> 'TER_BESLISSING')),
  n."updatedAt");

-- Backfill: the search document of existing notas, from the same parts as
-- lib/domain/search/search-text.ts (every later save rewrites it from the content).
UPDATE "Nota" n SET "searchDocument" =
  setweight(to_tsvector('dutch', n."reference" || ' ' || n."title"), 'A') ||
  setweight(to_tsvector('dutch', concat_ws(E'\n',
    (SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(n."aanleiding", 'strict $.**.text') t),
    (SELECT string_agg((SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(p."text", 'strict $.**.text') t), E'\n')
       FROM "DecisionPoint" p WHERE p."notaId" = n."id" AND p."retiredAt" IS NULL),
    (SELECT string_agg((SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(r."body", 'strict $.**.text') t), E'\n')
       FROM "Remark" r WHERE r."notaId" = n."id"),
    (SELECT string_agg(k."title" || ' ' || COALESCE((SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(k."body", 'strict $.**.text') t), ''), E'\n')
       FROM "KernSection" k WHERE k."notaId" = n."id"),
    (SELECT string_agg(e."description", E'\n') FROM "TimelineEntry" e WHERE e."notaId" = n."id"),
    (SELECT string_agg(concat_ws(' ', c."title", kd."region", b."name", b."acronym", b."location", b."contribution"), E'\n')
       FROM "AnnexCategory" c JOIN "Kader" kd ON kd."categoryId" = c."id" LEFT JOIN "Bijdrage" b ON b."kaderId" = kd."id"
       WHERE c."notaId" = n."id"))), 'B');

-- The councils the application knows from the start (more onderraden are data) and the lead
-- times of lib/domain/planning/back-planning.ts.
INSERT INTO "Council" ("id", "code", "name", "kind") VALUES
  (gen_random_uuid(), 'MR', 'Ministerraad', 'MINISTERRAAD'),
  (gen_random_uuid(), 'RDINEV', 'Raad Defensie, Internationale en Europese Veiligheid', 'ONDERRAAD')
ON CONFLICT ("code") DO NOTHING;
INSERT INTO "PlanningSettings" ("id", "mrToKamer", "onderraadToMr", "decisionToOnderraad", "updatedAt") VALUES (1, 0, 3, 5, now());

ANALYZE "Nota";
