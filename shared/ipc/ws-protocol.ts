import { z } from 'zod';
import type { WizardEvent } from './contract-types.js';
import type { Envelope } from './envelope.js';

/** Frames of the web host's WebSocket. Requests carry an id so replies can arrive out of order. */
export const wsMaxFrameBytes = 1024 * 1024;

export const wsCallFrameSchema = z.strictObject({
  type: z.literal('call'),
  id: z.number().int().nonnegative(),
  name: z.string().max(64),
  arg: z.unknown().optional(),
});
export type WsCallFrame = z.infer<typeof wsCallFrameSchema>;

export type WsServerFrame =
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: WizardEvent }
  | { type: 'error'; message: string };

export const webHostTokenParam = 'token';
export const webHostSocketPath = '/ipc';
