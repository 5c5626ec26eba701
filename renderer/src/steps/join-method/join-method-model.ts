import type { JobResult } from '../../../../shared/jobs/job-types.js';
import { recommendJoinMethod } from '../../../../shared/modern-join/cluster-version.js';
import { parseClusterKubeVersion, parseExactKubeVersion } from '../../../../shared/modern-join/kube-version.js';
import { defaultJoinMethod, type JoinMethodDraft, type Plan } from '../../../../shared/plan/plan-schema.js';

export type JoinMethod = JoinMethodDraft['method'];
export type DetectedCluster = Extract<JobResult, { kind: 'detectCluster' }>;

export const joinMethods: readonly JoinMethod[] = ['kubecluster', 'kubeadm'];

/** The choice as the radio buttons name it. */
export const joinMethodLabels: Record<JoinMethod, string> = {
  kubecluster: 'KubeCluster.ps1 (Docker, ≤ 1.23)',
  kubeadm: 'containerd + kubeadm (≥ 1.23)',
};

/** The method in running text. */
export const joinMethodNames: Record<JoinMethod, string> = { kubecluster: 'KubeCluster.ps1', kubeadm: 'containerd + kubeadm' };

/** The plan's join method, or the default for a plan saved before the choice existed. */
export function joinMethodOf(plan: Plan): JoinMethodDraft {
  return (plan as Partial<Plan>).joinMethod ?? defaultJoinMethod();
}

/** Why the typed Kubernetes version cannot be used, or undefined (an empty field is not an error here: it is a blocker where it is needed). */
export function kubernetesVersionError(text: string): string | undefined {
  if (text.trim() === '' || parseExactKubeVersion(text)) return undefined;
  return 'A version such as v1.29.6: major.minor.patch, without a suffix such as +k3s1 (PrepareNode.ps1 takes only this form).';
}

export function containerdVersionError(text: string): string | undefined {
  if (text.trim() === '') return 'Enter the containerd version to install, e.g. 1.7.1 (the guide’s).';
  return parseExactKubeVersion(text) ? undefined : 'A version such as 1.7.1: major.minor.patch.';
}

/** `v1.29.6` for PrepareNode.ps1 and kubeadm, or undefined while the field holds none. */
export function kubernetesVersionOf(text: string): string | undefined {
  return parseExactKubeVersion(text)?.text;
}

/** `1.7.1`, as Install-Containerd.ps1 -ContainerDVersion takes it (no `v`). */
export function containerdVersionOf(text: string): string | undefined {
  return parseExactKubeVersion(text)?.text.slice(1);
}

export interface MethodAdvice {
  /** The version the advice is for, `v1.29.6`. */
  version: string;
  method: JoinMethod;
  allowed: readonly JoinMethod[];
  reason: string;
}

/** Which method fits the version in the field, or undefined while it holds no version. */
export function adviceFor(versionText: string): MethodAdvice | undefined {
  const version = parseExactKubeVersion(versionText);
  if (!version) return undefined;
  const recommendation = recommendJoinMethod(version.text);
  return { version: version.text, method: recommendation.method, allowed: recommendation.allowed, reason: recommendation.reason };
}

/** Why a method cannot be chosen for the version in the field, or undefined when it can. */
export function disabledReason(method: JoinMethod, advice: MethodAdvice | undefined): string | undefined {
  return advice && !advice.allowed.includes(method) ? advice.reason : undefined;
}

/** "root@10.0.0.4, 2025-06-01 10:00 UTC": where and when the version was read, as the plan keeps it. */
export function detectionSource(connection: { username: string; host: string }, at: Date): string {
  return `${connection.username}@${connection.host}, ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * What a detection changes in the plan: the cluster's version (build suffixes such as +k3s1 dropped) and the
 * recommended method. A version that cannot be read leaves the plan as it was; the panel says so.
 */
export function applyDetection(draft: JoinMethodDraft, detected: Pick<DetectedCluster, 'kubernetesVersion'>, source: string): JoinMethodDraft {
  const version = parseClusterKubeVersion(detected.kubernetesVersion);
  if (!version) return draft;
  const advice = adviceFor(version.text);
  return { ...draft, kubernetesVersion: version.text, method: advice?.method ?? draft.method, detectedFrom: source };
}

/** A typed version is no longer the detected one, so where it came from is forgotten. */
export function editKubernetesVersion(draft: JoinMethodDraft, value: string): JoinMethodDraft {
  return { ...draft, kubernetesVersion: value, detectedFrom: value === draft.kubernetesVersion ? draft.detectedFrom : '' };
}
