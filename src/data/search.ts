/**
 * Name search that forgives case, accents and the Norwegian letters: `lorenskog` finds Lørenskog,
 * `aras` finds Åråsen, `raanaasfoss` finds Rånåsfoss.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface Searchable {
  id: string;
  /** The names a feature is known by, most important first. */
  names: readonly string[];
}

export interface IndexedSearchable<T extends Searchable> {
  item: T;
  folded: readonly string[];
}

/** Folds every name once, so each keystroke only compares strings. */
export function buildSearchIndex<T extends Searchable>(items: readonly T[]): IndexedSearchable<T>[] {
  return items.map((item) => ({ item, folded: item.names.map(foldForSearch) }));
}

/** Rank of a folded name for a folded query: lower is better, null is no match. */
function rank(name: string, query: string): number | null {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.split(' ').some((word) => word.startsWith(query))) return 2;
  if (name.includes(query)) return 3;
  return null;
}

/**
 * Finds items whose names match `query`: exact names first, then names starting with it, then names with a word
 * starting with it, then names containing it; ties keep the shorter name first, then the given order.
 */
export function searchIndex<T extends Searchable>(
  index: readonly IndexedSearchable<T>[],
  query: string,
  limit = 8,
): T[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  const hits: { item: T; score: number; length: number; order: number }[] = [];
  index.forEach(({ item, folded: names }, order) => {
    let score = Number.POSITIVE_INFINITY;
    let length = 0;
    names.forEach((name, nameIndex) => {
      const nameRank = rank(name, folded);
      if (nameRank === null) return;
      // A match on the main name beats the same kind of match on an alias.
      const weighted = nameRank * 2 + (nameIndex === 0 ? 0 : 1);
      if (weighted < score) {
        score = weighted;
        length = name.length;
      }
    });
    if (Number.isFinite(score)) hits.push({ item, score, length, order });
  });
  hits.sort((a, b) => a.score - b.score || a.length - b.length || a.order - b.order);
  return hits.slice(0, limit).map((hit) => hit.item);
}
