"""Fetch the query editor the serve page ships (YASGUI) into the package, with its licence.

    .venv/bin/python tests/vendor/yasgui.py            # the pinned version
    .venv/bin/python tests/vendor/yasgui.py 4.6.3      # another version (then re-run the tests)

It runs `npm pack @zazuko/yasgui@VERSION` (npm from Debian's nodejs/npm packages), takes the built
bundle (build/yasgui.min.js and build/yasgui.min.css, which include YASQE, YASR and their
dependencies) and writes them with a LICENSE and a VERSION note to graph/serve/static/yasgui/.
Nothing else is taken: no source maps (their pointer is cut from the script), no TypeScript
declarations.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@zazuko/yasgui"
VERSION = "4.6.2"
TARGET = Path(__file__).resolve().parents[2] / "graph" / "serve" / "static" / "yasgui"
FILES = ("build/yasgui.min.js", "build/yasgui.min.css")
# The npm package declares "license": "MIT" but ships no licence file: this is the MIT text,
# with the authors the package names, and the licences its bundle carries from its dependencies.
LICENSE = """YASGUI ({package} {version}, https://github.com/zazuko/Yasgui)
Authors: Triply <info@triply.cc> and Zazuko GmbH. Licence: MIT (as declared in its package.json).

MIT License

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

The bundle includes its npm dependencies under their own licences, as their npm entries declare:
@zazuko/yasqe, @zazuko/yasr, @zazuko/yasgui-utils, codemirror, choices.js, sortablejs,
blueimp-md5, jsuri, lodash-es, autosuggest-highlight, es6-object-assign: MIT;
@tarekraafat/autocomplete.js: Apache-2.0; dompurify: MPL-2.0 OR Apache-2.0.
"""


def main(version: str = VERSION) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            ["npm", "pack", f"{PACKAGE}@{version}", "--silent"],
            cwd=tmp,
            capture_output=True,
            text=True,
            check=True,
        )
        tarball = Path(tmp) / done.stdout.strip().splitlines()[-1]
        TARGET.mkdir(parents=True, exist_ok=True)
        notes = []
        with tarfile.open(tarball) as tar:
            for name in FILES:
                data = tar.extractfile(f"package/{name}").read()
                # The source map is not shipped: no pointer to it either (a browser would ask).
                data = re.sub(rb"\n//# sourceMappingURL=\S+\s*$", b"\n", data)
                out = TARGET / Path(name).name
                out.write_bytes(data)
                notes.append(f"{out.name} sha256 {hashlib.sha256(data).hexdigest()}")
        (TARGET / "LICENSE").write_text(LICENSE.format(package=PACKAGE, version=version))
        (TARGET / "VERSION").write_text(
            f"{PACKAGE} {version}, fetched with tests/vendor/yasgui.py (npm pack)\n"
            + "\n".join(notes)
            + "\n"
        )
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
