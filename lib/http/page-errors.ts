// The one place where errors become what a page shows: "not found" is the not-found page; a
// refusal, a conflict or bad input is the page's own message; anything else is a bug for the
// error page (logged by Next.js, shown with a code, never swallowed).
import "server-only";
import { notFound } from "next/navigation";
import { isAppError, type AppError } from "@/lib/domain/errors";
import { toAppError } from "./known-errors";
import { errorKind, logSecurityEvent } from "./security-log";

export type PageResult<T> = { ok: true; value: T } | { ok: false; error: AppError };

export async function loadForPage<T>(load: () => Promise<T>): Promise<PageResult<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (thrown) {
    const error = toAppError(thrown);
    if (!isAppError(error)) throw thrown;
    if (error.code === "UNAVAILABLE") logSecurityEvent("warn", "database_unavailable", { where: "page", detail: errorKind(thrown) });
    if (error.code === "NOT_FOUND") notFound();
    return { ok: false, error };
  }
}
