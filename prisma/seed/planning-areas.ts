// The provisional six Planungsräume of Eisenach.
//
// The city's own six Planungsräume are not publicly documented (eisenach-facts.json,
// planningAreas.status). What is known: the ISEK Stadtumbaugebiete (Innenstadt-Georgenvorstadt,
// Nord-West, Oppenheimstraße, Oststadt) plus the Ortsteile, and that the city calls the Oststadt
// "Planungsraum 3" with four Quartiere
// (https://eisenach.de/rathaus/rathaus-verwaltung/fachbereiche/stadtentwicklung/wohlfuehlorte-oststadt).
// This file ships the facts file's *unverified* proposal (proposedSixAreas_UNVERIFIED, PR1..PR6) as
// a clearly labelled stand-in: every area is isDemo, the polygons are rectangles around real
// coordinates (not boundaries), and planners are expected to replace all of it by import.
//
// Street names are real Eisenach streets as named in the sources below; which area a street
// belongs to is provisional. Coordinates are approximate (estimated, not geocoded) and null where
// we could not place a street with reasonable confidence.
// Street sources: eisenach-facts.json (offer addresses); eisenach.de "Zentral-Genial" (Altstadt
// streets); Wikipedia "Oststadtschule Eisenach" (Oststadt streets, school at 50.9747/10.3406);
// Wikipedia "Südviertel (Eisenach)" and lars-gebauer.de/ea_suedstadt.html (Südviertel streets);
// eisenach.de "Ehemaliges FER-Gelände" (Oppenheimstraße area north of the Altstadt between
// Rennbahn, Mühlhäuser Straße and Hörsel); TA/TLZ articles on Eisenach-Nord (Am Gebräun,
// Ziegeleistraße, Ernst-Thälmann-Straße, Mosewaldstraße, Schwarzer Weg); Wikipedia
// "Werner-Aßmann-Halle" (Am Sportpark 1, 50.9847/10.3112).
// Ortsteil coordinates: eisenach-facts.json; Stedtfeld and Neuenhof from their Wikipedia articles.

export type Polygon = { type: "Polygon"; coordinates: number[][][] };
export type MultiPolygon = { type: "MultiPolygon"; coordinates: number[][][][] };

export type AreaStreet = { name: string; latitude: number | null; longitude: number | null };

export type SeedPlanningArea = {
  id: string;
  /** Id of the area's term in the "planungsraum" taxonomy. */
  termId: string;
  code: string;
  name: string;
  description: string;
  /** Leichte Sprache / English labels for the taxonomy term. */
  labels: { en: string; "de-x-ls": string };
  centerLat: number;
  centerLon: number;
  polygon: Polygon | MultiPolygon;
  isDemo: true;
  streets: AreaStreet[];
  /** Residents 31.12.2023 per age band, in the order of AGE_BANDS. */
  population2023: number[];
  /** Need indicators for 2023, keyed by Indicator.key. */
  indicators2023: Record<IndicatorKey, number>;
};

/** Age bands [ageFrom, ageTo] of the population figures; ageTo null = open-ended. */
export const AGE_BANDS: readonly (readonly [number, number | null])[] = [
  [0, 2],
  [3, 5],
  [6, 11],
  [12, 17],
  [18, 26],
  [27, 64],
  [65, 79],
  [80, null],
] as const;

export const POPULATION_YEAR = 2023;
export const POPULATION_SOURCE = "Demo-Daten (erfunden); Gesamtzahl 42.817 (31.12.2023) laut eisenach-facts.json";
/** Verified total (31.12.2023); the demo distribution below sums to exactly this. */
export const POPULATION_TOTAL_2023 = 42_817;

export type IndicatorKey = "sgb2_quote" | "alleinerziehende" | "pflegebeduerftige";

export const indicators: { key: IndicatorKey; name: string; unit: string; description: string; source: string }[] = [
  {
    key: "sgb2_quote",
    name: "SGB-II-Quote",
    unit: "%",
    description: "Anteil der Personen in Bedarfsgemeinschaften nach SGB II an der Bevölkerung unter 65 Jahren.",
    source: "Demo-Werte (keine amtliche Statistik); echte Werte: Bundesagentur für Arbeit / TLS Basisindikatorensatz",
  },
  {
    key: "alleinerziehende",
    name: "Anteil Alleinerziehende",
    unit: "%",
    description: "Anteil der Haushalte von Alleinerziehenden an allen Haushalten mit minderjährigen Kindern.",
    source: "Demo-Werte (keine amtliche Statistik)",
  },
  {
    key: "pflegebeduerftige",
    name: "Pflegebedürftige",
    unit: "Personen",
    description: "Leistungsempfängerinnen und -empfänger der Pflegeversicherung mit Wohnsitz im Planungsraum.",
    source: "Demo-Werte (keine amtliche Statistik); echte Werte: Pflegestatistik TLS",
  },
];

