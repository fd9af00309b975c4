"""`dyadwatch serve`: a local, read-only dashboard of the event store, with a JSON API behind every page."""
