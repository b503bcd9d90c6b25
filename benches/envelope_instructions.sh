#!/usr/bin/env bash
# Instructions per decode, `Envelope` against a plain struct, for every
# shape of benches/shared/envelope_cases.rs: callgrind counts instructions,
# which do not depend on what else the machine is doing. Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(cargo bench --bench envelope_instructions --no-run --message-format=json 2>/dev/null \
    | sed -n 's/.*"executable":"\([^"]*envelope_instructions[^"]*\)".*/\1/p' | tail -n 1)
count() { # case side decodes -> instructions
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$1" "$2" "$3" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
names=("stardust success" "stardust failure" "clarifai success" "renamed flat, result" \
    "nested error.code" "flag, result" "payload = rest")
printf '%-22s %10s %10s %7s\n' shape envelope plain ratio
for case in "${!names[@]}"; do
    envelope=$(( ($(count "$case" envelope 10000) - $(count "$case" envelope 0)) / 10000 ))
    plain=$(( ($(count "$case" plain 10000) - $(count "$case" plain 0)) / 10000 ))
    printf '%-22s %10d %10d %6s\n' "${names[$case]}" "$envelope" "$plain" \
        "$(awk "BEGIN { printf \"%.2fx\", $envelope / $plain }")"
done
