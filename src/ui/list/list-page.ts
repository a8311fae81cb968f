/**
 * Entries a group shows before "show all": every group of the shipped data fits, while a layer of thousands opens
 * at once and lets the reader ask for the rest (search finds any entry straight away).
 */
export const LIST_PAGE_SIZE = 50;
