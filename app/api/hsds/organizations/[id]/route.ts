import { hsdsJson, hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";
import { getOrganization } from "@/server/hsds/api/organizations";

export const dynamic = "force-dynamic";
export const GET = hsdsRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  hsdsJson(request, await getOrganization(request, (await params).id)),
);
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
