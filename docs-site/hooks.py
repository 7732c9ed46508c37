"""MkDocs hook: copies the Markdown copies of the pages into the built site, beside each page.

`make gen` writes the copies of the generated pages into docs-site/markdown/ (in docs/ MkDocs
would make pages of them); the guides and the home page are Markdown already, so their
sources are their copies. `reference/data/balance.md` then sits beside
`reference/data/balance/`, and llms.txt links them.
"""

import shutil
from pathlib import Path

MARKDOWN_DIR = Path(__file__).parent / "markdown"
HAND_WRITTEN = ("index.md", "guides/*.md")


def on_post_build(config, **kwargs):
    site, docs = Path(config["site_dir"]), Path(config["docs_dir"])
    copies = [(path, path.relative_to(MARKDOWN_DIR)) for path in MARKDOWN_DIR.rglob("*.md")]
    copies += [(path, path.relative_to(docs)) for p in HAND_WRITTEN for path in docs.glob(p)]
    for source, relative in copies:
        target = site / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
