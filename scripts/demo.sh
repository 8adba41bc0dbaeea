#!/usr/bin/env bash
# Maiev end to end, for real: RabbitMQ, Docker Swarm and a registry (scripts/services.sh), the workload
# sample as a Swarm service, a Maiev node, and the maiev console showing what happens.
#
#   sudo scripts/demo.sh          (root on a fresh machine: services.sh installs what is missing)
#
# Steps: servers -> build -> images 1.0.0 pushed -> consumer service -> node -> monitor -> burst ->
# replicas rise, backlog drains, replicas fall to min -> 1.0.1 pushed -> rolling upgrade completes.
# Each step has a deadline; a step that does not happen in time stops the demo with exit code 1 and
# says what was seen. Ctrl-C stops it; either way it removes what it created and stops only the
# servers it started. Settings (environment): MAIEV_DEMO_BURST (messages, default 1500),
# MAIEV_DEMO_RATE (messages/s per replica, default 10), MAIEV_DEMO_KEEP=1 (leave service and node up).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SERVICE=maiev-demo-consumer
QUEUE=maiev-demo
SPEC=samples/demo/scale.json
NODE_CONF=samples/demo/node.conf
BURST=${MAIEV_DEMO_BURST:-1500}
RATE=${MAIEV_DEMO_RATE:-10}
WORK=$ROOT/artifacts/demo
MIN=1 MAX=5   # read from $SPEC once jq is there
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- output --------------------------------------------------------------------------------------
if [[ -t 1 ]]; then B=$'\e[1m' G=$'\e[32m' R=$'\e[31m' D=$'\e[2m' N=$'\e[0m'; else B='' G='' R='' D='' N=''; fi
DEMO_T0=$(date +%s)
STEP_NO=0 STEP_T0=0 STEP_TITLE=
step() {
  STEP_NO=$((STEP_NO + 1)) STEP_TITLE=$1 STEP_T0=$(date +%s)
  printf '\n%s== Step %d: %s ==%s\n' "$B" "$STEP_NO" "$1" "$N"
}
ok() { printf '%s   ✓ %s (step took %ds, %ds since start)%s\n' "$G" "${1:-$STEP_TITLE}" $(($(date +%s) - STEP_T0)) $(($(date +%s) - DEMO_T0)) "$N"; }
say() { printf '   %s\n' "$*"; }
fail() {
  printf '\n%sdemo failed at step %d (%s): %s%s\n' "$R" "$STEP_NO" "$STEP_TITLE" "$*" "$N" >&2
  [[ -f $WORK/node.log ]] && { printf '%s--- last lines of the node log (%s) ---%s\n' "$D" "$WORK/node.log" "$N" >&2; tail -n 25 "$WORK/node.log" >&2; }
  exit 1
}

