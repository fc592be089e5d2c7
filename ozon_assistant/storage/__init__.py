"""SQLite storage: one small database per concern under the data folder, each with its own
schema version in ``PRAGMA user_version`` and forward-only migrations."""
