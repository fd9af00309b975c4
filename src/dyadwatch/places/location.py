"""The place of an event as every output shows it."""
from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Place

# How the place was found, in the order they are tried (see locate.py).
RESOLVED_BY = ("locative", "object", "dateline", "sentence", "story")


@dataclass(frozen=True)
class Location:
    """Where an event happened: a gazetteer place and the words of the text that name it."""

    place: Place
    text: str
    span: tuple[int, int]
    resolved_by: str

    def to_dict(self) -> dict:
        place = self.place
        return {
            "name": place.name,
            "country": place.country,
            "adm1": place.adm1,
            "lat": place.lat,
            "lon": place.lon,
            "feature": place.feature_code,
            "precision": place.precision,
            "text": self.text,
            "span": list(self.span),
            "resolved_by": self.resolved_by,
        }
