/**
 * An esbuild plugin for the core build: marks the calls in fp-ts's top-level declarations as
 * pure, so that a bundler drops the ones a bundle never reads.
 *
 * Why: fp-ts's ES modules build their type-class instances when they load, and annotate most
 * of those calls `/*#__PURE__*\/` but not all: `Either.js` and `Option.js` have
 * `export var as = dual(2, as_(Functor))` and `export var asUnit = asUnit_(Functor)`, and the
 * arguments of annotated calls (`/*#__PURE__*\/ dual(2, tap_(Chain))`) are calls again. A
 * bundler must keep an unannotated call and all it references (`dual`, `Functor`, `Chain`,
 * `FromEither`), however little of the module a bundle uses: about 1.2 kB minified in every
 * bundle that reads a scenario file.
 *
 * Why it is sound: a top-level declaration of fp-ts only builds functions and instance records
 * from other functions and records (`dual`, `as_`, `tap_`, `getApplicativeValidation`, ...);
 * none reads or writes anything outside what it returns. Only calls outside function bodies
 * are marked (a call inside a function body runs when that function is called, and stays as
 * it is), and only in `var` declarations at the top level of the module.
 */
import type { Plugin } from 'esbuild'
import { readFile } from 'node:fs/promises'
import ts from 'typescript'

const PURE = '/* @__PURE__ */ '

const unwrap = (node: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(node) ? unwrap(node.expression) : node

/** The source with every call in its top-level `var` initializers (outside functions) marked pure. */
export const markTopLevelCallsPure = (source: string, fileName = 'module.js'): string => {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS)
  const starts: number[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return
    // An immediately called function runs its body now: not marked.
    if (ts.isCallExpression(node) && !ts.isFunctionLike(unwrap(node.expression))) {
      const start = node.getStart(file)
      const before = source.slice(Math.max(0, start - 20), start)
      if (!/[#@]__PURE__\s*\*\/\s*$/.test(before)) starts.push(start)
    }
    ts.forEachChild(node, visit)
  }
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const declaration of statement.declarationList.declarations)
      if (declaration.initializer !== undefined) visit(declaration.initializer)
  }
  let out = source
  for (const start of starts.sort((a, b) => b - a)) out = out.slice(0, start) + PURE + out.slice(start)
  return out
}

/** The plugin: applies `markTopLevelCallsPure` to the modules of fp-ts's ES-module build. */
export const pureFpTs = (es6Dir: string): Plugin => ({
  name: 'pure-fp-ts',
  setup(build) {
    const escaped = es6Dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    build.onLoad({ filter: new RegExp(`^${escaped}[\\\\/].*\\.js$`) }, async (args) => ({
      contents: markTopLevelCallsPure(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
    }))
  },
})
