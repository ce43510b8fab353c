// How a field of the offer is named to people, from its path in the form data: used by the review
// comparison (server) and the offer form's error summary (browser), so both say the same.

// Which message group names the parts of a repeated field (OfferForm.<group>.<key>).
const PART_GROUPS: Record<string, string> = {
  locations: "location",
  schedules: "schedule",
  phones: "phone",
  contacts: "contact",
  planning: "planning",
  translations: "translation",
};

/**
 * "locations[0].schedules[1].opensAt" → "Orte 1 · Öffnungszeiten an diesem Ort 2 · Von".
 * `known` looks a message up (null if missing); `fieldLabels` names another message group for the
 * field labels (e.g. "Organizations.fields"), tried before Review.fields.
 */
export function fieldPathLabel(path: string, known: (key: string) => string | null, fieldLabels?: string): string {
  let group: string | null = null;
  return path
    .split(".")
    .map((part) => {
      const [, name, index] = /^(\w+)(?:\[(\d+)\])?$/.exec(part) ?? [, part];
      const text = (group ? known(`OfferForm.${group}.${name}`) : null) ?? (fieldLabels ? known(`${fieldLabels}.${name}`) : null) ?? known(`Review.fields.${name}`) ?? name!;
      group = PART_GROUPS[name!] ?? group;
      return index === undefined ? text : `${text} ${Number(index) + 1}`;
    })
    .join(" · ");
}
