"""The page the browser app serves names no other host: importing this module is enough (app.py does).

Chainlit's index.html, whatever the configuration, preconnects to fonts.googleapis.com and fonts.gstatic.com and
loads KaTeX's stylesheet from cdn.jsdelivr.net on every page load. public/theme.json already swaps the Google Fonts
stylesheet for the Inter font served from public/fonts/; this module drops the remaining <link> elements that point
at another host (preconnects, the KaTeX stylesheet: LaTeX is off in .chainlit/config.toml), by wrapping the
function Chainlit builds the page with. tests/test_web_private.py records every request of a full interview.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

# A <link ...> whose href is absolute (http://, https:// or protocol-relative //): it can only name another host,
# since Chainlit writes its own URLs as paths. The element and the whitespace after it go.
OTHER_HOST_LINK: Final = re.compile(r"""<link\b[^>]*?\bhref\s*=\s*["']?(?:https?:)?//[^>]*>\s*""", re.IGNORECASE)
# Chainlit's default share-card tags name its own hosts (og:image on S3, og:url on GitHub): nothing is fetched, but the
# page should not advertise another site as its own.
OTHER_HOST_META: Final = re.compile(r"""<meta\b[^>]*?\bcontent\s*=\s*["']?(?:https?:)?//[^>]*>\s*""", re.IGNORECASE)


def private_page(html: str) -> str:
    """The page without any <link> to another host or <meta> naming one."""
    return OTHER_HOST_META.sub("", OTHER_HOST_LINK.sub("", html))


def install() -> None:
    """Serve every page through private_page (idempotent: a reload of app.py wraps only once)."""
    import chainlit.server as server

    template: Callable[[str], str] = server.get_html_template
    if getattr(template, "private_page", False):
        return

    def private_template(root_path: str) -> str:
        return private_page(template(root_path))

    private_template.private_page = True  # type: ignore[attr-defined]
    server.get_html_template = private_template


install()
