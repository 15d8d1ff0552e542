/** Builds the extension from the current sources with WXT, for the browsers a run needs. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, type BrowserName } from './browsers';

const WXT_CLI = join(REPO_ROOT, 'node_modules', '.bin', 'wxt');

const WXT_TARGET: Record<BrowserName, string> = { chromium: 'chrome', firefox: 'firefox' };

function runWxtBuild(target: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(WXT_CLI, ['build', '-b', target], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`\`wxt build -b ${target}\` failed (exit ${code}):\n${output}`));
    });
  });
}

/** One build after the other: WXT shares `.wxt/` between targets, and the machine has few cores. */
export async function buildExtension(browsers: readonly BrowserName[]): Promise<void> {
  for (const name of browsers) await runWxtBuild(WXT_TARGET[name]);
}
