// The database's enums are the domain's enums: the compiler refuses the build when one list
// changes without the other (prisma/schema.prisma against lib/domain).
import type * as Db from "@/lib/generated/prisma/enums";
import type * as Domain from "@/lib/domain/enums";
import type { RecordedRouteAction } from "@/lib/domain/route/steps";
import type { RouteStatus } from "@/lib/domain/route/state-machine";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const DOMAIN_ENUMS_MATCH_THE_DATABASE: [
  Same<Db.Marking, Domain.Marking>,
  Same<Db.Classification, Domain.Classification>,
  Same<Db.PartyRole, Domain.PartyRole>,
  Same<Db.RecipientRole, Domain.RecipientRole>,
  Same<Db.KaderCategoryKind, Domain.KaderCategoryKind>,
  Same<Db.OrganisationFramework, Domain.OrganisationFramework>,
  Same<Db.Role, Domain.Role>,
  Same<Db.DecisionValue, Domain.DecisionValue>,
  Same<Db.OfficeKind, Domain.OfficeKind>,
  Same<Db.NotaStatus, RouteStatus>,
  Same<Db.RouteActionKind, RecordedRouteAction>,
] = [true, true, true, true, true, true, true, true, true, true, true];
