/**
 * The two sig-windows-tools scripts of the containerd flow, pinned to commits whose text was read (README.md says
 * how). Each URL is pinned to the commit that stored exactly the text hashed here, so a download can be checked
 * byte for byte; `master` moves and has since rewritten both scripts.
 */

/** The newer of the two pins: the commit of `hostprocess/PrepareNode.ps1` below (PR #335, 2023-08-08). */
export const SIG_WINDOWS_TOOLS_MODERN_COMMIT = '30b5f0d0b8b5ebb12b678448f1f651892745c9c8';

/** The guide's HEAD as the data README names it; only its short form is known, so nothing is pinned to it. */
export const SIG_WINDOWS_TOOLS_GUIDE_HEAD = '401ee6fc';

const raw = (commit: string, path: string) => `https://raw.githubusercontent.com/kubernetes-sigs/sig-windows-tools/${commit}/${path}`;

export interface PinnedScript {
  name: 'Install-Containerd.ps1' | 'PrepareNode.ps1';
  path: string;
  commit: string;
  url: string;
  /**
   * Upper-case SHA-256 (what Get-FileHash prints) of the text as read, LF line endings, then the same text with
   * CRLF: the index the text came from may have normalised line endings, and either is this commit's file.
   */
  sha256: readonly [string, string];
  /** Every parameter the builders in modern-commands.ts may pass; a substitute file must declare them all. */
  parameters: readonly string[];
}

const INSTALL_CONTAINERD_COMMIT = '03dbf15c28a0e13fe1caf8a398a73a3f061cfdc3';

export const INSTALL_CONTAINERD: PinnedScript = {
  name: 'Install-Containerd.ps1',
  path: 'hostprocess/Install-Containerd.ps1',
  commit: INSTALL_CONTAINERD_COMMIT,
  url: raw(INSTALL_CONTAINERD_COMMIT, 'hostprocess/Install-Containerd.ps1'),
  sha256: [
    'A963E5130D78688D08F87B4641CA685A2E2ED03A0ACC38863C48E68E2D961A59',
    'E31498A735E1F22111E0C5BA34B23CFC708922DBB5DF9012E5286D750D4652DC',
  ],
  parameters: ['ContainerDVersion', 'crictlVersion', 'skipHypervisorSupportCheck', 'CNIBinPath', 'CNIConfigPath'],
};

export const PREPARE_NODE: PinnedScript = {
  name: 'PrepareNode.ps1',
  path: 'hostprocess/PrepareNode.ps1',
  commit: SIG_WINDOWS_TOOLS_MODERN_COMMIT,
  url: raw(SIG_WINDOWS_TOOLS_MODERN_COMMIT, 'hostprocess/PrepareNode.ps1'),
  sha256: [
    'A89E21D61A8C4B696921C2B43055BB563608B1B9611830791842E3CAD64E866C',
    '8D4750E3C978709CEF7FAF1FEDEDE7D4F454F474804617AA0A0C3885DE16A86D',
  ],
  parameters: ['KubernetesVersion', 'HostnameOverride'],
};

/** In the order they run. */
export const MODERN_SCRIPTS: readonly PinnedScript[] = [INSTALL_CONTAINERD, PREPARE_NODE];

/** The named pipe containerd listens on; PrepareNode.ps1 refuses to run until `//./pipe/containerd-containerd` exists. */
export const CONTAINERD_PIPE = '//./pipe/containerd-containerd';

/** kubeadm's `--cri-socket` for it; kubeadm below 1.25 does not find it by itself on Windows. */
export const CONTAINERD_CRI_SOCKET = 'npipe:////./pipe/containerd-containerd';

/** PrepareNode.ps1 puts kubelet.exe, kubeadm.exe and StartKubelet.ps1 in `$env:SystemDrive\k`. */
export const KUBERNETES_FOLDER = 'k';

/** The Windows service PrepareNode.ps1 registers with nssm, and the firewall rule it adds (TCP 10250). */
export const KUBELET_SERVICE = 'kubelet';
export const KUBELET_FIREWALL_RULE = 'kubelet';
export const KUBELET_PORT = 10_250;

/** Install-Containerd.ps1's defaults, which the flannel DaemonSet's CNI_BIN_PATH / CNI_CONFIG_PATH match. */
export const CNI_BIN_DIR = 'c:/opt/cni/bin';
export const CNI_CONFIG_DIR = 'c:/etc/cni/net.d';
