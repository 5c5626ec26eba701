import { z } from 'zod';
import { sshProfileSchema } from '../ssh/ssh-profile-schema.js';

/** Every state a job can be in; `interrupted` marks a job whose host process died while it ran. */
export const jobStates = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'interrupted'] as const;
export const jobStateSchema = z.enum(jobStates);
export type JobState = z.infer<typeof jobStateSchema>;

export const finishedJobStates: readonly JobState[] = ['succeeded', 'failed', 'cancelled', 'interrupted'];

export function isFinished(state: JobState): boolean {
  return finishedJobStates.includes(state);
}

export const jobStepSchema = z.object({
  name: z.string(),
  state: z.enum(['pending', 'running', 'succeeded', 'failed', 'skipped']),
});
export type JobStep = z.infer<typeof jobStepSchema>;

export const jobSummarySchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  state: jobStateSchema,
  steps: z.array(jobStepSchema),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  /** Why the job failed, was cancelled or was interrupted, in words an operator can act on. */
  message: z.string().optional(),
  logLines: z.number().int(),
  logFile: z.string(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

export const logStreamSchema = z.enum(['stdout', 'stderr', 'info']);
export type LogStream = z.infer<typeof logStreamSchema>;

export const logLineSchema = z.object({
  /** 1-based position in the job's log, so a viewer can detect gaps and order batches. */
  seq: z.number().int(),
  stream: logStreamSchema,
  text: z.string(),
  time: z.string(),
});
export type LogLine = z.infer<typeof logLineSchema>;

/** What `jobs.start` accepts: one variant per job kind, each with its own parameters. */
export const jobRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('localMachineCheck') }),
  z.strictObject({
    kind: z.literal('configureControlPlane'),
    connection: sshProfileSchema,
    /** The validated IP plan's ranges; the job compares them with the cluster before changing anything. */
    plan: z.strictObject({ clusterCidr: z.string().max(64), serviceCidr: z.string().max(64), dnsIp: z.string().max(64) }),
    /** The operator's kube-flannel.yml as given; the job patches it itself, the same way the step previews it. */
    manifest: z.string().min(1).max(2 * 1024 * 1024),
    verifyTimeoutSeconds: z.number().int().min(5).max(3600).optional(),
  }),
  /** `kubeadm token create --print-join-command` on the control plane: a fresh token and the CA hash. */
  z.strictObject({ kind: z.literal('fetchJoinCredentials'), connection: sshProfileSchema }),
  /** After join: `kubectl get nodes -o json` over SSH until the node is Ready, with a visible deadline. */
  z.strictObject({
    kind: z.literal('verifyNode'),
    connection: sshProfileSchema,
    nodeName: z.string().trim().min(1).max(253),
    timeoutSeconds: z.number().int().min(5).max(3600).optional(),
  }),
]);

/**
 * What a finished job hands back to the one who asked, by `jobs.result`. Kept in memory only: it may hold
 * secrets, so it is never part of a job's summary, its events or its files.
 */
export const jobResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fetchJoinCredentials'), apiServer: z.string(), ipAddress: z.string(), token: z.string(), caHash: z.string() }),
]);
export type JobResult = z.infer<typeof jobResultSchema>;
export type JobRequest = z.infer<typeof jobRequestSchema>;
export type JobKind = JobRequest['kind'];
