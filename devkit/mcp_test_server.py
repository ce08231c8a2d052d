"""A small MCP server for tests, written with the official SDK, over stdio or Streamable HTTP.

    python devkit/mcp_test_server.py                 # stdio
    python devkit/mcp_test_server.py --http 8765     # Streamable HTTP on 127.0.0.1:8765/mcp
    python devkit/mcp_test_server.py --sse 8765      # HTTP+SSE on 127.0.0.1:8765/sse

Its tools exercise what a client must cope with: an error, a slow call (cancel and
timeout), a hang that ignores cancellation, a crash, a huge result, non-text content,
control characters, progress, elicitation, sampling and a tool list that changes. Its
prompts: one without arguments, one with a required and an optional one, one that fails,
one that never answers, and a prompt list that changes (the ``grow_prompt`` tool).

``MCP_TEST_LOG=<file>`` appends one line per event the tests check from outside (a call
started, a call cancelled). ``--child`` starts a grandchild (``sleep``) in the server's process
group, as ``npx`` does, so tests can check that shutdown leaves no process behind;
``--pid-file`` writes the server's and that child's pids. ``--slow-exit SECONDS`` takes that
long to exit once stdin closes (a server saving its state), logging "stdin closed" and then
"clean exit".
"""

from __future__ import annotations

import argparse
import base64
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import anyio
import mcp_types as types
from mcp.server import MCPServer
from mcp.server.mcpserver import (
    AcceptedElicitation,
    Context,
    Elicit,
    ElicitationResult,
    Resolve,
    Sample,
)
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.mcpserver.prompts.base import AssistantMessage, Message, Prompt, UserMessage
from pydantic import BaseModel, Field

server = MCPServer("chatdesk-test", version="1.0")


def _log(line: str) -> None:
    path = os.environ.get("MCP_TEST_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")


@server.tool()
def echo(text: str) -> str:
    """Return the text unchanged."""
    return text


@server.tool()
def fail(message: str = "it failed") -> str:
    """Always fails with the given message."""
    raise ToolError(message)


@server.tool()
async def slow(seconds: float = 30.0) -> str:
    """Sleep for a while; reports cancellation to MCP_TEST_LOG."""
    _log("slow started")
    try:
        await anyio.sleep(seconds)
    except anyio.get_cancelled_exc_class():
        _log("slow cancelled")
        raise
    _log("slow finished")
    return f"slept {seconds:g} s"


@server.tool()
def hang(seconds: float = 60.0) -> str:
    """Block the whole server (its event loop included): it answers nothing, not even cancel."""
    _log("hang started")
    time.sleep(seconds)
    return "woke up"


@server.tool()
def crash(code: int = 3) -> str:
    """Write to stderr and exit at once, mid-call."""
    sys.stderr.write("fatal: the test server crashed on purpose\n")
    sys.stderr.flush()
    os._exit(code)


@server.tool()
def huge(kilobytes: int = 1024) -> str:
    """A result of the given size (lines of 'x')."""
    line = "x" * 63 + "\n"
    return line * (kilobytes * 16)


@server.tool()
def picture() -> list[types.TextContent | types.ImageContent | types.EmbeddedResource]:
    """Mixed content: text, an image and an embedded binary resource."""
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 100).decode("ascii")
    blob = types.BlobResourceContents(uri="file:///data.bin", mime_type="application/x", blob=png)
    return [
        types.TextContent(type="text", text="a picture:"),
        types.ImageContent(type="image", data=png, mime_type="image/png"),
        types.EmbeddedResource(type="resource", resource=blob),
    ]


@server.tool()
def noisy() -> str:
    """Text with terminal escapes and other control characters."""
    return "red\x1b[31m alert\x07 tab\tend\r\nline two\x00"


@server.tool()
async def progress(steps: int = 3, delay: float = 0.05, ctx: Context | None = None) -> str:
    """Report progress `steps` times."""
    assert ctx is not None
    for step in range(1, steps + 1):
        await ctx.report_progress(step, steps, f"step {step} of {steps}")
        await anyio.sleep(delay)
    return f"{steps} steps done"


@server.tool()
def login(
    url: str = "https://auth.example.com/sign-in?session=42", ctx: Context | None = None
) -> str | types.InputRequiredResult:
    """Ask the user to sign in on a web page (URL-mode elicitation)."""
    assert ctx is not None
    answer = (ctx.input_responses or {}).get("login")
    if isinstance(answer, types.ElicitResult):
        return f"user chose {answer.action}"
    ask = types.ElicitRequestURLParams(
        message="Sign in to continue.", url=url, elicitation_id="login-1"
    )
    return types.InputRequiredResult(
        input_requests={"login": types.ElicitRequest(params=ask)}, request_state="login"
    )


class Person(BaseModel):
    name: str
    age: int


def _ask_person(question: str = "Who are you?") -> Elicit[Person]:
    return Elicit(question, Person)


@server.tool()
def ask(
    person: Annotated[ElicitationResult[Person], Resolve(_ask_person)],
    question: str = "Who are you?",
) -> str:
    """Ask the user for their name and age (elicitation)."""
    if isinstance(person, AcceptedElicitation):
        return f"hello {person.data.name}, {person.data.age}"
    return f"user chose {person.action}"


