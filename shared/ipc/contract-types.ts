import type { z } from 'zod';
import type { events, requests } from './contract.js';

/** Types derived from the contract; nothing here is declared by hand. */
export type Requests = typeof requests;
export type RequestName = keyof Requests;
export type RequestArg<N extends RequestName> = z.input<Requests[N]['arg']>;
export type RequestResult<N extends RequestName> = z.output<Requests[N]['result']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** One event as it travels: a discriminated union, so `switch (event.name)` narrows the payload. */
export type WizardEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

/** A request that takes no argument is called with none. */
type CallSignature<N extends RequestName> = undefined extends RequestArg<N>
  ? (arg?: RequestArg<N>) => Promise<RequestResult<N>>
  : (arg: RequestArg<N>) => Promise<RequestResult<N>>;

type Namespace = RequestName extends `${infer NS}.${string}` ? NS : never;

/** `api.plan.save({ plan })`: the contract's dotted names grouped by namespace. */
export type WizardApi = {
  [NS in Namespace]: {
    [N in RequestName as N extends `${NS}.${infer Method}` ? Method : never]: CallSignature<N>;
  };
} & {
  onEvent(listener: (event: WizardEvent) => void): () => void;
};

/** What the main side implements: one handler per request, with the caller's context. */
export type Handlers<Context> = {
  [N in RequestName]: (arg: z.output<Requests[N]['arg']>, context: Context) => Promise<RequestResult<N>>;
};
