import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StagedMemberDays } from '../../../main/core/community/import/staged-member-days';
import { openWorkspaceDb, type WorkspaceDb } from '../../../main/core/db/workspace-db';
import { tempDir } from '../../support/temp-dir';

let db: WorkspaceDb | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

/** One staged event of member 1 on day 1, as the import's staged rows name them. */
const EVENT = `SELECT 1 AS member_id, 86400 AS at, 'post' AS type, NULL AS session_minutes`;

describe('StagedMemberDays', () => {
  it('a failure on the connection beside the writer fails the import transaction, which writes nothing, and leaves no scratch file', async () => {
    const dir = tempDir();
    db = await openWorkspaceDb(path.join(dir, 'w.sqlite'), { create: true });
    const writer = db.writer;
    const days = await StagedMemberDays.open(writer, db.path);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.icw-tmp'))).toHaveLength(1);
    await writer.execTransaction(days.countSql(EVENT, true));
    await days.handOver();
    // The connection beside cannot attach a workspace that is not there: its work fails while the writer writes.
    const outcome = writer.transaction(async (tx) => {
      await days.startBeside(path.join(dir, 'gone.sqlite'));
      await tx.run(`INSERT INTO workspace_meta (key, value) VALUES ('written', 'in the import')`);
      await days.apply(tx, 1);
    });
    await expect(outcome).rejects.toThrow(/SQLITE_CANTOPEN/);
    await days.close();
    expect(await db.reader.get(`SELECT value FROM workspace_meta WHERE key = 'written'`)).toBeUndefined();
    expect(fs.readdirSync(dir).filter((n) => n.includes('.icw-tmp'))).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'gone.sqlite'))).toBe(false);
    // The writer let go of the scratch file: a later import attaches its own under the same name.
    const again = await StagedMemberDays.open(writer, db.path);
    await again.close();
  });
});
