/**
 * One shared service of a module rung as a module issue (`kind: module`, see
 * docs/scenario-files.md), from the numbers the choice rung draws for the same service.
 *
 * In the choice rung a member values "hosted by h" at `saving - control` (or
 * `saving + hostGain` when it is h), every member is in, and each has a veto. The module keeps
 * those values for the full coalition and lets each member join or stay out:
 * - `fixedCost = members × share` (share 0.1-0.3, invented), shared equally by the members;
 * - `join = saving - control + share`, so that at full membership a member's value
 *   `join - fixedCost / members` is the choice rung's `saving - control`;
 * - `host = hostGain + control` for the 2-3 candidate hosts, so the host's value at full
 *   membership is the choice rung's `saving + hostGain`.
 * A smaller coalition costs each member more (the fixed cost is shared by fewer): economies
 * of scale. Eligible municipalities that stay out are worth 0 to themselves (no `affected`),
 * as `separate` is in the choice rung. Up to 7 members and 3 hosts: at most
 * 3 × (2^6 − 1) = 189 coalition-and-host options plus `none`.
 */

type Json = Record<string, unknown>

const round = (x: number, digits = 2): number => Number(x.toFixed(digits))

/** The numbers the choice rung draws for one member of one service. */
export interface ServiceDraw {
  /** Municipality index. */
  readonly j: number
  readonly saving: number
  readonly control: number
  readonly hostGain: number
}

/** The module issue of one service; `share` is each member's cost share at full membership. */
export const sharedServiceModule = (
  id: string,
  drawn: readonly ServiceDraw[],
  hosts: readonly number[],
  mId: (i: number) => string,
  share: number,
): Json => ({
  id,
  domain: 'services',
  kind: 'module',
  module: {
    fixedCost: round(drawn.length * share),
    members: drawn.map(({ j, saving, control, hostGain }) => ({
      party: mId(j),
      join: round(saving - control + share),
      ...(hosts.includes(j) ? { host: round(hostGain + control) } : {}),
    })),
    hosts: hosts.map(mId),
  },
})
