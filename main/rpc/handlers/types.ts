import type { MethodName, MethodOutput, ParsedInput } from '@api/index';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
/** One handler per method of the contract: a missing one does not compile. */
export type Handlers = { [M in MethodName]: Handler<M> };
/** The handlers of one domain's methods, e.g. DomainHandlers<typeof jobsMethods>. */
export type DomainHandlers<Spec> = Pick<Handlers, keyof Spec & MethodName>;
