import { filterFields, type Filter } from '../filter/filter';

/**
 * A segment names another segment as a yes/no member field, `segment:<id>`: `{ field: "segment:3",
 * op: "eq", value: true }` is "in segment 3", `value: false` "not in it". and/or/not combine them.
 */
export const SEGMENT_PREFIX = 'segment:';

export const segmentField = (id: number) => `${SEGMENT_PREFIX}${id}`;

/** The ids of the segments a filter names, in the order first named. */
export function segmentRefs(filter: Filter | null): number[] {
  return [...filterFields(filter)].filter((name) => name.startsWith(SEGMENT_PREFIX)).map((name) => Number(name.slice(SEGMENT_PREFIX.length)));
}

/**
 * The path of references that leads from `start` back to it (`[start, …, start]`), or null when
 * there is none; `refsOf` gives each segment's references.
 */
export function referenceCycle(start: number, refsOf: (id: number) => readonly number[]): number[] | null {
  const seen = new Set<number>();
  const walk = (id: number, trail: number[]): number[] | null => {
    for (const next of refsOf(id)) {
      if (next === start) return [...trail, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}
