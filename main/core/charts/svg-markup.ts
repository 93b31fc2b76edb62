/**
 * ECharts' server-side rendering hands back its picture as a tree of nodes; this writes it out as
 * SVG markup. ECharts' own writer (renderToSVGString) leaves attribute values unescaped, so the
 * theme's font list ("Noto Sans CJK SC", in double quotes) or a colour with a quote in it made a
 * file no SVG reader parses; here every attribute value and every text is escaped.
 */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number | boolean | null | undefined>;
  children?: SvgNode[];
  text?: string;
}

const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replaceAll('"', '&quot;');

export function svgMarkup(node: SvgNode): string {
  const written = Object.entries(node.attrs)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([key, value]) => (value === true ? key : `${key}="${escapeAttribute(String(value))}"`));
  const open = `<${[node.tag, ...written].join(' ')}>`;
  const text = node.tag === 'style' ? (node.text ?? '') : escapeText(node.text ?? '');
  const children = node.children?.map((child) => svgMarkup(child)).join('\n') ?? '';
  return `${open}${text}${children ? `\n${children}\n` : ''}</${node.tag}>`;
}

/** Every text the picture writes, for the font check. */
export function textsOf(node: SvgNode): string[] {
  return [...(node.text && node.tag === 'text' ? [node.text] : []), ...(node.children ?? []).flatMap(textsOf)];
}
