import type { IconProps } from '@renderer/components/icons';

/** A tablet with a tick: answers taken on this device (line icon on the shell's 20×20 grid). */
export const CollectIcon = (props: IconProps) => (
  <svg viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
    <rect x="3.5" y="2.5" width="13" height="15" rx="2" />
    <path d="M7 10l2 2 4-4.5" />
    <path d="M9 15h2" />
  </svg>
);
