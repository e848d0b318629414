// The playground's first load, gzip level 9: index.html, what it links (script and CSS), and
// the search worker the script starts at once. Run after `npm run playground:build`:
// `npm run size -w packages/playground`. Chunks loaded later (readers, Vega, diagnose, swing
// weights) are listed apart.
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const dist = new URL('./dist/', import.meta.url)
const read = (name) => readFileSync(new URL(name, dist))
const gz = (buf) => gzipSync(buf, { level: 9 }).length
const html = read('index.html').toString()
const linked = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1])
const script = linked.find((f) => f.endsWith('.js'))
const worker = read(script)
  .toString()
  .match(/worker-[A-Za-z0-9_-]+\.js/)?.[0]
const first = ['index.html', ...linked, ...(worker === undefined ? [] : [`assets/${worker}`])]
const kB = (n) => (n / 1000).toFixed(1)
let total = 0
for (const f of first) {
  const buf = read(f)
  total += gz(buf)
  console.log(`first load  ${f.padEnd(40)} ${kB(buf.length).padStart(7)} kB  gzip ${kB(gz(buf)).padStart(6)} kB`)
}
console.log(`first load  total${' '.repeat(36)}gzip ${kB(total).padStart(6)} kB`)
for (const f of readdirSync(new URL('assets/', dist))
  .map((f) => `assets/${f}`)
  .filter((f) => !first.includes(f))) {
  const buf = read(f)
  console.log(`later       ${f.padEnd(40)} ${kB(buf.length).padStart(7)} kB  gzip ${kB(gz(buf)).padStart(6)} kB`)
}
