import { useMemo } from 'react';
import type { SshProfile } from '../../../../shared/ssh/ssh-profile-schema.js';
import { usePlanStore } from '../../store/plan-store.js';
import { useSecretsStore } from '../../store/secrets-store.js';
import { fetchBlocker } from '../node-config/fetch-readiness.js';
import { checkConnection, parsePort } from './connection-form.js';
import { hostKeyTarget, useFlannelSession } from './flannel-session.js';

/** The Flannel step's control-plane connection when it is complete and its host key trusted, else why not. */
export function useControlPlane(): { profile: SshProfile | undefined; blocker: string | undefined; host: string } {
  const controlPlane = usePlanStore((state) => state.plan.controlPlane);
  const password = useSecretsStore((state) => state.password);
  const passphrase = useSecretsStore((state) => state.passphrase);
  const connection = useMemo(() => checkConnection(controlPlane, { password, passphrase }), [controlPlane, password, passphrase]);
  const hostKey = useFlannelSession((state) => state.hostKeys[hostKeyTarget(controlPlane.host, parsePort(controlPlane.port))]);
  const blocker = fetchBlocker(connection, hostKey);
  return { profile: blocker ? undefined : connection.profile, blocker, host: controlPlane.host.trim() || 'the control plane' };
}
