import { profileCsv } from "@/server/coverage/csv";
import { getAreaProfiles } from "@/server/coverage/profile";
import { planningCsvRoute } from "@/server/http/planning-csv";

// /planung/profil.csv: the profile per Planungsraum from /planung for Excel.

export const dynamic = "force-dynamic";

export const GET = planningCsvRoute(async (user) => ({ body: profileCsv(await getAreaProfiles(user)), filename: "planungsraeume.csv" }));
