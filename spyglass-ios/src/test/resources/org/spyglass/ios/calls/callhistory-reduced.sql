-- A reduced ZCALLRECORD (no service provider, location, direction or answer columns), standing for the older and
-- trimmed stores the parser must still read: only the columns present are queried.
CREATE TABLE ZCALLRECORD (
    Z_PK INTEGER PRIMARY KEY,
    Z_ENT INTEGER,
    Z_OPT INTEGER,
    ZDATE TIMESTAMP,
    ZDURATION FLOAT,
    ZADDRESS VARCHAR
);
