#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# Every source file says its licence in an SPDX header within its first lines, the LICENSE
# file is the GPL version 3, and the package and the metainfo name the same licence.
# Usage: licence_headers.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
source_dir=${2:?usage: $0 BUILD_DIR SOURCE_DIR}
cd "$source_dir"

missing=()
while IFS= read -r -d '' file; do
    head -n 4 "$file" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || missing+=("$file")
done < <(find lib app tests bench scripts installer .ci resources translations CMakeLists.txt \
    -path tests/fuzz/corpus -prune -o -type f \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.sh' -o -name '*.py' -o -name 'CMakeLists.txt' \
       -o -name '*.1' -o -name run \) -print0 2>/dev/null)
if ((${#missing[@]})); then
    echo "FAIL: no SPDX-License-Identifier: GPL-3.0-or-later in:"
    printf '  %s\n' "${missing[@]}"
    exit 1
fi
grep -q 'GNU GENERAL PUBLIC LICENSE' LICENSE && grep -q 'Version 3, 29 June 2007' LICENSE \
    || { echo "FAIL: LICENSE is not the GPL version 3"; exit 1; }
grep -q '^License: GPL-3.0-or-later$' installer/copyright \
    || { echo "FAIL: installer/copyright does not say GPL-3.0-or-later"; exit 1; }
grep -q '<project_license>GPL-3.0-or-later</project_license>' \
    resources/org.outbound.Outbound.metainfo.xml \
    || { echo "FAIL: the metainfo's project_license is not GPL-3.0-or-later"; exit 1; }
echo "licence headers: every source file has one"
