/**
 * The Windows DaemonSets as the job will apply them, rendered here from the session's cluster detection and the IP
 * plan with the same pure function the job runs, so the operator sees every substitution and a line diff of each
 * file before deploying. The job reads the cluster again when it runs; these are the values as last detected.
 */
import type { JobResult } from '../../../../shared/jobs/job-types.js';
import { unifiedLineDiff } from '../../../../shared/flannel/line-diff.js';
import {
  HOSTPROCESS_FILES,
  HostProcessManifestError,
  renderHostProcessManifests,
  type HostProcessSources,
  type HostProcessValues,
  type ManifestChange,
} from '../../../../shared/modern-join/hostprocess-manifests.js';
import { HostProcessValuesError } from '../../../../shared/modern-join/hostprocess-values.js';
import { hostProcessFiles, type HostProcessFile } from './hostprocess-manifests.js';

/** What the detection read from the cluster and the render needs. */
export type DetectedValues = Pick<Extract<JobResult, { kind: 'detectCluster' }>, 'kubernetesVersion' | 'flannelVersion' | 'apiServerHost' | 'apiServerPort'>;

/** The port the job assumes when the detection did not read one. */
export const DEFAULT_API_SERVER_PORT = 6443;

export type ValuesResult = { ok: true; values: HostProcessValues } | { ok: false; reason: string };

/**
 * The values the job derives from its own read of the cluster (deploy-windows-daemonsets.ts): kube-proxy's tag is
 * the cluster's version without a distribution suffix (`v1.29.6+k3s1` → `v1.29.6`), a missing port is 6443, the
 * service range is the IP plan's. Without a Linux flannel there is nothing to match, as the job says too.
 */
export function hostProcessValuesFrom(cluster: DetectedValues, serviceCidr: string): ValuesResult {
  if (!cluster.flannelVersion) {
    return { ok: false, reason: 'The detection found no Linux flannel on the cluster: configure the control plane (above) first, then detect the cluster again.' };
  }
  const kubeProxyVersion = /^v\d+\.\d+\.\d+/.exec(cluster.kubernetesVersion)?.[0] ?? cluster.kubernetesVersion;
  return {
    ok: true,
    values: {
      flannelVersion: cluster.flannelVersion,
      kubeProxyVersion,
      apiServerHost: cluster.apiServerHost ?? '',
      apiServerPort: cluster.apiServerPort ?? DEFAULT_API_SERVER_PORT,
      serviceSubnet: serviceCidr.trim(),
    },
  };
}

/** Where each value comes from, so a bad one names what to fix. */
export const valueSources: Record<keyof HostProcessValues, string> = {
  flannelVersion: 'Flannel version (detected from the cluster)',
  kubeProxyVersion: 'Kubernetes version (detected from the cluster)',
  apiServerHost: 'API server address (detected from the cluster)',
  apiServerPort: 'API server port (detected from the cluster)',
  serviceSubnet: 'Service CIDR (step 1, IP plan)',
};

const labelOf = (field: string) => (field in valueSources ? valueSources[field as keyof HostProcessValues] : field);

export interface PreviewFile {
  file: HostProcessFile;
  /** `flannel-overlay.yml` */
  name: string;
  text: string;
  /** Unified diff against the opened file; empty when the render changed nothing. */
  diff: string;
}

export type DaemonSetsPreview =
  | { ok: true; files: PreviewFile[]; changes: ManifestChange[]; warnings: string[] }
  | { ok: false; title: string; issues: Array<{ field: string | undefined; label: string | undefined; message: string }> };

const fileOfName = new Map<string, HostProcessFile>(hostProcessFiles.map((file) => [HOSTPROCESS_FILES[file], file]));

/** The rendered files with their diffs, or why the render refuses (each bad value with its field). */
export function previewDaemonSets(values: HostProcessValues, sources: HostProcessSources): DaemonSetsPreview {
  try {
    const rendered = renderHostProcessManifests(values, sources);
    const files = rendered.files.flatMap((rendered): PreviewFile[] => {
      const file = fileOfName.get(rendered.name);
      if (!file) return [];
      const diff = unifiedLineDiff(sources[file], rendered.text, { oldName: `a/${rendered.name}`, newName: `b/${rendered.name}` });
      return [{ file, name: rendered.name, text: rendered.text, diff }];
    });
    return { ok: true, files, changes: rendered.changes, warnings: rendered.warnings };
  } catch (error) {
    if (error instanceof HostProcessValuesError) {
      return {
        ok: false,
        title: 'These values cannot go into the manifests',
        issues: error.issues.map((issue) => ({ field: issue.field, label: labelOf(issue.field), message: issue.message })),
      };
    }
    if (error instanceof HostProcessManifestError) {
      return { ok: false, title: 'These files cannot be rendered', issues: [{ field: undefined, label: undefined, message: error.message }] };
    }
    return { ok: false, title: 'The preview failed', issues: [{ field: undefined, label: undefined, message: error instanceof Error ? error.message : String(error) }] };
  }
}

/** One line per substitution, for copying: `flannel-overlay.yml  <path>: <from> → <to>`. */
export function changesText(changes: readonly ManifestChange[]): string {
  return changes.map((change) => `${change.file}  ${change.path}: ${change.from} → ${change.to}\n`).join('');
}
