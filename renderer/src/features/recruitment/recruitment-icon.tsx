import type { IconProps } from '@renderer/components/icons';

/** A person with a rising spark: finding members open to new ideas (line icon on the shell's 20×20 grid). */
export const RecruitmentIcon = (props: IconProps) => (
  <svg viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
    <circle cx="8" cy="7" r="3" />
    <path d="M2.5 17c.8-3 3-4.6 5.5-4.6 1.2 0 2.3.3 3.2 1" />
    <path d="M15 9.5v6M12 12.5h6" />
  </svg>
);
