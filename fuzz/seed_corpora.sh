#!/usr/bin/env bash
# Seeds every target's corpus from the project's own tables, pages and
# bodies, so that the fuzzer starts from inputs that go deep.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/{read_table,expand,structured_table,import,envelope}
for table in ../tables/*.csv ../tests/tables/*.csv ../tests/tables/vendors/*.csv ../tests/ui/tables/*.csv; do
  name=$(basename "$table")
  cp "$table" "corpus/read_table/$name"
  cp "$table" "corpus/expand/$name"
done
# import: a selector byte (format, --infer-kinds) then the page.
i=0
for page in ../seeds/*.txt ../cli/tests/pages/*.*; do
  for selector in '\x00' '\x81'; do
    { printf "$selector"; cat "$page"; } > "corpus/import/page_$i"
    i=$((i + 1))
  done
done
# envelope: a selector byte (shape in the low bits % 9, status in the high
# nibble) then a body.
bodies=(
  '{"code":51002,"msg":"Unknown annotation type.","data":null,"requestId":"r-1"}'
  '{"status":{"code":10000,"description":"Ok","req_id":"x"},"outputs":[]}'
  '{"code":0,"msg":"ok","data":{"id":1}}'
  '{"errcode":-1,"errmsg":"system busy"}'
  '{"errcode":0,"errmsg":"ok","result":{"userid":"a"},"request_id":"q"}'
  '{"error":{"code":404,"message":"Not found","status":"NOT_FOUND"}}'
  '{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}'
  '{"ok":true,"result":true}'
  '{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"expired"},"RequestId":"e"}}'
  '{"ok":false,"error":"team_access_not_granted"}'
  '[1,2,3]'
  '{"message":"You are being rate limited.","retry_after":64.57}'
)
j=0
for body in "${bodies[@]}"; do
  for shape in 0 1 2 3 4 5 6 7 8; do
    for status in 0 1 2; do
      selector=$(( (status << 4) | shape ))
      { printf "\\x$(printf %02x $selector)"; printf '%s' "$body"; } > "corpus/envelope/body_${j}_${shape}_${status}"
    done
  done
  j=$((j + 1))
done
echo "corpora: $(ls corpus/read_table | wc -l) tables, $(ls corpus/import | wc -l) pages, $(ls corpus/envelope | wc -l) bodies"
