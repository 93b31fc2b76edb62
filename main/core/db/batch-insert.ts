import type { SqlValue } from './connection';
import type { Tx } from './writer';

/**
 * Values per statement. One large statement costs less per row than several small ones (each
 * statement pays for its statement journal); the cap bounds the JSON text built on the event loop
 * (about 1 MB, a few milliseconds) and lets other callbacks run between statements.
 */
const MAX_VALUES_PER_STATEMENT = 100_000;
/** SQLite's bound-parameter limit in the bundled build (SQLITE_MAX_VARIABLE_NUMBER). */
const MAX_PARAMS = 32_766;
/** Rows per multi-row VALUES statement, used only for rows holding Buffers or bigints. */
const MAX_VALUES_ROWS = 500;

/**
 * A value stored as JSONB, SQLite's binary JSON: an array or object sent as it is within the rows'
 * JSON, not as a quoted string, so neither side escapes and unescapes it again, and read later by
 * SQLite's JSON functions without parsing text (e.g. a response's answers staged beside it). Numbers
 * in it are the caller's to keep exact (exactDouble).
 */
export class Jsonb {
  constructor(readonly value: unknown) {}
}

/** What a value becomes in the JSON text: itself, a double as [integer mantissa, binary exponent] (exactDouble), or a Jsonb's value. */
type Encoded = unknown;
type Row = readonly (SqlValue | Jsonb)[];
/** How a column's values travel in the JSON: as themselves, doubles as [mantissa, exponent], or JSON kept as JSON. */
type ColumnKind = 'plain' | 'double' | 'json';
/** Runs one INSERT statement and answers how many rows it wrote. */
type Step = () => Promise<number>;

/** ES2024 String methods: Node 20 has them, the project's TypeScript lib (ES2023) does not declare them. */
type WellFormed = { isWellFormed(): boolean; toWellFormed(): string };

/** node-sqlite3 turns lone surrogates into U+FFFD when it binds a string; do the same, or JSON would keep them. */
const wellFormed = (s: string) => {
  const text = s as unknown as WellFormed;
  return text.isWellFormed() ? s : text.toWellFormed();
};

const bits = new DataView(new ArrayBuffer(8));

/**
 * Splits a double into an integer mantissa (below 2^53, exact in JSON) and a power of two, which
 * SQL multiplies back exactly. Decimal text would not do: SQLite's decimal-to-double conversion is
 * off by one ulp for some values.
 */
export function exactDouble(x: number): [number, number] {
  bits.setFloat64(0, x);
  const high = bits.getUint32(0);
  const exponent = (high >>> 20) & 0x7ff;
  const fraction = (high & 0xfffff) * 2 ** 32 + bits.getUint32(4);
  const sign = high >>> 31 ? -1 : 1;
  return exponent === 0 ? [sign * fraction, -1074] : [sign * (fraction + 2 ** 52), exponent - 1075];
}

interface JsonRows {
  rows: (readonly Encoded[])[];
  /** Per column: 'double' when it holds at least one double (the mantissa × 2^exponent expression), 'json' for Jsonb values. */
  kinds: ColumnKind[];
}

/**
 * A row as JSON values that SQLite reads back as exactly what node-sqlite3 would bind: an int32
 * number as INTEGER, any other number as REAL (NaN as NULL), a string as TEXT; `kinds` notes the
 * columns that need more than `->>` to read back. The row itself when nothing changes. Null when a
 * value (Buffer, bigint) has no such JSON form.
 */
function encodeRow(row: Row, width: number, kinds: ColumnKind[]): readonly Encoded[] | null {
  let copy: Encoded[] | null = null;
  for (let c = 0; c < width; c++) {
    const value = row[c];
    let encoded: Encoded = value;
    if (typeof value === 'number') {
      if ((value | 0) !== value) {
        encoded = Number.isNaN(value) ? null : exactDouble(value);
        kinds[c] = 'double';
      }
    } else if (value instanceof Jsonb) {
      encoded = value.value;
      kinds[c] = 'json';
    } else if (typeof value === 'string') {
      encoded = wellFormed(value);
    } else if (value !== null) {
      return null;
    }
    if (encoded !== value) (copy ??= [...row])[c] = encoded;
  }
  return copy ?? row;
}

const plainKinds = (width: number) => new Array<ColumnKind>(width).fill('plain');

