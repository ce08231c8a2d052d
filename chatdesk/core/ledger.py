"""What replies cost and how long a conversation is: the status bar's figures.

Owns one piece of state, the per-model correction of token estimates learnt from what
servers counted. Everything else is computed from the conversation and the settings it
is given, so the figures can never drift from what they describe.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chatdesk.core.i18n import tr
from chatdesk.core.messages import Conversation, Message, MessageStatus
from chatdesk.core.pricing import Price, format_cost, price_for
from chatdesk.core.request import context_tokens
from chatdesk.core.settings import Settings
from chatdesk.core.usage import Usage, estimate_usage, format_count, format_usage


class Ledger:
    """Counts each finished reply once and words the status bar's usage line."""

    def __init__(self) -> None:
        self._scale: dict[str, float] = {}
        """Model -> ratio of the server's prompt count to our estimate (smoothed)."""
        self._counted: tuple[str, Sequence[dict[str, Any]]] | None = None
        """The last reply counted and the messages of its request: the same reply handed in
        again with the same request (a Stop right after a tool step) gets what counted. Only
        the last is kept (keeping 64 requests' messages grew with every reply)."""

    def scale(self, model: str) -> float:
        return self._scale.get(model, 1.0)

    def record(
        self,
        conversation: Conversation,
        reply: Message,
        reported: Usage | None,
        sent: Sequence[dict[str, Any]],
        model: str,
    ) -> Usage | None:
        """Add a finished reply's usage to the conversation's totals; returns what counted.

        A complete reply without reported usage counts an estimate; a stopped, cut-off or
        failed one counts only usage the server reported (it may not have billed more).
        A reply is counted once per request (``sent``): a turn that ends right after a tool
        step (Stop, the step limit) hands the same reply in again, and gets what counted.
        """
        last = self._counted
        if last is not None and last[0] == reply.uid and last[1] is sent:
            return reply.usage
        self._counted = (reply.uid, sent)
        usage = reported
        if usage is None and reply.status is MessageStatus.COMPLETE and reply.content:
            usage = estimate_usage(list(sent), reply.content)
        if usage is None:
            return None
        if not usage.estimated:
            self._learn(sent, usage, model)
        reply.usage = usage
        conversation.total_usage = conversation.total_usage + usage
        by_model = conversation.usage_by_model
        by_model[model] = by_model.get(model, Usage()) + usage
        return usage

    def _learn(self, sent: Sequence[dict[str, Any]], usage: Usage, model: str) -> None:
        """Correct future context estimates with what the server counted for this prompt."""
        estimate = estimate_usage(list(sent), "").prompt_tokens
        if estimate > 0 and usage.prompt_tokens > 0:
            ratio = min(4.0, max(0.25, usage.prompt_tokens / estimate))
            self._scale[model] = 0.5 * self._scale.get(model, 1.0) + 0.5 * ratio

    @staticmethod
    def price(model: str, settings: Settings) -> Price | None:
        """The price of ``model`` on the active server (defaults only where they are charged)."""
        return price_for(model, settings.prefs.prices, settings.active.base_url)

    def figures(self, usage: Usage, model: str, settings: Settings) -> str:
        """``usage`` in tokens, and what it cost when ``model`` has a price."""
        price = self.price(model, settings)
        cost = f" ({format_cost(price.cost(usage))})" if price else ""
        return format_usage(usage) + cost

    def conversation_cost(self, conversation: Conversation, settings: Settings) -> str:
        """`` ($0.42)`` for the conversation; empty when any model's price is unknown."""
        cost = self._billed(conversation, settings)
        return f" ({cost})" if cost else ""

    def _billed(self, conversation: Conversation, settings: Settings) -> str:
        """``$0.42`` for the conversation; empty when any model's price is unknown."""
        total = 0.0
        for model, usage in conversation.usage_by_model.items():
            price = self.price(model or settings.active.model, settings)
            if price is None:
                return ""
            total += price.cost(usage)
        return format_cost(total) if conversation.usage_by_model else ""

    def length(self, conversation: Conversation, settings: Settings) -> int:
        """The estimated prompt tokens of the conversation's next request."""
        return context_tokens(conversation, settings, self.scale(settings.active.model))

    def status_line(
        self,
        conversation: Conversation,
        settings: Settings,
        last: Usage | None = None,
        model: str = "",
        steps: int = 1,
    ) -> str:
        """The last reply, what the conversation was billed, and how long it is now (what
        the next request sends). ``last`` of a turn of several ``steps`` is all of them."""
        parts: list[str] = []
        if last is not None and steps > 1:
            parts.append(
                tr("Last reply ({figures}, %Ln step(s))", "", steps).format(
                    figures=self.figures(last, model, settings)
                )
            )
        elif last is not None:
            parts.append(
                tr("Last reply: {figures}").format(figures=self.figures(last, model, settings))
            )
        if conversation.messages:
            billed = format_count(conversation.total_usage)
            total = conversation.total_usage.total_tokens
            cost = self._billed(conversation, settings)
            if cost:
                parts.append(
                    tr("Conversation: {tokens} token(s) billed ({cost})", "", total).format(
                        tokens=billed, cost=cost
                    )
                )
            else:
                parts.append(
                    tr("Conversation: {tokens} token(s) billed", "", total).format(tokens=billed)
                )
            length = self.length(conversation, settings)
            if conversation.unloaded_before:
                #: How long the conversation is: what the next request sends (~: estimated;
                #: ≥: more of it is still in the history).
                parts.append(tr("next request ≥ ~%Ln token(s)", "", length))
            else:
                parts.append(tr("next request ~%Ln token(s)", "", length))
        return " · ".join(parts)
