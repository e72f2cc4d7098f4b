"""Summary proxy (issue 12 points 1 and 6): how a change of clauses and summaries moves the events
judged bad for their summary, and the events judged keep, without new verdicts.

For each training set, the events of a BEFORE output (``timeline events --all --format jsonl``)
that are shown (not ``minor``) are matched to their verdicts
(``tests/gold/news/verdicts/keep_rate.py``). "Bad" ones are judged
``wrong`` or ``not-an-event`` with a reason that ``summary_reasons.toml`` counts (an unusable
summary, two clauses glued, cut, no subject, a fragment); "keep" ones are judged ``keep``. Each is
found again in the AFTER output by its article and predicate offset, and reported as:

- ``same``: shown, same summary;
- ``changed``: a new summary (the event becomes unjudged);
- ``hidden``: marked minor (``minor`` 1) where it was shown (the same summary or not);
- ``gone``: no event at its predicate any more.

The figures: the share of the bad ones altered (changed, hidden or gone: each listed before/after)
and the share of the keep ones altered (should stay near 0: each is an event to judge again).

Usage, from the repository root::

    python3 benchmarks/summary_proxy.py /tmp/before-{set}-all.jsonl /tmp/after-{set}-all.jsonl
    python3 benchmarks/summary_proxy.py BEFORE AFTER --reasons   # the verdict reasons counted
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "gold" / "news" / "verdicts"))
import keep_rate  # noqa: E402

SETS = ("news", "news2", "news3", "news5", "news6", "news7", "news8", "news9", "news10", "news11", "news12")
REASONS = Path(__file__).with_name("summary_reasons.toml")


def counted(reason: str, rules: dict) -> bool:
    """Does the verdict ``reason`` say the summary is unusable or the event a fragment?"""
    low = reason.lower()
    return any(re.search(p, low) for p in rules["count"]) and not any(re.search(p, low) for p in rules["except"])


def _events(path: Path) -> list[dict]:
    return keep_rate.load_events(path) if path.exists() else []


def outcome(before: dict, after: dict | None) -> str:
    """``same``, ``changed``, ``hidden`` or ``gone`` (see the module's docstring)."""
    if after is None:
        return "gone"
    if after.get("minor") == 1 and before.get("minor") != 1:
        return "hidden"
    return "same" if after["summary"] == before["summary"] else "changed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", help="BEFORE output path with {set}")
    parser.add_argument("after", help="AFTER output path with {set}")
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--reasons", action="store_true", help="list the verdict reasons counted")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    args = parser.parse_args(argv)
    rules = tomllib.loads(REASONS.read_text(encoding="utf-8"))
    totals = {"bad": Counter(), "keep": Counter()}
    lines: list[str] = []
    reasons: list[str] = []
    for name in args.sets:
        folder = ROOT / "tests" / "gold" / name / "verdicts"
        before = _events(Path(args.before.format(set=name)))
        after = {(e["doc_id"], e["trigger_start"]): e for e in _events(Path(args.after.format(set=name)))}
        for event, verdict in keep_rate.match(before, keep_rate.load_verdicts(folder)):
            if verdict is None or event.get("minor") == 1:
                continue  # the shown events only: a hidden one counts in no keep rate
            if verdict["verdict"] == "keep":
                group = "keep"
            elif counted(verdict.get("reason") or "", rules):
                group = "bad"
                reasons.append(f"{name}/{event['doc_id']}: {verdict['verdict']}: {verdict.get('reason')}")
            else:
                continue
            new = after.get((event["doc_id"], event["trigger_start"]))
            result = outcome(event, new)
            totals[group][result] += 1
            if group == "bad" or result != "same":
                lines.append(f"[{group} {result}] {name}/{event['doc_id']} ({verdict.get('reason') or ''})\n"
                             f"    before: {event['summary']}\n"
                             f"    after:  {new['summary'] if new else '(no event)'}"
                             f"{'  [minor]' if new and new.get('minor') == 1 else ''}")
    if args.reasons:
        print("\n".join(reasons))
        return 0
    if not args.quiet:
        print("\n".join(lines))
    for group, counts in totals.items():
        total = sum(counts.values()) or 1
        altered = total - counts["same"]
        print(f"{group}: {sum(counts.values())} judged events; altered {altered} ({100 * altered / total:.1f}%): "
              + ", ".join(f"{k} {counts[k]}" for k in ("changed", "hidden", "gone", "same")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
