import { ANALYSIS_ASSUMPTIONS } from '../analysis/assumptions';
import type { HubMode, ProposedHub } from '../analysis/hubs';
import { isInMapArea, MAP_AREA_BOUNDS } from '../lib/map-area';

/**
 * Proposed hubs in the URL: `?proposed=rail:11.06,59.96:Ny%20stasjon;bus:11.01,59.94`. One entry per hub, separated
 * by `;`; each is `<mode>:<longitude>,<latitude>[:<name>]` with mode `rail` or `bus`, decimal degrees (5 decimals,
 * about 1 m, as in `geo/`) and the name percent-encoded (`encodeURIComponent`) so it cannot contain `;` or `:`.
 * These functions read and write the parameter's *value*; URLSearchParams does the outer encoding.
 */

/** Where a proposal may lie: the map's area. */
export const PROPOSAL_BOUNDS = MAP_AREA_BOUNDS;

/** A proposal's name is cut to this many characters: a label on the map and a cell in a spreadsheet, not a text. */
export const MAX_PROPOSAL_NAME_LENGTH = 60;

/** What was wrong with a URL entry, for the UI to translate; `message` says it in English. */
export type ProposalProblemCode =
  'bad-format' | 'unknown-mode' | 'bad-coordinate' | 'outside-area' | 'bad-name' | 'long-name' | 'too-many';

/** One rejected entry, with a message that names what was wrong; the entry is left out, nothing is thrown. */
export interface ProposalProblem {
  /** 1-based position of the entry in the parameter. */
  entry: number;
  /** The entry as written. */
  text: string;
  code: ProposalProblemCode;
  message: string;
}

/** Defaults: `maxProposedHubs` from the assumptions, and {@link PROPOSAL_BOUNDS}. */
export interface ParseProposalsOptions {
  maxCount?: number;
  bounds?: readonly [readonly [number, number], readonly [number, number]];
}

const MODES: readonly HubMode[] = ['rail', 'bus'];
const isHubMode = (text: string): text is HubMode => (MODES as readonly string[]).includes(text);
const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
const COORDINATE_DECIMALS = 5;

const inside = (
  [lon, lat]: readonly [number, number],
  [[west, south], [east, north]]: NonNullable<ParseProposalsOptions['bounds']>,
) => lon >= west && lon <= east && lat >= south && lat <= north;

/** True when a proposal at `position` ([lon, lat]) would lie inside the map's area ({@link PROPOSAL_BOUNDS}). */
export const isInsideProposalArea = isInMapArea;

/** A proposal, a problem, or both (a proposal kept with a warning, such as a name that was cut). */
type EntryResult =
  | { proposal: ProposedHub; code?: ProposalProblemCode; message?: string }
  | { proposal?: undefined; code: ProposalProblemCode; message: string };

function parseEntry(text: string, number: number, bounds: NonNullable<ParseProposalsOptions['bounds']>): EntryResult {
  const [modeText, coordinatesText, ...nameParts] = text.split(':');
  if (coordinatesText === undefined || nameParts.length > 1) {
    return {
      code: 'bad-format',
      message: 'expected <mode>:<longitude>,<latitude>[:<name>], e.g. rail:11.06,59.96:Ny%20stasjon',
    };
  }
  const mode = modeText!.trim();
  if (!isHubMode(mode)) return { code: 'unknown-mode', message: `unknown mode "${mode}" (use rail or bus)` };
  const parts = coordinatesText.split(',').map((part) => part.trim());
  if (parts.length !== 2)
    return {
      code: 'bad-format',
      message: `expected two coordinates "<longitude>,<latitude>", got "${coordinatesText}"`,
    };
  const labels = ['longitude', 'latitude'] as const;
  for (const [index, part] of parts.entries()) {
    if (!DECIMAL.test(part))
      return { code: 'bad-coordinate', message: `${labels[index]} "${part}" is not a decimal number` };
  }
  const position: [number, number] = [Number(parts[0]), Number(parts[1])];
  if (!inside(position, bounds)) {
    const [[west, south], [east, north]] = bounds;
    const swapped = inside([position[1], position[0]], bounds) ? ' (are longitude and latitude swapped?)' : '';
    return {
      code: 'outside-area',
      message: `position ${position[0]},${position[1]} lies outside the map's area (longitude ${west} to ${east}, latitude ${south} to ${north})${swapped}`,
    };
  }
  let name: string;
  try {
    name = decodeURIComponent(nameParts[0] ?? '').trim();
  } catch {
    return { code: 'bad-name', message: `name "${nameParts[0]}" is not valid percent-encoding` };
  }
  const capped = [...name].slice(0, MAX_PROPOSAL_NAME_LENGTH).join('');
  const proposal = { mode, name: capped === '' ? `Proposal ${number}` : capped, position };
  if (capped === name) return { proposal };
  return {
    proposal,
    code: 'long-name',
    message: `name longer than ${MAX_PROPOSAL_NAME_LENGTH} characters: cut to "${capped}"`,
  };
}

/**
 * Reads the `proposed` parameter's value (null or empty: no proposals). Valid entries are kept in order; every bad
 * one is left out and reported with a message naming the problem (non-numeric coordinate, outside the map's area,
 * unknown mode, malformed entry or name, more than `maxCount`). Never throws, never yields NaN. A missing name
 * becomes "Proposal <n>".
 */
export function parseProposedHubs(
  value: string | null,
  options: ParseProposalsOptions = {},
): { proposals: ProposedHub[]; problems: ProposalProblem[] } {
  const { maxCount = ANALYSIS_ASSUMPTIONS.maxProposedHubs, bounds = PROPOSAL_BOUNDS } = options;
  const proposals: ProposedHub[] = [];
  const problems: ProposalProblem[] = [];
  const entries = (value ?? '').split(';').map((entry) => entry.trim());
  entries.forEach((text, index) => {
    if (text === '') return;
    const entry = index + 1;
    if (proposals.length >= maxCount) {
      problems.push({
        entry,
        text,
        code: 'too-many',
        message: `proposed hub ${entry} ("${text}"): left out, at most ${maxCount} proposed hubs`,
      });
      return;
    }
    const result = parseEntry(text, proposals.length + 1, bounds);
    if (result.proposal) proposals.push(result.proposal);
    if (result.code !== undefined && result.message !== undefined)
      problems.push({
        entry,
        text,
        code: result.code,
        message: `proposed hub ${entry} ("${text}"): ${result.message}`,
      });
  });
  return { proposals, problems };
}

const formatCoordinate = (value: number) => String(Number(value.toFixed(COORDINATE_DECIMALS)));

/**
 * Writes proposals as the `proposed` parameter's value (see the format above); '' for none. Coordinates are rounded
 * to 5 decimals; a proposal whose coordinates are not finite is left out rather than written as NaN.
 */
export function serializeProposedHubs(proposals: readonly ProposedHub[]): string {
  return proposals
    .filter(({ position }) => Number.isFinite(position[0]) && Number.isFinite(position[1]))
    .map(({ mode, name, position }) => {
      const head = `${mode}:${formatCoordinate(position[0])},${formatCoordinate(position[1])}`;
      return name.trim() === '' ? head : `${head}:${encodeURIComponent(name.trim())}`;
    })
    .join(';');
}
