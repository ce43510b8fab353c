import "server-only";
import { changeAndReturn } from "@/app/_components/change-and-return";
import { requireUser } from "@/server/auth";
import { resolveErrorReport } from "@/server/reports/mutations";
import { reportIdSchema } from "@/server/reports/schema";

/**
 * The body of both inboxes' "done" actions: validates the id, lets server/reports check the
 * scope, and leads back to the inbox with a status. A report outside the scope and a malformed id
 * look the same.
 */
export async function resolveReportAndReturn(inboxPath: string, formData: FormData): Promise<never> {
  const user = await requireUser(inboxPath);
  const id = reportIdSchema.safeParse(formData.get("reportId"));
  return changeAndReturn(inboxPath, id, (reportId) => resolveErrorReport(user, reportId), "erledigt");
}
