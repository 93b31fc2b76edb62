import { chartEn, chartErrorsEn } from './chart/en';
import { communityImportEn, communityEn, communityJobKindsEn, communityJobPhasesEn, rfmErrorsEn } from './community/en';
import { analysisEn, analysisErrorsEn } from './analysis/en';
import { csvEn, csvErrorsEn } from './csv/en';
import { exportEn, exportErrorsEn, exportJobKindsEn, exportJobPhasesEn } from './export/en';
import { collectEn, kioskErrorsEn } from './collect/en';
import { filterEn } from './filter/en';
import { importWizardEn } from './import-wizard/en';
import { memberEn } from './member/en';
import { importJobKindsEn, importJobPhasesEn, importRuntimeEn, panelEn, panelErrorsEn } from './panel/en';
import { demoProgressEn, lifecycleFunnelEn } from './overview/en';
import { recruitmentEn, recruitmentErrorsEn } from './recruitment/en';
import { responsesImportEn, responsesImportJobKindsEn, responsesImportJobPhasesEn } from './responses-import/en';
import { surveyErrorsEn } from './survey-errors/en';
import { collectionErrorsEn } from './collection-errors/en';
import { bundleErrorsEn, bundleJobKindsEn, bundleJobPhasesEn, bundlesEn } from './bundles/en';
import { responsesEn } from './responses/en';
import { healthEn, healthErrorsEn } from './health/en';
import { surveysEn } from './surveys/en';

