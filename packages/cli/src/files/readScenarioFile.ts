/**
 * Reads a scenario file from disk (Node only; the core stays browser-safe). The size is checked
 * from the file's metadata before anything is read, and reading stops as soon as the limit is
 * passed, so a huge or growing file (or /dev/zero) costs nothing. Every problem names the file.
 */
import { open } from 'node:fs/promises'
import { parseScenarioText, scenarioFileLimits, type ParseScenarioOptions, type Problem } from 'mandjes'

/** What reading a scenario file gives: every problem, or the scenario. @category cli */
export type ScenarioFileRead = ReturnType<typeof parseScenarioText>

const failure = (problem: Problem): ScenarioFileRead => ({ _tag: 'Left', left: [problem] })

const tooLarge = (file: string, size: number): ScenarioFileRead =>
  failure({
    code: 'tooLarge', path: [], file,
    message: `the file is ${size} bytes, more than the limit of ${scenarioFileLimits.maxTextBytes} (50 MiB); split the scenario or remove data.`,
  })

// What a failed open or read means for the person who typed the path.
const explain = (error: unknown): string => {
  const code = (error as { code?: string } | null)?.code
  if (code === 'ENOENT') return 'there is no file at this path; check the name and the folder.'
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read: permission denied.'
  if (code === 'EISDIR') return 'this is a folder, not a scenario file; give the path of a .yaml or .json file.'
  return `the file cannot be read (${error instanceof Error ? error.message : String(error)}).`
}

/**
 * Reads and decodes a scenario file. The format comes from the extension (`.json`, `.yaml`,
 * `.yml`), else from the text. Never rejects: a missing file is a problem like any other.
 *
 * @example
 * const read = await readScenarioFile('packages/examples/road-and-housing/scenario.yaml')
 * read._tag // => 'Right'
 * await readScenarioFile('nope.yaml') // => Left([{ code: 'fileNotReadable', file: 'nope.yaml', ... }])
 *
 * @category cli
 */
export const readScenarioFile = async (path: string, options: Pick<ParseScenarioOptions, 'format'> = {}): Promise<ScenarioFileRead> => {
  const limit = scenarioFileLimits.maxTextBytes
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(path, 'r')
    const stats = await handle.stat()
    if (stats.isDirectory()) return failure({ code: 'fileNotReadable', path: [], file: path, message: explain({ code: 'EISDIR' }) })
    if (stats.size > limit) return tooLarge(path, stats.size)
    // Read at most limit + 1 bytes whatever the metadata said: the file may grow meanwhile, or
    // be a device whose size reads as 0.
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const chunk = new Uint8Array(Math.min(1 << 20, limit + 1 - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
      if (total > limit) return tooLarge(path, total)
    }
    const bytes = new Uint8Array(total)
    let offset = 0
    for (const chunk of chunks) {
      bytes.set(chunk, offset)
      offset += chunk.length
    }
    return parseScenarioText(bytes, { file: path, ...options })
  } catch (error) {
    return failure({ code: 'fileNotReadable', path: [], file: path, message: explain(error) })
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
