// One program, one meaning, wherever it lives: the SDK packed with `npm pack`,
// installed into a new project the way a user makes one (`npm init -y`, which
// writes "type": "commonjs"), in a directory whose path has a space; the same
// program outside any package, with a tsconfig.json of the user's beside it.
// Expected output is the program's own text, which Node prints too.

import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { runProcess } from './support/cli.js';
import { tempDir } from './support/host-build.js';
import { QEMU_BOARDS, ROOT } from './support/paths.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const work = tempDir('helix-package-');
const project = path.join(work, 'my project');
const PROGRAM = 'console.log("plain")\n';

// The SDK's caches in the installed copy start from this checkout's: the patched Porffor copy (named by a
// hash of Porffor's version and the patches, so only an identical one is used) and kernel objects (by the hash
// of their inputs). They only save time; a missing one is made.
function seedCaches(installed) {
  const from = path.join(ROOT, 'node_modules', '.cache', 'helix-porffor');
  if (fs.existsSync(from)) fs.cpSync(from, path.join(installed, 'node_modules', '.cache', 'helix-porffor'), { recursive: true });
}
const env = { HELIX_OBJECT_CACHE: path.join(ROOT, 'node_modules', '.cache', 'helix-sdk', 'objects') };

test('the packed SDK installs into a new CommonJS project (npm init -y)', async () => {
  const pack = await runProcess(npm, ['pack', ROOT, '--pack-destination', work], { cwd: work, timeout: 120 });
  assert.is(pack.status, 0, pack.stderr);
  const tarball = path.join(work, pack.stdout.trim().split('\n').pop());
  assert.ok(fs.existsSync(tarball), `npm pack made ${tarball}`);

  fs.mkdirSync(project);
  const init = await runProcess(npm, ['init', '-y'], { cwd: project, timeout: 60 });
  assert.is(init.status, 0, init.stderr);
  // the case the issue names, whatever this npm writes by default
  const pkg = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ ...pkg, type: 'commonjs' }, null, 2));

  // the dependencies come from npm's cache, which the checkout's own install filled
  let install = await runProcess(npm, ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, timeout: 300 });
  if (install.status !== 0) install = await runProcess(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: project, timeout: 600 });
  assert.is(install.status, 0, install.stderr);
  seedCaches(project);
  fs.writeFileSync(path.join(project, 'p.ts'), PROGRAM);
});

for (const board of QEMU_BOARDS) {
  test(`npx helix-sdk run p.ts prints "plain" on ${board} in the CommonJS project`, async () => {
    const r = await runProcess(npm, ['exec', '--offline', '--', 'helix-sdk', 'run', 'p.ts', '--board', board],
      { cwd: project, env, timeout: 300 });
    assert.is(r.stdout, 'plain\n', r.stderr);
    assert.is(r.status, 0, r.stderr);
  });
}

test('a program of two modules outside any package, next to a tsconfig.json of its own, means the same', async () => {
  const loose = path.join(work, 'loose files');
  fs.mkdirSync(loose);
  fs.writeFileSync(path.join(loose, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', target: 'es5', strict: false } }));
  fs.writeFileSync(path.join(loose, 'lib.ts'), 'export const greeting = "plain";\n');
  fs.writeFileSync(path.join(loose, 'main.ts'), 'import { greeting } from "./lib";\nconsole.log(greeting);\n');
  const cli = path.join(project, 'node_modules', 'helix-sdk', 'sdk', 'cli', 'main.js');
  const r = await runProcess(process.execPath, [cli, 'run', loose, '--board', 'qemu-x86_64'], { cwd: work, env, timeout: 300 });
  assert.is(r.stdout, 'plain\n', r.stderr);
  assert.is(r.status, 0, r.stderr);
});

test.run();
