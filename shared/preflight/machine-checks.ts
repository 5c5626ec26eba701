/** The checks about the machine itself: elevation, Windows build and KB4489899, the Containers feature. */
import { describeBuild, KB4489899_REVISION, overlaySupport, parseWindowsBuild, SERVER_2019_BUILD, type WindowsBuild } from '../node-config/windows-build.js';
import { adminProbe } from '../powershell/preflight-commands.js';
import { brief, fail, fromProbe, pass, readBoolean, rerun, skip, UnreadableOutput, warn, type Verdict } from './check-verdict.js';
import type { PreflightFacts, ProbeOutcome } from './preflight-facts.js';
import { fixes } from './preflight-fixes.js';

export function administratorCheck({ probes, targetLabel }: PreflightFacts): Verdict {
  const gate = { unknown: 'fail' as const, fix: `${rerun(adminProbe(), targetLabel)} ${fixes.administrator(targetLabel)}` };
  return fromProbe(probes.administrator, gate, (stdout) =>
    readBoolean(stdout, 'the elevation check')
      ? pass(`PowerShell on ${targetLabel} runs elevated (Administrators).`)
      : fail(`PowerShell on ${targetLabel} does not run elevated.`, fixes.administrator(targetLabel)),
  );
}

/** `17763.379`; a missing UBR prints `17763.`, which is still the build. */
const parseBuildOutput = (stdout: string) => parseWindowsBuild(stdout.trim().replace(/\.$/, ''));

function readBuild(stdout: string): WindowsBuild {
  const build = parseBuildOutput(stdout);
  if (!build) throw new UnreadableOutput('not a Windows build number', stdout);
  return build;
}

/** `build 17763.379 (Windows Server 2019 / 1809)`. */
const buildText = (build: WindowsBuild) =>
  `build ${describeBuild(build.build).replace(/^\d+/, build.revision === undefined ? String(build.build) : `${build.build}.${build.revision}`)}`;

const buildGate = (target: string) => ({ unknown: 'warn' as const, fix: rerun("Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'", target) });

export function windowsBuildCheck({ probes, targetLabel }: PreflightFacts): Verdict {
  return fromProbe(probes.windowsBuild, buildGate(targetLabel), (stdout) => {
    const build = readBuild(stdout);
    if (build.build < SERVER_2019_BUILD) return fail(`${buildText(build)}: older than Windows Server 2019.`, fixes.windowsBuild);
    return pass(`${buildText(build)}.`);
  });
}

/** A probe's value, why it could not be read, or undefined when it did not run. */
type Read<T> = T | { error: string } | undefined;
type HotFix = 'installed' | 'missing';
function readHotFix(outcome: ProbeOutcome | undefined): Read<HotFix> {
  if (outcome === undefined) return undefined;
  if (!outcome.ok) return { error: outcome.error };
  const value = outcome.stdout.trim().toLowerCase();
  return value === 'installed' || value === 'missing' ? value : { error: `Get-HotFix printed ${brief(outcome.stdout, 100)}` };
}

function readBuildOutcome(outcome: ProbeOutcome | undefined): Read<WindowsBuild> {
  if (outcome === undefined) return undefined;
  if (!outcome.ok) return { error: outcome.error };
  return parseBuildOutput(outcome.stdout) ?? { error: `not a Windows build number: ${brief(outcome.stdout, 100)}` };
}

const readable = <T>(value: Read<T>): T | undefined => (value !== undefined && !(typeof value === 'object' && value !== null && 'error' in value) ? value : undefined);

/**
 * Overlay on Windows Server 2019 needs KB4489899 (17763.379). The build's revision is the stronger evidence:
 * cumulative updates raise it, while Get-HotFix often lists only the latest one, so a later update hides the KB.
 */
export function kb4489899Check({ probes, plugin, targetLabel }: PreflightFacts): Verdict {
  const name = plugin.trim().toLowerCase();
  if (name === 'bridge') return skip('not needed for bridge');
  if (name !== 'vxlan') return skip(`Cni.Plugin.Name is "${brief(plugin, 40)}", neither vxlan nor bridge: the node config step reports it.`);
  const build = readBuildOutcome(probes.windowsBuild);
  const hotFix = readHotFix(probes.hotFix);
  const known = readable(build);
  const support = known ? overlaySupport(known) : undefined;
  if (known && support === 'yes') {
    return pass(known.build > SERVER_2019_BUILD ? `${buildText(known)} has overlay support built in.` : `${buildText(known)} includes KB4489899 (17763.${KB4489899_REVISION} or later).`);
  }
  if (hotFix === 'installed') return pass('Get-HotFix lists KB4489899.');
  if (known && known.build < SERVER_2019_BUILD) return fail(`${buildText(known)}: overlay needs Windows Server 2019 or later.`, fixes.overlayNeeds2019);
  if (known && support === 'needs-update') return fail(`${buildText(known)} is older than 17763.${KB4489899_REVISION}: KB4489899 is not installed.`, fixes.kb4489899);
  const errors = [build, hotFix].flatMap((value) => (typeof value === 'object' && 'error' in value ? [value.error] : []));
  if (errors.length > 0) return warn(`could not check: ${brief([...new Set(errors)].join('; '))}`, rerun('Get-HotFix -Id KB4489899', targetLabel));
  if (hotFix === 'missing') {
    const revision = known ? `the revision of ${buildText(known)} is unknown` : 'the build was not checked';
    return warn(`Get-HotFix does not list KB4489899 and ${revision}.`, fixes.kb4489899);
  }
  return skip('not checked: neither the build nor the hotfix probe ran');
}

export function containersFeatureCheck({ probes, targetLabel }: PreflightFacts): Verdict {
  const gate = { unknown: 'warn' as const, fix: rerun('Get-WindowsFeature -Name Containers', targetLabel) };
  return fromProbe(probes.containersFeature, gate, (stdout) => {
    const state = stdout.trim();
    const detail = `the Containers feature is ${state === '' ? 'unknown to Get-WindowsFeature' : brief(state, 60)}.`;
    if (state.toLowerCase() === 'installed') return pass(detail);
    if (state.toLowerCase() === 'available') return warn(`${detail.slice(0, -1)} (not installed yet).`, fixes.containersAvailable);
    if (/pending$/i.test(state)) return fail(detail, fixes.containersPending);
    return fail(detail, fixes.containersOther);
  });
}
