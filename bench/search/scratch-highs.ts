import highsLoader from 'highs'
import { compile } from '../../packages/core/src/evaluate/compile.js'
import { loadLadder } from './ladder.js'
const name = process.argv[2] ?? 's14_n25_m60_k4'
const obj = process.argv[3] ?? 'maxmin'
const s = loadLadder(name)
const c = compile(s)
const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain } = c
const lines: string[] = []
const x = (k: number) => `x${k}`
if (obj === 'maxmin') {
  lines.push('Maximize', ' obj: t', 'Subject To')
  for (let p = 0; p < P; p++) {
    const terms = []
    for (let k = 0; k < T; k++) { const g = gain[p * T + k]!; if (g !== 0) terms.push(`${g >= 0 ? '+' : '-'} ${Math.abs(g)} ${x(k)}`) }
    lines.push(` p${p}: ${terms.join(' ')} - t >= 0`)
  }
} else {
  const terms = []
  for (let k = 0; k < T; k++) { let w = 0; for (let p = 0; p < P; p++) w += gain[p * T + k]!; terms.push(`${w >= 0 ? '+' : '-'} ${Math.abs(w)} ${x(k)}`) }
  lines.push('Maximize', ` obj: ${terms.join(' ')}`, 'Subject To')
  for (let p = 0; p < P; p++) {
    const t2 = []
    for (let k = 0; k < T; k++) { const g = gain[p * T + k]!; if (g !== 0) t2.push(`${g >= 0 ? '+' : '-'} ${Math.abs(g)} ${x(k)}`) }
    lines.push(` p${p}: ${t2.join(' ')} >= 0.000001`)
  }
}
for (let i = 0; i < N; i++) lines.push(` i${i}: ${Array.from({ length: c.optionCount[i]! }, (_, o) => x(offsets[i]! + o)).join(' + ')} = 1`)
lines.push('Bounds', ' t free', 'Binary', ' ' + Array.from({ length: T }, (_, k) => x(k)).join(' '), 'End')
const highs = await (highsLoader as unknown as () => Promise<{ solve: (lp: string, o: object) => { Status: string; ObjectiveValue: number } }>)()
const t0 = performance.now()
const r = highs.solve(lines.join('\n'), { time_limit: Number(process.argv[4] ?? 60), output_flag: false })
console.log(name, obj, r.Status, r.ObjectiveValue, (performance.now() - t0).toFixed(0), 'ms')
