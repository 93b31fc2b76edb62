import { importFieldTargets, type ColumnMapping, type ImportConsent, type ImportDateFormat, type ImportFieldTarget, type ImportLanguage } from '@api/member-import';
import { memberFieldDef } from '@model/members/member-fields';
import type { AttributeDef } from '@api/members';
import type { WorkspaceDb } from '../../db/workspace-db';
import { AppError } from '../../errors';
import { recodeTable } from '../../files/csv-import/cells';
import { columnKey } from '../../files/csv-import/columns';
import { readableFile } from '../../files/csv-import/file-records';
import type { ReadOverrides, Sniff } from '../../files/csv-import/sniff';
import { parseBoolean } from '../../files/csv-import/words';
import { listAttributes } from '../../members/attributes';
import type { DuplicatePolicy } from './merge';
import { handlerFor, type CheckSettings, type MappedColumn } from './row-checks';
import { MEMBER_STAGE_COLUMNS, targetColumns, type MemberStageColumn } from './value-outcomes';
import { parseEnum } from './value-parsers';

export interface ImportRequest extends ReadOverrides {
  mapping: ColumnMapping[];
  onDuplicate: DuplicatePolicy;
  mode: 'all-or-nothing' | 'valid-rows';
  collectedOn?: string;
  dateFormat: ImportDateFormat;
  decimalComma: boolean;
  consent?: ImportConsent;
  language: ImportLanguage;
}

export interface ImportPlan {
  filePath: string;
  fileName: string;
  sniff: Sniff;
  columns: MappedColumn[];
  /** Indexes into MEMBER_STAGE_COLUMNS of the member columns the mapping fills. */
  usedColumns: number[];
  memberColumns: MemberStageColumn[];
  hasScreener: boolean;
  settings: CheckSettings;
  policy: DuplicatePolicy;
  mode: ImportRequest['mode'];
  /** keep both: an external id already used (panel or file) rejects the row while it is read. */
  checkExternalIds: boolean;
  answeredAt: string | null;
  /** One consent for all rows, as the audit records it (no personal data). */
  consent: { status: ImportConsent['status']; date: string | null; scope: string | null } | null;
  /** The language of the rejected-rows CSV. */
  language: ImportLanguage;
  /** What import_batch.options records: how the file was read and mapped (no personal data). */
  options: Record<string, unknown>;
}

/** "a, b or c" */
const either = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/** Recoding into an enumerated or yes/no field must produce a value the field accepts. */
function recodeCheck(target: ImportFieldTarget): { check: (v: string) => unknown; expected: string } | null {
  if (target === 'tags' || target === 'age') return null;
  const def = memberFieldDef(target);
  if (def.import === 'enum') return { check: (v) => parseEnum(target, v), expected: either(def.values!) };
  if (def.import === 'boolean') return { check: (v) => parseBoolean(v) ?? undefined, expected: 'yes or no' };
  return null;
}

const isFieldTarget = (target: string): target is ImportFieldTarget => (importFieldTargets as readonly string[]).includes(target);

const invalid = (message: string, params: Record<string, string | number> = {}, key = 'import.mapping.invalid') => new AppError('VALIDATION', message, { key, params });

