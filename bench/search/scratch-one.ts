import { exhaustive } from '../../packages/core/src/search/exhaustive.js'
import { findDeal } from '../../packages/core/src/search/findDeal.js'
import { readFileSync } from 'node:fs'
const [s, opts] = JSON.parse(readFileSync('/tmp/mj/case.json', 'utf8'))
const a = exhaustive(s, opts), b = findDeal(s, opts)
const show = (r: any) => r._tag === 'Optimal' ? [r._tag, r.best.value, r.best.changes, JSON.stringify(r.best.deal.choices), JSON.stringify(r.best.gains)] : [r._tag, JSON.stringify(r.certificate ?? r.best)]
console.log(...show(a)); console.log(...show(b))
