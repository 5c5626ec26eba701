import { z } from 'zod';

/**
 * The parts of `kubectl get … -o json` the wizard reads. Schemas are loose objects: kubectl adds fields
 * between versions (selfLink, managedFields), and the parsers must take what they need and ignore the rest.
 */
const metadata = z.looseObject({
  name: z.string(),
  namespace: z.string().optional(),
  labels: z.record(z.string(), z.string()).optional(),
});

export const nodeSchema = z.looseObject({
  metadata,
  spec: z.looseObject({ podCIDR: z.string().optional(), podCIDRs: z.array(z.string()).optional() }).optional(),
  status: z
    .looseObject({
      conditions: z.array(z.looseObject({ type: z.string(), status: z.string() })).optional(),
      nodeInfo: z.looseObject({ kubeletVersion: z.string().optional(), operatingSystem: z.string().optional() }).optional(),
    })
    .optional(),
});

export const listSchema = <T extends z.ZodType>(item: T) => z.looseObject({ kind: z.literal('List'), items: z.array(item) });

export const configMapSchema = z.looseObject({
  kind: z.literal('ConfigMap'),
  metadata,
  data: z.record(z.string(), z.string()).optional(),
});

export const serviceSchema = z.looseObject({
  kind: z.literal('Service'),
  metadata,
  spec: z.looseObject({ clusterIP: z.string().optional() }),
});

export const podSchema = z.looseObject({
  metadata,
  spec: z.looseObject({ nodeName: z.string().optional() }).optional(),
  status: z.looseObject({ phase: z.string().optional() }).optional(),
});

export const daemonSetSchema = z.looseObject({
  kind: z.literal('DaemonSet'),
  metadata,
  spec: z.looseObject({
    template: z.looseObject({ spec: z.looseObject({ nodeSelector: z.record(z.string(), z.string()).optional() }) }),
  }),
  status: z
    .looseObject({ desiredNumberScheduled: z.number().optional(), numberReady: z.number().optional() })
    .optional(),
});
