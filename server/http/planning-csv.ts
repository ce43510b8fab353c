import "server-only";
import { getCurrentUser, type SessionUser } from "../auth";
import { can, ForbiddenError, NotFoundError } from "../authz";

// Every planners' download (/planung/*.csv) is one of these GET handlers. They live outside
// app/[locale] because the proxy hands paths with a dot past next-intl (no locale rewrite), so one
// URL serves every language and the headers are German, like the city's spreadsheets. Anyone
// without planning:read (signed out included) gets the 404 the planning pages give. The domain
// checks too (its ForbiddenError carries Next's not-found digest), but checking here first keeps
// the answer independent of that detail of Next.

export type PlanningCsv = { body: string; filename: string };
type Build = (user: SessionUser, query: URLSearchParams) => Promise<PlanningCsv | null>;

export const notFound = () => new Response("Nicht gefunden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A route handler that answers the CSV `build` makes, or 404 (no permission; `build` gives null or throws a not-found or forbidden error). */
export function planningCsvRoute(build: Build) {
  return async function GET(request: Request): Promise<Response> {
    const user = await getCurrentUser();
    if (!user || !can(user, "planning:read")) return notFound();
    let csv: PlanningCsv | null;
    try {
      csv = await build(user, new URL(request.url).searchParams);
    } catch (err) {
      // e.g. an unknown scenario id: the same 404 as a page that does not exist.
      if (err instanceof NotFoundError || err instanceof ForbiddenError) return notFound();
      throw err;
    }
    if (!csv) return notFound();
    return new Response(csv.body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${csv.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  };
}
