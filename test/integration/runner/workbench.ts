/**
 * Opens the VS Code workbench in headless Debian Chromium (playwright-core) with the extension under development and
 * the test entry passed in the page's `payload`, and reports what VS Code's test driver reports:
 * `codeAutomationExit(code)` when the tests end and `codeAutomationLog(type, args)` for the extension host's console.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { snapshotMarker } from './results';

/** Debian's chromium; `CHROMIUM` overrides it. */
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** What to open. Paths are absolute paths on this machine (the server is local). */
export interface WorkbenchOptions {
  readonly port: number;
  readonly folder: string;
  /** The extension folder loaded in development mode (its package.json), if any. */
  readonly extensionDevelopmentPath?: string;
  /** The bundled test entry whose `run()` VS Code calls. */
  readonly extensionTestsPath: string;
  /** Where screenshots asked for with `__SNAP__ name` are saved; undefined = not taken. */
  readonly snapshotDir?: string;
  readonly onLog: (line: string) => void;
}

/** An open workbench: `exitCode` settles when VS Code's test driver reports the end of the tests. */
export interface OpenWorkbench {
  readonly exitCode: Promise<number>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/** Launches Chromium and loads the workbench. */
export async function openWorkbench(options: WorkbenchOptions): Promise<OpenWorkbench> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: run 'bash scripts/setup.sh' (apt chromium) or set CHROMIUM`);
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const screenshot = async (file: string): Promise<void> => {
      // Written under a temporary name and renamed, so a waiting suite never sees half a PNG.
      await page.screenshot({ path: `${file}.part.png` });
      renameSync(`${file}.part.png`, file);
    };
    let reportExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    await page.exposeFunction('codeAutomationLog', async (_type: string, args: unknown[]) => {
      const line = format(...(args ?? []));
      options.onLog(line);
      const snapshot = new RegExp(`^${snapshotMarker} ([\\w.-]+)`).exec(line);
      if (snapshot?.[1] && options.snapshotDir) await screenshot(join(options.snapshotDir, `${snapshot[1]}.png`));
    });
    await page.goto(workbenchUrl(options));
    return { exitCode, screenshot, close: () => closeQuietly(browser) };
  } catch (error) {
    await closeQuietly(browser);
    throw error;
  }
}

/** The URL VS Code's web workbench reads the folder and the development/test locations from. */
export function workbenchUrl(options: Omit<WorkbenchOptions, 'onLog'>): string {
  const authority = `127.0.0.1:${options.port}`;
  const remote = (path: string): string => `vscode-remote://${authority}${path}`;
  const payload: [string, string][] = [['extensionTestsPath', remote(options.extensionTestsPath)]];
  if (options.extensionDevelopmentPath) {
    payload.unshift(['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)]);
  }
  const query = `folder=${encodeURIComponent(options.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return `http://${authority}/?${query}`;
}

async function closeQuietly(browser: Browser): Promise<void> {
  try {
    await browser.close();
  } catch {
    // Already gone (crashed or closed); nothing left to release.
  }
}
