import { SUBGRAPHS, type SubgraphName } from "../config";

/** How far into each producer's outbox feed a reader must be to see a set of changes: the last sequence number per producer. */
export type FeedPositions = Partial<Record<SubgraphName, number>>;

/** Gateway to subgraph: the positions this request has reached so far (JSON); the subgraph catches up to them first. */
export const FEED_POSITIONS_HEADER = "x-feed-positions";

/** Subgraph to gateway, on a mutation's response: the end of the subgraph's own outbox after it. */
export const FEED_POSITION_HEADER = "x-feed-position";

/** The largest sequence number taken seriously (the outbox's int column); larger values are dropped, not clamped. */
const MAX_SEQ = 2_147_483_647;

export const isSeq = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value > 0 && value <= MAX_SEQ;

/** The known producers' valid positions in `value`; anything else (unknown names, non-integers, other shapes) is left out. */
export function positionsFrom(value: unknown): FeedPositions {
  const positions: FeedPositions = {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) return positions;
  for (const name of SUBGRAPHS) {
    const seq = (value as Record<string, unknown>)[name];
    if (isSeq(seq)) positions[name] = seq;
  }
  return positions;
}

/** Positions from a JSON header value; empty when absent or malformed. */
export function parsePositions(header: string | undefined | null): FeedPositions {
  if (!header) return {};
  try {
    return positionsFrom(JSON.parse(header));
  } catch {
    return {};
  }
}

/** Moves `into` forward to `other`'s positions where they are further; never back. */
export function advancePositions(into: FeedPositions, other: FeedPositions): FeedPositions {
  for (const name of SUBGRAPHS) {
    const seq = other[name];
    if (seq !== undefined && seq > (into[name] ?? 0)) into[name] = seq;
  }
  return into;
}

export const hasPositions = (positions: FeedPositions): boolean => Object.keys(positions).length > 0;
