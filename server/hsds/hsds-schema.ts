import { z } from "zod";

// The HSDS 3.0 service object as the import accepts it: the fields the catalogue maps, checked at
// the boundary (required fields, UUID ids, times, dates). Everything else HSDS allows passes
// through unchecked (loose objects) and is ignored by the mapping. The same types describe what
// the export writes, which vendor/hsds-3.0/schema/compiled/service_with_definitions.json checks.

const id = z.uuid({ error: "must be a UUID" });
const str = z.string().nullish();
const num = z.number().nullish();
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();

/** HSDS times are "HH:MM" or "HH:MM:SS", optionally with "Z" or a UTC offset. */
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;
const time = z.string().regex(TIME, "must be a time of day HH:MM (00:00 to 23:59)").nullish();
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T.+)?$/, "must be a date YYYY-MM-DD")
  .refine((v) => !Number.isNaN(Date.parse(v.slice(0, 10))), "must be a real date")
  .nullish();

export const hsdsLanguageSchema = z.looseObject({ id, name: str, code: str, note: str });

export const hsdsTaxonomySchema = z.looseObject({ id, name: z.string(), description: str, uri: str, version: str });

export const hsdsTermSchema = z.looseObject({
  id,
  code: str,
  name: z.string(),
  description: str,
  parent_id: id.nullish(),
  taxonomy: str,
  taxonomy_detail: hsdsTaxonomySchema.nullish(),
  taxonomy_id: id.nullish(),
  language: str,
  term_uri: str,
});

export const hsdsAttributeSchema = z.looseObject({
  id,
  link_id: id.nullish(),
  taxonomy_term_id: id.nullish(),
  link_type: str,
  link_entity: str,
  value: z.union([z.string(), z.number(), z.boolean()]).nullish(),
  taxonomy_term: hsdsTermSchema.nullish(),
});

export const hsdsPhoneSchema = z.looseObject({
  id,
  number: z.string(),
  extension: z.union([z.number(), z.string()]).nullish(),
  type: str,
  description: str,
  languages: list(hsdsLanguageSchema),
});

export const hsdsContactSchema = z.looseObject({
  id,
  name: str,
  title: str,
  department: str,
  email: str,
  phones: list(hsdsPhoneSchema),
});

export const hsdsScheduleSchema = z.looseObject({
  id,
  valid_from: date,
  valid_to: date,
  freq: str,
  interval: num,
  byday: str,
  opens_at: time,
  closes_at: time,
  description: str,
  attending_type: str,
  notes: str,
});

export const hsdsAddressSchema = z.looseObject({
  id,
  address_1: str,
  address_2: str,
  city: str,
  region: str,
  state_province: str,
  postal_code: str,
  country: str,
  address_type: str,
});

export const hsdsAccessibilitySchema = z.looseObject({ id, description: str, details: str, url: str });

export const hsdsLocationSchema = z.looseObject({
  id,
  location_type: z.string(),
  name: str,
  latitude: num,
  longitude: num,
  languages: list(hsdsLanguageSchema),
  addresses: list(hsdsAddressSchema),
  contacts: list(hsdsContactSchema),
  accessibility: list(hsdsAccessibilitySchema),
  phones: list(hsdsPhoneSchema),
  schedules: list(hsdsScheduleSchema),
  attributes: list(hsdsAttributeSchema),
});

export const hsdsServiceAtLocationSchema = z.looseObject({
  id,
  service_id: id.nullish(),
  location_id: id.nullish(),
  description: str,
  contacts: list(hsdsContactSchema),
  phones: list(hsdsPhoneSchema),
  schedules: list(hsdsScheduleSchema),
  location: hsdsLocationSchema.nullish(),
  attributes: list(hsdsAttributeSchema),
});

export const hsdsOrganizationSchema = z.looseObject({
  id,
  name: z.string().trim().min(1, "is required"),
  alternate_name: str,
  description: str,
  email: str,
  website: str,
  legal_status: str,
  attributes: list(hsdsAttributeSchema),
});

export const hsdsServiceSchema = z.looseObject({
  id,
  organization_id: id.nullish(),
  name: z.string().trim().min(1, "is required"),
  alternate_name: str,
  description: str,
  url: str,
  email: str,
  status: z.enum(["active", "inactive", "defunct", "temporarily closed", "temporarily_closed"]),
  interpretation_services: str,
  application_process: str,
  fees_description: str,
  fees: str,
  eligibility_description: str,
  assured_date: date,
  last_modified: str,
  phones: list(hsdsPhoneSchema),
  schedules: list(hsdsScheduleSchema),
  service_areas: list(z.looseObject({ id, name: str, description: str, extent: str, extent_type: str, uri: str })),
  service_at_locations: list(hsdsServiceAtLocationSchema),
  languages: list(hsdsLanguageSchema),
  organization: hsdsOrganizationSchema.nullish(),
  cost_options: list(z.looseObject({ id, option: str, currency: str, amount: num, amount_description: str })),
  required_documents: list(z.looseObject({ id, document: str, uri: str })),
  contacts: list(hsdsContactSchema),
  attributes: list(hsdsAttributeSchema),
  /** Our extension: translated texts keyed by BCP 47 tag (translations.ts). */
  x_translations: z
    .record(z.string(), z.looseObject({ name: str, description: str, eligibility_description: str, application_process: str, fees_description: str }))
    .nullish(),
});

// No transforms above, so what the import reads and what the export writes have the same type.
export type HsdsService = z.output<typeof hsdsServiceSchema>;
export type HsdsOrganization = z.output<typeof hsdsOrganizationSchema>;
export type HsdsLocation = z.output<typeof hsdsLocationSchema>;
export type HsdsSchedule = z.output<typeof hsdsScheduleSchema>;
export type HsdsPhone = z.output<typeof hsdsPhoneSchema>;
export type HsdsContact = z.output<typeof hsdsContactSchema>;
export type HsdsAttribute = z.output<typeof hsdsAttributeSchema>;
export type HsdsTerm = z.output<typeof hsdsTermSchema>;
export type HsdsAccessibility = z.output<typeof hsdsAccessibilitySchema>;

/** "service_at_locations.0.location.schedules.1.opens_at" -> "service_at_locations[0].location.schedules[1].opens_at" */
export function formatPath(path: readonly PropertyKey[]) {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}
