/**
 * The one text fold, for every stored key (member name and email keys, tag names), matching
 * (filters, duplicates, imports' words and headers, erasure) and the demo: Unicode NFKC (full-width
 * Ａ and ligatures become plain letters), then the lower case of the Unicode standard, which is the
 * same on every machine (`toLowerCase`, never `toLocaleLowerCase`: under a Turkish locale İ and I
 * fold otherwise, and stored keys would differ between machines), then final sigma ς as σ (so ΟΔΟΣ,
 * οδος and οδοσ match). Deterministic for a Unicode version; a change of it is a refold migration.
 */
export const foldText = (text: string): string => text.normalize('NFKC').toLowerCase().replaceAll('ς', 'σ');
