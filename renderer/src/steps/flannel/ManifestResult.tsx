import { useState } from 'react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { PatchedManifest } from '../../../../shared/flannel/patch-manifest.js';
import { ChangesPanel } from './ChangesPanel.js';
import { CodeBlock } from './CodeBlock.js';
import { DiffLines } from './DiffLines.js';

const tabs = ['net-conf.json', 'cni-conf.json', 'Changes', 'Diff', 'Patched manifest'] as const;
type TabName = (typeof tabs)[number];

function Panel(props: { name: TabName; patched: PatchedManifest }) {
  const { patched } = props;
  switch (props.name) {
    case 'net-conf.json':
      return <CodeBlock title="net-conf.json" text={patched.config.netConfJson} fileName="net-conf.json" mime="application/json" testId="net-conf-json" />;
    case 'cni-conf.json':
      return <CodeBlock title="cni-conf.json" text={patched.config.cniConfJson} fileName="cni-conf.json" mime="application/json" testId="cni-conf-json" />;
    case 'Changes':
      return <ChangesPanel patched={patched} />;
    case 'Diff':
      return patched.diff ? (
        <CodeBlock title="kube-flannel.diff" text={patched.diff} fileName="kube-flannel.diff" mime="text/x-diff" testId="manifest-diff" maxHeight={440}>
          <DiffLines diff={patched.diff} />
        </CodeBlock>
      ) : (
        <Box sx={{ color: 'text.secondary', typography: 'body2' }}>No differences: the manifest is already patched.</Box>
      );
    case 'Patched manifest':
      return <CodeBlock title="kube-flannel-windows.yml" text={patched.manifest} fileName="kube-flannel-windows.yml" mime="application/yaml" testId="patched-manifest" maxHeight={440} />;
  }
}

/** The generated files, the diff and the patched manifest, one tab each, so the long ones do not bury the rest. */
export function ManifestResult(props: { patched: PatchedManifest }) {
  const [tab, setTab] = useState<TabName>('net-conf.json');
  const id = (name: TabName) => `flannel-tab-${tabs.indexOf(name)}`;
  return (
    <Box>
      <Tabs value={tab} onChange={(_event, value: TabName) => setTab(value)} variant="scrollable" aria-label="Patched flannel files" sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        {tabs.map((name) => (
          <Tab key={name} value={name} label={name} id={id(name)} aria-controls={`${id(name)}-panel`} sx={{ textTransform: 'none' }} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`${id(tab)}-panel`} aria-labelledby={id(tab)}>
        <Panel name={tab} patched={props.patched} />
      </Box>
    </Box>
  );
}
