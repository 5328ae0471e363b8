#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One-step set-up on Debian 12: installs what is missing, builds into build/, then
#   dev.sh run   opens a fresh copy of the bundled sample project
#   dev.sh test  runs every test (benchmarks excluded; dev.sh bench runs those)
#   dev.sh test-asan  builds into build-asan/ (clang) with AddressSanitizer (leaks included)
#                    and UndefinedBehaviorSanitizer and runs every test there
#   dev.sh soak [SECONDS]  a long scripted session on a 10,000-card project (default 1800 s)
#   dev.sh fuzz [SECONDS]  builds the libFuzzer harnesses of tests/fuzz in the same build-asan/
#                    (one sanitizer build for both) and runs each for SECONDS (default 30) on
#                    its committed seed corpus; new inputs collect in build-asan/fuzz/corpus/,
#                    crashes in build-asan/fuzz/findings/
#   dev.sh package   builds the .deb, checks it with lintian, desktop-file-validate and
#                    appstreamcli, installs it into a clean Debian 12 root (debootstrap) and
#                    uses it there (packaging/package-test.sh; needs root)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
case $mode in run|test|bench|build|test-asan|fuzz|soak|package) ;; *) echo "usage: packaging/dev.sh run|test|bench|build|test-asan|fuzz [SECONDS]|soak [SECONDS]|package" >&2; exit 2;; esac

packages=(cmake ninja-build g++ ccache pkg-config libgl-dev libsqlite3-dev qtkeychain-qt6-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-pdf-dev qt6-qpa-plugins
  libqt6opengl6-dev qt6-image-formats-plugins libquazip1-qt6-dev libqrencode-dev python3 libqt6sql6-psql
  help2man lld)
[ "$mode" = package ] && packages+=(lintian desktop-file-utils appstream debootstrap)
case $mode in fuzz|test-asan) packages+=(clang libclang-rt-14-dev);; esac
# The database tests start their own PostgreSQL server (tests/pg/pg_start.sh); the keychain
# test its own D-Bus session and GNOME Keyring (tests/keychain/with_keyring.sh).
# The browser test drives Debian's chromium with playwright-core from npm, and Mermaid's parser
# runs in node (any 18+).
case $mode in test|test-asan)
  packages+=(chromium zbar-tools libreoffice-impress postgresql openssl dbus-daemon gnome-keyring libsecret-1-0)
  command -v npm >/dev/null || packages+=(nodejs npm);;
esac
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Please install the missing packages first:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

jobs=$(nproc)
# The npm packages of the tests that use them, into build folder $1, pinned by their
# package-lock.json: playwright-core for tst_browser, mermaid and jsdom for tst_mermaid_parser.
npm_modules() {
  local build=$1 dir=$2 package=$3 test=$4
  [ -d "$build/$dir/node_modules/$package" ] && return 0
  # The sanitizer build shares what the normal build fetched (hard links, no second download).
  if [ "$build" != build ] && [ -d "build/$dir/node_modules/$package" ]; then
    mkdir -p "$build" && cp -al "build/$dir" "$build/" && return 0
  fi
  mkdir -p "$build/$dir"
  cp "tests/$dir/package.json" "tests/$dir/package-lock.json" "$build/$dir/"
  (cd "$build/$dir" && npm ci --no-audit --no-fund --silent) ||
    echo "$test will be skipped: npm could not install $package" >&2
}
test_modules() {
  npm_modules "$1" browser playwright-core tst_browser
  npm_modules "$1" mermaid mermaid tst_mermaid_parser
}
# One sanitizer build (clang, ASan+UBSan, libFuzzer's coverage on all code) for the whole
# suite and the fuzz harnesses: CI compiles the sources once for both.
sanitized_build() {
  # Line tables are all the sanitizers' reports need (file:line in every frame); full debug
  # information makes compiling and linking slower (measured: see the session notes).
  local flags="-O1 -fno-omit-frame-pointer -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=all"
  # A build-asan/ of an older dev.sh (gcc) is made again.
  if [ -f build-asan/CMakeCache.txt ] && ! grep -q "^CMAKE_CXX_COMPILER:.*clang" build-asan/CMakeCache.txt; then
    rm -rf build-asan
  fi
  CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DWAYMARK_FUZZ=ON -DWAYMARK_BENCH=OFF \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
  cmake --build build-asan --parallel "$jobs" "$@"
}
if [ "$mode" = fuzz ]; then
  seconds=${2:-30}
  sanitized_build --target fuzz_all
  export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
  export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp"
  failed=0
  for harness in projectfile csv xlsx numbers metricplan httprequest eventlog snapshot mermaid \
                 projectjson; do
    case $harness in projectfile) dict=sql;; xlsx) dict=xml;; httprequest) dict=http;;
                     snapshot|projectjson) dict=json;; mermaid) dict=mermaid;; *) dict=csv;; esac
    mkdir -p "build-asan/fuzz/corpus/$harness" "build-asan/fuzz/findings/$harness"
    log="build-asan/fuzz/findings/$harness.log"
    # Limits: an input taking over 10 s (ASan is slow) or 2 GB is a finding, like a crash.
    if (cd "build-asan/fuzz/findings/$harness" && "../../../tests/fuzz/fuzz_$harness" \
          -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
          -dict="../../../../tests/fuzz/$dict.dict" "../../corpus/$harness" \
          "../../../../tests/fuzz/corpus/$harness") >"$log" 2>&1; then
      runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
      echo "fuzz_$harness: ${runs:-?} inputs in ${seconds} s, no finding"
    else
      failed=1
      echo "fuzz_$harness: FINDING, see $log and build-asan/fuzz/findings/$harness/" >&2
      grep -E "ERROR|SUMMARY|Test unit written" "$log" >&2 || tail -20 "$log" >&2
    fi
  done
  exit $failed
