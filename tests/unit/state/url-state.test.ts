import { describe, expect, it } from 'vitest';
import { parseUrlState, writeUrlState } from '../../../src/state/url-state';

describe('parseUrlState', () => {
  it('reads every parameter', () => {
    const { state, problems } = parseUrlState('?feature=lillestrom-stasjon&layers=transit-hubs,research&lang=en&basemap=offline');
    expect(problems).toEqual([]);
    expect(state).toEqual({ feature: 'lillestrom-stasjon', layers: ['research', 'transit-hubs'], lang: 'en', basemap: 'offline' });
  });

  it('uses defaults (null) for what is missing', () => {
    expect(parseUrlState('').state).toEqual({ feature: null, layers: null, lang: null, basemap: null });
  });

  it('drops and reports malformed or unknown values without throwing', () => {
    const { state, problems } = parseUrlState('?feature=<script>&lang=de&basemap=google&layers=research,bogus');
    expect(state).toEqual({ feature: null, layers: ['research'], lang: null, basemap: null });
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
    const search = writeUrlState('?kiosk=1', { feature: 'ahus', layers: ['research', 'transit-hubs'], lang: 'en', basemap: null });
    expect(search).toBe('?kiosk=1&feature=ahus&layers=research,transit-hubs&lang=en');
  });

  it('leaves out layers when all are visible', () => {
    const all = ['corridor', 'rail-lines', 'business-areas', 'attractions', 'clusters', 'research', 'transit-hubs'] as const;
    expect(writeUrlState('?feature=ahus', { feature: null, layers: all, lang: null, basemap: null })).toBe('');
  });

  it('round-trips through parseUrlState', () => {
    const state = { feature: 'nova-spektrum', layers: ['attractions' as const], lang: 'en' as const, basemap: 'osm' as const };
    expect(parseUrlState(writeUrlState('', state)).state).toEqual(state);
  });
});
