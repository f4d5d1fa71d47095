/**
 * The audit table refuses UPDATE and DELETE in the database itself, so not even
 * a bug or a hand-written query in the application can rewrite history. The one
 * exception is deleting entries older than the audit retention period
 * (`audit_retention.years`, written by `npm run retention` with the migration
 * account); the serving account has no DELETE privilege at all (docs/operations.md).
 */
const MESSAGE = "audit entries are append-only";
const DELETE_MESSAGE = "audit entries are append-only: only entries older than the audit retention period may be deleted";

const NOT_PAST_RETENTION_SQLITE =
  "NOT EXISTS (SELECT 1 FROM audit_retention r WHERE OLD.at < strftime('%Y-%m-%d %H:%M:%f', 'now', '-' || r.years || ' years'))";

/** Run at every open: the delete trigger is replaced, so a database made before audit retention gets the new rule. */
export const AUDIT_APPEND_ONLY_SQLITE = [
  `CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
  "DROP TRIGGER IF EXISTS audit_entry_no_delete",
  `CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry WHEN ${NOT_PAST_RETENTION_SQLITE} BEGIN SELECT RAISE(ABORT, '${DELETE_MESSAGE}'); END`,
];

export const AUDIT_APPEND_ONLY_MYSQL = {
  up: ["UPDATE", "DELETE"].map(
    (op) =>
      `CREATE TRIGGER audit_entry_no_${op.toLowerCase()} BEFORE ${op} ON audit_entry FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${MESSAGE}'`,
  ),
  down: ["UPDATE", "DELETE"].map((op) => `DROP TRIGGER IF EXISTS audit_entry_no_${op.toLowerCase()}`),
};

/** The delete trigger with the retention exception (migration AuditRetention), and the table it reads. */
export const AUDIT_RETENTION_MYSQL = {
  up: [
    "CREATE TABLE `audit_retention` (`id` int NOT NULL, `years` int NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB",
    "DROP TRIGGER IF EXISTS audit_entry_no_delete",
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW BEGIN " +
      "IF NOT EXISTS (SELECT 1 FROM audit_retention r WHERE OLD.at < UTC_TIMESTAMP(3) - INTERVAL r.years YEAR) THEN " +
      `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${DELETE_MESSAGE}'; END IF; END`,
  ],
  down: [
    "DROP TRIGGER IF EXISTS audit_entry_no_delete",
    `CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${MESSAGE}'`,
    "DROP TABLE `audit_retention`",
  ],
};
