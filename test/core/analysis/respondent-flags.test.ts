import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Connection } from '../../../main/core/db/connection';
import { withRespondentFlags } from '../../../main/core/analysis/respondent-flags';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A file with the two tables the flags read, a writer and a reader on it (the reader as the workspace opens it). */
async function open() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flags-'));
  dirs.push(dir);
  const file = path.join(dir, 'w.sqlite');
  const writer = await Connection.open(file, { readonly: false, create: true });
  await writer.exec(`PRAGMA journal_mode=WAL;
    CREATE TABLE member (id INTEGER PRIMARY KEY, gender TEXT);
    CREATE TABLE response (id TEXT PRIMARY KEY, member_id INTEGER);
    INSERT INTO member VALUES (1, 'f'), (2, 'm'), (3, 'f');
    INSERT INTO response VALUES ('r1', 1), ('r2', 2), ('r3', 3);`);
  const reader = await Connection.open(file, { readonly: true });
  await reader.exec('PRAGMA temp_store=MEMORY');
  return { writer, reader };
}

const scope = { sql: '1', params: [] };
const women = { sql: 'm.gender = ?', params: ['f'] };
const tempTables = async (reader: Connection) => (await reader.all<{ name: string }>("SELECT name FROM temp.sqlite_schema WHERE type = 'table'")).map((r) => r.name);

describe('respondent flags kept in the reader', () => {
  it('answers while other reads hold statements open on the reader, and drops the retired table once it can', async () => {
    const { writer, reader } = await open();
    const count = (table: string) => reader.get<{ n: number }>(`SELECT count(*) AS n FROM temp.${table} WHERE c0 = 1`).then((r) => r!.n);
    expect(await withRespondentFlags(reader, scope, [women], count)).toBe(2);
    for (let round = 0; round < 20; round++) {
      await writer.run("INSERT INTO response VALUES (?, 1)", [`x${round}`]); // data_version moves: the kept table is retired
      // Other reads go on meanwhile: each steps to its first row and is finalized later, so at times
      // a statement is open on the reader when the retired table is dropped.
      let done = false;
      const others = Array.from({ length: 4 }, async () => {
        while (!done) await reader.get('SELECT id FROM response');
      });
      const n = await withRespondentFlags(reader, scope, [women], count).finally(() => (done = true));
      await Promise.all(others);
      expect(n).toBe(3 + round);
    }
    // A call with no other read open drops every table left over: only its own is kept.
    await writer.run("INSERT INTO response VALUES ('last', 2)");
    expect(await withRespondentFlags(reader, scope, [women], count)).toBe(22);
    expect(await tempTables(reader)).toHaveLength(1);
    await reader.close();
    await writer.close();
  });
});
