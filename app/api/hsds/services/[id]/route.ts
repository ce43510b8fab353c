import { hsdsJson, hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";
import { getService } from "@/server/hsds/api/services";

export const dynamic = "force-dynamic";

export const GET = hsdsRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  hsdsJson(request, await getService(request, (await params).id)),
);
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
