#!/usr/bin/env bash
# Runs MentorBot on this machine with the Microsoft 365 Agents Playground (a Teams emulator) in front of it.
# No cloud account: embedded SQLite storage and jobs under Bot/.data, authentication off (MicrosoftAppId empty,
# which the bot accepts in the Development environment only: this script always runs it in Development).
# Needs the .NET SDK (global.json) and Node 20; installs the npm tools in tools/ when they are missing.
#
#   tools/run.sh                      then open the URL it prints; Ctrl+C stops both programs
#   MENTORBOT_PORT=3979 tools/run.sh  the bot on another port (default 3978)
#   PLAYGROUND_PORT=56151 tools/run.sh  the Playground on another port (default 56150)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BOT_PORT="${MENTORBOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
START_TIMEOUT="${MENTORBOT_START_TIMEOUT:-90}"
BOT_URL="http://127.0.0.1:${BOT_PORT}"
DATA_FOLDER="$ROOT/Bot/.data"
PLAYGROUND_USER_OBJECT_ID="00000000-0000-0000-0000-0000000000020"
PLAYGROUND_TENANT_ID="00000000-0000-0000-0000-0000000000001"
PLAYGROUND="$ROOT/tools/node_modules/.bin/teamsapptester"

bold="" red="" plain=""
if [ -t 1 ]; then bold=$'\033[1m' red=$'\033[1;31m' plain=$'\033[0m'; fi
say() { printf '%srun.sh:%s %s\n' "$bold" "$plain" "$*"; }
die() { printf '%srun.sh: %s%s\n' "$red" "$*" "$plain" >&2; exit 1; }

need() {
    command -v "$1" >/dev/null 2>&1 || die "$1 is not installed. $2"
}

# True when something accepts connections on 127.0.0.1:$1 (bash's /dev/tcp: no curl or ss needed).
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

who_listens() {
    if command -v ss >/dev/null 2>&1; then
        ss -ltnpH "sport = :$1" 2>/dev/null | sed 's/^/    /'
    fi
}

# Labels a program's output lines. Ignores Ctrl+C, so the programs' last words while stopping still show.
prefix() {
    trap '' INT
    exec sed -u "s/^/$1/"
}

# One GET with Node (always here, unlike curl on a fresh Debian); exit code 0 on HTTP 200.
http_ok() {
    node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) }).then(r => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' "$1"
}

need dotnet "Install the .NET SDK (version in global.json): https://learn.microsoft.com/dotnet/core/install/linux-debian"
need node "Install Node.js 20 (e.g. from https://deb.nodesource.com or nodejs.org)."
need npm "Install npm (it comes with Node.js 20)."
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 18 ] || die "Node.js $(node --version) is too old for the Playground: install Node.js 20."

[[ "$BOT_PORT" =~ ^[0-9]+$ ]] || die "MENTORBOT_PORT must be a port number, not '$BOT_PORT'."
[[ "$PLAYGROUND_PORT" =~ ^[0-9]+$ ]] || die "PLAYGROUND_PORT must be a port number, not '$PLAYGROUND_PORT'."
if port_in_use "$BOT_PORT"; then
    die "port $BOT_PORT is already in use, so the bot cannot start there:
$(who_listens "$BOT_PORT")
  Stop that program (a MentorBot left running by an earlier run?), or run on another port: MENTORBOT_PORT=3979 tools/run.sh"
fi

# The npm tools (the Playground, Azurite, manifest schemas), exactly as pinned in tools/package-lock.json.
if [ ! -x "$PLAYGROUND" ] || ! (cd "$ROOT/tools" && npm ls --depth=0 >/dev/null 2>&1); then
    say "installing the npm tools (npm ci in tools/)..."
    (cd "$ROOT/tools" && npm ci --no-audit --no-fund) || die "npm ci in tools/ failed (see above): the Playground cannot be installed."
fi

say "building the bot..."
dotnet build "$ROOT/Bot/Bot.csproj" --configuration Debug --nologo --verbosity quiet ||
    die "the build failed (see above)."

WORK="$(mktemp -d -t mentorbot-run.XXXXXX)"
BOT_PID=""
PLAYGROUND_PID=""

