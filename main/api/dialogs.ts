import { z } from 'zod';
import { method } from './define';

/** What a dialog is for; the desktop app picks its title and file types from it. */
export const openPurposes = ['memberImport', 'surveyImport', 'responseImport', 'communityImport', 'bundleImport'] as const;
export const savePurposes = ['rejectedRows', 'surveyDefinition', 'chartPng', 'chartSvg', 'export', 'bundle'] as const;

/** The path the user chose, or null when they cancelled. */
const chosenPath = z.object({ path: z.string().nullable() });

export const dialogsMethods = {
  'dialogs.openPath': method({
    summary:
      'Desktop app only: the native open dialog for a file to read (then e.g. members.previewImport with { path }); path null when cancelled. The browser host answers NOT_AVAILABLE: upload the file instead.',
    input: z.object({ purpose: z.enum(openPurposes) }).strict(),
    output: chosenPath,
  }),
  'dialogs.savePath': method({
    summary:
      'Desktop app only: the native save dialog for where to write a file (then e.g. imports.rejectedCsv with { path }); path null when cancelled. The browser host answers NOT_AVAILABLE: download the file instead.',
    input: z
      .object({
        purpose: z.enum(savePurposes),
        /** The name the dialog proposes, without folders. */
        defaultName: z.string().trim().min(1).max(255).regex(/^[^/\\]+$/, 'expects a file name without folders'),
      })
      .strict(),
    output: chosenPath,
  }),
};
