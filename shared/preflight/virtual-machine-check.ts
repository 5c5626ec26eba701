/**
 * Pod traffic leaves a node with MAC addresses that are not its adapter's own, which a hypervisor's virtual
 * switch drops unless told otherwise (Hyper-V MAC spoofing, VMware forged transmits). Win32_ComputerSystem's
 * manufacturer and model tell which hypervisor, if any, the node runs on.
 */
import { fromProbe, pass, rerun, UnreadableOutput, warn, type Verdict } from './check-verdict.js';
import { isRecord, jsonText, parseJsonOutput } from './json-output.js';
import type { PreflightFacts } from './preflight-facts.js';
import { fixes } from './preflight-fixes.js';

interface Hypervisor {
  name: string;
  matches: (manufacturer: string, model: string) => boolean;
  fix: string;
}

const hypervisors: readonly Hypervisor[] = [
  { name: 'Hyper-V', matches: (maker, model) => maker === 'microsoft corporation' && model === 'virtual machine', fix: fixes.hyperV },
  { name: 'VMware', matches: (maker, model) => maker.startsWith('vmware') || model.startsWith('vmware'), fix: fixes.vmware },
  { name: 'Amazon EC2', matches: (maker) => maker === 'amazon ec2', fix: fixes.otherHypervisor('Amazon EC2') },
  { name: 'Google Compute Engine', matches: (maker, model) => maker === 'google' || model === 'google compute engine', fix: fixes.otherHypervisor('Google Compute Engine') },
  { name: 'QEMU/KVM', matches: (maker, model) => maker.startsWith('qemu') || model.includes('kvm') || model.startsWith('standard pc ('), fix: fixes.otherHypervisor('QEMU/KVM') },
  { name: 'Xen', matches: (maker, model) => maker.startsWith('xen') || model.includes('hvm domu'), fix: fixes.otherHypervisor('Xen') },
  { name: 'VirtualBox', matches: (maker, model) => maker === 'innotek gmbh' || model === 'virtualbox', fix: fixes.otherHypervisor('VirtualBox') },
  { name: 'Parallels', matches: (maker) => maker.startsWith('parallels'), fix: fixes.otherHypervisor('Parallels') },
  { name: 'OpenStack', matches: (maker, model) => maker.startsWith('openstack') || model.startsWith('openstack'), fix: fixes.otherHypervisor('OpenStack') },
  { name: 'Nutanix AHV', matches: (maker, model) => maker === 'nutanix' || model === 'ahv', fix: fixes.otherHypervisor('Nutanix AHV') },
];

export function virtualMachineCheck({ probes, targetLabel }: PreflightFacts): Verdict {
  const gate = { unknown: 'warn' as const, fix: rerun('Get-CimInstance -ClassName Win32_ComputerSystem', targetLabel) };
  return fromProbe(probes.computerSystem, gate, (stdout) => {
    const json = parseJsonOutput(stdout);
    const manufacturer = isRecord(json) ? jsonText(json.Manufacturer)?.trim() : undefined;
    const model = isRecord(json) ? jsonText(json.Model)?.trim() : undefined;
    if (manufacturer === undefined || model === undefined) throw new UnreadableOutput('not the computer system JSON', stdout);
    const machine = `${manufacturer || 'unknown manufacturer'} ${model || 'unknown model'}`;
    const hypervisor = hypervisors.find((candidate) => candidate.matches(manufacturer.toLowerCase(), model.toLowerCase()));
    // A warning, not a failure: the switch may already allow it, and nothing on the guest can tell.
    if (hypervisor) return warn(`${targetLabel} is a ${hypervisor.name} virtual machine (${machine}).`, hypervisor.fix);
    return pass(`${machine}: no known hypervisor, so a physical machine.`);
  });
}
