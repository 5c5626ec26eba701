import { useState } from 'react';
import { useApi } from '../../api/use-api.js';
import { describeFailure } from '../../store/connection-store.js';
import { hostKeyTarget, useFlannelSession, type HostKeyVerdict } from './flannel-session.js';

/**
 * The host-key conversation with the main side for one `host:port`: check, trust exactly what was shown,
 * refuse, or forget the old key. Every outcome becomes this session's verdict for that target.
 */
export function useHostKey(host: string, port: number) {
  const api = useApi();
  const target = hostKeyTarget(host, port);
  const verdict: HostKeyVerdict | undefined = useFlannelSession((state) => state.hostKeys[target]);
  const setHostKey = useFlannelSession((state) => state.setHostKey);
  const [busy, setBusy] = useState(false);
  const trimmedHost = host.trim();

  const attempt = async (work: () => Promise<HostKeyVerdict>) => {
    setBusy(true);
    try {
      setHostKey(target, await work());
    } catch (error) {
      setHostKey(target, { status: 'failed', message: describeFailure(error).message });
    } finally {
      setBusy(false);
    }
  };

  const check = () => {
    setHostKey(target, { status: 'checking' });
    return attempt(async () => {
      const scanned = await api.ssh.scanHostKey({ host: trimmedHost, port });
      const key = { keyType: scanned.keyType, fingerprint: scanned.fingerprint };
      if (scanned.status === 'trusted') return { status: 'trusted', ...key };
      if (scanned.status === 'unknown') return { status: 'unknown', ...key };
      return { status: 'changed', ...key, knownFingerprint: scanned.knownFingerprint ?? 'unknown' };
    });
  };

  const trust = () =>
    attempt(async () => {
      if (verdict?.status !== 'unknown') throw new Error('Check the host key before trusting it.');
      // Exactly the key the operator was shown: the main side refuses to replace a different trusted key.
      const key = { keyType: verdict.keyType, fingerprint: verdict.fingerprint };
      await api.ssh.trustHostKey({ host: trimmedHost, port, ...key });
      return { status: 'trusted', ...key };
    });

  const refuse = () => {
    if (verdict?.status === 'unknown') setHostKey(target, { status: 'refused', keyType: verdict.keyType, fingerprint: verdict.fingerprint });
  };

  const forget = () =>
    attempt(async () => {
      await api.ssh.forgetHostKey({ host: trimmedHost, port });
      return { status: 'forgotten' };
    });

  return { target, verdict, busy, check, trust, refuse, forget };
}