/** GeoJSON ring (lon/lat, counter-clockwise, closed) of a rectangle. */
function rect(south: number, west: number, north: number, east: number): number[][] {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

/** A small square around a point, for the Ortsteile MultiPolygon. */
function around(lat: number, lon: number, dLat = 0.005, dLon = 0.007): number[][][] {
  return [rect(lat - dLat, lon - dLon, lat + dLat, lon + dLon)];
}

const PROVISIONAL =
  "Vorläufiger Planungsraum (Demo-Zuschnitt): Die sechs Planungsräume der Stadt Eisenach sind nicht " +
  "öffentlich dokumentiert. Grenzen, Straßenzuordnung und Einwohnerzahlen sind Platzhalter und " +
  "werden durch die Daten der Sozialplanung ersetzt.";

export const planningAreas: SeedPlanningArea[] = [
  {
    id: "cdafc2e9-0109-4ab4-a427-c5be04185443",
    termId: "59d3d7ec-ea28-4e1f-9cab-0ea8c6d3b18d",
    code: "innenstadt",
    name: "Innenstadt / Georgenvorstadt",
    description: `Altstadt mit Markt, Karlstraße und Georgenvorstadt (ISEK-Stadtumbaugebiet). ${PROVISIONAL}`,
    labels: { en: "City centre / Georgenvorstadt", "de-x-ls": "Innen-Stadt" },
    centerLat: 50.9745,
    centerLon: 10.32,
    polygon: { type: "Polygon", coordinates: [rect(50.97, 10.308, 50.9775, 10.33)] },
    isDemo: true,
    streets: [
      { name: "Markt", latitude: 50.9747, longitude: 10.3203 },
      { name: "Karlstraße", latitude: 50.9757, longitude: 10.3233 },
      { name: "Karlsplatz", latitude: 50.9763, longitude: 10.3257 },
      { name: "Georgenstraße", latitude: 50.9741, longitude: 10.316 },
      { name: "Alexanderstraße", latitude: 50.9757, longitude: 10.317 },
      { name: "Goldschmiedenstraße", latitude: 50.9752, longitude: 10.3196 },
      { name: "Schmelzerstraße", latitude: null, longitude: null },
      { name: "Grimmelgasse", latitude: null, longitude: null },
      { name: "Lutherplatz", latitude: 50.9736, longitude: 10.3189 },
      { name: "Lutherstraße", latitude: null, longitude: null },
      { name: "Frauenplan", latitude: 50.9718, longitude: 10.3212 },
      { name: "Predigerplatz", latitude: 50.9751, longitude: 10.3183 },
      { name: "Sophienstraße", latitude: null, longitude: null },
      { name: "Johannisplatz", latitude: null, longitude: null },
      { name: "Theaterplatz", latitude: null, longitude: null },
      { name: "August-Bebel-Straße", latitude: null, longitude: null },
      { name: "Bahnhofstraße", latitude: 50.9767, longitude: 10.329 },
      { name: "Wartburgallee", latitude: 50.9712, longitude: 10.319 },
      { name: "Schillerstraße", latitude: null, longitude: null },
      { name: "Goethestraße", latitude: null, longitude: null },
    ],
    population2023: [231, 223, 445, 427, 979, 4450, 1424, 721],
    indicators2023: { sgb2_quote: 10.8, alleinerziehende: 27.5, pflegebeduerftige: 588 },
  },
  {
    id: "ecfa0e25-8581-4ee5-bdb2-f75513b01a70",
    termId: "e7005edc-d0d9-4c9d-a086-fbe181faead0",
    code: "nord",
    name: "Nord / Nordwest",
    description:
      "Eisenach-Nord („Kuhgehänge“), Thälmannviertel und Katzenaue (ISEK-Stadtumbaugebiet Nord-West). " +
      PROVISIONAL,
    labels: { en: "North / North-west", "de-x-ls": "Nord" },
    centerLat: 50.989,
    centerLon: 10.312,
    polygon: { type: "Polygon", coordinates: [rect(50.983, 10.29, 50.996, 10.33)] },
    isDemo: true,
    streets: [
      { name: "Ernst-Thälmann-Straße", latitude: null, longitude: null },
      { name: "Wilhelm-Pieck-Straße", latitude: null, longitude: null },
      { name: "Am Gebräun", latitude: null, longitude: null },
      { name: "Ziegeleistraße", latitude: null, longitude: null },
      { name: "Mosewaldstraße", latitude: null, longitude: null },
      { name: "Schwarzer Weg", latitude: null, longitude: null },
      { name: "Stregdaer Allee", latitude: 50.99, longitude: 10.315 },
      { name: "Am Amrichen Rasen", latitude: 50.9852, longitude: 10.3118 },
      { name: "Am Sportpark", latitude: 50.9847, longitude: 10.3112 },
      { name: "Am Michelsbach", latitude: null, longitude: null },
      { name: "Amrastraße", latitude: null, longitude: null },
    ],
    population2023: [263, 282, 583, 564, 752, 4277, 1833, 846],
    indicators2023: { sgb2_quote: 17.9, alleinerziehende: 33.8, pflegebeduerftige: 691 },
  },
  {
    id: "01e84a45-d4b3-44a4-be52-9d01c73941e6",
    termId: "4d4a59b0-a90c-48a7-b95a-7802fc0e6688",
    code: "oststadt",
    name: "Oststadt",
    description:
      "Oststadt mit Altstadtstraße, Palmental, Petersberg und Hofferbertaue (ISEK-Stadtumbaugebiet; " +
      "von der Stadt als „Planungsraum 3“ bezeichnet). " +
      PROVISIONAL,
    labels: { en: "East town", "de-x-ls": "Ost-Stadt" },
    centerLat: 50.979,
    centerLon: 10.348,
    polygon: { type: "Polygon", coordinates: [rect(50.965, 10.33, 50.996, 10.37)] },
    isDemo: true,
    streets: [
      { name: "Altstadtstraße", latitude: 50.9748, longitude: 10.34 },
      { name: "Friedensstraße", latitude: 50.975, longitude: 10.3415 },
      { name: "Schulstraße", latitude: 50.9745, longitude: 10.3412 },
      { name: "Heinrichstraße", latitude: null, longitude: null },
      { name: "Langensalzaer Straße", latitude: null, longitude: null },
      { name: "Karolinenstraße", latitude: null, longitude: null },
      { name: "Im Palmental", latitude: null, longitude: null },
      { name: "Weimarische Straße", latitude: null, longitude: null },
      { name: "Hofferbertaue", latitude: null, longitude: null },
      { name: "Rothenhof", latitude: null, longitude: null },
      { name: "Fischbach", latitude: null, longitude: null },
      { name: "Adam-Opel-Straße", latitude: null, longitude: null },
    ],
    population2023: [213, 220, 454, 426, 604, 3550, 1136, 497],
    indicators2023: { sgb2_quote: 14.6, alleinerziehende: 30.2, pflegebeduerftige: 431 },
  },
  {
    id: "7eab9a37-1cab-4649-bfbf-779f458c2d89",
    termId: "ca674abd-1772-4ec9-ba86-9d429cddc41b",
    code: "suedstadt",
    name: "Südstadt / Wartburg",
    description:
      "Villenkolonie Südviertel (Mariental, Marienhöhe, Karthäuserhöhe, Predigerberg/Hainstein) und das " +
      "Gebiet unterhalb der Wartburg. " +
      PROVISIONAL,
    labels: { en: "South town / Wartburg", "de-x-ls": "Süd-Stadt" },
    centerLat: 50.963,
    centerLon: 10.313,
    polygon: { type: "Polygon", coordinates: [rect(50.95, 10.29, 50.97, 10.33)] },
    isDemo: true,
    streets: [
      { name: "Mariental", latitude: 50.9655, longitude: 10.312 },
      { name: "Reuterweg", latitude: 50.969, longitude: 10.316 },
      { name: "Hainweg", latitude: null, longitude: null },
      { name: "Am Hainstein", latitude: null, longitude: null },
      { name: "Amalienstraße", latitude: null, longitude: null },
      { name: "Fritz-Koch-Straße", latitude: null, longitude: null },
      { name: "Luisenstraße", latitude: null, longitude: null },
      { name: "Marienstraße", latitude: 50.9695, longitude: 10.315 },
      { name: "Am Ofenstein", latitude: null, longitude: null },
      { name: "Waldhausstraße", latitude: null, longitude: null },
      { name: "Wolfgang", latitude: null, longitude: null },
    ],
    population2023: [101, 123, 280, 291, 336, 2509, 1204, 756],
    indicators2023: { sgb2_quote: 4.1, alleinerziehende: 14.6, pflegebeduerftige: 552 },
  },
  {
    id: "3af6f7ef-1fb5-4e05-874d-efbfa5e0b5fb",
    termId: "efc9c87c-f6e9-41f3-a7f6-4390252015cd",
    code: "weststadt",
    name: "West / Oppenheimstraße",
    description:
      "Gründerzeitliches Gebiet Oppenheimstraße nördlich der Altstadt (zwischen Rennbahn, Mühlhäuser " +
      "Straße und Hörsel, ISEK-Stadtumbaugebiet) sowie Neustadt und Kasseler Straße im Westen. " +
      PROVISIONAL,
    labels: { en: "West / Oppenheimstraße", "de-x-ls": "West" },
    centerLat: 50.978,
    centerLon: 10.295,
    polygon: {
      type: "Polygon",
      coordinates: [
        [
          [10.28, 50.97],
          [10.308, 50.97],
          [10.308, 50.9775],
          [10.33, 50.9775],
          [10.33, 50.983],
          [10.28, 50.983],
          [10.28, 50.97],
        ],
      ],
    },
    isDemo: true,
    streets: [
      { name: "Oppenheimstraße", latitude: null, longitude: null },
      { name: "Planstraße", latitude: null, longitude: null },
      { name: "Rennbahn", latitude: null, longitude: null },
      { name: "Kasseler Straße", latitude: 50.9787, longitude: 10.304 },
      { name: "Mühlhäuser Straße", latitude: null, longitude: null },
      { name: "Neustadt", latitude: null, longitude: null },
      { name: "Friedrich-Naumann-Straße", latitude: null, longitude: null },
      { name: "Heinrich-Ehrhardt-Platz", latitude: null, longitude: null },
      { name: "Katharinenstraße", latitude: null, longitude: null },
      { name: "Clemensstraße", latitude: null, longitude: null },
    ],
    population2023: [142, 153, 312, 312, 482, 2821, 992, 453],
    indicators2023: { sgb2_quote: 11.2, alleinerziehende: 26.1, pflegebeduerftige: 378 },
  },
  {
    id: "10c5c489-dcc5-4dc9-8bf4-2dea686da211",
    termId: "7c2d8913-35b4-4613-a520-9abe27d3875c",
    code: "ortsteile",
    name: "Ortsteile",
    description:
      "Die elf Ortsteile in neun Ortschaften: Berteroda, Hötzelsroda, Madelungen, Neukirchen, Stedtfeld, " +
      "Stockhausen, Stregda, Wartha-Göringen und Neuenhof-Hörschel. Flächen: kleine Rechtecke um die " +
      "Ortslagen. " +
      PROVISIONAL,
    labels: { en: "Villages (Ortsteile)", "de-x-ls": "Orts-Teile" },
    centerLat: 51.0066,
    centerLon: 10.3008,
    polygon: {
      type: "MultiPolygon",
      coordinates: [
        around(51.033, 10.35), // Berteroda
        around(51.01, 10.3628), // Hötzelsroda
        around(51.017, 10.283), // Madelungen
        around(51.0222, 10.3372), // Neukirchen
        around(50.9919, 10.2586), // Stedtfeld
        around(50.9906, 10.3831), // Stockhausen
        around(51.0019, 10.315), // Stregda
        around(50.9958, 10.2039, 0.005, 0.004), // Wartha
        around(50.9967, 10.2139, 0.005, 0.004), // Neuenhof
      ],
    },
    isDemo: true,
    streets: [
      { name: "Berteroda", latitude: 51.033, longitude: 10.35 },
      { name: "Hötzelsroda", latitude: 51.01, longitude: 10.3628 },
      { name: "Madelungen", latitude: 51.017, longitude: 10.283 },
      { name: "Neukirchen", latitude: 51.0222, longitude: 10.3372 },
      { name: "Stedtfeld", latitude: 50.9919, longitude: 10.2586 },
      { name: "Stockhausen", latitude: 50.9906, longitude: 10.3831 },
      { name: "Stregda", latitude: 51.0019, longitude: 10.315 },
      { name: "Wartha", latitude: 50.9958, longitude: 10.2039 },
      { name: "Göringen", latitude: null, longitude: null },
      { name: "Neuenhof", latitude: 50.9967, longitude: 10.2139 },
      { name: "Hörschel", latitude: null, longitude: null },
    ],
    population2023: [123, 154, 357, 369, 431, 3301, 1046, 369],
    indicators2023: { sgb2_quote: 3.4, alleinerziehende: 12.9, pflegebeduerftige: 343 },
  },
];

/** Planungsraum codes, for the offers. */
export const AREA = {
  innenstadt: "innenstadt",
  nord: "nord",
  oststadt: "oststadt",
  suedstadt: "suedstadt",
  weststadt: "weststadt",
  ortsteile: "ortsteile",
} as const;
export type AreaCode = (typeof AREA)[keyof typeof AREA];

export function areaByCode(code: string): SeedPlanningArea {
  const area = planningAreas.find((a) => a.code === code);
  if (!area) throw new Error(`unknown Planungsraum ${code}`);
  return area;
}
