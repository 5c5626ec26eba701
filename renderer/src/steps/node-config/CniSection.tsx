import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { kb4489899Warning, vxlanPortWarning } from '../../../../shared/help/warnings.js';
import { nodePlugins } from '../../../../shared/node-config/node-config-schema.js';
import { parseWindowsBuild } from '../../../../shared/node-config/windows-build.js';
import { FieldHelpAdornment } from '../../components/help/FieldHelp.js';
import { WarningAlert } from '../../components/help/WarningAlert.js';
import { usePlanStore } from '../../store/plan-store.js';
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
  const windowsBuild = usePlanStore((state) => state.plan.nodeConfig.windowsBuild);
  const kb = kb4489899Warning({ plugin, windowsBuild });
  const port = vxlanPortWarning(plugin);
  // Without a build the caveat waits in the config check; a build older than 2019 gets it at the field, 17763 the alert below.
  const kbAtField = !kb && parseWindowsBuild(windowsBuild) !== undefined;
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
          helperText={<FieldHelp helper="vxlan is the overlay; bridge (L2bridge) needs the nodes on one L2 network." issues={issuesAt(form.issues, PLUGIN, kbAtField ? [] : [KB_WARNING])} />}
          onChange={(event) => form.edit(PLUGIN, event.target.value)}
          slotProps={{ select: { native: true }, input: { endAdornment: <FieldHelpAdornment id="nodeConfig.Cni.Plugin.Name" label={configFieldLabel(PLUGIN)} select /> } }}
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
        <WarningAlert
          warning={kb}
          testId="kb4489899-warning"
          action={
            <Button color="inherit" size="small" onClick={() => form.edit(PLUGIN, 'bridge')} sx={{ whiteSpace: 'nowrap' }}>
              Use bridge
            </Button>
          }
        />
      )}
      {port && <WarningAlert warning={port} />}
      <SourceList form={form} updateSources={props.updateSources} />
    </ConfigSection>
  );
}
