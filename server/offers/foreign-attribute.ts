import { z } from "zod";
import { plainText } from "../plain-text";

// An HSDS attribute of another directory's vocabulary, kept on the offer as it came (OfferData
// `foreignAttributes`): a term of a taxonomy we do not know, or a term we could not map in one we
// know. The HSDS fields of attribute, taxonomy_term and taxonomy_detail only (extension members
// and metadata are not kept), bounded like every text a file brings. Exported again in the
// service's attributes (server/hsds/from-offer.ts); never shown to residents or indexed. No
// "server-only": OfferData's schema includes it.

const id = z.uuid();
/** Empty text is kept as absent: the export writes a required description empty, and reading that back must change nothing. */
const text = (max: number) =>
  plainText()
    .max(max)
    .optional()
    .transform((v) => v || undefined);
/** A URI that does not parse is dropped (HSDS types it `format: uri`, so it must not be exported). */
const uri = z
  .string()
  .max(2000)
  .optional()
  .transform((v) => (v && URL.canParse(v) ? v : undefined));

export const foreignTaxonomySchema = z.object({
  id,
  name: plainText().min(1).max(300),
  description: text(2000),
  uri,
  version: text(100),
});

export const foreignTermSchema = z.object({
  id,
  code: text(300),
  name: plainText().min(1).max(300),
  description: text(2000),
  parent_id: id.optional(),
  taxonomy: text(300),
  taxonomy_detail: foreignTaxonomySchema.optional(),
  taxonomy_id: id.optional(),
  language: text(20),
  term_uri: uri,
});

export const foreignAttributeSchema = z.object({
  id,
  taxonomy_term_id: id.optional(),
  link_type: text(300),
  value: text(2000),
  taxonomy_term: foreignTermSchema.optional(),
});

export type ForeignAttribute = z.output<typeof foreignAttributeSchema>;
export type ForeignAttributeInput = z.input<typeof foreignAttributeSchema>;
