/**
 * Whether Kubernetes.ControlPlane.KubeadmToken still exists on the control plane: an expired or deleted token
 * does not make `kubeadm join` fail, it makes it retry discovery until it times out. Only the token's id is shown.
 */
import { isTokenListOutput, parseTokenList, tokenLabel, tokenStatus } from '../control-plane/token-list.js';
import { brief, fail, pass, skip, warn, type Verdict } from './check-verdict.js';
import type { PreflightFacts } from './preflight-facts.js';
import { fixes, tokenListFix } from './preflight-fixes.js';

const TOKEN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/;

export function bootstrapTokenCheck({ token, controlPlane, now }: PreflightFacts): Verdict {
  const configured = token.trim();
  // Known without the control plane: join cannot work with no token or a malformed one.
  if (configured === '') return fail('Kubernetes.ControlPlane.KubeadmToken is empty.', fixes.tokenEmpty, 'refresh-token');
  if (!TOKEN.test(configured)) {
    return fail('Kubernetes.ControlPlane.KubeadmToken is not a bootstrap token (6 and 16 lower-case letters or digits joined by a dot).', fixes.tokenEmpty, 'refresh-token');
  }
  if (!controlPlane) return skip(fixes.connectControlPlane);
  const outcome = controlPlane.tokenList;
  if (outcome === undefined) return skip('not checked: `kubeadm token list` did not run');
  const label = tokenLabel(configured);
  if (!outcome.ok) return warn(`could not check ${label}: ${brief(outcome.error)}`, tokenListFix(outcome.error, controlPlane.username));
  if (!isTokenListOutput(outcome.stdout)) {
    return warn(`could not check ${label}: \`kubeadm token list\` printed ${brief(outcome.stdout)}`, tokenListFix(outcome.stdout, controlPlane.username));
  }
  const rows = parseTokenList(outcome.stdout);
  const status = tokenStatus(rows, configured, now);
  switch (status.state) {
    case 'missing': {
      const id = configured.split('.')[0];
      const sameId = rows.some((row) => row.id === id);
      const why = sameId
        ? `does not match: the control plane's token with id ${id} has another secret`
        : 'is not in `kubeadm token list` on the control plane (expired and cleaned up, or deleted)';
      return fail(`${label} ${why}.`, fixes.tokenGone, 'refresh-token');
    }
    case 'expired':
      return fail(`${label} expired at ${status.expires ?? 'an unknown time'}.`, fixes.tokenGone, 'refresh-token');
    case 'expiring':
      return warn(`${label} expires in ${status.ttl ?? 'under an hour'} (at ${status.expires ?? 'an unknown time'}).`, fixes.tokenExpiring, 'refresh-token');
    case 'valid':
      return pass(status.expires === '<never>' ? `${label} never expires.` : `${label} is valid for ${status.ttl ?? '?'} (until ${status.expires ?? '?'}).`);
  }
}
