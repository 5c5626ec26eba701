import { describe, expect, it } from 'vitest';
import { kubeClusterErrorCodes, type KubeClusterErrorCode, type KubeClusterMode } from './kubecluster-events.js';
import { KubeClusterOutputParser, verdictFromOutput } from './parse-kubecluster-output.js';
import { installExtractFails } from './testing/install-transcripts.js';
import { connected, joinWithKubeadmFailure, kubeadmJoinOk, kubeconfigCopy, kubeletInstalled } from './testing/join-transcripts.js';
import { hnsDownloaded, preamble, throwRecord, writeErrorRecord } from './testing/preamble.js';

const kubeconfigMissing = throwRecord('C:\\ProgramData\\Kubernetes\\config does not exist. Cannot connect to the control-plane node');
const unreachable = (reason: string) => throwRecord(`Unable to connect to the control-plane node. Reason [${reason}]`);
const emptyJson = "Cannot bind argument to parameter 'InputObject' because it is an empty string.";
const copying = [...preamble, kubeconfigCopy[0] ?? ''];
const afterJoin = [...preamble, ...connected, ...kubeletInstalled, ...kubeadmJoinOk];
const stackTrace = 'To see the stack trace of this error execute with --v=5 or higher';

interface Row {
  name: string;
  mode: KubeClusterMode;
  lines: readonly string[];
  exitCode: number;
  code: KubeClusterErrorCode;
  /** A word the verdict's message or fix must contain: proof the root cause, not a summary, was chosen. */
  says?: RegExp;
}

