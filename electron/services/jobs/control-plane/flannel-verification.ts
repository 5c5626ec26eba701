import { parseDaemonSetSelector, parsePods } from '../../../../shared/control-plane/cluster-facts.js';
import type { PatchedManifest } from '../../../../shared/flannel/patch-manifest.js';
import type { RemoteCommandTarget } from '../../ssh/job-shell.js';
import { JobFailure, type JobContext } from '../job-definition.js';
import { runRemote } from './remote-commands.js';

const pollIntervalMs = 3000;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * Waits, with a visible deadline, until every flannel pod runs, then checks each DaemonSet's node selector
 * says Linux: the two facts the guide asks the operator to check by hand.
 */
export async function verifyFlannel(context: JobContext, connection: RemoteCommandTarget, patched: PatchedManifest, namespace: string, timeoutSeconds: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const pods = parsePods((await runRemote(context, connection, ['kubectl', '-n', namespace, 'get', 'pods', '-l', 'app=flannel', '-o', 'json'])) ?? '');
    const running = pods.filter((pod) => pod.phase === 'Running');
    const elapsed = Math.round((Date.now() - started) / 1000);
    const summary = pods.map((pod) => `${pod.name} on ${pod.node ?? '?'}: ${pod.phase}`).join('; ') || 'no flannel pods yet';
    context.log('info', `Flannel pods ${running.length} of ${pods.length} Running after ${elapsed} s of at most ${timeoutSeconds} s (${summary})`);
    if (pods.length > 0 && running.length === pods.length) break;
    if (elapsed >= timeoutSeconds) throw new JobFailure(`Flannel pods were not all Running after ${timeoutSeconds} s: ${summary}. Check them with kubectl -n ${namespace} describe pods -l app=flannel.`);
    await sleep(pollIntervalMs, context.signal);
    if (context.signal.aborted) throw new JobFailure('Cancelled.');
  }
  for (const daemonSet of patched.daemonSets) {
    const json = await runRemote(context, connection, ['kubectl', '-n', daemonSet.namespace ?? namespace, 'get', 'daemonset', daemonSet.name, '-o', 'json']);
    const selector = parseDaemonSetSelector(json ?? '');
    const os = selector[patched.osLabel.key];
    if (os !== 'linux') throw new JobFailure(`DaemonSet ${daemonSet.name} has no ${patched.osLabel.key}=linux node selector (found ${JSON.stringify(selector)}); its pods would be scheduled on Windows nodes.`);
    context.log('info', `DaemonSet ${daemonSet.name}: node selector ${patched.osLabel.key}=linux`);
  }
}
