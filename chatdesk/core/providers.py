"""Server presets: the right base URL, model and API style for common providers."""

from __future__ import annotations

from dataclasses import dataclass

OPENAI = "openai"
AZURE = "azure"
AZURE_API_VERSION = "2024-10-21"


@dataclass(frozen=True)
class Provider:
    name: str
    base_url: str
    model: str
    api_style: str = OPENAI
    """"openai": ``Authorization: Bearer``; "azure": ``api-key`` header and ``api-version``."""
    needs_key: bool = True
    api_version: str = ""


PROVIDERS: tuple[Provider, ...] = (
    Provider("OpenAI", "https://api.openai.com/v1", "gpt-4o-mini"),
    Provider(
        "Azure OpenAI",
        "https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT",
        "gpt-4o-mini",
        api_style=AZURE,
        api_version=AZURE_API_VERSION,
    ),
    Provider("OpenRouter", "https://openrouter.ai/api/v1", "openai/gpt-4o-mini"),
    Provider("Groq", "https://api.groq.com/openai/v1", "llama-3.1-8b-instant"),
    Provider("Mistral", "https://api.mistral.ai/v1", "mistral-small-latest"),
    Provider("DeepSeek", "https://api.deepseek.com/v1", "deepseek-chat"),
    Provider("Together", "https://api.together.xyz/v1", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),
    Provider("Ollama", "http://localhost:11434/v1", "llama3.2", needs_key=False),
    Provider("LM Studio", "http://localhost:1234/v1", "local-model", needs_key=False),
    Provider("llama.cpp server", "http://localhost:8080/v1", "local-model", needs_key=False),
    Provider("vLLM", "http://localhost:8000/v1", "local-model", needs_key=False),
    Provider("Custom", "", "", needs_key=False),
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
