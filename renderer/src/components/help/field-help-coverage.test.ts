/**
 * Every field the steps label has help, under the same name the field shows: the lists here are the very ones
 * the forms render their labels from, so a new field without an explanation fails this test.
 */
import { describe, expect, it } from 'vitest';
import { fieldHelp, isFieldHelpId, nodeConfigHelpId } from '../../../../shared/help/field-help.js';
import { connectionFieldLabels } from '../../steps/flannel/run-readiness.js';
import { remoteNodeFieldLabels } from '../../steps/install/node-targets-check.js';
import { planFields } from '../../steps/ip-plan/plan-fields.js';
import { configFields } from '../../steps/node-config/config-fields.js';

function titleOf(id: string): string | undefined {
  return isFieldHelpId(id) ? fieldHelp[id].title : undefined;
}

describe('help for every labelled field', () => {
  it.each(planFields.map((spec) => [spec.field, spec.label] as const))('IP plan: %s', (field, label) => {
    expect(titleOf(`ipPlan.${field}`)).toBe(label);
  });

  it.each(configFields.map(([field, label]) => [field, label] as const))('Node config: %s', (field, label) => {
    const id = nodeConfigHelpId(field);
    expect(id).toBeDefined();
    expect(titleOf(id!)).toBe(label);
  });

  it('Node config: every item of Cni.Source', () => {
    expect(nodeConfigHelpId('Cni.Source.0.Name')).toBe('nodeConfig.Cni.Source.Name');
    expect(nodeConfigHelpId('Cni.Source.3.Url')).toBe('nodeConfig.Cni.Source.Url');
  });

  it.each(Object.entries(connectionFieldLabels))('Flannel connection: %s', (field, label) => {
    expect(titleOf(`controlPlane.${field}`)).toBe(label);
  });

  it.each(Object.entries(remoteNodeFieldLabels))('Remote node: %s', (field, label) => {
    expect(titleOf(`remoteNode.${field}`)).toBe(label);
  });
});
