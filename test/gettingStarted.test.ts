/**
 * The getting-started page's first code block runs as written against the library, and its
 * `// =>` claims hold. Keeps the first thing a new user copies in step with the code.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import * as mandjes from 'mandjes'
import { describe, expect, it } from 'vitest'

const page = readFileSync(resolve(import.meta.dirname, '../docs/getting-started.md'), 'utf8')
const code = page.match(/```ts\n([\s\S]*?)```/)![1]!

describe('docs/getting-started.md', () => {
  it('runs its first example and finds the road-and-housing package deal', () => {
    const body = code
      .replace(/^import \{([^}]*)\} from 'mandjes'$/m, 'const {$1} = mandjes')
      .replace(/\(id: string, road: number, housing: number\)/, '(id, road, housing)')
    const run = new Function('mandjes', `${body}\nreturn { deadlocks, deal, explanation }`) as (m: typeof mandjes) => {
      deadlocks: readonly string[]
      deal: mandjes.RankedDeal | undefined
      explanation: unknown
    }
    const { deadlocks, deal, explanation } = run(mandjes)
    expect(deadlocks).toEqual(['road', 'housing'])
    expect(deal?.changes).toEqual(['road', 'housing'])
    expect(deal?.deal.choices).toEqual({ road: 'built', housing: 'a' })
    expect(explanation).toBeDefined()
  })
})
