import { useTranslation } from 'react-i18next';
import type { CommunityImportKind, CommunityImportPreview } from '@api/community-import';
import { activityTypes } from '@model/community/lifecycle-rules';
import { memberMatches } from '@api/response-import';
import { RecodeEditor, WizardActions } from '@renderer/components/import-wizard/import-wizard';
import { Field } from './field';
import { kindFields, type FactDraft, type MappingProblem } from './fact-mapping';

interface Props {
  kind: CommunityImportKind;
  preview: CommunityImportPreview;
  draft: FactDraft;
  onDraft(draft: FactDraft): void;
  problem: MappingProblem | null;
  onBack(): void;
  onNext(): void;
}

/** Step 2: the file column of each field (the core's suggestions first), how members are named, and the kind's own settings. */
export function MappingStep({ kind, preview, draft, onDraft, problem, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<FactDraft>) => onDraft({ ...draft, ...patch });
  const typeColumn = preview.columns.find((c) => c.name === draft.columns.type);
  return (
    <section className="card wizard-card" aria-labelledby="community-mapping-title">
      <h2 className="card-title" id="community-mapping-title">
        {t('community.mapping.title')}
      </h2>
      <p className="card-caption">{t('community.mapping.intro')}</p>
      <div className="community-fields">
        {kindFields[kind].map(({ field, optional }) => (
          <Field key={field} label={t(`community.mapping.field.${field}` as 'community.mapping.field.member')}>
            {(id) => (
              <select id={id} value={draft.columns[field] ?? ''} onChange={(e) => set({ columns: { ...draft.columns, [field]: e.target.value } })}>
                <option value="">{optional ? t('community.mapping.optional') : t('community.mapping.none')}</option>
                {preview.columns.map((c) => (
                  <option key={c.index} value={c.name}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
        <Field label={t('community.mapping.by')}>
          {(id) => (
            <select id={id} value={draft.by} onChange={(e) => set({ by: e.target.value as FactDraft['by'] })}>
              {memberMatches.map((by) => (
                <option key={by} value={by}>
                  {t(`community.mapping.byOption.${by}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind === 'transactions' && (
          <Field label={t('community.mapping.defaultCurrency')}>
            {(id) => <input id={id} type="text" maxLength={3} value={draft.defaultCurrency} onChange={(e) => set({ defaultCurrency: e.target.value })} />}
          </Field>
        )}
      </div>
      <label className="checkbox-field">
        <input type="checkbox" checked={draft.decimalComma} onChange={(e) => set({ decimalComma: e.target.checked })} />
        <span className="checkbox-label">{t('community.mapping.decimalComma')}</span>
      </label>
      {kind === 'activity' && typeColumn && typeColumn.values.length > 0 && (
        <div className="community-recode">
          <h3 className="community-subtitle">{t('community.mapping.typeRecode')}</h3>
          <RecodeEditor
            values={typeColumn.values}
            recode={draft.typeRecode}
            choices={activityTypes.map((type) => ({ value: type, label: t(`community.mapping.type.${type}`) }))}
            onChange={(typeRecode) => set({ typeRecode })}
          />
        </div>
      )}
      <p className="field-hint">{t('community.mapping.timesHint')}</p>
      {problem && <p className="form-error">{t(`community.mapping.problem.${problem}`)}</p>}
      <WizardActions onBack={onBack} onNext={onNext} />
    </section>
  );
}
