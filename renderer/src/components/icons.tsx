import type { SVGProps } from 'react';

export type IconProps = SVGProps<SVGSVGElement>;

/** Line icons on a 20×20 grid, drawn in currentColor so they follow the text colour. */
function Icon({ children, ...props }: IconProps) {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
      {children}
    </svg>
  );
}

export const OverviewIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="3" y="3" width="6" height="6" rx="1.2" />
    <rect x="11" y="3" width="6" height="6" rx="1.2" />
    <rect x="3" y="11" width="6" height="6" rx="1.2" />
    <rect x="11" y="11" width="6" height="6" rx="1.2" />
  </Icon>
);

export const CloseIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5 5l10 10M15 5L5 15" />
  </Icon>
);

export const ChevronRightIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M8 5l5 5-5 5" />
  </Icon>
);

export const ChevronDownIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5 8l5 5 5-5" />
  </Icon>
);

export const UserIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="10" cy="7" r="3.2" />
    <path d="M3.8 17c.9-3.1 3.3-4.8 6.2-4.8s5.3 1.7 6.2 4.8" />
  </Icon>
);

export const GlobeIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="10" cy="10" r="7" />
    <path d="M3 10h14M10 3c2 2.2 2.9 4.5 2.9 7s-.9 4.8-2.9 7c-2-2.2-2.9-4.5-2.9-7S8 5.2 10 3z" />
  </Icon>
);

export const DatabaseIcon = (props: IconProps) => (
  <Icon {...props}>
    <ellipse cx="10" cy="5" rx="6" ry="2.4" />
    <path d="M4 5v10c0 1.3 2.7 2.4 6 2.4s6-1.1 6-2.4V5M4 10c0 1.3 2.7 2.4 6 2.4s6-1.1 6-2.4" />
  </Icon>
);

/** The app's mark: a speech bubble of three community dots. */
export const AppMark = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4.5 3.5h11c1.1 0 2 .9 2 2v7c0 1.1-.9 2-2 2H9l-3.5 2.5V14.5h-1c-1.1 0-2-.9-2-2v-7c0-1.1.9-2 2-2z" />
    <circle cx="7" cy="9" r=".9" fill="currentColor" stroke="none" />
    <circle cx="10" cy="9" r=".9" fill="currentColor" stroke="none" />
    <circle cx="13" cy="9" r=".9" fill="currentColor" stroke="none" />
  </Icon>
);

export const MembersIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="7.5" cy="7" r="2.8" />
    <path d="M2.5 16c.7-2.7 2.6-4.2 5-4.2s4.3 1.5 5 4.2" />
    <circle cx="14" cy="7.6" r="2.2" />
    <path d="M13.6 11.9c1.9.1 3.3 1.4 3.9 3.6" />
  </Icon>
);

export const SearchIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="8.8" cy="8.8" r="5" />
    <path d="M12.5 12.5L17 17" />
  </Icon>
);

export const FilterIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M3 4.5h14l-5.4 6.3v4.6l-3.2 1.6v-6.2z" />
  </Icon>
);

export const ColumnsIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="3" y="4" width="14" height="12" rx="1.5" />
    <path d="M7.7 4v12M12.3 4v12" />
  </Icon>
);

export const TagIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M3.5 3.5h6l7 7-6 6-7-7z" />
    <circle cx="7" cy="7" r="1.1" />
  </Icon>
);

export const PlusIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M10 4v12M4 10h12" />
  </Icon>
);

export const UploadIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M10 13V3.5M6 7.5l4-4 4 4M3.5 13.5v2c0 .6.4 1 1 1h11c.6 0 1-.4 1-1v-2" />
  </Icon>
);

export const DownloadIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M10 3.5V13M6 9l4 4 4-4M3.5 13.5v2c0 .6.4 1 1 1h11c.6 0 1-.4 1-1v-2" />
  </Icon>
);

export const UndoIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M7 5L3.5 8.5 7 12" />
    <path d="M3.5 8.5h8.5a4.5 4.5 0 010 9H9" />
  </Icon>
);

export const ArrowLeftIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M16 10H4M9 5l-5 5 5 5" />
  </Icon>
);

/** A pulse line: community health. */
export const PulseIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M2 10h4l2-5 4 10 2-5h4" />
  </Icon>
);
