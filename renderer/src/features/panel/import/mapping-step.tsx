import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importDateFormats, importFieldTargets, type ImportDateFormat, type ImportPreview, type SavedImportMapping } from '@api/member-import';
import { OPENNESS_REVERSE_KEYED } from '@model/openness';
import { useApi } from '@renderer/api/api-context';
import { MappingTable, RecodeEditor, WizardActions, type ReadOverrides, type Recode } from '@renderer/components/import-wizard/import-wizard';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useNotify } from '@renderer/shell/notices';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { isEnumField, useMemberLabels, type LabelledField } from '@renderer/members/member-labels';
import { draftFromSaved, screenerTargets, TAG_TARGET, targetValues, toImportMapping, type ColumnDraft, type MappingProblem } from './mapping-draft';


export interface ValueSettings {
  dateFormat: ImportDateFormat;
  decimalComma: boolean;
  /** Year or day the data was collected (for age → birth year). */
  collectedOn: string;
}

interface Props {
  preview: ImportPreview;
  overrides: ReadOverrides;
  draft: ColumnDraft[];
  onDraft(draft: ColumnDraft[]): void;
  settings: ValueSettings;
  onSettings(settings: ValueSettings): void;
  onBack(): void;
  onNext(): void;
}

/** Identifying and free-text fields: each value is its own, there is nothing to recode. */
const NO_RECODE = new Set(['ignore', 'externalId', 'name', 'email', 'phone', 'notes', 'consentScope']);

