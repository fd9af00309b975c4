"""Tell someone about a new alert: a JSON line appended to a file, or a JSON POST to a webhook."""
from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import date
from pathlib import Path

import httpx

from ..analysis.alerts import Alert, AlertScan
from ..documents.fetch import USER_AGENT, check_url
from ..errors import NotifyError

WEBHOOK_TIMEOUT = 10.0


def alert_record(alert: Alert, scan: AlertScan) -> dict:
    """An alert as JSON-ready data, the same fields as `dyadwatch alerts --format json` plus its window."""
    record = dict(asdict(alert), surprise=round(alert.surprise, 2), expected=round(alert.expected, 2))
    record.update(window_start=scan.window_start, window_end=scan.window_end, baseline_start=scan.baseline_start)
    return json.loads(json.dumps(record, default=_plain))


class Notifier:
    """Where new alerts go: a file path (JSON Lines, appended) or an http(s) webhook URL (one POST each)."""

    def __init__(self, target: str):
        self.target = target
        self.webhook = target.lower().startswith(("http://", "https://"))
        if self.webhook:
            reason = check_url(target)
            if reason:
                raise NotifyError(f"--notify {target}: {reason}")
        elif "://" in target:
            raise NotifyError(f"--notify {target}: give a file path or an http(s) webhook URL")
        elif not Path(target).resolve().parent.is_dir():
            raise NotifyError(f"--notify {target}: no such directory {Path(target).resolve().parent}")

    def send(self, records: list[dict]) -> None:
        """Deliver every record, or raise a NotifyError naming the target."""
        if not records:
            return
        if self.webhook:
            self._post(records)
            return
        try:
            with open(self.target, "a", encoding="utf-8") as out:
                for record in records:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise NotifyError(f"{self.target}: cannot append the alerts ({exc.strerror or exc})") from None

    def _post(self, records: list[dict]) -> None:
        try:
            with httpx.Client(timeout=WEBHOOK_TIMEOUT, follow_redirects=False, trust_env=False,
                              headers={"User-Agent": USER_AGENT}) as client:
                for record in records:
                    response = client.post(self.target, json=record)
                    if not 200 <= response.status_code < 300:
                        raise NotifyError(f"{self.target}: the webhook answered HTTP {response.status_code}; "
                                          "the alert is sent again next round")
        except httpx.HTTPError as exc:
            raise NotifyError(f"{self.target}: cannot post to the webhook ({type(exc).__name__}: {exc}); "
                              "the alert is sent again next round") from None


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else str(value)
