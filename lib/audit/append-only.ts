/**
 * The audit table refuses UPDATE and DELETE in the database itself, so not even
 * a bug or a hand-written query in the application can rewrite history.
 */
const MESSAGE = "audit entries are append-only";

export const AUDIT_APPEND_ONLY_SQLITE = ["UPDATE", "DELETE"].map(
  (op) => `CREATE TRIGGER IF NOT EXISTS audit_entry_no_${op.toLowerCase()} BEFORE ${op} ON audit_entry BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
);

export const AUDIT_APPEND_ONLY_MYSQL = {
  up: ["UPDATE", "DELETE"].map(
    (op) =>
      `CREATE TRIGGER audit_entry_no_${op.toLowerCase()} BEFORE ${op} ON audit_entry FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${MESSAGE}'`,
  ),
  down: ["UPDATE", "DELETE"].map((op) => `DROP TRIGGER IF EXISTS audit_entry_no_${op.toLowerCase()}`),
};
