-- An older Favicons.db without the rejected_resources table.
CREATE TABLE icon_info (uuid TEXT NOT NULL UNIQUE, url TEXT NOT NULL, timestamp REAL NOT NULL,
    width REAL NOT NULL, height REAL NOT NULL, PRIMARY KEY (uuid));
CREATE TABLE page_url (uuid TEXT NOT NULL, url TEXT NOT NULL UNIQUE, PRIMARY KEY (url));
