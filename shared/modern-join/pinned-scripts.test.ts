import { describe, expect, it } from 'vitest';
import { MODERN_SCRIPTS, SIG_WINDOWS_TOOLS_MODERN_COMMIT } from './pinned-scripts.js';

describe('the pinned scripts', () => {
  it('are pinned to full commits, never to a branch', () => {
    expect(SIG_WINDOWS_TOOLS_MODERN_COMMIT).toMatch(/^[0-9a-f]{40}$/);
    for (const script of MODERN_SCRIPTS) {
      expect(script.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(script.url).toBe(`https://raw.githubusercontent.com/kubernetes-sigs/sig-windows-tools/${script.commit}/hostprocess/${script.name}`);
    }
  });

  it('carry an upper-case SHA-256 per line-ending form, as Get-FileHash prints it', () => {
    for (const script of MODERN_SCRIPTS) {
      expect(script.sha256).toHaveLength(2);
      for (const hash of script.sha256) expect(hash).toMatch(/^[0-9A-F]{64}$/);
    }
  });

  it('run Install-Containerd.ps1 first', () => {
    expect(MODERN_SCRIPTS.map((script) => script.name)).toEqual(['Install-Containerd.ps1', 'PrepareNode.ps1']);
  });
});
