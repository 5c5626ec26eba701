/**
 * Whether a kubeadm folder on the node is one the app can run: what `kubeadmFolderProbe` printed, read into a
 * verdict. Each problem is a sentence that ends with what to do, since the operator chose this folder by hand.
 */
import { KUBEADM_FOLDER_FILES, SIG_WINDOWS_TOOLS_COMMIT } from '../powershell/kubecluster-commands.js';
import { isRecord, jsonList, jsonText, parseJsonOutput } from '../preflight/json-output.js';

export type KubeadmFolderVerdict = { ok: true; sha256: string } | { ok: false; problems: string[] };

/** The parameters the app passes to KubeCluster.ps1 (-ConfigFile, a mode, -force). */
export const REQUIRED_KUBECLUSTER_PARAMETERS = ['ConfigFile', 'install', 'join', 'reset', 'force'] as const;

const notPinned = `the folder is not sig-windows-tools' kubeadm folder at ${SIG_WINDOWS_TOOLS_COMMIT.slice(0, 7)}; choose 'download'.`;

const textList = (value: unknown) => jsonList(value).flatMap((item) => {
  const text = jsonText(item);
  return text === undefined ? [] : [text];
});

function fileProblems(files: unknown): string[] {
  const sizes = isRecord(files) ? files : {};
  return KUBEADM_FOLDER_FILES.flatMap((name) => {
    const size = sizes[name];
    if (size === null || size === undefined) return [`${name} is missing: ${notPinned}`];
    if (typeof size !== 'number') return [`${name}'s size could not be read: ${notPinned}`];
    return size === 0 ? [`${name} is empty: ${notPinned}`] : [];
  });
}

export function evaluateKubeadmFolder(stdout: string): KubeadmFolderVerdict {
  const json = parseJsonOutput(stdout);
  if (!isRecord(json) || !isRecord(json.files)) {
    const shown = stdout.replace(/\s+/g, ' ').trim().slice(0, 160) || '(nothing)';
    return { ok: false, problems: [`The folder check printed something other than its JSON (${shown}): run it again; if it stays, ${notPinned}`] };
  }
  const problems = fileProblems(json.files);
  const scriptPresent = typeof json.files['KubeCluster.ps1'] === 'number' && json.files['KubeCluster.ps1'] > 0;
  if (scriptPresent) {
    // Windows PowerShell writes a null for "no errors" in some versions; only real messages count.
    const messages = textList(json.parseErrors).map((message) => message.trim());
    if (messages.length > 0) {
      // A damaged file can have hundreds; the first few say enough.
      const more = messages.length > 3 ? ` and ${messages.length - 3} more` : '';
      problems.push(`KubeCluster.ps1 does not parse (${messages.slice(0, 3).join('; ')}${more}): ${notPinned}`);
    }
    const declared = new Set(textList(json.parameters).map((name) => name.toLowerCase()));
    for (const name of REQUIRED_KUBECLUSTER_PARAMETERS) {
      if (!declared.has(name.toLowerCase())) problems.push(`KubeCluster.ps1 has no -${name} parameter: ${notPinned}`);
    }
  }
  const sha256 = jsonText(json.sha256);
  if (problems.length === 0 && (sha256 === undefined || !/^[0-9A-Fa-f]{64}$/.test(sha256))) {
    problems.push(`KubeCluster.ps1's SHA-256 could not be read: run the check again; if it stays, ${notPinned}`);
  }
  return problems.length === 0 && sha256 !== undefined ? { ok: true, sha256 } : { ok: false, problems };
}
