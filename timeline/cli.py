"""The ``timeline`` command: a thin layer over the library.

    timeline events PATH... [--dct YYYY-MM-DD] [--format csv|json|jsonl|parquet] [-o FILE]
                    [--all] [--corrections FILE | --no-corrections]
    timeline tag CORPUS.jsonl [-o OUT.jsonl]
    timeline evaluate GOLD [--predictions FILE] [--errors FILE]
    timeline extract INPUT... -o STORE [--workers N] [--scheduler ADDRESS]
    timeline app [PATH...] [--store STORE] [--corrections FILE] [--host HOST] [--port PORT]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

from timeline.collector import collect_less
from timeline.threads import keep_one_thread

__all__ = ["build_parser", "main"]

APP = Path(__file__).resolve().parent / "dashboard" / "app.py"
"""The dashboard's page, inside the package (an installed wheel has it too)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``timeline`` and its subcommands."""
    parser = argparse.ArgumentParser(prog="timeline", description=(
        "Turn news articles into a timeline of dated events and the actors in them."))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    events = sub.add_parser("events", help="extract the events of articles into a table",
                            description="Extract the events of articles (.txt with a 'date "
                            "YYYY-MM-DD' header or a date line, .json, .jsonl, .csv, saved web "
                            "pages .html) into a table.")
    events.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    events.add_argument("--dct", help="article date (YYYY-MM-DD): overrides a date read from a dateline or "
                        "date line and fills in where none is found (a header or metadata date stays)")
    events.add_argument("--format", default="csv", choices=["csv", "json", "jsonl", "parquet"],
                        help="output format (default: csv)")
    events.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    events.add_argument("--all", action="store_true",
                        help="also write the minor events (those the keep score leaves out of the default "
                        "output; their 'minor' column is 1)")
    events.add_argument("--no-merge", action="store_true",
                        help="keep one row per report instead of merging reports of the same "
                        "event from several articles")
    events.add_argument("--corrections", type=Path, metavar="FILE",
                        help="apply the corrections in FILE (JSON Lines, see the README); by default "
                        "the sidecar timeline-corrections.jsonl in the folder of the first PATH is "
                        "applied when it exists")
    events.add_argument("--no-corrections", action="store_true",
                        help="ignore the sidecar corrections file: the events as extracted")
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
    app.add_argument("--host", default="127.0.0.1",
                     help="address to listen on (default: 127.0.0.1, this machine only; "
                     "0.0.0.0 for every interface)")
    app.add_argument("--headless", action="store_true", help="do not open a browser")
    app.add_argument("--store", type=Path, help="open an event store made by 'timeline extract'")
    app.add_argument("--events", type=Path,
                     help="open an events table written by 'timeline events' (parquet, jsonl, json, csv)")
    app.add_argument("--corrections", type=Path, metavar="FILE",
                     help="read and save the corrections in FILE (default: timeline-corrections.jsonl "
                     "beside the first PATH or the events table, STORE/corrections.jsonl with --store; "
                     "kept in the browser session for the sample and uploads alone)")
    app.set_defaults(run=_app)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``timeline`` command with ``argv``; returns the exit status (2 on a usage or I/O
    error)."""
    if "numpy" not in sys.modules:  # a process of its own: keep it to one thread (timeline.threads)
        keep_one_thread()
        collect_less()  # fewer garbage collections (timeline.collector)
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:
        return 0
    except (OSError, ValueError) as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 2


def _events(args: argparse.Namespace) -> int:
    from timeline import events_table, load_documents, parse_dct
    from timeline.events.keepscore import default_view
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
    settings = DEFAULT_SETTINGS
    if args.no_merge:
        settings = dataclasses.replace(settings, merge_across_documents=False)
    failed = []  # one document's failure is that document's error; the others are written

    def fail(message: str) -> None:
        failed.append(message)
        print(f"timeline: error: {message}", file=sys.stderr)

    def on_result(result) -> None:
        for note in result.notes:  # a limit left part of the document out
            fail(f"{result.document.source or result.document.doc_id}: {note}")
        _warn_unresolved(result)

    frame = events_table(docs, settings, on_result=on_result, on_failure=lambda f: fail(str(f)))
    frame = default_view(_corrected(frame, args), show_all=args.all)
    data = write(frame, args.format, args.output)
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 1 if loaded.errors or failed else 0


def _corrected(frame, args: argparse.Namespace):
    """The events with the corrections file applied (the explicit one, or the sidecar when it
    exists); every correction that cannot be applied and every unreadable line is a warning."""
    from timeline.corrections import apply_corrections, read_log, sidecar_for

    if args.no_corrections:
        return frame
    path = args.corrections or sidecar_for(args.paths)
    if args.corrections is not None and not args.corrections.is_file():
        raise ValueError(f"{args.corrections}: no such corrections file")
    if path is None or not path.is_file():
        return frame
    log = read_log(path)
    done = apply_corrections(frame, log.corrections)
    for problem in (*log.problems, *done.problems):
        where = problem.where if problem.where.startswith(str(path)) else f"{path}: {problem.where}"
        print(f"timeline: warning: {where}: {problem.message}", file=sys.stderr)
    print(f"timeline: {len(done.applied)} correction(s) applied from {path}", file=sys.stderr)
    return done.frame


def _warn_unresolved(result) -> None:
    for t in result.unresolved:  # the tagger's own reason ("a weekday with no day-precise ...")
        reason = t.explanation.removeprefix(f"{t.text}: ")
        print(f"timeline: warning: {result.document.source}: '{t.text}' could not be resolved "
              f"({reason})", file=sys.stderr)


def _tag(args: argparse.Namespace) -> int:
    from timeline.evaluation.corpus import tag_corpus

    if args.output is None:
        tag_corpus(args.corpus, sys.stdout)
    else:
        tag_corpus(args.corpus, args.output)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    if args.gold.is_dir() and any(args.gold.glob("*.gold.json")):
        from timeline.evaluation.events import format_event_scores, run_folder, score_runs

        runs = run_folder(args.gold)  # scored with affiliations and strict (issue 11 point 3)
        print(format_event_scores(score_runs(runs), score_runs(runs, affiliations=False)))
        return 0
    from timeline.evaluation.dates import evaluate, format_scores

    scores = evaluate(args.gold, predictions_out=args.predictions, errors_out=args.errors)
    print(format_scores(scores))
    return 0


def _app(args: argparse.Namespace) -> int:
    from timeline.dashboard.server import run_server, streamlit_command

    app_args = [str(Path(p).resolve()) for p in args.paths]
    if args.store is not None:
        app_args += ["--store", str(Path(args.store).resolve())]
    if args.events is not None:
        app_args += ["--events", str(Path(args.events).resolve())]
    if args.corrections is not None:
        app_args += ["--corrections", str(Path(args.corrections).resolve())]
    return run_server(streamlit_command(APP, args.port, args.host, args.headless, app_args),
                      env=os.environ.copy())
