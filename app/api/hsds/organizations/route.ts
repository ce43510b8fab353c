import { hsdsJson, hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";
import { listOrganizations } from "@/server/hsds/api/organizations";

export const dynamic = "force-dynamic";
export const GET = hsdsRoute(async (request: Request) => hsdsJson(request, await listOrganizations(request)));
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
