import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importLanguages, type ImportLanguage } from '@api/csv-import';
import { useJobs } from '@renderer/shell/jobs-context';
import type { ImportSource } from './file-step';
import type { ReadOverrides } from './file-readout';

/** What every import wizard keeps: its step, the file, the reading settings chosen over the detected ones, and the job once started. */
export function useImportWizard<Step extends string>(first: Step, run: Step) {
  const { i18n } = useTranslation();
  const { track } = useJobs();
  const [step, setStep] = useState<Step>(first);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [overrides, setOverrides] = useState<ReadOverrides>({});
  const [jobId, setJobId] = useState<string | null>(null);
  return {
    step,
    setStep,
    source,
    overrides,
    setOverrides,
    jobId,
    /** A file was chosen: read it afresh, then go on. */
    chooseFile(next: ImportSource, then: Step) {
      setSource(next);
      setOverrides({});
      setStep(then);
    },
    /** The job started: follow it. */
    started(id: string) {
      track(id);
      setJobId(id);
      setStep(run);
    },
    /** Back to the first step, without a file. */
    restart() {
      setStep(first);
      setSource(null);
      setOverrides({});
      setJobId(null);
    },
    /** The rejected-rows CSV is written in the language the user reads. */
    language: (importLanguages.find((l) => l === i18n.resolvedLanguage) ?? 'en') satisfies ImportLanguage,
  };
}

/** A mapping draft that starts again from the preview's suggestions whenever the columns read change (another file, another header setting). */
export function useMappingDraft<Preview, Draft>(preview: Preview | null, columnsOf: (preview: Preview) => string, draftFrom: (preview: Preview) => Draft[]) {
  const [draft, setDraft] = useState<Draft[]>([]);
  const [draftFor, setDraftFor] = useState<string | null>(null);
  useEffect(() => {
    if (!preview || columnsOf(preview) === draftFor) return;
    setDraft(draftFrom(preview));
    setDraftFor(columnsOf(preview));
  }, [preview, draftFor, columnsOf, draftFrom]);
  return [draft, setDraft] as const;
}
