import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseProposedHubs, PROPOSAL_BOUNDS, serializeProposedHubs } from '../../../src/analysis/proposed-hubs-url';
import type { ProposedHub } from '../../../src/analysis/hubs';

const proposals: ProposedHub[] = [
  { mode: 'rail', name: 'Ny stasjon', position: [11.06, 59.96] },
  { mode: 'bus', name: 'Kjeller; vest: ny 50% plass', position: [11.03512, 59.97001] },
  { mode: 'rail', name: 'Rånåsfoss øst', position: [11.3, 60.03] },
];

describe('serializeProposedHubs', () => {
  it('writes a compact, readable value', () => {
    expect(serializeProposedHubs([proposals[0]!])).toBe('rail:11.06,59.96:Ny%20stasjon');
  });

  it('rounds coordinates to 5 decimals', () => {
    expect(serializeProposedHubs([{ mode: 'bus', name: 'X', position: [11.0123456, 59.9876543] }])).toBe(
      'bus:11.01235,59.98765:X',
    );
  });

  it('leaves out a proposal with a non-finite coordinate instead of writing NaN', () => {
    expect(serializeProposedHubs([{ mode: 'bus', name: 'X', position: [Number.NaN, 59.9] }, proposals[0]!])).toBe(
      'rail:11.06,59.96:Ny%20stasjon',
    );
  });

  it('writes nothing for no proposals', () => {
    expect(serializeProposedHubs([])).toBe('');
  });
});

describe('parseProposedHubs', () => {
  it('round-trips: parse(serialize(p)) is p, names with ; : % æøå included', () => {
    expect(parseProposedHubs(serializeProposedHubs(proposals))).toEqual({ proposals, problems: [] });
  });

  it('round-trips through URLSearchParams as the UI will store it', () => {
    const params = new URLSearchParams();
    params.set('proposed', serializeProposedHubs(proposals));
    expect(parseProposedHubs(new URLSearchParams(params.toString()).get('proposed')).proposals).toEqual(proposals);
  });

  it('reads a missing parameter as no proposals', () => {
    expect(parseProposedHubs(null)).toEqual({ proposals: [], problems: [] });
  });

  it('names a missing name "Proposal <n>"', () => {
    expect(parseProposedHubs('bus:11.0,59.9').proposals[0]?.name).toBe('Proposal 1');
  });

  it('reports a non-numeric coordinate, naming it', () => {
    expect(parseProposedHubs('rail:11.0x,59.9:A').problems).toEqual([
      {
        entry: 1,
        text: 'rail:11.0x,59.9:A',
        code: 'bad-coordinate',
        message: 'proposed hub 1 ("rail:11.0x,59.9:A"): longitude "11.0x" is not a decimal number',
      },
    ]);
  });

  it('rejects NaN, Infinity and exponents as coordinates', () => {
    expect(
      parseProposedHubs('rail:NaN,59.9;rail:11,Infinity;rail:1.1e1,59.9').problems.map((problem) => problem.code),
    ).toEqual(['bad-coordinate', 'bad-coordinate', 'bad-coordinate']);
  });

  it('reports a position outside the map’s area with the area’s bounds', () => {
    expect(parseProposedHubs('bus:10.5,59.9:Oslo').problems[0]?.message).toBe(
      'proposed hub 1 ("bus:10.5,59.9:Oslo"): position 10.5,59.9 lies outside the map\'s area (longitude 10.8 to 11.45, latitude 59.8 to 60.1)',
    );
  });

  it('suggests that longitude and latitude are swapped when swapping them would fit', () => {
    expect(parseProposedHubs('rail:59.96,11.06').problems[0]?.message).toMatch(/are longitude and latitude swapped\?/);
  });

  it('reports an unknown mode', () => {
    expect(parseProposedHubs('tram:11.0,59.9:Trikk').problems[0]?.message).toBe(
      'proposed hub 1 ("tram:11.0,59.9:Trikk"): unknown mode "tram" (use rail or bus)',
    );
  });

  it('reports an entry that is not mode:lon,lat[:name]', () => {
    expect(parseProposedHubs('rail 11.0 59.9').problems[0]).toMatchObject({
      code: 'bad-format',
      message: expect.stringContaining('expected <mode>:<longitude>,<latitude>[:<name>]'),
    });
  });

  it('reports a coordinate pair that is not two numbers', () => {
    expect(parseProposedHubs('rail:11.0,59.9,3').problems[0]?.message).toBe(
      'proposed hub 1 ("rail:11.0,59.9,3"): expected two coordinates "<longitude>,<latitude>", got "11.0,59.9,3"',
    );
  });

  it('reports a name that is broken percent-encoding', () => {
    expect(parseProposedHubs('rail:11.0,59.9:%E0%A4%A').problems[0]?.code).toBe('bad-name');
  });

  it('keeps the first five and reports each one too many', () => {
    const six = Array.from({ length: 6 }, (_, index) => `bus:11.0${index},59.9`).join(';');
    const { proposals: kept, problems } = parseProposedHubs(six);
    expect(kept).toHaveLength(5);
    expect(problems).toEqual([
      {
        entry: 6,
        text: 'bus:11.05,59.9',
        code: 'too-many',
        message: 'proposed hub 6 ("bus:11.05,59.9"): left out, at most 5 proposed hubs',
      },
    ]);
  });

  it('keeps the good entries around a bad one, numbering entries as written', () => {
    const { proposals: kept, problems } = parseProposedHubs('rail:11.06,59.96:A;tram:11,59.9;bus:11.0,59.9:C');
    expect([kept.map((proposal) => proposal.name), problems.map((problem) => problem.entry)]).toEqual([
      ['A', 'C'],
      [2],
    ]);
  });

  it('never throws on garbage', () => {
    expect(() => parseProposedHubs(';;::%%,,;rail:,;bus:1,2:%')).not.toThrow();
  });
});

describe('PROPOSAL_BOUNDS', () => {
  it('is the map’s CORRIDOR_MAX_BOUNDS (src/map may not be imported here: it loads MapLibre)', () => {
    const source = readFileSync(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/map/map-controller.ts'),
      'utf8',
    );
    // Prettier writes the array over several lines, with a trailing comma JSON does not allow.
    const declared = /CORRIDOR_MAX_BOUNDS[^=]*=\s*(\[\s*\[[^;]*\],?\s*\]);/
      .exec(source)?.[1]
      ?.replace(/,(\s*\])/g, '$1');
    expect(JSON.parse(declared ?? 'null')).toEqual(PROPOSAL_BOUNDS);
  });
});