// Realistic excerpts: the exact messages of kubecluster-messages.md §5–§8, kubeadm-outputs.md §3.1/§4 and
// kubectl-outputs.md §7, inside the PowerShell error-record frame they are printed with.
const rows: Row[] = [
  { name: 'kubeadm preflight: not administrator', mode: 'join', exitCode: 0, code: 'NOT_ADMINISTRATOR', lines: joinWithKubeadmFailure(['error execution phase preflight: [preflight] Some fatal errors occurred:', '\t[ERROR IsPrivilegedUser]: user is not running as administrator', "[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`", stackTrace]) },
  // PowerShell's own refusal when a script requires elevation (PowerShell text, not in the transcripts).
  { name: 'PowerShell refuses to run unelevated', mode: 'install', exitCode: 1, code: 'NOT_ADMINISTRATOR', lines: ['The script \'KubeCluster.ps1\' cannot be run because it contains a "#requires" statement for running as Administrator. The current Windows PowerShell session is not running as Administrator. Start Windows PowerShell by using the Run as Administrator option, and then try running the script again.'] },
  { name: 'no Kubernetes section', mode: 'join', exitCode: 1, code: 'CONFIG_INVALID', lines: [hnsDownloaded, ...throwRecord('Kubernetes information missing in the configuration file')] },
  { name: 'no ControlPlane section (2019-06 schema)', mode: 'install', exitCode: 1, code: 'CONFIG_INVALID', says: /Kubernetes\.Master/, lines: [hnsDownloaded, ...throwRecord('Control-plane node information missing in the configuration file')] },
  { name: 'unsupported CNI', mode: 'join', exitCode: 1, code: 'CONFIG_INVALID', says: /flannel/, lines: [hnsDownloaded, ...throwRecord('calico not yet supported')] },
  { name: 'unsupported plugin', mode: 'join', exitCode: 1, code: 'CONFIG_INVALID', says: /vxlan or bridge/, lines: [hnsDownloaded, ...throwRecord('l2tunnel is not yet supported')] },
  { name: 'unsupported CRI', mode: 'install', exitCode: 1, code: 'CONFIG_INVALID', says: /dockerd/, lines: [hnsDownloaded, ...throwRecord('containerd is not yet supported')] },
  { name: 'missing adapter', mode: 'join', exitCode: 1, code: 'INTERFACE_NOT_FOUND', says: /Ethernet0/, lines: [hnsDownloaded, ...throwRecord("Ethernet0 doesn't exist")] },
  { name: 'missing adapter stops a reset too', mode: 'reset', exitCode: 1, code: 'INTERFACE_NOT_FOUND', lines: [hnsDownloaded, ...throwRecord("Ethernet doesn't exist")] },
  {
    name: 'hns.psm1 download over TLS 1.0',
    mode: 'install',
    exitCode: 1,
    code: 'DOWNLOAD_FAILED',
    says: /hns\.psm1/,
    lines: [...writeErrorRecord('DownloadFile', 'Failed to download https://raw.githubusercontent.com/Microsoft/SDN/master/Kubernetes/windows/hns.psm1'), ...throwRecord('Exception calling "DownloadFile" with "2" argument(s): "The request was aborted: Could not create SSL/TLS secure channel."')],
  },
  { name: 'tar fails, exit 0', mode: 'install', exitCode: 0, code: 'EXTRACT_FAILED', lines: installExtractFails },
  { name: 'Docker does not start', mode: 'install', exitCode: 1, code: 'DOCKER_UNAVAILABLE', says: /restart the node/, lines: [...preamble, ...throwRecord("Start-Service : Failed to start service 'Docker Engine (docker)'.")] },
  { name: 'image for another Windows build', mode: 'install', exitCode: 1, code: 'IMAGE_PULL_FAILED', says: /no matching manifest/, lines: [...preamble, '1809: Pulling from windows/nanoserver', 'Error response from daemon: no matching manifest for windows/amd64 10.0.14393 in the manifest list entries', ...throwRecord('Failed to pull mcr.microsoft.com/windows/nanoserver:1809')] },
  { name: 'prompt in a non-interactive session', mode: 'install', exitCode: 1, code: 'PROMPT_NOT_AVAILABLE', says: /-force/, lines: [...preamble, ...writeErrorRecord('Read-Host', 'Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.')] },
  { name: 'kubectl not on PATH (shell older than -install)', mode: 'join', exitCode: 1, code: 'STALE_SHELL_ENVIRONMENT', says: /new PowerShell session/, lines: [...preamble, connected[0] ?? '', ...unreachable("The term 'kubectl.exe' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.")] },
  { name: 'KUBECONFIG unset: kubectl falls back to localhost:8080', mode: 'join', exitCode: 1, code: 'STALE_SHELL_ENVIRONMENT', lines: [...preamble, connected[0] ?? '', 'Unable to connect to the server: dial tcp [::1]:8080: connectex: No connection could be made because the target machine actively refused it.', ...unreachable(emptyJson)] },
  { name: 'authorized_keys lacks the node key', mode: 'join', exitCode: 1, code: 'KUBECONFIG_COPY_FAILED', says: /authorized_keys/, lines: [...copying, 'ubuntu@10.0.0.4: Permission denied (publickey,password).', ...kubeconfigMissing] },
  { name: 'unknown host key', mode: 'join', exitCode: 1, code: 'KUBECONFIG_COPY_FAILED', says: /ssh-keygen -R/, lines: [...copying, 'Host key verification failed.', ...kubeconfigMissing] },
  { name: 'SSH port closed', mode: 'join', exitCode: 1, code: 'KUBECONFIG_COPY_FAILED', says: /sshd/, lines: [...copying, 'ssh: connect to host 10.0.0.4 port 22: Connection timed out', ...kubeconfigMissing] },
  { name: 'no ~/.kube/config on the control plane', mode: 'join', exitCode: 1, code: 'KUBECONFIG_COPY_FAILED', says: /admin\.conf/, lines: [...copying, 'scp: .kube/config: No such file or directory', ...kubeconfigMissing] },
  { name: 'kubeconfig of an earlier cluster', mode: 'join', exitCode: 1, code: 'KUBECONFIG_CA_MISMATCH', lines: [...preamble, connected[0] ?? '', 'Unable to connect to the server: x509: certificate signed by unknown authority', ...unreachable(emptyJson)] },
  { name: 'API server refuses', mode: 'join', exitCode: 1, code: 'CONTROL_PLANE_UNREACHABLE', says: /6443/, lines: [...preamble, connected[0] ?? '', 'Unable to connect to the server: dial tcp 10.0.0.4:6443: connectex: No connection could be made because the target machine actively refused it.', ...unreachable(emptyJson)] },
  {
    name: 'expired token, exit 0',
    mode: 'join',
    exitCode: 0,
    code: 'KUBEADM_JOIN_FAILED',
    says: /token create/,
    lines: joinWithKubeadmFailure([
      '[discovery] Failed to connect to API Server "10.0.0.4:6443": token id "abcdef" is invalid for this cluster or it has expired. Use "kubeadm token create" on the control-plane node to create a new valid token',
      '[discovery] Failed to connect to API Server "10.0.0.4:6443": token id "abcdef" is invalid for this cluster or it has expired. Use "kubeadm token create" on the control-plane node to create a new valid token',
    ]),
  },
  { name: 'API server identity, exit 0', mode: 'join', exitCode: 0, code: 'KUBEADM_JOIN_FAILED', says: /6443/, lines: joinWithKubeadmFailure(['error execution phase preflight: couldn\'t validate the identity of the API Server: Get "https://10.0.0.4:6443/api/v1/namespaces/kube-public/configmaps/cluster-info?timeout=10s": dial tcp 10.0.0.4:6443: connectex: No connection could be made because the target machine actively refused it.', stackTrace]) },
  { name: 'Windows preflight error, exit 0', mode: 'join', exitCode: 0, code: 'KUBEADM_JOIN_FAILED', says: /overlay2/, lines: joinWithKubeadmFailure(['error execution phase preflight: [preflight] Some fatal errors occurred:', '\t[ERROR SystemVerification]: unsupported graph driver: overlay2', stackTrace]) },
  { name: 'node never registers', mode: 'join', exitCode: 1, code: 'KUBELET_BOOTSTRAP_FAILED', lines: [...afterJoin, 'Error from server (NotFound): nodes "win-h2a5c8d1f3g" not found', ...throwRecord('Kubelet failed to bootstrap')] },
  { name: 'flanneld keeps stopping', mode: 'join', exitCode: 1, code: 'SERVICE_START_FAILED', says: /flanneldsvc\.log/, lines: [...afterJoin, 'Waiting for service [FlannelD] to be running', 'Waiting for service [FlannelD] to be running', ...throwRecord('Service [FlannelD] failed to stay in Running state in 30 seconds')] },
  { name: 'kube-proxy service missing', mode: 'join', exitCode: 1, code: 'SERVICE_START_FAILED', lines: [...afterJoin, 'Installing Kubeproxy Service', ...throwRecord('Kubeproxy service not installed')] },
  { name: 'flanneld never creates vxlan0', mode: 'join', exitCode: 1, code: 'HNS_NETWORK_FAILED', says: /MAC address spoofing/, lines: [...afterJoin, 'Waiting for the Network (vxlan0) to be created by flanneld', 'Waiting for the Network (vxlan0) to be created by flanneld', ...throwRecord('Fail to create the network[(vxlan0)] in 60 seconds')] },
];

