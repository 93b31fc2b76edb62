import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { findChartFonts, systemChartFonts, type ChartFonts } from '../../../main/core/charts/chart-fonts';
import { tempDir } from '../../support/temp-dir';

/** The system's chart fonts copied to a folder of their own (so a test can delete the files), found there as the same families. */
export function copiedChartFonts(): { system: ChartFonts; copied: ChartFonts } {
  const dir = tempDir();
  const system = systemChartFonts();
  for (const file of system.files) fs.copyFileSync(file, path.join(dir, path.basename(file)));
  const copied = findChartFonts([dir]);
  expect(copied).toMatchObject({ latin: system.latin, cjk: system.cjk });
  return { system, copied };
}
