-- Rasd warehouse schema (DuckDB). The single source of truth for tables; applied idempotently
-- by rasd.warehouse.schema.connect(). Columns added after the first release are also added with
-- ALTER TABLE ... ADD COLUMN IF NOT EXISTS below, so an existing database upgrades in place. Keys are stable hashes of their content, so re-runs produce the same keys.

-- Dimensions --------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS outlets (
    outlet_id   VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    name_ar     VARCHAR,
    country     VARCHAR,          -- ISO 3166-1 alpha-2
    founded     DATE,
    enabled     BOOLEAN
);
CREATE TABLE IF NOT EXISTS countries (
    code         VARCHAR PRIMARY KEY,  -- ISO 3166-1 alpha-2
    name_en      VARCHAR NOT NULL,
    name_ar      VARCHAR,
    adjective_en VARCHAR
);
CREATE TABLE IF NOT EXISTS people (
    person_id VARCHAR PRIMARY KEY,     -- Wikidata Q-id where certain, else a stable slug
    name_en   VARCHAR NOT NULL,
    name_ar   VARCHAR
);
CREATE TABLE IF NOT EXISTS person_offices (
    person_id  VARCHAR NOT NULL,
    role       VARCHAR NOT NULL,
    country    VARCHAR,
    org        VARCHAR,
    start_date DATE,
    end_date   DATE
);
CREATE TABLE IF NOT EXISTS news_sources (
    name_en VARCHAR PRIMARY KEY,
    kind    VARCHAR NOT NULL              -- agency | official | broadcaster | outlet
);

-- Fetch ----------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS raw_pages (
    canonical_url  VARCHAR PRIMARY KEY,
    url            VARCHAR NOT NULL,
    final_url      VARCHAR,
    outlet_id      VARCHAR NOT NULL,
    status         INTEGER,
    content_type   VARCHAR,
    charset        VARCHAR,
    content_hash   VARCHAR NOT NULL,      -- address of the body in the raw store
    n_bytes        BIGINT,
    etag           VARCHAR,
    last_modified  VARCHAR,
    fetched_at     TIMESTAMP,
    discovered_via VARCHAR,
    published_hint VARCHAR
);
CREATE TABLE IF NOT EXISTS fetch_log (
    run_id        VARCHAR,
    url           VARCHAR,
    canonical_url VARCHAR,
    final_url     VARCHAR,
    outlet_id     VARCHAR,
    status        VARCHAR,
    n_bytes       BIGINT,
    content_hash  VARCHAR,
    elapsed_ms    DOUBLE,
    attempts      INTEGER,
    error         VARCHAR,
    fetched_at    TIMESTAMP,
    kind          VARCHAR,                -- page | feed | sitemap | robots
    etag          VARCHAR,
    last_modified VARCHAR
);

