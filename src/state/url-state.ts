import type { ProposedHub } from '../analysis/hubs';
import { isLayerId, LAYER_IDS, type LayerId } from '../data/layers';
import { layerTimeoutFromUrl } from '../data/layer-timeout';
import { isLanguage, type Language } from '../i18n/messages';
import { isBasemapId, type BasemapId } from '../map/basemap-ids';
import { isValidCameraHash } from '../lib/camera-hash';
import { parseKioskParams, type KioskParams } from './kiosk-params';
import { parseProposedHubs, serializeProposedHubs } from './proposed-hubs-url';
import type { UrlProblem } from './url-problem';
import { parseViewParams, VIEW_PARAMS, writeViewParams, type ViewParams } from './view-params';

export type { UrlProblem } from './url-problem';

/**
 * The part of the explorer's state that lives in the URL, so a user can share it:
 * `?feature=<id>&layers=<id,id>&lang=nb|en&basemap=<id>&proposed=<mode:lon,lat:name;…>`. The camera is in the
 * hash, owned by MapLibre.
 * A missing parameter is `null` ("use the default"), never a guess.
 */
export interface UrlState {
  feature: string | null;
  /** Visible layers; null means all of them. */
  layers: readonly LayerId[] | null;
  lang: Language | null;
  basemap: BasemapId | null;
  /** A planner's proposed hubs (scenario); never written to geo/. Missing: none. */
  proposed?: readonly ProposedHub[];
  /** The tab, table filter and sort, compared sites and rings (see `view-params.ts`). Missing: the defaults. */
  view?: ViewParams;
}

const FEATURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A parameter's value as written in the URL, not yet percent-decoded: the `proposed` format percent-encodes its
 * names itself (so a name may hold ':' or ';'), and decoding twice would break such names.
 */
function rawParam(search: string, name: string): string | null {
  const match = new RegExp(`(?:^|[?&])${name}=([^&]*)`).exec(search);
  return match ? match[1]! : null;
}

/** The longest value any parameter may have (five proposals with long names fit); longer ones are ignored. */
export const MAX_PARAM_LENGTH = 2000;

/** The parameters the explorer and the kiosk read; each may be given once. */
const OWN_PARAMS = [
  'feature',
  'layers',
  'lang',
  'basemap',
  'proposed',
  'kiosk',
  'idle',
  'tourChapterSeconds',
  'publicUrl',
  'dataTimeoutSeconds',
  ...VIEW_PARAMS,
];

/** Reports a parameter given twice (the first is used) or a value too long to be meant (it is ignored). */
function shapeProblems(params: URLSearchParams): UrlProblem[] {
  const problems: UrlProblem[] = [];
  for (const param of OWN_PARAMS) {
    const values = params.getAll(param);
    if (values.length > 1) problems.push({ param, value: values[1]!, reason: 'repeated' });
    if ((values[0]?.length ?? 0) > MAX_PARAM_LENGTH) problems.push({ param, value: values[0]!, reason: 'too-long' });
  }
  return problems;
}

/**
 * Reads the URL's search string. Unknown or malformed values are dropped and reported, never thrown; a parameter
 * given twice counts once (the first), and one longer than {@link MAX_PARAM_LENGTH} is ignored.
 */
export function parseUrlState(search: string): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems = shapeProblems(params);
  const tooLong = new Set(problems.filter((problem) => problem.reason === 'too-long').map(({ param }) => param));
  const get = (name: string) => (tooLong.has(name) ? null : params.get(name));
  const state: UrlState = { feature: null, layers: null, lang: null, basemap: null, proposed: [] };

  const feature = get('feature');
  if (feature !== null) {
    if (FEATURE_ID.test(feature)) state.feature = feature;
    else problems.push({ param: 'feature', value: feature });
  }

  const layers = get('layers');
  if (layers !== null) {
    const requested = [
      ...new Set(
        layers
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part !== ''),
      ),
    ];
    const known = requested.filter(isLayerId);
    for (const part of requested) if (!isLayerId(part)) problems.push({ param: 'layers', value: part });
    // Only unknown ids asked for: keep the defaults rather than hiding everything by accident.
    state.layers = requested.length > 0 && known.length === 0 ? null : LAYER_IDS.filter((id) => known.includes(id));
  }

  const lang = get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) state.lang = lang;
    else problems.push({ param: 'lang', value: lang });
  }

  const basemap = get('basemap');
  if (basemap !== null) {
    if (isBasemapId(basemap)) state.basemap = basemap;
    else problems.push({ param: 'basemap', value: basemap });
  }

  const view = parseViewParams(get);
  state.view = view.view;
  problems.push(...view.problems);

  const proposed = parseProposedHubs(tooLong.has('proposed') ? null : rawParam(search, 'proposed'));
  state.proposed = proposed.proposals;
  for (const { text, code, entry } of proposed.problems)
    problems.push({ param: 'proposed', value: text, proposal: { code, entry } });
  return { state, problems };
}

/** Everything the address the explorer was opened at says, read once at start by the explorer and the kiosk alike. */
export interface LaunchUrl {
  state: UrlState;
  /** Kiosk mode and its timings, or null for the normal explorer. */
  kiosk: KioskParams | null;
  /** How long a data file may take before its layer fails (`dataTimeoutSeconds`, shortened only by tests). */
  dataTimeoutMs: number;
  /** False when the hash holds something that is no camera MapLibre can show. */
  cameraValid: boolean;
  /** Every ignored value, of the explorer's parameters, the kiosk's and the camera. */
  problems: UrlProblem[];
}

/**
 * Reads the address the explorer starts at: its shared state, where asked for kiosk mode, and whether the camera in
 * the hash can be shown (`cameraValid`: when false, the caller drops the hash before the map reads it).
 */
export function parseLaunchUrl(search: string, hash = ''): LaunchUrl {
  const { state, problems } = parseUrlState(search);
  const kiosk = parseKioskParams(search);
  const cameraValid = isValidCameraHash(hash);
  const cameraProblems: UrlProblem[] = cameraValid ? [] : [{ param: '#', value: hash.replace(/^#/, '') }];
  return {
    state,
    kiosk: kiosk.kiosk,
    dataTimeoutMs: layerTimeoutFromUrl(search),
    cameraValid,
    problems: [...problems, ...kiosk.problems, ...cameraProblems],
  };
}

/**
 * Writes `state` into `search`, keeping every parameter the explorer does not own (other features' parameters).
 * Defaults are left out so shared links stay short.
 */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string | null) => (value === null ? params.delete(name) : params.set(name, value));
  set('feature', state.feature);
  const allVisible = state.layers === null || state.layers.length === LAYER_IDS.length;
  set('layers', allVisible ? null : (state.layers ?? []).join(','));
  set('lang', state.lang);
  set('basemap', state.basemap);
  if (state.view) writeViewParams(state.view, set);
  params.delete('proposed');
  const parts = [params.toString().replace(/%2C/g, ',')];
  // Appended as written: the value is URL-safe already (see rawParam).
  if (state.proposed && state.proposed.length > 0) parts.push(`proposed=${serializeProposedHubs(state.proposed)}`);
  const text = parts.filter((part) => part !== '').join('&');
  return text === '' ? '' : `?${text}`;
}
