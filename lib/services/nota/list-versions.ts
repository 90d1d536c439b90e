// The history of a nota: its numbered versions, newest first, for those who may read it.
import "server-only";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export async function listVersions(options: { user: CurrentUser; reference: string; context: RequestContext }) {
  return readableNotaOrRefuse(
    options.user,
    { reference: options.reference },
    {
      id: true,
      reference: true,
      title: true,
      status: true,
      ownerOfficeId: true,
      version: true,
      versions: {
        orderBy: { number: "desc" },
        select: {
          number: true,
          revision: true,
          kind: true,
          label: true,
          createdAt: true,
          updatedAt: true,
          contentHash: true,
          author: { select: { name: true } },
        },
      },
    },
    { action: "nota.read_refused", context: options.context },
  );
}
