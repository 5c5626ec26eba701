import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Electron Forge 8 (Node ≥ 22.13; loaded through jiti). `electron-forge package` builds the three Vite
 * targets into .vite/ and packages only that folder (the Vite plugin ignores everything else);
 * `electron-forge make` wraps the result for release in the makers of the build flavour below.
 */
const productName = 'Windows Node Wizard';
const companyName = 'Windows Node Wizard developers';

/**
 * Two Windows builds, chosen with WNW_WINDOWS_ELEVATION, because one exe cannot serve both:
 * - `require` (the default): the exe's manifest asks for administrator rights (UAC prompt at every start), since
 *   install, join and reset run KubeCluster.ps1, which changes services, networks and Windows features. Windows
 *   ships only as a ZIP then: Squirrel's Update.exe starts the app with CreateProcess for its --squirrel-* events,
 *   which cannot start an exe that requires elevation (ERROR_ELEVATION_REQUIRED), so the installer would fail.
 * - `invoker`: the exe runs as the user who starts it, and the Squirrel installer (per user, Start-menu shortcut,
 *   electron/main/squirrel-events.ts) works. Install, join and reset on this machine then ask for elevation when
 *   needed ("Relaunch as administrator", electron/main/relaunch-elevated.ts); planning and remote nodes never do.
 * macOS and Linux builds are the same in both flavours.
 */
export type WindowsElevation = 'require' | 'invoker';

export function windowsElevation(value: string | undefined = process.env.WNW_WINDOWS_ELEVATION): WindowsElevation {
  const flavour = value?.trim() ?? '';
  if (flavour === '' || flavour === 'require') return 'require';
  if (flavour === 'invoker') return 'invoker';
  throw new Error(
    `WNW_WINDOWS_ELEVATION="${value}" is not a build flavour: set it to "require" (ZIP; the exe asks for administrator rights) or "invoker" (Squirrel installer; the app asks for elevation only for install, join and reset), or leave it unset for "require".`,
  );
}

const elevation = windowsElevation();
/** One source for every icon: assets/icon/icon.svg, rendered by `npm run icons` (scripts/generate-icons.ts). */
const icon = 'assets/icon/icon';

const windowsInstaller = new MakerSquirrel({
  // Squirrel's package id: no hyphens (it splits file names such as <id>-<version>-full.nupkg on them).
  name: 'windows_node_wizard',
  title: productName,
  authors: companyName,
  description: 'Takes a Kubernetes operator from an empty plan to a joined, verified Windows worker node.',
  setupIcon: `${icon}.ico`,
  noMsi: true,
});

const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    // No spaces: the output folder, and the .exe derive from these.
    name: 'windows-node-wizard',
    executableName: 'windows-node-wizard',
    appBundleId: 'io.github.windows-node-wizard',
    appCopyright: `Copyright © ${companyName}`,
    // No extension: Packager takes icon.ico for Windows and icon.icns for macOS. Linux has no exe icon: the window
    // sets its own from resources/icon.png (electron/main/window.ts); the app.asar holds only .vite/.
    icon,
    extraResource: [`${icon}.png`, `${icon}@2x.png`],
    win32metadata: {
      // The exe's manifest: see the two flavours above.
      'requested-execution-level': elevation === 'require' ? 'requireAdministrator' : 'asInvoker',
      CompanyName: companyName,
      ProductName: productName,
      FileDescription: productName,
      InternalName: 'windows-node-wizard',
      OriginalFilename: 'windows-node-wizard.exe',
    },
  },
  rebuildConfig: {},
  // ZIP everywhere (Windows: a portable app); the Squirrel installer only where the exe does not require elevation.
  makers: [...(elevation === 'invoker' ? [windowsInstaller] : []), new MakerZIP({}, ['darwin', 'linux', 'win32'])],
  plugins: [
    new VitePlugin({
      // `target` decides how Forge builds each entry (main: CommonJS lib; preload: one self-contained .cjs).
      build: [
        { entry: 'electron/main/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
      ],
      // The name becomes MAIN_WINDOW_VITE_NAME / MAIN_WINDOW_VITE_DEV_SERVER_URL in main, and .vite/renderer/main_window.
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    // Fuses are flipped in the packaged Electron binary at package time; every V1 fuse is set explicitly.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false, // ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false, // NODE_OPTIONS is ignored
      [FuseV1Options.EnableNodeCliInspectArguments]: false, // --inspect and friends are ignored
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false, // no separate browser snapshot is shipped
      // Stays true for now: main loads the renderer from file://, and Vite's <script type="module" crossorigin>
      // needs Electron's file:// privileges (browser-like file:// treats it as a CORS request from origin null
      // and blocks it: a blank window). Set it to false once main serves the renderer from a privileged custom
      // protocol (protocol.handle), as Electron's security guide recommends.
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
      [FuseV1Options.WasmTrapHandlers]: true, // Electron's default; V8's out-of-bounds traps for WebAssembly
    }),
  ],
};

export default config;
