import { describe, expect, it } from "vitest";
import { z } from "./zod";

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("zod speaks Dutch", () => {
  it("for a wrong discriminator, a missing field, a bad id and an unknown option", () => {
    const step = z.discriminatedUnion("action", [z.object({ action: z.literal("aanbieden") }), z.object({ action: z.literal("paraferen") })]);
    expect(messages(step, { action: "weggooien" })).toEqual(["Kies een van de mogelijke waarden."]);
    expect(messages(z.object({ title: z.string() }), {})).toEqual(["Vul dit veld in."]);
    expect(messages(z.uuid(), "abc")).toEqual(["Kies een bestaande waarde uit de lijst."]);
    expect(messages(z.enum(["A", "B"]), "C")).toEqual(["Kies een van de mogelijke waarden."]);
  });

  it("for lengths and numbers", () => {
    expect(messages(z.string().max(3), "abcd")).toEqual(["Gebruik hoogstens 3 tekens."]);
    expect(messages(z.string().min(1), "")).toEqual(["Vul dit veld in."]);
    expect(messages(z.number().int().min(1), 0)).toEqual(["Vul minstens 1 in."]);
    expect(messages(z.number(), "x")).toEqual(["Vul een getal in."]);
  });

  it("never in English", () => {
    const everything = z.object({ a: z.string(), b: z.number(), c: z.uuid(), d: z.array(z.string()).min(1), e: z.literal("x"), f: z.boolean() }).strict();
    for (const message of messages(everything, { a: 1, b: "b", c: "c", d: [], e: "y", f: "f", g: 1 })) {
      expect(message).not.toMatch(/invalid|expected|received|must|required/i);
    }
  });
});
