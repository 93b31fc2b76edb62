import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { dialogsMethods, type openPurposes, type savePurposes } from '@api/dialogs';
import type { MethodOutput, ParsedInput, Result } from '@api/index';
import { kioskMethods } from '@api/kiosk';
import type { KioskLock } from './kiosk-lock';
import type { NativeDialogs } from './native-dialogs';
import { failure } from './pending-calls';
import type { ShellLabels } from './shell-labels';

/** A caller of workbench methods: the core process, or the shell in front of it. */
export type MethodCall = (method: string, input: unknown) => Promise<Result<unknown>>;

/** The methods only the main process can answer: native dialogs and the window's kiosk mode. */
const shellAnswered = { ...dialogsMethods, ...kioskMethods };
type ShellMethod = keyof typeof shellAnswered;
type Answers = { [M in ShellMethod]: (input: ParsedInput<M>) => Promise<Result<MethodOutput<M>>> };

const TABLE_EXTENSIONS = ['csv', 'tsv', 'txt', 'tab'];

/** Each purpose's title and file types, in the user's language. */
const tableFile = (title: string, labels: ShellLabels): OpenDialogOptions => ({
  title,
  filters: [
    { name: labels.tableFiles, extensions: TABLE_EXTENSIONS },
    { name: labels.allFiles, extensions: ['*'] },
  ],
  properties: ['openFile'],
});

const openOptions = (labels: ShellLabels): Record<(typeof openPurposes)[number], OpenDialogOptions> => ({
  memberImport: tableFile(labels.memberImportTitle, labels),
  responseImport: tableFile(labels.responseImportTitle, labels),
  communityImport: tableFile(labels.communityImportTitle, labels),
  bundleImport: {
    title: labels.bundleImportTitle,
    filters: [
      { name: labels.bundleFiles, extensions: ['icwb'] },
      { name: labels.allFiles, extensions: ['*'] },
    ],
    properties: ['openFile'],
  },
  surveyImport: {
    title: labels.surveyImportTitle,
    filters: [
      { name: labels.jsonFiles, extensions: ['json'] },
      { name: labels.allFiles, extensions: ['*'] },
    ],
    properties: ['openFile'],
  },
});

const saveOptions = (labels: ShellLabels): Record<(typeof savePurposes)[number], SaveDialogOptions & { extension: string }> => ({
  rejectedRows: { title: labels.rejectedRowsTitle, filters: [{ name: labels.csvFiles, extensions: ['csv'] }], extension: '.csv' },
  export: { title: labels.exportTitle, filters: [{ name: labels.csvFiles, extensions: ['csv'] }], extension: '.csv' },
  surveyDefinition: { title: labels.surveyDefinitionTitle, filters: [{ name: labels.jsonFiles, extensions: ['json'] }], extension: '.json' },
  chartPng: { title: labels.chartImageTitle, filters: [{ name: labels.pngImages, extensions: ['png'] }], extension: '.png' },
  chartSvg: { title: labels.chartImageTitle, filters: [{ name: labels.svgImages, extensions: ['svg'] }], extension: '.svg' },
  bundle: { title: labels.bundleSaveTitle, filters: [{ name: labels.bundleFiles, extensions: ['icwb'] }], extension: '.icwb' },
});

/** Save dialogs do not add the extension on every platform; a name the user gave one keeps it. */
const withDefaultExtension = (filePath: string, extension: string) => (path.extname(filePath) ? filePath : `${filePath}${extension}`);

/** A native dialog's answer, or INTERNAL when it could not be shown. */
async function fromDialog<T>(show: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, data: await show() };
  } catch (err) {
    return failure({ code: 'INTERNAL', message: `The file dialog could not be shown: ${err instanceof Error ? err.message : String(err)}` });
  }
}

/**
 * The methods the desktop shell answers itself, because only the main process can show native
 * dialogs or hold the window in kiosk mode; every other call goes on to the core. The chosen paths
 * are then named in core methods, which in the desktop app accept any path (allowedDirs null).
 */
export function shellMethods({ dialogs, labels, forward, kiosk }: {
  dialogs: NativeDialogs;
  labels: ShellLabels;
  forward: MethodCall;
  kiosk: Pick<KioskLock, 'lock' | 'unlock'>;
}): MethodCall {
  const opening = openOptions(labels);
  const saving = saveOptions(labels);
  const answers: Answers = {
    'dialogs.openPath': ({ purpose }) =>
      fromDialog(async () => {
        const { canceled, filePaths } = await dialogs.open(opening[purpose]);
        return { path: canceled ? null : (filePaths[0] ?? null) };
      }),
    'dialogs.savePath': ({ purpose, defaultName }) =>
      fromDialog(async () => {
        const { extension, ...options } = saving[purpose];
        const { canceled, filePath } = await dialogs.save({ ...options, defaultPath: defaultName });
        return { path: canceled || !filePath ? null : withDefaultExtension(filePath, extension) };
      }),
    'kiosk.lock': async ({ pin }) => kiosk.lock(pin),
    'kiosk.unlock': async ({ pin }) => kiosk.unlock(pin),
  };

  return async (method, input) => {
    if (!Object.hasOwn(answers, method)) return forward(method, input);
    const name = method as ShellMethod;
    const parsed = shellAnswered[name].input.safeParse(input ?? {});
    // The core's dispatch validates with the same schema and answers VALIDATION as for any other method.
    if (!parsed.success) return forward(method, input);
    const answer = answers[name] as (input: unknown) => Promise<Result<unknown>>;
    return answer(parsed.data);
  };
}
