// SPDX-License-Identifier: GPL-3.0-or-later
// What the browser tests share: Debian's chromium and playwright-core from NODE_MODULES (or a
// visible skip, exit 77), checks that say what they checked, and waymark-cli.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

export function skip(why) {
  console.log(`SKIPPED: ${why} (packaging/dev.sh test installs it)`);
  process.exit(77);
}

// playwright-core, or a skip that says what is missing.
export function playwright() {
  if (!existsSync(chromium)) skip(`no chromium at ${chromium}`);
  const modules = process.env.NODE_MODULES || '';
  try {
    return createRequire(path.join(modules, 'x.js'))('playwright-core');
  } catch (e) {
    skip(`playwright-core is not installed in ${modules}`);
  }
}

export function check(ok, what) {
  if (!ok) throw new Error(what);
  console.log(`ok - ${what}`);
}

// Runs `cli` with `args`; its output, or an error with what it printed on stderr.
export function runner(cli) {
  return (args) => {
    const r = spawnSync(cli, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    if (r.status !== 0) throw new Error(`waymark-cli ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
}
