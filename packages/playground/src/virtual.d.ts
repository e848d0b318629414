/** The built-in examples, decoded at build time (vite.config.ts). */
declare module 'virtual:examples' {
  import type { Scenario } from 'mandjes'
  const examples: Readonly<Record<string, Scenario>>
  export default examples
}
