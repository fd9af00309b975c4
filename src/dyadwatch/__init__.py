"""dyadwatch: who did what to whom, when, from the news."""
__version__ = "0.1.0"
