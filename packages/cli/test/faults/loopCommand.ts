/**
 * Runs one mandjes command over and over in this process until it is killed, for the
 * kill -9 fault-injection test: `tsx loopCommand.ts <cwd> <json args>`. Prints "ready" once
 * the first run has started, so the killer's random delay counts from a warm process.
 */
import { memoryIo } from '../../src/Io.js'
import { run } from '../../src/run.js'

const [cwd, json] = process.argv.slice(2)
const args = JSON.parse(json!) as string[]
process.stdout.write('ready\n')
for (;;) {
  const code = await run(args, memoryIo({ cwd: cwd! }))
  if (code !== 0) {
    process.stdout.write(`exit ${code}\n`)
    process.exit(3)
  }
}
