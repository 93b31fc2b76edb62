import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Font } from 'fontkit';
import { fontFaces } from './font-names';

/**
 * The fonts chart images are drawn with (the PNG's texts become outlines, text-outlines.ts; finding
 * the fonts and opening each is done once per process, below). Texts in Latin or Cyrillic script
 * take the first installed family of LATIN_FAMILIES; texts with Chinese, Japanese or Korean
 * characters the first of CJK_FAMILIES (one family per text, as a run is shaped with one font).
 */
const LATIN_FAMILIES = ['Noto Sans', 'Liberation Sans', 'DejaVu Sans', 'Arial', 'Helvetica', 'Helvetica Neue', 'Segoe UI', 'Roboto', 'Open Sans'];
const CJK_FAMILIES = [
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'Noto Sans SC',
  'PingFang SC',
  'Hiragino Sans GB',
  'Microsoft YaHei',
  'Microsoft YaHei UI',
  'SimHei',
  'WenQuanYi Micro Hei',
  'WenQuanYi Zen Hei',
  'Droid Sans Fallback',
  'Source Han Sans',
  'Noto Sans CJK JP',
  'Arial Unicode MS',
];
const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;
/** Folders are walked this deep at most (fonts sit a level or two below the roots). */
const MAX_DEPTH = 4;

export interface ChartFonts {
  /** The files of the two chosen families' regular faces. */
  files: string[];
  /** Family for texts without CJK characters; null when none of LATIN_FAMILIES is installed. */
  latin: string | null;
  /** Family for texts with CJK characters; null when none of CJK_FAMILIES is installed. */
  cjk: string | null;
  /** The folders looked in, for the message when a family is missing. */
  searched: string[];
}

/** Where each system keeps fonts: system-wide and the user's own. */
export function systemFontDirs(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string[] {
  if (platform === 'win32') {
    const windows = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
    return [path.join(windows, 'Fonts'), ...(env.LOCALAPPDATA ? [path.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : [])];
  }
  if (platform === 'darwin') return ['/System/Library/Fonts', '/Library/Fonts', path.join(home, 'Library', 'Fonts')];
  const dataDirs = (env.XDG_DATA_DIRS ?? '/usr/local/share:/usr/share').split(':').filter(Boolean);
  return [...new Set([...dataDirs.map((d) => path.join(d, 'fonts')), path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'fonts'), path.join(home, '.fonts')])];
}

function fontFiles(dir: string, depth = 0): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory() || (e.isSymbolicLink() && depth < MAX_DEPTH && fs.statSync(file, { throwIfNoEntry: false })?.isDirectory())) return depth < MAX_DEPTH ? fontFiles(file, depth + 1) : [];
    return FONT_FILE.test(e.name) ? [file] : [];
  });
}

/** Only the upright regular faces are opened (charts use no other; a CJK collection is 20 MB a weight). */
const REGULAR = /^(regular|book|normal|roman)$/i;

/** Finds the fonts in dirs and picks the two families and their regular files; reads only the fonts' name tables. */
export function findChartFonts(dirs: readonly string[]): ChartFonts {
  const byFamily = new Map<string, { file: string; regular: boolean }[]>();
  for (const file of dirs.flatMap((d) => fontFiles(d))) {
    for (const face of fontFaces(file)) {
      for (const family of face.families) byFamily.set(family, [...(byFamily.get(family) ?? []), { file, regular: REGULAR.test(face.style) }]);
    }
  }
  const pick = (families: readonly string[]) => families.find((f) => byFamily.has(f)) ?? null;
  const [latin, cjk] = [pick(LATIN_FAMILIES), pick(CJK_FAMILIES)];
  const filesOf = (family: string) => {
    const faces = byFamily.get(family)!;
    return (faces.some((f) => f.regular) ? faces.filter((f) => f.regular) : faces).map((f) => f.file);
  };
  const files = [...new Set([latin, cjk].flatMap((f) => (f ? filesOf(f) : [])))];
  return { files, latin, cjk, searched: [...dirs] };
}

let systemFonts: ChartFonts | null = null;

/** The system's chart fonts, found on the first chart image and kept for the life of the process. */
export function systemChartFonts(): ChartFonts {
  systemFonts ??= findChartFonts(systemFontDirs());
  return systemFonts;
}

/** Faces opened (fontkit reads the whole file, then parses tables as they are used), by family and files, for the life of the process. */
const openedFaces = new Map<string, Font>();

/** fontkit is loaded with the first PNG rather than with the core (it takes a few hundred ms to load under load). */
async function openFace(files: readonly string[], family: string): Promise<Font> {
  const { openSync } = await import('fontkit');
  for (const file of files) {
    const faces = fontFaces(file);
    const index = [faces.findIndex((f) => f.families.includes(family) && REGULAR.test(f.style)), faces.findIndex((f) => f.families.includes(family))].find((i) => i >= 0);
    if (index === undefined) continue;
    const opened = openSync(file);
    return 'fonts' in opened ? opened.fonts[index]! : opened;
  }
  throw new Error(`No file of the font family ${family} among ${files.join(', ')}.`);
}

/** The regular face of family among fonts.files, opened on its first use in the process. */
export async function chartFace(fonts: ChartFonts, family: string): Promise<Font> {
  const key = `${family}\n${fonts.files.join('\n')}`;
  if (!openedFaces.has(key)) openedFaces.set(key, await openFace(fonts.files, family));
  return openedFaces.get(key)!;
}

const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
export const needsCjk = (text: string): boolean => CJK_CHARACTER.test(text);
