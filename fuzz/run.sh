#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for a bounded time each.
#
#   fuzz/run.sh SECONDS [TARGET...]
#
# Installs cargo-fuzz when it is missing. Uses the stable toolchain with RUSTC_BOOTSTRAP=1
# (cargo-fuzz needs nightly-only sanitizer flags). Each target starts from its seeds in
# fuzz/seeds/<target> (if any) plus what earlier runs found in fuzz/corpus/<target>.
# A crash leaves its input in fuzz/artifacts/<target>/ and makes the script exit non-zero
# after the remaining targets have run.
set -euo pipefail

usage() {
    echo "usage: $0 SECONDS [TARGET...]" >&2
    exit 2
}

[[ $# -ge 1 ]] || usage
seconds=$1
shift
[[ $seconds =~ ^[1-9][0-9]*$ ]] || usage

cd "$(dirname "$0")"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1

if [[ $# -gt 0 ]]; then
    targets=("$@")
else
    mapfile -t targets < <(cargo fuzz list)
fi
[[ ${#targets[@]} -gt 0 ]] || { echo "no fuzz targets found" >&2; exit 2; }

# Build everything first, so a build failure is reported as such and not as a crash.
for target in "${targets[@]}"; do
    cargo fuzz build "$target"
done

failed=()
for target in "${targets[@]}"; do
    corpus="corpus/$target"
    mkdir -p "$corpus" "artifacts/$target"
    dirs=("$corpus")
    [[ -d "seeds/$target" ]] && dirs+=("seeds/$target")
    echo "== $target: ${seconds}s" >&2
    # -max_total_time bounds the run; timeout is a backstop should libFuzzer hang.
    if timeout --kill-after=30 $((seconds + 120)) \
        cargo fuzz run "$target" "${dirs[@]}" -- \
        -max_total_time="$seconds" -print_final_stats=1; then
        echo "== $target: ok" >&2
    else
        echo "== $target: FAILED (status $?); see fuzz/artifacts/$target/" >&2
        failed+=("$target")
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "failed: ${failed[*]}" >&2
    exit 1
fi
echo "all ${#targets[@]} targets ran ${seconds}s without a crash" >&2
