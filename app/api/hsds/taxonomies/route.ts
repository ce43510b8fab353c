import { hsdsJson, hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";
import { listTaxonomies } from "@/server/hsds/api/public-vocabulary";

export const dynamic = "force-dynamic";
export const GET = hsdsRoute(async (request: Request) => hsdsJson(request, await listTaxonomies(request)));
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
