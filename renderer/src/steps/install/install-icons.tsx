import { glyph } from '../../components/icons.js';

// Glyphs of the Install step that the Flannel step's set lacks (see glyph() in components/icons.tsx).

export const WarningIcon = glyph('M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z');
export const StopIcon = glyph('M6 6h12v12H6z');
export const ResetIcon = glyph('M13 3a9 9 0 0 0-9 9H1l3.89 3.89.07.14L9 12H6c0-3.87 3.13-7 7-7s7 3.13 7 7-3.13 7-7 7c-1.93 0-3.68-.79-4.94-2.06l-1.42 1.42A8.95 8.95 0 0 0 13 21a9 9 0 0 0 0-18');
