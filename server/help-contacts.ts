// General contacts shown when a search finds nothing: people who can point a resident to the
// right place, and the emergency numbers. Kept as data; their labels live in messages/*/search.json
// (Search.noResultHelp.contacts.<key>). Nationwide numbers are the official ones (110/112 by law,
// 116 117 ärztlicher Bereitschaftsdienst, 116 016 Hilfetelefon, 0800 111 0 111 TelefonSeelsorge);
// local contacts link to their entry in the catalogue or give their public address and website
// (Bürgerbüro Markt 22: prisma/seed/eisenach-facts.json), so no number is typed twice.

export type HelpContact =
  | { key: string; kind: "emergency" | "hotline"; phone: string }
  | { key: string; kind: "local"; offerId: string }
  | { key: string; kind: "local"; address: string; website: string };

export const HELP_CONTACTS: HelpContact[] = [
  { key: "buergerbuero", kind: "local", address: "Markt 22, 99817 Eisenach", website: "https://www.eisenach.de/" },
  // The catalogue's Pflegestützpunkt entry (prisma/seed/offers/hf4-beratung.ts).
  { key: "pflegestuetzpunkt", kind: "local", offerId: "e3b2f91f-6699-40f7-bb09-3d2e91596962" },
  { key: "telefonseelsorge", kind: "hotline", phone: "0800 111 0 111" },
  { key: "hilfetelefon", kind: "hotline", phone: "116 016" },
  { key: "bereitschaftsdienst", kind: "hotline", phone: "116 117" },
  { key: "polizei", kind: "emergency", phone: "110" },
  { key: "rettung", kind: "emergency", phone: "112" },
];
