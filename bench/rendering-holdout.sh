#!/usr/bin/env bash
# The rendering matrix's holdout set: reports the readers were never tuned to (issue 12, "done
# when": at least 95 % of renderings give exactly the source's findings, no filled section is
# ever reported missing). Builds the holdout sources with the matrix's generator, checks every
# rendering with the CLI, and prints the share that gives exactly the source's findings
# (rule, section, severity; the exit status; the findings a rendering cannot decide are not
# compared, as in RenderingMatrixTest) and how many filled sections were reported missing.
# Usage: bench/rendering-holdout.sh [DIR=target/rendering-SET] [SET=holdout|dev|fresh|fifth|sixth|seventh|eighth|tune] (dev: for tuning, see holdout.py)
# Needs Debian's /usr/bin/python3 with python3-docx and python3-yaml, LibreOffice (soffice),
# poppler-utils (pdftotext), java and mvn. The holdout files are made here, never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
SET=${2:-holdout}
DIR=${1:-target/rendering-$SET}

if [ ! -f target/igf-report.jar ]; then
  mvn -B -q -DskipTests package
fi
if [ ! -f "$DIR/.complete" ]; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  /usr/bin/python3 src/test/resources/rendering/generate.py --holdout "$DIR" --set "$SET"
  touch "$DIR/.complete"
fi

/usr/bin/python3 - "$DIR" <<'EOF'
import collections, json, os, subprocess, sys

root = sys.argv[1]
passed, total, missing_filled, empty_filled = 0, 0, 0, 0
per_kind = collections.defaultdict(lambda: [0, 0])
failures = []
for src in sorted(os.listdir(root)):
    spec_path = os.path.join(root, src, "expected.json")
    if not os.path.isfile(spec_path):
        continue
    spec = json.load(open(spec_path, encoding="utf-8"))
    files = sorted(f for f in os.listdir(os.path.join(root, src)) if f != "expected.json")
    paths = [os.path.join(root, src, f) for f in files]
    out = subprocess.run(["java", "-jar", "target/igf-report.jar", "check", "--format", "json", "--fail-on", "never"] + paths,
                         capture_output=True, text=True)
    reports = {os.path.basename(r["path"]): r for r in json.loads(out.stdout)["reports"]}
    expected_missing = {f["section"] for f in spec["findings"] if f["rule"] == "section-missing"}
    expected_empty = {f["section"] for f in spec["findings"] if f["rule"] == "section-empty"}
    for f in files:
        r = reports[f]
        uncertain = {(u["rule"], u["section"], u["severity"]) for u in spec["uncertain"].get(f, [])}
        want = collections.Counter((x["rule"], x["section"], x["severity"]) for x in spec["findings"]
                                   if (x["rule"], x["section"], x["severity"]) not in uncertain)
        got = collections.Counter((x["rule"], x["section"], x["severity"]) for x in r["findings"]
                                  if x["severity"] != "info" and (x["rule"], x["section"], x["severity"]) not in uncertain)
        exit_got = int(any(x["severity"] == "error" for x in r["findings"]))
        exit_ok = exit_got == spec["exit"] or any(u[2] == "error" for u in uncertain)
        ok = want == got and exit_ok and r["template"] == spec["template"]
        missing_filled += sum(1 for x in r["findings"] if x["rule"] == "section-missing" and x["section"] not in expected_missing)
        empty_filled += sum(1 for x in r["findings"] if x["rule"] == "section-empty" and x["section"] not in expected_empty
                            and x["section"] not in expected_missing)
        total += 1
        per_kind[f][1] += 1
        if ok:
            passed += 1
            per_kind[f][0] += 1
        else:
            failures.append(f"{src}/{f}: missing {sorted((want - got).elements())} extra {sorted((got - want).elements())}"
                            + ("" if r["template"] == spec["template"] else f" template {r['template']}"))
for kind, (p, t) in sorted(per_kind.items()):
    print(f"{kind:32} {p}/{t}")
for line in failures:
    print("  " + line)
print(f"exact: {passed}/{total} renderings ({100.0 * passed / max(total, 1):.1f} %); "
      f"filled sections reported missing: {missing_filled}; reported empty: {empty_filled}")
EOF
