import { usePlanStore } from '../../store/plan-store.js';
import type { ConfigForm } from './config-form.js';
import { ConfigField } from './ConfigField.js';
import { ConfigSection, FieldRow } from './ConfigSection.js';

/** Where the node installs Kubernetes, and its Windows build (not part of the file: it only sharpens the checks). */
export function WindowsNodeSection(props: { form: ConfigForm }) {
  const { form } = props;
  const windowsBuild = usePlanStore((state) => state.plan.nodeConfig.windowsBuild);
  const setWindowsBuild = usePlanStore((state) => state.setWindowsBuild);
  return (
    <ConfigSection id="windows-node" title="Windows node" path="Install" description="The folder KubeCluster.ps1 installs into, and the node’s build to check the plan against.">
      <FieldRow>
        <ConfigField form={form} field="Install.Destination" helper="An absolute path on the node, without spaces." mono sx={{ flex: 2 }} />
        <ConfigField
          form={form}
          field="windowsBuild"
          value={windowsBuild}
          onChange={setWindowsBuild}
          placeholder="17763.379"
          helper="Optional, not written to the file: what winver shows. Checks the image tags and KB4489899."
          mono
          sx={{ flex: 1 }}
        />
      </FieldRow>
    </ConfigSection>
  );
}
