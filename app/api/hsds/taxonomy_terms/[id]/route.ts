import { hsdsJson, hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";
import { getTaxonomyTerm } from "@/server/hsds/api/public-vocabulary";

export const dynamic = "force-dynamic";
export const GET = hsdsRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  hsdsJson(request, await getTaxonomyTerm(request, (await params).id)),
);
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