describe('KubeCluster.ps1 failures', () => {
  it.each(rows)('$name → $code', ({ mode, lines, exitCode, code, says }) => {
    const parser = new KubeClusterOutputParser(mode);
    const events = lines.flatMap((line) => parser.feed(line));
    expect(events.filter((event) => event.type === 'error').map((event) => event.code)).toContain(code);
    const verdict = verdictFromOutput(mode, lines, exitCode);
    expect(verdict).toMatchObject({ type: 'verdict', outcome: 'failure', code });
    expect(verdict.fix?.length).toBeGreaterThan(20);
    if (says) expect(`${verdict.message} ${verdict.fix ?? ''}`).toMatch(says);
  });

  it('covers every error code with an excerpt', () => {
    expect(new Set(rows.map((row) => row.code))).toEqual(new Set(kubeClusterErrorCodes));
  });

  it('reports a repeated line (a retry loop) once, and never re-matches the error-record frame', () => {
    const parser = new KubeClusterOutputParser('join');
    const errors = rows.find((row) => row.name === 'expired token, exit 0')?.lines.flatMap((line) => parser.feed(line)).filter((event) => event.type === 'error');
    expect(errors?.map((event) => event.code)).toEqual(['KUBEADM_JOIN_FAILED', 'KUBEADM_JOIN_FAILED']);
  });
});
