"""Seminars and dissemination sessions: recurrence, listings, calendar export, feeds, reports.

The models live in reform/models/events.py; this package holds what works on them.
"""
