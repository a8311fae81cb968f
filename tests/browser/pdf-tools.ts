import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Where the PDFs and page images land, for a person to look at. */
export const PRINT_RESULTS = 'test-results/print';

/** Renders the page to PDF the way "Save as PDF" does (print media, the page's own @page size) and saves it. */
export async function savePdf(page: Page, name: string): Promise<string> {
  mkdirSync(PRINT_RESULTS, { recursive: true });
  const path = `${PRINT_RESULTS}/${name}.pdf`;
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // Page 1 as a PNG (100 dpi) beside it: test-results/print/<name>-1.png.
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '100',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    path,
    `${PRINT_RESULTS}/${name}-1`,
  ]);
  return path;
}

/** Number of pages and the first page's size in points, from poppler's pdfinfo. */
export function pdfInfo(path: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  if (!size) throw new Error(`pdfinfo reported no page size for ${path}:\n${info}`);
  return { pages, width: Number(size[1]), height: Number(size[2]) };
}

/** The PDF's text in reading order (poppler's pdftotext), with runs of white space made single spaces. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Each embedded image's size in pixels and its resolution on the page (pdfimages -list). */
export function pdfImages(path: string): { width: number; height: number; xPpi: number; yPpi: number }[] {
  const lines = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const fields = line.trim().split(/\s+/);
    return {
      width: Number(fields[3]),
      height: Number(fields[4]),
      xPpi: Number(fields[12]),
      yPpi: Number(fields[13]),
    };
  });
}
