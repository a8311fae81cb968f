import { describe, expect, it } from 'vitest';
import { parsePrintRequest } from '../../../src/state/print-request';
import { explorerLinkFor, printUrl } from '../../../src/state/print-url';

const here = { origin: 'https://example.org', pathname: '/bybandet/' };
const nb = { language: 'nb', basemap: 'kartverket-grey', proposals: [] } as const;

describe('print requests in the URL', () => {
  it('reads one place and a comparison', () => {
    expect(parsePrintRequest('?print=berger')).toEqual({ request: { kind: 'site', id: 'berger' }, problems: [] });
    expect(parsePrintRequest('?print=compare&sites=berger,%20kjeller,,strommen')).toEqual({
      request: { kind: 'compare', ids: ['berger', 'kjeller', 'strommen'] },
      problems: [],
    });
    expect(parsePrintRequest('?feature=berger')).toEqual({ request: null, problems: [] });
  });

  it('names malformed ids and keeps the rest', () => {
    expect(parsePrintRequest('?print=Bad!')).toEqual({ request: null, problems: [{ param: 'print', value: 'Bad!' }] });
    expect(parsePrintRequest('?print=compare&sites=kjeller,Bad!')).toEqual({
      request: { kind: 'compare', ids: ['kjeller'] },
      problems: [{ param: 'sites', value: 'Bad!' }],
    });
    expect(parsePrintRequest('?print=compare')).toEqual({ request: null, problems: [{ param: 'sites', value: '' }] });
  });

  it('writes the print view address with the language, basemap and proposals it is printed in', () => {
    expect(printUrl({ kind: 'site', id: 'berger' }, nb, here)).toBe('https://example.org/bybandet/?print=berger');
    const en = {
      language: 'en',
      basemap: 'offline',
      proposals: [{ mode: 'rail', name: 'Ny stasjon', position: [11.04, 59.975] }],
    } as const;
    const url = printUrl({ kind: 'compare', ids: ['berger', 'kjeller'] }, en, here);
    expect(url).toBe(
      'https://example.org/bybandet/?print=compare&sites=berger,kjeller&lang=en&basemap=offline&proposed=rail:11.04,59.975:Ny%20stasjon',
    );
    // What it writes, it reads back.
    expect(parsePrintRequest(new URL(url).search).request).toEqual({ kind: 'compare', ids: ['berger', 'kjeller'] });
  });

  it('links a place sheet back to the place in the explorer, and a comparison to the comparison in the explorer', () => {
    expect(explorerLinkFor({ kind: 'site', id: 'berger' }, nb, here)).toBe(
      'https://example.org/bybandet/?feature=berger',
    );
    expect(explorerLinkFor({ kind: 'compare', ids: ['a', 'b'] }, nb, here)).toBe(
      'https://example.org/bybandet/?tab=compare&compare=a,b',
    );
  });
});
