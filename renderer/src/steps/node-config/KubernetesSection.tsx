import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { kubernetesNodeUrl } from '../../../../shared/node-config/node-config-schema.js';
import { usePlanStore } from '../../store/plan-store.js';
import type { ConfigForm } from './config-form.js';
import { ConfigField } from './ConfigField.js';
import { ConfigSection, FieldRow } from './ConfigSection.js';

/** The node binaries, kube-proxy's gates, and the ranges that come from the IP plan (shown, never typed here). */
export function KubernetesSection(props: { form: ConfigForm }) {
  const { form } = props;
  const setActiveStep = usePlanStore((state) => state.setActiveStep);
  const { Release, Url } = form.draft.Kubernetes.Source;
  const followsRelease = Url === kubernetesNodeUrl(Release.trim());
  const network = form.effective.Kubernetes.Network;
  return (
    <ConfigSection id="kubernetes" title="Kubernetes" path="Kubernetes" description="The node binaries to install and how kube-proxy runs on the node.">
      <FieldRow>
        <ConfigField form={form} field="Kubernetes.Source.Release" helper="Match the control plane’s version (kubectl version), e.g. 1.15.0." mono sx={{ flex: 1 }} />
        <ConfigField
          form={form}
          field="Kubernetes.Source.Url"
          helper={followsRelease ? 'The official download for this release; it follows the release as you edit it.' : 'A custom download: keep its version equal to the release.'}
          mono
          sx={{ flex: 3 }}
        />
      </FieldRow>
      <ConfigField
        form={form}
        field="Kubernetes.KubeProxy.Gates"
        helper="Comma-separated kube-proxy feature gates: WinOverlay=true for vxlan, WinDSR=true in the bridge example."
        mono
      />
      <Stack spacing={1} data-testid="node-config-network">
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="subtitle2" component="h4" sx={{ flexGrow: 1 }}>
            Network <Typography component="span" variant="body2" color="text.secondary">— from the IP plan, written into the file as is</Typography>
          </Typography>
          <Button size="small" onClick={() => setActiveStep('ipPlan')}>
            Edit in step 1
          </Button>
        </Stack>
        <FieldRow>
          <ConfigField form={form} field="Kubernetes.Network.ServiceCidr" value={network.ServiceCidr} readOnly mono helper="The Services’ virtual range." sx={{ flex: 1 }} />
          <ConfigField form={form} field="Kubernetes.Network.ClusterCidr" value={network.ClusterCidr} readOnly mono helper="The pods’ range; each node gets a subnet of it." sx={{ flex: 1 }} />
        </FieldRow>
      </Stack>
    </ConfigSection>
  );
}
