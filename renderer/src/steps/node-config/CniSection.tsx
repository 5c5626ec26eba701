import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { nodePlugins } from '../../../../shared/node-config/node-config-schema.js';
import { configFieldId, configFieldLabel, issuesAt } from './config-fields.js';
import type { ConfigForm } from './config-form.js';
import { ConfigField } from './ConfigField.js';
import { ConfigSection, FieldRow } from './ConfigSection.js';
import { FieldHelp } from './FieldHelp.js';
import { SourceList } from './SourceList.js';

const PLUGIN = 'Cni.Plugin.Name';
const KB_WARNING = 'VXLAN_NEEDS_KB4489899';

/** Networking on the node: flannel, vxlan or bridge, the adapter it uses, and where flanneld comes from. */
export function CniSection(props: { form: ConfigForm; updateSources: (change: 'add' | number) => void }) {
  const { form } = props;
  const plugin = form.draft.Cni.Plugin.Name;
  const choices: string[] = nodePlugins.includes(plugin as (typeof nodePlugins)[number]) ? [...nodePlugins] : [...nodePlugins, plugin];
  const kb = form.issues.find((item) => item.field === PLUGIN && item.code === KB_WARNING);
  return (
    <ConfigSection id="cni" title="Container networking" path="Cni" description="flannel on the node, matching the backend the Flannel step deployed on the control plane.">
      <FieldRow>
        <ConfigField form={form} field="Cni.Name" helper="KubeCluster.ps1 supports flannel." sx={{ flex: 1 }} />
        <TextField
          id={configFieldId(PLUGIN)}
          select
          label={configFieldLabel(PLUGIN)}
          value={plugin}
          error={issuesAt(form.issues, PLUGIN).errors.length > 0}
          helperText={<FieldHelp helper="vxlan is the overlay; bridge (L2bridge) needs the nodes on one L2 network." issues={issuesAt(form.issues, PLUGIN, [KB_WARNING])} />}
          onChange={(event) => form.edit(PLUGIN, event.target.value)}
          slotProps={{ select: { native: true } }}
          sx={{ flex: 1 }}
        >
          {choices.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </TextField>
        <ConfigField form={form} field="Cni.InterfaceName" helper="The adapter for cluster traffic, as Get-NetAdapter names it." sx={{ flex: 1 }} />
      </FieldRow>
      {kb && (
        <Alert
          severity="warning"
          variant="outlined"
          data-testid="kb4489899-warning"
          action={
            <Button color="inherit" size="small" onClick={() => form.edit(PLUGIN, 'bridge')} sx={{ whiteSpace: 'nowrap' }}>
              Use bridge
            </Button>
          }
        >
          {kb.message} Enter the node’s Windows build below to check it.
        </Alert>
      )}
      <SourceList form={form} updateSources={props.updateSources} />
    </ConfigSection>
  );
}
