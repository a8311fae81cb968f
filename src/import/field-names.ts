/**
 * Recognises column and property names in Norwegian and English, as spreadsheets and GIS exports write them
 * ("Navn", "NAVN", "name", "Øst", "nord_m", "Nøyaktighet (m)"): compare folded keys, never raw text. Shapefile
 * field names are cut to 10 characters ("beskrivels"), so those cuts are listed too.
 */

/** Lower case with the Norwegian letters folded (æ→ae, ø→o, å→a) and other accents dropped. */
const folded = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** Folded (see `folded`), only letters and digits kept. */
export function foldKey(text: string): string {
  return folded(text).replace(/[^a-z0-9]/g, '');
}

/** What a column or property means to the importer. */
export type FieldRole =
  'id' | 'name' | 'description' | 'accuracy' | 'lat' | 'lon' | 'east' | 'north' | 'x' | 'y' | 'wkt';

const ROLE_KEYS: Record<FieldRole, readonly string[]> = {
  id: ['id', 'fid', 'objectid', 'nr', 'nummer', 'number', 'lopenr', 'lopenummer'],
  name: ['name', 'navn', 'tittel', 'title', 'stedsnavn', 'plannavn', 'label', 'omradenavn', 'omrade', 'tomt'],
  description: [
    'description',
    'beskrivelse',
    'beskrivels',
    'descriptio',
    'desc',
    'kommentar',
    'merknad',
    'notes',
    'note',
    'omtale',
  ],
  accuracy: [
    'accuracym',
    'accuracy',
    'noyaktighetm',
    'noyaktighet',
    'noyaktighe',
    'noyaktig',
    'presisjon',
    'presisjonm',
  ],
  lat: ['lat', 'latitude', 'breddegrad', 'bredde', 'latwgs84', 'latitudewgs84'],
  lon: ['lon', 'lng', 'long', 'longitude', 'lengdegrad', 'lengde', 'lonwgs84', 'longitudewgs84'],
  east: ['ost', 'ostm', 'east', 'easting', 'eastm', 'ostkoordinat', 'oest'],
  north: ['nord', 'nordm', 'north', 'northing', 'northm', 'nordkoordinat'],
  x: ['x', 'xkoordinat', 'xcoord', 'koordx'],
  y: ['y', 'ykoordinat', 'ycoord', 'koordy'],
  wkt: ['wkt', 'geometry', 'geometri', 'geom', 'thegeom', 'shape', 'wktgeometry'],
};

const ROLE_BY_KEY = new Map<string, FieldRole>(
  (Object.entries(ROLE_KEYS) as [FieldRole, readonly string[]][]).flatMap(([role, keys]) =>
    keys.map((key) => [key, role] as const),
  ),
);

/** The role of a header or property name, if it has one. Units in brackets are ignored: "Nøyaktighet (m)" is accuracy. */
export function roleOf(header: string): FieldRole | undefined {
  return ROLE_BY_KEY.get(foldKey(header)) ?? ROLE_BY_KEY.get(foldKey(header.replace(/\(.*?\)|\[.*?\]/g, '')));
}

/** The first index per role in a list of names (the first "navn" wins over a later "name"). */
export function rolesOf(headers: readonly string[]): Map<FieldRole, number> {
  const roles = new Map<FieldRole, number>();
  headers.forEach((header, index) => {
    const role = roleOf(header);
    if (role && !roles.has(role)) roles.set(role, index);
  });
  return roles;
}

/** A slug for ids: folded, lower case, words joined by `-`; `fallback` when nothing is left. */
export function slugOf(text: string, fallback: string): string {
  const slug = folded(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}
