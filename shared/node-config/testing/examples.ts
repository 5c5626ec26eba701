/**
 * Test inputs shared by the node-config and CLI tests: the published examples (read as they are) and real-looking
 * values for their placeholders. Only tests import this file, so it may read files; the domain never does.
 */
// eslint-disable-next-line no-restricted-imports -- test support, never imported by the domain code
import { readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- as above
import { fileURLToPath } from 'node:url';

const data = new URL('../../../../shared/mission/data/', import.meta.url);

export const examples = [
  'seed-Kubeclustervxlan.jsonc',
  'sig-windows-tools/Kubeclustervxlan.json',
  'sig-windows-tools/Kubeclusterbridge.json',
  'sig-windows-tools/v1.16.0/Kubeclustervxlan.json',
  'sig-windows-tools/v1.16.0/Kubeclusterbridge.json',
  'sig-windows-tools/v1.15.0-2019-06/Kubeclustervxlan.json',
  'sig-windows-tools/v1.15.0-2019-06/Kubeclusterbridge.json',
] as const;

export function example(name: (typeof examples)[number]): string {
  return readFileSync(new URL(name, data), 'utf8');
}

export const examplePath = (name: (typeof examples)[number]) => fileURLToPath(new URL(name, data));

export const REAL = {
  ip: '10.0.0.4',
  token: 'abcdef.0123456789abcdef',
  caHash: `sha256:${'0123456789abcdef'.repeat(4)}`,
} as const;

/** The example with its three placeholders replaced in place, comments and layout untouched. */
export function withRealValues(text: string): string {
  return text
    .replace('"kubemasterIP"', `"${REAL.ip}"`)
    .replace('"KubeadmToken" : "token"', `"KubeadmToken" : "${REAL.token}"`)
    .replace('"discovery-token-ca-cert-hash"', `"${REAL.caHash}"`);
}
