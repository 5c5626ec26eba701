import type { ConfigForm } from './config-form.js';
import { ConfigField } from './ConfigField.js';
import { ConfigSection, FieldRow } from './ConfigSection.js';

/** The container runtime and the base images KubeCluster.ps1 pulls: their tags must match the node's build. */
export function CriSection(props: { form: ConfigForm }) {
  const { form } = props;
  return (
    <ConfigSection id="cri" title="Container runtime" path="Cri" description="Process-isolated Windows containers start only from images built for the node’s Windows build.">
      <FieldRow>
        <ConfigField form={form} field="Cri.Name" helper="KubeCluster.ps1 installs dockerd." sx={{ flex: 1 }} />
        <ConfigField form={form} field="Cri.Images.Pause" helper="The infrastructure (pause) container." mono sx={{ flex: 2 }} />
      </FieldRow>
      <FieldRow>
        <ConfigField form={form} field="Cri.Images.Nanoserver" helper="Tag 1809 / ltsc2019 for Windows Server 2019." mono sx={{ flex: 1 }} />
        <ConfigField form={form} field="Cri.Images.ServerCore" helper="Same build as the Nanoserver tag." mono sx={{ flex: 1 }} />
      </FieldRow>
    </ConfigSection>
  );
}
