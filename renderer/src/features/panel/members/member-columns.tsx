import { useMemo } from 'react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { MemberRow, MemberSortField } from '@api/members';
import { memberSortFields } from '@api/members';
import { listedFields, memberFieldDef, type ListedField, type MemberFieldGroup } from '@model/members/member-fields';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { useMemberLabels } from '@renderer/members/member-labels';
import { usePanelFormat } from '../panel-format';
import { memberHref } from '../panel-routes';
import { ContactStatus } from '../member/contact-status';
import { TagList } from '../tags/tag-chip';

/** Listed fields the table shows through a column of its own: not doNotContact (the contact status shows it) nor the uid (never shown). */
const shownFields = listedFields.filter((f): f is Exclude<ListedField, 'doNotContact' | 'uid'> => f !== 'doNotContact' && f !== 'uid');
type ShownField = (typeof shownFields)[number];
const OPENNESS_GROUP: MemberFieldGroup = 'openness';

/**
 * The columns a user can show or hide, in table order: the member-field table's listed fields, with
 * the contact status and the tags after the consent fields, before openness.
 */
export const memberColumnIds: readonly MemberColumnId[] = [
  ...shownFields.filter((f) => memberFieldDef(f).group !== OPENNESS_GROUP),
  'contact',
  'tags',
  ...shownFields.filter((f) => memberFieldDef(f).group === OPENNESS_GROUP),
];
export type MemberColumnId = ShownField | 'contact' | 'tags';

export const defaultColumns: readonly MemberColumnId[] = ['code', 'name', 'email', 'country', 'lifecycleStage', 'tags', 'openness'];

export const isMemberColumnId = (id: string): id is MemberColumnId => (memberColumnIds as readonly string[]).includes(id);
export const isSortable = (id: string): id is MemberSortField => (memberSortFields as readonly string[]).includes(id);

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- declaration merging repeats the library's type parameters
  interface ColumnMeta<TData, TValue> {
    /** The column's CSS grid track: the table fits its container, wide columns take the spare room. */
    track: string;
    /** Right-aligned numbers. */
    numeric?: boolean;
    /** The field's whole name, when the header shows a shorter one. */
    title?: string;
  }
}

/**
 * Minimum widths hold each header whole in English, Chinese and Russian (the sort arrow sits in the
 * padding), and the default columns fit a 1024-pixel window (e2e test "what the pages show fits").
 */
const TRACKS: Partial<Record<MemberColumnId, string>> = {
  code: '92px',
  name: 'minmax(100px, 2fr)',
  email: 'minmax(100px, 2fr)',
  country: 'minmax(96px, 1fr)',
  city: 'minmax(90px, 1fr)',
  gender: 'minmax(80px, 0.8fr)',
  birthYear: '76px',
  joinedAt: '108px',
  lifecycleStage: 'minmax(126px, 1fr)',
  consentStatus: 'minmax(96px, 1fr)',
  contact: 'minmax(130px, 1fr)',
  tags: 'minmax(100px, 1.6fr)',
  openness: '112px',
};
/** A column without a width of its own (a field added to the member-field table) takes a share of the spare room. */
const DEFAULT_TRACK = 'minmax(90px, 1fr)';
const trackOf = (id: MemberColumnId): string => TRACKS[id] ?? DEFAULT_TRACK;

/** Listed fields the table shows as plain text (the others have a cell of their own below). */
type PlainField = Exclude<ShownField, 'code' | 'name' | 'gender' | 'lifecycleStage' | 'consentStatus' | 'country' | 'birthYear' | 'joinedAt' | 'openness'>;

const Empty = () => <span className="cell-empty" aria-label="—">—</span>;

const helper = createColumnHelper<MemberRow>();

