/** The node's adapters from `Get-NetAdapter | ConvertTo-Json` (netAdaptersProbe), and the two checks on them. */
import { brief, fail, fromProbe, pass, rerun, UnreadableOutput, type Verdict } from './check-verdict.js';
import { isRecord, jsonList, jsonText, parseJsonOutput } from './json-output.js';
import type { PreflightFacts, ProbeOutcome } from './preflight-facts.js';
import { fixes } from './preflight-fixes.js';
import type { NetworkAdapter } from './preflight-types.js';

function readAdapter(value: unknown): NetworkAdapter | undefined {
  if (!isRecord(value)) return undefined;
  const name = jsonText(value.Name);
  const ifIndex = value.ifIndex;
  if (name === undefined || typeof ifIndex !== 'number' || !Number.isInteger(ifIndex)) return undefined;
  return {
    name,
    description: jsonText(value.InterfaceDescription) ?? '',
    ifIndex,
    status: jsonText(value.Status) ?? '',
    macAddress: jsonText(value.MacAddress) ?? '',
  };
}

/** The adapters in the probe's JSON (an array, or one object); throws UnreadableOutput for anything else. */
export function parseNetAdapters(stdout: string): NetworkAdapter[] {
  const json = parseJsonOutput(stdout);
  if (json === undefined || (!Array.isArray(json) && !isRecord(json) && json !== null)) throw new UnreadableOutput('Get-NetAdapter did not print JSON', stdout);
  const items = jsonList(json);
  const adapters = items.flatMap((item) => {
    const adapter = readAdapter(item);
    return adapter ? [adapter] : [];
  });
  if (adapters.length < items.length) throw new UnreadableOutput('an adapter without a name or ifIndex', stdout);
  return adapters;
}

/** The adapters when the probe ran and printed them, for the report whatever the checks say. */
export function adaptersOf(outcome: ProbeOutcome | undefined): NetworkAdapter[] {
  if (!outcome?.ok) return [];
  try {
    return parseNetAdapters(outcome.stdout);
  } catch {
    return [];
  }
}

const isUp = (adapter: NetworkAdapter) => adapter.status.toLowerCase() === 'up';
const describeAdapter = (adapter: NetworkAdapter) => `"${adapter.name}" (${adapter.status || 'status unknown'})`;
const adapterGate = (target: string) => ({ unknown: 'warn' as const, fix: rerun('Get-NetAdapter', target) });

export function networkAdaptersCheck({ probes, targetLabel }: PreflightFacts): Verdict {
  return fromProbe(probes.netAdapters, adapterGate(targetLabel), (stdout) => {
    const adapters = parseNetAdapters(stdout);
    if (adapters.length === 0) return fail(`Get-NetAdapter lists no adapters on ${targetLabel}.`, fixes.noAdapterUp);
    const detail = `${adapters.length} adapter${adapters.length === 1 ? '' : 's'}: ${adapters.map(describeAdapter).join(', ')}.`;
    return adapters.some(isUp) ? pass(detail) : fail(`${detail} None is Up.`, fixes.noAdapterUp);
  });
}

/**
 * Cni.InterfaceName must name an adapter on this node: KubeCluster.ps1 builds the HNS network on it. Windows
 * compares adapter names case-insensitively, so this does too.
 */
export function interfaceCheck({ probes, targetLabel, interfaceName }: PreflightFacts): Verdict {
  return fromProbe(probes.netAdapters, adapterGate(targetLabel), (stdout) => {
    const adapters = parseNetAdapters(stdout);
    const wanted = interfaceName.trim();
    const choices = adapters.filter(isUp).map((adapter) => adapter.name);
    if (wanted === '') return fail('Cni.InterfaceName is empty.', choices.length > 0 ? fixes.interfaceChoices(choices) : fixes.emptyInterface);
    const found = adapters.find((adapter) => adapter.name.toLowerCase() === wanted.toLowerCase());
    if (!found) {
      const present = adapters.length === 0 ? 'no adapters' : adapters.map(describeAdapter).join(', ');
      return fail(`No adapter named "${brief(wanted, 80)}" on ${targetLabel}; it has ${present}.`, fixes.interfaceChoices(choices));
    }
    if (!isUp(found)) return fail(`Adapter ${describeAdapter(found)} is not Up.`, fixes.interfaceDown(found.name));
    return pass(`Adapter "${found.name}" (${found.description || 'no description'}, ifIndex ${found.ifIndex}) is Up.`);
  });
}
