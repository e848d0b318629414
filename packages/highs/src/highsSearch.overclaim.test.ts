import type { Highs } from 'highs'
import { beforeAll, describe, expect, it } from 'vitest'
import { roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import { highsSearch } from './highsSearch.js'
import { loadHighs } from './loadHighsSearch.js'

// A MILP answer is a deal plus a claimed bound. A HiGHS whose "optimal" claims more than its
// deal reaches (as presolve once did on a max-min model, TOOLCHAIN.md) must not yield Optimal.
let highs: Highs
beforeAll(async () => {
  highs = await loadHighs()
})

/** The real HiGHS, except that every model reports its proven bound `extra` too high. */
const overclaiming = (real: Highs, extra: number): Highs =>
  new Proxy(real, {
    get(target, key) {
      if (key !== 'createModel') return Reflect.get(target, key) as unknown
      return (...args: Parameters<Highs['createModel']>) => {
        const model = target.createModel(...args)
        const info = {
          get: (name: string) =>
            name === 'mip_dual_bound' ? Number(model.info.get(name as never)) + extra : model.info.get(name as never),
        }
        return new Proxy(model, {
          get: (m, k) =>
            k === 'info'
              ? info
              : typeof Reflect.get(m, k) === 'function'
                ? (Reflect.get(m, k) as (...a: unknown[]) => unknown).bind(m)
                : Reflect.get(m, k),
        })
      }
    },
  })

describe('highsSearch reads an optimum as a claim to check', () => {
  for (const objective of ['sum', 'maxmin'] as const) {
    it(`reports the honest gap, not Optimal, when HiGHS's bound exceeds the verified deal (${objective})`, () => {
      const honest = highsSearch(highs)(roadAndHousing, { objective })
      expect(honest._tag).toBe('Optimal')
      const result = highsSearch(overclaiming(highs, 1))(roadAndHousing, { objective })
      expect(result._tag).toBe('BudgetExhausted')
      if (result._tag !== 'BudgetExhausted' || honest._tag !== 'Optimal') return
      expect(result.best._tag === 'Some' && result.best.value.value[0]).toBe(honest.best.value[0])
      expect(result.gap).toBeCloseTo(1, 6)
    })
  }
})
