import { useTranslation } from 'react-i18next';
import { useFormat } from '@renderer/i18n/format';
import { memberPageHash } from './recruitment-route';

/** A member in a recruitment table: the code, and the name as a link to the member's page in the panel. */
export function MemberCell({ memberId, code, name }: { memberId: number; code: string; name: string | null }) {
  const { t } = useTranslation();
  return (
    <td className="rc-member">
      <span className="rc-code">{code}</span>
      <a className="rc-name" href={memberPageHash(memberId)} title={name ?? undefined}>
        {name ?? t('member.anonymous')}
      </a>
    </td>
  );
}

/** The country as the member cell shows a member: the code (as stored and filtered by), its name in the UI's language under it. */
export function CountryCell({ code }: { code: string | null }) {
  const format = useFormat();
  if (code === null) return <td className="rc-col-country">–</td>;
  const name = format.country(code);
  return (
    <td className="rc-col-country" title={name}>
      <span className="rc-country-code">{code}</span>
      <span className="rc-country-name">{name}</span>
    </td>
  );
}
