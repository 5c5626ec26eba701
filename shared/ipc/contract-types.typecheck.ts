/**
 * Compile-time proof that the contract is enforced on both ends: each `@ts-expect-error` below marks a
 * mistake that must fail `tsc`. If the contract ever stopped catching one, the directive itself would be
 * reported as unused and the type check would fail.
 */
import type { Handlers, WizardApi, WizardEvent } from './contract-types.js';

export function handlerMistakes(base: Handlers<unknown>): Handlers<unknown>[] {
  return [
    {
      ...base,
      // @ts-expect-error -- a handler returning the wrong result type
      'jobs.start': async () => ({ jobId: 42 }),
    },
    {
      ...base,
      // @ts-expect-error -- a handler reading an argument field the contract does not have
      'jobs.cancel': async (arg) => ({ cancelled: arg.force }),
    },
  ];
}

export async function rendererMistakes(api: WizardApi): Promise<void> {
  // @ts-expect-error -- a renderer call with a wrong payload type
  await api.jobs.cancel({ jobId: 7 });
  // @ts-expect-error -- a request that is not in the contract
  await api.shell.exec('rm -rf /');
  // @ts-expect-error -- a missing required argument
  await api.plan.save();
  const info = await api.app.info();
  // @ts-expect-error -- reading a result field that does not exist
  void info.password;
}

export function eventMistakes(listener: (event: WizardEvent) => void): void {
  // @ts-expect-error -- an event payload of the wrong shape
  listener({ name: 'job.log', payload: { jobId: 'x', lines: 'not an array' } });
}