# --- cleanup: only what this run created or started ------------------------------------------------
STARTED_SERVERS=() NODE_PID= CREATED_SERVICE=
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  set +e
  if [[ ${MAIEV_DEMO_KEEP:-0} == 1 && $code == 0 ]]; then
    say "MAIEV_DEMO_KEEP=1: node (pid $NODE_PID), service $SERVICE and servers left running"
    exit 0
  fi
  printf '\n%s== Cleaning up ==%s\n' "$B" "$N"
  if [[ -n $NODE_PID ]] && kill -0 "$NODE_PID" 2>/dev/null; then
    say "stopping the node (pid $NODE_PID)"
    kill -TERM -- "-$NODE_PID" 2>/dev/null || kill -TERM "$NODE_PID" 2>/dev/null
    for _ in $(seq 1 150); do kill -0 "$NODE_PID" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$NODE_PID" 2>/dev/null && kill -KILL -- "-$NODE_PID" 2>/dev/null
  fi
  if [[ -n $CREATED_SERVICE ]]; then
    say "removing the Swarm service $SERVICE and the queue $QUEUE"
    docker service rm "$SERVICE" >/dev/null 2>&1
    curl -sf -u "$MAIEV_TEST_RABBITMQ_USER:$MAIEV_TEST_RABBITMQ_PASSWORD" -X DELETE "${MAIEV_TEST_RABBITMQ_API%/}/api/queues/%2F/$QUEUE" >/dev/null 2>&1
  fi
  if ((${#STARTED_SERVERS[@]})); then
    say "stopping the servers this run started: ${STARTED_SERVERS[*]}"
    scripts/services.sh stop "${STARTED_SERVERS[@]}"
  fi
  exit "$code"
}
trap cleanup EXIT
trap 'printf "\n%sinterrupted%s\n" "$R" "$N" >&2; exit 130' INT TERM

# --- helpers ---------------------------------------------------------------------------------------
maiev() { dotnet "$CLI_DLL" "$@"; }   # the console, built once: same as `dotnet run --project src/Maiev.Cli -- ARGS`
replicas() { docker service inspect "$SERVICE" --format '{{.Spec.Mode.Replicated.Replicas}}' 2>/dev/null || echo '?'; }
running() { docker service ps "$SERVICE" --filter desired-state=running --format '{{.CurrentState}}' 2>/dev/null | grep -c '^Running' || true; }
backlog() {
  curl -sf -u "$MAIEV_TEST_RABBITMQ_USER:$MAIEV_TEST_RABBITMQ_PASSWORD" "${MAIEV_TEST_RABBITMQ_API%/}/api/queues/%2F/$QUEUE" |
    jq -r '"\(.messages_ready // 0) ready, \(.messages_unacknowledged // 0) in work, \(.consumers // 0) consumers"' 2>/dev/null || echo 'queue not readable'
}
ready() { curl -sf -u "$MAIEV_TEST_RABBITMQ_USER:$MAIEV_TEST_RABBITMQ_PASSWORD" "${MAIEV_TEST_RABBITMQ_API%/}/api/queues/%2F/$QUEUE" | jq -r '(.messages_ready // 0) + (.messages_unacknowledged // 0)'; }
show() { # what a person watches: the console's services table and the queue
  printf '%s--- %s  replicas %s (running %s), queue: %s ---%s\n' "$D" "$(date +%T)" "$(replicas)" "$(running)" "$(backlog)" "$N"
  [[ -n $NODE_PID ]] || return 0
  { maiev services 2>&1 || true; } | sed 's/^/   /'
}
watch_until() { # watch_until SECONDS WHAT COMMAND... : show every 3 s until COMMAND succeeds
  local limit=$1 what=$2 deadline; shift 2
  deadline=$(($(date +%s) + limit))
  while ! "$@" >/dev/null 2>&1; do
    (($(date +%s) < deadline)) || { show; fail "$what did not happen within ${limit}s"; }
    show
    sleep 3
  done
  show
}
above_min() { local r; r=$(replicas); [[ $r =~ ^[0-9]+$ ]] && ((r > MIN)); }
at_min() { [[ $(replicas) == "$MIN" && $(running) == "$MIN" ]]; }
drained() { [[ $(ready) == 0 ]]; }
upgraded() {
  [[ $(docker service inspect "$SERVICE" --format '{{.Spec.TaskTemplate.ContainerSpec.Image}}') == "$V101" ]] &&
    maiev events "$SERVICE" --limit 50 -o json | jq -e '[.events[] | select(.type == "UpgradeCompleted")] | length > 0' >/dev/null
}
upgrade_failed() { maiev events "$SERVICE" --limit 50 -o json | jq -e '[.events[] | select(.type == "UpgradeRolledBack" or .type == "UpgradeFailed")] | length > 0' >/dev/null; }
push() { # push VERSION -> prints repository:VERSION@sha256:...
  local version=$1 repo=$MAIEV_TEST_REGISTRY/maiev-demo/workload local_image digest
  local_image=$(scripts/build-images.sh workload "maiev-demo/workload:$version" "$version" | tail -n 1)
  docker tag "$local_image" "$repo:$version"
  digest=$(docker push "$repo:$version" | sed -n 's/.*digest: \(sha256:[0-9a-f]\{64\}\).*/\1/p' | tail -n 1)
  [[ -n $digest ]] || fail "docker push $repo:$version did not report a digest"
  echo "$repo:$version@$digest"
}

# --- the demo ----------------------------------------------------------------------------------------
step "Real servers: RabbitMQ, Docker Swarm, registry (scripts/services.sh)"
command -v dotnet >/dev/null || fail "'dotnet' is missing (the .NET 10 SDK, see docs/development.md)"
for server in rabbitmq docker registry; do
  scripts/services.sh status "$server" | grep -q running || STARTED_SERVERS+=("$server")
done
scripts/services.sh start rabbitmq docker registry
eval "$(scripts/services.sh env)"
if ! command -v jq >/dev/null && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  say "installing jq"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null 2>&1 || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null; }
fi
for tool in jq curl; do command -v "$tool" >/dev/null || fail "'$tool' is missing (apt-get install $tool)"; done
MIN=$(jq -r .min "$SPEC") MAX=$(jq -r .max "$SPEC")
NOTIFY_PORT=$(sed -E 's#^[a-z]+://[^:/]+:([0-9]+).*#\1#' <<<"$MAIEV_TEST_REGISTRY_NOTIFY_URL")
[[ $NOTIFY_PORT =~ ^[0-9]+$ ]] || NOTIFY_PORT=80
say "registry notifications go to $MAIEV_TEST_REGISTRY_NOTIFY_URL: the node listens on port $NOTIFY_PORT"
ok "servers up${STARTED_SERVERS[*]:+ (started: ${STARTED_SERVERS[*]})}"

step "Build the node and the console"
dotnet build src/Maiev.Node -v q -nologo -clp:ErrorsOnly >"$ROOT/artifacts/demo-build.log" 2>&1 ||
  { mkdir -p "$WORK"; cat "$ROOT/artifacts/demo-build.log" >&2; fail "dotnet build src/Maiev.Node failed"; }
dotnet build src/Maiev.Cli -v q -nologo -clp:ErrorsOnly >>"$ROOT/artifacts/demo-build.log" 2>&1 ||
  { cat "$ROOT/artifacts/demo-build.log" >&2; fail "dotnet build src/Maiev.Cli failed"; }
CLI_DLL=$ROOT/src/Maiev.Cli/bin/Debug/net10.0/maiev.dll
[[ -f $CLI_DLL ]] || fail "the console was built but $CLI_DLL is missing"
ok

step "Build the workload image 1.0.0 and push it to $MAIEV_TEST_REGISTRY"
V100=$(push 1.0.0)
say "pushed $V100"
ok

step "Create the consumer Swarm service $SERVICE ($MIN replica, $RATE msg/s each, pinned to the digest)"
mkdir -p "$WORK"
if docker service inspect "$SERVICE" >/dev/null 2>&1; then say "removing $SERVICE left by an earlier run"; docker service rm "$SERVICE" >/dev/null; sleep 2; fi
CREATED_SERVICE=1
docker service create --detach --name "$SERVICE" --network host --replicas "$MIN" --stop-grace-period 10s \
  --label maiev.demo=1 -e WORKLOAD_AMQP="$MAIEV_TEST_RABBITMQ_AMQP" -e WORKLOAD_QUEUE="$QUEUE" -e WORKLOAD_RATE="$RATE" \
  "$V100" consume >/dev/null
watch_until 120 "the consumer's first replica to run" at_min
ok

step "Start a Maiev node (dotnet run --project src/Maiev.Node -- --config $NODE_CONF)"
if curl -s -o /dev/null "http://127.0.0.1:$NOTIFY_PORT/"; then fail "port $NOTIFY_PORT is taken (another Maiev node?); stop it first"; fi
rm -f "$WORK/maiev.db" "$WORK/maiev.db-wal" "$WORK/maiev.db-shm"
MAIEV__HTTP__PORT=$NOTIFY_PORT \
  MAIEV__PERSISTENCE__SQLITE__PATH="$WORK/maiev.db" \
  MAIEV__RABBITMQ__AMQP_URI="$MAIEV_TEST_RABBITMQ_AMQP" \
  MAIEV__RABBITMQ__MANAGEMENT_URI="$MAIEV_TEST_RABBITMQ_API" \
  MAIEV__RABBITMQ__USER="$MAIEV_TEST_RABBITMQ_USER" \
  MAIEV__RABBITMQ__PASSWORD="$MAIEV_TEST_RABBITMQ_PASSWORD" \
  MAIEV__REGISTRY__URL="http://$MAIEV_TEST_REGISTRY/" \
  MAIEV__REGISTRY__WEBHOOK_TOKEN="$MAIEV_TEST_REGISTRY_NOTIFY_TOKEN" \
  setsid dotnet run --no-build --project src/Maiev.Node -- --config "$ROOT/$NODE_CONF" >"$WORK/node.log" 2>&1 &
NODE_PID=$!
export MAIEV_NODE=http://127.0.0.1:$NOTIFY_PORT
deadline=$(($(date +%s) + 90))
until curl -sf "$MAIEV_NODE/healthz" >/dev/null 2>&1; do
  kill -0 "$NODE_PID" 2>/dev/null || fail "the node exited (log: $WORK/node.log)"
  (($(date +%s) < deadline)) || fail "the node did not answer /healthz within 90s"
  sleep 0.5
done
sed 's/^/   /' "$WORK/node.log" | head -n 8
maiev cluster show | sed 's/^/   /'
ok "node up at $MAIEV_NODE (pid $NODE_PID, log $WORK/node.log)"

step "Register the consumer: maiev monitor docker $SERVICE --spec $SPEC"
say "spec: min $MIN, max $MAX; scale up while rmq:waiting > 20 or rmq:latency > 3, down when the queue is empty; cooldowns 5s; upgrade policy patch"
maiev monitor docker "$SERVICE" --spec "$SPEC" | sed 's/^/   /' || fail "maiev monitor refused the service"
ok

step "Send a burst of $BURST messages (the workload's produce mode)"
docker run --rm --network host "$V100" produce --amqp "$MAIEV_TEST_RABBITMQ_AMQP" --queue "$QUEUE" --count "$BURST" 2>&1 | tail -n 2 | sed 's/^/   /' ||
  fail "the producer failed"
show
ok

step "Replicas rise while the backlog is high"
watch_until 150 "a scale-up above $MIN replica" above_min
ok "scaled to $(replicas) replicas"

step "The backlog drains"
watch_until 300 "the queue to drain" drained
ok

step "Replicas fall back to min ($MIN)"
watch_until 240 "scaling back to $MIN replica" at_min
say "the decisions, each with its reason (maiev events $SERVICE):"
maiev events "$SERVICE" --limit 30 | sed 's/^/   /'
ok

step "Build 1.0.1 and push it: the registry notifies the node, which rolls it out"
V101=$(push 1.0.1)
say "pushed $V101"
deadline=$(($(date +%s) + 300))
until upgraded; do
  upgrade_failed && { maiev events "$SERVICE" --limit 10 | sed 's/^/   /'; fail "the upgrade was rolled back or failed"; }
  (($(date +%s) < deadline)) || { show; fail "the upgrade to $V101 did not complete within 300s"; }
  show
  maiev service show "$SERVICE" -o json | jq -r '"   upgrade: \(.upgrade // "none yet" | tostring)"' 2>/dev/null || true
  sleep 3
done
show
maiev events "$SERVICE" --limit 8 | sed 's/^/   /'
ok "every task runs $V101"

printf '\n%sDemo complete in %ds: scaled up under a burst, drained, back to min, upgraded to 1.0.1.%s\n' "$G$B" $(($(date +%s) - DEMO_T0)) "$N"
