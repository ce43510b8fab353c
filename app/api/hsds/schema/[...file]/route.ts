import { hsdsPreflight, hsdsResponse, hsdsRoute } from "@/server/hsds/api/http";
import { parseQuery } from "@/server/hsds/api/params";
import { readSchemaFile } from "@/server/hsds/api/schema-files";

// The vendored HSDS 3.0 schemas (per-object and compiled/), which the OpenAPI document refers to.
export const dynamic = "force-dynamic";
export const GET = hsdsRoute(async (request: Request, { params }: { params: Promise<{ file: string[] }> }) => {
  parseQuery(request, {});
  return hsdsResponse(request, readSchemaFile((await params).file), { contentType: "application/schema+json; charset=utf-8" });
});
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
