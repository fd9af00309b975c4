"""Where events happened: an offline GeoNames gazetteer, place mentions resolved in context, and the
place of each coded event (see locate.py)."""
