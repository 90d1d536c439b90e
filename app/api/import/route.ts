import type { NextRequest } from "next/server";
import { json, readJson, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { saveImport, type SaveImportInput } from "@/lib/services/import/import-nota";
import { SaveImportSchema } from "@/lib/validation/import";

/** Saves a previewed import as a new concept nota. */
export async function POST(request: NextRequest) {
  return withUser(
    request,
    async (user) => {
      const input = await readJson(request, SaveImportSchema, 4 * 1024 * 1024);
      const saved = await saveImport({ user, input: input as unknown as SaveImportInput, context: await requestContext() });
      return json(saved, { status: 201 });
    },
    { maxBytes: 4 * 1024 * 1024 },
  );
}
