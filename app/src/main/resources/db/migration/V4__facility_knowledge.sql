-- What the office knows about a facility beyond the imported lists: capability tags (whole facility or one
-- department), 登録医, contact, notes; every fact with 確認日 / 確認者 (docs/decisions/0018). Portable SQL.
--
-- Knowledge is keyed by the facility's stable identity (source, source_key), the same key re-imports update by,
-- not by facility.id alone, and has no foreign key to facility: it outlives a facility row (closed, or not yet
-- imported in this database when another office's knowledge is merged in).

-- The vocabulary of capability tags; the office can add its own. takes_detail: the tag carries a free value
-- (外国語 → which languages).
CREATE TABLE capability_tag (
    name         VARCHAR(64) NOT NULL PRIMARY KEY,
    takes_detail BOOLEAN     NOT NULL,
    builtin      BOOLEAN     NOT NULL,
    ordinal      INTEGER     NOT NULL
);
INSERT INTO capability_tag (name, takes_detail, builtin, ordinal) VALUES
    ('訪問診療', FALSE, TRUE, 1),
    ('往診', FALSE, TRUE, 2),
    ('24時間対応', FALSE, TRUE, 3),
    ('在宅酸素', FALSE, TRUE, 4),
    ('インスリン導入・管理', FALSE, TRUE, 5),
    ('褥瘡', FALSE, TRUE, 6),
    ('胃ろう', FALSE, TRUE, 7),
    ('認知症', FALSE, TRUE, 8),
    ('がん術後の経過観察', FALSE, TRUE, 9),
    ('緩和ケア', FALSE, TRUE, 10),
    ('透析', FALSE, TRUE, 11),
    ('小児在宅', FALSE, TRUE, 12),
    ('バリアフリー', FALSE, TRUE, 13),
    ('エレベーター', FALSE, TRUE, 14),
    ('駐車場', FALSE, TRUE, 15),
    ('外国語', TRUE, TRUE, 16),
    ('新患受付中', FALSE, TRUE, 17);

-- One row per facility with knowledge: the single-valued facts, each with its own verification (NULL date = the
-- fact is not recorded). contact_method: '' | phone | fax | mcs.
CREATE TABLE facility_knowledge (
    source         VARCHAR(64)   NOT NULL,
    source_key     VARCHAR(64)   NOT NULL,
    registered     BOOLEAN,
    registered_on  DATE,
    registered_by  VARCHAR(200)  NOT NULL DEFAULT '',
    contact_person VARCHAR(200)  NOT NULL DEFAULT '',
    contact_method VARCHAR(8)    NOT NULL DEFAULT '',
    contact_on     DATE,
    contact_by     VARCHAR(200)  NOT NULL DEFAULT '',
    notes          VARCHAR(4000) NOT NULL DEFAULT '',
    notes_on       DATE,
    notes_by       VARCHAR(200)  NOT NULL DEFAULT '',
    updated_at     TIMESTAMP     NOT NULL,
    PRIMARY KEY (source, source_key)
);

-- Capability tags of a facility; department = canonical department name, or '' for the whole facility.
CREATE TABLE facility_capability (
    source      VARCHAR(64)  NOT NULL,
    source_key  VARCHAR(64)  NOT NULL,
    department  VARCHAR(64)  NOT NULL,
    tag         VARCHAR(64)  NOT NULL REFERENCES capability_tag (name),
    detail      VARCHAR(200) NOT NULL DEFAULT '',
    verified_on DATE         NOT NULL,
    verified_by VARCHAR(200) NOT NULL DEFAULT '',
    PRIMARY KEY (source, source_key, department, tag)
);
CREATE INDEX ix_facility_capability_tag ON facility_capability (tag);

-- Facts verified longer ago than this many months are flagged as stale.
ALTER TABLE office_settings ADD COLUMN stale_months INTEGER NOT NULL DEFAULT 12;
