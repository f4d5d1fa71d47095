import { cacheControlFromInfo } from "@apollo/cache-control-types";
import type { GraphQLResolveInfo } from "graphql";

/** How long shared caches (browsers, CDNs, the gateway's clients) may keep public directory data. */
export const PUBLIC_MAX_AGE_SECONDS = 300;

/**
 * Marks a root field whose answer is the same for everyone. The response is
 * only cacheable when every field in it is: one private field (any complaint,
 * any `_entities` call) brings the whole response back to no caching.
 */
export function publicData(info: GraphQLResolveInfo): void {
  cacheControlFromInfo(info).setCacheHint({ maxAge: PUBLIC_MAX_AGE_SECONDS, scope: "PUBLIC" });
}
