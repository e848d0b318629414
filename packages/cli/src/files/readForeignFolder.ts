/**
 * Reads a folder of another negotiation tool from disk (Node only) and hands the texts to the
 * pure importers in core: a GeniusWeb folder (`.json` files: one domain, one
 * `LinearAdditiveUtilitySpace` profile per party) or a GENIUS XML folder (`.xml` files: one
 * domain, one utility space per party). Every problem names its file with the folder's path,
 * so `formatProblem` prints `harbour/p2.json: LinearAdditiveUtilitySpace.issueWeights.i03: ...`.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fromGeniusWeb, fromGeniusXml, scenarioFileLimits, type Problem, type Scenario } from 'mandjes'

/** A scenario read from a folder, or every problem found. @category cli */
export type FolderRead = { readonly _tag: 'Right'; readonly right: Scenario } | { readonly _tag: 'Left'; readonly left: readonly Problem[] }

/** Which importer a folder needs. @category cli */
export type FolderFormat = 'geniusweb' | 'genius'

const failure = (file: string, message: string, code: Problem['code'] = 'fileNotReadable'): FolderRead => ({ _tag: 'Left', left: [{ code, path: [], file, message }] })
const decoder = new TextDecoder('utf-8', { fatal: true })

/** The texts of the folder's files with one extension, by file name; problems for unreadable ones. */
const readTexts = async (folder: string, names: readonly string[]): Promise<{ texts: Record<string, string>; problems: Problem[] }> => {
  const texts: Record<string, string> = {}
  const problems: Problem[] = []
  for (const name of names) {
    const path = join(folder, name)
    const size = (await stat(path)).size
    if (size > scenarioFileLimits.maxTextBytes) {
      problems.push({ code: 'tooLarge', path: [], file: path, message: `the file is ${size} bytes, more than the limit of ${scenarioFileLimits.maxTextBytes} (50 MiB).` })
      continue
    }
    try {
      texts[name] = decoder.decode(await readFile(path))
    } catch {
      problems.push({ code: 'invalidUtf8', path: [], file: path, message: 'the file is not valid UTF-8; save it as UTF-8.' })
    }
  }
  return { texts, problems }
}

/**
 * Reads a GeniusWeb or GENIUS folder. The format comes from the files: `.json` files make a
 * GeniusWeb folder, `.xml` files (and no `.json`) a GENIUS one; `format` forces either.
 *
 * @example
 * const read = await readForeignFolder('bench/scenarios/s01_n2_m5_k3')
 * read._tag // => 'Right'
 *
 * @category cli
 */
export const readForeignFolder = async (folder: string, format?: FolderFormat): Promise<FolderRead> => {
  let names: string[]
  try {
    if (!(await stat(folder)).isDirectory()) return failure(folder, 'this is a file, not a folder; give the folder that holds the domain and profile files.')
    names = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name)
  } catch {
    return failure(folder, 'there is no folder at this path; check the name.')
  }
  const json = names.filter((n) => n.toLowerCase().endsWith('.json'))
  const xml = names.filter((n) => n.toLowerCase().endsWith('.xml'))
  const chosen = format ?? (json.length > 0 ? 'geniusweb' : xml.length > 0 ? 'genius' : undefined)
  if (chosen === undefined) return failure(folder, 'the folder holds no .json (GeniusWeb) or .xml (GENIUS) files.', 'missingField')
  const { texts, problems } = await readTexts(folder, chosen === 'geniusweb' ? json : xml)
  if (problems.length > 0) return { _tag: 'Left', left: problems }
  const result = chosen === 'geniusweb' ? fromGeniusWeb(texts) : fromGeniusXml(texts)
  if (result._tag === 'Right') return result
  // The importers name files as given (the party id is the file name); show them with the folder.
  return { _tag: 'Left', left: result.left.map((p) => ({ ...p, file: join(folder, p.file ?? '') })) }
}