function toJsonRows(rows: readonly Row[], width: number): JsonRows | null {
  const kinds = plainKinds(width);
  const encodedRows = new Array<readonly Encoded[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const encoded = encodeRow(rows[r]!, width, kinds);
    if (encoded === null) return null;
    encodedRows[r] = encoded;
  }
  return { rows: encodedRows, kinds };
}

/** Element i of a JSON array (an SQL expression `json`) holding a number: a double as [mantissa, exponent] (exactDouble), anything else as itself. */
export const jsonNumberSql = (json: string, i: number) => `coalesce(${json}->>'$[${i}][0]' * pow(2, ${json}->>'$[${i}][1]'), ${json}->>${i})`;

/** Column c of a row (the JSON `row`): a double arrives as [mantissa, exponent], JSON stays JSONB, anything else as itself. */
const selectValue = (c: number, kind: ColumnKind, row = 'value') =>
  kind === 'double' ? jsonNumberSql(row, c) : kind === 'json' ? `jsonb_extract(${row}, '$[${c}]')` : `${row}->>${c}`;

/** INSERT of the rows in the JSON text `json` (an SQL expression: a parameter or a literal). */
const jsonInsertSql = (table: string, columns: readonly string[], kinds: readonly ColumnKind[], json: string) =>
  `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.map((_, c) => selectValue(c, kinds[c]!)).join(', ')} FROM jsonb_each(jsonb(${json}))`;

/** One JSON text parameter per statement: far less binding work than one parameter per value. */
function jsonSteps(tx: Tx, table: string, columns: readonly string[], { rows, kinds }: JsonRows): Step[] {
  const sql = jsonInsertSql(table, columns, kinds, '?');
  const per = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length));
  const steps: Step[] = [];
  for (let start = 0; start < rows.length; start += per) {
    steps.push(async () => (await (await tx.cached(sql)).run([JSON.stringify(rows.slice(start, start + per))])).changes);
  }
  return steps;
}

/** A Jsonb column's parameter is its JSON text, made JSONB by SQL. */
const valuesSql = (table: string, columns: readonly string[], json: readonly boolean[], rows: number) => {
  const tuple = `(${columns.map((_, c) => (json[c] ? 'jsonb(?)' : '?')).join(',')})`;
  return `INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array.from({ length: rows }, () => tuple).join(',')}`;
};

/** Multi-row VALUES statements with one bound parameter per value; full batches share a prepared statement. */
function valuesSteps(tx: Tx, table: string, columns: readonly string[], rows: readonly Row[]): Step[] {
  const per = Math.max(1, Math.min(MAX_VALUES_ROWS, Math.floor(MAX_PARAMS / columns.length)));
  const json = columns.map((_, c) => rows.some((r) => r[c] instanceof Jsonb));
  const steps: Step[] = [];
  for (let start = 0; start < rows.length; start += per) {
    const slice = rows.slice(start, start + per);
    const sql = valuesSql(table, columns, json, slice.length);
    const params = slice.flat().map((v) => (v instanceof Jsonb ? JSON.stringify(v.value) : v));
    steps.push(async () => (slice.length === per ? await (await tx.cached(sql)).run(params) : await tx.run(sql, params)).changes);
  }
  return steps;
}

/** Runs the statements so that either all of them or none take effect, even if the caller goes on after an error. */
async function allOrNothing(tx: Tx, steps: readonly Step[]): Promise<number> {
  if (steps.length <= 1) return steps[0] ? steps[0]() : 0;
  await tx.run('SAVEPOINT insert_rows');
  try {
    let inserted = 0;
    for (const step of steps) inserted += await step();
    await tx.run('RELEASE insert_rows');
    return inserted;
  } catch (err) {
    await tx.run('ROLLBACK TO insert_rows');
    await tx.run('RELEASE insert_rows');
    throw err;
  }
}

function checkWidths(caller: string, table: string, columns: readonly string[], rows: readonly Row[]): void {
  rows.forEach((row, i) => {
    if (row.length !== columns.length) throw new Error(`${caller}(${table}): row ${i} has ${row.length} values, expected ${columns.length}`);
  });
}

