import { mkdtemp, readdir, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises'
import { spawnSync } from 'node:child_process'
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
    await expect(writeFileAtomic(path, `version: 1\nname: ${'new '.repeat(1000)}\n`, diskFullHalfway)).rejects.toThrow(
      'ENOSPC',
    )
    expect(await readFile(path, 'utf8')).toBe('version: 1\nname: old\n')
    expect((await readdir(folder)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('keeps the old file whole when the final rename fails', async () => {
    const path = join(folder, 'renamed.yaml')
    await writeFile(path, 'old\n')
    const failingRename: AtomicFileSystem = {
      ...nodeFileSystem,
      rename: () => Promise.reject(new Error('EXDEV: cross-device link')),
    }
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

  it("removes the temporary file a killed writer left behind on the next write, never a live writer's (regression)", async () => {
    const path = join(folder, 'run.json')
    await writeFile(path, 'old\n')
    // A process that has ended: its id is free (or reused by someone we may not signal, which counts as alive).
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout
    const leftover = `.run.json.${dead}.0123456789ab.tmp`
    const live = `.run.json.${process.ppid}.ba9876543210.tmp`
    const other = `.other.json.${dead}.0123456789ab.tmp`
    for (const name of [leftover, live, other]) await writeFile(join(folder, name), 'half')
    await writeFileAtomic(path, 'new\n')
    const names = await readdir(folder)
    expect(names).not.toContain(leftover)
    expect(names).toContain(live)
    expect(names).toContain(other)
    for (const name of [live, other]) await rm(join(folder, name))
  })
})
