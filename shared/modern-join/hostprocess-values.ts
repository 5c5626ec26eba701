/**
 * The values substituted into the HostProcess manifests, checked before any text is touched. Each problem names
 * its field: these come from the cluster (kubectl) or the operator, and a bad one would otherwise surface only as
 * an image that cannot be pulled or a flannel pod that cannot reach the API server.
 */
import { z } from 'zod';
import { parseIpv4Cidr } from '../ip-plan/ipv4.js';
import { isHost, isPort } from './endpoint.js';

export interface HostProcessValues {
  /** The Linux flannel's version, e.g. `v0.21.5`: the image is `sigwindowstools/flannel:<it>-hostprocess`. */
  flannelVersion: string;
  /** The cluster's version, e.g. `v1.29.6`: the image is `sigwindowstools/kube-proxy:<it>-flannel-hostprocess`. */
  kubeProxyVersion: string;
  /** Where Windows pods reach the API server (not the service VIP, which they cannot reach): IP or DNS name. */
  apiServerHost: string;
  apiServerPort: number;
  /** The cluster's service CIDR, for flannel's SERVICE_SUBNET (the manifest's default is 10.96.0.0/12). */
  serviceSubnet: string;
}

export class HostProcessValuesError extends Error {
  override readonly name = 'HostProcessValuesError';
  constructor(readonly issues: ReadonlyArray<{ field: string; message: string }>) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '));
  }
}

/** An image tag version: `v` and three numbers, as the sigwindowstools images are tagged. */
const imageVersion = (example: string) =>
  z.string().regex(/^v\d{1,3}\.\d{1,3}\.\d{1,4}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a version like ${example}` });

const valuesSchema = z.object({
  flannelVersion: imageVersion('v0.21.5'),
  kubeProxyVersion: imageVersion('v1.29.6'),
  apiServerHost: z.string().refine(isHost, { error: (issue) => `${JSON.stringify(issue.input)} is not an IPv4 or IPv6 address or a DNS name` }),
  apiServerPort: z.number().refine(isPort, { error: (issue) => `${JSON.stringify(issue.input)} is not a TCP port (1–65535)` }),
  serviceSubnet: z.string().refine((value) => parseIpv4Cidr(value).ok, {
    error: (issue) => `${JSON.stringify(issue.input)} is not an IPv4 network like 10.96.0.0/12`,
  }),
});

/** The values as given, or a HostProcessValuesError listing every bad field. */
export function checkHostProcessValues(values: HostProcessValues): HostProcessValues {
  const result = valuesSchema.safeParse(values);
  if (result.success) return result.data;
  throw new HostProcessValuesError(result.error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'values'), message: issue.message })));
}
