import { z } from "zod";
import { plainText } from "../plain-text";

// An organisation's editable details as one document: what the edit form sends, what a revision
// holds and what an approval writes. No "server-only": the form component validates with it too.

const optionalText = (max: number) =>
  plainText().max(max).nullish().transform((v) => (v ? v : null));

export const ORGANIZATION_FIELDS = ["name", "alternateName", "description", "email", "website", "legalStatus", "providerType"] as const;
export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number];

/** Fields only the city's staff (offer:edit-any) may change; a provider's values are ignored. */
export const CITY_ONLY_FIELDS = ["legalStatus", "providerType"] as const satisfies readonly OrganizationField[];

export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 4000;

export const organizationDataSchema = z.object({
  name: plainText().min(1).max(NAME_MAX),
  alternateName: optionalText(NAME_MAX),
  description: optionalText(DESCRIPTION_MAX),
  email: z.email().max(254).nullish().transform((v) => v ?? null),
  website: z.url({ protocol: /^https?$/ }).max(2000).nullish().transform((v) => v ?? null),
  legalStatus: optionalText(200),
  providerType: optionalText(200),
});

export type OrganizationData = z.output<typeof organizationDataSchema>;
/** What the form's fields send (conform turns empty fields into undefined). */
export type OrganizationFormInput = { [K in OrganizationField]?: string };

/** A stored organisation row (or revision document) as the form's starting values. */
export function toOrganizationFormDefaults(d: { [K in OrganizationField]: string | null }): OrganizationFormInput {
  return Object.fromEntries(ORGANIZATION_FIELDS.map((f) => [f, d[f] ?? undefined]));
}
