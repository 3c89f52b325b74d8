/**
 * One headless Debian chromium for all browser tests, pages that record every page error and console
 * error (a test fails on them), and a tiny static server for tests that need a real origin (deploy).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

import { distDir } from '../paths.mjs';

let browserPromise = null;

export function browser() {
  browserPromise ??= chromium.launch({
    executablePath: process.env.CHROME_BIN || '/usr/lib/chromium/chromium',
    headless: true,
    args: [ '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run' ]
  });
  return browserPromise;
}

export async function closeBrowser() {
  if (browserPromise) {
    await (await browserPromise).close();
    browserPromise = null;
  }
}

/**
 * @return {{ page, context, errors: string[], close() }}
 */
export async function openPage({ viewport = { width: 1400, height: 900 }, acceptDownloads = false } = {}) {
  const context = await (await browser()).newContext({ viewport, acceptDownloads });
  const page = await context.newPage();
  const errors = [];

  page.on('pageerror', error => errors.push(`pageerror: ${error.message}`));
  page.on('console', message => {
    if (message.type() === 'error') {
      errors.push(`console.error: ${message.text()}`);
    }
  });
  // "discard unsaved changes?" - yes, in tests
  page.on('dialog', dialog => dialog.accept());
  page.setDefaultTimeout(10000);

  return { page, context, errors, close: () => context.close() };
}

export function appFileUrl(query = '') {
  return pathToFileURL(join(distDir, 'app/index.html')).href + query;
}

export async function openApp(page, url = appFileUrl()) {
  await page.goto(url);
  await page.waitForFunction(() => window.appReady === true, null, { timeout: 20000 });
}

const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject', '.svg': 'image/svg+xml'
};

// the policy the ActionLoop server sends (engine/app SecurityConfiguration), so CSP breakage shows up here
export const SERVER_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'";

/**
 * Serves dist/app at http://127.0.0.1:<port>/modeler/ with the server's Content-Security-Policy.
 */
export async function startStaticServer() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const relative = path.startsWith('/modeler/') ? 'app/' + path.slice('/modeler/'.length) : null;

    if (!relative) {
      response.writeHead(404).end();
      return;
    }

    const file = normalize(join(distDir, relative.endsWith('/') ? relative + 'index.html' : relative));
    if (!file.startsWith(distDir)) {
      response.writeHead(403).end();
      return;
    }

    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Content-Security-Policy': SERVER_CSP
      }).end(body);
    } catch (e) {
      response.writeHead(404).end();
    }
  });

  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise(resolve => server.close(resolve)) };
}
