import fs from 'node:fs';
import type { FilePreview } from '@api/csv-import';
import { emptyFileProblem, isBlocking, sniffProblems } from './file-problems';
import { sniffFile, type ReadOverrides, type Sniff } from './sniff';

const SAMPLE_ROWS = 20;
const TOP_VALUES = 12;

function columnStats(sniff: Sniff, index: number) {
  const counts = new Map<string, number>();
  let empty = 0;
  for (const { record } of sniff.rows) {
    const value = (record.fields[index] ?? '').trim();
    if (value === '') empty++;
    else counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const values = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_VALUES).map(([value, count]) => ({ value, count }));
  return { values, empty };
}

/**
 * How the start of a file reads (at most the first MiB, 200 rows): encoding, delimiter, header, each
 * column's most frequent values, the first rows and the problems found; with the sniff each import
 * builds its own suggestions on (null for an empty file).
 */
export async function readFilePreview(filePath: string, fileName: string, overrides: ReadOverrides, maxBytes: number): Promise<{ preview: FilePreview; sniff: Sniff | null }> {
  const sizeBytes = fs.statSync(filePath).size;
  if (sizeBytes === 0) {
    const preview: FilePreview = {
      fileName,
      sizeBytes,
      maxBytes,
      encoding: { detected: 'utf-8', used: overrides.encoding ?? 'utf-8', bom: false, confidence: 'guess' },
      delimiter: { detected: ',', used: overrides.delimiter ?? ',' },
      hasHeader: { detected: false, used: overrides.hasHeader ?? false },
      columns: [],
      sample: [],
      rowsRead: 0,
      bytesRead: 0,
      complete: true,
      problems: [emptyFileProblem()],
      canImport: false,
    };
    return { preview, sniff: null };
  }
  const sniff = await sniffFile(filePath, overrides);
  const problems = sniffProblems(sniff, maxBytes);
  const preview: FilePreview = {
    fileName,
    sizeBytes,
    maxBytes,
    encoding: { detected: sniff.guess.encoding, used: sniff.encoding, bom: sniff.guess.bom, confidence: sniff.guess.confidence },
    delimiter: { detected: sniff.detectedDelimiter, used: sniff.dialect.delimiter },
    hasHeader: { detected: sniff.detectedHeader, used: sniff.hasHeader },
    columns: sniff.layout.names.map((name, index) => ({ index, name, ...columnStats(sniff, index) })),
    sample: sniff.rows.slice(0, SAMPLE_ROWS).map((r) => ({ row: r.row, values: r.record.fields })),
    rowsRead: sniff.rows.length,
    bytesRead: sniff.bytesRead,
    complete: sniff.complete,
    problems,
    canImport: !problems.some(isBlocking),
  };
  return { preview, sniff };
}
