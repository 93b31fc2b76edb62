import type { ReactNode } from 'react';

export interface TagLook {
  id: number;
  name: string;
  color: string;
}

/** A tag as a chip: its colour as a dot (readable on any colour), its name as text. */
export function TagChip({ tag, children }: { tag: TagLook; children?: ReactNode }) {
  return (
    <span className="tag-chip" title={tag.name}>
      <span className="tag-dot" style={{ background: tag.color }} aria-hidden="true" />
      <span className="tag-chip-name">{tag.name}</span>
      {children}
    </span>
  );
}

/** A table cell shows this many tags by name; "+N" stands for the rest. */
const TAGS_SHOWN = 2;

/**
 * A member's tags in a table cell, by name: the first two (each shortened to share the cell) and
 * "+N" for the others, so every tag is accounted for; the tooltip lists them all. A cell too narrow
 * for two names (the stylesheet decides, by the cell's width) shows the first and counts the second
 * in its own "+N".
 */
export function TagList({ tags, locale }: { tags: readonly TagLook[]; locale: string }) {
  const sorted = [...tags].sort((a, b) => a.name.localeCompare(b.name, locale));
  const more = sorted.length - TAGS_SHOWN;
  return (
    <span className="tag-list" title={sorted.map((tag) => tag.name).join(', ')}>
      {sorted.slice(0, TAGS_SHOWN).map((tag) => (
        <span key={tag.id} className="tag-inline">
          <span className="tag-dot" style={{ background: tag.color }} aria-hidden="true" />
          <span className="tag-inline-name">{tag.name}</span>
        </span>
      ))}
      {more > 0 && <span className="tag-more">+{more}</span>}
      {sorted.length > 1 && <span className="tag-more tag-more-narrow">+{sorted.length - 1}</span>}
    </span>
  );
}
