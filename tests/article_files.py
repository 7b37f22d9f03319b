"""Writing a passage written here into an article file the whole pipeline reads."""

from __future__ import annotations

from pathlib import Path


def write_article(tmp_path: Path, text: str, name: str = "case") -> Path:
    """``text`` as the body of a Jekyll post with a neutral title (it names no company) and a
    date, so that only the passage decides what is read."""
    path = tmp_path / f"{name}.md"
    path.write_text(f"---\ntitle: 示例公司经营数据\ndate: 2024-04-20 10:00:00 +0800\n---\n{text}\n",
                    encoding="utf-8")
    return path
