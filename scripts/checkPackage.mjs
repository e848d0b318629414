// Packs packages/core as npm would publish it and runs publint and are-the-types-wrong on the
// tarball (offline): the checks a user's bundler and TypeScript would otherwise find for us.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const core = resolve('packages/core')
const out = mkdtempSync(join(tmpdir(), 'mandjes-pack-'))
try {
  execFileSync('npm', ['pack', '--pack-destination', out, '--silent'], { cwd: core, stdio: ['ignore', 'ignore', 'inherit'] })
  const tarball = join(out, readdirSync(out).find((f) => f.endsWith('.tgz')))
  const bin = (name) => resolve('node_modules/.bin', name)
  console.log(`publint ${tarball}`)
  execFileSync(bin('publint'), ['run', tarball, '--strict'], { stdio: 'inherit' })
  console.log(`attw ${tarball}`)
  execFileSync(bin('attw'), [tarball, '--profile', 'node16'], { stdio: 'inherit' })
} catch (error) {
  console.error(`package check failed: ${error.message.split('\n')[0]}`)
  process.exitCode = 1
} finally {
  rmSync(out, { recursive: true, force: true })
}
