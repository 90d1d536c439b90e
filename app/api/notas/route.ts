import type { NextRequest } from "next/server";
import { json, readJson, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { createNota } from "@/lib/services/nota/create-nota";
import { CreateNotaInputSchema } from "@/lib/validation/create-nota";

/** A new nota, from a template or as a copy: answers its id and reference (201). */
export async function POST(request: NextRequest) {
  return withUser(request, async (user) => {
    const input = await readJson(request, CreateNotaInputSchema);
    return json(await createNota({ user, input, context: await requestContext() }), { status: 201 });
  });
}