/** English: the source language. zh-CN and ru must have exactly these keys (test/renderer/i18n-keys.test.ts). */
export const en = {
  app: {
    name: 'Insight Community Workbench',
    loading: 'Loading…',
    tokenMissing: {
      title: 'This page needs its access link',
      body: 'Open the workbench with the full link printed in the terminal where it was started. The link carries an access token that keeps other programs on this computer out.',
    },
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
    dismiss: 'Dismiss',
    retry: 'Try again',
    working: 'Working…',
    reasonRequired: 'Say why, in at least 3 characters.',
  },
  header: {
    noWorkspace: 'No workspace open',
    workspace: 'Open workspace',
    language: 'Language',
    user: 'Signed in as {{name}}. Change your name',
  },
  nav: {
    label: 'Areas',
    overview: 'Overview',
    panel: 'Panel',
    recruitment: 'Recruitment',
    surveys: 'Surveys',
    collect: 'Collect',
    responses: 'Responses',
    responsesImport: 'Import responses',
    community: 'Community health',
    analysis: 'Analysis',
    export: 'Export',
    bundles: 'Bundles',
  },
  file: {
    menu: 'File',
    new: 'New workspace…',
    open: 'Open workspace…',
    recent: 'Recent',
    recentEmpty: 'No recent workspaces',
    recentMissing: 'file missing',
    saveCopy: 'Save a copy…',
    fileName: 'File name',
    folder: 'Folder',
    savedAs: 'Saved as',
    invalidName: {
      empty: 'Enter a file name.',
      tooLong: 'Use at most {{max}} characters.',
      characters: 'A file name cannot contain / \\ : * ? " < > | or control characters.',
      dots: 'A file name cannot start with a dot.',
    },
  },
  newWorkspace: {
    title: 'New workspace',
    intro: 'A workspace is one file that holds a community: its members, surveys and responses.',
    demo: 'Fill with the demo community',
    demoHint: 'Synthetic members, screener answers, surveys and responses to explore the workbench.',
    create: 'Create',
    created: 'Created the workspace {{name}}.',
  },
  openWorkspace: {
    title: 'Open workspace',
    empty: 'There are no workspace files in this folder.',
    current: 'Open now',
    takeOver: 'Take over and open',
    takeOverHint: 'Take it over only if you are sure it is open nowhere else, for example after a crash or a restart. Two programs writing one workspace would lose changes.',
  },
  saveCopy: {
    title: 'Save a copy',
    intro: 'Saves a consistent copy of the open workspace to a new file. You keep working in the current one.',
    save: 'Save copy',
    saved: 'Saved a copy to {{path}} ({{size}}).',
    replaceTitle: 'Replace the file?',
    replace: 'Replace',
    replaceBody: 'A file already exists at {{path}}. Replace it with the copy? Its current content will be lost.',
  },
  workspaceSwitch: {
    followed: 'The workspace “{{name}}” was opened in another tab or window. This page now shows it.',
  },
  profile: {
    title: 'Welcome',
    editTitle: 'Your name',
    intro: 'Changes such as erasures and data cleaning are recorded with the name of the person who made them.',
    name: 'Your name (recorded in audit entries)',
    required: 'Enter your name to continue.',
    continue: 'Continue',
    save: 'Save',
  },
  overview: {
    title: 'Overview',
    counts: {
      label: 'Workspace contents',
      members: 'Members',
      surveys: 'Surveys',
      responses: 'Responses',
    },
    details: {
      title: 'Workspace file',
      path: 'Location',
      schemaVersion: 'Schema version',
      size: 'Size on disk',
    },
    lifecycle: {
      title: 'Member lifecycle',
      caption: 'Members who have reached each stage. A member in retention has passed acquisition and activation.',
      reached: 'Reached this stage',
      current: 'Currently at this stage',
      share: 'Share of members',
      noStages: 'No lifecycle stages are recorded for these members yet.',
    },
    empty: {
      title: 'This workspace is empty',
      body: 'Members, surveys and responses will be counted here as you add them. To look around first, create a workspace filled with the demo community.',
      action: 'New workspace with demo data…',
    },
    generating: {
      title: 'Filling the workspace with the demo community',
      body: 'The counts appear here as soon as the job below has finished.',
    },
    noWorkspace: {
      title: 'No workspace is open',
      body: 'Create a new workspace or open an existing one to start.',
    },
  },
  jobs: {
    label: 'Background jobs',
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    progress: '{{done}} of {{total}}',
    progressOpen: '{{done}} done',
    state: {
      failed: 'Failed',
      cancelled: 'Cancelled. Nothing it started was kept.',
    },
    kind: {
      ...exportJobKindsEn,
      ...importJobKindsEn,
      ...responsesImportJobKindsEn,
      ...communityJobKindsEn,
      ...bundleJobKindsEn,
      workspace: {
        demo: 'Demo community',
      },
    },
    kindUnknown: 'Background job',
    phase: {
      ...exportJobPhasesEn,
      ...importJobPhasesEn,
      ...responsesImportJobPhasesEn,
      ...communityJobPhasesEn,
      ...bundleJobPhasesEn,
      starting: 'Starting',
      members: 'Members',
      screener: 'Screener answers',
      surveys: 'Surveys',
      responses: 'Responses',
    },
  },
  member: memberEn,
  panel: panelEn,
  importWizard: importWizardEn,
  import: importRuntimeEn,
  recruitment: recruitmentEn,
  responsesImport: responsesImportEn,
  community: communityEn,
  communityImport: communityImportEn,
  rfm: rfmErrorsEn,
  bundles: bundlesEn,
  surveys: surveysEn,
  collect: collectEn,
  responses: responsesEn,
  analysis: analysisEn,
  lifecycleFunnel: lifecycleFunnelEn,
  health: healthEn,
  chart: chartEn,
  demoProgress: demoProgressEn,
  filter: filterEn,
  csv: csvEn,
  export: exportEn,
  errors: {
    ...exportErrorsEn,
    ...panelErrorsEn,
    ...recruitmentErrorsEn,
    ...surveyErrorsEn,
    ...collectionErrorsEn,
    ...bundleErrorsEn,
    ...csvErrorsEn,
    ...kioskErrorsEn,
    ...chartErrorsEn,
    ...analysisErrorsEn,
    ...healthErrorsEn,
    workspaceLocked: 'This workspace is already open in another program (process {{pid}} on {{host}}) since {{since}}. Close it there, or open a copy. If you are sure it is open nowhere, take it over.',
    unknownMigration: 'This workspace was changed by a newer or different version of the workbench (migration {{version}} “{{name}}” is unknown here). Open it with that version.',
    workspaceCorrupt: 'The workspace {{path}} is damaged and cannot be opened. Open a backup copy instead.',
    fileExists: 'A file already exists at {{path}}. Choose another name.',
    workspaceMissing: 'There is no workspace at {{path}}.',
    notAWorkspace: '{{path}} is not a workspace file.',
    writeOntoWorkspace: '{{path}} is a workspace or one of its files. The workbench never writes over a workspace: choose another name.',
    workspaceIsFolder: '{{path}} is a folder, not a workspace file.',
    pathIsFolder: '{{path}} is a folder. Give a file name inside it.',
    pathTooLong: 'The path {{path}} is too long for the file system. Choose a shorter name or folder.',
    pathThroughFile: 'A part of the path {{path}} is a file, not a folder.',
    diskFull: 'There is not enough space to write {{path}}.',
    cannotWrite: '{{path}} could not be written: {{reason}}',
    cannotRead: '{{path}} could not be read: {{reason}}',
    noWorkspace: 'No workspace is open. Create or open one from the File menu.',
    pathNotAllowed: '{{path}} is outside the folders this workbench may use.',
    jobMissing: 'The job {{jobId}} no longer exists.',
    unknownMethod: 'The workbench does not know the action “{{method}}”. It may be older than this window.',
    cancelled: 'Cancelled. Nothing it started was kept.',
    hostUnreachable: 'The workbench cannot be reached. Is it still running?',
    badResponse: 'The workbench sent an unexpected answer (HTTP {{status}}).',
  },
};

export type Translations = typeof en;
