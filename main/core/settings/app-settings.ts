import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const MAX_RECENT = 10;

const settingsSchema = z.object({
  userName: z.string().nullable().default(null),
  recent: z.array(z.object({ path: z.string(), openedAt: z.string() })).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Per-user settings (profile name, recent workspaces) in the user-data folder, written atomically. */
export class AppSettings {
  private readonly file: string;
  private data: Settings;

  constructor(readonly homeDir: string) {
    this.file = path.join(homeDir, 'settings.json');
    this.data = AppSettings.load(this.file);
  }

  private static load(file: string): Settings {
    try {
      return settingsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch {
      // Missing or unreadable settings start fresh; they hold nothing that cannot be re-entered.
      return settingsSchema.parse({});
    }
  }

  private save(): void {
    fs.mkdirSync(this.homeDir, { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.data, null, 2));
    fs.renameSync(tmp, this.file);
  }

  get userName(): string | null {
    return this.data.userName;
  }

  setUserName(name: string): void {
    this.data.userName = name;
    this.save();
  }

  get recent(): Settings['recent'] {
    return this.data.recent;
  }

  addRecent(workspacePath: string, openedAt: string): void {
    this.data.recent = [{ path: workspacePath, openedAt }, ...this.data.recent.filter((r) => r.path !== workspacePath)].slice(0, MAX_RECENT);
    this.save();
  }
}
