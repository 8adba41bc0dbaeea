#!/usr/bin/env bash
# Build, start the real servers, run every test, stop what was started, print one closing line:
#   N passed, N failed, N skipped
# Options: --no-services (use whatever MAIEV_TEST_* the environment already has),
#          anything after -- goes to `dotnet test` (e.g. -- --filter FullyQualifiedName~Hocon).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SERVICES=1
EXTRA=()
while (($#)); do
  case $1 in
    --no-services) SERVICES=0 ;;
    --) shift; EXTRA=("$@"); break ;;
    *) echo "usage: scripts/test.sh [--no-services] [-- dotnet-test-args...]" >&2; exit 2 ;;
  esac
  shift
done

RESULTS=$ROOT/artifacts/test-results
STARTED=()
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cleanup() {
  if ((${#STARTED[@]})); then scripts/services.sh stop "${STARTED[@]}" || true; fi
  STARTED=()
}
trap cleanup EXIT
trap 'echo "[test] interrupted" >&2; exit 130' INT TERM

echo "[test] restore + build (Debug)"
if ! dotnet build Maiev.sln -c Debug -nologo -v q -clp:ErrorsOnly; then
  echo "[test] build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

if ((SERVICES)); then
  # Start only what is not already running, and remember it so we stop only that.
  for name in rabbitmq postgres docker registry; do
    if ! scripts/services.sh status "$name" | grep -q running; then STARTED+=("$name"); fi
  done
  if ((${#STARTED[@]})); then
    if ! scripts/services.sh start "${STARTED[@]}"; then
      echo "[test] could not start the servers"
      echo "0 passed, 1 failed, 0 skipped"
      exit 1
    fi
  fi
  eval "$(scripts/services.sh env)"
  # The Swarm tests run the sample workload image; build it once here (cached by content hash)
  # rather than inside the first test that needs it.
  t0=$(date +%s)
  if scripts/build-images.sh workload maiev-test/workload:1.0.0 1.0.0 >/dev/null; then
    echo "[test] workload image ready in $(($(date +%s) - t0)) s"
  else
    echo "[test] warning: could not prebuild the workload image; the tests that need it will try again"
  fi
fi

rm -rf "$RESULTS"
echo "[test] dotnet test"
t0=$(date +%s)
dotnet test Maiev.sln --no-build -c Debug --logger "trx" --results-directory "$RESULTS" \
  --blame-hang-timeout 8m "${EXTRA[@]}"
status=$?
echo "[test] wall time $(($(date +%s) - t0)) s"
cleanup

# Sum the counters of every trx file: the one line CI and people read.
read -r passed failed skipped < <(python3 - "$RESULTS" <<'PY'
import glob, re, sys
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    text = open(path, encoding="utf-8").read()
    m = re.search(r"<Counters ([^>]*)/>", text)
    if not m:
        continue
    attrs = dict(re.findall(r'(\w+)="(\d+)"', m.group(1)))
    p += int(attrs.get("passed", 0))
    f += int(attrs.get("failed", 0)) + int(attrs.get("error", 0)) + int(attrs.get("timeout", 0)) + int(attrs.get("aborted", 0))
    s += int(attrs.get("notExecuted", 0))
print(p, f, s)
PY
)
if ((status != 0 && failed == 0)); then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
((status == 0 && failed == 0))
