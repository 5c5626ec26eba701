import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docs, isAllowedExternalUrl } from './doc-links.js';
import { fieldHelp, isFieldHelpId, nodeConfigHelpId } from './field-help.js';

const seeds = new URL('../../../shared/mission/seeds/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, seeds), 'utf8');

/** The anchors a Markdown page gets from its headings (Hugo and docs.microsoft.com both lower-case, drop punctuation, hyphenate spaces). */
function headingAnchors(markdown: string): Set<string> {
  const headings = markdown.split('\n').flatMap((line) => {
    const match = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    return match?.[1] ? [match[1]] : [];
  });
  return new Set(headings.map((heading) => heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').trim().replace(/\s+/g, '-')));
}

/** Whole sentences: a full stop (or ? or !) before a space or the end, not counting the abbreviation "e.g.". */
const sentences = (text: string) => text.replace(/\be\.g\./g, 'eg').match(/[.!?](?=\s|$)/g)?.length ?? 0;

const entries = Object.entries(fieldHelp);
const links = [...entries.flatMap(([, entry]) => ('why' in entry ? [entry.why] : [])), ...Object.values(docs)];

describe('the field help catalogue', () => {
  it.each(entries)('%s says what the field is in one to three sentences', (_id, entry) => {
    expect(entry.title.trim()).not.toBe('');
    expect(entry.text.trim()).toMatch(/^\S.*[.!?]$/s);
    expect(sentences(entry.text)).toBeGreaterThanOrEqual(1);
    expect(sentences(entry.text)).toBeLessThanOrEqual(3);
  });

  it('links only https pages on the documentation hosts, each one the desktop app would open', () => {
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      const url = new URL(link.url);
      expect(link.label.trim(), link.url).not.toBe('');
      expect(url.protocol, link.url).toBe('https:');
      expect(url.username + url.password, link.url).toBe('');
      const onDocsHost = ['kubernetes.io', 'learn.microsoft.com', 'docs.microsoft.com'].includes(url.hostname);
      const onGitHub = url.hostname === 'github.com' && /^\/(kubernetes-sigs\/sig-windows-tools|flannel-io|coreos\/flannel)\//.test(url.pathname);
      expect(onDocsHost || onGitHub, link.url).toBe(true);
      // The same allow-list the Electron window-open handler applies before shell.openExternal.
      expect(isAllowedExternalUrl(link.url), link.url).toBe(true);
    }
  });

  it("points at headings the seeds really have", () => {
    const kubernetes = headingAnchors(seed('000_a446907c6c4d068e.txt'));
    const microsoft = headingAnchors(seed('003_528c7131410004cc.txt'));
    const anchored = links.filter((link) => new URL(link.url).hash !== '');
    expect(anchored.length).toBeGreaterThan(5);
    for (const link of anchored) {
      const url = new URL(link.url);
      const anchor = url.hash.slice(1);
      if (url.pathname.includes('user-guide-windows-nodes')) expect(kubernetes, link.url).toContain(anchor);
      else if (url.pathname.includes('getting-started-kubernetes-windows')) expect(microsoft, link.url).toContain(anchor);
      else throw new Error(`an anchor on a page the seeds do not hold: ${link.url}`);
    }
  });

  it('finds the help of a node-config field by its path, the items of Cni.Source sharing one entry', () => {
    expect(nodeConfigHelpId('Cni.InterfaceName')).toBe('nodeConfig.Cni.InterfaceName');
    expect(nodeConfigHelpId('Cni.Source.0.Url')).toBe('nodeConfig.Cni.Source.Url');
    expect(nodeConfigHelpId('Cni.Source.12.Name')).toBe('nodeConfig.Cni.Source.Name');
    expect(nodeConfigHelpId('windowsBuild')).toBe('nodeConfig.windowsBuild');
    expect(nodeConfigHelpId('Cni.Source.x.Url')).toBeUndefined();
    expect(nodeConfigHelpId('file')).toBeUndefined();
    expect(isFieldHelpId('toString')).toBe(false);
  });
});
