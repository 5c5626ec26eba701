import { useTheme } from '@mui/material/styles';
import type { MapGroup } from './address-map-layout.js';
import { Axis, BarLabel, axisHeight, barHeight, headerHeight, kindColour, rowHeight, RowLabel, SectionHeader, spanBox, Track } from './map-svg.js';

/** Header, one row per range, one "Overlap" row per colliding pair, then the axis. */
export function groupSectionHeight(group: MapGroup): number {
  return headerHeight + (group.bars.length + group.overlaps.length) * rowHeight + axisHeight;
}

/**
 * One block of the address space drawn to scale: each range a bar in its own row on a shared axis, and each
 * overlap as a red band through the range rows plus a hatched bar labelled with the shared span and the pair.
 */
export function MapGroupSection(props: { group: MapGroup; y: number; hatchId: string }) {
  const theme = useTheme();
  const { group } = props;
  const rowsTop = headerHeight;
  const rowMid = (row: number) => rowsTop + row * rowHeight + rowHeight / 2;
  const axisY = rowsTop + (group.bars.length + group.overlaps.length) * rowHeight + 4;
  const error = theme.palette.error.main;
  return (
    <g transform={`translate(0 ${props.y})`} data-testid="address-map-block" data-block={group.axis.text}>
      <SectionHeader title={group.axis.text} detail={`${group.axis.size.toLocaleString('en-US')} addresses`} />
      {group.overlaps.map((overlap) => {
        const box = spanBox(overlap);
        return <rect key={`band-${overlap.text}-${overlap.between[1].key}`} x={box.x} y={rowsTop + 2} width={box.width} height={group.bars.length * rowHeight - 4} fill={error} fillOpacity={0.12} />;
      })}
      {group.bars.map((bar, row) => {
        const box = spanBox(bar);
        const colour = kindColour(theme, bar.range.kind);
        const overlapped = group.overlaps.some((o) => o.between.includes(bar.range));
        return (
          <g key={bar.range.key} data-testid="address-map-range" data-kind={bar.range.kind} data-cidr={bar.range.cidr.text}>
            <RowLabel y={rowMid(row)} text={bar.range.label} />
            <Track y={rowMid(row)} />
            <rect x={box.x} y={rowMid(row) - barHeight / 2} width={box.width} height={barHeight} rx={2} fill={colour} stroke={overlapped ? error : 'none'} strokeWidth={overlapped ? 1.5 : 0}>
              <title>{`${bar.range.label} ${bar.range.cidr.text}`}</title>
            </rect>
            <BarLabel box={box} y={rowMid(row)} text={bar.range.cidr.text} fill={theme.palette.text.primary} insideFill={theme.palette.getContrastText(colour)} />
          </g>
        );
      })}
      {group.overlaps.map((overlap, index) => {
        const box = spanBox(overlap);
        const y = rowMid(group.bars.length + index);
        const [a, b] = overlap.between;
        return (
          <g key={`overlap-${overlap.text}-${b.key}`} data-testid="address-map-overlap" data-span={overlap.text}>
            <RowLabel y={y} text="Overlap" fill={error} />
            <rect x={box.x} y={y - barHeight / 2} width={box.width} height={barHeight} fill={`url(#${props.hatchId})`} stroke={error} strokeWidth={1}>
              <title>{`${a.label} and ${b.label} share ${overlap.text}`}</title>
            </rect>
            <BarLabel outside box={box} y={y} text={`${overlap.text} (${a.label} × ${b.label})`} fill={error} insideFill={error} />
          </g>
        );
      })}
      <Axis y={axisY} labels={group.axisLabels} />
    </g>
  );
}