/**
 * Inserts rows in bulk inside the caller's transaction, all or none: rows travel as one JSON text
 * per statement (`INSERT … SELECT … FROM jsonb_each(?)`), which costs a fraction of binding every
 * value; rows holding Buffers or bigints use multi-row VALUES statements. Every row is checked
 * before anything is written. Table and column names are code, never user input.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: readonly Row[]): Promise<number> {
  checkWidths('insertRows', table, columns, rows);
  const json = toJsonRows(rows, columns.length);
  return allOrNothing(tx, json ? jsonSteps(tx, table, columns, json) : valuesSteps(tx, table, columns, rows));
}

/**
 * One INSERT of the rows, stored as insertRows stores them, with their JSON written into the statement
 * as a text literal instead of bound: for Writer.execTransaction, which runs statements without
 * parameters. Throws for a value with no JSON form (Buffer, bigint).
 */
export function insertRowsSql(table: string, columns: readonly string[], rows: readonly Row[]): string {
  checkWidths('insertRowsSql', table, columns, rows);
  const json = toJsonRows(rows, columns.length);
  if (json === null) throw new Error(`insertRowsSql(${table}): a Buffer or bigint has no JSON form`);
  return jsonInsertSql(table, columns, json.kinds, `'${JSON.stringify(json.rows).replaceAll("'", "''")}'`);
}

/** A group of rows that share their first values: those values once, then each row's other values. */
export type RowGroup = readonly [shared: Row, rows: readonly Row[]];

interface JsonGroups {
  groups: Encoded[][];
  sharedKinds: ColumnKind[];
  rowKinds: ColumnKind[];
}

function toJsonGroups(groups: readonly RowGroup[], sharedWidth: number, rowWidth: number): JsonGroups | null {
  const sharedKinds = plainKinds(sharedWidth);
  const rowKinds = plainKinds(rowWidth);
  const encodedGroups = new Array<Encoded[]>(groups.length);
  for (let g = 0; g < groups.length; g++) {
    const [shared, rows] = groups[g]!;
    const sharedValues = encodeRow(shared, sharedWidth, sharedKinds);
    const encodedRows = new Array<readonly Encoded[]>(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const encoded = encodeRow(rows[r]!, rowWidth, rowKinds);
      if (encoded === null) return null;
      encodedRows[r] = encoded;
    }
    if (sharedValues === null) return null;
    encodedGroups[g] = [...sharedValues, encodedRows];
  }
  return { groups: encodedGroups, sharedKinds, rowKinds };
}

/**
 * Inserts rows that come in groups sharing their first columns (a response's id beside each of its
 * answers), inside the caller's transaction, all or none: as insertRows, but each group's shared
 * values travel once in the JSON text (`[shared…, [row…]]`) and SQL pairs them with each row
 * (`jsonb_each` of the groups, then of each group's rows), so the text, its encoding and SQLite's
 * parse of it shrink by the repeated values. Rows holding Buffers or bigints go through insertRows.
 */
export async function insertRowGroups(tx: Tx, table: string, sharedColumns: readonly string[], rowColumns: readonly string[], groups: readonly RowGroup[]): Promise<number> {
  const [sharedWidth, rowWidth] = [sharedColumns.length, rowColumns.length];
  groups.forEach(([shared, rows], i) => {
    if (shared.length !== sharedWidth || rows.some((row) => row.length !== rowWidth)) {
      throw new Error(`insertRowGroups(${table}): group ${i} does not have ${sharedWidth} shared values and rows of ${rowWidth}`);
    }
  });
  const json = toJsonGroups(groups, sharedWidth, rowWidth);
  if (json === null) return insertRows(tx, table, [...sharedColumns, ...rowColumns], groups.flatMap(([shared, rows]) => rows.map((row) => [...shared, ...row])));
  const select = [...json.sharedKinds.map((kind, c) => selectValue(c, kind, 'g.value')), ...json.rowKinds.map((kind, c) => selectValue(c, kind, 'r.value'))].join(', ');
  const sql = `INSERT INTO ${table} (${[...sharedColumns, ...rowColumns].join(', ')}) SELECT ${select} FROM jsonb_each(jsonb(?)) g, jsonb_each(g.value, '$[${sharedWidth}]') r`;
  const steps: Step[] = [];
  let batch: Encoded[][] = [];
  let values = 0;
  const cut = () => {
    const part = batch;
    steps.push(async () => (await (await tx.cached(sql)).run([JSON.stringify(part)])).changes);
    [batch, values] = [[], 0];
  };
  json.groups.forEach((group, g) => {
    const size = sharedWidth + groups[g]![1].length * rowWidth;
    if (values > 0 && values + size > MAX_VALUES_PER_STATEMENT) cut();
    batch.push(group);
    values += size;
  });
  if (batch.length > 0) cut();
  return allOrNothing(tx, steps);
}
