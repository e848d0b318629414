// Packs each published package as npm would publish it and checks the tarball (offline) with
// publint and are-the-types-wrong, plus what those do not see: a README in the tarball, the
// repository/homepage/bugs fields, and no `exports` entry naming a file that is not packed
// (such as the `source` conditions, removed by scripts/publishManifest.mjs on pack).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

// The CLI is ESM only, on purpose: attw's esm-only profile does not count the missing
// CommonJS entry as a failure.
const packages = [
  { dir: 'packages/core', profile: 'node16' },
  { dir: 'packages/highs', profile: 'node16' },
  { dir: 'packages/cli', profile: 'esm-only' },
]
const bin = (name) => resolve('node_modules/.bin', name)
const targetsOf = (value) =>
  typeof value === 'string'
    ? [value]
    : value === null || typeof value !== 'object'
      ? []
      : Object.values(value).flatMap(targetsOf)

const checkManifest = (tarball) => {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''))
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }))
  const problems = []
  if (!files.some((f) => /^readme\.md$/i.test(f))) problems.push('no README.md in the tarball')
  for (const field of ['repository', 'homepage', 'bugs', 'license'])
    if (manifest[field] === undefined) problems.push(`package.json has no "${field}"`)
  for (const target of targetsOf(manifest.exports)) {
    if (!target.includes('*') && !files.includes(target.replace(/^\.\//, '')))
      problems.push(`exports names ${target}, which is not in the tarball`)
  }
  for (const target of Object.values(manifest.bin ?? {}))
    if (!files.includes(target.replace(/^\.\//, ''))) problems.push(`bin names ${target}, which is not in the tarball`)
  return problems
}

for (const { dir, profile } of packages) {
  const out = mkdtempSync(join(tmpdir(), 'mandjes-pack-'))
  try {
    execFileSync('npm', ['pack', '--pack-destination', out, '--silent'], {
      cwd: resolve(dir),
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const tarball = join(
      out,
      readdirSync(out).find((f) => f.endsWith('.tgz')),
    )
    console.log(`${dir}: ${tarball}`)
    const problems = checkManifest(tarball)
    if (problems.length > 0) throw new Error(problems.join('; '))
    execFileSync(bin('publint'), ['run', tarball, '--strict'], { stdio: 'inherit' })
    execFileSync(bin('attw'), [tarball, '--profile', profile], { stdio: 'inherit' })
  } catch (error) {
    console.error(`package check failed for ${dir}: ${error.message.split('\n')[0]}`)
    process.exitCode = 1
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
