import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Electron Forge 8 (Node ≥ 22.13; loaded through jiti). `electron-forge package` builds the three Vite
 * targets into .vite/ and packages only that folder (the Vite plugin ignores everything else);
 * `electron-forge make` wraps the result in a Squirrel installer (Windows) and ZIP archives.
 */
const productName = 'Windows Node Wizard';
const companyName = 'Windows Node Wizard developers';

const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    // No spaces: the output folder, the .exe and the Squirrel package id all derive from these.
    name: 'windows-node-wizard',
    executableName: 'windows-node-wizard',
    appBundleId: 'io.github.windows-node-wizard',
    appCopyright: `Copyright © ${companyName}`,
    // Deliberately NO `requestedExecutionLevel: 'requireAdministrator'` manifest: Squirrel.Windows installs per
    // user, unelevated, and its Update.exe starts the app with --squirrel-install / --squirrel-firstrun to create
    // the shortcuts; an exe whose manifest demands elevation cannot be started that way, so a
    // requireAdministrator manifest breaks Squirrel's shortcut creation. How elevation is obtained is decided
    // by the install/join issue (the app runs as the user and elevates only the steps that need it).
    win32metadata: {
      CompanyName: companyName,
      ProductName: productName,
      FileDescription: productName,
      InternalName: 'windows-node-wizard',
      OriginalFilename: 'windows-node-wizard.exe',
    },
  },
  rebuildConfig: {},
  makers: [
    new MakerSquirrel({
      name: 'windows_node_wizard', // NuGet/Squirrel ids must not contain hyphens
      title: productName,
      authors: companyName,
      description: 'Takes a Kubernetes operator from an empty plan to a joined, verified Windows worker node.',
      noMsi: true,
    }),
    new MakerZIP({}, ['darwin', 'linux', 'win32']),
  ],
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
