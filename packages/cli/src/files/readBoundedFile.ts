/**
 * Reads a file the user named, bounded in size and without ever blocking: the file is opened
 * non-blocking, anything that is not a regular file (a FIFO, a device, a socket, a folder) is
 * refused before a byte is read, the size is checked from the metadata, and reading stops as
 * soon as the limit is passed (the file may grow meanwhile). Every command reads its inputs
 * through here, so `/dev/zero`, a named pipe or a 10 GB log given by mistake costs nothing.
 */
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

/** Why a file could not be read, in words for the person who typed the path. @category cli */
export type BoundedRead =
  | { readonly _tag: 'Right'; readonly bytes: Uint8Array }
  | {
      readonly _tag: 'Left'
      readonly reason: 'notFound' | 'denied' | 'folder' | 'notRegular' | 'tooLarge' | 'other'
      readonly message: string
    }

const mib = (bytes: number): string => `${Math.round(bytes / (1 << 20))} MiB`

const failed = (reason: Exclude<BoundedRead, { _tag: 'Right' }>['reason'], message: string): BoundedRead => ({
  _tag: 'Left',
  reason,
  message,
})

const explain = (error: unknown): BoundedRead => {
  const code = (error as { code?: string } | null)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return failed('notFound', 'there is no file at this path; check the name and the folder.')
  if (code === 'EACCES' || code === 'EPERM') return failed('denied', 'the file cannot be read: permission denied.')
  if (code === 'EISDIR') return failed('folder', 'this is a folder, not a file.')
  if (code === 'ENXIO')
    return failed('notRegular', 'this is a named pipe, a device or a socket, not a file; give a regular file.')
  return failed('other', `the file cannot be read (${error instanceof Error ? error.message : String(error)}).`)
}

/**
 * The bytes of a regular file of at most `limit` bytes, or why not. Never rejects, never blocks.
 * @example
 * const read = await readBoundedFile('grid.yaml', 1 << 20)
 * read._tag // => 'Right'
 * (await readBoundedFile('/dev/zero', 1 << 20)).message // => 'this is a named pipe, a device or a socket, ...'
 * @category cli
 */
export const readBoundedFile = async (path: string, limit: number): Promise<BoundedRead> => {
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const stats = await handle.stat()
    if (stats.isDirectory()) return failed('folder', 'this is a folder, not a file.')
    if (!stats.isFile())
      return failed('notRegular', 'this is a named pipe, a device or a socket, not a file; give a regular file.')
    const tooLarge = (size: number) =>
      failed('tooLarge', `the file is ${size} bytes, more than the limit of ${limit} (${mib(limit)}).`)
    if (stats.size > limit) return tooLarge(stats.size)
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const chunk = new Uint8Array(Math.min(1 << 20, limit + 1 - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
      if (total > limit) return tooLarge(total)
    }
    const bytes = new Uint8Array(total)
    let offset = 0
    for (const chunk of chunks) {
      bytes.set(chunk, offset)
      offset += chunk.length
    }
    return { _tag: 'Right', bytes }
  } catch (error) {
    return explain(error)
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/** The limit on a grid file and on a history file (64 MiB: far above any real one). @category cli */
export const sideFileLimitBytes = 64 * (1 << 20)

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A bounded file as UTF-8 text, or the message saying why not.
 * @example
 * await readBoundedText('run.json', sideFileLimitBytes) // => { _tag: 'Right', text: '{"format": ...' }
 * @category cli
 */
export const readBoundedText = async (
  path: string,
  limit: number,
): Promise<{ readonly _tag: 'Right'; readonly text: string } | { readonly _tag: 'Left'; readonly message: string }> => {
  const read = await readBoundedFile(path, limit)
  if (read._tag === 'Left') return read
  try {
    return { _tag: 'Right', text: utf8.decode(read.bytes) }
  } catch {
    return { _tag: 'Left', message: 'the file is not valid UTF-8; save it as UTF-8.' }
  }
}
