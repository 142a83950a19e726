-- A test-only BrowserState.db in the layout of iOS 11 and earlier, where the session blob was a column of tabs and
-- there was no tab_sessions table. Reconstructed from the later schema and MVT's fallback query, not taken from a
-- device.
CREATE TABLE tabs (id INTEGER PRIMARY KEY AUTOINCREMENT,uuid TEXT NOT NULL UNIQUE,title TEXT,url TEXT COLLATE NOCASE,user_visible_url TEXT COLLATE NOCASE,order_index INTEGER NOT NULL,last_viewed_time REAL DEFAULT NULL,private_browsing BOOL DEFAULT 0,browser_window_uuid TEXT NOT NULL,session_data BLOB DEFAULT NULL);
