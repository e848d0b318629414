/**
 * Reads a folder of another negotiation tool from disk (Node only) and hands the texts to the
 * pure importers in core: a GeniusWeb folder (`.json` files: one domain, one
 * `LinearAdditiveUtilitySpace` profile per party) or a GENIUS XML folder (`.xml` files: one
 * domain, one utility space per party). Every problem names its file with the folder's path,
 * so `formatProblem` prints `harbour/p2.json: LinearAdditiveUtilitySpace.issueWeights.i03: ...`.
 */
import { lstat, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fromGeniusWeb, fromGeniusXml, type FromGeniusWebOptions, type Problem, type Scenario } from 'mandjes'
import { scenarioFileLimits } from 'mandjes/engine'
import { readBoundedFile } from './readBoundedFile.js'

/**
 * A scenario read from a folder, with the entries that were skipped (symbolic links, named
 * pipes, devices, sockets: never followed or read, so nothing outside the folder is read and
 * nothing blocks), or every problem found.
 * @category cli
 */
export type FolderRead =
  | { readonly _tag: 'Right'; readonly right: Scenario; readonly skipped: readonly string[] }
  | { readonly _tag: 'Left'; readonly left: readonly Problem[] }

/** Which importer a folder needs. @category cli */
export type FolderFormat = 'geniusweb' | 'genius'

/** The most bytes all files of one folder may hold together (200 MiB). @category cli */
export const maxFolderBytes = 200 * (1 << 20)

const failure = (file: string, message: string, code: Problem['code'] = 'fileNotReadable'): FolderRead => ({
  _tag: 'Left',
  left: [{ code, path: [], file, message }],
})
const decoder = new TextDecoder('utf-8', { fatal: true })

const kindOf = (entry: {
  isSymbolicLink(): boolean
  isFIFO(): boolean
  isBlockDevice(): boolean
  isCharacterDevice(): boolean
  isSocket(): boolean
}): string =>
  entry.isSymbolicLink()
    ? 'a symbolic link'
    : entry.isFIFO()
      ? 'a named pipe'
      : entry.isBlockDevice() || entry.isCharacterDevice()
        ? 'a device'
        : entry.isSocket()
          ? 'a socket'
          : 'not a regular file'

/** The texts of the folder's files with one extension, by file name; problems for unreadable ones. */
const readTexts = async (
  folder: string,
  names: readonly string[],
): Promise<{ texts: Record<string, string>; problems: Problem[] }> => {
  const texts: Record<string, string> = {}
  const problems: Problem[] = []
  // The sizes first, from metadata alone: a folder of many large files is refused before any is read.
  let total = 0
  for (const name of names)
    total += await lstat(join(folder, name)).then(
      (s) => s.size,
      () => 0,
    )
  if (total > maxFolderBytes) {
    return {
      texts,
      problems: [
        {
          code: 'tooLarge',
          path: [],
          file: folder,
          message: `the files of this folder hold ${total} bytes together, more than the limit of ${maxFolderBytes} (200 MiB); a negotiation domain with its profiles is far smaller.`,
        },
      ],
    }
  }
  for (const name of names) {
    const path = join(folder, name)
    const read = await readBoundedFile(path, scenarioFileLimits.maxTextBytes)
    if (read._tag === 'Left') {
      problems.push({
        code: read.reason === 'tooLarge' ? 'tooLarge' : 'fileNotReadable',
        path: [],
        file: path,
        message: read.message,
      })
      continue
    }
    try {
      texts[name] = decoder.decode(read.bytes)
    } catch {
      problems.push({
        code: 'invalidUtf8',
        path: [],
        file: path,
        message: 'the file is not valid UTF-8; save it as UTF-8.',
      })
    }
  }
  return { texts, problems }
}

/**
 * Reads a GeniusWeb or GENIUS folder. The format comes from the files: `.json` files make a
 * GeniusWeb folder, `.xml` files (and no `.json`) a GENIUS one; `format` forces either.
 * `options.statusQuo` says how "no agreement" is imported (see `FromGeniusWebOptions`).
 * Only regular files are read; other entries are named in `skipped`.
 *
 * @example
 * const read = await readForeignFolder('bench/scenarios/s01_n2_m5_k3')
 * read._tag // => 'Right'
 *
 * @category cli
 */
export const readForeignFolder = async (
  folder: string,
  format?: FolderFormat,
  options: FromGeniusWebOptions = {},
): Promise<FolderRead> => {
  let names: string[]
  const skipped: string[] = []
  try {
    if (!(await stat(folder)).isDirectory())
      return failure(folder, 'this is a file, not a folder; give the folder that holds the domain and profile files.')
    const entries = await readdir(folder, { withFileTypes: true })
    names = entries.filter((e) => e.isFile()).map((e) => e.name)
    for (const e of entries) if (!e.isFile() && !e.isDirectory()) skipped.push(`${e.name} (${kindOf(e)})`)
  } catch {
    return failure(folder, 'there is no folder at this path; check the name.')
  }
  const json = names.filter((n) => n.toLowerCase().endsWith('.json'))
  const xml = names.filter((n) => n.toLowerCase().endsWith('.xml'))
  const chosen = format ?? (json.length > 0 ? 'geniusweb' : xml.length > 0 ? 'genius' : undefined)
  const skippedNote = skipped.length === 0 ? '' : ` Skipped (only regular files are read): ${skipped.join(', ')}.`
  if (chosen === undefined)
    return failure(
      folder,
      `the folder holds no .json (GeniusWeb) or .xml (GENIUS) files.${skippedNote}`,
      'missingField',
    )
  const { texts, problems } = await readTexts(folder, chosen === 'geniusweb' ? json : xml)
  if (problems.length > 0) return { _tag: 'Left', left: problems }
  const result = chosen === 'geniusweb' ? fromGeniusWeb(texts, options) : fromGeniusXml(texts, options)
  if (result._tag === 'Right') return { _tag: 'Right', right: result.right, skipped }
  // The importers name files as given (the party id is the file name); show them with the folder.
  return { _tag: 'Left', left: result.left.map((p) => ({ ...p, file: join(folder, p.file ?? '') })) }
}
