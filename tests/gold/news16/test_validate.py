"""Every gold file of the sixteenth news set (news16, a TRAINING set) passes the news set's own checker, unchanged."""

from __future__ import annotations

from pathlib import Path

from tests.gold.news.gold_set import checks

(test_the_set_has_articles, test_gold_file_is_well_formed, test_every_article_has_a_gold_file,
 test_the_whole_folder_passes) = checks(Path(__file__).resolve().parent, 30)
