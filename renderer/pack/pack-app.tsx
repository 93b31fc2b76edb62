import { useState } from 'react';
import { parseDefinition } from '@model/survey/parse-definition';
import type { AnswerRow } from '@model/survey/answer-fields';
import { RespondentView } from '@renderer/components/respondent-view/respondent-view';
import { replaceRows } from '@renderer/components/respondent-view/respondent-answers';
import { fill, respondentStrings } from '@renderer/i18n/locales/respondent';
import { packBundle, type PackData } from './pack-bundle';
import { loadState, saveState, type PackState } from './pack-store';

/** What packs.export wrote into the file. */
function readPackData(): PackData | null {
  const text = document.getElementById('pack-data')?.textContent ?? 'null';
  return JSON.parse(text) as PackData | null;
}

const newId = () => crypto.randomUUID();

/** The offline survey: one respondent at a time, every answer kept in the browser's storage, and the download of all of them as a bundle. */
export function PackApp() {
  const [data] = useState(readPackData);
  const parsed = data ? parseDefinition(JSON.parse(data.version.definition)) : null;
  if (!data || !parsed?.ok) return <p className="pack-error">{respondentStrings.en.pack.noData}</p>;
  return <PackSurvey data={data} definition={parsed.definition} />;
}

function PackSurvey({ data, definition }: { data: PackData; definition: Extract<ReturnType<typeof parseDefinition>, { ok: true }>['definition'] }) {
  const strings = respondentStrings[definition.language].pack;
  const [state, setState] = useState<PackState>(() => loadState(data.packId));
  const update = (change: (s: PackState) => PackState) =>
    setState((s) => {
      const next = change(s);
      saveState(data.packId, next);
      return next;
    });
  const currentId = state.current;
  const current = currentId ? state.responses[currentId] : undefined;

  const answer = (questionId: string, rows: AnswerRow[]) =>
    update((s) => {
      const at = new Date().toISOString();
      const id = s.current ?? newId();
      const r = s.responses[id] ?? { startedAt: at, updatedAt: at, answers: [], finished: false, downloaded: [] };
      return { current: id, responses: { ...s.responses, [id]: { ...r, updatedAt: at, answers: replaceRows(r.answers, questionId, rows) } } };
    });
  const finish = () => update((s) => (s.current ? { ...s, responses: { ...s.responses, [s.current]: { ...s.responses[s.current]!, finished: true } } } : s));
  const nextRespondent = () => update((s) => ({ ...s, current: null }));

  const download = async () => {
    const at = new Date().toISOString();
    const { text, hashes } = await packBundle(data, state.responses, at);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
    link.download = `responses-${data.packId.slice(0, 8)}-${at.replace(/[-:]/g, '').slice(0, 15)}.icwb`;
    document.body.append(link);
    link.click();
    link.remove();
    update((s) => ({
      ...s,
      responses: Object.fromEntries(
        Object.entries(s.responses).map(([id, r]) => [id, hashes[id] && !r.downloaded.includes(hashes[id]) ? { ...r, downloaded: [...r.downloaded, hashes[id]] } : r]),
      ),
    }));
  };

  const count = Object.values(state.responses).filter((r) => r.answers.length > 0).length;
  return (
    <div className="pack">
      <header className="pack-bar">
        <p className="pack-kept">{strings.kept}</p>
        <button type="button" className="pack-button" onClick={() => void download()} disabled={count === 0}>
          {fill(strings.download, { n: count })}
        </button>
      </header>
      <p className="pack-hint">{strings.downloadHint}</p>
      <RespondentView
        key={currentId ?? 'new'}
        definition={definition}
        answers={current?.answers ?? []}
        onAnswer={answer}
        onSubmit={finish}
        ended={current?.finished ? { reason: 'complete', message: null } : undefined}
      />
      {current?.finished && (
        <p className="pack-next">
          <button type="button" className="pack-button" onClick={nextRespondent}>
            {strings.next}
          </button>
        </p>
      )}
    </div>
  );
}
