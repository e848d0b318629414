/**
 * The three-questions experiment on the Rivierenland example: how much freedom a civil
 * servant takes, how much room an executive gets and how much trust a council gives, and what
 * each does to the deadlocks broken and the regional gain realised.
 * Run: npx tsx --conditions=source packages/examples/three-questions/run.ts [--write]
 * (--write also refreshes the generated section of README.md).
 */
import { mainOfThreeQuestions } from '../lib/runThreeQuestions.js'

mainOfThreeQuestions(process.argv.slice(2))
