import { DataSource } from "typeorm";
import { inTransaction } from "../lib/platform/database";
import { FeedCursor } from "../lib/events/event.entities";

describe("inTransaction on SQLite", () => {
  it("queues overlapping transactions on the one connection instead of nesting them", async () => {
    const ds = new DataSource({ type: "better-sqlite3", database: ":memory:", entities: [FeedCursor], synchronize: true });
    await ds.initialize();
    const pause = () => new Promise((r) => setTimeout(r, 20));
    const failing = inTransaction(ds, async (m) => {
      await m.insert(FeedCursor, { source: "a", lastSeq: 1 });
      await pause();
      throw new Error("roll back a");
    });
    const committing = inTransaction(ds, async (m) => {
      await m.insert(FeedCursor, { source: "b", lastSeq: 2 });
      await pause();
    });
    await expect(failing).rejects.toThrow("roll back a");
    await committing;
    expect(await ds.getRepository(FeedCursor).find({ order: { source: "ASC" } })).toEqual([{ source: "b", lastSeq: 2, lastEventId: null }]);
    await ds.destroy();
  });
});
