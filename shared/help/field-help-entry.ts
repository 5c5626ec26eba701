import type { DocLink } from './doc-links.js';

/** What the help button of one field says: the field's name, 1–3 sentences (what it is, the default, what goes wrong), and where to read more. */
export interface FieldHelpEntry {
  /** The field's label as the form shows it. */
  title: string;
  text: string;
  why?: DocLink;
}
