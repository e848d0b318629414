import { mkdtemp, readdir, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeFileSystem, writeFileAtomic, type AtomicFileSystem } from './writeFileAtomic.js'

let folder = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'mandjes-write-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** Node's file system, except that writing stops halfway with a full disk. */
const diskFullHalfway: AtomicFileSystem = {
  ...nodeFileSystem,
  open: async (path, flags, mode) => {
    const handle = await nodeFileSystem.open(path, flags, mode)
    return {
      ...handle,
      sync: () => handle.sync(),
      close: () => handle.close(),
      writeFile: async (data) => {
        await handle.writeFile(data.slice(0, data.length / 2), 'utf8')
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      },
    }
  },
}

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temporary file', async () => {
    const path = join(folder, 'scenario.yaml')
    await writeFile(path, 'version: 1\nname: old\n')
    await writeFileAtomic(path, 'version: 1\nname: new\n')
    expect(await readFile(path, 'utf8')).toBe('version: 1\nname: new\n')
    expect(await readdir(folder)).toEqual(['scenario.yaml'])
  })

  it('creates the file when there is none yet', async () => {
    const path = join(folder, 'fresh.json')
    await writeFileAtomic(path, '{}\n')
    expect(await readFile(path, 'utf8')).toBe('{}\n')
    await rm(path)
  })

  it('keeps the old file whole when writing fails halfway, and cleans up', async () => {
    const path = join(folder, 'kept.yaml')
    await writeFile(path, 'version: 1\nname: old\n')
    await expect(writeFileAtomic(path, `version: 1\nname: ${'new '.repeat(1000)}\n`, diskFullHalfway)).rejects.toThrow('ENOSPC')
    expect(await readFile(path, 'utf8')).toBe('version: 1\nname: old\n')
    expect((await readdir(folder)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('keeps the old file whole when the final rename fails', async () => {
    const path = join(folder, 'renamed.yaml')
    await writeFile(path, 'old\n')
    const failingRename: AtomicFileSystem = { ...nodeFileSystem, rename: () => Promise.reject(new Error('EXDEV: cross-device link')) }
    await expect(writeFileAtomic(path, 'new\n', failingRename)).rejects.toThrow('EXDEV')
    expect(await readFile(path, 'utf8')).toBe('old\n')
    expect((await readdir(folder)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it("keeps the old file's permissions", async () => {
    const path = join(folder, 'private.yaml')
    await writeFile(path, 'old\n')
    await chmod(path, 0o600)
    await writeFileAtomic(path, 'new\n')
    expect((await stat(path)).mode & 0o777).toBe(0o600)
  })
})
