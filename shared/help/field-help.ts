/**
 * The help catalogue: for every input field of every step, what it is, its default and what goes wrong when it
 * is wrong, with a link to the part of the docs that explains it. Pure data; the renderer shows it.
 */
import type { FieldHelpEntry } from './field-help-entry.js';
import { flannelHelp } from './field-help-flannel.js';
import { installHelp } from './field-help-install.js';
import { ipPlanHelp } from './field-help-ip-plan.js';
import { nodeConfigHelp } from './field-help-node-config.js';

export type { FieldHelpEntry } from './field-help-entry.js';

export const fieldHelp = { ...ipPlanHelp, ...flannelHelp, ...nodeConfigHelp, ...installHelp } as const satisfies Record<string, FieldHelpEntry>;

export type FieldHelpId = keyof typeof fieldHelp;

export function isFieldHelpId(id: string): id is FieldHelpId {
  return Object.hasOwn(fieldHelp, id);
}

/**
 * The help of a Node config field by its dotted path in Kubeclustervxlan.json (`Cni.InterfaceName`); the items of
 * `Cni.Source[]` share one entry (`Cni.Source.0.Url` → `Cni.Source.Url`). Undefined for a path without help.
 */
export function nodeConfigHelpId(path: string): FieldHelpId | undefined {
  const id = `nodeConfig.${path.replace(/^Cni\.Source\.\d+\./, 'Cni.Source.')}`;
  return isFieldHelpId(id) ? id : undefined;
}
