/**
 * Test data, not code: KubeCluster.ps1 output assembled from the exact strings in
 * mission/data/transcripts/kubecluster-messages.md (§1 preamble, shared by every mode), with the layout of
 * the real microsoft/SDN transcript it quotes (md blocks, PrintConfig). Sample values: BaseDir
 * C:\ProgramData\Kubernetes, control plane 10.0.0.4, adapter Ethernet, node WIN-H2A5C8D1F3G.
 */
export const baseDir = 'C:\\ProgramData\\Kubernetes';

export const hnsDownloaded = 'Downloaded [https://raw.githubusercontent.com/Microsoft/SDN/master/Kubernetes/windows/hns.psm1] => [C:\\k\\hns.psm1]';
export const hnsAlreadyThere = '[DownloadFile] File C:\\k\\hns.psm1 already exists.';

/** §1.2: Import-Module's warning about hns.psm1 (noise: it never means anything is wrong). */
export const unapprovedVerbs =
  "WARNING: The names of some imported commands from the module 'hns' include unapproved verbs that might make them less discoverable. To find the commands with unapproved verbs, run the Import-Module command again with the Verbose parameter. For a list of approved verbs, type Get-Verb.";

/** §1.4: what PowerShell's `md` prints for a new directory. */
export function mdBlock(parent: string, name: string): string[] {
  return ['', '', `    Directory: ${parent}`, '', '', 'Mode                LastWriteTime         Length Name', '----                -------------         ------ ----', `d-----        4/16/2019  10:58 PM                ${name}`, ''];
}

/** §1.5: PrintConfig, 44 `#`, `User Input ` with its trailing space. */
export const printConfig = [
  '############################################',
  'User Input ',
  `Destination       : ${baseDir}`,
  'Master            : 10.0.0.4',
  'InterfaceName     : Ethernet',
  'Cri               : dockerd',
  'Cni               : flannel',
  'NetworkPlugin     : vxlan',
  'Release           : 1.16.2',
  'MasterIp          : 10.0.0.4',
  'ManagementIp      : 10.0.0.6',
  'ManagementSubnet  : 10.0.0.0/24',
  '############################################',
];

export const preamble = [hnsDownloaded, unapprovedVerbs, ...mdBlock(baseDir, 'logs'), ...printConfig];

/** §6: how Windows PowerShell 5.1 renders a `throw` of the script. */
export function throwRecord(message: string, line = 412): string[] {
  return [
    message,
    `At C:\\k\\KubeClusterHelper.psm1:${line} char:9`,
    `+         throw "${message}"`,
    '+         ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
    `    + CategoryInfo          : OperationStopped: (${message.slice(0, 40)}:String) [], RuntimeException`,
    `    + FullyQualifiedErrorId : ${message}`,
    '',
  ];
}

/** §6: a Write-Error from a helper function: `<FunctionName> : <message>` and the same frame. */
export function writeErrorRecord(fn: string, message: string): string[] {
  return [
    `${fn} : ${message}`,
    'At C:\\k\\KubeClusterHelper.psm1:88 char:9',
    `+         Write-Error "${message}"`,
    '+         ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
    '    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException',
    `    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,${fn}`,
    '',
  ];
}
