"""Lotse — a calm, large-print assistant for the online ID card and the city's services."""

__version__ = "0.1.0"
