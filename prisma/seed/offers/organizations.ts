// Providers (HSDS organization). Real providers come from eisenach-facts.json (and, for the
// nationwide helplines, from the pages cited in hotlines.ts); invented providers say so in their
// description and are isDemo. Websites are only set where a source shows the domain.
export type SeedOrganization = {
  id: string;
  name: string;
  alternateName?: string | null;
  description: string;
  email?: string | null;
  website: string | null;
  legalStatus?: string | null;
  providerType: string | null;
  isDemo: boolean;
};

const FICTIONAL = "Fiktiver Träger (Demo-Daten, keine echte Organisation).";

export const ORG = {
  // ---------------------------------------------------------------- real (eisenach-facts.json)
  stadt: "4cdf8327-5008-488e-93a2-56e93d403bca",
  diako: "859d2847-34bc-481b-8972-a89436670fea",
  diakonissenhaus: "0d65d189-1bf8-42c3-a91f-feb21696fc98",
  awoAjs: "66ea9c52-453e-4989-a539-7e8d5b590be6",
  awo: "17b9396f-3ec5-46bc-a247-05b6653ab466",
  zlg: "c76fe879-1014-429b-b4c5-2f15a37ae7d9",
  diakoniewerkGotha: "ab7349fd-08da-4b75-8b23-1933890c70fa",
  caritas: "1f8dc778-6127-40a8-bd0a-98eb285172e0",
  caritasStElisabeth: "ccc24eb4-18fc-4ac2-9d87-8a13998d9f27",
  frauenHelfenFrauen: "7dc8acca-f4d9-4aa9-8fc8-685dac397844",
  volkssolidaritaet: "1d728515-faa6-495e-ae2f-6ca28c030842",
  verbraucherzentrale: "4fe6800e-9b6a-487d-9120-e230e851bf83",
  jobcenter: "82c64c78-d365-4a47-8f98-5b83df86ef53",
  jugendberufsagentur: "9c416154-74c4-473c-8c70-186d9471a3b4",
  nachbarschaftszentrum: "eebe78fb-c23e-425f-8b1b-a042fd2112fe",
  nordlicht: "22fdd15d-33c8-4be7-bc51-2230d2837df0",
  audimax: "8876c303-a472-4720-a7b1-a76cce7b16aa",
  // ---------------------------------------------------------------- real nationwide helplines
  telefonseelsorge: "ca212089-85ef-4344-b4a7-1cc9781491c6",
  nummerGegenKummer: "93c9c0b1-378d-4c58-86b1-c40e644cc175",
  bafza: "4f9643ec-8a40-46c4-b501-9befc95289f1",
  bmfsfj: "e7c0d7dc-1516-4351-80e1-4cf192685533",
  bioeg: "ac77a14c-1bbb-41a2-96c5-b1bba0689f19",
  silbernetz: "7b0bcfef-f8dc-4201-bb67-96a934f7868a",
  // ---------------------------------------------------------------- invented (isDemo)
  familienzentrumOst: "e08a537b-a14b-4e51-81c0-2f3715691809",
  nachbarschaftNord: "7c7379c9-70f7-427a-a7d6-abf866516855",
  kitaVerbund: "8c0b62ac-1459-4046-8457-50230299b003",
  familienbildungswerk: "16c19588-6585-481b-ae9e-e503d3b57e5a",
  seniorendienste: "99c996d5-3382-4d1c-85b8-dd57fed43ecb",
  buergerbus: "75369038-4780-421b-9d5d-9b32edda205f",
  interkulturell: "a99b0a86-cb96-417b-8dfd-904eca24e3d0",
  pflegestuetzpunktVerbund: "d2a86775-9652-48c0-b751-cd363913b8e5",
  beratungsdienste: "397458b3-eeae-43eb-8dae-8663653a55a9",
  jugendhilfeWartburgland: "072fa99f-e33a-4972-81f4-37e66e89c0b0",
  dorfleben: "cb16f04c-cb20-4d60-b082-f9693097aa64",
  hebammennetz: "897bb938-8d7e-4adf-a9fd-5137d1a5d4d4",
  betreuungsverein: "de916e35-6d67-40b1-befc-4d2b13773ca4",
} as const;