/** Column definitions for @tanstack/react-table; cells format values in the active language. */
export function useMemberColumns(): ColumnDef<MemberRow, unknown>[] {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const labels = useMemberLabels();
  const format = usePanelFormat();
  const { tagById } = useMemberVocabulary();

  return useMemo(() => {
    const text = (id: PlainField) =>
      helper.accessor(id, {
        header: labels.field(id),
        cell: (c) => c.getValue() ?? <Empty />,
        meta: { track: trackOf(id) },
      });
    /** An enum column; `header` when the field's name is too long for a column head (the whole name is its tooltip). */
    const choice = (id: 'gender' | 'lifecycleStage', header?: string) =>
      helper.accessor(id, {
        header: header ?? labels.field(id),
        cell: (c) => {
          const v = c.getValue();
          return v === null ? <Empty /> : labels.value(id, v);
        },
        meta: { track: trackOf(id), title: header && labels.field(id) },
      });
    const special: Partial<Record<MemberColumnId, unknown>> = {
      code: helper.accessor('code', {
        header: t('panel.members.codeColumn'),
        cell: (c) => (
          <a className="member-code" href={memberHref(c.row.original.id)}>
            {c.getValue()}
          </a>
        ),
        meta: { track: trackOf('code') },
      }),
      name: helper.accessor('name', {
        header: labels.field('name'),
        cell: (c) => {
          const name = c.getValue();
          return (
            <a className="member-name" href={memberHref(c.row.original.id)}>
              {name ?? <span className="muted">{t('member.anonymous')}</span>}
            </a>
          );
        },
        meta: { track: trackOf('name') },
      }),
      country: helper.accessor('country', {
        header: labels.field('country'),
        // The short name (US, Британия, 美国) fits the column; the whole one and the code are in the tooltip.
        cell: (c) => {
          const code = c.getValue();
          if (code === null) return <Empty />;
          return (
            <span className="country-name" title={`${format.country(code)} (${code})`}>
              {format.countryShort(code)}
            </span>
          );
        },
        meta: { track: trackOf('country') },
      }),
      gender: choice('gender'),
      birthYear: helper.accessor('birthYear', {
        header: labels.field('birthYear'),
        // A year, not a quantity: no digit grouping.
        cell: (c) => c.getValue() ?? <Empty />,
        meta: { track: trackOf('birthYear'), numeric: true },
      }),
      joinedAt: helper.accessor('joinedAt', {
        header: labels.field('joinedAt'),
        cell: (c) => {
          const v = c.getValue();
          return v === null ? <Empty /> : format.date(v);
        },
        meta: { track: trackOf('joinedAt') },
      }),
      lifecycleStage: choice('lifecycleStage', t('panel.members.stageColumn')),
      consentStatus: helper.accessor('consentStatus', {
        header: labels.field('consentStatus'),
        cell: (c) => labels.value('consentStatus', c.getValue()),
        meta: { track: trackOf('consentStatus') },
      }),
      contact: helper.accessor('notContactable', {
        id: 'contact',
        header: t('panel.contact.column'),
        enableSorting: false,
        cell: (c) => <ContactStatus reason={c.getValue()} short />,
        meta: { track: trackOf('contact') },
      }),
      tags: helper.accessor('tags', {
        header: labels.field('tags'),
        enableSorting: false,
        cell: (c) => <TagList tags={c.getValue().flatMap((id) => tagById.get(id) ?? [])} locale={locale} />,
        meta: { track: trackOf('tags') },
      }),
      openness: helper.accessor('openness', {
        header: labels.field('openness'),
        cell: (c) => {
          const v = c.getValue();
          return v === null ? <Empty /> : format.score(v);
        },
        meta: { track: trackOf('openness'), numeric: true },
      }),
    };
    // A listed field without a column of its own shows its value as text.
    const columns = memberColumnIds.map((id) => special[id] ?? text(id as PlainField));
    return columns.map((column) => ({ ...column, sortDescFirst: false })) as ColumnDef<MemberRow, unknown>[];
  }, [t, locale, labels, format, tagById]);
}
