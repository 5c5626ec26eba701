import { overlapOf, parseIpv4Cidr } from '../ip-plan/ipv4.js';
import { fieldValue } from './field-paths.js';
import {
  caHashRule,
  cidrRule,
  cniNameRule,
  criNameRule,
  gatesRule,
  httpsUrlRule,
  imageRule,
  interfaceRule,
  ipRule,
  parseGates,
  pluginRule,
  releaseRule,
  tokenRule,
  urlRelease,
  usernameRule,
  windowsPathRule,
  type FieldRule,
} from './field-rules.js';
import { issue, type NodeConfigIssue } from './node-config-issues.js';
import { pluginOf, type NodeConfig } from './node-config-schema.js';
import { placeholderMessage } from './placeholders.js';
import { describeBuild, imageTagBuild, overlaySupport, parseWindowsBuild, SERVER_2019_BUILD, type WindowsBuild } from './windows-build.js';

/** What the config alone cannot tell: the Windows node's build (`17763`, `17763.379`, `10.0.17763.379`). */
export interface NodeContext {
  windowsBuild?: string | number;
}

/** Every single-value field, its rule, and whether an empty value is allowed (bridge may pass no gates). */
const fieldRules: ReadonlyArray<[field: string, rule: FieldRule, optional?: boolean]> = [
  ['Cri.Name', criNameRule],
  ['Cri.Images.Pause', imageRule],
  ['Cri.Images.Nanoserver', imageRule],
  ['Cri.Images.ServerCore', imageRule],
  ['Cni.Name', cniNameRule],
  ['Cni.Plugin.Name', pluginRule],
  ['Cni.InterfaceName', interfaceRule],
  ['Kubernetes.Source.Release', releaseRule],
  ['Kubernetes.Source.Url', httpsUrlRule],
  ['Kubernetes.ControlPlane.IpAddress', ipRule],
  ['Kubernetes.ControlPlane.Username', usernameRule],
  ['Kubernetes.ControlPlane.KubeadmToken', tokenRule],
  ['Kubernetes.ControlPlane.KubeadmCAHash', caHashRule],
  ['Kubernetes.KubeProxy.Gates', gatesRule, true],
  ['Kubernetes.Network.ServiceCidr', cidrRule],
  ['Kubernetes.Network.ClusterCidr', cidrRule],
  ['Install.Destination', windowsPathRule],
];

/** One verdict per field: missing, then a published placeholder, then the field's own rule. */
function checkField(field: string, value: string, rule: FieldRule, optional = false): NodeConfigIssue | undefined {
  if (value.trim() === '') return optional ? undefined : issue('error', 'VALUE_REQUIRED', field, 'a value is required.');
  const placeholder = placeholderMessage(field, value);
  if (placeholder) return issue('error', 'PLACEHOLDER', field, placeholder);
  const finding = rule(value);
  return finding && issue(finding.severity ?? 'error', finding.code, field, finding.message);
}

function fieldIssues(config: NodeConfig): NodeConfigIssue[] {
  const rules: Array<[string, FieldRule, boolean?]> = [...fieldRules];
  config.Cni.Source.forEach((_, index) => {
    rules.push([`Cni.Source.${index}.Name`, () => undefined], [`Cni.Source.${index}.Url`, httpsUrlRule]);
  });
  return rules.flatMap(([field, rule, optional]) => checkField(field, fieldValue(config, field) ?? '', rule, optional) ?? []);
}

/** KubeCluster.ps1 downloads the URL but reports and labels the node with the release: they must agree. */
function releaseIssues(config: NodeConfig, failed: Set<string>): NodeConfigIssue[] {
  const { Release, Url } = config.Kubernetes.Source;
  if (failed.has('Kubernetes.Source.Release') || failed.has('Kubernetes.Source.Url')) return [];
  const named = urlRelease(Url);
  if (named === undefined) {
    return [issue('warning', 'URL_VERSION_UNKNOWN', 'Kubernetes.Source.Url', `the URL names no version, so nothing shows that it holds Kubernetes ${Release}.`)];
  }
  if (named === Release) return [];
  return [issue('error', 'RELEASE_URL_MISMATCH', 'Kubernetes.Source.Url', `the URL downloads Kubernetes ${named} but Release says ${Release}; KubeCluster.ps1 installs what the URL holds.`)];
}

function networkIssues(config: NodeConfig, failed: Set<string>): NodeConfigIssue[] {
  if (failed.has('Kubernetes.Network.ServiceCidr') || failed.has('Kubernetes.Network.ClusterCidr')) return [];
  const service = parseIpv4Cidr(config.Kubernetes.Network.ServiceCidr);
  const cluster = parseIpv4Cidr(config.Kubernetes.Network.ClusterCidr);
  if (!service.ok || !cluster.ok || !overlapOf(service.cidr, cluster.cidr)) return [];
  return [issue('error', 'CIDR_OVERLAP', 'Kubernetes.Network.ClusterCidr', `${cluster.cidr.text} overlaps the service range ${service.cidr.text}.`)];
}

