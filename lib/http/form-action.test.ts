import { describe, expect, it } from "vitest";
import { ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import { formAction } from "./form-action";

describe("formAction", () => {
  it("answers what was done", async () => {
    expect(await formAction(async () => "De vervanging is ingesteld.")).toEqual({ formError: null, fieldErrors: {}, done: "De vervanging is ingesteld." });
  });

  it("puts a refusal above the form and issues at their fields, renamed to the form's names", async () => {
    const state = await formAction(
      async () => {
        throw new InvalidInputError("Nog niet ingesteld.", [
          { path: "delegateUserId", message: "Kies een persoon." },
          { path: "delegateUserId", message: "Tweede melding." },
        ]);
      },
      (path) => (path === "delegateUserId" ? "vervanger" : path),
    );
    expect(state).toEqual({ formError: "Nog niet ingesteld.", fieldErrors: { vervanger: "Kies een persoon." }, done: null });
    expect((await formAction(async () => Promise.reject(new ForbiddenError("Niet namens dit kabinet.")))).formError).toBe("Niet namens dit kabinet.");
  });

  it("never swallows a bug", async () => {
    await expect(formAction(async () => Promise.reject(new TypeError("kapot")))).rejects.toThrow("kapot");
  });
});
