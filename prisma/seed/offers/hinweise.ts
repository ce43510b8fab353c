// Phrases (taxonomy "hinweis") for the seed offers, derived from what each offer already says
// about itself, so a phrase never claims more than the entry: "kostenlos" only where `free` is
// true, "Hausbesuche" only where `homeVisits` is. Phrases that need a judgement ("ohne Termin",
// "Kinder können mitgebracht werden") go only to demo offers, by the kind of offer.
import type { OfferDataInput } from "../../../server/offers/schema";
import type { HinweisCode } from "../hinweise";

const COUNSELLING = /beratung|krisenhilfe|schutz_gewalt|kinderschutz/;
const DROP_IN = new Set(["begegnung", "jugendarbeit", "mehrgenerationenhaus", "lebensmittelhilfe"]);
const WITH_CHILDREN = new Set(["familienbildung", "begegnung", "mehrgenerationenhaus", "familienberatung", "erziehungsberatung", "schwangerschaftsberatung"]);

export function fittingHinweise(o: OfferDataInput): HinweisCode[] {
  const kinds = o.angebotsarten ?? [];
  const channels = o.channels ?? [];
  const counselling = kinds.some((k) => COUNSELLING.test(k));
  const codes: (HinweisCode | false)[] = [
    o.free === true && "kostenlos",
    o.byArrangement === true && "termin_nach_vereinbarung",
    o.homeVisits === true && "hausbesuche",
    o.anonymousPossible === true && "anonym",
    channels.includes("PHONE") && counselling && "telefonisch",
    channels.includes("ONLINE") && "online",
    (o.locations ?? []).some((l) => l.stepFree === true) && "barrierefrei",
  ];
  if (o.isDemo) {
    codes.push(
      !o.appointmentRequired && !o.byArrangement && kinds.some((k) => DROP_IN.has(k)) && "ohne_termin",
      kinds.some((k) => WITH_CHILDREN.has(k)) && "kinder_mitbringen",
      counselling && (o.languages ?? []).length <= 1 && "dolmetscher_mitbringen",
      counselling && "vertraulich",
      kinds.includes("begegnung") && "offen_fuer_alle",
    );
  }
  return codes.filter((c): c is HinweisCode => !!c);
}

/** The offer with its phrases (those the offer file names itself come first and stay). */
export const withHinweise = (o: OfferDataInput): OfferDataInput => ({
  ...o,
  hinweise: [...new Set([...(o.hinweise ?? []), ...fittingHinweise(o)])],
});
