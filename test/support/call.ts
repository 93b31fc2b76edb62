import type { MethodInput, MethodName, MethodOutput, Result } from '../../main/api/index';
import type { Dispatch } from '../../main/rpc/dispatch';

/** The data of an ok Result; fails the test with the error message otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** A typed call through the real dispatch, as a host would make it. */
export async function call<M extends MethodName>(dispatch: Dispatch, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return unwrap(await dispatch(method, input)) as MethodOutput<M>;
}
