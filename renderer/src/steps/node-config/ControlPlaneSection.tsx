import Alert from '@mui/material/Alert';
import { JOIN_COPIES_ADMIN_KUBECONFIG } from '../../../../shared/node-config/node-config-notes.js';
import { usePlanStore } from '../../store/plan-store.js';
import { CA_HASH_FIELD, TOKEN_FIELD } from './config-model.js';
import type { ConfigForm } from './config-form.js';
import { ConfigField } from './ConfigField.js';
import { ConfigSection, FieldRow } from './ConfigSection.js';
import { FetchCredentials } from './FetchCredentials.js';
import { SecretField } from './SecretField.js';

function usernameHelper(typed: string, sshUser: string): string {
  if (!sshUser) return 'The user -join logs in as with scp.';
  if (typed.trim() === '') return `Empty: the file gets ${sshUser}, the Flannel step’s SSH user.`;
  return `Leave it empty to use ${sshUser}, the Flannel step’s SSH user.`;
}

/** Where the node joins, and the two secrets it joins with (kept in the plan's sealed secrets, never in the draft). */
export function ControlPlaneSection(props: { form: ConfigForm }) {
  const { form } = props;
  const secrets = usePlanStore((state) => state.plan.secrets);
  const setSecrets = usePlanStore((state) => state.setSecrets);
  const sshUser = usePlanStore((state) => state.plan.controlPlane.username.trim());
  return (
    <ConfigSection
      id="control-plane"
      title="Control plane"
      path="Kubernetes.ControlPlane"
      description="Where the node joins. The saved plan keeps the token and CA hash sealed; only the exported file holds them in clear."
    >
      <FetchCredentials />
      <FieldRow>
        <ConfigField form={form} field="Kubernetes.ControlPlane.IpAddress" helper="The control plane’s IPv4 address, as the node reaches it." mono sx={{ flex: 1 }} />
        <ConfigField
          form={form}
          field="Kubernetes.ControlPlane.Username"
          placeholder={sshUser || undefined}
          helper={usernameHelper(form.draft.Kubernetes.ControlPlane.Username, sshUser)}
          sx={{ flex: 1 }}
        />
      </FieldRow>
      <Alert severity="info" variant="outlined" data-testid="join-copies-kubeconfig">
        {JOIN_COPIES_ADMIN_KUBECONFIG.text}
      </Alert>
      <FieldRow>
        <SecretField
          form={form}
          field={TOKEN_FIELD}
          what="token"
          value={secrets.kubeadmToken}
          onChange={(kubeadmToken) => setSecrets({ kubeadmToken })}
          helper="Like abcdef.0123456789abcdef: 6 and 16 lower-case letters or digits."
          sx={{ flex: 1 }}
        />
        <SecretField
          form={form}
          field={CA_HASH_FIELD}
          what="CA hash"
          value={secrets.kubeadmCaHash}
          onChange={(kubeadmCaHash) => setSecrets({ kubeadmCaHash })}
          helper="sha256: followed by 64 hexadecimal digits."
          sx={{ flex: 1.6 }}
        />
      </FieldRow>
    </ConfigSection>
  );
}
