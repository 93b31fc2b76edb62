import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { conditionCount } from '@renderer/components/filter-builder/filter-draft';
import { SegmentSelect } from '@renderer/components/segment-select';
import { exportKinds, type ExportDraft } from './export-draft';

type Versions = MethodOutput<'collect.versions'>['versions'];
type Campaigns = MethodOutput<'campaigns.list'>['campaigns'];
type Segments = MethodOutput<'segments.list'>['segments'];

interface Props {
  draft: ExportDraft;
  onChange(change: Partial<ExportDraft>): void;
  versions: Versions;
  campaigns: Campaigns;
  segments: Segments;
}

/** What to export: responses or a codebook of a version, members, a campaign's invitation list, the points ledger. */
export function WhatCard({ draft, onChange, versions, campaigns, segments }: Props) {
  const { t } = useTranslation();
  const ids = { kind: useId(), version: useId(), campaign: useId(), segment: useId() };
  const bySegment = (draft.kind === 'members' || draft.kind === 'responses') && segments.length > 0;
  const needsVersion = draft.kind === 'responses' || draft.kind === 'codebook';
  return (
    <section className="card export-card export-what" aria-labelledby={`${ids.kind}-title`}>
      <h2 className="card-title" id={`${ids.kind}-title`}>
        {t('export.what.title')}
      </h2>
      <div className="export-what-fields">
        <div className="field">
          <label htmlFor={ids.kind}>{t('export.what.label')}</label>
          <select id={ids.kind} value={draft.kind} onChange={(e) => onChange({ kind: e.target.value as ExportDraft['kind'] })}>
            {exportKinds.map((k) => (
              <option key={k} value={k}>
                {t(`export.what.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {needsVersion &&
          (versions.length === 0 ? (
            <p className="field-hint">{t('export.what.noVersions')}</p>
          ) : (
            <div className="field version-field">
              <label htmlFor={ids.version}>{t('export.what.version')}</label>
              <select id={ids.version} value={draft.surveyVersionId ?? ''} onChange={(e) => onChange({ surveyVersionId: e.target.value })}>
                {versions.map((v) => (
                  <option key={v.surveyVersionId} value={v.surveyVersionId}>
                    {t('export.what.versionLabel', { title: v.title, version: v.version })}
                  </option>
                ))}
              </select>
            </div>
          ))}
        {draft.kind === 'invitations' &&
          (campaigns.length === 0 ? (
            <p className="field-hint">{t('export.what.noCampaigns')}</p>
          ) : (
            <div className="field version-field">
              <label htmlFor={ids.campaign}>{t('export.what.campaign')}</label>
              <select id={ids.campaign} value={draft.campaignId ?? ''} onChange={(e) => onChange({ campaignId: Number(e.target.value) })}>
                {campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
        {bySegment && (
          <div className="field version-field">
            <label htmlFor={ids.segment}>{t('export.what.segment')}</label>
            <SegmentSelect
              id={ids.segment}
              value={draft.segmentId}
              segments={segments}
              none={draft.kind === 'members' ? t('export.what.noSegmentMembers') : t('export.what.noSegment')}
              onChange={(segmentId) => onChange({ segmentId })}
            />
          </div>
        )}
      </div>
      {draft.kind === 'invitations' && campaigns.length > 0 && <p className="field-hint">{t('export.what.invitationsHint')}</p>}
      {draft.kind === 'members' && draft.segmentId === null && <p className="field-hint">{draft.filter ? t('export.what.membersFiltered', { n: conditionCount(draft.filter) }) : t('export.what.membersAll')}</p>}
      {(draft.kind === 'members' || draft.kind === 'invitations') && <p className="field-hint export-personal">{t('export.what.personal')}</p>}
    </section>
  );
}

/** A choice among a few values, as radio buttons. */
function Choice<V extends string>({ legend, name, value, options, onChange }: { legend: string; name: string; value: V; options: readonly (readonly [V, string])[]; onChange(v: V): void }) {
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v} className="checkbox-field">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          <span className="checkbox-label">{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** How responses are laid out: wide or long, labels or codes, multiple choice, flagged responses, the missing-value codes. */
export function LayoutCard({ draft, onChange }: Pick<Props, 'draft' | 'onChange'>) {
  const { t } = useTranslation();
  const ids = { notShown: useId(), notAnswered: useId() };
  const responses = draft.kind === 'responses';
  const wide = !responses || draft.shape === 'wide';
  return (
    <section className="card export-card" aria-labelledby="export-layout-title">
      <h2 className="card-title" id="export-layout-title">
        {t('export.shape.title')}
      </h2>
      <div className="export-choices">
        {responses && (
          <Choice legend={t('export.shape.title')} name="export-shape" value={draft.shape} onChange={(shape) => onChange({ shape })} options={[['wide', t('export.shape.wide')], ['long', t('export.shape.long')]]} />
        )}
        {responses && (
          <Choice legend={t('export.shape.values')} name="export-values" value={draft.values} onChange={(values) => onChange({ values })} options={[['labels', t('export.shape.labels')], ['codes', t('export.shape.codes')]]} />
        )}
        {wide && (
          <Choice legend={t('export.shape.multi')} name="export-multi" value={draft.multi} onChange={(multi) => onChange({ multi })} options={[['flags', t('export.shape.flags')], ['joined', t('export.shape.joined')]]} />
        )}
        {responses && (
          <Choice legend={t('export.shape.flagged')} name="export-flagged" value={draft.flagged} onChange={(flagged) => onChange({ flagged })} options={[['include', t('export.shape.include')], ['exclude', t('export.shape.exclude')]]} />
        )}
      </div>
      {wide && (
        <div className="export-codes">
          <div className="field">
            <label htmlFor={ids.notShown}>{t('export.shape.notShown')}</label>
            <input id={ids.notShown} value={draft.notShown} maxLength={20} onChange={(e) => onChange({ notShown: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={ids.notAnswered}>{t('export.shape.notAnswered')}</label>
            <input id={ids.notAnswered} value={draft.notAnswered} maxLength={20} onChange={(e) => onChange({ notAnswered: e.target.value })} />
          </div>
          <p className="field-hint">{t('export.shape.codesHint')}</p>
        </div>
      )}
    </section>
  );
}
