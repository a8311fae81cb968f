import { describe, expect, it } from 'vitest';
import { parseKioskParams } from '../../../src/state/kiosk-params';

describe('kiosk parameters', () => {
  it('is off without ?kiosk=1', () => {
    expect(parseKioskParams('')).toEqual({ kiosk: null, problems: [] });
    expect(parseKioskParams('?kiosk=0&idle=5')).toEqual({ kiosk: null, problems: [] });
  });

  it('defaults to 90 s idle time and 12 s chapters', () => {
    expect(parseKioskParams('?kiosk=1').kiosk).toEqual({ idleMs: 90_000, chapterMs: 12_000, publicUrl: null });
  });

  it('reads the idle time and the test-only chapter time in seconds, fractions allowed', () => {
    expect(parseKioskParams('?kiosk=1&idle=3&tourChapterSeconds=0.3').kiosk).toEqual({
      idleMs: 3000,
      chapterMs: 300,
      publicUrl: null,
    });
  });

  it('reports malformed or out-of-range values and uses the defaults instead', () => {
    const { kiosk, problems } = parseKioskParams('?kiosk=1&idle=-4&tourChapterSeconds=soon');
    expect(kiosk).toEqual({ idleMs: 90_000, chapterMs: 12_000, publicUrl: null });
    expect(problems).toEqual([
      { param: 'idle', value: '-4' },
      { param: 'tourChapterSeconds', value: 'soon' },
    ]);
    expect(parseKioskParams('?kiosk=yes').problems).toEqual([{ param: 'kiosk', value: 'yes' }]);
    expect(parseKioskParams('?kiosk=1&idle=0').problems).toEqual([{ param: 'idle', value: '0' }]);
  });

  it('reads a public address for QR codes and reports one that is no http(s) address', () => {
    expect(
      parseKioskParams('?kiosk=1&publicUrl=https%3A%2F%2Fexample.org%2Fbybandet%2F%3Fx%3D1').kiosk?.publicUrl,
    ).toBe('https://example.org/bybandet/');
    for (const value of ['javascript:alert(1)', 'example.org', 'https://user:pw@example.org/'])
      expect(parseKioskParams(`?kiosk=1&publicUrl=${encodeURIComponent(value)}`).problems).toEqual([
        { param: 'publicUrl', value },
      ]);
  });
});