stop() {
    local pid
    for pid in "$PLAYGROUND_PID" "$BOT_PID"; do
        [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
    done
    # The bot stops its job server gracefully; give both a few seconds, then insist, so the ports are free on exit.
    for _ in $(seq 1 50); do
        kill -0 "$BOT_PID" 2>/dev/null || kill -0 "$PLAYGROUND_PID" 2>/dev/null || break
        sleep 0.2
    done
    for pid in "$PLAYGROUND_PID" "$BOT_PID"; do
        [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap stop EXIT
trap 'echo; say "stopping..."; exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Both programs run in sessions of their own (setsid), so Ctrl+C reaches only this script, which stops them in
# order; otherwise one may exit on the signal first and look like a crash.
# The bot, on the embedded defaults whatever a developer's user-secrets say: the Playground sends no token.
say "starting MentorBot on $BOT_URL (data in Bot/.data)..."
mkdir -p "$DATA_FOLDER"
(
    cd "$ROOT/Bot"
    # Development always: it is the only environment in which the bot starts without a MicrosoftAppId.
    export ASPNETCORE_URLS="$BOT_URL" ASPNETCORE_ENVIRONMENT="Development" DOTNET_ENVIRONMENT="Development"
    export MicrosoftAppId="" MicrosoftAppPassword="" MicrosoftAppTenantId="" MicrosoftAppType="MultiTenant"
    export MentorBot__DataFolder="$DATA_FOLDER" Storage__Provider="Sqlite" Jobs__Storage="Sqlite"
    # The address the links the bot serves itself (a lead's export) point at: this Kestrel, whatever MENTORBOT_PORT says.
    export MentorBot__PublicBaseUrl="$BOT_URL/"
    # The Playground's user (always this Entra object id) is a programme lead here, so a newcomer can try both
    # sides: create a programme ("new programme"), then join it from the welcome card.
    export MentorBot__Leads__0="${PLAYGROUND_USER_OBJECT_ID}"
    # Alone at the Playground there is nobody to be matched with: seed "Demo: data mentoring" with three mentees
    # waiting, in the Playground's tenant, so matching and "find a time" can be tried as a mentor.
    export MentorBot__DemoTenantId="${PLAYGROUND_TENANT_ID}"
    exec setsid dotnet "$ROOT/Bot/bin/Debug/net10.0/MentorBot.dll"
) > >(prefix "[bot] ") 2>&1 &
BOT_PID=$!

deadline=$((SECONDS + START_TIMEOUT))
until http_ok "$BOT_URL/healthz"; do
    kill -0 "$BOT_PID" 2>/dev/null || die "the bot exited while starting (its log is above, lines starting with [bot])."
    [ "$SECONDS" -lt "$deadline" ] || die "the bot did not answer $BOT_URL/healthz within ${START_TIMEOUT}s (its log is above)."
    sleep 0.5
done
say "the bot is up: $BOT_URL/healthz answers."

# The Playground opens a browser with xdg-open and exits with code 1 right after "Listening on" where none exists:
# TEAMSAPPTESTER_BROWSER=none is its own switch for that, and a no-op xdg-open first on PATH covers the rest.
mkdir -p "$WORK/bin"
printf '#!/bin/sh\n# run.sh prints the URL to open instead.\nexit 0\n' > "$WORK/bin/xdg-open"
chmod +x "$WORK/bin/xdg-open"
if port_in_use "$PLAYGROUND_PORT"; then
    say "port $PLAYGROUND_PORT is taken (another Playground?); the Playground will pick a free port and say which."
fi
say "starting the Microsoft 365 Agents Playground..."
(
    cd "$ROOT"
    export PATH="$WORK/bin:$PATH" TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$DATA_FOLDER/playground.log"
    exec setsid "$PLAYGROUND" start -e "$BOT_URL/api/messages" -c msteams --dt -p "$PLAYGROUND_PORT"
) > >(tee -i "$WORK/playground.out" | prefix "[playground] ") 2>&1 &
PLAYGROUND_PID=$!

# It falls back to a random port when the one asked for is taken: read the port it actually listens on.
deadline=$((SECONDS + START_TIMEOUT))
until port="$(sed -n 's/^Listening on \([0-9][0-9]*\).*/\1/p' "$WORK/playground.out" 2>/dev/null | head -n 1)" && [ -n "$port" ]; do
    kill -0 "$PLAYGROUND_PID" 2>/dev/null || die "the Playground exited while starting (its output is above, lines starting with [playground])."
    [ "$SECONDS" -lt "$deadline" ] || die "the Playground did not start within ${START_TIMEOUT}s (its output is above)."
    sleep 0.2
done

cat <<EOF

  MentorBot is running with the Microsoft 365 Agents Playground.

    Open:  http://localhost:${port}
    Bot:   $BOT_URL/api/messages   (health: $BOT_URL/healthz, jobs: $BOT_URL/hangfire)
    Data:  Bot/.data   (delete it to start over: the welcome card is sent once per user)

  You are a programme lead here: type "new programme" to create one, then use the
  welcome card (or type "join") to join it as a mentee or a mentor. Type "help" for more.

  To try matching alone: join "Demo: data mentoring" as a mentor (three mentees are
  waiting there), type "match", approve, accept the offer, then press "Find a time".

  Press Ctrl+C to stop both.

EOF

# Stop when either program stops; the EXIT trap stops the other.
set +e
wait -n "$BOT_PID" "$PLAYGROUND_PID"
status=$?
set -e
if ! kill -0 "$BOT_PID" 2>/dev/null; then
    die "the bot stopped (exit code $status); stopping the Playground."
fi
die "the Playground stopped (exit code $status); stopping the bot."