-- Facts ----------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS articles (
    article_id      VARCHAR PRIMARY KEY,
    url             VARCHAR NOT NULL,
    canonical_url   VARCHAR,
    outlet_id       VARCHAR NOT NULL,
    title           VARCHAR,
    published_date  DATE,
    published_basis VARCHAR,              -- meta | htmldate | dateline | url | feed | given | none
    author          VARCHAR,
    site_name       VARCHAR,
    source_line     VARCHAR,
    photo_credit    VARCHAR,
    content_hash    VARCHAR,
    duplicate_of    VARCHAR,              -- near-duplicate (syndicated copy) of this article
    month_conflicts VARCHAR[],
    minhash         UBIGINT[],            -- MinHash signature, to find later copies of this article
    text            VARCHAR NOT NULL,     -- cleaned text; evidence offsets point into it
    extractor_version VARCHAR,
    load_hash       VARCHAR               -- fingerprint of the article and its events as loaded
);
CREATE TABLE IF NOT EXISTS events (
    event_id          VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    event_index       INTEGER NOT NULL,
    type              VARCHAR NOT NULL,   -- phone_call | video_call | meeting | visit | message
    status            VARCHAR NOT NULL,   -- reported | planned | denied | unconfirmed
    background        BOOLEAN NOT NULL,
    event_date        DATE,
    date_basis        VARCHAR NOT NULL,   -- explicit | today | yesterday | weekday | published | none
    date_conflict     VARCHAR,
    participant_key   VARCHAR NOT NULL,   -- the participant SET: sorted distinct participant_key()s joined by '|'
    extractor_version VARCHAR NOT NULL,
    initiator         VARCHAR,            -- participant_key() of the side placing the call; NULL: neutral
    confidence        DOUBLE DEFAULT 1.0, -- 0..1 from the evidence; calls use events >= RASD_CALL_MIN_CONFIDENCE
    flags             VARCHAR[]           -- e.g. date_needs_publication
);
CREATE TABLE IF NOT EXISTS event_participants (
    event_id  VARCHAR NOT NULL,
    position  INTEGER NOT NULL,
    person_id VARCHAR,                    -- NULL: a person missing from the reference data
    name_en   VARCHAR,
    name_ar   VARCHAR,
    country   VARCHAR,
    role      VARCHAR,
    org       VARCHAR,
    mention   VARCHAR,
    participant_key VARCHAR,              -- rasd.records.participant_key(): the one participant identity
    PRIMARY KEY (event_id, position)
);
CREATE TABLE IF NOT EXISTS event_sources (
    event_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    name_en  VARCHAR NOT NULL,
    kind     VARCHAR,
    mention  VARCHAR,
    PRIMARY KEY (event_id, position)
);
CREATE TABLE IF NOT EXISTS event_topics (
    event_id VARCHAR NOT NULL,
    topic    VARCHAR NOT NULL,
    PRIMARY KEY (event_id, topic)
);
CREATE TABLE IF NOT EXISTS event_evidence (
    event_id   VARCHAR NOT NULL,
    position   INTEGER NOT NULL,
    kind       VARCHAR NOT NULL,          -- trigger | participant | date | source | topic
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR,
    PRIMARY KEY (event_id, position)
);
-- One row per real-world call across articles and outlets (rebuilt by rasd.warehouse.calls), from
-- reported events at or above the confidence threshold, grouped by participant SET and date.
-- Derived tables carry no index: their keys are unique by construction, and the warehouse gate
-- checks it (an index would double the cost of every rebuild).
CREATE TABLE IF NOT EXISTS calls (
    call_id          VARCHAR NOT NULL,
    type             VARCHAR NOT NULL,
    call_date        DATE,
    date_basis       VARCHAR,
    date_conflict    BOOLEAN NOT NULL,    -- outlets disagree on the date
    participant_key  VARCHAR NOT NULL,
    participants     VARCHAR,             -- display names joined by ' – '
    countries        VARCHAR[],
    topics           VARCHAR[],
    sources          VARCHAR[],
    n_events         INTEGER NOT NULL,
    n_articles       INTEGER NOT NULL,
    n_outlets        INTEGER NOT NULL,
    first_published  DATE,
    last_published   DATE,
    initiator        VARCHAR,             -- the caller all outlets agree on; NULL when none or they disagree
    initiator_conflict BOOLEAN DEFAULT false  -- outlets name different callers
);
CREATE TABLE IF NOT EXISTS call_events (
    call_id  VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL
);

-- Quality ----------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS quarantine (
    quarantine_id VARCHAR PRIMARY KEY,
    stage         VARCHAR NOT NULL,       -- fetch | clean | extract | load | gate_* 
    reason        VARCHAR NOT NULL,
    detail        VARCHAR,
    url           VARCHAR,
    item_id       VARCHAR,
    outlet_id     VARCHAR,
    value         VARCHAR,
    first_run_id  VARCHAR
);
CREATE TABLE IF NOT EXISTS quality_results (
    run_id           VARCHAR NOT NULL,
    stage            VARCHAR NOT NULL,
    expectation      VARCHAR NOT NULL,
    severity         VARCHAR NOT NULL,    -- critical | warning
    success          BOOLEAN NOT NULL,
    element_count    BIGINT,
    unexpected_count BIGINT,
    detail           VARCHAR,
    checked_at       TIMESTAMP
);
CREATE TABLE IF NOT EXISTS runs (
    run_id      VARCHAR PRIMARY KEY,
    started_at  TIMESTAMP,
    finished_at TIMESTAMP,
    status      VARCHAR,              -- success | failed
    counts      JSON,                 -- items per stage, as the stages counted them
    gate        VARCHAR,              -- the gate that failed the run (NULL on success)
    message     VARCHAR               -- why it failed, in one line
);