def _sample_summary(text: str) -> Sample:
    message = types.SamplingMessage(role="user", content=types.TextContent(type="text", text=text))
    return Sample([message], max_tokens=64, system_prompt="Summarize in one line.")


@server.tool()
def summarize(
    reply: Annotated[types.CreateMessageResult, Resolve(_sample_summary)], text: str
) -> str:
    """Ask the client's model to summarize the text (sampling)."""
    content = reply.content
    said = content.text if isinstance(content, types.TextContent) else f"[{content.type}]"
    return f"model {reply.model} said: {said}"


@server.tool()
async def grow(name: str, ctx: Context | None = None) -> str:
    """Add a tool called `name` and tell the client the tool list changed."""
    assert ctx is not None

    def added() -> str:
        return f"I am {name}"

    server.add_tool(added, name=name, description=f"added at run time as {name}")
    await _tools_changed(ctx)
    return f"added {name}"


@server.tool()
async def shrink(name: str, ctx: Context | None = None) -> str:
    """Remove the tool called `name` and tell the client the tool list changed."""
    assert ctx is not None
    server.remove_tool(name)
    await _tools_changed(ctx)
    return f"removed {name}"


@server.tool()
def whoami(ctx: Context | None = None) -> str:
    """The Authorization header this call came with (over HTTP), or "none"."""
    assert ctx is not None
    headers = ctx.headers or {}
    return headers.get("authorization") or "none"


async def _tools_changed(ctx: Context) -> None:
    # 2026-07-28 clients listen on subscriptions/listen; earlier ones get it unsolicited.
    await ctx.notify_tools_changed()
    if ctx.protocol_version not in (None, "2026-07-28"):
        await ctx.session.send_tool_list_changed()


@server.prompt(title="Greeting", description="A friendly hello from the test server")
def greet() -> str:
    return "Hello from the test server!\nPlease greet me back."


@server.prompt(title="Code review", description="Review code in a language")
def review(
    code: Annotated[str, Field(description="The code to review")],
    language: Annotated[str, Field(description="Its language")] = "Python",
) -> list[Message]:
    return [
        UserMessage(f"Review this {language} code:"),
        AssistantMessage("Send it."),
        UserMessage(code),
    ]


@server.prompt(description="Always fails")
def broken() -> str:
    raise ValueError("the prompt is broken on purpose")


@server.prompt(description="Never answers (until cancelled)")
async def stall() -> str:
    _log("stall started")
    await anyio.sleep(600)
    return "too late"


@server.tool()
async def grow_prompt(name: str, ctx: Context | None = None) -> str:
    """Add a prompt called `name` and tell the client the prompt list changed."""
    assert ctx is not None

    def added() -> str:
        return f"I am the prompt {name}"

    server.add_prompt(Prompt.from_function(added, name=name, description="added at run time"))
    await ctx.notify_prompts_changed()
    if ctx.protocol_version not in (None, "2026-07-28"):
        await ctx.session.send_prompt_list_changed()
    return f"added prompt {name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--http", type=int, metavar="PORT", help="serve Streamable HTTP")
    parser.add_argument("--sse", type=int, metavar="PORT", help="serve the older HTTP+SSE")
    parser.add_argument("--require-token", metavar="TOKEN", help="HTTP: 401 without it")
    parser.add_argument("--child", action="store_true", help="start a grandchild process")
    parser.add_argument("--pid-file", type=Path, help="write this server's and its child's pids")
    parser.add_argument("--fail-start", action="store_true", help="exit at once, with stderr")
    parser.add_argument("--slow-exit", type=float, default=0.0, help="seconds to exit on EOF")
    args = parser.parse_args()
    if args.fail_start:
        sys.stderr.write("error: missing API token (set TEST_TOKEN)\n")
        sys.exit(2)
    pids = [os.getpid()]
    if args.child:
        child = subprocess.Popen(["sleep", "600"], stdin=subprocess.DEVNULL)
        pids.append(child.pid)
    if args.pid_file:
        args.pid_file.write_text(" ".join(map(str, pids)), encoding="utf-8")
    if os.environ.get("TEST_TOKEN"):
        _log(f"token {os.environ['TEST_TOKEN']}")
    sys.stderr.write("test server starting\n")
    sys.stderr.flush()
    if args.http:
        _serve_http(args.http, args.require_token)
    elif args.sse:
        server.run("sse", host="127.0.0.1", port=args.sse)
    else:
        server.run()
        if args.slow_exit:
            _log("stdin closed")
            time.sleep(args.slow_exit)
            _log("clean exit")


def _serve_http(port: int, token: str | None) -> None:
    import uvicorn

    app = server.streamable_http_app()
    if token:
        app = _require(f"Bearer {token}", app)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def _require(authorization: str, app: Any) -> Any:
    """Answer 401 to any request without ``authorization``, as a token-protected server does."""

    async def guarded(scope: dict[str, Any], receive: Any, send: Any) -> None:
        headers = dict(scope.get("headers") or [])
        if scope["type"] == "http" and headers.get(b"authorization") != authorization.encode():
            body = b'{"error": "invalid_token"}'
            await send(
                {
                    "type": "http.response.start",
                    "status": 401,
                    "headers": [(b"content-type", b"application/json")],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await app(scope, receive, send)

    return guarded


if __name__ == "__main__":
    main()
