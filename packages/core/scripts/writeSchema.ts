/**
 * Regenerates packages/core/schema/scenario.schema.json from the zod schema of scenario files.
 * Run with `npm run schema` in packages/core; `scenarioJsonSchema.test.ts` fails while the
 * checked-in copy is stale.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { scenarioJsonSchema } from '../src/scenarioFile/scenarioJsonSchema.js'

const target = fileURLToPath(new URL('../schema/scenario.schema.json', import.meta.url))
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`)
console.log(`wrote ${target}`)
