import type { ContainerType } from "type-graphql";

/**
 * type-graphql resolves resolver classes through a container. Ours holds the
 * instances a subgraph factory built with their dependencies, so nothing is a
 * module-level singleton and two stacks can live in one process (tests).
 */
export function containerOf(...instances: object[]): ContainerType {
  const byClass = new Map<unknown, object>(instances.map((i) => [i.constructor, i]));
  return {
    get(someClass) {
      const instance = byClass.get(someClass);
      if (!instance) throw new Error(`no instance of ${(someClass as { name?: string }).name} in this subgraph's container`);
      return instance;
    },
  };
}
