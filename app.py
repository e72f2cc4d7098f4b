"""The Timeline dashboard of a checkout: ``streamlit run app.py -- [PATH...] [--store STORE]``.

A thin entry: the page is ``timeline.dashboard.app`` (which ``timeline app`` runs directly, so an
installed package has the dashboard too).
"""

from timeline.dashboard.app import main

main()
