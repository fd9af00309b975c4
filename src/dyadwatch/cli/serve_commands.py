"""`dyadwatch serve`: the local dashboard over the event database."""
from __future__ import annotations

from pathlib import Path

import click

from .main import fail
from .store_commands import DB_OPTION


@click.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but a loopback address exposes the dashboard to the network.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on (0: any free port).")
@click.option("--query-seconds", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Stop a query that runs longer than this and answer 503.")
def serve(db: str, host: str, port: int, query_seconds: float) -> None:
    """Explore the event database in a browser: overview with alerts, dyads, events with filters and export,
    actors, map, and a JSON API under /api. Read-only; the database is opened per request, so `dyadwatch
    ingest` can keep writing to it. Stop with Ctrl-C."""
    from ..server.run import build_server, is_loopback

    if not Path(db).is_file():
        fail(f"{db}: no such database; create it with: dyadwatch ingest FILES --db {db}")
    if not is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach this address can read the database "
                   "(no login); use the default 127.0.0.1 unless you mean it", err=True)
    try:
        server = build_server(db, host, port, query_seconds)
    except OSError as exc:
        fail(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port or --host")
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"dyadwatch dashboard on http://{shown}:{server.server_address[1]}/ reading {db} (Ctrl-C stops it)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        server.server_close()
