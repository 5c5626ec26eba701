import { glyph } from '../components/icons.js';

export const PlansIcon = glyph('M20 6h-8l-2-2H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V8c0-1.1-.9-2-2-2zm0 12H4V8h16v10z');
export const OpenPlanIcon = glyph('M19 19H5V5h7V3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14c1.1 0 2-.9 2-2v-7h-2zM14 3v2h3.59l-9.83 9.83 1.41 1.41L19 6.41V10h2V3z');
export const RenameIcon = glyph('M3 17.25V21h3.75L17.81 9.94l-3.75-3.75zM20.71 7.04a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75z');
export const DuplicateIcon = glyph('M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11z');
export const DeletePlanIcon = glyph('M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6zM19 4h-3.5l-1-1h-5l-1 1H5v2h14z');
export const ExportPlanIcon = glyph('M19 9h-4V3H9v6H5l7 7zM5 18v2h14v-2z');
export const ImportPlanIcon = glyph('M9 16h6v-6h4l-7-7-7 7h4zm-4 2h14v2H5z');
export const NewPlanIcon = glyph('M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z');
