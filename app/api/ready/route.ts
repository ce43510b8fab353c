import { NextResponse } from "next/server";
import { checkReadiness } from "@/server/health/readiness";

export const dynamic = "force-dynamic";

/** Readiness for load balancers and monitoring: database, search replicas and the outbox backlog (server/health/readiness.ts). */
export async function GET() {
  const readiness = await checkReadiness();
  return NextResponse.json(readiness, { status: readiness.status === "unavailable" ? 503 : 200, headers: { "Cache-Control": "no-store" } });
}
