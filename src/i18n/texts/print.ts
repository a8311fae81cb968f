import { registerSection } from '../sections';

/**
 * The texts of the print view and the print button (src/ui/print/), in both languages: loaded with that code, not in the first download. A file that uses
 * one of these keys imports this module (checked by tests/unit/i18n-sections.test.ts).
 */
const nb = {
  'print.button': 'Skriv ut / lagre som PDF',
  'print.siteSheet': 'Stedsark',
  'print.compareSheet': 'Sammenligning av steder',
  'print.print': 'Skriv ut',
  'print.back': 'Tilbake til utforskeren',
  'print.loading': 'Lager arket …',
  'print.nothing': 'Ingenting å skrive ut: ingen av stedene i adressen finnes i dataene.',
  'print.unknownSite': 'Fant ikke stedet «{id}» i adressen; det er ikke med på arket.',
  'print.siteLeftOut': '«{id}» ble utelatt: et ark sammenligner høyst tre steder, hvert én gang.',
  'print.hypothetical': 'Inkluderer hypotetiske stopp: {names}. Tallene gjelder et scenario, ikke dagens tilbud.',
  'print.mapAlt': 'Kart over {names} med nærmeste knutepunkt og gangringer',
  'print.mapFailed': 'Kartet kunne ikke tegnes: {message}',
  'print.mapPending': 'Tegner kartet …',
  'print.noMap': 'Ingen av stedene har kjent posisjon, så arket har ikke kart.',
  'print.north': 'N',
  'print.northArrow': 'Nordpil: nord er opp',
  'print.scaleBar': 'Målestokk: {distance}',
  'print.basemapCredit': 'Bakgrunnskart: {credit}',
  'print.offlineBase': 'Bakgrunnskart: innebygd frakoblet kart, tegnet fra prosjektets egne data',
  'print.mapNote':
    'Ringer rundt knutepunktene: gangavstand ({rail} tog, {bus} buss) og {minutes} minutters gange, i luftlinje.',
  'print.made': 'Laget {date}',
  'print.dataDate': 'Data per {date}',
  'print.link': 'Åpne i utforskeren:',
  'print.qrLabel': 'QR-kode med lenke til {name} i utforskeren',
} as const;

const en: Record<keyof typeof nb, string> = {
  'print.button': 'Print / save as PDF',
  'print.siteSheet': 'Site sheet',
  'print.compareSheet': 'Site comparison',
  'print.print': 'Print',
  'print.back': 'Back to the explorer',
  'print.loading': 'Preparing the sheet …',
  'print.nothing': 'Nothing to print: none of the places in the address is in the data.',
  'print.unknownSite': 'No place «{id}» found from the address; it is not on the sheet.',
  'print.siteLeftOut': '«{id}» was left out: a sheet compares at most three places, each once.',
  'print.hypothetical': 'Includes hypothetical stops: {names}. The figures describe a scenario, not today’s service.',
  'print.mapAlt': 'Map of {names} with the nearest hubs and walking rings',
  'print.mapFailed': 'The map could not be drawn: {message}',
  'print.mapPending': 'Drawing the map …',
  'print.noMap': 'None of the places has a known position, so the sheet has no map.',
  'print.north': 'N',
  'print.northArrow': 'North arrow: north is up',
  'print.scaleBar': 'Scale bar: {distance}',
  'print.basemapCredit': 'Basemap: {credit}',
  'print.offlineBase': 'Basemap: built-in offline base, drawn from the project’s own data',
  'print.mapNote':
    'Rings round the hubs: walking distance ({rail} rail, {bus} bus) and {minutes}-minute walks, straight-line.',
  'print.made': 'Made on {date}',
  'print.dataDate': 'Data as of {date}',
  'print.link': 'Open in the explorer:',
  'print.qrLabel': 'QR code linking to {name} in the explorer',
};

export const printTexts = { nb, en };

registerSection(printTexts);
