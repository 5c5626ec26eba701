import { glyph } from '../icons.js';

// Glyphs of the log toolbar (see glyph() in ../icons.tsx).

export const ArrowUpIcon = glyph('M7.41 15.41 12 10.83l4.59 4.58L18 14l-6-6-6 6z');
export const ArrowDownIcon = glyph('M7.41 8.59 12 13.17l4.59-4.58L18 10l-6 6-6-6z');
export const CopyIcon = glyph('M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2m0 16H8V7h11z');
export const DownloadIcon = glyph('M19 9h-4V3H9v6H5l7 7zM5 18v2h14v-2z');
export const OpenIcon = glyph('M19 19H5V5h7V3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14c1.1 0 2-.9 2-2v-7h-2zM14 3v2h3.59l-9.83 9.83 1.41 1.41L19 6.41V10h2V3z');