/** Step 3: where each column goes (with the core's suggestions), value recoding, dates and decimals, saved mappings. */
export function MappingStep({ preview, overrides, draft, onDraft, settings, onSettings, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const ids = { dateFormat: useId(), collectedOn: useId(), saved: useId() };
  const [problem, setProblem] = useState<{ problem: MappingProblem; column?: string } | null>(null);
  const usesAge = draft.some((c) => c.target === 'age');
  const setColumn = (column: string, patch: Partial<ColumnDraft>) => onDraft(draft.map((c) => (c.column === column ? { ...c, ...patch } : c)));
  const columnOf = (c: ColumnDraft) => preview.columns.find((pc) => pc.name === c.column);

  const next = () => {
    const checked = toImportMapping(draft, settings.collectedOn);
    if ('problem' in checked) setProblem(checked);
    else {
      setProblem(null);
      onNext();
    }
  };

  return (
    <section className="card wizard-card" aria-labelledby="import-mapping-title">
      <h2 className="card-title" id="import-mapping-title">
        {t('panel.import.mapping.title')}
      </h2>
      <p className="card-caption">{t('panel.import.mapping.intro')}</p>
      <SavedMappingPicker
        preview={preview}
        settings={settings}
        onLoad={(next, nextSettings) => {
          onDraft(next);
          onSettings(nextSettings);
        }}
      />
      <div className="value-settings">
        <div className="field">
          <label htmlFor={ids.dateFormat}>{t('panel.import.mapping.dateFormat')}</label>
          <select id={ids.dateFormat} value={settings.dateFormat} onChange={(e) => onSettings({ ...settings, dateFormat: e.target.value as ImportDateFormat })}>
            {importDateFormats.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox-field value-decimal">
          <input type="checkbox" checked={settings.decimalComma} onChange={(e) => onSettings({ ...settings, decimalComma: e.target.checked })} />
          <span className="checkbox-label">{t('panel.import.mapping.decimalComma')}</span>
        </label>
        {usesAge && (
          <div className="field">
            <label htmlFor={ids.collectedOn}>{t('panel.import.mapping.collectedOn')}</label>
            <input
              id={ids.collectedOn}
              value={settings.collectedOn}
              placeholder="2012"
              maxLength={10}
              onChange={(e) => onSettings({ ...settings, collectedOn: e.target.value })}
              aria-invalid={problem?.problem === 'collectedOn'}
              aria-describedby={`${ids.collectedOn}-hint`}
            />
            <p id={`${ids.collectedOn}-hint`} className={problem?.problem === 'collectedOn' ? 'field-error' : 'field-hint'}>
              {problem?.problem === 'collectedOn' ? t('panel.import.mapping.problem.collectedOn') : t('panel.import.mapping.collectedOnHint')}
            </p>
          </div>
        )}
      </div>

      <MappingTable
        rows={draft}
        columns={preview.columns}
        targetHeader={t('panel.import.mapping.target')}
        ignored={(c) => c.target === 'ignore'}
        target={(c) => (
          <>
            <TargetSelect column={c.column} value={c.target} onChange={(target) => setColumn(c.column, { target, recode: {} })} />
            {c.target === TAG_TARGET && (
              <input
                className="mapping-tag-name"
                value={c.tagName}
                maxLength={100}
                placeholder={t('panel.import.mapping.tagName')}
                aria-label={t('panel.import.mapping.tagNameOf', { column: c.column })}
                aria-invalid={problem?.problem === 'tagName' && problem.column === c.column}
                onChange={(e) => setColumn(c.column, { tagName: e.target.value })}
              />
            )}
          </>
        )}
        recodeEditor={(c) => (NO_RECODE.has(c.target) ? null : <MemberRecodeEditor draft={c} values={columnOf(c)?.values ?? []} onChange={(recode) => setColumn(c.column, { recode })} />)}
      />
      {problem && problem.problem !== 'collectedOn' && <p className="form-error">{t(`panel.import.mapping.problem.${problem.problem}`, { column: problem.column ?? '' })}</p>}
      <SaveMappingForm overrides={overrides} draft={draft} settings={settings} />
      <WizardActions onBack={onBack} onNext={next} />
    </section>
  );
}

/** Member fields, a tag by yes/no, custom attributes, the openness screener's items, or leave it out. */
function TargetSelect({ column, value, onChange }: { column: string; value: string; onChange: (target: string) => void }) {
  const { t } = useTranslation();
  const labels = useMemberLabels();
  const { attributes } = useMemberVocabulary();
  const fieldLabel = (f: (typeof importFieldTargets)[number]) =>
    f === 'age' ? t('panel.import.mapping.ageTarget') : f === 'tags' ? t('panel.import.mapping.tagsTarget') : labels.field(f as LabelledField);
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={t('panel.import.mapping.targetOf', { column })}>
      <option value="ignore">{t('panel.import.mapping.ignore')}</option>
      <optgroup label={t('panel.import.mapping.groupFields')}>
        {importFieldTargets.map((f) => (
          <option key={f} value={f}>
            {fieldLabel(f)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('member.field.tags')}>
        <option value={TAG_TARGET}>{t('panel.import.mapping.tagTarget')}</option>
      </optgroup>
      {attributes.length > 0 && (
        <optgroup label={t('member.field.attributes')}>
          {attributes.map((a) => (
            <option key={a.key} value={`attr:${a.key}`}>
              {a.label}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label={t('panel.import.mapping.groupScreener')}>
        {screenerTargets.map((target, i) => (
          <option key={target} value={target}>
            {OPENNESS_REVERSE_KEYED.includes(i + 1) ? t('panel.import.mapping.itemReversed', { n: i + 1 }) : t('panel.import.mapping.item', { n: i + 1 })}
          </option>
        ))}
      </optgroup>
    </select>
  );
}

/** Recoding a member column: to a value its field accepts, named in the user's language, or to any text. */
function MemberRecodeEditor({ draft, values, onChange }: { draft: ColumnDraft; values: ImportPreview['columns'][number]['values']; onChange: (recode: Recode) => void }) {
  const { t } = useTranslation();
  const labels = useMemberLabels();
  const label = (v: string) =>
    isEnumField(draft.target) ? labels.value(draft.target, v) : draft.target === 'doNotContact' || draft.target === TAG_TARGET ? t(v === 'yes' ? 'member.value.yes' : 'member.value.no') : v;
  const choices = targetValues(draft.target)?.map((value) => ({ value, label: label(value) })) ?? null;
  return <RecodeEditor values={values} recode={draft.recode} choices={choices} onChange={onChange} />;
}

/** Saved mappings: the one the core found fitting this file is offered first; any can be loaded. */
function SavedMappingPicker({ preview, settings, onLoad }: { preview: ImportPreview; settings: ValueSettings; onLoad: (draft: ColumnDraft[], settings: ValueSettings) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const loadId = useId();
  const list = useAsync(() => api.call('importMappings.list', {}), [api]);
  const load = (saved: SavedImportMapping) =>
    onLoad(draftFromSaved(preview, saved), {
      dateFormat: saved.settings.dateFormat ?? settings.dateFormat,
      decimalComma: saved.settings.decimalComma ?? settings.decimalComma,
      collectedOn: saved.settings.collectedOn ?? settings.collectedOn,
    });
  const items = list.data?.items ?? [];
  if (!preview.savedMapping && items.length === 0) return null;
  return (
    <div className="saved-mappings">
      {preview.savedMapping && (
        <p className="saved-mapping-fit">
          {t('panel.import.mapping.fits', { name: preview.savedMapping.name })}{' '}
          <button type="button" className="button button-small" onClick={() => load(preview.savedMapping!)}>
            {t('panel.import.mapping.use')}
          </button>
        </p>
      )}
      {items.length > 0 && (
        <div className="saved-mapping-controls">
          <div className="field">
            <label htmlFor={loadId}>{t('panel.import.mapping.load')}</label>
            <select
              id={loadId}
              value=""
              onChange={(e) => {
                const saved = items.find((m) => m.id === Number(e.target.value));
                if (saved) load(saved);
              }}
            >
              <option value="">{t('panel.import.mapping.choose')}</option>
              {items.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </div>
  );
}

/** Saves this mapping, with the reading and value settings, for the next file of the same kind. */
function SaveMappingForm({ overrides, draft, settings }: { overrides: ReadOverrides; draft: ColumnDraft[]; settings: ValueSettings }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const nameId = useId();
  const [name, setName] = useState('');
  const save = useAction(async () => {
    const checked = toImportMapping(draft, settings.collectedOn);
    if (!('mapping' in checked)) return;
    const saved = await api.call('importMappings.save', {
      name: name.trim(),
      mapping: checked.mapping,
      settings: {
        ...(overrides.encoding ? { encoding: overrides.encoding } : {}),
        ...(overrides.delimiter ? { delimiter: overrides.delimiter } : {}),
        dateFormat: settings.dateFormat,
        decimalComma: settings.decimalComma,
        ...(settings.collectedOn.trim() ? { collectedOn: settings.collectedOn.trim() } : {}),
      },
    });
    setName('');
    notify('success', t('panel.import.mapping.saved', { name: saved.name }));
  });
  return (
    <form
      className="saved-mapping-save"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void save.run();
      }}
    >
      <div className="field">
        <label htmlFor={nameId}>{t('panel.import.mapping.saveAs')}</label>
        <input id={nameId} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={!name.trim() || save.busy}>
        {t('panel.import.mapping.save')}
      </button>
      <FormError error={save.error} />
    </form>
  );
}
