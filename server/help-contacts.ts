// Local contacts shown when a search finds nothing: people who can point a resident to the right
// place (the emergency numbers beside them are the start page's, app/_components/start/
// emergency-numbers.ts). Kept as data; their labels live in messages/*/search.json
// (Search.noResultHelp.contacts.<key>). Local contacts link to their entry in the catalogue or give
// their public address and website (Bürgerbüro Markt 22: prisma/seed/eisenach-facts.json).

export type HelpContact = { key: string; offerId: string } | { key: string; address: string; website: string };

export const HELP_CONTACTS: HelpContact[] = [
  { key: "buergerbuero", address: "Markt 22, 99817 Eisenach", website: "https://www.eisenach.de/" },
  // The catalogue's Pflegestützpunkt entry (prisma/seed/offers/hf4-beratung.ts).
  { key: "pflegestuetzpunkt", offerId: "e3b2f91f-6699-40f7-bb09-3d2e91596962" },
];
