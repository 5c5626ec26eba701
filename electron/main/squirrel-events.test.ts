/**
 * Squirrel's --squirrel-* starts: the argv → action decision, the exact Update.exe command, and that the app
 * quits only once Update.exe is done. The program runner and quit are injected: no Windows, no Electron.
 */
import { describe, expect, it } from 'vitest';
import { handleSquirrelEvent, squirrelActionFor, updateExePath, type RunProgram } from './squirrel-events.js';

const execPath = 'C:\\Users\\op\\AppData\\Local\\windows_node_wizard\\app-0.1.0\\windows-node-wizard.exe';
const updateExe = 'C:\\Users\\op\\AppData\\Local\\windows_node_wizard\\Update.exe';

/** A runner whose program "exits" when the test says so, recording what it was asked to run. */
function controlledRunner() {
  const runs: Array<{ command: string; args: string[] }> = [];
  let finish: (outcome: 'exit' | 'fail') => void = () => undefined;
  const run: RunProgram = (command, args) => {
    runs.push({ command, args });
    return new Promise((resolve, reject) => {
      finish = (outcome) => (outcome === 'exit' ? resolve({ exitCode: 0 }) : reject(new Error('spawn Update.exe ENOENT')));
    });
  };
  return { runs, run, finish: (outcome: 'exit' | 'fail') => finish(outcome) };
}

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('squirrelActionFor', () => {
  it.each([
    ['--squirrel-install', ['--createShortcut=windows-node-wizard.exe', '--shortcut-locations=StartMenu']],
    ['--squirrel-updated', ['--createShortcut=windows-node-wizard.exe', '--shortcut-locations=StartMenu']],
    ['--squirrel-uninstall', ['--removeShortcut=windows-node-wizard.exe', '--shortcut-locations=StartMenu']],
  ])('%s runs Update.exe beside the versioned app folder with %j', (flag, args) => {
    expect(squirrelActionFor([execPath, flag, '0.1.0'], 'win32', execPath)).toEqual({
      kind: 'runUpdateExe',
      event: flag.slice('--squirrel-'.length),
      updateExe,
      args,
    });
  });

  it('--squirrel-obsolete only quits', () => {
    expect(squirrelActionFor([execPath, '--squirrel-obsolete', '0.0.9'], 'win32', execPath)).toEqual({ kind: 'quit', event: 'obsolete' });
  });

  it.each([
    ['a normal start', [execPath]],
    ['the first start after installing', [execPath, '--squirrel-firstrun']],
    ['an event that is not the first argument', [execPath, '--inspect', '--squirrel-install']],
    ['an unknown squirrel flag', [execPath, '--squirrel-something']],
  ])('%s starts the app', (_name, argv) => {
    expect(squirrelActionFor(argv, 'win32', execPath)).toEqual({ kind: 'start' });
  });

  it('ignores --squirrel-* arguments outside Windows', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      expect(squirrelActionFor(['/opt/wnw/windows-node-wizard', '--squirrel-install'], platform, '/opt/wnw/windows-node-wizard')).toEqual({ kind: 'start' });
    }
  });

  it('finds Update.exe one folder above the exe, whatever the install folder', () => {
    expect(updateExePath('D:\\Apps\\wnw\\app-1.2.3\\windows-node-wizard.exe')).toBe('D:\\Apps\\wnw\\Update.exe');
  });
});

describe('handleSquirrelEvent', () => {
  it('runs Update.exe with the exact argv and quits only once it has exited', async () => {
    const runner = controlledRunner();
    let quits = 0;
    expect(handleSquirrelEvent({ argv: [execPath, '--squirrel-install', '0.1.0'], platform: 'win32', execPath, run: runner.run, quit: () => quits++ })).toBe(true);
    await settle();
    expect(runner.runs).toEqual([{ command: updateExe, args: ['--createShortcut=windows-node-wizard.exe', '--shortcut-locations=StartMenu'] }]);
    expect(quits, 'Squirrel is still waiting for Update.exe').toBe(0);
    runner.finish('exit');
    await settle();
    expect(quits).toBe(1);
  });

  it('quits once when Update.exe cannot be started', async () => {
    const runner = controlledRunner();
    let quits = 0;
    handleSquirrelEvent({ argv: [execPath, '--squirrel-uninstall'], platform: 'win32', execPath, run: runner.run, quit: () => quits++ });
    await settle();
    expect(runner.runs.map((run) => run.args[0])).toEqual(['--removeShortcut=windows-node-wizard.exe']);
    runner.finish('fail');
    await settle();
    expect(quits).toBe(1);
  });

  it('quits when the runner throws before starting anything', async () => {
    let quits = 0;
    const throwing: RunProgram = () => {
      throw new Error('Refusing to run');
    };
    expect(handleSquirrelEvent({ argv: [execPath, '--squirrel-updated'], platform: 'win32', execPath, run: throwing, quit: () => quits++ })).toBe(true);
    await settle();
    expect(quits).toBe(1);
  });

  it('--squirrel-obsolete quits at once without running anything', () => {
    const runner = controlledRunner();
    let quits = 0;
    expect(handleSquirrelEvent({ argv: [execPath, '--squirrel-obsolete'], platform: 'win32', execPath, run: runner.run, quit: () => quits++ })).toBe(true);
    expect(runner.runs).toEqual([]);
    expect(quits).toBe(1);
  });

  it('a normal start runs nothing and does not quit', async () => {
    const runner = controlledRunner();
    let quits = 0;
    expect(handleSquirrelEvent({ argv: [execPath, '--squirrel-firstrun'], platform: 'win32', execPath, run: runner.run, quit: () => quits++ })).toBe(false);
    await settle();
    expect(runner.runs).toEqual([]);
    expect(quits).toBe(0);
  });
});
