import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ensureLanguage, loadLanguage } from '../../src/i18n/load-language';
import { isLanguageLoaded, messagesFor, translate } from '../../src/i18n/messages';

const MESSAGES = { nb: messagesFor('nb'), en };

describe('messages', () => {
  it('has every text in both languages, none empty', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.nb).sort());
    for (const table of Object.values(MESSAGES))
      for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(MESSAGES.nb) as (keyof typeof MESSAGES.nb)[]) {
      expect(placeholders(MESSAGES.en[key]), key).toEqual(placeholders(MESSAGES.nb[key]));
    }
  });

  it('falls back to Norwegian until English has loaded, then speaks English', async () => {
    expect(isLanguageLoaded('en')).toBe(false);
    expect(translate('en', 'panel.list')).toBe('Liste');
    await loadLanguage('en');
    expect(translate('en', 'panel.list')).toBe('List');
  });

  it('switches only to a language whose texts could be loaded', async () => {
    expect(await ensureLanguage('en', 'nb')).toBe('en');
  });

  it('fills in parameters and picks the singular for one', async () => {
    await loadLanguage('en');
    expect(translate('nb', 'legend.count', { count: 3 })).toBe('3 steder');
    expect(translate('nb', 'legend.count', { count: 1 })).toBe('1 sted');
    expect(translate('en', 'list.hiddenLayers', { count: 1 })).toBe('1 layer is hidden.');
  });

  it("writes a count with the language's digit grouping, and keeps the singular for exactly one", async () => {
    await loadLanguage('en');
    await import('../../src/i18n/texts/import');
    expect(translate('nb', 'legend.count', { count: 95_880 })).toBe('95\u00a0880 steder');
    expect(translate('en', 'legend.count', { count: 95_880 })).toBe('95,880 places');
    expect(translate('nb', 'byod.result.imported', { file: 'a.csv', count: 1_234, layer: 'a' })).toBe(
      'a.csv: 1\u00a0234 steder importert som laget «a».',
    );
    expect(translate('en', 'byod.result.dropped', { count: 12_000 })).toBe('12,000 rows or features were left out:');
    expect(translate('nb', 'byod.result.dropped', { count: 1 })).toBe('1 rad eller objekt ble utelatt:');
    // Only counts: a row number is a position in the file, written as the spreadsheet shows it.
    expect(translate('en', 'byod.result.row', { row: 12_345, field: 'x', message: 'm' })).toBe(
      'Row 12345, field “x”: m',
    );
  });

  it('leaves a missing parameter visible instead of printing "undefined"', () => {
    expect(translate('nb', 'legend.count')).toBe('{count} steder');
  });
});
