/**
 * Renders assets/icon/icon.svg (the one source of the app icon) into the files the packaged app needs:
 * icon.png + icon@2x.png (Linux window icon; Electron picks the @2x file on HiDPI screens), icon.ico (Windows
 * exe and Squirrel setup, several sizes) and icon.icns (macOS). Run it after changing the SVG:
 *
 *   npm run icons
 *
 * The SVG is drawn by the same Chromium the e2e tests use (/usr/bin/chromium, or CHROMIUM_PATH), so there is no
 * native image library to install; png2icons (pure JavaScript) packs the ICO and ICNS from the 1024 px render.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import png2icons from 'png2icons';
import { chromiumLaunchOptions } from '../playwright.config.js';

export const iconDir = fileURLToPath(new URL('../assets/icon/', import.meta.url));

/** The SVG drawn to fill a transparent square of `size` pixels, as PNG bytes. */
async function renderPng(page: Page, svg: string, size: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const html = `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style></head><body>${svg}</body></html>`;
  await page.setContent(html);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

function packed(name: string, bytes: Buffer | null): Buffer {
  if (!bytes) throw new Error(`png2icons could not make ${name} from the 1024 px render.`);
  return bytes;
}

export async function generateIcons(dir: string = iconDir): Promise<string[]> {
  const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const png512 = await renderPng(page, svg, 512);
    const png1024 = await renderPng(page, svg, 1024);
    const files: Record<string, Buffer> = {
      'icon.png': png512,
      'icon@2x.png': png1024,
      // forWinExe: PNG entries from 64 px up, bitmaps below, which every Windows Explorer shows.
      'icon.ico': packed('icon.ico', png2icons.createICO(png1024, png2icons.BICUBIC2, 0, false, true)),
      'icon.icns': packed('icon.icns', png2icons.createICNS(png1024, png2icons.BICUBIC2, 0)),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    return Object.keys(files).map((name) => join(dir, name));
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await generateIcons();
  console.log(`Wrote ${written.join(', ')}`);
}
