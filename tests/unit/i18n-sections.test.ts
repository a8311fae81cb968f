import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb';
import { analysisTexts } from '../../src/i18n/texts/analysis';
import { detailsTexts } from '../../src/i18n/texts/details';
import { importTexts } from '../../src/i18n/texts/import';
import { kioskTexts } from '../../src/i18n/texts/kiosk';
import { printTexts } from '../../src/i18n/texts/print';
import { spreadsheetTexts } from '../../src/i18n/texts/spreadsheet';

const SECTIONS = {
  analysis: analysisTexts,
  details: detailsTexts,
  import: importTexts,
  kiosk: kioskTexts,
  print: printTexts,
  spreadsheet: spreadsheetTexts,
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path.endsWith(join('src', 'i18n')) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

/** Text keys written in a file: quoted keys, and the fixed start of keys built in a template (`kiosk.chapter.${id}`). */
function keysIn(code: string): { key: string; prefix: boolean }[] {
  return [...code.matchAll(/['"`]([a-zA-Z]+\.[\w.-]*)(\$\{|['"`])/g)].map((match) => ({
    key: match[1]!,
    prefix: match[2] === '${',
  }));
}

describe('text sections', () => {
  it('keep their keys apart from the core texts and from each other', () => {
    const seen = new Set(Object.keys(nb));
    for (const [name, section] of Object.entries(SECTIONS))
      for (const key of Object.keys(section.nb)) {
        expect(seen.has(key), `${key} (${name}) is also elsewhere`).toBe(false);
        seen.add(key);
      }
  });

  it('have every text in both languages with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const section of Object.values(SECTIONS)) {
      expect(Object.keys(section.en).sort()).toEqual(Object.keys(section.nb).sort());
      for (const [key, text] of Object.entries(section.nb)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders((section.en as Record<string, string>)[key]!), key).toEqual(placeholders(text));
      }
    }
  });

  it('are imported by every file that uses one of their keys, so the texts are there when it renders', () => {
    const missing: string[] = [];
    for (const file of sourceFiles('src')) {
      const code = readFileSync(file, 'utf8');
      for (const [name, section] of Object.entries(SECTIONS)) {
        const keys = Object.keys(section.nb);
        const used = keysIn(code).filter(({ key, prefix }) =>
          prefix ? keys.some((candidate) => candidate.startsWith(key)) : keys.includes(key),
        );
        if (used.length > 0 && !code.includes(`i18n/texts/${name}'`))
          missing.push(`${relative('.', file)} uses ${used[0]!.key} but does not import src/i18n/texts/${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
