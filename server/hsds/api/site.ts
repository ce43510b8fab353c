import "server-only";
import { env } from "../../env";

/**
 * The API's absolute base URL (`https://katalog.example/api/hsds`) for links in responses: the
 * info object's URIs and the OpenAPI document's schema refs. NEXTAUTH_URL when set (behind a
 * reverse proxy the request's own host may be an internal one), else the request's origin.
 */
export function apiBaseUrl(request: Request): string {
  return `${new URL(env.NEXTAUTH_URL ?? request.url).origin}/api/hsds`;
}
