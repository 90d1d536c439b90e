// Every API address with every kind of broken request: bodies that are not JSON, JSON of the
// wrong shape, bytes that are not UTF-8, forms where JSON is expected, a body nested ten
// thousand deep, ids that are no ids, unknown server actions. Each gets a 4xx with a Dutch
// message in JSON, never a 500 and never a stack trace or an English error text.
import { createNota, createOffice, createUser, notaContent } from "@/lib/testing/factories";
import { expect, loginAs, test } from "./fixtures/test";

type Body = { name: string; data: string | Buffer; contentType: string };

const BODIES: Body[] = [
  { name: "broken JSON", data: "{", contentType: "application/json" },
  { name: "JSON with a trailing comma", data: '{"a":1,}', contentType: "application/json" },
  { name: "empty", data: "", contentType: "application/json" },
  { name: "null", data: "null", contentType: "application/json" },
  { name: "an array", data: "[]", contentType: "application/json" },
  { name: "a number", data: "42", contentType: "application/json" },
  { name: "a string", data: '"besluiten"', contentType: "application/json" },
  { name: "the wrong shape", data: '{"onbekend":true}', contentType: "application/json" },
  { name: "wrong types", data: '{"baseVersion":"een","content":7,"action":1,"expectedVersion":"x","code":123456}', contentType: "application/json" },
  { name: "prototype pollution", data: '{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}', contentType: "application/json" },
  { name: "not UTF-8", data: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]), contentType: "application/json" },
  { name: "ten thousand levels deep", data: "[".repeat(10_000) + "]".repeat(10_000), contentType: "application/json" },
  { name: "a form where JSON is expected", data: "a=1&b=2", contentType: "application/x-www-form-urlencoded" },
  {
    name: "a broken multipart form",
    data: '--grens\r\nContent-Disposition: form-data; name="bestand"\r\n\r\nx',
    contentType: "multipart/form-data; boundary=grens",
  },
  { name: "multipart without a boundary", data: "x", contentType: "multipart/form-data" },
];

// Every malformed request is a 400 (or names nothing: 404); the others are refusals of who or when.
const ACCEPTABLE = [400, 401, 403, 404, 405, 409, 413, 415];

test("every API address answers every broken request with a 4xx and a Dutch message, never a 500", async ({ page, db }) => {
  test.setTimeout(180_000);
  const office = await createOffice(db);
  const user = await createUser(db, { memberships: [{ officeId: office.id, role: "OPSTELLER" }] });
  const nota = await createNota(db, { content: notaContent(office.id), createdById: user.id });
  await loginAs(page, user.email);

  const writes: Array<[method: "POST" | "PUT" | "DELETE", path: string]> = [
    ["POST", "/api/notas"],
    ["PUT", `/api/notas/${nota.id}/inhoud`],
    ["POST", `/api/notas/${nota.id}/stap`],
    ["POST", `/api/notas/${nota.id}/versies`],
    ["POST", `/api/notas/${nota.id}/bijlagen`],
    ["DELETE", `/api/notas/${nota.id}/bijlagen/00000000-0000-4000-8000-000000000000`],
    ["POST", `/api/notas/${nota.id}/aanwezig`],
    ["POST", "/api/import"],
    ["POST", "/api/import/voorbeeld"],
    ["POST", "/api/sessie/verlengen"],
    ["POST", "/api/mfa/verificatie"],
    ["POST", "/api/mfa/instellen"],
  ];
  const problems: string[] = [];
  const check = async (label: string, response: Awaited<ReturnType<typeof page.request.fetch>>, expectJson = true) => {
    const status = response.status();
    const text = await response.text();
    if (!ACCEPTABLE.includes(status) && !(status >= 200 && status < 300)) problems.push(`${label}: ${status}`);
    if (/TypeError|SyntaxError|Unexpected token|at .*\.(js|ts):\d+|PrismaClient|stack/i.test(text)) problems.push(`${label}: leaks ${text.slice(0, 120)}`);
    if (expectJson && status >= 400 && status !== 405) {
      let message = "";
      try {
        message = (JSON.parse(text) as { error?: string }).error ?? "";
      } catch {
        problems.push(`${label}: ${status} without JSON`);
      }
      if (message && !/[a-z]/.test(message)) problems.push(`${label}: no message`);
      if (/invalid|error|expected|required|unexpected/i.test(message)) problems.push(`${label}: English message "${message}"`);
    }
  };

  for (const [method, path] of writes) {
    for (const body of BODIES) {
      const response = await page.request.fetch(path, { method, data: body.data, headers: { "Content-Type": body.contentType } });
      await check(`${method} ${path} (${body.name})`, response);
    }
  }
  // A body far above every limit is refused unread.
  const huge = await page.request.put(`/api/notas/${nota.id}/inhoud`, { data: "x".repeat(6 * 1024 * 1024), headers: { "Content-Type": "application/json" } });
  expect(huge.status()).toBe(413);

  // Ids and addresses that name nothing, or cannot be decoded.
  for (const id of ["x", "1", "00000000-0000-0000-0000-00000000000g", "%E0%A4%A", "..%2F..%2Fetc%2Fpasswd", "%00", "a".repeat(5000), `${nota.id}%20`]) {
    for (const path of [
      `/api/notas/${id}/document?formaat=pdf`,
      `/api/notas/${id}/personeel`,
      `/api/bijlagen/${id}`,
      `/api/kalender/${id}`,
      `/api/vergaderingen/${id}/csv`,
    ]) {
      await check(`GET ${path.slice(0, 80)}`, await page.request.get(path), !path.startsWith("/api/kalender"));
    }
  }
  for (const path of [
    `/notas/${nota.reference}%E0`,
    "/notas/%25E0",
    "/vergaderingen/%E0%A4%A",
    `/notas/${nota.reference}/versies?van=x&naar=%00`,
    "/notas?na=%E0",
  ]) {
    const response = await page.request.get(path);
    if (response.status() >= 500) problems.push(`GET ${path}: ${response.status()}`);
  }
  // Forms posted to a page (a server action without JavaScript) or to no address at all.
  for (const path of ["/notas", "/sessies", "/api/bestaat-niet", "/bestaat-niet"]) {
    for (const body of BODIES.filter((b) => b.contentType.startsWith("multipart"))) {
      const response = await page.request.post(path, { data: body.data, headers: { "Content-Type": body.contentType } });
      if (response.status() >= 500) problems.push(`POST ${path} (${body.name}): ${response.status()}`);
    }
  }
  // A server action that does not exist, and one with a body that is not what it expects.
  for (const action of ["0000000000000000000000000000000000000000", "x"]) {
    const response = await page.request.post("/notas", { headers: { "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8" }, data: "[" });
    if (response.status() >= 500) problems.push(`server action ${action}: ${response.status()}`);
  }
  expect(problems).toEqual([]);
  // The nota is as it was.
  expect((await db.nota.findUniqueOrThrow({ where: { id: nota.id } })).version).toBe(1);
});
