import { dumpFileResponse } from "@/server/hsds/api/dumps";
import { hsdsPreflight, hsdsRoute } from "@/server/hsds/api/http";

export const dynamic = "force-dynamic";
export const GET = hsdsRoute(async (request, { params }: { params: Promise<{ file: string }> }) => dumpFileResponse(request, (await params).file));
export const HEAD = GET;
export const OPTIONS = () => hsdsPreflight();
