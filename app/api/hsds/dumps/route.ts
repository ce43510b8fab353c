import { dumpIndexResponse } from "@/server/hsds/api/dumps";
import { hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";

export const dynamic = "force-dynamic";
export const GET = hsdsRoute(async (request) => dumpIndexResponse(request));
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
