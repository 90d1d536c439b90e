// Dutch messages for zod's own checks, written for the person at the form, not for a
// developer: what to do, not which type was expected.
import type { z } from "zod";

type Issue = z.core.$ZodRawIssue;

const STRING_FORMATS: Record<string, string> = {
  uuid: "Kies een bestaande waarde uit de lijst.",
  email: "Vul een geldig e-mailadres in.",
  url: "Vul een geldig webadres in.",
  date: "Vul een geldige datum in.",
  datetime: "Vul een geldige datum en tijd in.",
  regex: "De waarde heeft niet de juiste vorm.",
};

export function dutchIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "Vul dit veld in.";
      if (issue.expected === "number" || issue.expected === "int") return "Vul een getal in.";
      if (issue.expected === "boolean") return "Kies ja of nee.";
      if (issue.expected === "array") return "Kies een of meer waarden.";
      return "Deze waarde is niet geldig.";
    case "invalid_value":
      return "Kies een van de mogelijke waarden.";
    case "invalid_union":
      // A discriminated union whose tag is unknown: the person chose something that is not offered.
      return "discriminator" in issue || issue.note ? "Kies een van de mogelijke waarden." : "Deze waarde is niet geldig.";
    case "invalid_format":
      return STRING_FORMATS[issue.format] ?? "De waarde heeft niet de juiste vorm.";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "Vul dit veld in." : `Gebruik minstens ${issue.minimum} tekens.`;
      if (issue.origin === "array" || issue.origin === "set")
        return Number(issue.minimum) <= 1 ? "Kies er minstens één." : `Kies er minstens ${issue.minimum}.`;
      return `Vul ${issue.inclusive ? "minstens" : "meer dan"} ${issue.minimum} in.`;
    case "too_big":
      if (issue.origin === "string") return `Gebruik hoogstens ${issue.maximum} tekens.`;
      if (issue.origin === "array" || issue.origin === "set") return `Kies er hoogstens ${issue.maximum}.`;
      return `Vul ${issue.inclusive ? "hoogstens" : "minder dan"} ${issue.maximum} in.`;
    case "not_multiple_of":
      return "Vul een geheel getal in.";
    case "unrecognized_keys":
      return "Het verzoek bevat onbekende velden.";
    case "invalid_key":
    case "invalid_element":
      return "Deze waarde is niet geldig.";
    case "custom":
      return "Deze waarde is niet geldig.";
    default:
      return "Deze waarde is niet geldig.";
  }
}
