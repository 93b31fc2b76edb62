import { useApi } from '@renderer/api/api-context';
import { useAsync } from '@renderer/hooks/use-async';

const NONE: readonly string[] = [];

/** The folders this host may write workspace files to (app.info), the first being the default. */
export function useAllowedFolders(): readonly string[] {
  const api = useApi();
  return useAsync(() => api.call('app.info', {}), [api]).data?.allowedDirs ?? NONE;
}
