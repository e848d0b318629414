import { allDeals } from '../../packages/core/src/search/allDeals.js'
import { ladderLike } from '../../packages/core/test/searchFixtures.js'
for (let seed = 1; seed < 40; seed++) { const n = allDeals(ladderLike(seed, 3, 6, 3)).count; const m = allDeals(ladderLike(seed, 3, 8, 3)).count; console.log(seed, n, m) }
