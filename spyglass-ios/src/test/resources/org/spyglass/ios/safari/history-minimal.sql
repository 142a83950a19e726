-- A test-only History.db reduced to the columns every version has, without the redirect columns, to check that the
-- parser reads a database that lacks them.
CREATE TABLE history_items (id INTEGER PRIMARY KEY AUTOINCREMENT,url TEXT NOT NULL UNIQUE,visit_count INTEGER NOT NULL DEFAULT 0);
CREATE TABLE history_visits (id INTEGER PRIMARY KEY AUTOINCREMENT,history_item INTEGER NOT NULL,visit_time REAL NOT NULL,title TEXT NULL);
