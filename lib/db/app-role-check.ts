// Checks, logged in as the app's role, that it really is as restricted as ./grants.ts makes it:
// a role that was made superuser, joined to the owner, or given rights by hand would quietly undo
// the protection of the audit log. Returns Dutch problems; none when all is well.
import { Client } from "pg";

export async function appRoleProblems(appUrl: string): Promise<string[]> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{
      role: string;
      superuser: boolean;
      createrole: boolean;
      bypassrls: boolean;
      owned: string[];
      audit: Record<string, boolean>;
    }>(`
      SELECT r.rolname AS role, r.rolsuper AS superuser, r.rolcreaterole AS createrole, r.rolbypassrls AS bypassrls,
             -- Tables it owns or could act as the owner of (a member of the owner's role can SET ROLE to it).
             ARRAY(SELECT c.relname::text FROM pg_class c
                   WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                     AND pg_has_role(current_user, c.relowner, 'MEMBER') ORDER BY 1) AS owned,
             json_build_object(
               'SELECT', has_table_privilege('public."AuditEvent"', 'SELECT'),
               'INSERT', has_table_privilege('public."AuditEvent"', 'INSERT'),
               'UPDATE', has_table_privilege('public."AuditEvent"', 'UPDATE'),
               'DELETE', has_table_privilege('public."AuditEvent"', 'DELETE'),
               'TRUNCATE', has_table_privilege('public."AuditEvent"', 'TRUNCATE'),
               'TRIGGER', has_table_privilege('public."AuditEvent"', 'TRIGGER')) AS audit
      FROM pg_roles r WHERE r.rolname = current_user`);
    const role = rows[0];
    const problems: string[] = [];
    if (role.superuser) problems.push(`de app-rol ${role.role} is superuser`);
    if (role.createrole) problems.push(`de app-rol ${role.role} mag rollen aanmaken (CREATEROLE)`);
    if (role.bypassrls) problems.push(`de app-rol ${role.role} heeft BYPASSRLS`);
    if (role.owned.length > 0) {
      const shown = role.owned.slice(0, 5).join(", ") + (role.owned.length > 5 ? ", …" : "");
      problems.push(`de app-rol ${role.role} is eigenaar (of lid van de eigenaar) van ${role.owned.length} tabel(len): ${shown}`);
    }
    const forbidden = ["UPDATE", "DELETE", "TRUNCATE", "TRIGGER"].filter((right) => role.audit[right]);
    if (forbidden.length > 0) problems.push(`de app-rol ${role.role} mag ${forbidden.join(", ")} op "AuditEvent"`);
    const missing = ["SELECT", "INSERT"].filter((right) => !role.audit[right]);
    if (missing.length > 0) problems.push(`de app-rol ${role.role} mist ${missing.join(", ")} op "AuditEvent"`);
    return problems;
  } finally {
    await client.end();
  }
}
