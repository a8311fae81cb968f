import { describe, expect, it } from 'vitest';
import { isLocalOrigin, publicBase } from '../../../src/state/public-url';

const at = (href: string) => {
  const { protocol, hostname, origin, pathname } = new URL(href);
  return { protocol, hostname, origin, pathname };
};

describe('the public address for QR codes', () => {
  it('knows the addresses only this machine can open', () => {
    for (const href of [
      'http://127.0.0.1:4173/',
      'http://localhost/',
      'file:///srv/bybandet/index.html',
      'http://[::1]/',
    ])
      expect(isLocalOrigin(at(href)), href).toBe(true);
    expect(isLocalOrigin(at('https://bybandet.example.org/'))).toBe(false);
  });

  it('prefers the URL parameter, then the build variable, then the page itself unless it is local', () => {
    const local = at('http://127.0.0.1:4173/?kiosk=1');
    expect(publicBase('https://a.example/', 'https://b.example/', local)).toBe('https://a.example/');
    expect(publicBase(null, 'https://b.example/x/', local)).toBe('https://b.example/x/');
    expect(publicBase(null, null, local)).toBeNull();
    expect(publicBase(null, null, at('https://bybandet.example.org/kiosk/?kiosk=1'))).toBe(
      'https://bybandet.example.org/kiosk/',
    );
  });
});
