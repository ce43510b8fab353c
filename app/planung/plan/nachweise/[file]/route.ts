export const dynamic = "force-dynamic";

// /planung/plan/nachweise/<id>.<ext>: an assessment's evidence document, for planners only.
export { GET } from "@/server/http/evidence-document";
