import type { BundleVersion } from '@model/bundles/bundle-format';
import type { Tx } from '../db/writer';
import { readStoredDefinition } from '../surveys/stored-definition';

/**
 * Survey versions a bundle brings that are not here, added as published (frozen) versions. Ids are
 * UUIDs, so versions made on two devices never collide: two devices that both published a
 * "version 2" give two versions, both kept. Numbers are per survey in publishing order, so each
 * survey that gained a version is numbered again (its draft, if any, stays last).
 */

export type AddedVersion = {
  id: string;
  surveyId: string;
  title: string;
  version: number;
};

/** Numbers a survey's versions 1, 2, … by publishing time (the draft last); negated first, as (survey_id, version) is unique at every row. */
async function renumber(tx: Tx, surveyId: string): Promise<void> {
  await tx.run('UPDATE survey_version SET version = -version WHERE survey_id = ?', [surveyId]);
  await tx.run(
    `UPDATE survey_version SET version = (
       SELECT n FROM (SELECT id, row_number() OVER (ORDER BY published_at IS NULL, published_at, id) AS n FROM survey_version WHERE survey_id = ?) o
       WHERE o.id = survey_version.id)
     WHERE survey_id = ?`,
    [surveyId, surveyId],
  );
}

export async function mergeVersions(tx: Tx, versions: readonly BundleVersion[]): Promise<AddedVersion[]> {
  const touched = new Map<string, string[]>();
  for (const v of versions) {
    if (await tx.get('SELECT 1 FROM survey_version WHERE id = ?', [v.id])) continue;
    // A definition this workbench cannot read is refused (CORRUPT) before the version is stored.
    readStoredDefinition(v.definition, { title: v.surveyTitle, version: 0 });
    await tx.run('INSERT INTO survey (id, title, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING', [
      v.surveyId,
      v.surveyTitle,
      v.surveyDescription,
      v.publishedAt,
      v.publishedAt,
    ]);
    // A number above all until renumbered: versions numbered negative meanwhile stay clear of it.
    await tx.run(
      `INSERT INTO survey_version (id, survey_id, version, definition, published_at, published_by, override_reason, breaks, updated_at)
       VALUES (?, ?, (SELECT coalesce(max(abs(version)), 0) + 1 FROM survey_version WHERE survey_id = ?), ?, ?, ?, ?, ?, ?)`,
      [v.id, v.surveyId, v.surveyId, v.definition, v.publishedAt, v.publishedBy, v.overrideReason, v.breaks, v.publishedAt],
    );
    touched.set(v.surveyId, [...(touched.get(v.surveyId) ?? []), v.id]);
  }
  const added: AddedVersion[] = [];
  for (const [surveyId, ids] of touched) {
    await renumber(tx, surveyId);
    added.push(
      ...(await tx.all<AddedVersion>(
        `SELECT v.id, v.survey_id AS surveyId, s.title, v.version FROM survey_version v JOIN survey s ON s.id = v.survey_id
         WHERE v.id IN (SELECT value FROM json_each(?)) ORDER BY v.version`,
        [JSON.stringify(ids)],
      )),
    );
  }
  return added;
}
