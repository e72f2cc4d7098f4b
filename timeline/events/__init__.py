"""Events: one per reported happening, with its date, actors, status and source sentence."""

from timeline.events.build import build_events

__all__ = ["build_events"]