export const organizations: SeedOrganization[] = [
  {
    id: ORG.stadt,
    name: "Stadt Eisenach",
    alternateName: "Stadtverwaltung Eisenach",
    description:
      "Stadtverwaltung der Großen Kreisstadt Eisenach (seit 1. Juli 2021 im Wartburgkreis), Markt 2. Sozialplanung " +
      "für das Landesprogramm „Solidarisches Zusammenleben der Generationen“ in der Stabsstelle Soziale Stadt.",
    website: "https://www.eisenach.de",
    providerType: "kommunal",
    isDemo: false,
  },
  {
    id: ORG.diako,
    name: "Diako Thüringen gem. GmbH",
    description:
      "Diakonischer Träger mit Beratungszentrum, Kinder- und Jugendhilfe, Eingliederungshilfe, Freiwilligenagentur und " +
      "Pflege in Eisenach. Träger-Stiftung ist die Ev.-Luth. Diakonissenhaus-Stiftung Eisenach.",
    website: "https://www.diako-thueringen.de",
    providerType: "freier Träger (diakonisch)",
    isDemo: false,
  },
  {
    id: ORG.diakonissenhaus,
    name: "Ev.-Luth. Diakonissenhaus-Stiftung Eisenach",
    description: "Träger-Stiftung der Diako Thüringen; Karlsplatz 27/31, 99817 Eisenach, Telefon 03691 260-0.",
    website: null,
    providerType: "freier Träger (kirchliche Stiftung)",
    isDemo: false,
  },
  {
    id: ORG.awoAjs,
    name: "AWO AJS gGmbH",
    description: "Gesellschaft der Arbeiterwohlfahrt; Träger des Kindergartens und ThEKiZ „Haus Sonnenschein“ in Eisenach.",
    website: null,
    providerType: "freier Träger (Wohlfahrtsverband)",
    isDemo: false,
  },
  {
    id: ORG.awo,
    name: "Arbeiterwohlfahrt (AWO) in Eisenach",
    description:
      "Angebote der Arbeiterwohlfahrt in Eisenach, u. a. das Kinder- und Jugendhaus „East End“. Die genaue " +
      "Trägergesellschaft ist in den ausgewerteten Quellen nicht angegeben.",
    website: null,
    providerType: "freier Träger (Wohlfahrtsverband)",
    isDemo: false,
  },
  {
    id: ORG.zlg,
    name: "Zusammen-Leben-Gestalten e. V.",
    description: "Verein, Träger der ThINKA-Stadtteilarbeit in der Eisenacher Oststadt (Altstadtstraße 59–61).",
    website: null,
    legalStatus: "eingetragener Verein",
    providerType: "freier Träger (Verein)",
    isDemo: false,
  },
  {
    id: ORG.diakoniewerkGotha,
    name: "Diakoniewerk Gotha gGmbH",
    description: "Diakonischer Träger; betreibt seit 1994 das Jugendhilfebüro Eisenach (flexible ambulante Erziehungshilfen).",
    website: "https://www.diakonie-gotha.de",
    providerType: "freier Träger (diakonisch)",
    isDemo: false,
  },
  {
    id: ORG.caritas,
    name: "Caritasverband für das Bistum Erfurt e. V.",
    alternateName: "Caritasregion Südthüringen",
    description:
      "Katholischer Wohlfahrtsverband; in Eisenach u. a. Eisenacher Tafel, Tagestreff, Fachdienst Flexible Ambulante " +
      "Erziehungshilfen und Schulsozialarbeit.",
    website: "https://www.caritas-bistum-erfurt.de",
    legalStatus: "eingetragener Verein",
    providerType: "freier Träger (katholisch)",
    isDemo: false,
  },
  {
    id: ORG.caritasStElisabeth,
    name: "Caritas-Trägergesellschaft St. Elisabeth",
    description: "Träger des Caritas-Altenzentrums Elisabethenruhe im Mariental.",
    website: null,
    providerType: "freier Träger (katholisch)",
    isDemo: false,
  },
  {
    id: ORG.frauenHelfenFrauen,
    name: "Frauen helfen Frauen e. V.",
    description: "Verein, Träger des Frauenhauses Eisenach.",
    website: null,
    legalStatus: "eingetragener Verein",
    providerType: "freier Träger (Verein)",
    isDemo: false,
  },
  {
    id: ORG.volkssolidaritaet,
    name: "Volkssolidarität in Eisenach",
    description: "Wohlfahrtsverband; ambulanter Pflegedienst und Essen auf Rädern in der Wartburgallee 48.",
    website: null,
    providerType: "freier Träger (Wohlfahrtsverband)",
    isDemo: false,
  },
  {
    id: ORG.verbraucherzentrale,
    name: "Verbraucherzentrale Thüringen e. V.",
    description: "Unabhängige Verbraucherberatung; in Eisenach mit dem Beratungsmobil bzw. im Bürgerbüro am Markt.",
    website: "https://www.vzth.de",
    legalStatus: "eingetragener Verein",
    providerType: "freier Träger (Verbraucherschutz)",
    isDemo: false,
  },
  {
    id: ORG.jobcenter,
    name: "Jobcenter Wartburgkreis",
    description: "Grundsicherung für Arbeitsuchende (SGB II) für den Wartburgkreis und Eisenach (seit der Fusion 2022).",
    website: null,
    providerType: "öffentlich (gemeinsame Einrichtung)",
    isDemo: false,
  },
  {
    id: ORG.jugendberufsagentur,
    name: "Jugendberufsagentur Eisenach",
    description:
      "Kooperation von Stadt Eisenach, Jobcenter, Agentur für Arbeit Suhl und Staatlichem Schulamt Westthüringen, " +
      "gegründet im August 2019.",
    website: null,
    providerType: "öffentlich (Kooperationsverbund)",
    isDemo: false,
  },
  {
    id: ORG.nachbarschaftszentrum,
    name: "Nachbarschaftszentrum Goethestraße",
    description:
      "Begegnungsstätte in der Goethestraße 10a (Sitzungen des Seniorenbeirats, Treffen der Volkssolidarität, " +
      "Veranstaltungen des Jugendforums). Der Betreiber ist in den ausgewerteten Quellen nicht genannt.",
    website: null,
    providerType: null,
    isDemo: false,
  },
  {
    id: ORG.nordlicht,
    name: "Kinder- und Jugendzentrum „Nordlicht“",
    description: "Offene Kinder- und Jugendarbeit in Eisenach-Nord. Der Träger ist in den ausgewerteten Quellen nicht bestätigt.",
    website: null,
    providerType: null,
    isDemo: false,
  },
  {
    id: ORG.audimax,
    name: "AudiMax-Bildungsakademie für Kinder & Jugendliche e. V.",
    description:
      "Verein, um 2008–2010 Träger des Mehrgenerationenhauses Eisenach (Marienstraße). Ob der Verein heute noch " +
      "besteht, ist nicht belegt; deshalb als Demo-Eintrag markiert.",
    website: null,
    providerType: "freier Träger (Verein)",
    isDemo: true,
  },
  {
    id: ORG.telefonseelsorge,
    name: "TelefonSeelsorge Deutschland e. V.",
    description: "Ökumenischer Dachverband der TelefonSeelsorge; rund 100 Stellen bundesweit, getragen von den Kirchen.",
    website: "https://www.telefonseelsorge.de",
    providerType: "freier Träger (kirchlich, bundesweit)",
    isDemo: false,
  },
  {
    id: ORG.nummerGegenKummer,
    name: "Nummer gegen Kummer e. V.",
    description: "Dachverband des Kinder- und Jugendtelefons und des Elterntelefons, Sitz Wuppertal.",
    website: "https://www.nummergegenkummer.de",
    providerType: "freier Träger (bundesweit)",
    isDemo: false,
  },
  {
    id: ORG.bafza,
    name: "Bundesamt für Familie und zivilgesellschaftliche Aufgaben",
    alternateName: "BAFzA",
    description: "Bundesbehörde; betreibt die Hilfetelefone „Gewalt gegen Frauen“ und „Schwangere in Not“.",
    website: null,
    providerType: "öffentlich (Bund)",
    isDemo: false,
  },
  {
    id: ORG.bmfsfj,
    name: "Bundesministerium für Familie, Senioren, Frauen und Jugend",
    alternateName: "BMFSFJ",
    description: "Bundesministerium; bietet das Pflegetelefon und das Portal „Wege zur Pflege“ an.",
    website: "https://www.bmfsfj.de",
    providerType: "öffentlich (Bund)",
    isDemo: false,
  },
  {
    id: ORG.bioeg,
    name: "Bundesinstitut für Öffentliche Gesundheit (früher BZgA)",
    description: "Bundesbehörde für gesundheitliche Aufklärung; Telefonberatung und Kampagne „Check dein Spiel“ zur Glücksspielsucht.",
    website: null,
    providerType: "öffentlich (Bund)",
    isDemo: false,
  },
  {
    id: ORG.silbernetz,
    name: "Silbernetz e. V.",
    description: "Verein aus Berlin; kostenloses Gesprächstelefon gegen Einsamkeit für Menschen ab 60 Jahren.",
    website: null,
    providerType: "freier Träger (Verein, bundesweit)",
    isDemo: false,
  },
  // ---------------------------------------------------------------- invented providers
  ...(
    [
      [ORG.familienzentrumOst, "Familienzentrum Oststadt e. V.", "freier Träger (Verein)", "https://familienzentrum-oststadt.example"],
      [ORG.nachbarschaftNord, "Nachbarschaftshilfe Eisenach-Nord e. V.", "freier Träger (Verein)", null],
      [ORG.kitaVerbund, "Kita-Verbund Wartburgstadt gGmbH", "freier Träger (gGmbH)", "https://kita-verbund-wartburgstadt.example"],
      [ORG.familienbildungswerk, "Familienbildungswerk Wartburgregion e. V.", "freier Träger (Verein)", "https://familienbildungswerk.example"],
      [ORG.seniorendienste, "Seniorendienste Hörselaue gGmbH", "freier Träger (gGmbH)", "https://seniorendienste-hoerselaue.example"],
      [ORG.buergerbus, "Bürgerbus Eisenacher Ortsteile e. V.", "freier Träger (Verein)", null],
      [ORG.interkulturell, "Interkulturelles Netzwerk Eisenach e. V.", "freier Träger (Verein)", null],
      [ORG.pflegestuetzpunktVerbund, "Trägerverbund Pflegestützpunkt Eisenach", "öffentlich (Pflegekassen und Kommune)", null],
      [ORG.beratungsdienste, "Beratungsdienste Westthüringen gGmbH", "freier Träger (gGmbH)", "https://beratungsdienste-westthueringen.example"],
      [ORG.jugendhilfeWartburgland, "Jugendhilfe Wartburgland e. V.", "freier Träger (Verein)", null],
      [ORG.dorfleben, "Dorfleben Eisenacher Ortsteile e. V.", "freier Träger (Verein)", null],
      [ORG.hebammennetz, "Hebammennetz Eisenach", "freiberuflich (Hebammen)", null],
      [ORG.betreuungsverein, "Betreuungsverein Wartburgstadt e. V.", "freier Träger (Verein)", null],
    ] as const
  ).map(
    ([id, name, providerType, website]): SeedOrganization => ({
      id,
      name,
      description: FICTIONAL,
      website,
      providerType,
      isDemo: true,
    }),
  ),
];
