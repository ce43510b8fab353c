import { hsdsJson, hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";
import { getServiceAtLocation } from "@/server/hsds/api/service-at-locations";

export const dynamic = "force-dynamic";

export const GET = hsdsRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  hsdsJson(request, await getServiceAtLocation(request, (await params).id)),
);
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
