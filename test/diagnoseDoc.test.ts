/**
 * The figures docs/diagnose.md quotes for Rivierenland, recomputed: the counterfactual in which
 * Culemborg asks a minimum gain of 5, and the firmness of the real deal (seed 1, 1000 draws).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diagnose, type Scenario } from 'mandjes'
import { loadExample } from '../packages/examples/lib/loadExample.js'
import { docsRoot } from '../packages/examples/lib/writeDocs.js'

const page = readFileSync(join(docsRoot, 'diagnose.md'), 'utf8')
const rivierenland = loadExample('rivierenland')
const culemborgAsks5: Scenario = {
  ...rivierenland,
  parties: rivierenland.parties.map((p) =>
    p.id === 'culemborg' ? { ...p, mandate: { ...p.mandate, minGain: 5 } } : p,
  ),
}

describe('docs/diagnose.md', () => {
  it('quotes the exact minimum gain Culemborg could ask, and the coalition without Zaltbommel', () => {
    const d = diagnose(culemborgAsks5, { maxRemedies: 3, monteCarlo: false })
    const r = d.remedies.find((x) => x.kind === 'relaxMinGain')
    expect(r?.kind === 'relaxMinGain' && r.to).toBeCloseTo(0.25, 6)
    expect(r?.proof.minimal).toBe(true)
    expect(d.remedies.some((x) => x.kind === 'coalition' && x.left.join() === 'zaltbommel')).toBe(true)
    expect(page).toContain('from 5 to 0.25 (proven smallest)')
  })

  it('quotes the margins and the seeded probability of the real deal', () => {
    const d = diagnose(rivierenland, { monteCarlo: { spread: 0.1, samples: 1000, seed: 1 } })
    const slack = (id: string) => d.margins!.find((m) => m.party === id)!.slack
    expect(slack('culemborg')).toBeCloseTo(0.15, 6)
    expect(slack('maasdriel')).toBeCloseTo(0.15, 6)
    expect(d.firmness!.probability).toBe(0.601)
    expect(page).toContain('60.1% of 1000 seeded draws')
  })
})
