import { hsdsJson, hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";
import { listServices } from "@/server/hsds/api/services";

export const dynamic = "force-dynamic";

export const GET = hsdsRoute(async (request: Request) => hsdsJson(request, await listServices(request)));
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
