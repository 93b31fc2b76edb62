import { useErrorText } from '@renderer/i18n/error-text';
import type { ApiError } from '@renderer/api';

/** The core's answer to a failed action, in the user's language, announced to screen readers. */
export function FormError({ error }: { error: ApiError | null }) {
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {errorText(error)}
    </p>
  );
}
