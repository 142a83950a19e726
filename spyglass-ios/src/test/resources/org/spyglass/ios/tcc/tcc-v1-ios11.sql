-- TCC.db as written by iOS 11 and earlier (access schema "v1": allowed and prompt_count, no last_modified).
CREATE TABLE admin (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
CREATE TABLE access (
    service TEXT NOT NULL,
    client TEXT NOT NULL,
    client_type INTEGER NOT NULL,
    allowed INTEGER NOT NULL,
    prompt_count INTEGER NOT NULL,
    csreq BLOB,
    CONSTRAINT key PRIMARY KEY (service, client, client_type)
);
