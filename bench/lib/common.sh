# Shared by the bench/ scripts: where things are, what must be running, tokens, the embedded
# databases, result folders, nginx baselines and reading wrk's output. Sourced, never run.
# shellcheck shell=bash

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
STATE="$ROOT/.pikir"

GATEWAY=${BENCH_GATEWAY:-http://127.0.0.1:8080}
EVENTS=${BENCH_EVENTS:-http://127.0.0.1:8081}
FEEDBACK=${BENCH_FEEDBACK:-http://127.0.0.1:8082}
KEYCLOAK=${BENCH_KEYCLOAK:-http://127.0.0.1:8280}
# health and metrics: on each service's management interface, never on its public port
GATEWAY_MANAGEMENT=${BENCH_GATEWAY_MANAGEMENT:-http://127.0.0.1:9080}
EVENTS_MANAGEMENT=${BENCH_EVENTS_MANAGEMENT:-http://127.0.0.1:9081}
FEEDBACK_MANAGEMENT=${BENCH_FEEDBACK_MANAGEMENT:-http://127.0.0.1:9082}
# shellcheck disable=SC2034 # the variables below are used by the scripts that source this file
ALMATY=almaty-2026-02-25-constitutional-reform
# the forum the write benchmarks post to, so the demo forum stays readable
LOAD_FORUM=${BENCH_LOAD_FORUM:-bench-load}

say() { printf '%s\n' "$*"; }
fail() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

need_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || fail "needs $tool; run bench/setup (as root) first."
  done
}

# Fails unless every named part answers ready (gateway, events, feedback, keycloak).
require_ready() {
  local part url
  for part in "$@"; do
    case $part in
      gateway) url="$GATEWAY_MANAGEMENT/q/health/ready" ;;
      events) url="$EVENTS_MANAGEMENT/q/health/ready" ;;
      feedback) url="$FEEDBACK_MANAGEMENT/q/health/ready" ;;
      keycloak) url="http://127.0.0.1:9280/health/ready" ;;
    esac
    [[ $(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url") == 200 ]] \
      || fail "$part is not ready at $url; start Pikir with ./pikir up first."
  done
}

# bench/results/<date>-<name>, or <date>-<name>-2 ... when that exists; prints the path.
results_dir() {
  local base dir n=2
  base="$BENCH/results/$(date +%F)-$1"
  dir=$base
  while [[ -e $dir ]]; do
    dir="$base-$n"
    n=$((n + 1))
  done
  mkdir -p "$dir"
  printf '%s' "$dir"
}

# What was running where, for the record.
describe_machine() {
  {
    echo "date: $(date -Is)"
    echo "host: $(uname -srm), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2 " GiB"}') memory"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "java: $(java -version 2>&1 | head -n 1)"
    command -v wrk >/dev/null && echo "wrk: $(wrk -v 2>&1 | head -n 1)"
    command -v nginx >/dev/null && echo "nginx: $(nginx -v 2>&1)"
    command -v pgbench >/dev/null && echo "pgbench: $(pgbench --version)"
  } >"$1"
}

# An access token for a user of realm pikir through client pikir-cli (password grant).
token_for() {
  local user=$1 password=${2:-$1}
  curl -sf -m 20 "$KEYCLOAK/realms/pikir/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=pikir-cli -d "username=$user" --data-urlencode "password=$password" \
    | jq -r .access_token
}

# Signs in the way a browser does: GET <base>/login?next=<next> -> Keycloak's login form -> back to the gateway;
# prints the q_session cookie. <base> must be the gateway URL Keycloak redirects back to (localhost, not 127.0.0.1).
browser_sign_in() { # user password base next dir
  local user=$1 password=$2 base=$3 next=$4 dir=$5 jar location action
  mkdir -p "$dir"
  jar="$dir/cookies.txt"
  rm -f "$jar"
  location=$(curl -s -m 20 -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$base/login?next=$next")
  [[ $location == "$KEYCLOAK"* || $location == http://localhost:8280* ]] || fail "GET /login did not send to Keycloak but to '$location'."
  curl -sf -m 20 -c "$jar" -b "$jar" -o "$dir/keycloak-form.html" "$location" || fail "Keycloak's login page did not load."
  action=$(grep -o '<form[^>]*id="kc-form-login"[^>]*>' "$dir/keycloak-form.html" | sed -E 's/.*action="([^"]*)".*/\1/; s/&amp;/\&/g')
  [[ -n $action ]] || fail "no form#kc-form-login on Keycloak's page ($dir/keycloak-form.html)."
  location=$(curl -s -m 20 -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "username=$user" --data-urlencode "password=$password" "$action")
  [[ $location == "$base"/* ]] || fail "Keycloak did not send back to the gateway after the form but to '$location'."
  curl -s -m 20 -L -c "$jar" -b "$jar" -o "$dir/landing.html" "$location"
  awk '$6 == "q_session" { print $7 }' "$jar" | tail -n 1
}

# Port of a service's embedded PostgreSQL, from line 4 of its postmaster.pid.
pg_port() {
  local file="$STATE/data/$1/postmaster.pid"
  [[ -f $file ]] || fail "no $file; is $1 running on its embedded PostgreSQL?"
  sed -n 4p "$file"
}

# psql against a service's embedded PostgreSQL (user and password postgres, as EmbeddedDatabase sets).
service_psql() {
  local service=$1
  shift
  PGPASSWORD=postgres psql -X -q -h 127.0.0.1 -p "$(pg_port "$service")" -U postgres -d postgres "$@"
}

# The durability settings the numbers depend on, one per line.
durability_settings() {
  service_psql "$1" -At -F ' = ' -c "select name, setting from pg_settings
    where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'wal_level',
                   'shared_buffers', 'max_connections', 'commit_delay', 'server_version')
    order by name"
}

# Makes sure the forum the write benchmarks post to exists, is published and takes feedback.
ensure_load_forum() {
  local editor code
  code=$(curl -s -o /dev/null -w '%{http_code}' "$GATEWAY/api/events/$LOAD_FORUM/consultation")
  if [[ $code == 200 ]] && curl -s "$GATEWAY/api/events/$LOAD_FORUM/consultation" | jq -e .open >/dev/null; then
    return 0
  fi
  editor=$(token_for editor) || fail "could not get a token for editor from Keycloak."
  if [[ $code == 404 ]]; then
    curl -sf -o /dev/null -H "Authorization: Bearer $editor" -H 'Content-Type: application/json' \
      -d "{\"slug\":\"$LOAD_FORUM\",\"title\":{\"ru\":\"Нагрузочный форум\",\"kk\":\"Жүктеме форумы\",\"en\":\"Load-test forum\"},
           \"city\":\"Almaty\",\"date\":\"$(date +%F)\"}" \
      "$GATEWAY/api/events" || fail "could not create the forum $LOAD_FORUM."
    curl -sf -o /dev/null -X POST -H "Authorization: Bearer $editor" "$GATEWAY/api/events/$LOAD_FORUM/publish" \
      || fail "could not publish the forum $LOAD_FORUM."
  fi
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $editor" -H 'Content-Type: application/json' -d '{}' \
    "$GATEWAY/api/events/$LOAD_FORUM/consultation/open" || fail "could not open the consultation of $LOAD_FORUM."
}

# --- nginx baselines --------------------------------------------------------------------------

NGINX_DIRS=()

# Starts a private nginx with the given server block on 127.0.0.1; prints nothing, stops on exit.
start_nginx() {
  local dir=$1 server_block=$2 user_line=""
  mkdir -p "$dir/logs" "$dir/temp"
  [[ $(id -u) -eq 0 ]] && user_line="user root;"
  cat >"$dir/nginx.conf" <<EOF
$user_line
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  default_type application/json;
  client_body_temp_path $dir/temp/body;
  proxy_temp_path $dir/temp/proxy;
  fastcgi_temp_path $dir/temp/fastcgi;
  uwsgi_temp_path $dir/temp/uwsgi;
  scgi_temp_path $dir/temp/scgi;
$server_block
}
EOF
  nginx -p "$dir" -c "$dir/nginx.conf" -t >"$dir/logs/config-test.txt" 2>&1 \
    || fail "nginx rejected its configuration: $(cat "$dir/logs/config-test.txt")"
  nginx -p "$dir" -c "$dir/nginx.conf"
  NGINX_DIRS+=("$dir")
  trap stop_nginx EXIT
}

stop_nginx() {
  local dir
  for dir in "${NGINX_DIRS[@]}"; do
    if [[ -f $dir/nginx.pid ]]; then
      nginx -p "$dir" -c "$dir/nginx.conf" -s quit 2>/dev/null || true
    fi
  done
  NGINX_DIRS=()
}

free_port() {
  local port=$1
  while ss -Hltn "sport = :$port" | grep -q .; do
    port=$((port + 1))
  done
  printf '%s' "$port"
}

wait_http() {
  local url=$1 tries=50
  until [[ $(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url") =~ ^[23] ]]; do
    ((tries-- > 0)) || fail "$url does not answer."
    sleep 0.1
  done
}

# --- wrk --------------------------------------------------------------------------------------

# Runs wrk closed-loop: warm-up (its output kept apart), then the measured run. Args:
# label url connections duration warmup results-dir [extra wrk args...]
run_wrk() {
  local label=$1 url=$2 connections=$3 duration=$4 warmup=$5 dir=$6
  shift 6
  local threads=${BENCH_WRK_THREADS:-2} options=() script_args=()
  # wrk wants its options, then the URL, then "--" and the script's arguments
  while (($# > 0)) && [[ $1 != -- ]]; do
    options+=("$1")
    shift
  done
  (($# > 0)) && script_args=("$@")
  if ((warmup > 0)); then
    wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout "${BENCH_WRK_TIMEOUT:-10s}" "${options[@]}" "$url" "${script_args[@]}" \
      >"$dir/$label.warmup.txt" 2>&1 || true
  fi
  cpu_begin
  wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout "${BENCH_WRK_TIMEOUT:-10s}" --latency \
    "${options[@]}" "$url" "${script_args[@]}" >"$dir/$label.wrk.txt" 2>&1 \
    || fail "wrk failed for $label: $(tail -n 3 "$dir/$label.wrk.txt")"
  local answered
  read -r _ _ _ _ _ answered _ < <(wrk_figures "$dir/$label.wrk.txt")
  cpu_end "$answered" >"$dir/$label.cpu.txt"
}

# --- CPU spent per request --------------------------------------------------------------------
# On a shared machine req/s depends on what else runs; the CPU time each part spends per answered
# request does much less, so every measured run records it next to the load tool's output.

# CPU ticks (user + system) of a part: a launcher-started JVM, or "pg-<service>" for a service's
# embedded PostgreSQL (postmaster and its current children, i.e. the pooled backends).
cpu_ticks() {
  local part=$1 pids=() pid
  if [[ $part == pg-* ]]; then
    pid=$(head -n 1 "$STATE/data/${part#pg-}/postmaster.pid" 2>/dev/null) || { echo 0; return 0; }
    mapfile -t pids < <(echo "$pid"; pgrep -P "$pid" || true)
  else
    pid=$(cat "$STATE/pids/$part.pid" 2>/dev/null) || { echo 0; return 0; }
    [[ $part == keycloak ]] && pid=$(pgrep -P "$pid" java || echo "$pid")
    pids=("$pid")
  fi
  # the first pid also counts its exited children (cutime, cstime): PostgreSQL backends that ended
  for pid in "${pids[@]}"; do
    if [[ $pid == "${pids[0]}" ]]; then
      awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || true
    else
      awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true
    fi
  done | awk '{ s += $1 } END { print s + 0 }'
}

CPU_PARTS=(gateway events-service feedback-service pg-events-service pg-feedback-service keycloak)
declare -A CPU_START
cpu_begin() {
  local part
  for part in "${CPU_PARTS[@]}"; do
    CPU_START[$part]=$(cpu_ticks "$part")
  done
  CPU_START[wall]=$(date +%s.%N)
}

# Prints "part cpu-seconds cpu-ms-per-request" for each part and all together; $1 = requests
# answered (any status: in a healthy run all are 2xx; the summaries give the split).
cpu_end() {
  local requests=$1 part ticks hz total=0
  hz=$(getconf CLK_TCK)
  for part in "${CPU_PARTS[@]}"; do
    ticks=$(( $(cpu_ticks "$part") - ${CPU_START[$part]:-0} ))
    ((ticks < 0)) && ticks=0
    total=$((total + ticks))
    awk -v p="$part" -v t="$ticks" -v hz="$hz" -v n="$requests" \
      'BEGIN { printf "%-20s %8.2f s %8.3f ms/request\n", p, t / hz, (n > 0 ? t / hz * 1000 / n : 0) }'
  done
  awk -v t="$total" -v hz="$hz" -v n="$requests" -v w="$(awk -v s="${CPU_START[wall]}" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')" \
    'BEGIN { printf "%-20s %8.2f s %8.3f ms/request (%d requests answered in %.1f s wall)\n", "all of Pikir", t / hz, (n > 0 ? t / hz * 1000 / n : 0), n, w }'
}

# Reads a wrk --latency output: prints "rps p50_ms p99_ms non2xx socket_errors requests ok_requests
# ok_rps" (rps counts every answer, as wrk does; the scripts report ok_rps, the 2xx answers a second).
wrk_figures() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
      if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
      return v + 0
    }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /requests in/ { requests = $1 }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
    END {
      ok = requests - non2xx
      ok_rps = requests > 0 ? rps * ok / requests : 0
      printf "%.0f %.2f %.2f %d %d %d %d %.0f\n", rps, p50, p99, non2xx, errors, requests, ok, ok_rps
    }
  ' "$1"
}

# Prints the median of the numbers given as arguments.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# "yes" when $1 >= $2 (floating point), else "no".
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b) ? "yes" : "no" }'; }
at_most() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "yes" : "no" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f\n", a / b }'; }

# Common options: --duration S, --warmup S, --connections N, --rounds N (set the variables of the same names).
# shellcheck disable=SC2034 # the calling script reads them
parse_load_options() {
  while (($# > 0)); do
    case $1 in
      --duration) DURATION=$2; shift 2 ;;
      --warmup) WARMUP=$2; shift 2 ;;
      --connections) CONNECTIONS=$2; shift 2 ;;
      --rounds) ROUNDS=$2; shift 2 ;;
      --users) USERS=$2; shift 2 ;;
      -h | --help) usage; exit 0 ;;
      *) usage >&2; fail "unknown option $1" ;;
    esac
  done
}

# The "all of Pikir" CPU ms per request from a cpu file; and "part=ms ..." for every part.
cpu_total() { awk '/^all of Pikir/ { print $6 }' "$1" 2>/dev/null; }
cpu_parts() { awk '!/^all of Pikir/ { printf "%s=%s ", $1, $4 }' "$1" 2>/dev/null; }
