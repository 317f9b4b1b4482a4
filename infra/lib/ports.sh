# Sourced by infra/*/start.sh: choosing a loopback port for a throwaway server.
# The caller defines log(), die() and start_on PORT (starts the server, returns non-zero if it could not).

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# start_on_free_port PREVIOUS_PORT LOGFILE: starts the server on PREVIOUS_PORT when it is free, else on a
# random free port, and sets PORT. Another server may take a port between the check and the bind, so a
# failed start is retried on another port (up to 20 tries).
start_on_free_port() {
  local previous="$1" logfile="$2" candidate
  PORT=""
  if [ -n "$previous" ] && port_is_free "$previous" && start_on "$previous"; then PORT="$previous"; return 0; fi
  for _ in $(seq 1 20); do
    candidate=$(( 20000 + RANDOM % 40000 ))
    port_is_free "$candidate" || continue
    if start_on "$candidate"; then PORT="$candidate"; return 0; fi
    log "port $candidate failed, trying another"
  done
  die "no free port found (see $logfile)"
}
