import { useDeferredValue, useMemo } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { JobRequest } from '../../../shared/jobs/job-types.js';
import { validateIpPlan } from '../../../shared/ip-plan/validate-ip-plan.js';
import { usePlanStore } from '../store/plan-store.js';
import { useSecretsStore } from '../store/secrets-store.js';
import { checkConnection, parsePort } from './flannel/connection-form.js';
import { ConnectionPanel } from './flannel/ConnectionPanel.js';
import { hostKeyTarget, useFlannelSession } from './flannel/flannel-session.js';
import { FlannelSettings } from './flannel/FlannelSettings.js';
import { HostKeyPanel } from './flannel/HostKeyPanel.js';
import { ManifestPanel } from './flannel/ManifestPanel.js';
import { previewManifest } from './flannel/patched-manifest.js';
import { missingForDaemonSets, missingForRun } from './flannel/run-readiness.js';
import { RunPanel } from './flannel/RunPanel.js';
import { hostProcessSources, missingManifests, useHostProcessManifests } from './flannel/hostprocess-manifests.js';
import { WindowsDaemonSetsPanel } from './flannel/WindowsDaemonSetsPanel.js';
import { joinMethodOf } from './join-method/join-method-model.js';

/**
 * Step 2: reach the control plane over SSH, confirm its host key, patch the operator's kube-flannel.yml and
 * run the job that configures flannel there. Everything below is derived from the stores on every render;
 * the patch runs on a deferred copy of the manifest so typing in it stays responsive.
 */
export function FlannelStep() {
  const controlPlane = usePlanStore((state) => state.plan.controlPlane);
  const ipPlan = usePlanStore((state) => state.plan.ipPlan);
  const flannel = usePlanStore((state) => state.plan.flannel);
  const method = usePlanStore((state) => joinMethodOf(state.plan).method);
  const password = useSecretsStore((state) => state.password);
  const passphrase = useSecretsStore((state) => state.passphrase);
  const connection = useMemo(() => checkConnection(controlPlane, { password, passphrase }), [controlPlane, password, passphrase]);
  const ipReport = useMemo(() => validateIpPlan(ipPlan), [ipPlan]);
  const manifest = useDeferredValue(flannel.manifest);
  const preview = useMemo(() => previewManifest(manifest, flannel.manifestName, ipPlan.clusterCidr), [manifest, flannel.manifestName, ipPlan.clusterCidr]);
  const port = parsePort(controlPlane.port);
  const hostKey = useFlannelSession((state) => state.hostKeys[hostKeyTarget(controlPlane.host, port)]);
  const hostPortValid = !connection.errors.host && !connection.errors.port;

  const missing = missingForRun({ ipPlanErrors: ipReport.errors.length, connection, hostKey: hostPortValid ? hostKey : undefined, manifestPatches: preview && preview.ok });
  // The job gets the manifest as given (it patches it itself) and only once the preview describes that very text.
  const request: JobRequest | undefined =
    missing.length === 0 && connection.profile && preview?.ok && manifest === flannel.manifest
      ? {
          kind: 'configureControlPlane',
          connection: connection.profile,
          plan: { clusterCidr: ipPlan.clusterCidr.trim(), serviceCidr: ipPlan.serviceCidr.trim(), dnsIp: ipPlan.dnsIp.trim() },
          manifest: flannel.manifest,
        }
      : undefined;
  const hostProcess = useHostProcessManifests((state) => state.loaded);
  const manifests = hostProcessSources(hostProcess);
  const daemonSetsMissing = [...missingForDaemonSets({ ipPlanErrors: ipReport.errors.length, connection, hostKey: hostPortValid ? hostKey : undefined }), ...missingManifests(hostProcess)];
  const daemonSetsRequest =
    daemonSetsMissing.length === 0 && connection.profile && manifests
      ? { kind: 'deployWindowsDaemonSets' as const, connection: connection.profile, serviceCidr: ipPlan.serviceCidr.trim(), manifests }
      : undefined;

  return (
    <Stack spacing={2.5}>
      <Typography variant="body2" color="text.secondary">
        Deploy flannel on the Linux control plane the way Windows nodes need it. Connect, confirm the host key, check the
        patched manifest, then run the job; you can copy or save every generated file.
        {method === 'kubeadm' ? ' With containerd + kubeadm, then deploy the Windows DaemonSets below.' : ''}
      </Typography>
      <ConnectionPanel check={connection} />
      <HostKeyPanel host={controlPlane.host} port={port} ready={hostPortValid} />
      <FlannelSettings clusterCidr={ipPlan.clusterCidr} />
      <ManifestPanel preview={preview} />
      <RunPanel request={request} missing={missing} />
      {method === 'kubeadm' && <WindowsDaemonSetsPanel request={daemonSetsRequest} missing={daemonSetsMissing} serviceCidr={ipPlan.serviceCidr} />}
    </Stack>
  );
}
