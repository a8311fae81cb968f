import { describe, expect, it } from 'vitest';
import { deepLinkTo } from '../../../src/kiosk/deep-link';

const base = 'https://bybandet.example/kart/';

describe('deep link for the QR code', () => {
  it('is the normal explorer with the feature only', () => {
    expect(deepLinkTo('lillestrom-stasjon', 'nb', base)).toBe(
      'https://bybandet.example/kart/?feature=lillestrom-stasjon',
    );
  });

  it('keeps the visitor’s language when it is not the default', () => {
    expect(deepLinkTo('ahus', 'en', base)).toBe('https://bybandet.example/kart/?feature=ahus&lang=en');
  });
});
