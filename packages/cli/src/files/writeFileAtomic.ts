/**
 * Writes a file so that readers see the old content or the new, never half of one: the text
 * goes to a temporary file in the same folder, is flushed to disk (fsync), and then renamed
 * over the target. A rename within one folder is atomic on POSIX systems and on Windows
 * (NTFS), so a crash, a full disk or a failed write leaves the old file as it was.
 *
 * A kill -9 between creating the temporary file and the rename leaves that file behind. Its
 * name holds the writer's process id, so the next write of the same target removes the
 * leftovers of writers that are no longer running (and never those of a live one).
 */
import { randomBytes } from 'node:crypto'
import { open, readdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The file operations `writeFileAtomic` needs; replaceable so tests can make one fail. @category cli */
export interface AtomicFileSystem {
  readonly open: (
    path: string,
    flags: string,
    mode?: number,
  ) => Promise<{
    readonly writeFile: (data: string | Uint8Array, encoding?: 'utf8') => Promise<void>
    readonly sync: () => Promise<void>
    readonly close: () => Promise<void>
  }>
  readonly rename: (from: string, to: string) => Promise<void>
  readonly unlink: (path: string) => Promise<void>
  readonly stat: (path: string) => Promise<{ readonly mode: number }>
  /** Lists a folder, to find leftovers of interrupted writes; without it none are removed. */
  readonly readdir?: (path: string) => Promise<readonly string[]>
}

/** Node's file system. @category cli */
export const nodeFileSystem: AtomicFileSystem = { open, rename, unlink, stat, readdir: (path) => readdir(path) }

/**
 * Replaces a file's content with `text` (UTF-8, or bytes) atomically, keeping the old file's permissions.
 * Rejects with the underlying error when writing fails, after removing the temporary file.
 *
 * @example
 * await writeFileAtomic('scenario.yaml', writeScenarioText(scenario, 'yaml'))
 *
 * @category cli
 */
export const writeFileAtomic = async (
  path: string,
  text: string | Uint8Array,
  fileSystem: AtomicFileSystem = nodeFileSystem,
): Promise<void> => {
  const folder = dirname(path)
  // Same folder, so the rename never crosses file systems; a random part so that two writers
  // (or a leftover from a crash) never share a temporary file.
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  await removeLeftovers(folder, basename(path), fileSystem)
  const mode = await fileSystem.stat(path).then(
    (s) => s.mode & 0o777,
    () => 0o666,
  )
  try {
    const handle = await fileSystem.open(temporary, 'wx', mode)
    try {
      await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text))
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fileSystem.rename(temporary, path)
  } catch (error) {
    await fileSystem.unlink(temporary).catch(() => undefined)
    throw error
  }
  // Make the rename itself durable. Not every platform can open a folder (Windows cannot);
  // the content is already safe there, so a failure here is not an error.
  await fileSystem
    .open(folder, 'r')
    .then(async (dir) => {
      await dir.sync().catch(() => undefined)
      await dir.close()
    })
    .catch(() => undefined)
}

const isRunning = (pid: number): boolean => {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: string }).code === 'EPERM'
  }
}

/** Removes the temporary files earlier writers of this target left when they were killed. */
const removeLeftovers = async (folder: string, name: string, fileSystem: AtomicFileSystem): Promise<void> => {
  const names = await fileSystem.readdir?.(folder).catch(() => [] as readonly string[])
  const prefix = `.${name}.`
  for (const entry of names ?? []) {
    if (!entry.startsWith(prefix)) continue
    const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(entry.slice(prefix.length))
    if (match === null || isRunning(Number(match[1]))) continue
    await fileSystem.unlink(join(folder, entry)).catch(() => undefined)
  }
}
