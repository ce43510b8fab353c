import { hsdsJson, hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";
import { listServiceAtLocations } from "@/server/hsds/api/service-at-locations";

export const dynamic = "force-dynamic";

export const GET = hsdsRoute(async (request: Request) => hsdsJson(request, await listServiceAtLocations(request)));
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
