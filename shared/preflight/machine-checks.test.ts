import { describe, expect, it } from 'vitest';
import type { PreflightFacts, ProbeOutcome } from './preflight-facts.js';
import { ok, failed, facts, withProbe, checkOf, type Case } from './testing/preflight-facts-fixture.js';

describe('administrator', () => {
  it.each<Case>([
    ['True', withProbe('administrator', ok('True')), { status: 'pass' }],
    ['False on a remote node', withProbe('administrator', ok('False')), {
      status: 'fail',
      detail: 'PowerShell on win-1 (10.0.0.21) does not run elevated.',
      fix: 'Connect to win-1 (10.0.0.21) as a member of its local Administrators group (Windows OpenSSH gives such a user an elevated session): install, join and reset change services, the network and the firewall.',
    }],
    ['False on this machine', { ...withProbe('administrator', ok('False')), targetLabel: 'this machine' }, {
      status: 'fail',
      fix: 'Close the app and run it as administrator (right-click › Run as administrator): install, join and reset change services, the network and the firewall.',
    }],
    ['malformed', withProbe('administrator', ok('Yes')), { status: 'fail', detail: 'could not check: the elevation check printed neither True nor False: Yes' }],
    ['failed', withProbe('administrator', failed('Access is denied.')), { status: 'fail', detail: 'could not check: Access is denied.' }],
    ['not run', withProbe('administrator', undefined), { status: 'skip' }],
  ])('%s', (_name, input, want) => {
    expect(checkOf(input, 'administrator')).toMatchObject(want);
  });
});

describe('windows-build', () => {
  it.each<Case>([
    ['Server 2019 patched', withProbe('windowsBuild', ok('17763.379')), { status: 'pass', detail: 'build 17763.379 (Windows Server 2019 / 1809).' }],
    ['Server 2022', withProbe('windowsBuild', ok('20348.2340')), { status: 'pass', detail: 'build 20348.2340 (Windows Server 2022).' }],
    ['a missing UBR', withProbe('windowsBuild', ok('17763.')), { status: 'pass', detail: 'build 17763 (Windows Server 2019 / 1809).' }],
    ['Server 2016', withProbe('windowsBuild', ok('14393.6796')), {
      status: 'fail',
      detail: 'build 14393.6796 (Windows Server 2016): older than Windows Server 2019.',
      fix: 'KubeCluster.ps1 and Windows containers on Kubernetes need Windows Server 2019 (build 17763, version 1809) or later: upgrade this machine or use another.',
    }],
    ['malformed', withProbe('windowsBuild', ok('Windows 10')), { status: 'warn', detail: 'could not check: not a Windows build number: Windows 10' }],
    ['empty', withProbe('windowsBuild', ok('')), { status: 'warn', detail: 'could not check: not a Windows build number: (nothing)' }],
    ['not run', withProbe('windowsBuild', undefined), { status: 'skip' }],
  ])('%s', (_name, input, want) => {
    expect(checkOf(input, 'windows-build')).toMatchObject(want);
  });
});

