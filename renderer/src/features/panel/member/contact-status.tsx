import { useTranslation } from 'react-i18next';
import type { NotContactableReason } from '@model/members/member-fields';

const LOOK: Record<NotContactableReason, string> = { erased: 'tag-danger', doNotContact: 'tag-warning', noConsent: 'tag-warning' };

/**
 * Whether a member may be contacted and, if not, why: the one consent rule of the core
 * (core/members/contactable.ts), whose reason members.list and members.get send. The table shows the
 * short reason ("No consent"), the member page the whole status; the tooltip always has it whole.
 */
export function ContactStatus({ reason, short = false }: { reason: NotContactableReason | null; short?: boolean }) {
  const { t } = useTranslation();
  const whole = reason === null ? t('panel.contact.yes') : t(`panel.contact.not.${reason}`);
  return (
    <span className={`tag contact-status ${reason === null ? 'tag-success' : LOOK[reason]}`} title={whole}>
      {short && reason !== null ? t(`panel.contact.short.${reason}`) : whole}
    </span>
  );
}
