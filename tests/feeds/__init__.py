"""Feed polling and bulk ingest against local HTTP servers."""
