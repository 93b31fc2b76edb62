import type { z } from 'zod';
import { analysisMethods } from './analysis';
import { appMethods } from './app';
import { bundlesMethods } from './bundles';
import { jobsMethods } from './jobs';
import { kioskMethods } from './kiosk';
import { campaignsMethods } from './campaigns';
import { chartsMethods } from './charts';
import { collectMethods } from './collect';
import { dialogsMethods } from './dialogs';
import { exportMethods } from './export';
import { memberImportMethods } from './member-import';
import { membersMethods } from './members';
import { packsMethods } from './packs';
import { pointsMethods } from './points';
import { recruitmentMethods } from './recruitment';
import { responsesMethods } from './responses';
import { responseImportMethods } from './response-import';
import { communityImportMethods } from './community-import';
import { lifecycleMethods } from './lifecycle';
import { healthMethods } from './health';
import { segmentsMethods } from './segments';
import { surveysMethods } from './surveys';
import { tagsMethods } from './tags';
import { workspaceMethods } from './workspace';

/**
 * The whole contract's type, named: spelled out by the compiler it outgrows what a declaration can
 * hold (TS7056), so `methods` is annotated with it.
 */
export type Methods = typeof appMethods &
  typeof dialogsMethods &
  typeof kioskMethods &
  typeof workspaceMethods &
  typeof jobsMethods &
  typeof membersMethods &
  typeof memberImportMethods &
  typeof tagsMethods &
  typeof recruitmentMethods &
  typeof campaignsMethods &
  typeof surveysMethods &
  typeof collectMethods &
  typeof responsesMethods &
  typeof pointsMethods &
  typeof responseImportMethods &
  typeof chartsMethods &
  typeof communityImportMethods &
  typeof lifecycleMethods &
  typeof segmentsMethods &
  typeof analysisMethods &
  typeof healthMethods &
  typeof exportMethods &
  typeof bundlesMethods &
  typeof packsMethods;

/** The whole contract: every method the renderer or an automation client can call. */
export const methods: Methods = {
  ...appMethods,
  ...dialogsMethods,
  ...kioskMethods,
  ...workspaceMethods,
  ...jobsMethods,
  ...membersMethods,
  ...memberImportMethods,
  ...tagsMethods,
  ...recruitmentMethods,
  ...campaignsMethods,
  ...surveysMethods,
  ...collectMethods,
  ...responsesMethods,
  ...pointsMethods,
  ...responseImportMethods,
  ...chartsMethods,
  ...communityImportMethods,
  ...lifecycleMethods,
  ...segmentsMethods,
  ...analysisMethods,
  ...healthMethods,
  ...exportMethods,
  ...bundlesMethods,
  ...packsMethods,
};

export type MethodName = keyof Methods;
/** What a caller sends (defaults may be left out). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);

export * from './result';
export * from './events';
