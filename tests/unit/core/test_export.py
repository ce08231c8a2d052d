"""The export formats keep what was attached: JSON keeps every attachment whole (so an
import gives it back), and Markdown, for people to read, shows each under its message."""

from __future__ import annotations

import json

from chatdesk.core.attachments import DOCUMENT_MIME, IMAGE, TEXT, Attachment
from chatdesk.core.export import parse_chatdesk, to_json, to_markdown
from chatdesk.core.messages import Conversation, Message, Role

REPORT = (
    "<!-- page 1 -->\n# Quarterly report\n\nRevenue rose 12 %.\n\n"
    "<!-- page 2 -->\n```python\nprint('a fence inside the document')\n```\n"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


def _conversation() -> Conversation:
    question = Message(
        Role.USER,
        "What does the report say?",
        attachments=(
            Attachment(TEXT, "report.pdf", DOCUMENT_MIME, REPORT.encode()),
            Attachment(IMAGE, "chart.png", "image/png", PNG),
        ),
    )
    answer = Message(Role.ASSISTANT, "Revenue rose.", parent_uid=question.uid)
    return Conversation(title="Report", messages=[question, answer])


def test_a_document_attachment_is_kept_by_both_exports() -> None:
    conv = _conversation()
    (loaded,) = parse_chatdesk(json.loads(to_json([conv])))
    assert loaded.messages[0].attachments == conv.messages[0].attachments

    md = to_markdown(conv)
    question, answer = md.index("What does the report say?"), md.index("## Assistant")
    assert question < md.index("report.pdf") < answer  # under its own message
    assert question < md.index("chart.png") < answer
    fence = "````"  # longer than the fence inside the document, which must not close it
    assert f"{fence}\n{REPORT.rstrip()}\n{fence}" in md
    assert md.count("PNG") == 0  # an image is named, not dumped
