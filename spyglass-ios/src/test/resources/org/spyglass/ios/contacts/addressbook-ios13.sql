-- AddressBook.sqlitedb as written by iOS 13: ABPerson, its multi-values (phones, e-mails, URLs, ...) and their labels.
CREATE TABLE ABStore (
    ROWID INTEGER PRIMARY KEY AUTOINCREMENT,
    Name TEXT,
    ExternalIdentifier TEXT,
    Type INTEGER,
    ConstraintsPath TEXT,
    ExternalModificationTag TEXT,
    ExternalSyncTag TEXT,
    AccountID INTEGER DEFAULT -1,
    Enabled INTEGER DEFAULT 1,
    SyncData BLOB,
    MeIdentifier INTEGER DEFAULT -1,
    Capabilities INTEGER DEFAULT 0,
    guid TEXT NOT NULL DEFAULT (ab_generate_guid())
);
CREATE TABLE ABPerson (
    ROWID INTEGER PRIMARY KEY AUTOINCREMENT,
    First TEXT,
    Last TEXT,
    Middle TEXT,
    FirstPhonetic TEXT,
    MiddlePhonetic TEXT,
    LastPhonetic TEXT,
    Organization TEXT,
    Department TEXT,
    Note TEXT,
    Kind INTEGER,
    Birthday TEXT,
    JobTitle TEXT,
    Nickname TEXT,
    Prefix TEXT,
    Suffix TEXT,
    FirstSort TEXT,
    LastSort TEXT,
    CreationDate INTEGER,
    ModificationDate INTEGER,
    CompositeNameFallback TEXT,
    ExternalIdentifier TEXT,
    ExternalModificationTag TEXT,
    ExternalUUID TEXT,
    StoreID INTEGER,
    DisplayName TEXT,
    ExternalRepresentation BLOB,
    FirstSortSection TEXT,
    LastSortSection TEXT,
    FirstSortLanguageIndex INTEGER DEFAULT 2147483647,
    LastSortLanguageIndex INTEGER DEFAULT 2147483647,
    PersonLink INTEGER DEFAULT -1,
    ImageURI TEXT,
    IsPreferredName INTEGER DEFAULT 1,
    guid TEXT NOT NULL DEFAULT (ab_generate_guid()),
    PhonemeData TEXT,
    AlternateBirthday TEXT,
    MapsData TEXT,
    FirstPronunciation TEXT,
    MiddlePronunciation TEXT,
    LastPronunciation TEXT,
    OrganizationPhonetic TEXT,
    OrganizationPronunciation TEXT,
    PreviousFamilyName TEXT,
    PreferredLikenessSource TEXT,
    PreferredPersonaIdentifier TEXT,
    PreferredChannel TEXT,
    DowntimeWhitelist TEXT,
    ImageType TEXT,
    ImageHash BLOB,
    UNIQUE (guid)
);
CREATE TABLE ABMultiValue (
    UID INTEGER PRIMARY KEY,
    record_id INTEGER,
    property INTEGER,
    identifier INTEGER,
    label INTEGER,
    value TEXT,
    guid TEXT NOT NULL DEFAULT (ab_generate_guid()),
    UNIQUE (guid)
);
CREATE TABLE ABMultiValueLabel (value TEXT, UNIQUE (value));
CREATE TABLE ABMultiValueEntry (parent_id INTEGER, key INTEGER, value TEXT, UNIQUE (parent_id, key));
CREATE TABLE ABMultiValueEntryKey (value TEXT, UNIQUE (value));
CREATE INDEX ABMultiValueRecordIDIndex ON ABMultiValue (record_id);
INSERT INTO ABMultiValueLabel (ROWID, value) VALUES (1, '_$!<Mobile>!$_');
INSERT INTO ABMultiValueLabel (ROWID, value) VALUES (2, '_$!<Home>!$_');
INSERT INTO ABMultiValueLabel (ROWID, value) VALUES (3, '_$!<Work>!$_');
INSERT INTO ABMultiValueLabel (ROWID, value) VALUES (4, '_$!<HomePage>!$_');
