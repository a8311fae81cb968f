import { registerSection } from '../sections';

/**
 * The texts of the kiosk (src/kiosk/), in both languages: loaded with that code, not in the first download. A file that uses
 * one of these keys imports this module (checked by tests/unit/i18n-sections.test.ts).
 */
const nb = {
  'kiosk.touchToExplore': 'Trykk for å utforske',
  'kiosk.tourLabel': 'Omvisning i bybåndet. Trykk hvor som helst for å utforske kartet selv.',
  'kiosk.chapterProgress': '{index} av {count}',
  'kiosk.hint': 'Trykk på et punkt for å lese mer. Knip med to fingre for å zoome, dra for å flytte kartet.',
  'kiosk.takeAway.heading': 'Ta det med deg',
  'kiosk.takeAway.text': 'Skann koden med mobilkameraet for å åpne dette stedet på telefonen.',
  'kiosk.takeAway.qrLabel': 'QR-kode med lenke til {name}',
  'kiosk.chapter.corridor.title': 'Bybåndet',
  'kiosk.chapter.corridor.caption':
    'Fra Lørenskog via Ahus og Lillestrøm til Kjeller: et innovasjonsdistrikt for klima, energi, miljø og helse.',
  'kiosk.chapter.kjeller.title': 'Forskningsmiljøet på Kjeller',
  'kiosk.chapter.kjeller.caption':
    'IFE, NILU, FFI og NORSAR, med rundt 3 500 ansatte, inkubatoren Kjeller Innovasjon og Norges eldste flyplass.',
  'kiosk.chapter.ahus.title': 'Ahus',
  'kiosk.chapter.ahus.caption':
    'Akershus universitetssykehus, med rundt 10 000 ansatte, er et av ankerpunktene i bybåndet.',
  'kiosk.chapter.lillestrom.title': 'Lillestrøm stasjon og kulturkvartalet',
  'kiosk.chapter.lillestrom.caption':
    'Norges tredje største kollektivknutepunkt, med NOVA Spektrum, kultursenteret, Nitja og biblioteket like ved.',
  'kiosk.chapter.strommen.title': 'Strømmen',
  'kiosk.chapter.strommen.caption': 'Stasjon, næringsområde og Norges nest største kjøpesenter, langs Sagelva.',
  'kiosk.chapter.business.title': 'Næringsområdene',
  'kiosk.chapter.business.caption':
    'Berger og Heia er regionale satsingsområder; Skedsmokorset, Kjeller, Hvam og Frogner har rom for å vokse.',
  'kiosk.chapter.fetsund.title': 'Fetsund lenser og Nordre Øyeren',
  'kiosk.chapter.fetsund.caption':
    'Et nasjonalt kulturminne ved Glomma, ved naturreservatet og Ramsar-området i nordenden av Øyeren.',
  'kioskSetup.heading': 'Oppsett av kiosken',
  'kioskSetup.noPublicUrl':
    'Ingen QR-koder: kiosken kjører fra en lokal adresse som telefoner ikke kan åpne. Oppgi den offentlige adressen med publicUrl=https://… i adressen eller VITE_PUBLIC_URL når appen bygges.',
  'kiosk.chapter.home.title': 'Du er her',
  'kiosk.chapter.home.caption': '{name}: turen starter her og kommer tilbake hit.',
} as const;

const en: Record<keyof typeof nb, string> = {
  'kiosk.touchToExplore': 'Touch to explore',
  'kiosk.tourLabel': 'A tour of the corridor. Touch anywhere to explore the map yourself.',
  'kiosk.chapterProgress': '{index} of {count}',
  'kiosk.hint': 'Tap a point to read more. Pinch with two fingers to zoom, drag to move the map.',
  'kiosk.takeAway.heading': 'Take it with you',
  'kiosk.takeAway.text': 'Scan the code with your phone camera to open this place on your phone.',
  'kiosk.takeAway.qrLabel': 'QR code linking to {name}',
  'kiosk.chapter.corridor.title': 'The corridor',
  'kiosk.chapter.corridor.caption':
    'From Lørenskog via Ahus and Lillestrøm to Kjeller: an innovation district for climate, energy, environment and health.',
  'kiosk.chapter.kjeller.title': 'The Kjeller research campus',
  'kiosk.chapter.kjeller.caption':
    'IFE, NILU, FFI and NORSAR, with about 3,500 employees, the Kjeller Innovasjon incubator and Norway’s oldest airfield.',
  'kiosk.chapter.ahus.title': 'Ahus',
  'kiosk.chapter.ahus.caption':
    'Akershus University Hospital, with about 10,000 employees, is one of the anchors of the corridor.',
  'kiosk.chapter.lillestrom.title': 'Lillestrøm station and the culture quarter',
  'kiosk.chapter.lillestrom.caption':
    'Norway’s third-largest public transport hub, with NOVA Spektrum, the culture centre, Nitja and the library close by.',
  'kiosk.chapter.strommen.title': 'Strømmen',
  'kiosk.chapter.strommen.caption':
    'A station, a business area and Norway’s second-largest shopping centre, along the Sagelva river.',
  'kiosk.chapter.business.title': 'The business areas',
  'kiosk.chapter.business.caption':
    'Berger and Heia are regional priority areas; Skedsmokorset, Kjeller, Hvam and Frogner have room to grow.',
  'kiosk.chapter.fetsund.title': 'Fetsund Timber Booms and Nordre Øyeren',
  'kiosk.chapter.fetsund.caption':
    'A national heritage site on the Glomma, by the nature reserve and Ramsar site at the north end of lake Øyeren.',
  'kioskSetup.heading': 'Kiosk setup',
  'kioskSetup.noPublicUrl':
    'No QR codes: the kiosk runs from a local address that phones cannot open. Give its public address with publicUrl=https://… in the address or VITE_PUBLIC_URL at build time.',
  'kiosk.chapter.home.title': 'You are here',
  'kiosk.chapter.home.caption': '{name}: the tour starts here and comes back here.',
};

export const kioskTexts = { nb, en };

registerSection(kioskTexts);
