import { InboxEventIdsMigration } from "../../../lib/events/inbox-event-ids.migration";

export class InboxEventIds1796066129579 extends InboxEventIdsMigration {
  name = "InboxEventIds1796066129579";
}
