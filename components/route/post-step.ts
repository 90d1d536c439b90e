// Sends a route step to the server and reports back in Dutch.
import type { RouteStepRequest } from "@/lib/validation/route-step";

export type StepOutcome = { ok: true } | { ok: false; message: string; issues: Array<{ path: string; message: string }> };

export async function postStep(notaId: string, body: RouteStepRequest): Promise<StepOutcome> {
  try {
    const response = await fetch(`/api/notas/${notaId}/stap`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (response.ok) return { ok: true };
    const result = await response.json().catch(() => ({}));
    return { ok: false, message: result.error ?? `Het is niet gelukt (fout ${response.status}).`, issues: result.issues ?? [] };
  } catch {
    return {
      ok: false,
      message: "De verbinding met de server viel weg. Het is niet zeker of de stap is verwerkt: vernieuw de pagina om te zien hoe de nota ervoor staat.",
      issues: [],
    };
  }
}
