/**
 * Reads a scenario file from disk (Node only; the core stays browser-safe). The size is checked
 * from the file's metadata before anything is read, and reading stops as soon as the limit is
 * passed, so a huge or growing file costs nothing; FIFOs and devices are refused unread. Every
 * problem names the file.
 */
import { parseScenarioText, type ParseScenarioOptions, type Problem } from 'mandjes'
import { scenarioFileLimits } from 'mandjes/engine'
import { readBoundedFile } from './readBoundedFile.js'

/** What reading a scenario file gives: every problem, or the scenario. @category cli */
export type ScenarioFileRead = ReturnType<typeof parseScenarioText>

const failure = (problem: Problem): ScenarioFileRead => ({ _tag: 'Left', left: [problem] })

/**
 * Reads and decodes a scenario file. The format comes from the extension (`.json`, `.yaml`,
 * `.yml`), else from the text. Never rejects and never blocks: a missing file, a FIFO or a
 * device is a problem like any other.
 *
 * @example
 * const read = await readScenarioFile('packages/examples/road-and-housing/scenario.yaml')
 * read._tag // => 'Right'
 * await readScenarioFile('nope.yaml') // => Left([{ code: 'fileNotReadable', file: 'nope.yaml', ... }])
 *
 * @category cli
 */
export const readScenarioFile = async (
  path: string,
  options: Pick<ParseScenarioOptions, 'format'> = {},
): Promise<ScenarioFileRead> => {
  const read = await readBoundedFile(path, scenarioFileLimits.maxTextBytes)
  if (read._tag === 'Right') return parseScenarioText(read.bytes, { file: path, ...options })
  if (read.reason === 'tooLarge')
    return failure({
      code: 'tooLarge',
      path: [],
      file: path,
      message: read.message.replace(/\.$/, '; split the scenario or remove data.'),
    })
  const message =
    read.reason === 'folder'
      ? 'this is a folder, not a scenario file; give the path of a .yaml or .json file.'
      : read.message
  return failure({ code: 'fileNotReadable', path: [], file: path, message })
}
