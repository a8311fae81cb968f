import { describe, expect, it } from 'vitest';
import { parseUrlState, writeUrlState } from '../../../src/state/url-state';
import { NO_VIEW_PARAMS } from '../../../src/state/view-params';

const view = NO_VIEW_PARAMS;

describe('parseUrlState', () => {
  it('reads every parameter', () => {
    const { state, problems } = parseUrlState(
      '?feature=lillestrom-stasjon&layers=transit-hubs,research&lang=en&basemap=offline',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      feature: 'lillestrom-stasjon',
      layers: ['research', 'transit-hubs'],
      lang: 'en',
      basemap: 'offline',
      proposed: [],
      view,
    });
  });

  it('uses defaults (null) for what is missing', () => {
    expect(parseUrlState('').state).toEqual({
      feature: null,
      layers: null,
      lang: null,
      basemap: null,
      proposed: [],
      view,
    });
  });

  it('drops and reports malformed or unknown values without throwing', () => {
    const { state, problems } = parseUrlState('?feature=<script>&lang=de&basemap=google&layers=research,bogus');
    expect(state).toEqual({ feature: null, layers: ['research'], lang: null, basemap: null, proposed: [], view });
    expect(problems).toEqual([
      { param: 'feature', value: '<script>' },
      { param: 'layers', value: 'bogus' },
      { param: 'lang', value: 'de' },
      { param: 'basemap', value: 'google' },
    ]);
  });

  it('keeps the default layers when only unknown layers are asked for', () => {
    expect(parseUrlState('?layers=nothing').state.layers).toBeNull();
  });

  it('reads an empty layers list as "no layers"', () => {
    expect(parseUrlState('?layers=').state.layers).toEqual([]);
  });

  it('survives percent-encoding garbage', () => {
    expect(() => parseUrlState('?feature=%E0%A4%A&layers=%%%')).not.toThrow();
  });
});

describe('writeUrlState', () => {
  it('writes what differs from the defaults and keeps other parameters', () => {
    const search = writeUrlState('?kiosk=1', {
      feature: 'ahus',
      layers: ['research', 'transit-hubs'],
      lang: 'en',
      basemap: null,
    });
    expect(search).toBe('?kiosk=1&feature=ahus&layers=research,transit-hubs&lang=en');
  });

  it('leaves out layers when all are visible', () => {
    const all = [
      'corridor',
      'rail-lines',
      'business-areas',
      'attractions',
      'clusters',
      'research',
      'transit-hubs',
    ] as const;
    expect(writeUrlState('?feature=ahus', { feature: null, layers: all, lang: null, basemap: null })).toBe('');
  });

  it('round-trips through parseUrlState', () => {
    const state = {
      feature: 'nova-spektrum',
      layers: ['attractions' as const],
      lang: 'en' as const,
      basemap: 'osm' as const,
      proposed: [],
      view,
    };
    expect(parseUrlState(writeUrlState('', state)).state).toEqual(state);
  });
});

describe('proposed hubs in the URL', () => {
  it('round-trips a name with spaces, colons and semicolons, readable in the address', () => {
    const proposed = [{ mode: 'rail' as const, name: 'Ny: stasjon; nord', position: [11.06, 59.96] as const }];
    const search = writeUrlState('?lang=en', { feature: null, layers: null, lang: 'en', basemap: null, proposed });
    expect(search).toBe('?lang=en&proposed=rail:11.06,59.96:Ny%3A%20stasjon%3B%20nord');
    expect(parseUrlState(search).state.proposed).toEqual(proposed);
  });

  it('reports a bad entry with its code and keeps the good ones', () => {
    const { state, problems } = parseUrlState('?proposed=bus:11.0,59.95:Buss;rail:59.95,11.0');
    expect(state.proposed).toEqual([{ mode: 'bus', name: 'Buss', position: [11, 59.95] }]);
    expect(problems).toEqual([
      { param: 'proposed', value: 'rail:59.95,11.0', proposal: { code: 'outside-area', entry: 2 } },
    ]);
  });
});
