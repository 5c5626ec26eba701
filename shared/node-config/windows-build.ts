/**
 * Windows container images must match the host's build for process isolation (the only isolation dockerd on
 * KubeCluster.ps1's nodes uses), and overlay networking needs Windows Server 2019 patched with KB4489899. These
 * helpers turn tags and the operator's build number into comparable numbers.
 */

/** Windows Server 2019 / version 1809: the oldest build KubeCluster.ps1's flow supports. */
export const SERVER_2019_BUILD = 17763;
/** KB4489899 (March 2019) brought Windows Server 2019 to OS build 17763.379, the first with working overlay. */
export const KB4489899_REVISION = 379;

/** Tags Microsoft publishes for nanoserver/servercore, by the OS build they carry. */
const tagBuilds: Readonly<Record<string, number>> = {
  ltsc2016: 14393,
  sac2016: 14393,
  '1607': 14393,
  '1709': 16299,
  '1803': 17134,
  '1809': 17763,
  ltsc2019: 17763,
  '1903': 18362,
  '1909': 18363,
  '2004': 19041,
  '20h2': 19042,
  ltsc2022: 20348,
  ltsc2025: 26100,
};

export interface WindowsBuild {
  build: number;
  /** The update revision (UBR), e.g. 379 in 17763.379, when known. */
  revision?: number;
}

/**
 * Reads what `winver`, `[Environment]::OSVersion` or `cmd /c ver` shows: `17763`, `17763.379`,
 * `10.0.17763.379`. Undefined when it is not a build number.
 */
export function parseWindowsBuild(input: string | number): WindowsBuild | undefined {
  const match = /^(?:10\.0\.)?(\d{5})(?:\.(\d{1,6}))?$/.exec(String(input).trim());
  if (!match?.[1]) return undefined;
  return { build: Number(match[1]), ...(match[2] === undefined ? {} : { revision: Number(match[2]) }) };
}

/** The build an image's tag names (`…/nanoserver:1809` → 17763, `…:10.0.17763.1234` → 17763), if it names one. */
export function imageTagBuild(image: string): number | undefined {
  const withoutDigest = image.split('@')[0] ?? '';
  const lastSegment = withoutDigest.slice(withoutDigest.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  if (colon < 0) return undefined;
  const tag = lastSegment.slice(colon + 1).toLowerCase();
  const numeric = /^10\.0\.(\d{5})/.exec(tag);
  if (numeric?.[1]) return Number(numeric[1]);
  return tagBuilds[tag.split('-')[0] ?? ''];
}

/** A name for a build in messages: `17763 (Windows Server 2019 / 1809)`. */
export function describeBuild(build: number): string {
  const names: Record<number, string> = {
    14393: 'Windows Server 2016',
    17763: 'Windows Server 2019 / 1809',
    20348: 'Windows Server 2022',
    26100: 'Windows Server 2025',
  };
  const name = names[build];
  return name ? `${build} (${name})` : String(build);
}

/** Whether overlay (vxlan) is known to work on this build: 2019 needs KB4489899, later builds have it built in. */
export function overlaySupport(build: WindowsBuild | undefined): 'yes' | 'unknown' | 'needs-update' {
  if (!build || build.build < SERVER_2019_BUILD) return 'unknown';
  if (build.build > SERVER_2019_BUILD) return 'yes';
  if (build.revision === undefined) return 'unknown';
  return build.revision >= KB4489899_REVISION ? 'yes' : 'needs-update';
}
