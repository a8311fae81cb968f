import { describe, expect, it, vi } from 'vitest';

/** The module afresh (none of its formatters made yet), and a count of the Intl.NumberFormat objects made from now. */
async function freshFormat() {
  vi.resetModules();
  const format = await import('../../../src/i18n/format');
  const Real = Intl.NumberFormat;
  let made = 0;
  vi.spyOn(Intl, 'NumberFormat').mockImplementation(
    new Proxy(Real, {
      construct(target, args: Parameters<typeof Real>) {
        made += 1;
        return new target(...args);
      },
    }),
  );
  return { ...format, made: () => made };
}

describe('formatNumber', () => {
  it('writes grouping and decimals as each language does', async () => {
    const { formatNumber } = await freshFormat();
    expect(formatNumber('nb', 1234)).toBe('1\u00a0234');
    expect(formatNumber('en', 1234)).toBe('1,234');
    expect(formatNumber('nb', 2.25, 1)).toBe('2,3');
    expect(formatNumber('en', 0.5, 1)).toBe('0.5');
    expect(formatNumber('nb', 999.6)).toBe('1\u00a0000');
    expect(formatNumber('nb', -5)).toBe('−5');
  });

  it('writes a whole number below 1 000 without making an Intl formatter, the same in both languages', async () => {
    const { formatDistance, formatNumber, made } = await freshFormat();
    const written = [0, 1, 81, 999].flatMap((value) => [formatNumber('nb', value), formatNumber('en', value, 2)]);
    expect(written).toEqual(['0', '0', '1', '1', '81', '81', '999', '999']);
    expect(formatDistance('nb', 1000)).toBe('1 km');
    expect(made()).toBe(0);
  });

  it('warms the formatter that a figure with one decimal uses, so that figure makes none', async () => {
    const { formatNumber, warmNumberFormat, made } = await freshFormat();
    warmNumberFormat('nb');
    expect(made()).toBe(1);
    expect(formatNumber('nb', 1.25, 1)).toBe('1,3');
    expect(made()).toBe(1);
  });
});
