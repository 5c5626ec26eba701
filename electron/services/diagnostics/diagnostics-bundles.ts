import { existsSync, mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { WizardError } from '../../../shared/ipc/envelope.js';
import { bundleReadme } from './bundle-readme.js';
import { collectBundleEntries, type DiagnosticsSources } from './collect-entries.js';
import { writeZip } from './write-zip.js';

/** The largest bundle handed over as a download (base64 in one answer); a larger one is copied from its folder. */
export const maxDownloadBytes = 50 * 1024 * 1024;

const bundleName = /^wnw-diagnostics-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d{1,3})?\.zip$/;

export interface CreatedBundle {
  path: string;
  fileName: string;
  bytes: number;
  entries: string[];
}

/** Diagnostics bundles in `<userData>/diagnostics`: created one at a time, read back only by their own names. */
export class DiagnosticsBundles {
  readonly dir: string;
  private last: Promise<unknown> = Promise.resolve();

  constructor(
    userDataDir: string,
    private readonly sources: DiagnosticsSources,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.dir = join(userDataDir, 'diagnostics');
  }

  /** Two clicks in a row make two bundles, one after the other, never two writers on one file. */
  create(): Promise<CreatedBundle> {
    const next = this.last.then(
      () => this.write(),
      () => this.write(),
    );
    this.last = next;
    return next;
  }

  /** A bundle's bytes for the browser's download; refuses names it did not make and bundles too large to carry. */
  async read(fileName: string): Promise<{ fileName: string; bytes: number; base64: string }> {
    const path = this.pathOf(fileName);
    const size = await stat(path).then(
      (stats) => stats.size,
      () => {
        throw new WizardError('NOT_FOUND', `No diagnostics bundle named ${fileName}: save diagnostics again.`, 'fileName');
      },
    );
    if (size > maxDownloadBytes) {
      throw new WizardError(
        'INVALID_ARGUMENT',
        `The diagnostics bundle is ${(size / (1024 * 1024)).toFixed(1)} MiB, more than the ${maxDownloadBytes / (1024 * 1024)} MiB a download carries: copy ${path} from the host instead.`,
        'fileName',
      );
    }
    const data = await readFile(path);
    return { fileName, bytes: data.length, base64: data.toString('base64') };
  }

  pathOf(fileName: string): string {
    if (!bundleName.test(fileName)) throw new WizardError('INVALID_ARGUMENT', `${fileName} is not the name of a diagnostics bundle (wnw-diagnostics-<time>.zip).`, 'fileName');
    return join(this.dir, fileName);
  }

  private async write(): Promise<CreatedBundle> {
    const createdAt = this.now();
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const fileName = this.freeName(createdAt);
    const { entries, notes } = await collectBundleEntries(this.sources);
    const names = ['README.txt', ...entries.map((entry) => entry.name)];
    const path = join(this.dir, fileName);
    const bytes = await writeZip(path, [{ name: 'README.txt', data: bundleReadme(names, notes, createdAt) }, ...entries], createdAt);
    return { path, fileName, bytes, entries: names };
  }

  private freeName(createdAt: Date): string {
    const stem = `wnw-diagnostics-${createdAt.toISOString().replace(/[:.]/g, '-')}`;
    for (let suffix = 1; suffix < 1000; suffix++) {
      const name = suffix === 1 ? `${stem}.zip` : `${stem}-${suffix}.zip`;
      if (!existsSync(join(this.dir, name))) return name;
    }
    throw new WizardError('CONFLICT', `Too many diagnostics bundles named ${stem}; remove some from ${this.dir}.`);
  }
}
