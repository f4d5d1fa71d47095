-- Run once by the mysql:8.4 image on an empty data volume
-- (/docker-entrypoint-initdb.d). One database per subgraph and two accounts
-- (docs/operations.md, "Database accounts"): ibz_migrate creates the tables and triggers
-- (`npm run migrate`, the compose `migrate` service); ibz serves and may only
-- read and write rows: no DDL, no TRIGGER, so it cannot rewrite the audit trail.
-- Development credentials: change them (and the URLs) for anything real.

CREATE DATABASE IF NOT EXISTS ibz_intake       CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS ibz_directorates CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS ibz_escalation   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'ibz_migrate'@'%' IDENTIFIED BY 'ibz_migrate';
GRANT ALL PRIVILEGES ON ibz_intake.*       TO 'ibz_migrate'@'%';
GRANT ALL PRIVILEGES ON ibz_directorates.* TO 'ibz_migrate'@'%';
GRANT ALL PRIVILEGES ON ibz_escalation.*   TO 'ibz_migrate'@'%';

CREATE USER IF NOT EXISTS 'ibz'@'%' IDENTIFIED BY 'ibz';
GRANT SELECT, INSERT, UPDATE ON ibz_intake.*       TO 'ibz'@'%';
GRANT SELECT, INSERT, UPDATE ON ibz_directorates.* TO 'ibz'@'%';
GRANT SELECT, INSERT, UPDATE ON ibz_escalation.*   TO 'ibz'@'%';
FLUSH PRIVILEGES;
