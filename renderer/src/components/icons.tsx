import SvgIcon, { type SvgIconProps } from '@mui/material/SvgIcon';

// Material Design glyphs drawn inline, so the app needs no icon package; every icon set in the app uses glyph().

/** An icon component for one SVG path in the 24×24 Material grid. */
export function glyph(path: string) {
  return function Glyph(props: SvgIconProps) {
    return (
      <SvgIcon {...props}>
        <path d={path} />
      </SvgIcon>
    );
  };
}

export function CloseIcon(props: SvgIconProps) {
  return (
    <SvgIcon {...props}>
      <path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z" />
    </SvgIcon>
  );
}

export function LogIcon(props: SvgIconProps) {
  return (
    <SvgIcon {...props}>
      <path d="M3 5h18v2H3zm0 6h12v2H3zm0 6h15v2H3z" />
    </SvgIcon>
  );
}
