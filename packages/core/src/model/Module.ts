import type { PartyId } from './ids.js'

/**
 * What joining a module is worth to one eligible party, before its share of the fixed cost.
 * @category model
 */
export interface ModuleMember {
  readonly party: PartyId
  /** The party's value of being a member (own costs saved, quality gained), before its cost share. */
  readonly join: number
  /** Added when the party hosts the module (centrumgemeente: staff, building, risk); default 0. */
  readonly host?: number
}

/**
 * A module (wisselende coalitie): a shared service that each eligible party joins or stays
 * out of. A member's value of a coalition is `join − fixedCost / members` (plus `host` when
 * it hosts): the more members, the smaller each one's share of the fixed cost (economies of
 * scale). A party outside a running module gets its `affected` value (default 0). With no
 * members the module does not run and is worth 0 to everybody.
 *
 * A module issue has one option per coalition (and host): members take part in a deal that
 * chooses their coalition (and so must gain), parties outside it have no say and are
 * outsiders, who must not lose. See `moduleOptionsOf` for the options and their ids.
 * @category model
 */
export interface Module {
  /** The eligible parties, in the file's order. */
  readonly members: readonly ModuleMember[]
  /** The cost of running the module, shared equally among its members (in the unit). */
  readonly fixedCost: number
  /** Parties that feel a running module without being members, and by how much (no say). */
  readonly affected: Readonly<Partial<Record<PartyId, number>>>
  /** Members that may host; absent: the module has no host choice. */
  readonly hosts?: readonly PartyId[]
  /** The fewest members a running module needs (≥ 1). */
  readonly minMembers: number
  /** The most members it may have (absent: every eligible party). */
  readonly maxMembers?: number
}
