import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTRIBUTE_PREFIX } from '@model/members/member-fields';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import type { FieldKey } from './member-form-state';

/**
 * A field's problem in the user's language. The core's issue messages are English; for the fields
 * whose rule is known here the message is ours, else the core's text is shown as it came.
 */
export function useProblemText(): (field: FieldKey, serverMessage: string | null, kind?: 'number' | 'year') => string {
  const { t } = useTranslation();
  const { attributes } = useMemberVocabulary();
  return useCallback(
    (field, serverMessage, kind) => {
      if (kind === 'year' || field === 'birthYear') return t('panel.member.invalid.birthYear');
      if (kind === 'number') return t('panel.member.invalid.number');
      if (field.startsWith(ATTRIBUTE_PREFIX)) {
        const type = attributes.find((a) => `${ATTRIBUTE_PREFIX}${a.key}` === field)?.type;
        if (type === 'number') return t('panel.member.invalid.number');
        if (type === 'date') return t('panel.member.invalid.date');
        if (type === 'choice') return t('panel.member.invalid.choice');
      }
      switch (field) {
        case 'email':
          return t('panel.member.invalid.email');
        case 'phone':
          return t('panel.member.invalid.phone');
        case 'country':
          return t('panel.member.invalid.country');
        case 'language':
          return t('panel.member.invalid.language');
        case 'joinedAt':
        case 'consentDate':
          return t('panel.member.invalid.date');
        case 'externalId':
          return serverMessage?.startsWith('already used') ? t('panel.member.invalid.externalIdTaken') : (serverMessage ?? '');
        default:
          return serverMessage ?? '';
      }
    },
    [t, attributes],
  );
}
