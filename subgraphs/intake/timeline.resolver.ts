import { FieldResolver, Resolver, Root } from "type-graphql";
import type { DirectorateCode } from "../../lib/domain/enums";
import { DirectorateRef } from "../../lib/graphql/directorate-ref.types";
import { StatusChange } from "./status-change.entity";

const ref = (code: DirectorateCode | null): DirectorateRef | null => (code ? { code } : null);

/** A transfer entry's directorates, as Directorates the directorates subgraph resolves. */
@Resolver(() => StatusChange)
export class TimelineResolver {
  @FieldResolver(() => DirectorateRef, { nullable: true, description: "For a TRANSFER: the directorate that handled the complaint before." })
  fromDirectorate(@Root() entry: StatusChange): DirectorateRef | null {
    return ref(entry.fromDirectorate);
  }

  @FieldResolver(() => DirectorateRef, { nullable: true, description: "For a TRANSFER: the directorate that handles it since." })
  toDirectorate(@Root() entry: StatusChange): DirectorateRef | null {
    return ref(entry.toDirectorate);
  }
}
