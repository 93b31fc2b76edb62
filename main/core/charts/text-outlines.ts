import type { Font, GlyphRun, PathCommand } from 'fontkit';
import type { SvgNode } from './svg-markup';

/**
 * For the PNG only: every <text> of ECharts' picture becomes a <path> of its glyphs' outlines,
 * laid out with fontkit from a font opened once per process, so resvg draws the picture with no
 * fonts at all (resvg-js 2.6 re-reads a whole font file for each text run it shapes). The SVG
 * answer keeps real text.
 */

/** Where the baseline sits below the y of a text, in em, per dominant-baseline (CSS Inline Layout). */
function baselineBelowY(font: Font, baseline: string): number {
  const em = font.unitsPerEm;
  const ascent = (font['OS/2']?.typoAscender || font.ascent) / em;
  const descent = (font['OS/2']?.typoDescender || font.descent) / em;
  switch (baseline) {
    case 'central':
      return (ascent + descent) / 2;
    case 'middle':
      return (font.xHeight || 0.5 * em) / em / 2;
    case 'hanging':
      return 0.8 * ascent;
    case 'mathematical':
      return 0.5 * ascent;
    case 'text-before-edge':
    case 'text-top':
      return ascent;
    case 'text-after-edge':
    case 'text-bottom':
    case 'ideographic':
      return descent;
    default:
      return 0;
  }
}

/** Attributes that only a text has; everything else (fill, stroke, opacities, transform) goes to the path unchanged. */
const TEXT_ONLY = new Set(['x', 'y', 'dx', 'dy', 'style', 'dominant-baseline', 'alignment-baseline', 'text-anchor', 'xml:space', 'font-size', 'font-family', 'font-weight', 'font-style']);
const DEFAULT_FONT_SIZE = 12;

/** ECharts writes the size as font-size:12px or inside the font shorthand ("font: bold 14px sans-serif"). */
function fontSize(node: SvgNode): number {
  const style = String(node.attrs.style ?? '');
  const size = /font-size:\s*([\d.]+)px/.exec(style) ?? /font:[^;]*?([\d.]+)px/.exec(style);
  const fromAttribute = parseFloat(String(node.attrs['font-size'] ?? ''));
  return size ? Number(size[1]) : Number.isFinite(fromAttribute) ? fromAttribute : DEFAULT_FONT_SIZE;
}

const number = (value: unknown) => (Number.isFinite(Number(value)) ? Number(value) : 0);
const round = (n: number) => Math.round(n * 100) / 100;

/** Runs shaped, per face and text (labels repeat from chart to chart); fontkit keeps the glyphs' outlines itself. */
const shaped = new WeakMap<Font, Map<string, GlyphRun>>();
const MAX_RUNS_PER_FACE = 2000;

function layout(font: Font, text: string): GlyphRun {
  const runs = shaped.get(font) ?? new Map<string, GlyphRun>();
  shaped.set(font, runs);
  let run = runs.get(text);
  if (!run) {
    if (runs.size >= MAX_RUNS_PER_FACE) runs.clear();
    run = font.layout(text);
    runs.set(text, run);
  }
  return run;
}

/** The run's outlines as path data, in the text's own coordinates (origin at its x, y before the anchor). */
function runPath(font: Font, text: string, size: number, anchor: string, baseline: string, origin: { x: number; y: number }): string {
  const run = layout(font, text);
  const scale = size / font.unitsPerEm;
  const width = run.advanceWidth * scale;
  let penX = origin.x - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
  const baselineY = origin.y + baselineBelowY(font, baseline) * size;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i]!;
    const [gx, gy] = [penX + position.xOffset * scale, baselineY - position.yOffset * scale];
    const point = (args: number[], at: number) => `${round(gx + args[at]! * scale)} ${round(gy - args[at + 1]! * scale)}`;
    for (const { command, args } of glyph.path.commands as PathCommand[]) {
      if (command === 'closePath') parts.push('Z');
      else if (command === 'moveTo') parts.push(`M${point(args, 0)}`);
      else if (command === 'lineTo') parts.push(`L${point(args, 0)}`);
      else if (command === 'quadraticCurveTo') parts.push(`Q${point(args, 0)} ${point(args, 2)}`);
      else parts.push(`C${point(args, 0)} ${point(args, 2)} ${point(args, 4)}`);
    }
    penX += position.xAdvance * scale;
  });
  return parts.join('');
}

/** A text element as a path (null when it draws nothing, e.g. only spaces). */
function outlined(node: SvgNode, fontFor: (text: string) => Font): SvgNode | null {
  const text = node.attrs['xml:space'] === 'preserve' ? (node.text ?? '') : (node.text ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const [anchor, baseline] = [String(node.attrs['text-anchor'] ?? 'start'), String(node.attrs['dominant-baseline'] ?? 'alphabetic')];
  const d = runPath(fontFor(text), text, fontSize(node), anchor, baseline, { x: number(node.attrs.x), y: number(node.attrs.y) });
  if (!d) return null;
  const attrs = Object.fromEntries(Object.entries(node.attrs).filter(([key]) => !TEXT_ONLY.has(key)));
  return { tag: 'path', attrs: { ...attrs, d } };
}

/** The picture with each text drawn as outlines in the font fontFor gives for it. */
export function outlineTexts(node: SvgNode, fontFor: (text: string) => Font): SvgNode {
  if (node.tag === 'text') return outlined(node, fontFor) ?? { tag: 'g', attrs: {} };
  if (!node.children) return node;
  return { ...node, children: node.children.map((child) => outlineTexts(child, fontFor)) };
}