describe('kb4489899', () => {
  const probes = (windowsBuild: ProbeOutcome | undefined, hotFix: ProbeOutcome | undefined): PreflightFacts => {
    const input = withProbe('windowsBuild', windowsBuild);
    if (hotFix === undefined) delete input.probes.hotFix;
    else input.probes.hotFix = hotFix;
    return input;
  };
  const kbFix = 'Install KB4489899 (or a later cumulative update) or switch Cni.Plugin.Name to bridge.';

  it.each<Case>([
    ['bridge', { ...facts(), plugin: 'bridge' }, { status: 'skip', detail: 'not needed for bridge' }],
    ['an unknown plugin', { ...facts(), plugin: 'overlay' }, { status: 'skip', detail: 'Cni.Plugin.Name is "overlay", neither vxlan nor bridge: the node config step reports it.' }],
    ['VXLAN typed in capitals', { ...facts(), plugin: 'VXLAN' }, { status: 'pass' }],
    ['17763.379 without the hotfix listed', probes(ok('17763.379'), ok('missing')), { status: 'pass' }],
    ['a later revision', probes(ok('17763.5458'), ok('missing')), { status: 'pass', detail: 'build 17763.5458 (Windows Server 2019 / 1809) includes KB4489899 (17763.379 or later).' }],
    ['a later build', probes(ok('20348.1'), undefined), { status: 'pass', detail: 'build 20348.1 (Windows Server 2022) has overlay support built in.' }],
    ['an old revision with the hotfix listed', probes(ok('17763.316'), ok('installed')), { status: 'pass', detail: 'Get-HotFix lists KB4489899.' }],
    ['the hotfix listed, no build', probes(undefined, ok('installed')), { status: 'pass' }],
    ['an old revision', probes(ok('17763.316'), ok('missing')), {
      status: 'fail',
      detail: 'build 17763.316 (Windows Server 2019 / 1809) is older than 17763.379: KB4489899 is not installed.',
      fix: kbFix,
    }],
    ['an old revision, hotfix probe failed', probes(ok('17763.316'), failed('RPC server unavailable')), { status: 'fail', fix: kbFix }],
    ['Server 2016', probes(ok('14393.0'), ok('missing')), { status: 'fail', fix: 'Overlay (vxlan) needs Windows Server 2019 with KB4489899 or later: upgrade the machine or switch Cni.Plugin.Name to bridge.' }],
    ['no revision, hotfix missing', probes(ok('17763.'), ok('missing')), {
      status: 'warn',
      detail: 'Get-HotFix does not list KB4489899 and the revision of build 17763 (Windows Server 2019 / 1809) is unknown.',
      fix: kbFix,
    }],
    ['no build, hotfix missing', probes(undefined, ok('missing')), { status: 'warn', detail: 'Get-HotFix does not list KB4489899 and the build was not checked.' }],
    ['both unreadable', probes(ok('n/a'), ok('maybe')), { status: 'warn', detail: 'could not check: not a Windows build number: n/a; Get-HotFix printed maybe' }],
    ['build failed, hotfix missing', probes(failed('timeout'), ok('missing')), { status: 'warn', detail: 'could not check: timeout' }],
    ['neither ran', probes(undefined, undefined), { status: 'skip' }],
  ])('%s', (_name, input, want) => {
    expect(checkOf(input, 'kb4489899')).toMatchObject(want);
  });
});

describe('containers-feature', () => {
  it.each<Case>([
    ['Installed', withProbe('containersFeature', ok('Installed\r\n')), { status: 'pass', detail: 'the Containers feature is Installed.' }],
    ['Available', withProbe('containersFeature', ok('Available')), {
      status: 'warn',
      detail: 'the Containers feature is Available (not installed yet).',
      fix: 'Nothing to do by hand: install enables it and restarts the machine. Its own re-run waits for an interactive logon, so run install again after the restart.',
    }],
    ['InstallPending', withProbe('containersFeature', ok('InstallPending')), { status: 'fail', fix: "Restart the machine to finish the Containers feature's pending change, then check again." }],
    ['Removed', withProbe('containersFeature', ok('Removed')), { status: 'fail', detail: 'the Containers feature is Removed.', fix: expect.stringContaining('Install-WindowsFeature -Name Containers') as string }],
    ['empty (not on this edition)', withProbe('containersFeature', ok('')), { status: 'fail', detail: 'the Containers feature is unknown to Get-WindowsFeature.' }],
    ['missing', withProbe('containersFeature', ok('missing')), { status: 'fail' }],
    ['failed (Windows 10 has no Get-WindowsFeature)', withProbe('containersFeature', failed("The term 'Get-WindowsFeature' is not recognized")), { status: 'warn' }],
    ['not run', withProbe('containersFeature', undefined), { status: 'skip' }],
  ])('%s', (_name, input, want) => {
    expect(checkOf(input, 'containers-feature')).toMatchObject(want);
  });
});
