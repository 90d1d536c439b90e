-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OfficeKind" AS ENUM ('BEWINDSPERSOON', 'ONDERDEEL');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OPSTELLER', 'PARAAF', 'KABINET', 'SECRETARIAAT', 'BEHEER');

-- CreateEnum
CREATE TYPE "Marking" AS ENUM ('TER_BESLISSING', 'TER_INFORMATIE', 'TER_ONDERTEKENING', 'TER_ADVIES');

-- CreateEnum
CREATE TYPE "Classification" AS ENUM ('ONGERUBRICEERD', 'DEPARTEMENTAAL_VERTROUWELIJK', 'STG_CONFIDENTIEEL', 'STG_GEHEIM', 'STG_ZEER_GEHEIM');

-- CreateEnum
CREATE TYPE "NotaStatus" AS ENUM ('CONCEPT', 'PARAAF', 'TER_BESLISSING', 'BESLOTEN', 'TERUGGESTUURD', 'INGETROKKEN', 'GEAGENDEERD_ONDERRAAD', 'GEAGENDEERD_MR', 'AFGEROND');

-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('AAN', 'VAN', 'VIA', 'KOPIE_AAN', 'AFGESTEMD_MET');

-- CreateEnum
CREATE TYPE "RecipientRole" AS ENUM ('BESLUIT', 'INFORMATIE');

-- CreateEnum
CREATE TYPE "KaderCategoryKind" AS ENUM ('BEEINDIGING_AFSCHALING', 'NIEUW', 'VOORTZETTING');

-- CreateEnum
CREATE TYPE "OrganisationFramework" AS ENUM ('NAVO', 'EU', 'VN', 'OVSE', 'COALITION', 'BILATERAL');

-- CreateEnum
CREATE TYPE "DecisionValue" AS ENUM ('AKKOORD', 'NIET_AKKOORD', 'AKKOORD_MET_OPMERKING');

-- CreateEnum
CREATE TYPE "AuditResult" AS ENUM ('SUCCESS', 'REFUSED');

-- CreateTable
CREATE TABLE "Office" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OfficeKind" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "role" "Role" NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nota" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "marking" "Marking" NOT NULL,
    "classification" "Classification" NOT NULL DEFAULT 'ONGERUBRICEERD',
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "drafterName" TEXT,
    "plannedDate" DATE,
    "kamerDeadline" DATE,
    "status" "NotaStatus" NOT NULL DEFAULT 'CONCEPT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "ownerOfficeId" UUID NOT NULL,
    "aanleiding" JSONB NOT NULL,
    "annexTitle" TEXT,
    "annexNote" JSONB,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Nota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotaParty" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "role" "PartyRole" NOT NULL,
    "position" INTEGER NOT NULL,
    "officeId" UUID,
    "text" TEXT,
    "personalData" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "NotaParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotaRecipient" (
    "notaId" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "role" "RecipientRole" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "NotaRecipient_pkey" PRIMARY KEY ("notaId","officeId")
);

-- CreateTable
CREATE TABLE "DecisionPoint" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" JSONB NOT NULL,

    CONSTRAINT "DecisionPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KernSection" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" JSONB NOT NULL,

    CONSTRAINT "KernSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Remark" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "body" JSONB NOT NULL,

    CONSTRAINT "Remark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEntry" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "TimelineEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnexCategory" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "KaderCategoryKind" NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "AnnexCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kader" (
    "id" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "region" TEXT NOT NULL,
    "termStart" DATE,
    "termEnd" DATE,

    CONSTRAINT "Kader_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bijdrage" (
    "id" UUID NOT NULL,
    "kaderId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "framework" "OrganisationFramework",
    "location" TEXT,
    "personnelBefore" INTEGER,
    "personnelBeforeCirca" BOOLEAN NOT NULL DEFAULT false,
    "personnelAfter" INTEGER,
    "personnelAfterCirca" BOOLEAN NOT NULL DEFAULT false,
    "contribution" TEXT,
    "remark" TEXT,
    "verkenning" BOOLEAN NOT NULL DEFAULT false,
    "uitbreiding" BOOLEAN NOT NULL DEFAULT false,
    "modulair" BOOLEAN NOT NULL DEFAULT false,
    "article100" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Bijdrage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Approval" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "decisionPointId" UUID NOT NULL,
    "decision" "DecisionValue" NOT NULL,
    "annotation" TEXT,
    "notaVersion" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actingOfficeId" UUID,
    "action" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT,
    "notaId" UUID,
    "notaVersion" INTEGER,
    "result" "AuditResult" NOT NULL,
    "details" JSONB,
    "ip" TEXT,
    "userAgent" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_officeId_role_idx" ON "Membership"("officeId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_officeId_role_key" ON "Membership"("userId", "officeId", "role");

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Nota_reference_key" ON "Nota"("reference");

-- CreateIndex
CREATE INDEX "Nota_ownerOfficeId_idx" ON "Nota"("ownerOfficeId");

-- CreateIndex
CREATE INDEX "Nota_status_idx" ON "Nota"("status");

-- CreateIndex
CREATE INDEX "Nota_kamerDeadline_idx" ON "Nota"("kamerDeadline");

-- CreateIndex
CREATE INDEX "NotaParty_officeId_idx" ON "NotaParty"("officeId");

-- CreateIndex
CREATE UNIQUE INDEX "NotaParty_notaId_role_position_key" ON "NotaParty"("notaId", "role", "position");

-- CreateIndex
CREATE INDEX "NotaRecipient_officeId_idx" ON "NotaRecipient"("officeId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionPoint_notaId_position_key" ON "DecisionPoint"("notaId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "KernSection_notaId_position_key" ON "KernSection"("notaId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Remark_notaId_position_key" ON "Remark"("notaId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineEntry_notaId_position_key" ON "TimelineEntry"("notaId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AnnexCategory_notaId_position_key" ON "AnnexCategory"("notaId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Kader_categoryId_position_key" ON "Kader"("categoryId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Bijdrage_kaderId_position_key" ON "Bijdrage"("kaderId", "position");

-- CreateIndex
CREATE INDEX "Approval_notaId_officeId_idx" ON "Approval"("notaId", "officeId");

-- CreateIndex
CREATE INDEX "Approval_decisionPointId_idx" ON "Approval"("decisionPointId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_notaId_id_idx" ON "AuditEvent"("notaId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_id_idx" ON "AuditEvent"("actorId", "id");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nota" ADD CONSTRAINT "Nota_ownerOfficeId_fkey" FOREIGN KEY ("ownerOfficeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nota" ADD CONSTRAINT "Nota_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotaParty" ADD CONSTRAINT "NotaParty_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotaParty" ADD CONSTRAINT "NotaParty_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotaRecipient" ADD CONSTRAINT "NotaRecipient_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotaRecipient" ADD CONSTRAINT "NotaRecipient_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionPoint" ADD CONSTRAINT "DecisionPoint_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KernSection" ADD CONSTRAINT "KernSection_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remark" ADD CONSTRAINT "Remark_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEntry" ADD CONSTRAINT "TimelineEntry_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnexCategory" ADD CONSTRAINT "AnnexCategory_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kader" ADD CONSTRAINT "Kader_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AnnexCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bijdrage" ADD CONSTRAINT "Bijdrage_kaderId_fkey" FOREIGN KEY ("kaderId") REFERENCES "Kader"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_decisionPointId_fkey" FOREIGN KEY ("decisionPointId") REFERENCES "DecisionPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AuditEvent is append-only: the application may insert, never change or remove a row.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();
