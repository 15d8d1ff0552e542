/**
 * Which browsers the browser tests run in, where their executables and the built extension are, and
 * the clear error a missing browser gives (a missing browser fails the run; it is never a skip).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BROWSER_NAMES = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSER_NAMES)[number];

/** The repository root, found from this file so tests and scripts work from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where test runs may write screenshots and other output (git-ignored). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'tests', '.artifacts');

const INSTALL_HINT = 'sudo apt-get install -y chromium firefox-esr';

interface BrowserSetup {
  /** Environment variable that overrides the executable path. */
  envVar: string;
  defaultPath: string;
  /** WXT's output folder for the build this browser loads. */
  extensionDir: string;
}

const SETUP: Record<BrowserName, BrowserSetup> = {
  chromium: {
    envVar: 'TFA_CHROMIUM',
    defaultPath: '/usr/bin/chromium',
    extensionDir: join(REPO_ROOT, '.output', 'chrome-mv3'),
  },
  firefox: {
    envVar: 'TFA_FIREFOX',
    defaultPath: '/usr/bin/firefox-esr',
    extensionDir: join(REPO_ROOT, '.output', 'firefox-mv2'),
  },
};

export function executablePath(name: BrowserName): string {
  const setup = SETUP[name];
  return process.env[setup.envVar] || setup.defaultPath;
}

export function extensionDir(name: BrowserName): string {
  return SETUP[name].extensionDir;
}

/** Throws an error that says how to install the browser (or point the tests at one) when it is missing. */
export function assertBrowserInstalled(name: BrowserName): void {
  const path = executablePath(name);
  if (existsSync(path)) return;
  const { envVar } = SETUP[name];
  throw new Error(
    `${name} is not installed at ${path}, and the browser tests need it.\n` +
      `Install both browsers with:\n\n    ${INSTALL_HINT}\n\n` +
      `or set ${envVar}=/path/to/${name} to use another executable.`,
  );
}

export function assertExtensionBuilt(name: BrowserName): void {
  const manifest = join(extensionDir(name), 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`${manifest} is missing: build the extension first (\`npm run build:all\`).`);
  }
}
