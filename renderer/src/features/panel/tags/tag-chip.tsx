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

/** A member's tags in a table cell: names with colour dots, as many as fit (the tooltip lists them all). */
export function TagList({ tags }: { tags: readonly TagLook[] }) {
  return (
    <span className="tag-list" title={tags.map((tag) => tag.name).join(', ')}>
      {tags.map((tag) => (
        <span key={tag.id} className="tag-inline">
          <span className="tag-dot" style={{ background: tag.color }} aria-hidden="true" />
          <span className="tag-inline-name">{tag.name}</span>
        </span>
      ))}
    </span>
  );
}
