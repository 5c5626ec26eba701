import { useTheme } from '@mui/material/styles';
import type { NodeSubnetMarks } from './address-map-layout.js';
import { Axis, axisHeight, barHeight, barLeft, barRight, headerHeight, rowHeight, RowLabel, SectionHeader, spanBox, Track } from './map-svg.js';

export const nodeSectionHeight = headerHeight + rowHeight + axisHeight;
/** Node subnets narrower than this are drawn as one shaded run: separate cells would blur together. */
const minCellWidth = 4;

/**
 * The cluster range on its own axis, so node subnets are visible even when the block view shrinks the cluster
 * to a sliver: one cell per node's subnet, a shaded run when there are too many, and overlaps hatched over them.
 */
export function NodeSubnetSection(props: { marks: NodeSubnetMarks; y: number; hatchId: string }) {
  const theme = useTheme();
  const { marks } = props;
  const y = headerHeight + rowHeight / 2;
  const colour = theme.palette.primary.main;
  const cellWidth = (barRight - barLeft) / marks.total;
  const cells = marks.ticks.length > 1 && cellWidth >= minCellWidth ? marks.ticks.slice(0, -1) : [];
  const used = spanBox(marks.usedPortion);
  const cellHeight = marks.overlaps.length > 0 ? barHeight - 6 : barHeight;
  const count = (n: number) => n.toLocaleString('en-US');
  // In the header, not on the bar: a full cluster range leaves the bar no room beside it for text.
  const detail = `cluster CIDR, one /${marks.mask} per node · ${count(marks.used)} of ${count(marks.total)} used`;
  const problem = marks.missing > 0 ? `· ${count(marks.missing)} node${marks.missing === 1 ? '' : 's'} without a subnet` : undefined;
  return (
    <g transform={`translate(0 ${props.y})`} data-testid="address-map-node-subnets" data-used={marks.used} data-total={marks.total}>
      <SectionHeader title={marks.axis.text} detail={detail} problem={problem} />
      <RowLabel y={y} text="Node subnets" />
      <Track y={y} />
      {marks.overlaps.map((overlap) => {
        const box = spanBox(overlap);
        return (
          <rect key={`${overlap.text}-${overlap.between[1].key}`} x={box.x} y={y - barHeight / 2 - 2} width={box.width} height={barHeight + 4} fill={`url(#${props.hatchId})`} stroke={theme.palette.error.main}>
            <title>{`${overlap.between[1].label} takes ${overlap.text} out of the cluster range`}</title>
          </rect>
        );
      })}
      {/* Over the hatching and a little slimmer, so node subnets that collide show red above and below. */}
      {cells.length === 0 && marks.used > 0 && <rect x={used.x} y={y - cellHeight / 2} width={used.width} height={cellHeight} rx={2} fill={colour} />}
      {cells.map((from, index) => (
        <rect key={index} x={barLeft + from * (barRight - barLeft) + 0.5} y={y - cellHeight / 2} width={cellWidth - 1} height={cellHeight} rx={1} fill={colour}>
          <title>{`Node ${index + 1}`}</title>
        </rect>
      ))}
      <Axis y={headerHeight + rowHeight + 4} labels={marks.axisLabels} />
    </g>
  );
}