/** kube-proxy on an overlay network needs WinOverlay; KubeCluster.ps1 turns DSR on only for Gates exactly "WinDSR=true". */
function gateIssues(config: NodeConfig, failed: Set<string>): NodeConfigIssue[] {
  const gatesText = config.Kubernetes.KubeProxy.Gates;
  const gates = failed.has('Kubernetes.KubeProxy.Gates') ? undefined : parseGates(gatesText);
  if (!gates) return [];
  const issues: NodeConfigIssue[] = [];
  if (pluginOf(config) === 'vxlan' && !gates.get('WinOverlay')) {
    issues.push(issue('error', 'VXLAN_NEEDS_WIN_OVERLAY', 'Kubernetes.KubeProxy.Gates', 'vxlan (overlay) needs WinOverlay=true in the kube-proxy gates.'));
  }
  if (gates.get('WinDSR') && gatesText.trim().toLowerCase() !== 'windsr=true') {
    issues.push(
      issue('warning', 'DSR_GATE_IGNORED', 'Kubernetes.KubeProxy.Gates', 'KubeCluster.ps1 adds --enable-dsr only when Gates is exactly "WinDSR=true"; with other gates beside it, DSR stays off.'),
    );
  }
  return issues;
}

function overlayIssue(config: NodeConfig, build: WindowsBuild | undefined): NodeConfigIssue[] {
  if (pluginOf(config) !== 'vxlan') return [];
  const support = overlaySupport(build);
  if (support === 'yes') return [];
  const node = support === 'needs-update' && build ? ` This node is ${build.build}.${build.revision ?? 0}, older than 17763.379.` : '';
  const message = `vxlan (overlay) needs Windows Server 2019 with KB4489899 (build 17763.379 or later).${node} Without it, choose bridge.`;
  return [issue('warning', 'VXLAN_NEEDS_KB4489899', 'Cni.Plugin.Name', message)];
}

/** Process-isolated containers only start when the image's build is the host's; KubeCluster.ps1 pulls these as base images. */
function imageIssues(config: NodeConfig, build: WindowsBuild | undefined): NodeConfigIssue[] {
  const images: Array<[string, string]> = [
    ['Cri.Images.Nanoserver', config.Cri.Images.Nanoserver],
    ['Cri.Images.ServerCore', config.Cri.Images.ServerCore],
  ];
  const builds = images.map(([field, image]) => [field, imageTagBuild(image)] as const);
  if (build) {
    return builds.flatMap(([field, tagBuild]) =>
      tagBuild === undefined || tagBuild === build.build
        ? []
        : [issue('warning', 'IMAGE_BUILD_MISMATCH', field, `the tag is build ${describeBuild(tagBuild)} but the node runs ${describeBuild(build.build)}: its containers will not start with process isolation.`)],
    );
  }
  const [nano, core] = builds.map(([, tagBuild]) => tagBuild);
  if (nano === undefined || core === undefined || nano === core) return [];
  return [issue('warning', 'IMAGES_DISAGREE', 'Cri.Images.ServerCore', `the ServerCore tag is build ${describeBuild(core)} but the Nanoserver tag is ${describeBuild(nano)}; both must match the node's build.`)];
}

function buildOf(context: NodeContext, issues: NodeConfigIssue[]): WindowsBuild | undefined {
  if (context.windowsBuild === undefined || context.windowsBuild === '') return undefined;
  const build = parseWindowsBuild(context.windowsBuild);
  if (!build) {
    issues.push(issue('error', 'WINDOWS_BUILD_INVALID', 'windowsBuild', `"${context.windowsBuild}" is not a Windows build number like 17763 or 10.0.17763.379.`));
  } else if (build.build < SERVER_2019_BUILD) {
    issues.push(issue('error', 'WINDOWS_BUILD_UNSUPPORTED', 'windowsBuild', `build ${describeBuild(build.build)} is older than Windows Server 2019 (17763), the minimum for Windows nodes.`));
  }
  return build;
}

/** Every problem at its field, errors and warnings alike; the config is usable when none is an error. */
export function validateNodeConfig(config: NodeConfig, context: NodeContext = {}): NodeConfigIssue[] {
  const issues = fieldIssues(config);
  const failed = new Set(issues.filter((item) => item.severity === 'error').map((item) => item.field));
  const build = buildOf(context, issues);
  return [
    ...issues,
    ...releaseIssues(config, failed),
    ...networkIssues(config, failed),
    ...gateIssues(config, failed),
    ...overlayIssue(config, build),
    ...imageIssues(config, build),
  ];
}
