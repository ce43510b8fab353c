import "server-only";
import { apiBaseUrl } from "./site";

/** The API's info object (GET /api/hsds): the HSDS version and where its description lives. */
export function getApiInfo(request: Request) {
  const base = apiBaseUrl(request);
  // The profile (what this site serves and how the LSZ facets map to HSDS) is documented in the
  // OpenAPI document's info.description.
  return { version: "3.0", profile: `${base}/openapi.json`, openapi_url: `${base}/openapi.json` };
}
