/**
 * Every text the UI shows, in Norwegian bokmål (default) and English. Nothing user-facing is written anywhere else:
 * components look texts up by key. `{name}` marks a value filled in at run time.
 */
const nb = {
  'app.title': 'Bybåndet',
  'app.subtitle': 'Innovasjonsdistriktet Lørenskog–Ahus–Lillestrøm–Kjeller',
  'app.skipToList': 'Hopp til listen over steder',
  'app.mapLabel': 'Kart over bybåndet. Alle steder i kartet finnes også i listen.',

  'language.label': 'Språk',
  'language.switchTo': 'English',
  'language.switchToLabel': 'Switch to English',

  'panel.tabs': 'Innhold',
  'panel.legend': 'Kartlag',
  'panel.list': 'Liste',

  'layer.corridor': 'Bybåndet',
  'layer.rail-lines': 'Jernbanelinjer (skjematisk)',
  'layer.transit-hubs': 'Kollektivknutepunkt',
  'layer.research': 'Forskning og campus',
  'layer.clusters': 'Klynger og næringsorganisasjoner',
  'layer.business-areas': 'Næringsområder',
  'layer.attractions': 'Attraksjoner og arenaer',

  'legend.heading': 'Kartlag',
  'legend.count': '{count} steder',
  'legend.count.one': '{count} sted',
  'legend.countUnpinned': '{count} steder, {unpinned} uten posisjon',
  'legend.loading': 'Laster …',
  'legend.error': 'Kunne ikke laste laget',
  'legend.errorMore': '{count} feil i datafilen',
  'legend.corridorNote': 'Aksen er skjematisk; båndet ({width}) er veiledende, ikke en reguleringsgrense.',
  'legend.railNote': 'Linjene er tegnet rett mellom stasjonene, ikke langs sporet.',
  'legend.approximate': 'Omtrentlig posisjon (hul markør); zoom inn for å se usikkerheten som en ring',
  'legend.symbols': 'Tegnforklaring',
  'legend.accurate': 'Sikker posisjon',

  'basemap.label': 'Bakgrunnskart',
  'basemap.kartverket-grey': 'Kartverket gråtone',
  'basemap.kartverket-topo': 'Kartverket topografisk',
  'basemap.osm': 'OpenStreetMap (vektor)',
  'basemap.offline': 'Frakoblet (innebygd)',
  'basemap.fallback': '«{basemap}» kunne ikke lastes. Viser det innebygde frakoblede kartet.',
  'basemap.retry': 'Prøv igjen',

  'search.label': 'Søk etter sted',
  'search.placeholder': 'Søk: Lillestrøm, Ahus, NILU …',
  'search.noResults': 'Ingen treff for «{query}»',
  'search.results': '{count} treff',
  'search.results.one': '{count} treff',
  'search.clear': 'Tøm søket',

  'list.heading': 'Alle steder',
  'list.filterNote': 'Viser steder i synlige kartlag.',
  'list.hiddenLayers': '{count} kartlag er skjult.',
  'list.hiddenLayers.one': '{count} kartlag er skjult.',
  'list.noPosition': 'uten posisjon',
  'list.approximate': 'omtrentlig',
  'list.empty': 'Ingen kartlag er synlige.',

  'details.close': 'Lukk',
  'details.kind': 'Type',
  'details.status.existing': 'Eksisterende',
  'details.status.planned': 'Planlagt',
  'details.status.undecided': 'Ikke avklart',
  'details.facts': 'Fakta',
  'details.position': 'Posisjon',
  'details.accuracy': '± {distance}',
  'details.confidence.high': 'høy sikkerhet',
  'details.confidence.medium': 'middels sikkerhet',
  'details.confidence.low': 'lav sikkerhet',
  'details.confidence.unsourced': 'uten kilde',
  'details.approximateWarning': 'Posisjonen er omtrentlig. Mål ikke gangavstand fra dette punktet.',
  'details.noPosition': 'Ingen kjent posisjon – stedet vises i listen, men ikke i kartet.',
  'details.positionSource': 'Kilde for posisjon: {source}',
  'details.sources': 'Kilder',
  'details.moreLink': 'Les mer',
  'details.zoomTo': 'Vis i kartet',
  'details.railLines': 'Jernbanelinjer',
  'details.operators': 'Operatører',
  'details.departures': 'Avganger en utvalgt dag: {count}',
  'details.departuresNote': 'Telt én ukjent dag – viser relativt tilbud, ikke rutetabell.',
  'details.stopRegister': 'Nasjonalt stoppestedsregister: {id}',
  'details.availability': 'Tilgjengelig areal',
  'details.availabilityAsOf': '{availability} (per {year})',
  'details.zoningPlans': 'Reguleringsplaner',
  'details.areaComputed': 'Areal (beregnet fra omriss): {hectares} ha',
  'details.availableHectares': 'Ledig areal: {hectares} ha',
  'details.noAreaData': 'Omriss og ledig areal er ikke kjent ennå.',
  'details.stations': 'Stasjoner',
  'details.bandWidth': 'Veiledende bånd: {width} på hver side av aksen',
  'details.pickHeading': '{count} steder her',
  'details.pickHint': 'Velg ett:',
  'details.municipality': 'Kommune',

  'availability.nearly-full': 'Nesten fullt',
  'availability.free-land': 'Ledig areal',
  'availability.some-room': 'Noe rom for utvidelse',
  'availability.unknown': 'Ukjent',

  'kind.corridor-axis': 'Korridorakse',
  'kind.rail-line': 'Jernbanelinje',
  'kind.rail-station': 'Jernbanestasjon',
  'kind.rail-station-reference': 'Jernbanestasjon (utenfor området)',
  'kind.bus-hub': 'Bussknutepunkt',
  'kind.research-institute': 'Forskningsinstitutt',
  'kind.incubator': 'Inkubator',
  'kind.university-campus': 'Universitetscampus',
  'kind.vocational-college': 'Fagskole',
  'kind.hospital': 'Sykehus',
  'kind.health-centre': 'Helsebygg',
  'kind.energy-site': 'Energianlegg',
  'kind.cluster': 'Næringsklynge',
  'kind.business-organisation': 'Næringsorganisasjon',
  'kind.company': 'Bedrift',
  'kind.business-area': 'Næringsområde',
  'kind.event-venue': 'Arena',
  'kind.culture-venue': 'Kultur',
  'kind.attraction': 'Attraksjon',
  'kind.nature': 'Natur',
  'kind.sport-venue': 'Idrettsarena',
  'kind.shopping': 'Kjøpesenter',

  'panel.analysis': 'Analyse',

  'analysis.heading': 'Nærhet til knutepunkt',
  'analysis.connection': 'Tilknytning til kollektivknutepunkt',
  'analysis.nearestRail': 'Nærmeste jernbanestasjon',
  'analysis.nearestBus': 'Nærmeste bussknutepunkt',
  'analysis.none': 'Ingen',
  'analysis.self': '(dette knutepunktet)',
  'analysis.walk': '{minutes} min gange (anslag)',
  'analysis.walkApprox': '≈ {minutes} min gange (anslag, ± {plusMinus} min)',
  'analysis.straightLine': 'luftlinje',
  'analysis.railLinesAt': 'Linjer: {lines}',
  'analysis.proposedHub': 'foreslått',
  'analysis.noPosition': 'Uten kjent posisjon kan avstander ikke beregnes.',
  'analysis.class': 'Tilgjengelighetsklasse',
  'analysis.classBadge': 'Klasse {letter}',
  'analysis.classUncertain': 'Usikker: posisjonen gir rom for klasse {best} til {worst}.',
  'analysis.why': 'Hvorfor {letter}?',
  'analysis.reason.regional-hub-within-walk': '{hub} (det regionale knutepunktet) ligger {distance} unna i luftlinje, innenfor {threshold}.',
  'analysis.reason.rail-station-within-walk': '{hub} ligger {distance} unna i luftlinje, innenfor {threshold} for jernbane; Lillestrøm stasjon er lenger unna enn det.',
  'analysis.reason.bus-hub-within-walk': 'Bussknutepunktet {hub} ligger {distance} unna i luftlinje, innenfor {threshold}; ingen jernbanestasjon er innenfor {railThreshold}.',
  'analysis.reason.no-hub-within-walk': 'Ingen jernbanestasjon innenfor {railThreshold} og ingen buss innenfor {busThreshold} i luftlinje.',
  'analysis.rule': 'Regel: A innenfor {rail} fra Lillestrøm stasjon (regionalt knutepunkt); B innenfor {rail} fra en annen stasjon eller {bus} fra et bussknutepunkt; C ellers. Etter ABC-prinsippet; avstander i luftlinje.',
  'analysis.transitScore': 'Kollektivtilbud: {score} vektede avganger per dag innen gangavstand',
  'analysis.transitScoreNote': 'Avganger talt én dag × vekt (tog 2, buss 1) × avstandsdemping; etter Walk Scores Transit Score.',
  'analysis.unscored': 'Uten avgangstall (teller ikke): {hubs}',
  'analysis.inBand': 'I bybåndet ({distance} fra aksen)',
  'analysis.outsideBand': 'Utenfor bybåndet ({distance} fra aksen)',
  'analysis.bandEdgeUncertain': 'nær kanten: usikkert',
  'analysis.alongAxis': '{km} km fra Lørenskog langs aksen',
  'analysis.beyondStart': 'før Lørenskog-enden av aksen',
  'analysis.beyondEnd': 'forbi Kjeller-enden av aksen',
  'analysis.assumptionsLink': 'Forutsetninger',
  'analysis.assumptionsSummary': 'Gangtid = luftlinje × {detour} ÷ {speed} km/t. Avstander mellom omtrentlige punkter vises med ±.',

  'analysis.rings': 'Gangavstand rundt knutepunkt',
  'analysis.ringsNote': 'Ringer: {rail} rundt stasjoner, {bus} rundt buss, og 5 og 10 minutters gange (luftlinje, anslag).',

  'whatsHere.heading': 'Hva er her?',
  'whatsHere.hint': 'Klikk i kartet (eller hold fingeren på kartet) for å se nærmeste knutepunkt for et hvilket som helst sted.',
  'whatsHere.nearby': 'Nærmeste knutepunkt',
  'whatsHere.classHere': 'Klasse her: {letter}',
  'whatsHere.rings': 'Innenfor: {rings}',
  'whatsHere.noRings': 'Ikke innenfor noen gangavstandsring.',
  'whatsHere.close': 'Fjern nålen',
  'whatsHere.coordinates': 'Punkt {lat} N, {lon} Ø',

  'ring.walk-threshold.rail': '{meters} m rundt stasjon',
  'ring.walk-threshold.bus': '{meters} m rundt buss',
  'ring.walk-minutes': '{minutes} min gange',

  'table.heading': 'Steder og avstander',
  'table.layers': 'Vis i tabellen',
  'table.railFilter': 'Innen {distance} fra jernbanestasjon',
  'table.railFilterOff': 'Ingen avstandsgrense',
  'table.railFilterLabel': 'Største avstand til jernbanestasjon (luftlinje)',
  'table.railFilterEnable': 'Begrens avstand til jernbanestasjon',
  'table.classFilter': 'Klasse',
  'table.count': '{shown} av {total} steder',
  'table.name': 'Sted',
  'table.layer': 'Kartlag',
  'table.railDistance': 'Til stasjon',
  'table.hubDistance': 'Til knutepunkt',
  'table.accessClass': 'Klasse',
  'table.availability': 'Areal',
  'table.compare': 'Sammenlign',
  'table.compareSelect': 'Velg {name} for sammenligning',
  'table.compareButton': 'Sammenlign valgte ({count})',
  'table.compareLimit': 'Du kan sammenligne høyst {max} steder.',
  'table.sortedBy': 'sortert {direction}',
  'table.ascending': 'stigende',
  'table.descending': 'synkende',
  'table.empty': 'Ingen steder passer filteret.',
  'table.noFigure': '–',
  'table.downloadCsv': 'Last ned CSV',
  'table.downloadGeoJson': 'Last ned GeoJSON',
  'table.dimNote': 'Steder utenfor filteret er tonet ned i kartet.',

  'compare.heading': 'Sammenligning',
  'compare.close': 'Lukk sammenligningen',
  'compare.actors': 'Forskning og helse innen {radius}',
  'compare.noActors': 'Ingen innen {radius}',
  'compare.actorsUnknown': '{count} aktører uten posisjon kan ikke telles med.',
  'compare.actorsUnknown.one': '{count} aktør uten posisjon kan ikke telles med.',
  'compare.uncertain': 'usikker',
  'compare.transitScore': 'Kollektivtilbud (vektede avganger per dag)',
  'compare.remove': 'Fjern {name} fra sammenligningen',

  'scenario.heading': 'Scenario: nytt knutepunkt',
  'scenario.intro': 'Foreslå en ny stasjon eller holdeplass og se hva som endres. Forslagene lagres i adressen, ikke i dataene.',
  'scenario.mode': 'Type',
  'scenario.mode.rail': 'Jernbanestasjon',
  'scenario.mode.bus': 'Bussknutepunkt',
  'scenario.name': 'Navn',
  'scenario.defaultName': 'Forslag {number}',
  'scenario.place': 'Plasser i kartet',
  'scenario.placing': 'Klikk i kartet der knutepunktet skal ligge …',
  'scenario.cancel': 'Avbryt',
  'scenario.remove': 'Fjern {name}',
  'scenario.limit': 'Høyst {max} forslag.',
  'scenario.outside': 'Punktet ligger utenfor kartets område; velg et sted nærmere bybåndet.',
  'scenario.summary': 'Før og etter',
  'scenario.noChange': 'Ingen steder endrer klasse eller kommer innenfor en ring.',
  'scenario.classChanges': '{count} steder endrer klasse',
  'scenario.classChanges.one': '{count} sted endrer klasse',
  'scenario.ringEntries': '{count} steder kommer innenfor en ring',
  'scenario.ringEntries.one': '{count} sted kommer innenfor en ring',
  'scenario.hectares': 'Næringsareal berørt: {hectares} ha',
  'scenario.hectaresUnknown': 'Næringsareal berørt: {count} områder, areal ukjent',
  'scenario.hectaresPartial': 'Næringsareal berørt: minst {hectares} ha (areal ukjent for {unknown} områder)',

  'assumptions.heading': 'Forutsetninger',
  'assumptions.walkSpeed': 'Ganghastighet (km/t)',
  'assumptions.detour': 'Omveisfaktor (gangvei ÷ luftlinje)',
  'assumptions.rail': 'Gangavstand til jernbane (m)',
  'assumptions.bus': 'Gangavstand til buss (m)',
  'assumptions.reset': 'Tilbake til standard',
  'assumptions.source': 'Tommelfingerregler, ikke lov: 400 m til buss og 800 m til tog; 5 km/t; ABC-prinsippet (plansamarbeidet.no).',

  'notice.badProposal.bad-format': 'Foreslått knutepunkt {entry} («{text}») i adressen er ikke på formen type:lengdegrad,breddegrad:navn og ble ignorert.',
  'notice.badProposal.unknown-mode': 'Foreslått knutepunkt {entry} («{text}») har ukjent type (bruk rail eller bus) og ble ignorert.',
  'notice.badProposal.bad-coordinate': 'Foreslått knutepunkt {entry} («{text}») har en koordinat som ikke er et tall og ble ignorert.',
  'notice.badProposal.outside-area': 'Foreslått knutepunkt {entry} («{text}») ligger utenfor kartets område og ble ignorert.',
  'notice.badProposal.bad-name': 'Foreslått knutepunkt {entry} («{text}») har et navn med ugyldig koding og ble ignorert.',
  'notice.badProposal.too-many': 'Foreslått knutepunkt {entry} («{text}») ble utelatt: høyst fem forslag.',
  'notice.skippedPlaces': '{count} steder uten posisjon er med i tabellen, men uten avstander.',

  'notice.dismiss': 'Lukk melding',
  'notice.unknownFeature': 'Fant ikke stedet «{id}» i adressen. Viser kartet uten valg.',
  'notice.badParam': 'Ukjent verdi «{value}» for «{param}» i adressen ble ignorert.',
  'notice.layerError': 'Kartlaget «{layer}» kunne ikke lastes: {message}',
  'notice.duplicateData': 'Dataproblem: {message}',
  'notice.contextLost': 'Kartet mistet grafikkonteksten og tegnes på nytt …',

  'map.loading': 'Laster kartet …',
  'map.unavailable': 'Kartet kan ikke vises i denne nettleseren (WebGL mangler). Alle steder finnes i listen.',

  'attribution.data': 'Data: Lillestrøm kommune, Entur (NLOD), Kartverket (CC BY 4.0), Avinor, © OpenStreetMap-bidragsytere, Wikipedia',
  'kiosk.touchToExplore': 'Trykk for å utforske',
  'kiosk.tourLabel': 'Omvisning i bybåndet. Trykk hvor som helst for å utforske kartet selv.',
  'kiosk.chapterProgress': '{index} av {count}',
  'kiosk.hint': 'Trykk på et punkt for å lese mer. Knip med to fingre for å zoome, dra for å flytte kartet.',
  'kiosk.takeAway.heading': 'Ta det med deg',
  'kiosk.takeAway.text': 'Skann koden med mobilkameraet for å åpne dette stedet på telefonen.',
  'kiosk.takeAway.qrLabel': 'QR-kode med lenke til {name}',
  'kiosk.chapter.corridor.title': 'Bybåndet',
  'kiosk.chapter.corridor.caption': 'Fra Lørenskog via Ahus og Lillestrøm til Kjeller: et innovasjonsdistrikt for klima, energi, miljø og helse.',
  'kiosk.chapter.kjeller.title': 'Forskningsmiljøet på Kjeller',
  'kiosk.chapter.kjeller.caption': 'IFE, NILU, FFI og NORSAR, med rundt 3 500 ansatte, inkubatoren Kjeller Innovasjon og Norges eldste flyplass.',
  'kiosk.chapter.ahus.title': 'Ahus',
  'kiosk.chapter.ahus.caption': 'Akershus universitetssykehus, med rundt 10 000 ansatte, er et av ankerpunktene i bybåndet.',
  'kiosk.chapter.lillestrom.title': 'Lillestrøm stasjon og kulturkvartalet',
  'kiosk.chapter.lillestrom.caption': 'Norges tredje største kollektivknutepunkt, med NOVA Spektrum, kultursenteret, Nitja og biblioteket like ved.',
  'kiosk.chapter.strommen.title': 'Strømmen',
  'kiosk.chapter.strommen.caption': 'Stasjon, næringsområde og Norges nest største kjøpesenter, langs Sagelva.',
  'kiosk.chapter.business.title': 'Næringsområdene',
  'kiosk.chapter.business.caption': 'Berger og Heia er regionale satsingsområder; Skedsmokorset, Kjeller, Hvam og Frogner har rom for å vokse.',
  'kiosk.chapter.fetsund.title': 'Fetsund lenser og Nordre Øyeren',
  'kiosk.chapter.fetsund.caption': 'Et nasjonalt kulturminne ved Glomma, ved naturreservatet og Ramsar-området i nordenden av Øyeren.',

  'recovery.heading': 'Noe gikk galt',
  'recovery.text': 'En del av skjermen kunne ikke vises. Kartet og det du har valgt, er i behold.',
  'recovery.retry': 'Prøv igjen',
  'recovery.startOver': 'Start på nytt',
  'recovery.kiosk': 'Et øyeblikk – vi starter på nytt.',

  'offline.ready': 'Bybåndet virker nå også uten nett.',

  'maplibre.Map.Title': 'Kart',
  'maplibre.NavigationControl.ZoomIn': 'Zoom inn',
  'maplibre.NavigationControl.ZoomOut': 'Zoom ut',
  'maplibre.NavigationControl.ResetBearing': 'Dra for å rotere kartet, klikk for nord opp',
  'maplibre.FullscreenControl.Enter': 'Fullskjerm',
  'maplibre.FullscreenControl.Exit': 'Avslutt fullskjerm',
  'maplibre.AttributionControl.ToggleAttribution': 'Vis eller skjul kilder',
  'maplibre.ScaleControl.Meters': 'm',
  'maplibre.ScaleControl.Kilometers': 'km',
} as const;

export type MessageKey = keyof typeof nb;


export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The tables loaded so far: Norwegian always; English once `loadLanguage('en')` has brought it. */
const tables: Partial<Record<Language, Readonly<Record<MessageKey, string>>>> = { nb };

/** Makes a language's texts available (called by load-language.ts when its table arrives). */
export function registerMessages(language: Language, table: Readonly<Record<MessageKey, string>>): void {
  tables[language] = table;
}

export function isLanguageLoaded(language: Language): boolean {
  return tables[language] !== undefined;
}

/** A language's texts; Norwegian until the requested table has loaded. */
export function messagesFor(language: Language): Readonly<Record<MessageKey, string>> {
  return tables[language] ?? nb;
}

export type MessageParams = Record<string, string | number>;

/**
 * Looks a text up and fills in its `{placeholders}`; a missing parameter is left visible rather than hidden.
 * With `count` 1, a `<key>.one` text is used where there is one (both languages have just one and other).
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const table = messagesFor(language);
  const singular = `${key}.one`;
  const template = params?.count === 1 && singular in table ? table[singular as MessageKey] : table[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
