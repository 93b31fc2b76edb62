import { useTranslation } from 'react-i18next';
import type { DataColumn } from '@renderer/components/data-table/data-table';
import { useFormat } from '@renderer/i18n/format';
import { memberPageHash } from './recruitment-route';

interface MemberRef {
  memberId: number;
  code: string;
  name: string | null;
}

/** A member in a recruitment table: the code, and the name as a link to the member's page in the panel. */
function MemberName({ memberId, code, name }: MemberRef) {
  const { t } = useTranslation();
  return (
    <>
      <span className="rc-code">{code}</span>
      <a className="rc-name" href={memberPageHash(memberId)} title={name ?? undefined}>
        {name ?? t('member.anonymous')}
      </a>
    </>
  );
}

/** The country as the member column shows a member: the code (as stored and filtered by), its name in the UI's language under it. */
function CountryName({ code }: { code: string }) {
  const format = useFormat();
  return (
    <>
      <span className="rc-country-code">{code}</span>
      <span className="rc-country-name">{format.country(code)}</span>
    </>
  );
}

/** The member and country columns every recruitment table of members has. */
export function useMemberColumns<Row extends MemberRef & { country: string | null }>(): DataColumn<Row>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    { id: 'member', header: t('recruitment.shortlist.col.member'), className: 'rc-member', cell: (row) => <MemberName {...row} /> },
    {
      id: 'country',
      header: t('member.field.country'),
      className: 'rc-col-country',
      title: (row) => (row.country === null ? undefined : format.country(row.country)),
      cell: (row) => (row.country === null ? '–' : <CountryName code={row.country} />),
    },
  ];
}
