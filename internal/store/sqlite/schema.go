package sqlite

// migrations are the ordered schema steps. migrations[i] brings the schema
// from version i to version i+1; each step runs in its own transaction with
// the version bump. Never edit a released step: append a new one.
var migrations = [][]string{
	// 1: raw documents and extracted articles.
	{
		`CREATE TABLE documents (
			hash          TEXT PRIMARY KEY,          -- hex SHA-256 of the raw bytes
			path          TEXT NOT NULL,             -- as first given, or the URL
			url           TEXT NOT NULL DEFAULT '',
			media_type    TEXT NOT NULL DEFAULT '',
			size          INTEGER NOT NULL,          -- raw size before compression
			received      TEXT NOT NULL,             -- RFC 3339, UTC
			raw_encoding  TEXT NOT NULL,             -- 'gzip'
			raw           BLOB NOT NULL,
			extracted_at  TEXT,                      -- NULL: not extracted yet
			extract_error TEXT                       -- NULL unless extraction failed
		) STRICT`,
		`CREATE INDEX documents_pending ON documents(received) WHERE extracted_at IS NULL`,
		`CREATE TABLE articles (
			id                  INTEGER PRIMARY KEY,
			doc_hash            TEXT NOT NULL UNIQUE REFERENCES documents(hash) ON DELETE CASCADE,
			path                TEXT NOT NULL,
			url                 TEXT NOT NULL,
			title               TEXT NOT NULL,
			body                TEXT NOT NULL,
			published           TEXT NOT NULL,       -- RFC 3339 with offset, '' when unknown
			published_unix      INTEGER,             -- for ordering; NULL when unknown
			published_precision TEXT NOT NULL,
			published_source    TEXT NOT NULL,
			author              TEXT NOT NULL,
			outlet              TEXT NOT NULL,
			language            TEXT NOT NULL,
			removed             TEXT NOT NULL,       -- dropped lines, JSON array of strings
			removed_count       INTEGER NOT NULL,
			extracted_at        TEXT NOT NULL
		) STRICT`,
		`CREATE INDEX articles_published ON articles(published_unix DESC, id DESC)`,
		`CREATE TABLE article_flags (
			article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
			pos        INTEGER NOT NULL,
			name       TEXT NOT NULL,
			evidence   TEXT NOT NULL,
			PRIMARY KEY (article_id, pos)
		) STRICT`,
		`CREATE INDEX article_flags_name ON article_flags(name)`,
	},
	// 2: documents numbered in the order they were first stored (an
	// article's ID is its document's number, so IDs follow the input order
	// however extraction interleaves); stories (rebuilt as a whole by
	// re-clustering) and the claim cache.
	{
		`ALTER TABLE documents ADD COLUMN seq INTEGER`,
		`UPDATE documents SET seq = rowid`,
		`CREATE UNIQUE INDEX documents_seq ON documents(seq)`,
		`CREATE TABLE stories (
			id         TEXT PRIMARY KEY,
			label      TEXT NOT NULL,
			first_seen TEXT NOT NULL,                -- RFC 3339, '' when no article is dated
			last_seen  TEXT NOT NULL,
			last_unix  INTEGER,                      -- for ordering; NULL when undated
			articles   INTEGER NOT NULL,
			outlets    INTEGER NOT NULL
		) STRICT`,
		`CREATE INDEX stories_activity ON stories(last_unix DESC)`,
		`CREATE TABLE story_articles (
			story_id     TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
			article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
			duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,
			overlap      REAL NOT NULL,
			PRIMARY KEY (article_id)
		) STRICT`,
		`CREATE INDEX story_articles_story ON story_articles(story_id)`,
		`CREATE TABLE article_claims (
			article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
			version    INTEGER NOT NULL,             -- claim-stage version that produced them
			claims     TEXT NOT NULL                 -- JSON array of model.Claim
		) STRICT`,
	},
}