fi
if [ "$mode" = test-asan ]; then
  sanitized_build
  test_modules build-asan
  cd build-asan
  # Any finding fails its test: ASan and LSan exit non-zero, UBSan stops at the first.
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1
  ctest --output-on-failure --parallel "$jobs" --label-exclude bench --output-log asan-tests.log &&
    exit 0
  # Under load LSan's own tracer can crash at a process's exit after its work is done ("Tracer
  # caught signal 11 / LeakSanitizer has encountered a fatal error", a known flake of the
  # sanitizer runtime: google/sanitizers#1353), in a test binary or in a waymark-cli it ran
  # (tests/cliproc.h puts the CLI's sanitizer output into the test's log; the test function
  # then fails, often on the exit code alone). That is not a finding: when there is no
  # sanitizer or leak report besides, the failed tests run once more, and a test that fails
  # for a reason of its own fails again there.
  if grep -q "LeakSanitizer has encountered a fatal error" asan-tests.log &&
     ! grep -qE "ERROR: (AddressSanitizer|LeakSanitizer: detected)|runtime error" asan-tests.log; then
    echo "LeakSanitizer's tracer crashed at exit (not a finding); running those tests again" >&2
    exec ctest --output-on-failure --rerun-failed
  fi
  exit 1
fi
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
cmake --build build --parallel "$jobs"

case $mode in
  run)
    lang=en; case ${LC_ALL:-${LC_MESSAGES:-${LANG:-}}} in de*) lang=de;; esac
    dir=$(mktemp -d "${TMPDIR:-/tmp}/waymark-sample.XXXXXX")
    cp "build/resources/samples/contract-renewal.$lang.waymark" "$dir/"
    chmod u+w "$dir/contract-renewal.$lang.waymark"
    echo "Opening a fresh copy of the sample: $dir/contract-renewal.$lang.waymark"
    exec build/app/waymark "$dir/contract-renewal.$lang.waymark"
    ;;
  test)
    test_modules build
    (cd build && ctest --output-on-failure --parallel "$jobs" --label-exclude bench)
    # The user guide with the pictures the application makes of itself, to look at.
    cmake --build build --target docs
    echo "User guide: build/docs/en/guide.pdf, build/docs/de/guide.pdf (pictures beside them)"
    ;;
  bench)
    cd build && ctest --output-on-failure --label-regex bench --exclude-regex bench_soak --verbose
    ;;
  package)
    exec packaging/package-test.sh build
    ;;
  soak)
    cd build && WAYMARK_SOAK_SECONDS=${2:-1800} QT_QPA_PLATFORM=offscreen ./tests/bench/bench_soak
    ;;
esac
