import { z } from 'zod';
import { caseInputSchema, casePatchSchema, type CaseRecord } from './case';
import type { Result } from './result';
import type { Rulebook } from './rulebook';
import { licenceChannels } from './channels/licence';
import { letterChannels } from './channels/letter';
import { checksChannels } from './channels/checks';
import { bundleChannels } from './channels/bundle';
import { eligibilityChannels } from './channels/eligibility';
import { uiChannels } from './channels/ui';

/**
 * The one IPC contract: channel → zod schema of its argument + its result type. Preload
 * and main both derive from this map; main validates every payload against `args`.
 * Features declare their channels in `channels/<feature>.ts`, spread in here.
 */
const id = z.string().regex(/^[a-z0-9]{6,40}$/);

export const coreChannels = {
  'app:info': {
    args: z.object({}),
    result: null as unknown as { version: string; rulebookVersion: string; locale: string },
  },
  'rulebook:get': { args: z.object({}), result: null as unknown as Rulebook },
  'case:list': {
    args: z.object({ search: z.string().max(200).optional(), includeArchived: z.boolean().optional() }),
    result: null as unknown as CaseRecord[],
  },
  'case:get': { args: z.object({ id }), result: null as unknown as CaseRecord },
  'case:create': { args: caseInputSchema, result: null as unknown as CaseRecord },
  'case:update': { args: z.object({ id, patch: casePatchSchema }), result: null as unknown as CaseRecord },
  'case:duplicate': { args: z.object({ id }), result: null as unknown as CaseRecord },
} as const;

export const channels = {
  ...coreChannels,
  ...licenceChannels,
  ...letterChannels,
  ...checksChannels,
  ...bundleChannels,
  ...eligibilityChannels,
  ...uiChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelArgs<C extends ChannelName> = z.input<Channels[C]['args']>;
export type ChannelResult<C extends ChannelName> = Channels[C]['result'];

/** The API the preload exposes as `window.jitkit` (and the e2e bridge implements). */
export type JitkitApi = {
  invoke<C extends ChannelName>(channel: C, args: ChannelArgs<C>): Promise<Result<ChannelResult<C>>>;
  /** Progress events pushed by main (OCR progress, check progress). */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
};

/** `materialId`: the stored material a 'check' event is about (its result is stored by then). */
export type ProgressEvent = {
  jobId: string;
  stage: string;
  done: number;
  total: number;
  file?: string;
  materialId?: string;
};

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

/** What a service's IPC registration receives: main's validated `handle`, or the e2e bridge's. */
export type Handle = <C extends ChannelName>(
  channel: C,
  impl: (args: z.output<Channels[C]['args']>) => ChannelResult<C> | Promise<ChannelResult<C>>,
) => void;

type ApiFn<C extends ChannelName> = (args: ChannelArgs<C>) => Promise<Result<ChannelResult<C>>>;
type Domain<C> = C extends `${infer D}:${string}` ? D : never;
type Method<C, D extends string> = C extends `${D}:${infer M}` ? M : never;

/** `window.jitkit.case.list({...})`: a narrow API named by domain, derived from the map. */
export type DomainApi = {
  [D in Domain<ChannelName>]: {
    [M in Method<ChannelName, D>]: ApiFn<Extract<ChannelName, `${D}:${M}`>>;
  };
};

export type ExposedApi = DomainApi & { onProgress: JitkitApi['onProgress'] };

/** Builds the domain API from any transport (Electron IPC in preload, HTTP in the e2e bridge). */
export function buildDomainApi(invoke: JitkitApi['invoke']): DomainApi {
  const api: Record<string, Record<string, (args: unknown) => unknown>> = {};
  for (const name of CHANNEL_NAMES) {
    const [domain, method] = name.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][method] = (args: unknown) => invoke(name, args as never);
  }
  return api as unknown as DomainApi;
}
