import { describe, expect, it } from 'vitest';
import { foldForSearch, searchIndex } from '../../../src/data/search';

const items = [
  { id: 'lorenskog-stasjon', names: ['Lørenskog stasjon'] },
  { id: 'arasen-stadion', names: ['Åråsen stadion'] },
  { id: 'ahus-buss', names: ['Ahus (bussholdeplass)'] },
  { id: 'ahus', names: ['Ahus', 'Akershus universitetssykehus'] },
  { id: 'ranasfoss-stasjon', names: ['Rånåsfoss stasjon'] },
  { id: 'nordre-oyeren', names: ['Nordre Øyeren naturreservat'] },
  { id: 'kjeller', names: ['Kjeller'] },
  { id: 'kjeller-flyplass', names: ['Kjeller flyplass'] },
];
const index = items.map((item) => ({ ...item, folded: item.names.map(foldForSearch) }));
const ids = (query: string) => searchIndex(index, query).map((item) => item.id);

describe('foldForSearch', () => {
  it('folds case and the Norwegian letters', () => {
    expect(foldForSearch('ÆØÅ æøå Rånåsfoss')).toBe('aeoa aeoa ranasfoss');
  });

  it('treats the old spellings aa and oe like å and ø', () => {
    expect(foldForSearch('Raanaasfoss')).toBe(foldForSearch('Rånåsfoss'));
    expect(foldForSearch('Loerenskog')).toBe(foldForSearch('Lørenskog'));
  });
});

describe('searchIndex', () => {
  it('finds Lørenskog from "lorenskog" and Åråsen from "aras"', () => {
    expect(ids('lorenskog')).toEqual(['lorenskog-stasjon']);
    expect(ids('aras')).toEqual(['arasen-stadion']);
  });

  it('puts an exact name before names that only start with the query', () => {
    expect(ids('ahus')[0]).toBe('ahus');
    expect(ids('AHUS')).toEqual(['ahus', 'ahus-buss']);
  });

  it('finds by alias, after main-name matches of the same kind', () => {
    expect(ids('universitetssykehus')).toEqual(['ahus']);
  });

  it('matches a word inside a name', () => {
    expect(ids('oyeren')).toEqual(['nordre-oyeren']);
  });

  it('prefers a shorter name among equal matches', () => {
    expect(ids('kjeller')).toEqual(['kjeller', 'kjeller-flyplass']);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  -- ')).toEqual([]);
  });

  it('limits the number of results', () => {
    expect(searchIndex(index, 'a', 3)).toHaveLength(3);
  });
});
