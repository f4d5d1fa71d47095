/**
 * Set on a subgraph's answer when READ entries were written for it: the
 * gateway then hands that answer to no other request (gateway/in-flight.ts).
 * Its own module so the gateway does not load the audit entity and its ORM.
 */
export const AUDITED_READS_HEADER = "x-audited-reads";
