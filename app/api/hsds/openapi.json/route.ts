import { hsdsJson, hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";
import { servedOpenApi } from "@/server/hsds/api/openapi";
import { parseQuery } from "@/server/hsds/api/params";
import { apiBaseUrl } from "@/server/hsds/api/site";

// The HSDS API reference as this site serves it, its $refs pointing at /api/hsds/schema/.
export const dynamic = "force-dynamic";
export const GET = hsdsRoute(async (request: Request) => {
  parseQuery(request, {});
  return hsdsJson(request, servedOpenApi(apiBaseUrl(request)));
});
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
