"""The Streamlit layer: widgets and caching over the pure modules of ``timeline.dashboard``."""
