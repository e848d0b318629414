/**
 * Core's `applyRemedy`, behind a dynamic import: only a remedy that is no page change (a new
 * option, a smaller table, compensation the scenario lacks) needs it, so it stays out of the
 * first load.
 */
export { applyRemedy } from 'mandjes'
