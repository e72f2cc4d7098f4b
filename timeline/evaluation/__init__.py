"""Measuring Timeline against gold annotations, above the pipeline (nothing below imports it).

- :mod:`timeline.evaluation.dates`: TempEval-3 Task A scores of the date engine
  (``timeline evaluate CORPUS``);
- :mod:`timeline.evaluation.events`: precision and recall of events against ``*.gold.json``
  files (``timeline evaluate FOLDER``);
- :mod:`timeline.evaluation.corpus`: reading JSONL and TimeML corpora, tagging them
  (``timeline tag``).
"""
