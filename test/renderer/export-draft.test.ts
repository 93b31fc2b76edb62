import { describe, expect, it } from 'vitest';
import { exportInput, draftFromRoute } from '../../renderer/src/features/export/export-draft';
import { exportPreviewInput } from '../../main/api/export';

describe('the export page’s segment choice', () => {
  it("exports a chosen segment's members instead of the filter, and only its members' responses", () => {
    const members = { ...draftFromRoute(['members', JSON.stringify({ field: 'country', op: 'eq', value: 'CN' })]), segmentId: 4 };
    const input = exportInput(members, 'en');
    expect(input).toMatchObject({ of: 'members', segmentId: 4 });
    expect(input).not.toHaveProperty('filter');
    // The API accepts it: one selection only.
    expect(exportPreviewInput.safeParse(input).success).toBe(true);
    expect(exportInput({ ...members, segmentId: null }, 'en')).toMatchObject({ of: 'members', filter: { field: 'country', op: 'eq', value: 'CN' } });
    const responses = { ...draftFromRoute(['responses', 'v1']), segmentId: 4 };
    expect(exportInput(responses, 'en')).toMatchObject({ of: 'responses', surveyVersionId: 'v1', segmentId: 4 });
    expect(exportInput({ ...responses, segmentId: null }, 'en')).not.toHaveProperty('segmentId');
  });
});
