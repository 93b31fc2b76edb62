import type { IconProps } from '@renderer/components/icons';

/** The designer's own line icons, drawn like components/icons.tsx (20×20, currentColor). */
function Icon({ children, ...props }: IconProps) {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
      {children}
    </svg>
  );
}

export const SurveysIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="4" y="2.5" width="12" height="15" rx="1.5" />
    <path d="M7 7h6M7 10.5h6M7 14h3.5" />
  </Icon>
);

export const ArrowUpIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M10 16V4M5 9l5-5 5 5" />
  </Icon>
);

export const ArrowDownIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M10 4v12M5 11l5 5 5-5" />
  </Icon>
);

export const CopyIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="7" y="7" width="9.5" height="9.5" rx="1.3" />
    <path d="M13 4.5V4.3c0-.7-.6-1.3-1.3-1.3H4.3C3.6 3 3 3.6 3 4.3v7.4c0 .7.6 1.3 1.3 1.3h.2" />
  </Icon>
);

export const TrashIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M3.5 5.5h13M8 5.5V3.8c0-.4.3-.8.8-.8h2.4c.5 0 .8.4.8.8v1.7M5.5 5.5l.7 10.7c0 .5.5.8 1 .8h5.6c.5 0 1-.3 1-.8l.7-10.7" />
  </Icon>
);

export const GripIcon = (props: IconProps) => (
  <Icon {...props} fill="currentColor" stroke="none">
    <circle cx="7.5" cy="5" r="1.3" />
    <circle cx="12.5" cy="5" r="1.3" />
    <circle cx="7.5" cy="10" r="1.3" />
    <circle cx="12.5" cy="10" r="1.3" />
    <circle cx="7.5" cy="15" r="1.3" />
    <circle cx="12.5" cy="15" r="1.3" />
  </Icon>
);

export const RedoIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M13 5l3.5 3.5L13 12" />
    <path d="M16.5 8.5H8a4.5 4.5 0 000 9h3" />
  </Icon>
);

export const ChevronIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 8l4 4 4-4" />
  </Icon>
);
