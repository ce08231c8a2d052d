<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s language; a change applies when chatdesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native desktop chat client for OpenAI-compatible servers. Without a command, the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add chatdesk and its icon to this user&apos;s application menu, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the quick-ask window (for a desktop keyboard shortcut); a running chatdesk opens it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the &apos;Local&apos; profile at URL, an OpenAI-compatible server needing no key (scripts/run.sh --local starts one with a small model and passes this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write conversations as Markdown or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one conversation (its id or a prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a chatdesk JSON or ChatGPT export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history was damaged and moved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no single conversation matches “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>could not install the desktop entry: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed {path} and the chatdesk icon; it appears in the application menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder; only files can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a pipe; only files can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a socket; only files can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a device; only files can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a regular file; only files can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB, too large to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB; images can be at most {most} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks like a {kind} image but its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels); images can be at most {most} megapixels (the server scales them to 2048 pixels anyway): resize it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} KB; text files can be at most {most} KB (attach the part that matters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is neither an image (PNG, JPEG, GIF, WebP) nor UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its text is {size} KB; at most {most} KB of text go with one file (choose fewer pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {size} KB of text; one file can bring at most {most} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: ~{tokens} tokens; the model&apos;s context is {context} tokens and one file may take at most ~{most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation {number}</source>
        <extracomment>Where a problem is in an imported file: its 3rd conversation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} (“{title}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “mapping” is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “current_node” does not name a node in “mapping”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the parent links loop at node {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: node {node} is missing from “mapping”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, node {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: message id {message_id} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model or endpoint not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is too long for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL needs a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <extracomment>An error&apos;s title and the HTTP status code the server answered with (404).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{advice} The server said: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password: check them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no model “{model}” or no endpoint at {url}. Check the model name and the base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests or quota exhausted; wait a moment, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is usually temporary: retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation or shorten your message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error mid-reply: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{name}” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{name}” has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a duration ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a token count ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, attachment {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not an image or text attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: its data is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: larger than {size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a text file that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown role “{role}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown status “{status}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a tool result without its call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{name}” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, message {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is also message {number}&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“projects” is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is chatdesk export version {version}; this chatdesk reads up to version {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“conversations” is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a time ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a chatdesk export or a ChatGPT conversations.json (expected an object with &quot;format&quot;: &quot;chatdesk&quot;, or a list of conversations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text (invalid byte at offset {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reply: {usage} ({cost})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reply: {usage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation: {tokens} tokens billed ({cost})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation: {tokens} tokens billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next request ≥ ~{tokens} tokens</source>
        <extracomment>How long the conversation is: what the next request sends (~: estimated; ≥: more of it is still in the history).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next request ~{tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image: {description}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Above a code block whose language is not named.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The link above a code block that copies the code.
----------
The links in a message&apos;s header, by verb (English, marked: ``tr`` them when shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <extracomment>A request parameter as an error names it (&quot;temperature must be a number&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parameter} must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parameter} must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parameter} must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parameter} must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parameter} must be at least {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${amount}</source>
        <extracomment>A cost in US dollars.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;${amount}</source>
        <extracomment>A cost too small to show: less than $0.0001.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model (or type /model name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation&apos;s system prompt (or type /system text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over: a new conversation with this one&apos;s system prompt and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description}: {argument}</source>
        <extracomment>A command in the &quot;/&quot; popup and what was typed after it (/model gpt-4o).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a chatdesk prompt library (format {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” is not a number ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer chatdesk (library version {version}; this one reads version {supported})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no “prompts” list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“prompts” is not a list ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {count} prompts; at most {most} are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt {number}</source>
        <extracomment>Where a problem is in a prompt library file: its 3rd prompt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not an object ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “name” is missing or not text ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} (“{name}”): “text” is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “name” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} (“{name}”) is {length} characters long; at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library would hold more than {most} prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an event longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Check that the base URL points at an OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered but sent nothing. If the conversation is long, it may not fit the model&apos;s context: start a new one or shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A streamed event is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A streamed event is an unexpected JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is an unexpected JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model asked for more than {most} tool calls at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tool call&apos;s arguments are larger than chatdesk accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password (user:password@). Remove them from the URL and put the key in the API key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy must start with http://, https://, socks5:// or socks5h://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the proxy&apos;s user name and password in their own fields, not in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prompt} prompt + {completion} completion = {total} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not offer the model {model}. Choose one of its models ({models}) in the Model box above the prompt, then send again.</source>
        <extracomment>How many of the server&apos;s models an error message names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an old binary Office file (.doc, .xls or .ppt): save it as .docx, .xlsx, .pptx or PDF first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a document chatdesk reads (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no text layer (scanned pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} took longer than {seconds} s to read; it is too large or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds more than {millions} million characters of text, too much to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is encrypted in a way chatdesk cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or not a PDF ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count} pages; at most {limit} can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: none of its pages can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no text to extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a page could not be rendered ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares its own entities (a document type with an internal subset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to external entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its elements nest more than {limit} deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} is unsafe ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is not valid XML ({error}, line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: {part} cannot be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} nests too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds more than {limit} files; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is encrypted; save it without a password first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large to read: {part} inflates to {size} MB (at most {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: {part} inflates {ratio} times (to {size} MB); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large to read: its parts inflate to more than {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} inflates past its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its main part is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {limit} filled cells, too many to attach: save the part that matters as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {limit} sheets; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid CSV ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no cells with text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {limit} slides; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is neither an image, a document chatdesk reads, nor text in an encoding that could be detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large: {millions} million characters of HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected by DRM; its text cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {limit} sections; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a stream of events but got {content_type}: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a stream of events but got untyped data: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the stream before the reply was finished. The partial reply is kept; Retry asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} took longer than {seconds} s to answer in full. The server may be overloaded or very slow: retry in a moment, and check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {host} took longer than {seconds} s. Check your network connection and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} accepted the request but sent nothing for {seconds} s. The server may be overloaded: retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it asked for a user name and password. Check the proxy, its user name and password in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it did not answer. Check the proxy, its user name and password in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate is not trusted or TLS failed. If the server uses its own certificate authority, add its CA file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name {host} could not be found. Check your internet connection and the base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening at {host}: is the server running? Check the base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {host} failed. Check your network connection and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{url}” is not a valid URL. Fix the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to {host} failed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped sending for {seconds} s. The partial reply is kept; Retry asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent nothing for {seconds} s. It may be overloaded: retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke before the reply started. Check your network and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke during the reply. The partial reply is kept; Retry asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list from {url} is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} did not answer with JSON. Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} did not answer with a model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} redirected the request to {target}. chatdesk sends your messages and key only to the server in the base URL: if {origin} is the right server, put its address in the base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{host} redirected more than %n times. Check the base URL in Settings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no keyring service (such as GNOME Keyring or KWallet) running. Your key can be used for this session only; it will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it, or use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused the request ({error}). Your key can be used for this session only; it will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} must be a JSON object with an &quot;mcpServers&quot; object in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; in {file} must be an object of servers by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a server called &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server called &quot;{name}&quot; in mcp.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not start within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server was killed (signal {signal})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped (exit code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with a command or a url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; or &quot;sse&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has both a &quot;command&quot; and a &quot;url&quot;: keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;stdio&quot; but a &quot;url&quot;; use &quot;http&quot; or remove &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a &quot;command&quot; (a local server) or a &quot;url&quot; (a remote one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;{type}&quot; but no &quot;url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cwd&quot; must be a folder path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;url&quot; must start with https:// (got &quot;{url}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use https:// (plain http:// only to this machine: localhost, 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be more than 0 and at most {limit} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be an object of names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} &quot;{name}&quot; must be a string or {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;the command&quot; was not found: is it installed, and on the PATH?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{command}&quot; was not found: is it installed, and on the PATH?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{command}&quot; cannot be run: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is not trusted ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect (connection refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is kept in the system keyring, but: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; should be in the system keyring (as {entry}) but is not there; enter it again in Settings &gt; Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: &quot;{key}&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} It was left as it is; your next change to the library keeps it as {name}.damaged-… and starts a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is {size}, more than {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is larger than {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is not UTF-8 text (byte {offset}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation {uid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file {path} cannot be read ({error}) and could not be moved aside ({move_error}). Move it away yourself, then restart chatdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the history</source>
        <extracomment>What a failed history job could not do, by the ``action`` its caller names it with (in English, for the log): each a whole clause for the user&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not pin the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed}: the history is locked by another program. Is another chatdesk writing to it? Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed}: the disk is full. Free some space; nothing was damaged, and the last change will be saved with the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed}: the history file is read-only. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was written by a newer chatdesk (schema {version}; this one knows {known}). Update chatdesk to open it.</source>
        <extracomment>Forward migrations; index + 1 is the schema version each one produces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from {source} ({skipped} already present).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from {source}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {size} MiB; chatdesk imports files of up to {limit} MiB (split a ChatGPT conversations.json into several files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the typesetter could not be started</source>
        <extracomment>Seconds one formula may take (the slowest of a 50-formula corpus takes ~40 ms on an idle machine; the child runs at a lower priority, so a busy one stretches that a lot). A longer source is not typeset (a model that writes 4,000 characters of one formula has usually lost its way; it stays readable as source).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\end{{{name}}} does not close what was begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {name} environment is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\begin{{{name}}} is never ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing brace without an opening one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a brace is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command} is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp; outside an environment that aligns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply cut off: incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply finished: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply finished, empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {title}. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <extracomment>A message&apos;s status in words (English, marked for translation: ``tr`` them when shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: the reply was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <extracomment>Names and descriptions of the links a message shows, by verb (English, marked for translation: ``tr`` them when shown). A link not listed here (one added later) is offered under its own label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the message and send it as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the message (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole tool result, or its start only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the message in the prompt library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result: {server} · {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, version {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this code block to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents, images and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins problems with attached files into one sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. It cannot be split by page: attach a smaller part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a large document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected by a password; not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} pages are scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} page is scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many: at most %n page(s) as images.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: %n page image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send scanned pages as images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still reading the attached files; send again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question about the attached document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files were just pasted or dropped: check them in the tray above the prompt (✕ removes one), then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems}.</source>
        <comment>problems with attached files, joined</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} · ~{tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: at most %n file(s) go with one message</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>chatdesk hit an internal error ({error}). This is a bug, not a problem with your server, disk or network; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} is not on this server: using its only model, {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system prompt from Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server default ({hint})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated; empty: those from Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sequences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: {tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: unknown: no trimming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context of {model}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the parameters you fill in are sent; the server decides the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context length must be at least {tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context length must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⋯ The %n earlier message(s) no longer fit the model&apos;s context and are not sent: the context starts here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send pages {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send slides {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send sheets {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send sections {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first page comes after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password did not open it. {file} is protected by a password. Enter it to attach its text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected by a password. Enter it to attach its text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading {file}; it is not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} slide(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} section(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{thousands}k</source>
        <comment>thousands of tokens: 203.1k</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {kind}, {parts}, {characters} characters, ~{tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {kind}, {characters} characters, ~{tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}; one file may take ~{limit} of the model&apos;s {context}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} (the model&apos;s context length is not known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send: {characters} characters, ~{tokens} tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <extracomment>The button that fixes an error (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Nothing is lost yet: this window keeps everything shown, and chatdesk saves it again with your next message. Copy anything you need before quitting if this message stays.</source>
        <extracomment>Messages read from the history when a conversation opens: the view builds the latest page of them at once, the rest as the user scrolls up.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved to {path}. chatdesk started a new, empty history; the old file was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) were interrupted when chatdesk last closed; they are marked incomplete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Conversations in this session will not be saved until the history can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to {project}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) out of its project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project deleted with %n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Project deleted; its conversations were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach documents, images or text files (or drop or paste them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool working… {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to show</source>
        <extracomment>Bytes of images the cache keeps (the least recently used go first). A formula bigger than this many device pixels stays source. Logical pixels of room left and right of a formula (its ink must not touch the text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the typesetter failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not typeset ({reason}):
{formula}</source>
        <extracomment>Milliseconds of replacing per event-loop turn. The math font&apos;s x-height, in em. Why a formula stayed source, on its text (what the tooltip says).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>MCP server state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <extracomment>A tool result shows this much until &quot;Show all&quot;; expanded, at most ``RESULT_SHOWN``. The note under a message that did not end well (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Incomplete: the reply was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <comment>tool call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <comment>tool call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <comment>tool call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>tool call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reasoning ({count} words)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all ({count} characters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this message? The rest of the conversation stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays, ‹ › switches); Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input $ / 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output $ / 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices in US dollars per million tokens. Providers change them; edit freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{model}”: prices must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{model}”: prices cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{title}” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profile} (no longer exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversations started in this project begin with these; conversations already in it, or moved in, keep their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{name}”? It holds %n conversation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the project “{name}”? It holds no conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project, keep conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project and its conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{thousands}k</source>
        <comment>thousands of tokens</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{millions}M</source>
        <comment>millions of tokens</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens} tokens billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens} tokens billed (every request&apos;s tokens added up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~{tokens} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~{tokens} tokens now (what the next request sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n msg(s)</source>
        <comment>messages, short</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversations here start with its defaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a project</comment>
        <extracomment>What a drag of conversations carries: their uids, one per line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line, / for prompts and commands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write {{{{name}}}} where the prompt should ask for something: after inserting it with “/”, Tab jumps from one variable to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (shown in the “/” list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the prompt “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt or command matches (Esc to close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt library was not read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unreadable prompt library was kept as {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt library was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prompt(s) from {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{imported} ({skipped} already in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompts were not exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prompt(s) to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Started over in a new conversation (same system prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt set for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chatdesk quick ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off: Open in chatdesk to retry or continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask…  (Enter sends, Shift+Enter: new line, Esc hides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in chatdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting… your question goes as soon as chatdesk is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chatdesk is still writing a reply; Esc in its window stops it. Press Enter again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <comment>an error&apos;s title and message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>~30 repaints a second while streaming. A streaming reply is saved this often, so a crash loses at most this much text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s reply: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reasoning… %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %n token(s) · {rate} tokens/s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) in {seconds} s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n steps (the limit in Settings)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step}: %n tool call(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{message} The request offered tools, which this server or model may not take: turn tools off for this conversation (Tools, above the prompt) or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a tool use your model?</source>
        <extracomment>The most a server may ask the model to write, whatever it asks for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} asks {model} on {profile} to write a reply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Unencrypted connection: your key and messages travel in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} uses http:// to another machine. Use https:// if it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ TLS certificate checks are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the network path can read and change traffic. Turn checks back on in Settings, adding the server&apos;s CA file if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved ({error}). They apply until you quit; check that the config folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server profile for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model for this conversation (type any id the server takes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its key in the keyring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chatdesk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk-…  (leave empty for a local server that needs no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using OPENAI_API_KEY from the environment for this session. Save to store a key in the system keyring instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in your system keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the list from the server&apos;s /models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional instructions sent before every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, comma-separated (e.g. USER: for base models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation&apos;s text size, in percent of the system&apos;s (Ctrl+= / Ctrl+- / Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream replies as they are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose to the tray: closing the window keeps chatdesk running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy (e.g. socks5h://host:1080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name, if the proxy asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keyring; empty: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of extra trusted certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify TLS certificates (strongly recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p sequences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This is http:// to another machine: the key and your messages travel unencrypted. Use https:// if the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off certificate checks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without checking certificates, anyone on the network path can read and change what you send, your API key included. Prefer adding the server&apos;s CA file.

Turn verification off anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ {title}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: the server lists %n model(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in {project} (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {percent} %, the largest</source>
        <extracomment>The sizes Ctrl+= and Ctrl+- step through, in percent (as browsers do).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {percent} %, the smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… ({count} more characters)</source>
        <extracomment>Arguments shown in the dialog, at most (the rest is cut, and said to be).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Allow this tool call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allow this &amp;tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tools (MCP servers) this conversation may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools ({offered}/{total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MCP servers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>MCP servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local command (stdio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote (SSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;in the keyring&gt;</source>
        <extracomment>Shown in place of a value kept in the keyring (``tr`` it where it is shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools: MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable/&amp;disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste mcp.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers are kept in {path} (Claude Desktop&apos;s shape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ready, %n tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paste mcp.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not JSON: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=value, one per line (headers for remote servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these values in the system &amp;keyring (the file keeps a reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment or headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show chatdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chatdesk is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps chatdesk in the tray. Quit it from the tray&apos;s menu or with Ctrl+Q; Settings turns this off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reply finished in {seconds} s · %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reply finished in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(server not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies whose server reported no usage are estimated (marked ~). Costs use the price table (History &gt; Prices…): its built-in prices only on the servers that charge them, your own everywhere; without a price, tokens only. Replies count under the server their conversation was last used with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender}, message {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{link}, link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{link}, link, your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{link}, link, {sender}&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down and Alt+Up move between messages; Tab moves through their links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach images, documents or text files; pasting files works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the banner reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presets yet (Message &gt; Conversation settings…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation from “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chatdesk or ChatGPT export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: this conversation is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <comment>default file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chatdesk-history</source>
        <comment>default file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

The key you entered is used until you quit chatdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About chatdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chatdesk {version}
A native chat client for OpenAI-compatible servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation from &amp;preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools (MCP servers)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About chatdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
