import type { IconProps } from '@renderer/components/icons';

/** Bars of a chart over a base line: results compared (line icon on the shell's 20×20 grid). */
export const AnalysisIcon = (props: IconProps) => (
  <svg viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
    <path d="M3 17h14" />
    <path d="M5.5 14V9M10 14V5M14.5 14v-3" />
  </svg>
);
