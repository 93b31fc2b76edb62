import { useMemo } from 'react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { MemberRow, MemberSortField } from '@api/members';
import { memberSortFields } from '@api/members';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { useMemberLabels } from '@renderer/members/member-labels';
import { usePanelFormat } from '../panel-format';
import { memberHref } from '../panel-routes';
import { ContactStatus } from '../member/contact-status';
import { TagList } from '../tags/tag-chip';

/** The columns a user can show or hide, in table order. */
export const memberColumnIds = ['code', 'name', 'email', 'country', 'city', 'gender', 'birthYear', 'joinedAt', 'lifecycleStage', 'consentStatus', 'contact', 'tags', 'openness'] as const;
export type MemberColumnId = (typeof memberColumnIds)[number];

export const defaultColumns: readonly MemberColumnId[] = ['code', 'name', 'email', 'country', 'lifecycleStage', 'tags', 'openness'];

export const isMemberColumnId = (id: string): id is MemberColumnId => (memberColumnIds as readonly string[]).includes(id);
export const isSortable = (id: string): id is MemberSortField => (memberSortFields as readonly string[]).includes(id);

declare module '@tanstack/react-table' {
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
const TRACKS: Record<MemberColumnId, string> = {
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
    const text = (id: 'email' | 'city') =>
      helper.accessor(id, {
        header: labels.field(id),
        cell: (c) => c.getValue() ?? <Empty />,
        meta: { track: TRACKS[id] },
      });
    /** An enum column; `header` when the field's name is too long for a column head (the whole name is its tooltip). */
    const choice = (id: 'gender' | 'lifecycleStage', header?: string) =>
      helper.accessor(id, {
        header: header ?? labels.field(id),
        cell: (c) => {
          const v = c.getValue();
          return v === null ? <Empty /> : labels.value(id, v);
        },
        meta: { track: TRACKS[id], title: header && labels.field(id) },
      });
    const columns = [
      helper.accessor('code', {
        header: t('panel.members.codeColumn'),
        cell: (c) => (
          <a className="member-code" href={memberHref(c.row.original.id)}>
            {c.getValue()}
          </a>
        ),
        meta: { track: TRACKS.code },
      }),
      helper.accessor('name', {
        header: labels.field('name'),
        cell: (c) => {
          const name = c.getValue();
          return (
            <a className="member-name" href={memberHref(c.row.original.id)}>
              {name ?? <span className="muted">{t('member.anonymous')}</span>}
            </a>
          );
        },
        meta: { track: TRACKS.name },
      }),
      text('email'),
      helper.accessor('country', {
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
        meta: { track: TRACKS.country },
      }),
      text('city'),
      choice('gender'),
      helper.accessor('birthYear', {
        header: labels.field('birthYear'),
        // A year, not a quantity: no digit grouping.
        cell: (c) => c.getValue() ?? <Empty />,
        meta: { track: TRACKS.birthYear, numeric: true },
      }),
      helper.accessor('joinedAt', {
        header: labels.field('joinedAt'),
        cell: (c) => {
          const v = c.getValue();
          return v === null ? <Empty /> : format.date(v);
        },
        meta: { track: TRACKS.joinedAt },
      }),
      choice('lifecycleStage', t('panel.members.stageColumn')),
      helper.accessor('consentStatus', {
        header: labels.field('consentStatus'),
        cell: (c) => labels.value('consentStatus', c.getValue()),
        meta: { track: TRACKS.consentStatus },
      }),
      helper.accessor('notContactable', {
        id: 'contact',
        header: t('panel.contact.column'),
        enableSorting: false,
        cell: (c) => <ContactStatus reason={c.getValue()} short />,
        meta: { track: TRACKS.contact },
      }),
      helper.accessor('tags', {
        header: labels.field('tags'),
        enableSorting: false,
        cell: (c) => <TagList tags={c.getValue().flatMap((id) => tagById.get(id) ?? [])} locale={locale} />,
        meta: { track: TRACKS.tags },
      }),
      helper.accessor('openness', {
        header: labels.field('openness'),
        cell: (c) => {
          const v = c.getValue();
          return v === null ? <Empty /> : format.score(v);
        },
        meta: { track: TRACKS.openness, numeric: true },
      }),
    ];
    return columns.map((column) => ({ ...column, sortDescFirst: false })) as ColumnDef<MemberRow, unknown>[];
  }, [t, locale, labels, format, tagById]);
}
