// Finds a Chromium and launches it through playwright-core. npm cannot download browsers on these
// machines, so the order is: CHROMIUM_PATH; a system Chromium or Chrome; then the Chromium that the
// @sparticuz/chromium package carries inside itself (unpacked to /tmp on first use, about 2 s).
// Tests, the bench's Lighthouse runs and `npm run shots` all launch through here.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];

// Flags for a sandboxed machine with no network: without the background-networking ones Chromium
// keeps trying to reach Google's hosts.
export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

let found;

/** Resolves to { path, origin } where origin says in words where the browser came from. */
export function findChromium() {
  found ??= (async () => {
    if (process.env.CHROMIUM_PATH) {
      if (!existsSync(process.env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
      return { path: process.env.CHROMIUM_PATH, origin: 'CHROMIUM_PATH' };
    }
    const system = systemPaths.find((path) => existsSync(path));
    if (system) return { path: system, origin: 'system' };
    try {
      const { default: packaged } = await import('@sparticuz/chromium');
      return { path: await packaged.executablePath(), origin: '@sparticuz/chromium (npm)' };
    } catch (error) {
      throw new Error(`No Chromium found: set CHROMIUM_PATH, install one (apt-get install -y chromium), or run npm install so @sparticuz/chromium is present. (${error.message})`);
    }
  })();
  return found;
}

let announced = false;

export async function launch() {
  const { path, origin } = await findChromium();
  const browser = await chromium.launch({ executablePath: path, args: chromiumFlags });
  if (!announced) {
    announced = true;
    console.log(`Browser: Chromium ${browser.version()} from ${origin} (${path})`);
  }
  return browser;
}
