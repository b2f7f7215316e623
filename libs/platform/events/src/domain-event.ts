import type { JobDefinition } from '@leerhuis/platform-queue';

/** A named fact a domain records in the outbox, with its payload type. */
export interface DomainEvent<TPayload> {
  readonly type: string;
  /** Payload keys redacted once the event's jobs have completed (e.g. a raw sign-in token). */
  readonly sensitiveKeys: readonly (keyof TPayload & string)[];
  readonly __payload?: TPayload;
}

export function defineEvent<TPayload>(
  type: string,
  options: { sensitiveKeys?: (keyof TPayload & string)[] } = {},
): DomainEvent<TPayload> {
  return { type, sensitiveKeys: options.sensitiveKeys ?? [] };
}

/** Which job an event becomes, and how its payload maps to the job's data. */
export interface EventSubscription<TPayload = never, TData = never> {
  event: DomainEvent<TPayload>;
  job: JobDefinition<TData>;
  toJobData: (payload: TPayload, eventId: string) => TData;
}

export function subscribe<TPayload, TData>(
  event: DomainEvent<TPayload>,
  job: JobDefinition<TData>,
  toJobData: (payload: TPayload, eventId: string) => TData,
): EventSubscription<unknown, unknown> {
  return { event, job, toJobData } as unknown as EventSubscription<unknown, unknown>;
}
