import { create } from 'zustand';
import { HOSTPROCESS_FILES, type HostProcessSources } from '../../../../shared/modern-join/hostprocess-manifests.js';

export type HostProcessFile = keyof HostProcessSources;

/** In the order the job applies them (the RBAC first). */
export const hostProcessFiles: readonly HostProcessFile[] = ['rbac', 'flannelOverlay', 'kubeProxy'];

const repository = 'https://raw.githubusercontent.com/kubernetes-sigs/sig-windows-tools';
const OVERLAY_COMMIT = '03f99247553f24c94c4a50562ad461e28306d3ac';
const RBAC_COMMIT = '6eb6a72d4a1995e13553259597cf97384e28498b';

/** Where each file is published: the last commits that had them (hostprocess/flannel was removed in 2025). */
export const hostProcessSourceUrls: Record<HostProcessFile, string> = {
  rbac: `${repository}/${RBAC_COMMIT}/hostprocess/flannel/flanneld/kube-flannel-rbac.yml`,
  flannelOverlay: `${repository}/${OVERLAY_COMMIT}/hostprocess/flannel/flanneld/flannel-overlay.yml`,
  kubeProxy: `${repository}/${OVERLAY_COMMIT}/hostprocess/flannel/kube-proxy/kube-proxy.yml`,
};

/** The job refuses larger files; the published ones are a few kB. */
export const MAX_MANIFEST_BYTES = 512 * 1024;

export interface LoadedManifest {
  fileName: string;
  text: string;
}

export type LoadedManifests = Partial<Record<HostProcessFile, LoadedManifest>>;

/** The three files as the job takes them, or undefined while one is missing. */
export function hostProcessSources(loaded: LoadedManifests): HostProcessSources | undefined {
  const [rbac, flannelOverlay, kubeProxy] = hostProcessFiles.map((file) => loaded[file]?.text);
  return rbac && flannelOverlay && kubeProxy ? { rbac, flannelOverlay, kubeProxy } : undefined;
}

/** "Open kube-proxy.yml", one line per file still missing, for "Before it can run". */
export function missingManifests(loaded: LoadedManifests): string[] {
  return hostProcessFiles.filter((file) => !loaded[file]?.text).map((file) => `Open ${HOSTPROCESS_FILES[file]} (sig-windows-tools’ HostProcess manifest).`);
}

/** Why a chosen file cannot be used, or undefined. */
export function manifestFileProblem(file: HostProcessFile, name: string, size: number): string | undefined {
  if (size > MAX_MANIFEST_BYTES) return `${name} is ${Math.ceil(size / 1024)} kB; ${HOSTPROCESS_FILES[file]} is a few kB. Choose the manifest itself.`;
  if (size === 0) return `${name} is empty.`;
  return undefined;
}

/**
 * The three manifests opened this session. The plan has no place for them, so they are read again after a
 * restart (they are public files, nothing secret).
 */
interface HostProcessManifestsState {
  loaded: LoadedManifests;
  setManifest(file: HostProcessFile, manifest: LoadedManifest): void;
}

export const useHostProcessManifests = create<HostProcessManifestsState>()((set) => ({
  loaded: {},
  setManifest: (file, manifest) => set((state) => ({ loaded: { ...state.loaded, [file]: manifest } })),
}));
