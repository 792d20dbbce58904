#!/usr/bin/env bash
# Runs every MentorBot test, installing first what the tests need and is missing:
#   - the npm tools in tools/ (the Agents Playground, Azurite), with npm ci;
#   - Debian's chromium (end-to-end tests) and postgresql (job tests), with apt-get (sudo when not root).
# Results: artifacts/test-results/*.trx; screenshots: artifacts/screenshots/*.png; end-to-end logs: artifacts/e2e-logs/.
# Ends with one line "tests: N passed, M failed"; exits non-zero when anything failed or could not run.
#
#   tools/test.sh                       everything
#   tools/test.sh --filter EndToEnd     extra arguments go to dotnet test
#   CI=true tools/test.sh               a component that cannot be installed stops the run at once
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTIFACTS="$ROOT/artifacts"
RESULTS="$ARTIFACTS/test-results"
CONFIGURATION=Release
DEBIAN_PACKAGES=(chromium postgresql)

case "${CI:-}" in
    true | TRUE | True | 1 | yes) CI_MODE=1 ;;
    *) CI_MODE=0 ;;
esac

say() { printf 'test.sh: %s\n' "$*"; }
die() {
    printf 'test.sh: %s\n' "$*" >&2
    echo "tests: 0 passed, 0 failed"
    exit 1
}

# A component that cannot be installed: in CI that ends the run; elsewhere the tests that need it fail, saying so.
missing_component() {
    if [ "$CI_MODE" = 1 ]; then
        die "$1 (CI=true: stopping here)."
    fi
    say "WARNING: $1; the tests that need it will fail."
}

command -v dotnet >/dev/null 2>&1 || die "dotnet is not installed: install the .NET SDK (version in global.json)."
command -v node >/dev/null 2>&1 || missing_component "Node.js is not installed (install Node 20): the Playground and Azurite need it"

started=$SECONDS

# 1. npm tools, exactly as pinned in tools/package-lock.json ("npm ls" fails when any is missing or differs).
if command -v npm >/dev/null 2>&1; then
    if ! (cd "$ROOT/tools" && npm ls --depth=0 >/dev/null 2>&1); then
        say "installing the npm tools (npm ci in tools/)..."
        (cd "$ROOT/tools" && npm ci --no-audit --no-fund) || missing_component "npm ci in tools/ failed"
    fi
else
    missing_component "npm is not installed, so the Playground and Azurite cannot be installed"
fi

# 2. Debian packages.
missing_packages=()
if command -v dpkg-query >/dev/null 2>&1; then
    for package in "${DEBIAN_PACKAGES[@]}"; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)" != "installed" ]; then
            missing_packages+=("$package")
        fi
    done
else
    missing_component "this is not a Debian system: install ${DEBIAN_PACKAGES[*]} yourself (Chromium at /usr/bin/chromium, or set MENTORBOT_CHROMIUM)"
fi
if [ "${#missing_packages[@]}" -gt 0 ]; then
    sudo=()
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            missing_component "${missing_packages[*]} not installed, and neither root nor sudo is available to install them (apt-get install ${missing_packages[*]})"
        fi
    fi
    if [ "$(id -u)" = 0 ] || [ "${#sudo[@]}" -gt 0 ]; then
        say "installing Debian packages: ${missing_packages[*]} (about a minute)..."
        if ! { "${sudo[@]}" apt-get update -q &&
            "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing_packages[@]}"; }; then
            missing_component "apt-get could not install ${missing_packages[*]}"
        fi
    fi
fi
installed=$SECONDS

# 3. The tests. Old results and screenshots go first, so nothing stale is mistaken for this run's.
rm -rf "$RESULTS" "$ARTIFACTS/screenshots" "$ARTIFACTS/e2e-logs"
mkdir -p "$RESULTS"
say "running the tests ($CONFIGURATION)..."
set +e
dotnet test "$ROOT/MentorBot.sln" \
    --configuration "$CONFIGURATION" \
    --nologo \
    --logger "console;verbosity=normal" \
    --logger "trx" \
    --results-directory "$RESULTS" \
    --blame-hang-timeout 5m --blame-hang-dump-type none \
    "$@"
status=$?
set -e
finished=$SECONDS

# 4. One summary line, from the TRX files (one per test project).
passed=0 failed=0 total=0
counter() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2"; }
shopt -s nullglob
trx_files=("$RESULTS"/*.trx "$RESULTS"/*/*.trx)
shopt -u nullglob
for trx in "${trx_files[@]}"; do
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    total=$((total + $(counter total "$counters")))
    passed=$((passed + $(counter passed "$counters")))
    failed=$((failed + $(counter failed "$counters")))
done

if [ "${#trx_files[@]}" -eq 0 ]; then
    say "no test results were written (did the build fail? see above)."
    [ "$status" -ne 0 ] || status=1
fi
not_run=$((total - passed - failed))
if [ "$not_run" -gt 0 ]; then
    say "$not_run test(s) did not run to completion (skipped, aborted or hung): that is a failure."
    [ "$status" -ne 0 ] || status=1
fi
if [ "$failed" -gt 0 ] && [ "$status" -eq 0 ]; then
    status=1
fi

say "timings: install $((installed - started))s, build and tests $((finished - installed))s."
say "results: ${RESULTS#"$ROOT"/}/, screenshots: artifacts/screenshots/"
echo "tests: $passed passed, $failed failed"
exit "$status"