/** Matches the mapping to the file's columns and checks it before any row is read. */
function compileMapping(request: ImportRequest, names: readonly string[], attributes: ReadonlyMap<string, AttributeDef>): MappedColumn[] {
  const indexByKey = new Map(names.map((n, i) => [columnKey(n), i]));
  const seenColumns = new Set<number>();
  const targetColumn = new Map<string, string>();
  const columns: MappedColumn[] = [];
  for (const m of request.mapping) {
    const index = indexByKey.get(columnKey(m.column));
    if (index === undefined) {
      throw invalid(`The mapping names the column '${m.column}', which this file does not have (its columns: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''}).`, { column: m.column }, 'import.mapping.unknownColumn');
    }
    if (seenColumns.has(index)) throw invalid(`The column '${names[index]}' is mapped twice; map each column once.`, { column: names[index]! });
    seenColumns.add(index);
    if (m.target === 'ignore') continue;
    if (m.target.startsWith('attr:') && !attributes.has(m.target.slice(5))) {
      throw invalid(`There is no custom attribute '${m.target.slice(5)}' (defined: ${[...attributes.keys()].join(', ') || 'none'}). Define it first.`, { attribute: m.target.slice(5) }, 'import.mapping.unknownAttribute');
    }
    const single = m.target !== 'tags' && !m.target.startsWith('tag:');
    const slot = m.target === 'age' ? 'birthYear' : m.target;
    if (single && targetColumn.has(slot)) {
      throw invalid(`The columns '${targetColumn.get(slot)}' and '${names[index]}' both map to ${m.target === 'age' || m.target === 'birthYear' ? 'the birth year' : m.target}; map only one.`, { target: m.target });
    }
    targetColumn.set(slot, names[index]!);
    const check = isFieldTarget(m.target) ? recodeCheck(m.target) : null;
    for (const [from, to] of Object.entries(m.recode ?? {})) {
      if (check && to !== null && to.trim() !== '' && !check.check(to)) {
        throw invalid(`The recoding of '${names[index]}' turns '${from}' into '${to}', which is not a valid value (expected ${check.expected}).`, { column: names[index]!, value: to });
      }
    }
    columns.push({ index, name: names[index]!, handler: handlerFor(m.target, attributes)!, recode: recodeTable(m.recode) });
  }
  if (columns.length === 0) throw invalid('The mapping leaves every column out; map at least one column to a member field.', {}, 'import.mapping.empty');
  if (request.consent && columns.some((c) => c.handler.kind === 'field' && c.handler.field === 'consentStatus')) {
    throw invalid(
      `The column '${columns.find((c) => c.handler.kind === 'field' && c.handler.field === 'consentStatus')!.name}' gives each row's consent, and one consent for all rows is chosen too; choose one of them.`,
      {},
      'import.mapping.consentTwice',
    );
  }
  if (request.mapping.some((m) => m.target === 'age') && !request.collectedOn) {
    throw invalid('An age column becomes a birth year only with the date the data was collected: set collectedOn (e.g. 2012).', {}, 'import.mapping.collectedOnMissing');
  }
  return columns;
}

/**
 * Everything checked before the import job starts, so a wrong mapping or a file that cannot be
 * imported is answered at once and nothing is started.
 */
export async function planImport(db: WorkspaceDb, filePath: string, fileName: string, request: ImportRequest, now: Date, maxBytes: number): Promise<ImportPlan> {
  const sniff = await readableFile(filePath, request, maxBytes);
  const columns = compileMapping(request, sniff.layout.names, new Map((await listAttributes(db.reader)).map((a) => [a.key, a])));
  const consent = request.consent ? { status: request.consent.status, date: request.consent.date ?? null, scope: request.consent.scope || null } : null;
  // One consent for all rows fills the consent columns where a row gives none.
  const given: [MemberStageColumn, string | null][] = consent
    ? [['consent_status', consent.status], ['consent_date', consent.date], ['consent_scope', consent.scope]]
    : [];
  const defaults = given.filter((d): d is [MemberStageColumn, string] => d[1] !== null);
  const memberColumns = MEMBER_STAGE_COLUMNS.filter(
    (c) => defaults.some(([d]) => d === c) || columns.some((m) => m.handler.kind === 'field' && targetColumns(m.handler.field).includes(c)),
  );
  const hasScreener = columns.some((c) => c.handler.kind === 'screener');
  const collectedYear = request.collectedOn ? Number(request.collectedOn.slice(0, 4)) : null;
  return {
    filePath,
    fileName,
    sniff,
    columns,
    usedColumns: memberColumns.map((c) => MEMBER_STAGE_COLUMNS.indexOf(c)),
    memberColumns,
    hasScreener,
    settings: {
      dateFormat: request.dateFormat,
      decimalComma: request.decimalComma,
      encoding: sniff.encoding,
      collectedYear,
      currentYear: now.getUTCFullYear(),
      defaults: defaults.map(([c, v]) => [MEMBER_STAGE_COLUMNS.indexOf(c), v]),
    },
    policy: request.onDuplicate,
    mode: request.mode,
    checkExternalIds: request.onDuplicate === 'keepBoth' && memberColumns.includes('external_id'),
    answeredAt: request.collectedOn && request.collectedOn.length === 10 ? request.collectedOn : null,
    consent,
    language: request.language,
    options: {
      encoding: sniff.encoding,
      delimiter: sniff.dialect.delimiter,
      hasHeader: sniff.hasHeader,
      mapping: request.mapping,
      onDuplicate: request.onDuplicate,
      mode: request.mode,
      collectedOn: request.collectedOn ?? null,
      dateFormat: request.dateFormat,
      decimalComma: request.decimalComma,
      consent,
    },
  };
}
