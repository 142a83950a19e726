-- Safari's favicon cache (Image Cache/Favicons/Favicons.db): pages, icons (times in Apple seconds) and the icons
-- Safari rejected.
CREATE TABLE icon_info (uuid TEXT NOT NULL UNIQUE, url TEXT NOT NULL, timestamp REAL NOT NULL,
    width REAL NOT NULL, height REAL NOT NULL, has_generated_representations INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (uuid));
CREATE TABLE page_url (uuid TEXT NOT NULL, url TEXT NOT NULL UNIQUE, PRIMARY KEY (url));
CREATE TABLE rejected_resources (page_url TEXT NOT NULL, icon_url TEXT NOT NULL, timestamp REAL NOT NULL,
    PRIMARY KEY (page_url, icon_url));
