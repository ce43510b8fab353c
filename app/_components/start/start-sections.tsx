import { BrowseHandlungsfelder } from "./browse-handlungsfelder";
import { EmergencyBox } from "./emergency-box";
import { LifeSituationLinks } from "./life-situation-links";

/** What the search page shows before any search: ways in for residents who do not know the word. */
export function StartSections({ handlungsfelder }: { handlungsfelder: Record<string, string> }) {
  return (
    <div className="mt-6 grid gap-6 md:grid-cols-[1fr_20rem]">
      <LifeSituationLinks />
      <div className="space-y-6">
        <EmergencyBox />
        <BrowseHandlungsfelder labels={handlungsfelder} />
      </div>
    </div>
  );
}
