-- Runs once, on an empty data volume: one database and one owner per service, as in production.
CREATE ROLE events LOGIN PASSWORD 'events';
CREATE DATABASE events OWNER events;
REVOKE ALL ON DATABASE events FROM PUBLIC;

CREATE ROLE feedback LOGIN PASSWORD 'feedback';
CREATE DATABASE feedback OWNER feedback;
REVOKE ALL ON DATABASE feedback FROM PUBLIC;

CREATE ROLE gateway LOGIN PASSWORD 'gateway';
CREATE DATABASE gateway OWNER gateway;
REVOKE ALL ON DATABASE gateway FROM PUBLIC;
