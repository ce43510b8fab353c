import { getCurrentUser } from "@/server/auth";
import { can } from "@/server/authz";
import { profileCsv } from "@/server/coverage/csv";
import { getAreaProfiles } from "@/server/coverage/profile";

// /planung/profil.csv: the profile per Planungsraum from /planung for Excel. Outside app/[locale]
// for the reason given in ../abdeckung.csv/route.ts; anyone without planning:read gets a 404.

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!can(user, "planning:read")) {
    return new Response("Nicht gefunden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(profileCsv(await getAreaProfiles(user)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="planungsraeume.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
