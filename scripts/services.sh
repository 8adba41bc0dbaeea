#!/usr/bin/env bash
# Real servers for Maiev's tests and demo, on 127.0.0.1 and non-default ports.
#
#   scripts/services.sh start  [NAME...]   install (as root) and start; reuses what already runs
#   scripts/services.sh stop   [NAME...]   stop what this script started, by pid
#   scripts/services.sh status [NAME...]   one line per server
#   scripts/services.sh env                export lines the tests read
#
# NAME is rabbitmq, postgres, docker or registry (default: all four). All state lives in
# $MAIEV_SERVICES_DIR (default: .maiev-services/ at the repository root, git-ignored).
# Ports can be moved with MAIEV_RABBITMQ_AMQP_PORT, MAIEV_RABBITMQ_MGMT_PORT, MAIEV_PG_PORT,
# MAIEV_REGISTRY_PORT; the registry's notification target with MAIEV_REGISTRY_NOTIFY_URL and
# MAIEV_REGISTRY_NOTIFY_TOKEN.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${MAIEV_SERVICES_DIR:-$ROOT/.maiev-services}
SHARED=${MAIEV_SHARED_DIR:-$ROOT/../shared}

RMQ_AMQP=${MAIEV_RABBITMQ_AMQP_PORT:-5682}
RMQ_MGMT=${MAIEV_RABBITMQ_MGMT_PORT:-15682}
RMQ_DIST=${MAIEV_RABBITMQ_DIST_PORT:-25682}
RMQ_EPMD=${MAIEV_RABBITMQ_EPMD_PORT:-4379}
PG_PORT=${MAIEV_PG_PORT:-5442}
REG_PORT=${MAIEV_REGISTRY_PORT:-5052}
NOTIFY_URL=${MAIEV_REGISTRY_NOTIFY_URL:-http://127.0.0.1:5080/webhooks/registry}
NOTIFY_TOKEN=${MAIEV_REGISTRY_NOTIFY_TOKEN:-maiev-test-webhook-token}
BASE_IMAGE=maiev-test/busybox:latest
PGBIN=/usr/lib/postgresql/15/bin
ALL=(rabbitmq postgres docker registry)

log() { printf '[services] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
now_ms() { date +%s%3N; }
alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_until() { # wait_until SECONDS WHAT COMMAND...
  local limit=$1 what=$2 deadline; shift 2
  deadline=$(($(date +%s) + limit))
  until "$@" >/dev/null 2>&1; do
    (($(date +%s) < deadline)) || die "$what did not come up within ${limit}s (logs in $DIR)"
    sleep 0.1
  done
}

kill_pidfile() { # kill_pidfile FILE [SIGNAL] -- TERM, wait up to 10 s, then KILL
  local file=$1 sig=${2:-TERM} pid i
  [[ -f $file ]] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$sig" "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

install_packages() {
  local need=()
  [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || need+=(rabbitmq-server)
  [[ -x $PGBIN/initdb ]] || need+=(postgresql)
  command -v dockerd >/dev/null || need+=(docker.io)
  command -v docker-registry >/dev/null || need+=(docker-registry)
  command -v amqp-publish >/dev/null || need+=(amqp-tools)
  [[ -x /bin/busybox ]] || need+=(busybox-static)
  command -v curl >/dev/null || need+=(curl)
  ((${#need[@]})) || return 0
  [[ $(id -u) == 0 ]] || die "missing packages (${need[*]}); run as root to install them"
  log "installing ${need[*]}"
  local t0; t0=$(now_ms)
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  # policy-rc.d keeps Debian from starting system copies of the servers on default ports.
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get install -y -qq --no-install-recommends "${need[@]}" ca-certificates >/dev/null
  rm -f /usr/sbin/policy-rc.d
  log "packages installed in $(($(now_ms) - t0)) ms"
}

# --- RabbitMQ --------------------------------------------------------------------------------
rabbitmq_ready() { curl -sf -u guest:guest "http://127.0.0.1:$RMQ_MGMT/api/overview"; }
start_rabbitmq() {
  local d=$DIR/rabbitmq t0
  if [[ -f $d/pid ]] && alive "$d/pid" && rabbitmq_ready >/dev/null 2>&1; then log "rabbitmq already running"; return; fi
  stop_rabbitmq quiet
  t0=$(now_ms); mkdir -p "$d"
  setsid epmd -address 127.0.0.1 -port "$RMQ_EPMD" >"$d/epmd.log" 2>&1 &
  echo $! >"$d/epmd.pid"
  ERL_EPMD_PORT=$RMQ_EPMD setsid bash "$SHARED/tools/rabbitmq-start.sh" "$d" maiev "$RMQ_AMQP" "$RMQ_MGMT" "$RMQ_DIST" &
  echo $! >"$d/pid"
  wait_until 90 rabbitmq rabbitmq_ready
  log "rabbitmq started in $(($(now_ms) - t0)) ms (amqp $RMQ_AMQP, management $RMQ_MGMT)"
}
stop_rabbitmq() {
  local d=$DIR/rabbitmq beam=$DIR/rabbitmq/mnesia/maiev@localhost.pid
  [[ -d $d ]] || return 0
  [[ -f $beam ]] && kill_pidfile "$beam" KILL
  kill_pidfile "$d/pid" KILL
  kill_pidfile "$d/epmd.pid" KILL
  # The broker's helpers (erl_child_setup, inet_gethost) die with beam; catch strays by their dir.
  pkill -KILL -f "$d/" 2>/dev/null || true
  rm -rf "$d"
  [[ ${1-} == quiet ]] || log "rabbitmq stopped"
}

# --- PostgreSQL ------------------------------------------------------------------------------
postgres_ready() { PGPASSWORD=maiev psql -h 127.0.0.1 -p "$PG_PORT" -U maiev -d maiev -Atc 'select 1'; }
start_postgres() {
  local d=$DIR/postgres t0
  if [[ -f $d/data/postmaster.pid ]] && postgres_ready >/dev/null 2>&1; then log "postgres already running"; return; fi
  stop_postgres quiet
  t0=$(now_ms); mkdir -p "$d"
  echo postgres >"$d/pw"
  local as=(); [[ $(id -u) == 0 ]] && { chown -R postgres: "$d"; as=(runuser -u postgres --); }
  "${as[@]}" "$PGBIN/initdb" -D "$d/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$d/pw" --no-sync -E UTF8 --locale=C.UTF-8 >"$d/initdb.log" 2>&1
  "${as[@]}" "$PGBIN/pg_ctl" -D "$d/data" -l "$d/log" -w \
    -o "-k $d -c listen_addresses=127.0.0.1 -p $PG_PORT -c fsync=off -c max_connections=200" start >/dev/null
  psql -h "$d" -p "$PG_PORT" -U postgres -q -c "CREATE ROLE maiev LOGIN PASSWORD 'maiev'" \
    -c "CREATE DATABASE maiev OWNER maiev" >/dev/null
  log "postgres started in $(($(now_ms) - t0)) ms (port $PG_PORT)"
}
stop_postgres() {
  local d=$DIR/postgres
  [[ -d $d ]] || return 0
  if [[ -f $d/data/postmaster.pid ]]; then
    local as=(); [[ $(id -u) == 0 ]] && as=(runuser -u postgres --)
    "${as[@]}" "$PGBIN/pg_ctl" -D "$d/data" -m immediate -w stop >/dev/null 2>&1 || {
      head -1 "$d/data/postmaster.pid" >"$d/pg.pid"; kill_pidfile "$d/pg.pid" KILL; }
  fi
  rm -rf "$d"
  [[ ${1-} == quiet ]] || log "postgres stopped"
}

# --- dockerd in Swarm mode ---------------------------------------------------------------------
docker_env() { DOCKER_HOST=unix://$DIR/docker/docker.sock "$@"; }
docker_ready() { docker_env docker info; }
start_docker() {
  local d=$DIR/docker t0 t1
  if [[ -f $d/docker.pid ]] && alive "$d/docker.pid" && docker_ready >/dev/null 2>&1; then log "docker already running"; return; fi
  stop_docker quiet
  t0=$(now_ms); mkdir -p "$d"
  setsid dockerd --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs \
    --data-root "$d/data" --exec-root "$d/exec" -H "unix://$d/docker.sock" \
    --pidfile "$d/docker.pid" >"$d/log" 2>&1 &
  wait_until 60 dockerd docker_ready
  t1=$(now_ms)
  docker_env docker swarm init --advertise-addr 127.0.0.1 >/dev/null
  log "dockerd started in $((t1 - t0)) ms, swarm ready in $(($(now_ms) - t1)) ms ($d/docker.sock)"
  t0=$(now_ms)
  local root=$d/rootfs
  mkdir -p "$root/bin" "$root/tmp" && chmod 1777 "$root/tmp"
  cp /bin/busybox "$root/bin/busybox"
  for applet in sh sleep echo cat ls true false env date wget nc; do ln -sf busybox "$root/bin/$applet"; done
  tar -C "$root" -c . | docker_env docker import - "$BASE_IMAGE" >/dev/null
  rm -rf "$root"
  log "base image $BASE_IMAGE imported in $(($(now_ms) - t0)) ms"
}
stop_docker() {
  local d=$DIR/docker
  [[ -d $d ]] || return 0
  if alive "$d/docker.pid"; then
    docker_env docker swarm leave --force >/dev/null 2>&1 || true
    kill_pidfile "$d/docker.pid" TERM
  fi
  # containerd and shims were started by this dockerd; they carry its exec root in their args.
  pkill -KILL -f "$d/" 2>/dev/null || true
  umount -R "$d/exec" 2>/dev/null || true
  rm -rf "$d" 2>/dev/null || { sleep 0.5; rm -rf "$d"; }
  [[ ${1-} == quiet ]] || log "docker stopped"
}

# --- Docker registry 2.8 --------------------------------------------------------------------------
registry_ready() { curl -sf "http://127.0.0.1:$REG_PORT/v2/"; }
start_registry() {
  local d=$DIR/registry t0
  if alive "$d/pid" && registry_ready >/dev/null 2>&1; then log "registry already running"; return; fi
  stop_registry quiet
  t0=$(now_ms); mkdir -p "$d/data"
  cat >"$d/config.yml" <<YAML
version: 0.1
log: {level: warn}
storage: {filesystem: {rootdirectory: $d/data}, delete: {enabled: true}}
http: {addr: 127.0.0.1:$REG_PORT}
notifications:
  endpoints:
    - name: maiev
      url: $NOTIFY_URL
      headers: {Authorization: [Bearer $NOTIFY_TOKEN]}
      timeout: 2s
      threshold: 5
      backoff: 1s
      ignore: {mediatypes: [application/octet-stream], actions: [pull]}
YAML
  echo "$NOTIFY_URL" >"$d/notify-url"
  setsid docker-registry serve "$d/config.yml" >"$d/log" 2>&1 &
  echo $! >"$d/pid"
  wait_until 30 registry registry_ready
  log "registry started in $(($(now_ms) - t0)) ms (port $REG_PORT, notifications to $NOTIFY_URL)"
}
stop_registry() {
  local d=$DIR/registry
  [[ -d $d ]] || return 0
  kill_pidfile "$d/pid" TERM
  rm -rf "$d"
  [[ ${1-} == quiet ]] || log "registry stopped"
}

status_one() {
  case $1 in
    rabbitmq) rabbitmq_ready >/dev/null 2>&1 && echo "rabbitmq running (amqp $RMQ_AMQP, management $RMQ_MGMT)" || echo "rabbitmq stopped" ;;
    postgres) postgres_ready >/dev/null 2>&1 && echo "postgres running (port $PG_PORT)" || echo "postgres stopped" ;;
    docker) [[ -S $DIR/docker/docker.sock ]] && docker_ready >/dev/null 2>&1 && echo "docker running ($DIR/docker/docker.sock)" || echo "docker stopped" ;;
    registry) registry_ready >/dev/null 2>&1 && echo "registry running (port $REG_PORT)" || echo "registry stopped" ;;
  esac
}

print_env() {
  cat <<ENV
export MAIEV_TEST_RABBITMQ_AMQP=amqp://guest:guest@127.0.0.1:$RMQ_AMQP/
export MAIEV_TEST_RABBITMQ_API=http://127.0.0.1:$RMQ_MGMT/
export MAIEV_TEST_RABBITMQ_USER=guest
export MAIEV_TEST_RABBITMQ_PASSWORD=guest
export MAIEV_TEST_PG='Host=127.0.0.1;Port=$PG_PORT;Database=maiev;Username=maiev;Password=maiev'
export DOCKER_HOST=unix://$DIR/docker/docker.sock
export MAIEV_TEST_DOCKER_IMAGE=$BASE_IMAGE
export MAIEV_TEST_REGISTRY=127.0.0.1:$REG_PORT
export MAIEV_TEST_REGISTRY_NOTIFY_URL=$NOTIFY_URL
export MAIEV_TEST_REGISTRY_NOTIFY_TOKEN=$NOTIFY_TOKEN
ENV
}

check_name() { case $1 in rabbitmq | postgres | docker | registry) ;; *) die "unknown server '$1' (expected: ${ALL[*]})" ;; esac; }

main() {
  local cmd=${1-}; shift || true
  local names=("$@"); ((${#names[@]})) || names=("${ALL[@]}")
  for n in "${names[@]}"; do check_name "$n"; done
  case $cmd in
    start)
      install_packages
      mkdir -p "$DIR"
      for n in "${names[@]}"; do "start_$n"; done ;;
    stop) for n in "${names[@]}"; do "stop_$n"; done ;;
    status) for n in "${names[@]}"; do status_one "$n"; done ;;
    env) print_env ;;
    *) echo "usage: scripts/services.sh start|stop|status|env [rabbitmq|postgres|docker|registry]..." >&2; exit 2 ;;
  esac
}

main "$@"
