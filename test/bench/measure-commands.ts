import { createWorkspace } from './bench-core';
import { measureImport, type ImportFixture } from './member-import.measure';
import { measureMembersList } from './members-list.measure';
import { measureMemberSearch } from './member-search.measure';
import type { Measurement } from './measurement';

/** Bumped when a command or its options change, so a child built from another tree is not misread. */
export const MEASURE_PROTOCOL = 2;

/**
 * What the measure CLI (measure.ts) does: `<command> <fixture file> [options as JSON]`, answered with
 * JSON lines. Every command drives the core through the public dispatch only (bench-core.ts).
 */
export const measureCommands = {
  protocol: async (): Promise<Measurement[]> => [{ bench: 'protocol', version: MEASURE_PROTOCOL }],
  /** A new, empty workspace at the fixture path: the schema this tree's migrations make. */
  create: async (file: string): Promise<Measurement[]> => {
    await createWorkspace(file);
    return [];
  },
  'members-list': measureMembersList,
  'member-search': measureMemberSearch,
  'member-import': async (csvFile: string, options: ImportFixture): Promise<Measurement[]> => [await measureImport(csvFile, options)],
};

export type MeasureCommand = keyof typeof measureCommands;
export type MeasureOptions<C extends MeasureCommand> = Parameters<(typeof measureCommands)[C]>[1];

export const isMeasureCommand = (name: string): name is MeasureCommand => Object.hasOwn(measureCommands, name);
