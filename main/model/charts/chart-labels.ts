/**
 * Category labels that fit beside a bar: wrapped onto at most a few lines of about `width`
 * columns, the rest cut with "…". Widths count East Asian wide characters (Chinese, Japanese,
 * Korean, full-width forms) as two columns, as they are drawn about twice as wide as Latin or
 * Cyrillic letters. Lines break after spaces and hyphens, or between two wide characters (Chinese
 * has no spaces); a word longer than a line is cut.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const ELLIPSIS = '…';

export interface LabelFit {
  /** Columns per line (a wide character takes two). */
  width: number;
  lines: number;
}

/** Labels beside horizontal bars: two lines of 24 columns keep the plot at least half of a 480 px chart. */
const BAR_LABEL_FIT: LabelFit = { width: 24, lines: 2 };

export const columnsOf = (text: string): number => [...text].reduce((sum, ch) => sum + (WIDE.test(ch) ? 2 : 1), 0);

/** Pieces a line may end after: words with their trailing space or hyphen, and each wide character alone. */
function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of text) {
    if (WIDE.test(ch)) {
      if (current) pieces.push(current);
      pieces.push(ch);
      current = '';
    } else {
      current += ch;
      if (ch === ' ' || ch === '-') {
        pieces.push(current);
        current = '';
      }
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** The longest start of text that fits in width columns. */
function cut(text: string, width: number): string {
  let out = '';
  for (const ch of text) {
    if (columnsOf(out + ch) > width) break;
    out += ch;
  }
  return out;
}

/** The label on at most fit.lines lines joined by "\n"; a label that does not fit ends with "…". */
export function wrapLabel(text: string, fit: LabelFit = BAR_LABEL_FIT): string {
  const lines: string[] = [];
  let line = '';
  const pieces = breakPieces(text.replace(/\s+/g, ' ').trim());
  for (let piece of pieces) {
    while (columnsOf(line + piece.trimEnd()) > fit.width) {
      if (line) {
        lines.push(line.trimEnd());
        line = '';
      } else {
        const head = cut(piece, fit.width);
        lines.push(head);
        piece = piece.slice(head.length);
      }
    }
    line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= fit.lines) return lines.join('\n');
  const kept = lines.slice(0, fit.lines);
  kept[fit.lines - 1] = `${cut(kept[fit.lines - 1]!, fit.width - 1).trimEnd()}${ELLIPSIS}`;
  return kept.join('\n');
}
