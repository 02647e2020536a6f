#!/usr/bin/env bash
# The whole test suite, from install to CTest's summary: installs what is missing, builds with
# warnings as errors, and runs ctest. CTest starts the throw-away PostgreSQL server the
# PostgreSQL tests need (tests/pg/pg-start.sh) and stops and removes it afterwards, even when
# tests fail.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${DEALIX_TEST_BUILD_DIR:-$PWD/build-test}

scripts/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDEALIX_WERROR=ON -DDEALIX_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j2
cd "$build"
ctest --output-on-failure -j2 --timeout 600
