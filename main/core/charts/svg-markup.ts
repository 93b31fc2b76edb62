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

export interface MarkupOptions {
  /** The font family a text element is drawn in (PNG rendering names installed fonts); by default the option's. */
  textFamily?(text: string): string;
}

/** Sets the font family in a text element's style, whether ECharts wrote it as font-family or in the font shorthand. */
function withFamily(style: string, family: string): string {
  const quoted = `'${family.replaceAll("'", '')}'`;
  return /font-family:/.test(style) ? style.replace(/font-family:[^;]*/, `font-family:${quoted}`) : `${style};font-family:${quoted}`;
}

export function svgMarkup(node: SvgNode, options: MarkupOptions = {}): string {
  const attrs = { ...node.attrs };
  if (node.tag === 'text' && options.textFamily && node.text) attrs.style = withFamily(String(attrs.style ?? ''), options.textFamily(node.text));
  const written = Object.entries(attrs)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([key, value]) => (value === true ? key : `${key}="${escapeAttribute(String(value))}"`));
  const open = `<${[node.tag, ...written].join(' ')}>`;
  const text = node.tag === 'style' ? (node.text ?? '') : escapeText(node.text ?? '');
  const children = node.children?.map((child) => svgMarkup(child, options)).join('\n') ?? '';
  return `${open}${text}${children ? `\n${children}\n` : ''}</${node.tag}>`;
}

/** Every text the picture writes, for the font check. */
export function textsOf(node: SvgNode): string[] {
  return [...(node.text && node.tag === 'text' ? [node.text] : []), ...(node.children ?? []).flatMap(textsOf)];
}
