import fs from 'node:fs';
import path from 'node:path';
import type { FileRef } from '@api/common';
import { foldText } from '@model/fold-text';
import { formatIssue, type DefinitionIssue } from '@model/survey/definition-issues';
import { parseDefinitionJson } from '@model/survey/parse-definition';
import { validateDefinition } from '@model/survey/validate-definition';
import type { CallContext } from '../call-context';
import { AppError } from '../errors';
import { readFailure, statOrNull } from '../files/fs-errors';
import { offerScratchDownload } from '../files/scratch-download';
import { createSurvey } from './survey-edit';
import { versionMissing } from './survey-store';
import { loadSurvey } from './survey-view';

/**
 * A survey definition as a JSON file (the format of model/survey/definition.ts, `format` included):
 * exported from the draft or a version, imported as a new draft survey. A file that does not parse
 * is refused with one issue per bad field, and nothing is written.
 */

/** Far more than any survey needs (a 200-question survey is about 100 KB); a bigger file is not a definition. */
const MAX_DEFINITION_BYTES = 5 * 1024 * 1024;
/** Browser-host downloads of exports (a definition holds no personal data). */
const DOWNLOADS_FOLDER = 'icw-survey-exports';

/** A file name from the title, kept in any script: "Product pulse" → product-pulse-v2.json. */
function exportFileName(title: string, version: number): string {
  const stem = foldText(title).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${stem || 'survey'}-v${version}.json`;
}

export async function exportDefinition(ctx: CallContext, request: { id: string; versionId?: string; path?: string; replace: boolean }) {
  const { survey, versions } = await loadSurvey(ctx.db.reader, request.id);
  const version = request.versionId === undefined ? versions[0]! : versions.find((v) => v.id === request.versionId);
  if (!version) throw versionMissing(survey.id, request.versionId!);
  const json = `${JSON.stringify(version.parsed, null, 2)}\n`;
  const fileName = exportFileName(survey.title, version.version);
  if (request.path !== undefined) {
    const saved = await ctx.files.save(request.path, { bytes: json }, { replace: request.replace });
    return { json, fileName: path.basename(saved.path), path: saved.path, downloadId: null };
  }
  return { json, fileName, path: null, downloadId: await offerScratchDownload(ctx, DOWNLOADS_FOLDER, json, fileName) };
}

/** Each issue's message names its field (`pages[0].questions[3].options[1].code: expected a string`): a file's problems are read as a list. */
const invalidFile = (fileName: string, issues: DefinitionIssue[]) =>
  new AppError('VALIDATION', `${fileName} is not a survey definition this workbench can read: ${issues.slice(0, 10).map(formatIssue).join('; ')}.`, {
    key: 'errors.surveyFileInvalid',
    params: { file: fileName, count: issues.length },
    issues: issues.map((issue) => ({ ...issue, message: formatIssue(issue) })),
  });

async function readDefinitionText(filePath: string, fileName: string): Promise<string> {
  const stat = await statOrNull(filePath);
  if (!stat) throw new AppError('NOT_FOUND', `There is no file at ${filePath}.`, { key: 'errors.fileMissing', params: { path: filePath } });
  if (stat.size > MAX_DEFINITION_BYTES) {
    throw new AppError('LIMIT', `${fileName} is ${stat.size} bytes; a survey definition file has at most ${MAX_DEFINITION_BYTES} bytes.`, {
      key: 'errors.surveyFileTooLarge',
      params: { file: fileName, maxBytes: MAX_DEFINITION_BYTES },
    });
  }
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(filePath);
  } catch (err) {
    throw readFailure(err, filePath);
  }
  try {
    // A byte-order mark is dropped; anything not UTF-8 is refused rather than read garbled.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidFile(fileName, [{ path: [], kind: 'notUtf8', params: {}, message: 'is not UTF-8 text' }]);
  }
}

export async function importDefinition(ctx: CallContext, request: { file: FileRef; title?: string }) {
  const filePath = ctx.files.resolve(request.file);
  const fileName = 'path' in request.file ? path.basename(request.file.path) : (request.title ?? 'upload');
  const parsed = parseDefinitionJson(await readDefinitionText(filePath, fileName));
  if (!parsed.ok) throw invalidFile(fileName, parsed.issues);
  const title = request.title ?? (path.basename(fileName, path.extname(fileName)) || fileName);
  const created = await createSurvey(ctx, { title, description: null, definition: parsed.definition });
  return { ...created, issues: validateDefinition(parsed.definition) };
}
