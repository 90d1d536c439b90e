-- One name per route step: the recorded route action is named like the state machine's action
-- (lib/domain/route/steps.ts). Renaming keeps every recorded row.
ALTER TYPE "RouteActionKind" RENAME VALUE 'OFFERED' TO 'OFFER';
ALTER TYPE "RouteActionKind" RENAME VALUE 'INITIALED' TO 'INITIAL';
ALTER TYPE "RouteActionKind" RENAME VALUE 'RETURNED' TO 'RETURN';
ALTER TYPE "RouteActionKind" RENAME VALUE 'WITHDRAWN' TO 'WITHDRAW';
ALTER TYPE "RouteActionKind" RENAME VALUE 'SCHEDULED_ONDERRAAD' TO 'SCHEDULE_ONDERRAAD';
ALTER TYPE "RouteActionKind" RENAME VALUE 'SCHEDULED_MR' TO 'SCHEDULE_MR';
ALTER TYPE "RouteActionKind" RENAME VALUE 'SENT' TO 'MARK_SENT';
