import { hsdsJson, hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";
import { getApiInfo } from "@/server/hsds/api/info";
import { parseQuery } from "@/server/hsds/api/params";

// The HSDS API's info object: version, profile, OpenAPI document.
export const dynamic = "force-dynamic";
export const GET = hsdsRoute(async (request: Request) => {
  parseQuery(request, {});
  return hsdsJson(request, getApiInfo(request));
});
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
