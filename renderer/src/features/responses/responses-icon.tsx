import type { IconProps } from '@renderer/components/icons';

/** A list with a magnifier: responses looked through (line icon on the shell's 20×20 grid). */
export const ResponsesIcon = (props: IconProps) => (
  <svg viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
    <path d="M3 4.5h10M3 8.5h6M3 12.5h4" />
    <circle cx="13" cy="12.5" r="3" />
    <path d="M15.2 14.7l2.3 2.3" />
  </svg>
);
