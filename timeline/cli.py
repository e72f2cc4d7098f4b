"""The ``timeline`` command: a thin layer over the library.

    timeline events PATH... [--dct YYYY-MM-DD] [--format csv|json|jsonl|parquet] [-o FILE]
    timeline tag CORPUS.jsonl [-o OUT.jsonl]
    timeline evaluate GOLD [--predictions FILE] [--errors FILE]
    timeline extract INPUT... -o STORE [--workers N] [--scheduler ADDRESS]
    timeline app [PATH...] [--store STORE]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

__all__ = ["build_parser", "main"]

APP = Path(__file__).resolve().parent.parent / "app.py"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description=(
        "Turn news articles into a timeline of dated events and the actors in them."))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    events = sub.add_parser("events", help="extract the events of articles into a table",
                            description="Extract the events of articles (.txt with a 'date "
                            "YYYY-MM-DD' header or a date line, .json, .jsonl, .csv, saved web "
                            "pages .html) into a table.")
    events.add_argument("paths", nargs="+", metavar="PATH", help="article files")
    events.add_argument("--dct", help="article date (YYYY-MM-DD): overrides a date read from a dateline or "
                        "date line and fills in where none is found (a header or metadata date stays)")
    events.add_argument("--format", default="csv", choices=["csv", "json", "jsonl", "parquet"],
                        help="output format (default: csv)")
    events.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    events.add_argument("--no-merge", action="store_true",
                        help="keep one row per report instead of merging reports of the same "
                        "event from several articles")
    events.set_defaults(run=_events)

    tag = sub.add_parser("tag", help="tag time expressions of a JSONL corpus (for evaluation)",
                         description="Read {id, dct, text} lines; write {id, timexes} lines.")
    tag.add_argument("corpus", type=Path, metavar="CORPUS.jsonl", help="input corpus")
    tag.add_argument("-o", "--output", type=Path, help="output JSONL (default: stdout)")
    tag.set_defaults(run=_tag)

    evaluate = sub.add_parser("evaluate", help="score the date tagger (TempEval-3) or the events",
                              description="Print TempEval-3 Task A scores of the tagger on GOLD "
                              "(a JSONL corpus or a folder of TimeML .tml files), or, for a folder "
                              "of articles with *.gold.json event files, the precision and recall "
                              "of the events.")
    evaluate.add_argument("gold", type=Path, metavar="GOLD", help="gold corpus")
    evaluate.add_argument("--predictions", type=Path, help="write the predictions (JSONL) here")
    evaluate.add_argument("--errors", type=Path, help="write the list of errors here")
    evaluate.set_defaults(run=_evaluate)

    from timeline.store.cli import register as register_store

    register_store(sub)

    app = sub.add_parser("app", help="open the dashboard in a browser",
                         description="Start the Streamlit dashboard (on the sample by default).")
    app.add_argument("paths", nargs="*", metavar="PATH", help="articles to open")
    app.add_argument("--port", type=int, default=8501, help="port (default: 8501)")
    app.add_argument("--headless", action="store_true", help="do not open a browser")
    app.add_argument("--store", type=Path, help="open an event store made by 'timeline extract'")
    app.add_argument("--events", type=Path,
                     help="open an events table written by 'timeline events' (parquet, jsonl, json, csv)")
    app.set_defaults(run=_app)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:
        return 0
    except (OSError, ValueError) as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 2


def _events(args: argparse.Namespace) -> int:
    from timeline import events_frame, load_documents, parse_dct, process_all
    from timeline.events.merge import merge_events
    from timeline.export import write
    from timeline.settings import DEFAULT_SETTINGS
    from timeline.sources.docdate import with_user_date

    try:
        fallback = parse_dct(args.dct) if args.dct else None
    except ValueError as exc:
        print(f"timeline: error: --dct: {exc}", file=sys.stderr)
        return 2
    loaded = load_documents(args.paths)
    for error in loaded.errors:
        print(f"timeline: error: {error}", file=sys.stderr)
    docs = [with_user_date(d, fallback) for d in loaded.documents]
    if not docs:
        return 1
    results = list(process_all(docs))
    for result in results:
        for t in result.unresolved:
            print(f"timeline: warning: {result.document.source}: '{t.text}' could not be resolved "
                  f"(no article date, and no earlier date precise enough)", file=sys.stderr)
    frame = events_frame(results)
    if not args.no_merge and DEFAULT_SETTINGS.merge_across_documents:
        frame = merge_events(frame)
    data = write(frame, args.format, args.output)
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 1 if loaded.errors else 0


def _tag(args: argparse.Namespace) -> int:
    from timeline.temporal import tag_corpus

    if args.output is None:
        tag_corpus(args.corpus, sys.stdout)
    else:
        tag_corpus(args.corpus, args.output)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    if args.gold.is_dir() and any(args.gold.glob("*.gold.json")):
        from timeline.events.score import format_event_scores, score_folder

        print(format_event_scores(score_folder(args.gold)))
        return 0
    from timeline.temporal.evaluate import evaluate, format_scores

    scores = evaluate(args.gold, predictions_out=args.predictions, errors_out=args.errors)
    print(format_scores(scores))
    return 0


def _app(args: argparse.Namespace) -> int:
    command = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(args.port),
               # no first-run e-mail prompt on the terminal, no usage statistics sent anywhere
               "--server.showEmailPrompt", "false", "--browser.gatherUsageStats", "false"]
    if args.headless:
        command += ["--server.headless", "true"]
    command += ["--", *[str(Path(p).resolve()) for p in args.paths]]
    if args.store is not None:
        command += ["--store", str(Path(args.store).resolve())]
    if args.events is not None:
        command += ["--events", str(Path(args.events).resolve())]
    return subprocess.call(command, env=os.environ.copy())
