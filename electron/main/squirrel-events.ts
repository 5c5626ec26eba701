import { win32 } from 'node:path';

/**
 * Squirrel.Windows (the installer of the `invoker` build, see forge.config.ts) starts the installed exe with one
 * `--squirrel-*` argument after installing, updating or before uninstalling it, and waits for it to exit. Such a
 * run must do its one chore (the Start-menu shortcut, through Squirrel's own Update.exe) and quit at once,
 * without a window or the single-instance lock. `--squirrel-firstrun` is the normal first start: the app opens.
 */
export type SquirrelEvent = 'install' | 'updated' | 'uninstall' | 'obsolete';

export type SquirrelAction =
  /** Not started by Squirrel for a chore: the app starts as usual. */
  | { kind: 'start' }
  /** Run Update.exe with these arguments, then quit. */
  | { kind: 'runUpdateExe'; event: SquirrelEvent; updateExe: string; args: string[] }
  /** Quit at once (an older version being cleaned up after an update). */
  | { kind: 'quit'; event: SquirrelEvent };

/** Shortcuts only in the Start menu: Squirrel's default would also put one on the desktop. */
const shortcutLocations = '--shortcut-locations=StartMenu';

const events: Record<string, SquirrelEvent> = {
  '--squirrel-install': 'install',
  '--squirrel-updated': 'updated',
  '--squirrel-uninstall': 'uninstall',
  '--squirrel-obsolete': 'obsolete',
};

/** Squirrel installs each version in `app-<version>\` beside its Update.exe; Windows paths whatever the host. */
export function updateExePath(execPath: string): string {
  return win32.resolve(win32.dirname(execPath), '..', 'Update.exe');
}

/** What this start is for, from the exe's argv (Squirrel passes the event first, then the version). */
export function squirrelActionFor(argv: readonly string[], platform: NodeJS.Platform, execPath: string): SquirrelAction {
  const event = platform === 'win32' ? events[argv[1] ?? ''] : undefined;
  if (event === undefined) return { kind: 'start' };
  if (event === 'obsolete') return { kind: 'quit', event };
  const exeName = win32.basename(execPath);
  const verb = event === 'uninstall' ? '--removeShortcut' : '--createShortcut';
  // An update installs a new app-<version> folder, so the shortcut is written again to point into it.
  return { kind: 'runUpdateExe', event, updateExe: updateExePath(execPath), args: [`${verb}=${exeName}`, shortcutLocations] };
}

/** Runs a program from an argv array and settles when it has exited (main passes the shared process runner). */
export type RunProgram = (command: string, args: string[]) => Promise<unknown>;

export interface SquirrelStartup {
  argv: readonly string[];
  platform: NodeJS.Platform;
  execPath: string;
  run: RunProgram;
  quit: () => void;
}

/**
 * Carries out a Squirrel event. Returns true when this process was started for one (the caller must then open
 * no window): it quits once Update.exe has finished, or failed to start, since Squirrel is waiting on it.
 */
export function handleSquirrelEvent(startup: SquirrelStartup): boolean {
  const action = squirrelActionFor(startup.argv, startup.platform, startup.execPath);
  if (action.kind === 'start') return false;
  if (action.kind === 'quit') {
    startup.quit();
    return true;
  }
  // A missing Update.exe (the portable ZIP started by hand with a --squirrel-* argument) leaves nothing to set up.
  void Promise.resolve()
    .then(() => startup.run(action.updateExe, action.args))
    .catch(() => undefined)
    .then(() => startup.quit());
  return true;
}
