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

/** What search finds an item by: its names folded once (`foldForSearch`), so each keystroke only compares strings. */
export interface Searchable {
  /** The names it is known by, folded, the main name first. */
  folded: readonly string[];
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
export function searchIndex<T extends Searchable>(items: readonly T[], query: string, limit = 8): T[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  const hits: { item: T; score: number; length: number; order: number }[] = [];
  items.forEach((item, order) => {
    let score = Number.POSITIVE_INFINITY;
    let length = 0;
    item.folded.forEach((name, nameIndex) => {
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
