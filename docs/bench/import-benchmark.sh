#!/usr/bin/env bash
# Import benchmark (issue 4): end-to-end `import` of the real nationwide 厚生局 code list as CSV and as a
# bureau-layout .xlsx, both at -Xmx256m, against python3's csv module merely reading the same CSV (a floor).
# Run from the repository root after `mvn -B -q package -DskipTests` (and `mvn -B -q test-compile`).
# Usage: bash docs/bench/import-benchmark.sh [runs=3]   — figures go to docs/benchmarks.md by hand.
set -euo pipefail
runs=${1:-3}
zip=../shared/data/facilities/kouseikyoku_all_med_inst_cd_202508.zip
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q -pl app dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "app/target/test-classes:app/target/classes:data-import/target/classes:$(cat "$work/cp.txt")" \
  org.renkei.app.importing.BenchImportFiles "$zip" "$work/in"
fmt='%e s wall, %U s user, %S s sys, %M KB max RSS'
for i in $(seq "$runs"); do
  /usr/bin/time -f "python3 csv floor: $fmt" python3 -c "
import csv, sys
with open(sys.argv[1], encoding='utf-8', newline='') as f:
    n = sum(1 for _ in csv.reader(f))
print(n, 'rows')" "$work/in/all_med_inst_cd.csv"
done
for f in bureau_layout_all.xlsx all_med_inst_cd.csv; do
  for i in $(seq "$runs"); do
    rm -rf "$work/db"
    /usr/bin/time -f "import $f: $fmt" java -Xmx256m -jar app/target/renkei.jar import --db "$work/db" --json \
      "$work/in/$f" > "$work/out.json"
    python3 -c "
import json, sys
for f in json.load(open(sys.argv[1]))['files']:
    print('  ', f['format'], f['rows'], 'rows,', f['added'], 'added,', len(f['problems']), 'problems')" "$work/out.json"
  done
done
# Re-import of the same CSV into the filled database: everything unchanged.
/usr/bin/time -f "re-import all_med_inst_cd.csv: $fmt" java -Xmx256m -jar app/target/renkei.jar import \
  --db "$work/db" --json "$work/in/all_med_inst_cd.csv" > "$work/out.json"
python3 -c "
import json, sys
for f in json.load(open(sys.argv[1]))['files']:
    print('  ', f['unchanged'], 'unchanged,', f['added'], 'added,', f['updated'], 'updated')" "$work/out.json"
uptime
