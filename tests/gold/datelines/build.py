#!/usr/bin/env python3
"""Write the dateline texts (<stem>.txt) and gold.json from cases.py (run once; --check verifies)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from cases import CASES  # noqa: E402

HERE = Path(__file__).parent


def outputs() -> dict[str, str]:
    files = {f"{stem}.txt": text + "\n" for stem, _, _, _, _, text in CASES}
    gold = [{"file": f"{stem}.txt", "outlet": outlet, "doc_date": doc_date, "source": source,
             "evidence": evidence} for stem, outlet, doc_date, source, evidence, _ in CASES]
    files["gold.json"] = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
    return files


if __name__ == "__main__":
    for name, content in outputs().items():
        path = HERE / name
        if "--check" in sys.argv:
            if path.read_text(encoding="utf-8") != content:
                sys.exit(f"{name} is stale")
        else:
            path.write_text(content, encoding="utf-8")
    print(len(CASES), "cases")
