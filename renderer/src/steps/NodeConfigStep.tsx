import { useMemo } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { validateNodeConfig } from '../../../shared/node-config/validate-node-config.js';
import { usePlanStore } from '../store/plan-store.js';
import { addSource, editField, effectiveNodeConfig, removeSource } from './node-config/config-model.js';
import type { ConfigForm } from './node-config/config-form.js';
import { ConfigCheck } from './node-config/ConfigCheck.js';
import { CniSection } from './node-config/CniSection.js';
import { ControlPlaneSection } from './node-config/ControlPlaneSection.js';
import { CriSection } from './node-config/CriSection.js';
import { ExportPanel } from './node-config/ExportPanel.js';
import { ImportPanel } from './node-config/ImportPanel.js';
import { KubernetesSection } from './node-config/KubernetesSection.js';
import { WindowsNodeSection } from './node-config/WindowsNodeSection.js';
import { joinMethodOf } from './join-method/join-method-model.js';
import { JoinMethodPanel } from './join-method/JoinMethodPanel.js';
import { KubeclusterOnlyNote } from './join-method/KubeclusterOnlyNote.js';
import { apiServerText } from './join-method/join-settings.js';

/**
 * Step 3: every field of the node's Kubeclustervxlan.json. The draft holds what was typed; the token and CA
 * hash live in the plan's sealed secrets and the ranges in the IP plan, merged in for validation, preview and
 * export. Everything below is derived on each render (validation takes well under a millisecond).
 */
export function NodeConfigStep() {
  const draft = usePlanStore((state) => state.plan.nodeConfig);
  const secrets = usePlanStore((state) => state.plan.secrets);
  const ipPlan = usePlanStore((state) => state.plan.ipPlan);
  const sshUsername = usePlanStore((state) => state.plan.controlPlane.username);
  const updateNodeConfig = usePlanStore((state) => state.updateNodeConfig);
  const method = usePlanStore((state) => joinMethodOf(state.plan).method);
  const effective = useMemo(() => effectiveNodeConfig({ draft, secrets, ipPlan, sshUsername }), [draft, secrets, ipPlan, sshUsername]);
  const issues = useMemo(() => validateNodeConfig(effective, { windowsBuild: draft.windowsBuild }), [effective, draft.windowsBuild]);
  const form = useMemo<ConfigForm>(
    () => ({ draft: draft.config, effective, issues, edit: (field, value) => updateNodeConfig((config) => editField(config, field, value)) }),
    [draft.config, effective, issues, updateNodeConfig],
  );
  const updateSources = (change: 'add' | number) => updateNodeConfig((config) => (change === 'add' ? addSource(config) : removeSource(config, change)));
  const errors = issues.filter((item) => item.severity === 'error').length;

  return (
    <Stack spacing={2.5}>
      <Typography variant="body2" color="text.secondary">
        {method === 'kubeadm'
          ? 'Choose how the node joins, then fetch the join token from the control plane: kubeadm join takes the token, the CA hash and the control-plane address from here.'
          : 'These settings become the Windows node’s Kubeclustervxlan.json for KubeCluster.ps1. Fetch the join token from the control plane, check each section, then save the file.'}{' '}
        Problems show up at their field as you type.
      </Typography>
      <JoinMethodPanel />
      {method === 'kubeadm' && <KubeclusterOnlyNote apiServer={apiServerText(effective.Kubernetes.ControlPlane.IpAddress)} />}
      <ImportPanel />
      <ControlPlaneSection form={form} />
      <KubernetesSection form={form} />
      <CniSection form={form} updateSources={updateSources} />
      <CriSection form={form} />
      <WindowsNodeSection form={form} />
      <ConfigCheck issues={issues} />
      <ExportPanel config={effective} extras={draft.extras} errors={errors} method={method} />
    </Stack>
  );
}
