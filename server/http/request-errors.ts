import "server-only";
import { log, messageOf } from "../log";
import { errorRoute } from "./route-pattern";

/** Digests of the last errors logged: Next reports one failed render more than once (HTML and RSC passes). */
const recent: string[] = [];

/**
 * A request Next could not answer (a page or action that threw): one JSON line with the route
 * pattern, the error's first line and the digest the error page carries, so a resident's report
 * finds its line. Nothing of the request: later lines of a message (Prisma quotes a call's
 * arguments there) and the request's path, headers and body stay out.
 */
export function logRequestError(err: unknown, context: { routePath: string; routeType: string }): void {
  const digest = (err as { digest?: unknown } | null)?.digest?.toString();
  if (digest) {
    if (recent.includes(digest)) return;
    recent.push(digest);
    if (recent.length > 100) recent.shift();
  }
  log("error", "request-error", {
    route: errorRoute(context.routePath),
    routeType: context.routeType,
    message: messageOf(err).split("\n")[0].slice(0, 500),
    digest,
  });
}
