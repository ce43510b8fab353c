// All seed offers, one file per Handlungsfeld (an offer lives in the file of its first
// Handlungsfeld) plus the offers without address (helplines, online counselling).
import type { OfferDataInput } from "../../../server/offers/schema";
import { hf1Offers } from "./hf1-steuerung";
import { hf2Offers } from "./hf2-vereinbarkeit";
import { hf3Offers } from "./hf3-bildung";
import { hf4Offers } from "./hf4-beratung";
import { hf5Offers } from "./hf5-wohnumfeld";
import { hf6Offers } from "./hf6-generationen";
import { hotlineOffers } from "./hotlines";
import { withHinweise } from "./hinweise";

export { organizations, ORG, type SeedOrganization } from "./organizations";
export type { SeedOffer } from "./helpers";

export const offers: OfferDataInput[] = [
  ...hf1Offers,
  ...hf2Offers,
  ...hf3Offers,
  ...hf4Offers,
  ...hotlineOffers,
  ...hf5Offers,
  ...hf6Offers,
].map(withHinweise);
