import { z } from 'zod';
import { method } from './define';
import { empty } from './common';

const profile = z.object({ name: z.string().nullable() });

export const appMethods = {
  'app.info': method({
    summary: 'Which host serves the workbench, its version and the folders it may use.',
    input: empty,
    output: z.object({
      host: z.enum(['electron', 'browser']),
      version: z.string(),
      workspacesDir: z.string(),
      allowedDirs: z.array(z.string()),
    }),
  }),
  'profile.get': method({ summary: 'The local user profile that audit entries record.', input: empty, output: profile }),
  'profile.set': method({
    summary: 'Set the local user name recorded in audit entries.',
    input: z.object({ name: z.string().trim().min(1).max(100) }).strict(),
    output: profile,
  }),
};
