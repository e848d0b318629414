#!/usr/bin/env node
// The `mandjes` command. This small file is committed, not built, so that it exists when npm
// installs the workspace: npm links a package's bin only if the file is there at install time.
// It starts the built CLI (`npm run build`); from the sources, use `npm run mandjes -- <command>`.
import('../dist/bin.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    console.error(
      'mandjes: the command line is not built yet. In the repository run `npm run build` first,\nor run it from the sources with `npm run mandjes -- <command>`.',
    )
    process.exitCode = 1
    return
  }
  throw error
})
