import { useId } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import type { AddressMapLayout, RangeKind } from './address-map-layout.js';
import { HatchPattern, kindColour, mapWidth } from './map-svg.js';
import { groupSectionHeight, MapGroupSection } from './MapGroupSection.js';
import { nodeSectionHeight, NodeSubnetSection } from './NodeSubnetSection.js';

const sectionGap = 14;
const legend: readonly [RangeKind, string][] = [
  ['cluster', 'Cluster (pods)'],
  ['service', 'Services'],
  ['existing', 'Existing networks'],
  ['hns', 'HNS External'],
];

/**
 * The picture of the address space: each block that holds a range on its own to-scale axis, then the
 * cluster range alone with its node subnets. Sections are stacked top to bottom, so the SVG's height is
 * the sum of theirs and it scales with the panel's width.
 */
export function AddressMap(props: { layout: AddressMapLayout }) {
  const theme = useTheme();
  // useId's characters are not all valid in url(#…); keep letters, digits and dashes.
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const { groups, nodeSubnets, summary } = props.layout;
  const sections = [
    ...groups.map((group) => ({ key: group.axis.text, height: groupSectionHeight(group), draw: (y: number) => <MapGroupSection key={group.axis.text} group={group} y={y} hatchId={hatchId} /> })),
    ...(nodeSubnets ? [{ key: 'nodes', height: nodeSectionHeight, draw: (y: number) => <NodeSubnetSection key="nodes" marks={nodeSubnets} y={y} hatchId={hatchId} /> }] : []),
  ];
  const tops = sections.map((_, i) => sections.slice(0, i).reduce((sum, s) => sum + s.height + sectionGap, 0));
  // Never empty: the HNS network is always drawn.
  const height = (tops.at(-1) ?? 0) + (sections.at(-1)?.height ?? 0);

  return (
    <Paper variant="outlined" component="section" aria-labelledby="address-map-title" sx={{ p: 2 }}>
      <Typography id="address-map-title" variant="subtitle1" component="h3">
        Address space
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Each block is drawn to scale; ranges far apart get their own axis. Tiny ranges are widened so they stay visible.
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.5, mb: 1.5 }} aria-hidden>
        {legend.map(([kind, name]) => (
          <Box key={kind} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, typography: 'caption', color: 'text.secondary' }}>
            <Box sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: kindColour(theme, kind) }} />
            {name}
          </Box>
        ))}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, typography: 'caption', color: 'error.main' }}>
          <svg width={12} height={12}>
            <rect width={12} height={12} fill={`url(#${hatchId})`} stroke={theme.palette.error.main} />
          </svg>
          Overlap
        </Box>
      </Box>
      <svg data-testid="address-map" role="img" aria-label={summary} viewBox={`0 0 ${mapWidth} ${height}`} width="100%" style={{ display: 'block', overflow: 'visible' }}>
        <defs>
          <HatchPattern id={hatchId} />
        </defs>
        {sections.map((section, i) => section.draw(tops[i]!))}
      </svg>
    </Paper>
  );
}
