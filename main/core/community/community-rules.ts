import { defaultLifecycleRules, lifecycleRules, type LifecycleRules } from '@model/community/lifecycle-rules';
import type { Queryable, Tx } from '../db/writer';

const RULES_KEY = 'lifecycle_rules';

/** The workspace's lifecycle rules (workspace_meta), or the defaults where none were saved; isDefault says which. */
export async function readLifecycleRules(db: Queryable): Promise<{ rules: LifecycleRules; isDefault: boolean }> {
  const row = await db.get<{ value: string }>('SELECT value FROM workspace_meta WHERE key = ?', [RULES_KEY]);
  // Saved rules were checked by the contract; a later build's extra fields would be dropped by the parse.
  const saved = row ? lifecycleRules.safeParse(JSON.parse(row.value)) : null;
  return saved?.success ? { rules: saved.data, isDefault: false } : { rules: defaultLifecycleRules, isDefault: true };
}

export async function writeLifecycleRules(tx: Tx, rules: LifecycleRules): Promise<void> {
  await tx.run('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [RULES_KEY, JSON.stringify(rules)]);
}
