-- CreateEnum
CREATE TYPE "RouteActionKind" AS ENUM ('OFFERED', 'INITIALED', 'RETURNED', 'WITHDRAWN', 'SCHEDULED_ONDERRAAD', 'SCHEDULED_MR', 'SENT');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('TE_PARAFEREN', 'TER_BESLISSING', 'TER_INFORMATIE', 'TERUGGESTUURD', 'BESLUIT_VASTGELEGD', 'BESLOTEN', 'INGETROKKEN', 'HERINNERING');

-- AlterTable
ALTER TABLE "Nota" ADD COLUMN     "paraafIndex" INTEGER,
ADD COLUMN     "paraafOfficeId" UUID,
ADD COLUMN     "routeRound" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Approval" ADD COLUMN     "officeDecisionId" UUID NOT NULL;

-- CreateTable
CREATE TABLE "OfficeDecision" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "notaVersion" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "decidedById" UUID NOT NULL,
    "delegationId" UUID,
    "note" TEXT,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RouteAction" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "kind" "RouteActionKind" NOT NULL,
    "officeId" UUID,
    "userId" UUID NOT NULL,
    "delegationId" UUID,
    "stepIndex" INTEGER,
    "reason" TEXT,
    "notaVersion" INTEGER NOT NULL,
    "fromStatus" "NotaStatus" NOT NULL,
    "toStatus" "NotaStatus" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RouteAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "delegateUserId" UUID,
    "delegateOfficeId" UUID,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "reason" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "message" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OfficeDecision_notaId_round_idx" ON "OfficeDecision"("notaId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "OfficeDecision_notaId_officeId_notaVersion_key" ON "OfficeDecision"("notaId", "officeId", "notaVersion");

-- CreateIndex
CREATE INDEX "RouteAction_notaId_round_createdAt_idx" ON "RouteAction"("notaId", "round", "createdAt");

-- CreateIndex
CREATE INDEX "Delegation_officeId_endsOn_idx" ON "Delegation"("officeId", "endsOn");

-- CreateIndex
CREATE INDEX "Delegation_delegateUserId_endsOn_idx" ON "Delegation"("delegateUserId", "endsOn");

-- CreateIndex
CREATE INDEX "Delegation_delegateOfficeId_endsOn_idx" ON "Delegation"("delegateOfficeId", "endsOn");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_key_key" ON "Notification"("userId", "key");

-- CreateIndex
CREATE INDEX "Nota_status_paraafOfficeId_idx" ON "Nota"("status", "paraafOfficeId");

-- CreateIndex
CREATE UNIQUE INDEX "Approval_officeDecisionId_decisionPointId_key" ON "Approval"("officeDecisionId", "decisionPointId");

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_officeDecisionId_fkey" FOREIGN KEY ("officeDecisionId") REFERENCES "OfficeDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeDecision" ADD CONSTRAINT "OfficeDecision_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeDecision" ADD CONSTRAINT "OfficeDecision_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeDecision" ADD CONSTRAINT "OfficeDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeDecision" ADD CONSTRAINT "OfficeDecision_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RouteAction" ADD CONSTRAINT "RouteAction_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RouteAction" ADD CONSTRAINT "RouteAction_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RouteAction" ADD CONSTRAINT "RouteAction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RouteAction" ADD CONSTRAINT "RouteAction_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_delegateUserId_fkey" FOREIGN KEY ("delegateUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_delegateOfficeId_fkey" FOREIGN KEY ("delegateOfficeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;
