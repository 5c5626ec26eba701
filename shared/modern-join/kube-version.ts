/**
 * Kubernetes versions as the containerd flow needs them: `v1.29.6` for the scripts and download URLs, and the
 * minor number for the version gates (--cri-socket below 1.25, the join method by 1.23/1.24).
 */

export interface KubeVersion {
  major: number;
  minor: number;
  patch: number;
  /** `v1.29.6`: what PrepareNode.ps1 and dl.k8s.io expect. */
  text: string;
}

/**
 * Exactly `1.29.6` or `v1.29.6`. PrepareNode.ps1 casts the part after `v` to [version], which a pre-release
 * suffix (`-rc.1`) or a distribution suffix (`+k3s1`) would make fail, so the scripts get only this form.
 */
export function parseExactKubeVersion(value: string): KubeVersion | undefined {
  const match = /^v?(\d{1,3})\.(\d{1,3})\.(\d{1,4})$/.exec(value.trim());
  if (!match) return undefined;
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  return { major, minor, patch, text: `v${major}.${minor}.${patch}` };
}

/**
 * A cluster's reported version, which may carry a build suffix (`v1.27.3-eks-a5565ad`, `v1.29.6+k3s1`) or lack
 * the patch (`1.23`): the numbers that matter for the gates. The suffix is dropped from `text`.
 */
export function parseClusterKubeVersion(value: string): KubeVersion | undefined {
  const match = /^v?(\d{1,3})\.(\d{1,3})(?:\.(\d{1,4}))?(?:[-+][0-9A-Za-z.+-]+)?$/.exec(value.trim());
  if (!match) return undefined;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const patch = Number(match[3] ?? 0);
  return { major, minor, patch, text: `v${major}.${minor}.${patch}` };
}

/** Negative, zero or positive as `version` is below, at or above `major.minor` (the patch is ignored). */
export function compareMinor(version: KubeVersion, major: number, minor: number): number {
  return version.major !== major ? version.major - major : version.minor - minor;
}