-- Upgrades of databases created before these columns existed (no-ops on a new database).
ALTER TABLE events ADD COLUMN IF NOT EXISTS initiator VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence DOUBLE DEFAULT 1.0;
ALTER TABLE events ADD COLUMN IF NOT EXISTS flags VARCHAR[];
ALTER TABLE event_participants ADD COLUMN IF NOT EXISTS participant_key VARCHAR;
ALTER TABLE calls ADD COLUMN IF NOT EXISTS initiator VARCHAR;
ALTER TABLE calls ADD COLUMN IF NOT EXISTS initiator_conflict BOOLEAN DEFAULT false;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS gate VARCHAR;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS message VARCHAR;

-- Analyst views ------------------------------------------------------------------------------------
-- The people on each call (one row per distinct participant of its events).
CREATE OR REPLACE VIEW call_participants AS
-- (rows loaded before participant_key was stored get the same key computed here)
SELECT DISTINCT ce.call_id,
       coalesce(p.participant_key, p.person_id,
                'unk:' || coalesce(p.country, '') || ':' || coalesce(p.name_ar, p.mention)) AS participant_key,
       p.person_id, coalesce(p.name_en, p.name_ar) AS name, p.name_ar, p.country
FROM call_events ce JOIN event_participants p USING (event_id);

-- Each call once per pair of countries, with its month: "calls between two countries over time".
CREATE OR REPLACE VIEW calls_between_countries AS
SELECT c.call_id, c.type, c.call_date, strftime(c.call_date, '%Y-%m') AS month,
       least(a.country, b.country) AS country_a, greatest(a.country, b.country) AS country_b,
       c.participants, c.n_outlets, c.sources
FROM calls c
JOIN call_participants a ON a.call_id = c.call_id
JOIN call_participants b ON b.call_id = c.call_id AND a.country < b.country;

-- Calls made dyadic: one row per call and unordered pair of its participants (a call with three
-- people gives three pairs), for analyses that need two sides.
CREATE OR REPLACE VIEW call_pairs AS
SELECT c.call_id, c.type, c.call_date, c.n_outlets, c.initiator,
       a.participant_key AS participant_a, a.name AS name_a, a.country AS country_a,
       b.participant_key AS participant_b, b.name AS name_b, b.country AS country_b
FROM calls c
JOIN call_participants a ON a.call_id = c.call_id
JOIN call_participants b ON b.call_id = c.call_id AND a.participant_key < b.participant_key;

-- A leader's contacts: one row per call and counterpart.
CREATE OR REPLACE VIEW leader_contacts AS
SELECT me.person_id, me.name, me.country, other.person_id AS counterpart_id, other.name AS counterpart,
       other.country AS counterpart_country, c.type, c.call_date, c.n_outlets, c.call_id
FROM calls c
JOIN call_participants me ON me.call_id = c.call_id
JOIN call_participants other ON other.call_id = c.call_id AND other.participant_key <> me.participant_key;

-- How many calls touched each topic, per month.
CREATE OR REPLACE VIEW topics_per_month AS
SELECT strftime(call_date, '%Y-%m') AS month, topic, count(*) AS n_calls
FROM calls, unnest(topics) AS t(topic)
WHERE type = 'phone_call'
GROUP BY ALL;

-- What each outlet contributed, and what of it was rejected.
CREATE OR REPLACE VIEW outlet_coverage AS
SELECT o.outlet_id, o.name, o.country,
       (SELECT count(*) FROM articles a WHERE a.outlet_id = o.outlet_id) AS n_articles,
       (SELECT count(*) FROM events e JOIN articles a USING (article_id) WHERE a.outlet_id = o.outlet_id) AS n_events,
       (SELECT count(DISTINCT ce.call_id) FROM call_events ce JOIN events e USING (event_id)
          JOIN articles a USING (article_id) WHERE a.outlet_id = o.outlet_id) AS n_calls,
       (SELECT count(*) FROM quarantine q WHERE q.outlet_id = o.outlet_id) AS n_quarantined,
       (SELECT min(published_date) FROM articles a WHERE a.outlet_id = o.outlet_id) AS first_published,
       (SELECT max(published_date) FROM articles a WHERE a.outlet_id = o.outlet_id) AS last_published
FROM outlets o;

-- Why Rasd believes a call happened: every evidence span of every report of it.
CREATE OR REPLACE VIEW call_evidence AS
SELECT ce.call_id, a.outlet_id, a.url, a.published_date, e.event_id, e.date_basis, v.kind, v.text,
       v.start_char, v.end_char
FROM call_events ce JOIN events e USING (event_id) JOIN articles a USING (article_id)
JOIN event_evidence v USING (event_id);
