import { useTranslation } from 'react-i18next';
import { memberMatches, type AnswerTarget, type ResponseImportPreview } from '@api/response-import';
import { MappingTable, RecodeEditor, WizardActions } from '@renderer/components/import-wizard/import-wizard';
import { answerValue, IGNORE, parseTarget, targetChoices, targetValue, type ColumnDraft, type MappingProblem } from './mapping-draft';

interface Props {
  preview: ResponseImportPreview;
  draft: ColumnDraft[];
  onDraft(draft: ColumnDraft[]): void;
  decimalComma: boolean;
  onDecimalComma(on: boolean): void;
  /** What the mapping lacks, found when Next was chosen. */
  problem: MappingProblem | null;
  onBack(): void;
  onNext(): void;
}

/** Step 3: what each column answers (the core's suggestions first), recoding, and how numbers are written. */
export function MappingStep({ preview, draft, onDraft, decimalComma, onDecimalComma, problem, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const setColumn = (column: string, patch: Partial<ColumnDraft>) => onDraft(draft.map((c) => (c.column === column ? { ...c, ...patch } : c)));
  const columnOf = (c: ColumnDraft) => preview.columns.find((pc) => pc.name === c.column);
  const recodeEditor = (c: ColumnDraft) => {
    const target = parseTarget(c.target);
    if (target?.kind !== 'answer') return null;
    const choices = targetChoices(target, preview.targets);
    const flag = [
      { value: '1', label: t('responsesImport.mapping.chosen') },
      { value: '0', label: t('responsesImport.mapping.notChosen') },
    ];
    return <RecodeEditor values={columnOf(c)?.values ?? []} recode={c.recode} choices={choices === 'flag' ? flag : choices} onChange={(recode) => setColumn(c.column, { recode })} />;
  };

  return (
    <section className="card wizard-card" aria-labelledby="responses-mapping-title">
      <h2 className="card-title" id="responses-mapping-title">
        {t('responsesImport.mapping.title')}
      </h2>
      <p className="card-caption">{t('responsesImport.mapping.intro')}</p>
      {preview.version.identification === 'anonymous' && <p className="field-hint">{t('responsesImport.mapping.anonymous')}</p>}
      <label className="checkbox-field">
        <input type="checkbox" checked={decimalComma} onChange={(e) => onDecimalComma(e.target.checked)} />
        <span className="checkbox-label">{t('responsesImport.mapping.decimalComma')}</span>
      </label>
      <MappingTable
        rows={draft}
        columns={preview.columns}
        targetHeader={t('responsesImport.mapping.target')}
        ignored={(c) => c.target === IGNORE}
        target={(c) => <TargetSelect preview={preview} column={c.column} value={c.target} onChange={(target) => setColumn(c.column, { target, recode: {} })} />}
        recodeEditor={recodeEditor}
      />
      <p className="field-hint">{t('responsesImport.mapping.timesHint')}</p>
      {problem && <p className="form-error">{t(`responsesImport.mapping.problem.${problem}`)}</p>}
      <WizardActions onBack={onBack} onNext={onNext} />
    </section>
  );
}

/** An answer's part as the select names it: the question itself, a matrix row, a 1/0 option or the text of "Other". */
function usePartLabel(): (target: AnswerTarget) => string {
  const { t } = useTranslation();
  return (target) => {
    const part = target.partLabel ?? '';
    if (target.rowId !== null) return t('responsesImport.mapping.row', { row: part });
    if (target.optionCode === 'other') return t('responsesImport.mapping.other', { option: part });
    if (target.optionCode !== null) return t('responsesImport.mapping.option', { option: part });
    return t('responsesImport.mapping.question');
  };
}

/** Leave out; who answered and when; or an answer, grouped by question in questionnaire order. */
function TargetSelect({ preview, column, value, onChange }: { preview: ResponseImportPreview; column: string; value: string; onChange(target: string): void }) {
  const { t } = useTranslation();
  const partLabel = usePartLabel();
  const questions = [...new Map(preview.targets.map((x) => [x.questionId, x])).values()];
  const anonymous = preview.version.identification === 'anonymous';
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={t('responsesImport.mapping.targetOf', { column })}>
      <option value={IGNORE}>{t('responsesImport.mapping.ignore')}</option>
      <optgroup label={t('responsesImport.mapping.groupResponse')}>
        {!anonymous &&
          memberMatches.map((by) => (
            <option key={by} value={targetValue({ kind: 'member', by })}>
              {t(`responsesImport.mapping.member.${by}`)}
            </option>
          ))}
        <option value={targetValue({ kind: 'startedAt' })}>{t('responsesImport.mapping.startedAt')}</option>
        <option value={targetValue({ kind: 'completedAt' })}>{t('responsesImport.mapping.completedAt')}</option>
      </optgroup>
      {questions.map((q) => (
        <optgroup key={q.questionId} label={`${q.questionId} · ${q.questionText}`}>
          {preview.targets
            .filter((x) => x.questionId === q.questionId)
            .map((x) => (
              <option key={answerValue(x)} value={answerValue(x)}>
                {`${q.questionId}: ${partLabel(x)}`}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
