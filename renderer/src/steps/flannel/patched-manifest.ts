import { patchFlannelManifest, type PatchedManifest } from '../../../../shared/flannel/patch-manifest.js';
import type { FlannelError } from '../../../../shared/flannel/flannel-errors.js';

export type ManifestPreview = { ok: true; patched: PatchedManifest } | { ok: false; errors: FlannelError[] } | undefined;

/**
 * The same patch the job applies, run here so the operator sees exactly what will change. Undefined while no
 * manifest is loaded. The job receives the original text and patches it again itself.
 */
export function previewManifest(manifest: string, manifestName: string, clusterCidr: string): ManifestPreview {
  if (manifest.trim() === '') return undefined;
  const result = patchFlannelManifest(manifest, { clusterCidr: clusterCidr.trim() }, manifestName || 'kube-flannel.yml');
  if (!result.ok) return { ok: false, errors: result.errors };
  const { ok: _ok, ...patched } = result;
  return { ok: true, patched };
}
