import { describe, expect, it } from 'vitest';
import { createTheme, decomposeColor, getContrastRatio, getOverlayAlpha, recomposeColor, type Theme } from '@mui/material/styles';
import { ansiPalettes } from '../components/log/ansi-palette.js';
import { createWizardTheme } from '../theme.js';

/** WCAG AA for text under 18pt (every status word, chip and log line here is small). */
const smallTextMinimum = 4.5;

/** A translucent layer (MUI's hover and selection tints, the dark theme's elevation overlay) flattened onto its background. */
function flatten(background: string, layer: string): string {
  const base = decomposeColor(background).values;
  const top = decomposeColor(layer).values;
  const opacity = top[3] ?? 1;
  const mixed = [0, 1, 2].map((channel) => Math.round(top[channel]! * opacity + base[channel]! * (1 - opacity)));
  return recomposeColor({ type: 'rgb', values: [mixed[0]!, mixed[1]!, mixed[2]!] });
}

/** Every surface the app writes small text on. */
function surfaces(theme: Theme) {
  const { background, action, grey, mode } = theme.palette;
  const paper = background.paper;
  return {
    page: background.default,
    paper,
    'log lines': mode === 'dark' ? grey[900] : grey[50],
    'hovered or tinted row': flatten(paper, action.hover),
    'selected row': flatten(paper, action.selected),
    // Dialogs are Paper at elevation 24; the dark theme lightens raised paper with a white overlay.
    dialog: mode === 'dark' ? flatten(paper, `rgba(255, 255, 255, ${getOverlayAlpha(24)})`) : paper,
  };
}

function textColours(theme: Theme) {
  const { palette } = theme;
  return {
    'text.primary': palette.text.primary,
    'text.secondary': palette.text.secondary,
    'primary.main': palette.primary.main,
    'error.main': palette.error.main,
    'warning.main': palette.warning.main,
    // The IP plan and node config write warnings in this shade (IssueHelperText's warningText).
    'warning text': palette.mode === 'dark' ? palette.warning.light : palette.warning.dark,
    'info.main': palette.info.main,
    'success.main': palette.success.main,
  };
}

describe.each(['light', 'dark'] as const)('the %s palette', (mode) => {
  const theme = createWizardTheme(mode);
  const pairs = Object.entries(textColours(theme)).flatMap(([text, colour]) =>
    Object.entries(surfaces(theme)).map(([surface, background]) => ({ text, colour, surface, background })),
  );

  it.each(pairs)('$text reads on the $surface at AA', ({ colour, background }) => {
    const contrast = getContrastRatio(colour, background);
    expect(contrast, `${colour} on ${background}`).toBeGreaterThanOrEqual(smallTextMinimum);
  });

  it.each(['primary', 'error', 'warning', 'info', 'success'] as const)('a contained %s button has AA text, hovered too', (name) => {
    const { main, dark, contrastText } = theme.palette[name];
    // The text is translucent black in the dark theme: measured as drawn on each fill.
    for (const fill of [main, dark]) expect(getContrastRatio(flatten(fill, contrastText), fill), `${contrastText} on ${fill}`).toBeGreaterThanOrEqual(smallTextMinimum);
  });

  it("measures MUI's stock palette as failing, so a pass above is the wizard's colours at work", () => {
    const stock = createTheme({ palette: { mode } }).palette;
    const [colour, surface] = mode === 'light' ? [stock.warning.main, surfaces(theme).page] : [stock.error.main, surfaces(theme).dialog];
    expect(getContrastRatio(colour, surface)).toBeLessThan(smallTextMinimum);
  });

  it.each(Object.entries(ansiPalettes[mode]))('ANSI %s output reads on the log at AA', (_name, colour) => {
    const background = surfaces(theme)['log lines'];
    expect(getContrastRatio(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(smallTextMinimum);
  });
});
