-- Firefox for iOS's browser.db (Storage/SQL/BrowserSchema.swift, schema version 39): the tables firefox_history and
-- firefox_favicon read, the domains table they reference, and the views over them. Bookmark, sync and top-site
-- tables and the history_fts full-text index are left out.
CREATE TABLE domains (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    domain TEXT NOT NULL UNIQUE,
    showOnTopSites TINYINT NOT NULL DEFAULT 1
);
CREATE TABLE favicons (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL UNIQUE,
    width INTEGER,
    height INTEGER,
    type INTEGER NOT NULL,
    date REAL NOT NULL
);
CREATE TABLE history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guid TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    title TEXT NOT NULL,
    server_modified INTEGER,
    local_modified INTEGER,
    is_deleted TINYINT NOT NULL,
    should_upload TINYINT NOT NULL,
    domain_id INTEGER REFERENCES domains(id) ON DELETE CASCADE,
    CONSTRAINT urlOrDeleted CHECK (url IS NOT NULL OR is_deleted = 1)
);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    siteID INTEGER NOT NULL REFERENCES history(id) ON DELETE CASCADE,
    date REAL NOT NULL,
    type INTEGER NOT NULL,
    is_local TINYINT NOT NULL,
    UNIQUE (siteID, date, type)
);
CREATE TABLE favicon_sites (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    siteID INTEGER NOT NULL REFERENCES history(id) ON DELETE CASCADE,
    faviconID INTEGER NOT NULL REFERENCES favicons(id) ON DELETE CASCADE,
    UNIQUE (siteID, faviconID)
);
CREATE INDEX idx_history_should_upload ON history (should_upload) WHERE should_upload = 1;
CREATE INDEX idx_visits_siteID_is_local_date ON visits (siteID, is_local, date);
CREATE VIEW view_favicons_widest AS
    SELECT favicon_sites.siteID AS siteID, favicons.id AS iconID, favicons.url AS iconURL, favicons.date AS iconDate,
           favicons.type AS iconType, max(favicons.width) AS iconWidth
    FROM favicon_sites, favicons WHERE favicon_sites.faviconID = favicons.id GROUP BY siteID;
CREATE VIEW view_history_visits AS
    SELECT h.url AS url, max(v.date) AS visitDate, h.domain_id AS domain_id
    FROM history h JOIN visits v ON v.siteID = h.id GROUP BY h.id;
