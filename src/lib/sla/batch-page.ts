/** Rows the batch tools draw at a time; the rest are a page away. */
export const PAGE_SIZE = 50;
