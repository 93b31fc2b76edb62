import { Resvg } from '@resvg/resvg-js';
import type { Font } from 'fontkit';
import { AppError } from '../errors';
import { chartFace, needsCjk, type ChartFonts } from './chart-fonts';
import { pictureSvg, type ChartPicture } from './chart-svg';
import { outlineTexts } from './text-outlines';

const noCjkFont = (fonts: ChartFonts, text: string) =>
  new AppError(
    'NOT_AVAILABLE',
    `The chart has Chinese, Japanese or Korean text (“${text}”), but no font for it was found on this computer (looked in ${fonts.searched.join(', ')}). Install one (e.g. Noto Sans CJK: fonts-noto-cjk on Debian and Ubuntu), or save the chart as SVG.`,
    { key: 'errors.chartNoCjkFont', params: { text, folders: fonts.searched.join(', ') } },
  );

/**
 * The picture as a PNG, through resvg (no browser). Each text is drawn as outlines in one installed
 * family, CJK or not by its characters, so resvg gets no fonts; a text that needs a CJK font where
 * there is none is refused rather than drawn as empty boxes.
 */
export async function pictureToPng(picture: ChartPicture, fonts: ChartFonts): Promise<Buffer> {
  const cjkText = picture.texts.find(needsCjk);
  if (cjkText !== undefined && !fonts.cjk) throw noCjkFont(fonts, cjkText);
  if (!fonts.latin && !fonts.cjk && picture.texts.length > 0) {
    throw new AppError('NOT_AVAILABLE', `No font to draw the chart's text was found on this computer (looked in ${fonts.searched.join(', ')}). Save the chart as SVG.`, {
      key: 'errors.chartNoFont',
      params: { folders: fonts.searched.join(', ') },
    });
  }
  const latin = fonts.latin && picture.texts.some((text) => !needsCjk(text)) ? await chartFace(fonts, fonts.latin) : null;
  const lacks = (font: Font, text: string) => [...text].some((c) => !/\s/u.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
  // CJK text, and text with a character the Latin font lacks (e.g. ★), take the CJK font, which has far more.
  const wantsCjk = (text: string) => needsCjk(text) || !latin || (fonts.cjk !== null && lacks(latin, text));
  // The CJK collection (tens of MB) is opened only for a chart that needs it.
  const cjk = fonts.cjk && picture.texts.some(wantsCjk) ? await chartFace(fonts, fonts.cjk) : null;
  const face = (text: string) => (wantsCjk(text) ? cjk! : latin!);
  const svg = pictureSvg({ ...picture, root: outlineTexts(picture.root, face) });
  return new Resvg(svg, { font: { loadSystemFonts: false }, logLevel: 'off' }).render().asPng();
}
