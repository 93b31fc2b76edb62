import { useId, useMemo } from 'react';
import type { AnswerRow } from '@model/survey/answer-fields';
import { OTHER_CODE, type Question, type QuestionOf, type SurveyOption } from '@model/survey/definition';
import { fill, type RespondentStrings } from '@renderer/i18n/locales/respondent';
import { answerRow, parseNumber, randomisedOptions, seededOrder, toggleChoice } from './respondent-answers';

export interface QuestionInputProps {
  /** The question with its texts already piped. */
  question: Question;
  rows: readonly AnswerRow[];
  onRows(rows: AnswerRow[]): void;
  strings: RespondentStrings;
  /** The id of the message under the question, while there is one. */
  describedBy: string | undefined;
  /** A number field's text as typed. */
  typed: string;
  onTyped(text: string): void;
  seed: number;
}

/** One question's answer controls: native radios, boxes and fields, so the keyboard and screen readers work as usual. */
export function QuestionInput(props: QuestionInputProps) {
  const q = props.question;
  switch (q.type) {
    case 'single':
    case 'multi':
      return <ChoiceInput {...props} question={q} />;
    case 'likert':
      return <ScaleInput {...props} question={q} />;
    case 'matrix':
      return <MatrixInput {...props} question={q} />;
    case 'nps':
      return <NpsInput {...props} question={q} />;
    case 'number':
      return (
        <input
          className="rv-text-input rv-number-input"
          inputMode="decimal"
          aria-labelledby={`${q.id}-text`}
          aria-describedby={props.describedBy}
          aria-invalid={props.describedBy !== undefined}
          value={props.typed}
          onChange={(e) => {
            props.onTyped(e.target.value);
            const n = parseNumber(e.target.value);
            props.onRows(n === null ? [] : [answerRow(q.id, { num: n })]);
          }}
        />
      );
    case 'text':
    case 'longText':
      return <TextInput {...props} question={q} />;
    case 'info':
      return null;
  }
}

type Props<T extends Question['type']> = Omit<QuestionInputProps, 'question'> & { question: QuestionOf<T> };

