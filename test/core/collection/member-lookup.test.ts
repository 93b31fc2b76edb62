import { describe, expect, it } from 'vitest';
import { findMembers, noKnownMembers } from '../../../main/core/collection/response-import/member-lookup';
import { tempWorkspace } from '../../support/workspace';

describe('findMembers', () => {
  it('names a member by a unique email, nobody for an unknown one, and rejects an email shared by three members, within a chunk and from the ones before', async () => {
    const ws = await tempWorkspace();
    const { writer, reader } = ws.db;
    await writer.transaction((tx) =>
      tx.exec(`INSERT INTO member (id, code, email, email_key, created_at, updated_at) VALUES
        (7, 'M-ONE', 'one@example.com', 'one@example.com', '2026-01-01', '2026-01-01'),
        (8, 'M-S1', 'shared@example.com', 'shared@example.com', '2026-01-01', '2026-01-01'),
        (9, 'M-S2', 'Shared@Example.com', 'shared@example.com', '2026-01-01', '2026-01-01'),
        (10, 'M-S3', 'shared@example.com', 'shared@example.com', '2026-01-01', '2026-01-01')`),
    );
    const column = { index: 0, name: 'Email', by: 'email' as const };
    const known = noKnownMembers();
    const cells = ['ONE@example.com', 'shared@example.com', 'nobody@example.com', 'one@example.com'];
    const first = await findMembers(reader, column, cells.map((member, i) => ({ row: i + 1, member })), known);
    expect(first.ids).toEqual([7, null, null, 7]);
    expect(first.missing.map((m) => [m.row, m.key, m.message])).toEqual([
      [2, 'responsesImport.issue.memberAmbiguous', "Column 'Email': 3 panel members have the email 'shared@example.com': name the member by member code or external id instead."],
      [3, 'responsesImport.issue.noMemberEmail', expect.stringContaining('nobody@example.com')],
    ]);
    // A later chunk finds the same answers among the members already known, without asking again.
    const again = await findMembers(reader, column, [...cells].reverse().map((member, i) => ({ row: 10 + i, member })), known);
    expect(again.ids).toEqual([7, null, null, 7]);
    expect(again.missing.map((m) => [m.row, m.key])).toEqual([
      [11, 'responsesImport.issue.noMemberEmail'],
      [12, 'responsesImport.issue.memberAmbiguous'],
    ]);
    await ws.close();
  });
});
