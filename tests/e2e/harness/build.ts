/** Builds the extension with WXT: from the current sources for the browsers a run needs, or from an earlier commit. */
import { spawn } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, type BrowserName } from './browsers';

const WXT_CLI = join(REPO_ROOT, 'node_modules', '.bin', 'wxt');

const WXT_TARGET: Record<BrowserName, string> = { chromium: 'chrome', firefox: 'firefox' };

/** WXT's output folder for each browser's build. */
const WXT_OUTPUT: Record<BrowserName, string> = { chromium: 'chrome-mv3', firefox: 'firefox-mv2' };

function run(command: string, args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`\`${command} ${args.join(' ')}\` failed (exit ${code}):\n${output}`));
    });
  });
}

function runWxtBuild(target: string, cwd = REPO_ROOT): Promise<void> {
  return run(WXT_CLI, ['build', '-b', target], cwd);
}

/** One build after the other: WXT shares `.wxt/` between targets, and the machine has few cores. */
export async function buildExtension(browsers: readonly BrowserName[]): Promise<void> {
  for (const name of browsers) await runWxtBuild(WXT_TARGET[name]);
}

/**
 * Builds `browser`'s package from the sources of an earlier commit (the repository's history must
 * hold it), in `dir`, with today's installed packages; returns the build's folder.
 */
export async function buildFromCommit(commit: string, browser: BrowserName, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const archive = join(dir, 'sources.tar');
  await run('git', ['-C', REPO_ROOT, 'archive', '--format=tar', '-o', archive, commit], REPO_ROOT);
  await run('tar', ['-xf', archive], dir);
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await runWxtBuild(WXT_TARGET[browser], dir);
  return join(dir, '.output', WXT_OUTPUT[browser]);
}