function ChoiceInput({ question: q, rows, onRows, strings, describedBy, seed }: Props<'single' | 'multi'>) {
  const multi = q.type === 'multi';
  const options = useMemo(() => (q.randomizeOptions ? randomisedOptions(q.options, seed) : q.options), [q.options, q.randomizeOptions, seed]);
  const chosen = rows.map((r) => r.optionCode).filter((c): c is string => c !== null);
  const otherText = rows.find((r) => r.optionCode === OTHER_CODE)?.text ?? '';
  const rowsFor = (codes: readonly string[], other = otherText) =>
    codes.map((code) => answerRow(q.id, { optionCode: code, text: code === OTHER_CODE ? other : null }));
  const otherId = useId();

  return (
    <div className="rv-options" role={multi ? 'group' : 'radiogroup'} aria-labelledby={`${q.id}-text`} aria-describedby={describedBy}>
      {options.map((o) => {
        const on = chosen.includes(o.code);
        return (
          <div key={o.code} className="rv-option-wrap">
            <label className={`rv-option${on ? ' rv-option-on' : ''}`}>
              <input
                type={multi ? 'checkbox' : 'radio'}
                name={q.id}
                checked={on}
                onChange={(e) => onRows(rowsFor(multi ? toggleChoice(q.options, chosen, o.code, e.target.checked) : [o.code]))}
              />
              <span>{o.label}</span>
            </label>
            {o.code === OTHER_CODE && on && (
              <input
                id={otherId}
                className="rv-text-input rv-other-input"
                aria-label={strings.otherLabel}
                value={otherText}
                maxLength={500}
                onChange={(e) => onRows(rowsFor(chosen, e.target.value))}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}

/** Radios in a row, substantive points first and "Don't know" apart. */
function PointRow({ name, options, chosen, onChoose, labelledBy, describedBy, className }: {
  name: string;
  options: readonly SurveyOption[];
  chosen: string | null;
  onChoose(code: string): void;
  labelledBy: string;
  describedBy: string | undefined;
  className: string;
}) {
  return (
    <div className={className} role="radiogroup" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {options.map((o) => (
        <label key={o.code} className={`rv-point${o.nonSubstantive ? ' rv-point-apart' : ''}${chosen === o.code ? ' rv-option-on' : ''}`}>
          <input type="radio" name={name} checked={chosen === o.code} onChange={() => onChoose(o.code)} />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}

function ScaleInput({ question: q, rows, onRows, describedBy }: Props<'likert'>) {
  return (
    <PointRow
      name={q.id}
      options={q.options}
      chosen={rows[0]?.optionCode ?? null}
      onChoose={(code) => onRows([answerRow(q.id, { optionCode: code })])}
      labelledBy={`${q.id}-text`}
      describedBy={describedBy}
      className={`rv-scale rv-scale-${q.options.length}`}
    />
  );
}

function MatrixInput({ question: q, rows, onRows, describedBy, seed }: Props<'matrix'>) {
  const order = useMemo(() => (q.randomizeRows ? seededOrder(q.rows, seed) : q.rows), [q.rows, q.randomizeRows, seed]);
  const choose = (rowId: string, code: string) =>
    onRows(q.rows.flatMap((r) => {
      const optionCode = r.id === rowId ? code : (rows.find((a) => a.rowId === r.id)?.optionCode ?? null);
      return optionCode === null ? [] : [answerRow(q.id, { rowId: r.id, optionCode })];
    }));
  return (
    <table className="rv-matrix" aria-labelledby={`${q.id}-text`} aria-describedby={describedBy}>
      <thead>
        <tr>
          <td />
          {q.options.map((o) => (
            <th key={o.code} scope="col">
              {o.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {order.map((r) => {
          const chosen = rows.find((a) => a.rowId === r.id)?.optionCode ?? null;
          return (
            <tr key={r.id} role="radiogroup" aria-labelledby={`${q.id}-${r.id}`}>
              <th scope="row" id={`${q.id}-${r.id}`}>
                {r.label}
              </th>
              {q.options.map((o) => (
                <td key={o.code}>
                  <label className="rv-matrix-cell">
                    <input type="radio" name={`${q.id}.${r.id}`} checked={chosen === o.code} onChange={() => choose(r.id, o.code)} />
                    <span className="rv-visually-hidden">{`${r.label}: ${o.label}`}</span>
                  </label>
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const NPS_POINTS = Array.from({ length: 11 }, (_, i) => i);

function NpsInput({ question: q, rows, onRows, strings, describedBy }: Props<'nps'>) {
  const num = rows[0]?.num ?? null;
  const code = rows[0]?.optionCode ?? null;
  return (
    <div className="rv-nps">
      <div className="rv-nps-points" role="radiogroup" aria-labelledby={`${q.id}-text`} aria-describedby={describedBy}>
        {NPS_POINTS.map((n) => (
          <label key={n} className={`rv-nps-point${num === n ? ' rv-option-on' : ''}`}>
            <input type="radio" name={q.id} checked={num === n} onChange={() => onRows([answerRow(q.id, { num: n })])} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <div className="rv-nps-ends" aria-hidden="true">
        <span>{q.lowLabel ?? strings.npsLow}</span>
        <span>{q.highLabel ?? strings.npsHigh}</span>
      </div>
      {q.options.length > 0 && (
        <PointRow
          name={`${q.id}-extra`}
          options={q.options}
          chosen={code}
          onChoose={(c) => onRows([answerRow(q.id, { optionCode: c })])}
          labelledBy={`${q.id}-text`}
          describedBy={describedBy}
          className="rv-scale rv-nps-extra"
        />
      )}
    </div>
  );
}

function TextInput({ question: q, rows, onRows, strings, describedBy }: Props<'text' | 'longText'>) {
  const text = rows[0]?.text ?? '';
  const common = {
    className: 'rv-text-input',
    'aria-labelledby': `${q.id}-text`,
    'aria-describedby': describedBy,
    'aria-invalid': describedBy !== undefined,
    value: text,
    maxLength: q.maxLength,
    onChange: (e: { target: { value: string } }) => onRows(e.target.value === '' ? [] : [answerRow(q.id, { text: e.target.value })]),
  };
  if (q.type === 'text') return <input {...common} />;
  return (
    <>
      <textarea {...common} rows={5} />
      <p className="rv-counter">{fill(strings.charactersLeft, { left: q.maxLength - text.length })}</p>
    </>
  );
}
