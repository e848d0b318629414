/**
 * The error a command gives when the file an option names cannot be written: the path is the
 * user's choice, so this is exit 1 with what to do, not "a bug in mandjes" (exit 70).
 */
import { InputError } from '../CliError.js'

const reasonOf = (error: unknown): string => {
  const code = (error as { code?: string } | null)?.code
  if (code === 'ENOENT') return 'its folder does not exist'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied'
  if (code === 'EISDIR') return 'it is a folder'
  // mkdir of a folder that is a file says EEXIST.
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of the path is a file, not a folder'
  if (code === 'ENOSPC') return 'the disk is full'
  return error instanceof Error ? error.message : String(error)
}

/**
 * Runs a write of the file `--option` names; a file-system failure becomes an `InputError`.
 * @example
 * await writingTo('--out', 'runs.csv', () => writeFileAtomic(target, text))
 * @category cli
 */
export const writingTo = async <T>(option: string, path: string, write: () => Promise<T>): Promise<T> => {
  try {
    return await write()
  } catch (error) {
    if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string') {
      throw new InputError([
        `${path}: cannot write the file given to ${option}: ${reasonOf(error)}. Choose a path in a folder you can write to.`,
      ])
    }
    throw error
  }
}
