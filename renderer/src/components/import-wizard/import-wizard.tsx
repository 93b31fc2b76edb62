/**
 * The parts every CSV import wizard shares (members, responses): the steps, the file, how it reads,
 * recoding, the rows-with-errors choice, the running job and the outcome. Import them from here, so
 * their stylesheet comes with them.
 */
export { FileStep } from './file-step';
export { FileReadout, FileSummary, type ReadOverrides } from './file-readout';
export { ImportCheck, RowImportOutcome, type ImportCheckProps } from './import-check';
export { useImportText } from './import-text';
export { ImportJob, RejectedRows, ResultCard, ResultCounts, useSaveRejected, WizardActions } from './import-outcome';
export { MappingTable } from './mapping-table';
export { PreviewState } from './preview-state';
export { ModeChoice } from './mode-choice';
export { RecodeEditor, type Recode } from './recode-editor';
export { useRowImportWords } from './row-import-words';
export { useImportWizard, useMappingDraft } from './use-import-wizard';
export { WizardSteps } from './wizard-steps';
// After the parts, so this stylesheet builds on theirs.
import './import-wizard.css';
