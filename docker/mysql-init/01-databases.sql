-- Run once by the mysql:8.4 image on an empty data volume
-- (/docker-entrypoint-initdb.d). One database per subgraph; the subgraphs
-- create their tables themselves with TypeORM migrations at start.
-- Development credentials: change them (and MYSQL_URL) for anything real.

CREATE DATABASE IF NOT EXISTS ibz_intake       CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS ibz_directorates CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS ibz_escalation   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'ibz'@'%' IDENTIFIED BY 'ibz';
GRANT ALL PRIVILEGES ON ibz_intake.*       TO 'ibz'@'%';
GRANT ALL PRIVILEGES ON ibz_directorates.* TO 'ibz'@'%';
GRANT ALL PRIVILEGES ON ibz_escalation.*   TO 'ibz'@'%';
FLUSH PRIVILEGES;
