// Turns a workspace package.json into its published form and back. The `source` conditions in
// `exports` point at TypeScript files that only exist in this repository (tsx, vitest and the
// type checker resolve them with `--conditions=source`); a published manifest must not name
// paths that are not in the tarball. npm runs `prepack` before packing and `postpack` after,
// so `npm pack` and `npm publish` see the manifest without them, and the working copy gets its
// own back (kept in package.json.dev meanwhile).
//
//   node ../../scripts/publishManifest.mjs strip     (prepack, in the package's folder)
//   node ../../scripts/publishManifest.mjs restore   (postpack)
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

const manifest = 'package.json'
const kept = 'package.json.dev'

const withoutSource = (value) => {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'source')
      .map(([key, v]) => [key, withoutSource(v)]),
  )
}

const action = process.argv[2]
if (action === 'strip') {
  if (existsSync(kept))
    throw new Error(`${kept} exists: an earlier pack did not restore package.json; move it back first`)
  const text = readFileSync(manifest, 'utf8')
  const json = JSON.parse(text)
  renameSync(manifest, kept)
  writeFileSync(manifest, `${JSON.stringify({ ...json, exports: withoutSource(json.exports) }, null, 2)}\n`)
} else if (action === 'restore') {
  if (existsSync(kept)) renameSync(kept, manifest)
} else {
  console.error('usage: publishManifest.mjs strip|restore')
  process.exitCode = 2
}
