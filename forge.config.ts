import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Electron Forge 8 (Node ≥ 22.13; loaded through jiti). `electron-forge package` builds the three Vite
 * targets into .vite/ and packages only that folder (the Vite plugin ignores everything else);
 * `electron-forge make` wraps the result in ZIP archives (Windows: a portable app that asks for elevation).
 */
const productName = 'Windows Node Wizard';
const companyName = 'Windows Node Wizard developers';

const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    // No spaces: the output folder, and the .exe derive from these.
    name: 'windows-node-wizard',
    executableName: 'windows-node-wizard',
    appBundleId: 'io.github.windows-node-wizard',
    appCopyright: `Copyright © ${companyName}`,
    // The exe's manifest asks for administrator rights (UAC prompt at every start): install, join and reset run
    // KubeCluster.ps1, which changes services, networks and Windows features. That is also why Windows ships as a
    // ZIP and not a Squirrel installer: Squirrel's Update.exe starts the app with CreateProcess for its
    // --squirrel-* events, which cannot start an exe that requires elevation (ERROR_ELEVATION_REQUIRED).
    win32metadata: {
      'requested-execution-level': 'requireAdministrator',
      CompanyName: companyName,
      ProductName: productName,
      FileDescription: productName,
      InternalName: 'windows-node-wizard',
      OriginalFilename: 'windows-node-wizard.exe',
    },
  },
  rebuildConfig: {},
  makers: [
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
