"""Server presets: the right base URL, model and API style for common providers.

A preset is a profile not made yet: no id and no keyring entry (``new_profile`` gives
it both).
"""

from __future__ import annotations

from dataclasses import replace

from chatdesk.core.profiles import AZURE, OPENAI, ApiStyle, Profile

__all__ = [
    "AZURE",
    "AZURE_API_VERSION",
    "OPENAI",
    "PROVIDERS",
    "Provider",
    "guess_provider",
    "new_profile",
    "provider_named",
]

AZURE_API_VERSION = "2024-10-21"

Provider = Profile


def _preset(
    name: str,
    base_url: str,
    model: str,
    *,
    api_style: ApiStyle = OPENAI,
    api_version: str = "",
    needs_key: bool = True,
) -> Provider:
    return Profile(
        "",
        name,
        "",
        base_url=base_url,
        model=model,
        api_style=api_style,
        api_version=api_version,
        needs_key=needs_key,
    )


PROVIDERS: tuple[Provider, ...] = (
    _preset("OpenAI", "https://api.openai.com/v1", "gpt-4o-mini"),
    _preset(
        "Azure OpenAI",
        "https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT",
        "gpt-4o-mini",
        api_style=AZURE,
        api_version=AZURE_API_VERSION,
    ),
    _preset("OpenRouter", "https://openrouter.ai/api/v1", "openai/gpt-4o-mini"),
    _preset("Groq", "https://api.groq.com/openai/v1", "llama-3.1-8b-instant"),
    _preset("Mistral", "https://api.mistral.ai/v1", "mistral-small-latest"),
    _preset("DeepSeek", "https://api.deepseek.com/v1", "deepseek-chat"),
    _preset("Together", "https://api.together.xyz/v1", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),
    _preset("Ollama", "http://localhost:11434/v1", "llama3.2", needs_key=False),
    _preset("LM Studio", "http://localhost:1234/v1", "local-model", needs_key=False),
    _preset("llama.cpp server", "http://localhost:8080/v1", "local-model", needs_key=False),
    _preset("vLLM", "http://localhost:8000/v1", "local-model", needs_key=False),
    _preset("Custom", "", "", needs_key=False),
)


def provider_named(name: str) -> Provider | None:
    return next((p for p in PROVIDERS if p.name == name), None)


def guess_provider(base_url: str) -> Provider:
    """The preset a base URL belongs to (Custom when none matches)."""
    url = base_url.strip().rstrip("/").lower()
    if ".openai.azure.com/" in url:
        return PROVIDERS[1]
    for provider in PROVIDERS:
        if provider.base_url and provider.base_url.lower() == url:
            return provider
    return PROVIDERS[-1]


def new_profile(provider: Provider, ident: str, name: str, current: Profile) -> Profile:
    """A profile made from a preset, with its own keyring entry. A preset without a URL
    or model (Custom) starts from ``current``'s; network settings start at the defaults."""
    return replace(
        provider,
        id=ident,
        name=name,
        key_id=f"profile:{ident}",
        base_url=provider.base_url or current.base_url,
        model=provider.model or current.model,
    )
