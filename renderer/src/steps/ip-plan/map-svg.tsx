import { grey } from '@mui/material/colors';
import { useTheme, type Theme } from '@mui/material/styles';
import { monospaceFont } from '../../theme.js';
import type { AxisLabel, RangeKind, Span } from './address-map-layout.js';

// The SVG's own coordinate system; it scales to the panel's width, so these are proportions, not pixels.
export const mapWidth = 820;
export const barLeft = 128;
export const barRight = mapWidth - 4;
export const rowHeight = 26;
export const barHeight = 16;
export const headerHeight = 26;
export const axisHeight = 30;
/** A /30 in a /8 is a millionth of the axis; below this width a range would vanish, so it is drawn this wide. */
export const minBarWidth = 3;
const monoCharWidth = 6.8;

export const xOf = (fraction: number) => barLeft + fraction * (barRight - barLeft);

/** Where a span is drawn, at least `minBarWidth` wide and never past the axis's right end. */
export function spanBox(span: Span): { x: number; width: number } {
  const width = Math.max(minBarWidth, xOf(span.to) - xOf(span.from));
  return { x: Math.min(xOf(span.from), barRight - width), width };
}

export function kindColour(theme: Theme, kind: RangeKind): string {
  const dark = theme.palette.mode === 'dark';
  if (kind === 'cluster') return theme.palette.primary.main;
  if (kind === 'service') return theme.palette.secondary.main;
  if (kind === 'existing') return dark ? grey[400] : grey[600];
  return dark ? grey[600] : grey[400];
}

/**
 * A range's text inside its bar when it fits (unless `outside`, for hatched bars), else beside it on whichever
 * side has room; with no room anywhere it sits on the bar with a halo in the paper colour to stay legible.
 */
export function BarLabel(props: { box: { x: number; width: number }; y: number; text: string; fill: string; insideFill: string; outside?: boolean }) {
  const theme = useTheme();
  const textWidth = props.text.length * monoCharWidth;
  const { x, width } = props.box;
  let place: { x: number; anchor: 'start' | 'end'; fill: string; halo: boolean } = { x: x + 6, anchor: 'start', fill: props.insideFill, halo: false };
  if (props.outside || width < textWidth + 12) {
    if (x + width + 6 + textWidth <= barRight) place = { x: x + width + 6, anchor: 'start', fill: props.fill, halo: false };
    else if (x - 6 - textWidth >= barLeft) place = { x: x - 6, anchor: 'end', fill: props.fill, halo: false };
    else place = { x: barLeft + 6, anchor: 'start', fill: props.fill, halo: true };
  }
  return (
    <text
      x={place.x}
      y={props.y}
      textAnchor={place.anchor}
      dominantBaseline="central"
      fill={place.fill}
      fontFamily={monospaceFont}
      fontSize={11.5}
      {...(place.halo && { stroke: theme.palette.background.paper, strokeWidth: 4, paintOrder: 'stroke', strokeLinejoin: 'round' as const })}
    >
      {props.text}
    </text>
  );
}

export function RowLabel(props: { y: number; text: string; fill?: string }) {
  const theme = useTheme();
  return (
    <text x={0} y={props.y} dominantBaseline="central" fill={props.fill ?? theme.palette.text.secondary} fontSize={12}>
      {props.text}
    </text>
  );
}

/** The background of a row: the whole axis, so a bar's position reads against it. */
export function Track(props: { y: number }) {
  const theme = useTheme();
  return <rect x={barLeft} y={props.y - barHeight / 2} width={barRight - barLeft} height={barHeight} rx={3} fill={theme.palette.action.hover} />;
}

/** A section's title (its block, in monospace) and details; a `problem` detail is set in the error colour. */
export function SectionHeader(props: { title: string; detail: string; problem?: string }) {
  const theme = useTheme();
  return (
    <text x={0} y={headerHeight / 2} dominantBaseline="central" fontSize={13}>
      <tspan fill={theme.palette.text.primary} fontWeight={600} fontFamily={monospaceFont}>
        {props.title}
      </tspan>
      <tspan fill={theme.palette.text.secondary} dx={8}>
        {props.detail}
      </tspan>
      {props.problem && (
        <tspan fill={theme.palette.error.main} fontWeight={600} dx={4}>
          {props.problem}
        </tspan>
      )}
    </text>
  );
}

/** The axis under a section: a tick and an address at each label, the ends aligned inward so they stay inside. */
export function Axis(props: { y: number; labels: readonly AxisLabel[] }) {
  const theme = useTheme();
  const stroke = theme.palette.divider;
  return (
    <g>
      <line x1={barLeft} x2={barRight} y1={props.y} y2={props.y} stroke={stroke} />
      {props.labels.map(({ at, text }) => {
        const anchor = at === 0 ? 'start' : at === 1 ? 'end' : 'middle';
        return (
          <g key={at}>
            <line x1={xOf(at)} x2={xOf(at)} y1={props.y - 4} y2={props.y + 4} stroke={stroke} />
            <text x={xOf(at)} y={props.y + 16} textAnchor={anchor} fill={theme.palette.text.secondary} fontFamily={monospaceFont} fontSize={11}>
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Red diagonal hatching for overlaps: it reads as "conflict" even where colour alone would not. */
export function HatchPattern(props: { id: string }) {
  const theme = useTheme();
  return (
    <pattern id={props.id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} fill={theme.palette.error.main} fillOpacity={0.25} />
      <line x1={0} y1={0} x2={0} y2={6} stroke={theme.palette.error.main} strokeWidth={3} />
    </pattern>
  );
}
