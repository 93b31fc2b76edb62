import type { ReactNode } from 'react';

/** A table cell's lead (a survey's title) over a muted second line (its language or version). */
export function TitleCell({ title, sub }: { title: string; sub: ReactNode }) {
  return (
    <>
      <span className="collect-survey-title">{title}</span>
      <span className="muted collect-sub">{sub}</span>
    </>
  );
}
