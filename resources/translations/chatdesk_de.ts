<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>The window&apos;s language; a change applies when chatdesk starts again.</source>
        <translation>Die Sprache des Fensters; eine Änderung wirkt beim nächsten Start von chatdesk.</translation>
    </message>
    <message>
        <source>A native desktop chat client for OpenAI-compatible servers. Without a command, the window opens.</source>
        <translation>Ein nativer Desktop-Chat-Client für OpenAI-kompatible Server. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>add chatdesk and its icon to this user&apos;s application menu, then exit</source>
        <translation>chatdesk und sein Symbol zum Anwendungsmenü dieses Benutzers hinzufügen, dann beenden</translation>
    </message>
    <message>
        <source>open the quick-ask window (for a desktop keyboard shortcut); a running chatdesk opens it at once</source>
        <translation>das Schnellfrage-Fenster öffnen (für ein Tastenkürzel der Arbeitsumgebung); ein laufendes chatdesk öffnet es sofort</translation>
    </message>
    <message>
        <source>use the &apos;Local&apos; profile at URL, an OpenAI-compatible server needing no key (scripts/run.sh --local starts one with a small model and passes this)</source>
        <translation>das Profil &apos;Local&apos; unter URL verwenden, ein OpenAI-kompatibler Server ohne Schlüssel (scripts/run.sh --local startet einen mit einem kleinen Modell und übergibt dies)</translation>
    </message>
    <message>
        <source>write conversations as Markdown or JSON</source>
        <translation>Unterhaltungen als Markdown oder JSON schreiben</translation>
    </message>
    <message>
        <source>one conversation (its id or a prefix)</source>
        <translation>eine Unterhaltung (ihre ID oder ein Präfix)</translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation>zu schreibende Datei (Standard: stdout)</translation>
    </message>
    <message>
        <source>import a chatdesk JSON or ChatGPT export</source>
        <translation>einen chatdesk-JSON- oder ChatGPT-Export importieren</translation>
    </message>
    <message>
        <source>the history was damaged and moved to {path}</source>
        <translation>der Verlauf war beschädigt und wurde nach {path} verschoben</translation>
    </message>
    <message>
        <source>no single conversation matches “{query}”</source>
        <translation>keine eindeutige Unterhaltung passt zu „{query}“</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s).</source>
        <translation>
            <numerusform>%Ln Unterhaltung exportiert.</numerusform>
            <numerusform>%Ln Unterhaltungen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not install the desktop entry: {error}</source>
        <translation>der Desktop-Eintrag konnte nicht installiert werden: {error}</translation>
    </message>
    <message>
        <source>Installed {path} and the chatdesk icon; it appears in the application menu.</source>
        <translation>{path} und das chatdesk-Symbol wurden installiert; chatdesk erscheint im Anwendungsmenü.</translation>
    </message>
    <message>
        <source>{name} is a folder; only files can be attached</source>
        <translation>{name} ist ein Ordner; nur Dateien können angehängt werden</translation>
    </message>
    <message>
        <source>{name} is a pipe; only files can be attached</source>
        <translation>{name} ist eine Pipe; nur Dateien können angehängt werden</translation>
    </message>
    <message>
        <source>{name} is a socket; only files can be attached</source>
        <translation>{name} ist ein Socket; nur Dateien können angehängt werden</translation>
    </message>
    <message>
        <source>{name} is a device; only files can be attached</source>
        <translation>{name} ist ein Gerät; nur Dateien können angehängt werden</translation>
    </message>
    <message>
        <source>{name} is not a regular file; only files can be attached</source>
        <translation>{name} ist keine reguläre Datei; nur Dateien können angehängt werden</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB, too large to attach</source>
        <translation>{name} ist größer als {size} MB und damit zu groß zum Anhängen</translation>
    </message>
    <message>
        <source>{name} is {size} MB; images can be at most {most} MB</source>
        <translation>{name} ist {size} MB groß; Bilder dürfen höchstens {most} MB groß sein</translation>
    </message>
    <message>
        <source>{name} looks like a {kind} image but its header is damaged</source>
        <translation>{name} sieht wie ein {kind}-Bild aus, aber sein Header ist beschädigt</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels); images can be at most {most} megapixels (the server scales them to 2048 pixels anyway): resize it first</source>
        <translation>{name} hat {width}×{height} Pixel ({megapixels} Megapixel); Bilder dürfen höchstens {most} Megapixel haben (der Server skaliert sie ohnehin auf 2048 Pixel): Verkleinern Sie das Bild zuerst</translation>
    </message>
    <message>
        <source>{name} is {size} KB; text files can be at most {most} KB (attach the part that matters)</source>
        <translation>{name} ist {size} KB groß; Textdateien dürfen höchstens {most} KB groß sein (hängen Sie den relevanten Teil an)</translation>
    </message>
    <message>
        <source>{name} is neither an image (PNG, JPEG, GIF, WebP) nor UTF-8 text</source>
        <translation>{name} ist weder ein Bild (PNG, JPEG, GIF, WebP) noch UTF-8-Text</translation>
    </message>
    <message>
        <source>{name}: its text is {size} KB; at most {most} KB of text go with one file (choose fewer pages)</source>
        <translation>{name}: Der Text umfasst {size} KB; pro Datei sind höchstens {most} KB Text möglich (wählen Sie weniger Seiten)</translation>
    </message>
    <message>
        <source>{name}: {size} KB of text; one file can bring at most {most} KB</source>
        <translation>{name}: {size} KB Text; eine Datei darf höchstens {most} KB mitbringen</translation>
    </message>
    <message numerus="yes">
        <source>{name}: ~%Ln token(s); the model&apos;s context is {context} tokens and one file may take at most ~{most}</source>
        <translation>
            <numerusform>{name}: ~%Ln Token; der Kontext des Modells umfasst {context} Tokens, und eine Datei darf höchstens ~{most} belegen</numerusform>
            <numerusform>{name}: ~%Ln Tokens; der Kontext des Modells umfasst {context} Tokens, und eine Datei darf höchstens ~{most} belegen</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation {number}</source>
        <extracomment>Where a problem is in an imported file: its 3rd conversation.</extracomment>
        <translation>Unterhaltung {number}</translation>
    </message>
    <message>
        <source>{where}: not an object</source>
        <translation>{where}: kein Objekt</translation>
    </message>
    <message>
        <source>{where} (“{title}”)</source>
        <translation>{where} („{title}“)</translation>
    </message>
    <message>
        <source>{where}: “mapping” is missing or not an object</source>
        <translation>{where}: „mapping“ fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>{where}: “current_node” does not name a node in “mapping”</source>
        <translation>{where}: „current_node“ bezeichnet keinen Knoten in „mapping“</translation>
    </message>
    <message>
        <source>{where}: the parent links loop at node {node}</source>
        <translation>{where}: Die Elternverweise bilden bei Knoten {node} eine Schleife</translation>
    </message>
    <message>
        <source>{where}: node {node} is missing from “mapping”</source>
        <translation>{where}: Knoten {node} fehlt in „mapping“</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <translation>ChatGPT-Unterhaltung</translation>
    </message>
    <message>
        <source>{where}, node {node}</source>
        <translation>{where}, Knoten {node}</translation>
    </message>
    <message>
        <source>{where}: message id {message_id} appears twice</source>
        <translation>{where}: Nachrichten-ID {message_id} kommt zweimal vor</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>Der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>Model or endpoint not found</source>
        <translation>Modell oder Endpunkt nicht gefunden</translation>
    </message>
    <message>
        <source>The conversation is too long for this model</source>
        <translation>Die Unterhaltung ist zu lang für dieses Modell</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>The server had a problem</source>
        <translation>Auf dem Server ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The server sent an empty reply</source>
        <translation>Der Server hat eine leere Antwort gesendet</translation>
    </message>
    <message>
        <source>The reply was cut off</source>
        <translation>Die Antwort wurde abgeschnitten</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>Kein System-Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problem mit dem Verlauf</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Anhängen nicht möglich</translation>
    </message>
    <message>
        <source>The base URL needs a change</source>
        <translation>Die Basis-URL muss geändert werden</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <extracomment>An error&apos;s title and the HTTP status code the server answered with (404).</extracomment>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>{advice} The server said: “{message}”</source>
        <translation>{advice} Der Server meldete: „{message}“</translation>
    </message>
    <message>
        <source>Check the API key in Settings (Ctrl+,).</source>
        <translation>Prüfen Sie den API-Schlüssel in den Einstellungen (Ctrl+,).</translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password: check them in Settings.</source>
        <translation>Der Proxy verlangt einen Benutzernamen und ein Passwort: Prüfen Sie diese in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server has no model “{model}” or no endpoint at {url}. Check the model name and the base URL in Settings.</source>
        <translation>Der Server hat kein Modell „{model}“ oder keinen Endpunkt unter {url}. Prüfen Sie den Modellnamen und die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>Too many requests or quota exhausted; wait a moment, then retry.</source>
        <translation>Zu viele Anfragen oder Kontingent erschöpft; warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This is usually temporary: retry in a moment.</source>
        <translation>Das ist meist vorübergehend: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Start a new conversation or shorten your message.</source>
        <translation>Beginnen Sie eine neue Unterhaltung oder kürzen Sie Ihre Nachricht.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Der Server hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The server reported an error mid-reply: “{message}”</source>
        <translation>Der Server meldete mitten in der Antwort einen Fehler: „{message}“</translation>
    </message>
    <message>
        <source>{where}: “{name}” is missing</source>
        <translation>{where}: „{name}“ fehlt</translation>
    </message>
    <message>
        <source>{where}: “{name}” has the wrong type</source>
        <translation>{where}: „{name}“ hat den falschen Typ</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a duration ({value})</source>
        <translation>{where}: „{name}“ ist keine Dauer ({value})</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a token count ({value})</source>
        <translation>{where}: „{name}“ ist keine Token-Anzahl ({value})</translation>
    </message>
    <message>
        <source>{where}, attachment {number}</source>
        <translation>{where}, Anhang {number}</translation>
    </message>
    <message>
        <source>{where}: not an image or text attachment</source>
        <translation>{where}: kein Bild- oder Textanhang</translation>
    </message>
    <message>
        <source>{where}: its data is not base64</source>
        <translation>{where}: Die Daten sind nicht base64-kodiert</translation>
    </message>
    <message>
        <source>{where}: larger than {size} KB</source>
        <translation>{where}: größer als {size} KB</translation>
    </message>
    <message>
        <source>{where}: a text file that is not UTF-8</source>
        <translation>{where}: eine Textdatei, die nicht UTF-8 ist</translation>
    </message>
    <message>
        <source>{where}: unknown role “{role}”</source>
        <translation>{where}: unbekannte Rolle „{role}“</translation>
    </message>
    <message>
        <source>{where}: unknown status “{status}”</source>
        <translation>{where}: unbekannter Status „{status}“</translation>
    </message>
    <message>
        <source>{where}: a tool result without its call</source>
        <translation>{where}: ein Werkzeugergebnis ohne zugehörigen Aufruf</translation>
    </message>
    <message>
        <source>{where}: “{name}” is empty</source>
        <translation>{where}: „{name}“ ist leer</translation>
    </message>
    <message>
        <source>{where}, message {number}</source>
        <translation>{where}, Nachricht {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is also message {number}&apos;s</source>
        <translation>{where}: Die UID „{uid}“ gehört auch zu Nachricht {number}</translation>
    </message>
    <message>
        <source>“projects” is not a list</source>
        <translation>„projects“ ist keine Liste</translation>
    </message>
    <message>
        <source>project {number}</source>
        <translation>Projekt {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is used twice</source>
        <translation>{where}: Die UID „{uid}“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>this file is chatdesk export version {version}; this chatdesk reads up to version {supported}</source>
        <translation>diese Datei ist ein chatdesk-Export der Version {version}; dieses chatdesk liest bis Version {supported}</translation>
    </message>
    <message>
        <source>“conversations” is missing or not a list</source>
        <translation>„conversations“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a time ({value})</source>
        <translation>{where}: „{name}“ ist keine Zeitangabe ({value})</translation>
    </message>
    <message>
        <source>not a chatdesk export or a ChatGPT conversations.json (expected an object with &quot;format&quot;: &quot;chatdesk&quot;, or a list of conversations)</source>
        <translation>kein chatdesk-Export und keine ChatGPT-conversations.json (erwartet wird ein Objekt mit &quot;format&quot;: &quot;chatdesk&quot; oder eine Liste von Unterhaltungen)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (invalid byte at offset {offset})</source>
        <translation>die Datei ist kein UTF-8-Text (ungültiges Byte an Position {offset})</translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export</source>
        <translation>die Datei ist zu tief verschachtelt, um ein Export zu sein</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation>kein gültiges JSON ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Last reply ({figures}, %Ln step(s))</source>
        <translation>
            <numerusform>Letzte Antwort ({figures}, %Ln Schritt)</numerusform>
            <numerusform>Letzte Antwort ({figures}, %Ln Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reply: {figures}</source>
        <translation>Letzte Antwort: {figures}</translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed ({cost})</source>
        <translation>
            <numerusform>Unterhaltung: {tokens} Token berechnet ({cost})</numerusform>
            <numerusform>Unterhaltung: {tokens} Tokens berechnet ({cost})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed</source>
        <translation>
            <numerusform>Unterhaltung: {tokens} Token berechnet</numerusform>
            <numerusform>Unterhaltung: {tokens} Tokens berechnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ≥ ~%Ln token(s)</source>
        <extracomment>How long the conversation is: what the next request sends (~: estimated; ≥: more of it is still in the history).</extracomment>
        <translation>
            <numerusform>nächste Anfrage ≥ ~%Ln Token</numerusform>
            <numerusform>nächste Anfrage ≥ ~%Ln Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ~%Ln token(s)</source>
        <translation>
            <numerusform>nächste Anfrage ~%Ln Token</numerusform>
            <numerusform>nächste Anfrage ~%Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>[image: {description}]</source>
        <translation>[Bild: {description}]</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Above a code block whose language is not named.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The link above a code block that copies the code.
----------
The links in a message&apos;s header, by verb (English, marked: ``tr`` them when shown).</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>temperature</source>
        <extracomment>A request parameter as an error names it (&quot;temperature must be a number&quot;).</extracomment>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation>Präsenzstrafe</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>Häufigkeitsstrafe</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>{parameter} must be a whole number</source>
        <translation>{parameter} muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{parameter} must be a number</source>
        <translation>{parameter} muss eine Zahl sein</translation>
    </message>
    <message>
        <source>{parameter} must be a finite number</source>
        <translation>{parameter} muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>{parameter} must be between {low} and {high}</source>
        <translation>{parameter} muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <source>{parameter} must be at least {low}</source>
        <translation>{parameter} muss mindestens {low} sein</translation>
    </message>
    <message>
        <source>${amount}</source>
        <extracomment>A cost in US dollars.</extracomment>
        <translation>{amount} $</translation>
    </message>
    <message>
        <source>&lt;${amount}</source>
        <extracomment>A cost too small to show: less than $0.0001.</extracomment>
        <translation>&lt;{amount} $</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Neue Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>Choose the model (or type /model name)</source>
        <translation>Modell wählen (oder /model Name eingeben)</translation>
    </message>
    <message>
        <source>This conversation&apos;s system prompt (or type /system text)</source>
        <translation>System-Prompt dieser Unterhaltung (oder /system Text eingeben)</translation>
    </message>
    <message>
        <source>Start over: a new conversation with this one&apos;s system prompt and parameters</source>
        <translation>Neu beginnen: eine neue Unterhaltung mit dem System-Prompt und den Parametern dieser Unterhaltung</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>Diese Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>{description}: {argument}</source>
        <extracomment>A command in the &quot;/&quot; popup and what was typed after it (/model gpt-4o).</extracomment>
        <translation>{description}: {argument}</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>die Datei ist größer als {size} MB</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}: {problem})</translation>
    </message>
    <message>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>die Datei ist kein gültiges JSON (zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>it is not a chatdesk prompt library (format {value})</source>
        <translation>die Datei ist keine chatdesk-Prompt-Bibliothek (Format {value})</translation>
    </message>
    <message>
        <source>“version” is not a number ({value})</source>
        <translation>„version“ ist keine Zahl ({value})</translation>
    </message>
    <message>
        <source>it was written by a newer chatdesk (library version {version}; this one reads version {supported})</source>
        <translation>die Datei wurde von einem neueren chatdesk geschrieben (Bibliotheksversion {version}; dieses liest Version {supported})</translation>
    </message>
    <message>
        <source>it has no “prompts” list</source>
        <translation>die Datei hat keine „prompts“-Liste</translation>
    </message>
    <message>
        <source>“prompts” is not a list ({value})</source>
        <translation>„prompts“ ist keine Liste ({value})</translation>
    </message>
    <message numerus="yes">
        <source>it holds %Ln prompt(s); at most {most} are kept</source>
        <translation>
            <numerusform>die Datei enthält %Ln Prompt; höchstens {most} werden übernommen</numerusform>
            <numerusform>die Datei enthält %Ln Prompts; höchstens {most} werden übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} (“{name}”) is %Ln character(s) long; at most {most}</source>
        <translation>
            <numerusform>{where} („{name}“) ist %Ln Zeichen lang; höchstens {most}</numerusform>
            <numerusform>{where} („{name}“) ist %Ln Zeichen lang; höchstens {most}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the library would hold more than %Ln prompt(s)</source>
        <translation>
            <numerusform>die Bibliothek würde mehr als %Ln Prompt enthalten</numerusform>
            <numerusform>die Bibliothek würde mehr als %Ln Prompts enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>prompt {number}</source>
        <extracomment>Where a problem is in a prompt library file: its 3rd prompt.</extracomment>
        <translation>Prompt {number}</translation>
    </message>
    <message>
        <source>{where} is not an object ({value})</source>
        <translation>{where} ist kein Objekt ({value})</translation>
    </message>
    <message>
        <source>{where}: “name” is missing or not text ({value})</source>
        <translation>{where}: „name“ fehlt oder ist kein Text ({value})</translation>
    </message>
    <message>
        <source>{where} (“{name}”): “text” is missing or not text</source>
        <translation>{where} („{name}“): „text“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>{where}: “name” is empty</source>
        <translation>{where}: „name“ ist leer</translation>
    </message>
    <message>
        <source>Saved prompt</source>
        <translation>Gespeicherter Prompt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The server sent a line longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>Der Server hat eine Zeile gesendet, die länger als {size} MiB ist – das braucht kein Chat-Stream; die Antwort wurde dort abgebrochen. Prüfen Sie, ob die Basis-URL auf eine OpenAI-kompatible API zeigt.</translation>
    </message>
    <message>
        <source>The server sent an event longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>Der Server hat ein Ereignis gesendet, das länger als {size} MiB ist – das braucht kein Chat-Stream; die Antwort wurde dort abgebrochen. Prüfen Sie, ob die Basis-URL auf eine OpenAI-kompatible API zeigt.</translation>
    </message>
    <message>
        <source>{problem} Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>{problem} Prüfen Sie, ob die Basis-URL auf eine OpenAI-kompatible API zeigt.</translation>
    </message>
    <message>
        <source>The server answered but sent nothing. If the conversation is long, it may not fit the model&apos;s context: start a new one or shorten it.</source>
        <translation>Der Server hat geantwortet, aber nichts gesendet. Wenn die Unterhaltung lang ist, passt sie womöglich nicht in den Kontext des Modells: Beginnen Sie eine neue oder kürzen Sie sie.</translation>
    </message>
    <message>
        <source>A streamed event is not JSON.</source>
        <translation>Ein gestreamtes Ereignis ist kein JSON.</translation>
    </message>
    <message>
        <source>The reply is not JSON.</source>
        <translation>Die Antwort ist kein JSON.</translation>
    </message>
    <message>
        <source>A streamed event is an unexpected JSON value.</source>
        <translation>Ein gestreamtes Ereignis ist ein unerwarteter JSON-Wert.</translation>
    </message>
    <message>
        <source>The reply is an unexpected JSON value.</source>
        <translation>Die Antwort ist ein unerwarteter JSON-Wert.</translation>
    </message>
    <message>
        <source>The reply has no choices.</source>
        <translation>Die Antwort enthält keine „choices“.</translation>
    </message>
    <message numerus="yes">
        <source>the model asked for more than %Ln tool call(s) at once</source>
        <translation>
            <numerusform>das Modell hat mehr als %Ln Werkzeugaufruf auf einmal angefordert</numerusform>
            <numerusform>das Modell hat mehr als %Ln Werkzeugaufrufe auf einmal angefordert</numerusform>
        </translation>
    </message>
    <message>
        <source>a tool call&apos;s arguments are larger than chatdesk accepts</source>
        <translation>die Argumente eines Werkzeugaufrufs sind größer, als chatdesk akzeptiert</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password (user:password@). Remove them from the URL and put the key in the API key field.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten (user:password@). Entfernen Sie diese aus der URL und tragen Sie den Schlüssel in das Feld „API-Schlüssel“ ein.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>The base URL has no host name</source>
        <translation>Die Basis-URL enthält keinen Hostnamen</translation>
    </message>
    <message>
        <source>The proxy must start with http://, https://, socks5:// or socks5h://</source>
        <translation>Der Proxy muss mit http://, https://, socks5:// oder socks5h:// beginnen</translation>
    </message>
    <message>
        <source>The proxy has no host name</source>
        <translation>Der Proxy enthält keinen Hostnamen</translation>
    </message>
    <message>
        <source>Put the proxy&apos;s user name and password in their own fields, not in the URL</source>
        <translation>Tragen Sie Benutzername und Passwort des Proxys in die eigenen Felder ein, nicht in die URL</translation>
    </message>
    <message>
        <source>This server does not offer the model {model}. Choose one of its models ({models}) in the Model box above the prompt, then send again.</source>
        <extracomment>How many of the server&apos;s models an error message names.</extracomment>
        <translation>Dieser Server bietet das Modell {model} nicht an. Wählen Sie eines seiner Modelle ({models}) im Feld „Modell“ über dem Eingabefeld und senden Sie erneut.</translation>
    </message>
    <message>
        <source>{name} is an old binary Office file (.doc, .xls or .ppt): save it as .docx, .xlsx, .pptx or PDF first</source>
        <translation>{name} ist eine alte binäre Office-Datei (.doc, .xls oder .ppt): Speichern Sie sie zuerst als .docx, .xlsx, .pptx oder PDF</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive</source>
        <translation>{name} ist beschädigt oder kein gültiges Archiv</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a document chatdesk reads (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</source>
        <translation>{name} ist ein ZIP-Archiv, kein Dokument, das chatdesk liest (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</translation>
    </message>
    <message>
        <source>{name} is protected by a password</source>
        <translation>{name} ist durch ein Passwort geschützt</translation>
    </message>
    <message>
        <source>{name} has no text layer (scanned pages)</source>
        <translation>{name} hat keine Textebene (gescannte Seiten)</translation>
    </message>
    <message>
        <source>{name} took longer than {seconds} s to read; it is too large or damaged</source>
        <translation>Das Lesen von {name} dauerte länger als {seconds} s; die Datei ist zu groß oder beschädigt</translation>
    </message>
    <message>
        <source>{name} holds more than {millions} million characters of text, too much to attach</source>
        <translation>{name} enthält mehr als {millions} Millionen Zeichen Text, zu viel zum Anhängen</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>{name} has no slides</source>
        <translation>{name} hat keine Folien</translation>
    </message>
    <message>
        <source>OpenDocument presentation</source>
        <translation>OpenDocument-Präsentation</translation>
    </message>
    <message>
        <source>{name} could not be read: the PDF reader stopped on it; it may be damaged or built to attack PDF readers</source>
        <translation>{name} konnte nicht gelesen werden: Der PDF-Leser ist daran abgebrochen; die Datei ist vielleicht beschädigt oder gebaut, um PDF-Leser anzugreifen</translation>
    </message>
    <message>
        <source>{name} could not be read: chatdesk could not start its PDF reader</source>
        <translation>{name} konnte nicht gelesen werden: chatdesk konnte seinen PDF-Leser nicht starten</translation>
    </message>
    <message>
        <source>{name} needs more memory than chatdesk allows for a document ({size} GB); it may be damaged or built to exhaust memory</source>
        <translation>{name} braucht mehr Speicher, als chatdesk einem Dokument erlaubt ({size} GB); die Datei ist vielleicht beschädigt oder gebaut, um den Speicher zu erschöpfen</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way chatdesk cannot open</source>
        <translation>{name} ist auf eine Weise verschlüsselt, die chatdesk nicht öffnen kann</translation>
    </message>
    <message>
        <source>{name} is damaged or not a PDF ({error})</source>
        <translation>{name} ist beschädigt oder kein PDF ({error})</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln page(s); at most {limit} can be read</source>
        <translation>
            <numerusform>{name} hat %Ln Seite; höchstens {limit} können gelesen werden</numerusform>
            <numerusform>{name} hat %Ln Seiten; höchstens {limit} können gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged: none of its pages can be read</source>
        <translation>{name} ist beschädigt: Keine der Seiten kann gelesen werden</translation>
    </message>
    <message>
        <source>{name} has no text to extract</source>
        <translation>{name} enthält keinen Text zum Extrahieren</translation>
    </message>
    <message>
        <source>{name}: a page could not be rendered ({error})</source>
        <translation>{name}: Eine Seite konnte nicht gerendert werden ({error})</translation>
    </message>
    <message>
        <source>it declares its own entities (a document type with an internal subset)</source>
        <translation>deklariert eigene Entitäten (ein Dokumenttyp mit internem Subset)</translation>
    </message>
    <message>
        <source>it declares entities</source>
        <translation>deklariert Entitäten</translation>
    </message>
    <message>
        <source>it refers to external entities</source>
        <translation>verweist auf externe Entitäten</translation>
    </message>
    <message>
        <source>its elements nest more than {limit} deep</source>
        <translation>die Elemente sind mehr als {limit} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} is unsafe ({reason})</source>
        <translation>{name} kann nicht gelesen werden: {part} ist unsicher ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is not valid XML ({error}, line {line})</source>
        <translation>{name} ist beschädigt: {part} ist kein gültiges XML ({error}, Zeile {line})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} cannot be read ({error})</source>
        <translation>{name} ist beschädigt: {part} kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} nests too deeply</source>
        <translation>{name} kann nicht gelesen werden: {part} ist zu tief verschachtelt</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds more than %Ln file(s); not read</source>
        <translation>
            <numerusform>{name} enthält mehr als %Ln Datei; nicht gelesen</numerusform>
            <numerusform>{name} enthält mehr als %Ln Dateien; nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive ({error})</source>
        <translation>{name} ist beschädigt oder kein gültiges Archiv ({error})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is missing</source>
        <translation>{name} ist beschädigt: {part} fehlt</translation>
    </message>
    <message>
        <source>{name} is encrypted; save it without a password first</source>
        <translation>{name} ist verschlüsselt; speichern Sie die Datei zuerst ohne Passwort</translation>
    </message>
    <message>
        <source>{name} is too large to read: {part} inflates to {size} MB (at most {limit} MB)</source>
        <translation>{name} ist zu groß zum Lesen: {part} wird beim Entpacken {size} MB groß (höchstens {limit} MB)</translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: {part} inflates {ratio} times (to {size} MB); not read</source>
        <translation>{name} sieht wie eine ZIP-Bombe aus: {part} wird beim Entpacken {ratio}-mal so groß (auf {size} MB); nicht gelesen</translation>
    </message>
    <message>
        <source>{name} is too large to read: its parts inflate to more than {limit} MB</source>
        <translation>{name} ist zu groß zum Lesen: Die Teile werden beim Entpacken größer als {limit} MB</translation>
    </message>
    <message>
        <source>{name} inflates past its limit</source>
        <translation>{name} überschreitet beim Entpacken das Limit</translation>
    </message>
    <message>
        <source>{name} is damaged: its main part is missing</source>
        <translation>{name} ist beschädigt: Der Hauptteil fehlt</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>{name} hat keine Tabellenblätter</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln filled cell(s), too many to attach: save the part that matters as CSV</source>
        <translation>
            <numerusform>{name} hat mehr als %Ln gefüllte Zelle, zu viele zum Anhängen: Speichern Sie den relevanten Teil als CSV</numerusform>
            <numerusform>{name} hat mehr als %Ln gefüllte Zellen, zu viele zum Anhängen: Speichern Sie den relevanten Teil als CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln sheet(s); not read</source>
        <translation>
            <numerusform>{name} hat mehr als %Ln Tabellenblatt; nicht gelesen</numerusform>
            <numerusform>{name} hat mehr als %Ln Tabellenblätter; nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument-Tabelle</translation>
    </message>
    <message>
        <source>{name} is not valid CSV ({error})</source>
        <translation>{name} ist kein gültiges CSV ({error})</translation>
    </message>
    <message>
        <source>{name} has no cells with text</source>
        <translation>{name} hat keine Zellen mit Text</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln slide(s); not read</source>
        <translation>
            <numerusform>{name} hat mehr als %Ln Folie; nicht gelesen</numerusform>
            <numerusform>{name} hat mehr als %Ln Folien; nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint-Präsentation</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} (byte 0x{byte} at position {position}); pick another encoding</source>
        <translation>{name} ist kein gültiges {encoding} (Byte 0x{byte} an Position {position}); wählen Sie eine andere Kodierung</translation>
    </message>
    <message>
        <source>{name} read as {encoding} is not text but binary data; pick another encoding</source>
        <translation>{name} ergibt als {encoding} gelesen keinen Text, sondern Binärdaten; wählen Sie eine andere Kodierung</translation>
    </message>
    <message>
        <source>{name} is neither an image, a document chatdesk reads, nor text in an encoding that could be detected</source>
        <translation>{name} ist weder ein Bild noch ein Dokument, das chatdesk liest, noch Text in einer erkennbaren Kodierung</translation>
    </message>
    <message>
        <source>{name} is too large: {millions} million characters of HTML</source>
        <translation>{name} ist zu groß: {millions} Millionen Zeichen HTML</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>{name} enthält keinen Text</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>{name} is protected by DRM; its text cannot be read</source>
        <translation>{name} ist durch DRM geschützt; der Text kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln section(s); not read</source>
        <translation>
            <numerusform>{name} hat mehr als %Ln Abschnitt; nicht gelesen</numerusform>
            <numerusform>{name} hat mehr als %Ln Abschnitte; nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>EPUB-Buch</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>The reply is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>Die Antwort ist zu groß (über {size} MB), daher hat chatdesk das Lesen abgebrochen. Prüfen Sie, ob die Basis-URL auf eine OpenAI-kompatible API zeigt.</translation>
    </message>
    <message>
        <source>Expected a stream of events but got {content_type}: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>Erwartet wurde ein Ereignis-Stream, empfangen wurde aber {content_type}: „{message}“. Prüfen Sie die Basis-URL oder schalten Sie Streaming in den Einstellungen aus.</translation>
    </message>
    <message>
        <source>Expected a stream of events but got untyped data: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>Erwartet wurde ein Ereignis-Stream, empfangen wurden aber Daten ohne Typ: „{message}“. Prüfen Sie die Basis-URL oder schalten Sie Streaming in den Einstellungen aus.</translation>
    </message>
    <message>
        <source>The server closed the stream before the reply was finished. The partial reply is kept; Retry asks again.</source>
        <translation>Der Server hat den Stream geschlossen, bevor die Antwort fertig war. Die unvollständige Antwort bleibt erhalten; „Erneut versuchen“ fragt noch einmal.</translation>
    </message>
    <message>
        <source>{host} took longer than {seconds} s to answer in full. The server may be overloaded or very slow: retry in a moment, and check the base URL.</source>
        <translation>{host} brauchte länger als {seconds} s für die vollständige Antwort. Der Server ist möglicherweise überlastet oder sehr langsam: Versuchen Sie es gleich noch einmal und prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>Connecting to {host} took longer than {seconds} s. Check your network connection and the base URL.</source>
        <translation>Der Verbindungsaufbau zu {host} dauerte länger als {seconds} s. Prüfen Sie Ihre Netzwerkverbindung und die Basis-URL.</translation>
    </message>
    <message>
        <source>{host} accepted the request but sent nothing for {seconds} s. The server may be overloaded: retry in a moment.</source>
        <translation>{host} hat die Anfrage angenommen, aber {seconds} s lang nichts gesendet. Der Server ist möglicherweise überlastet: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it asked for a user name and password. Check the proxy, its user name and password in Settings.</source>
        <translation>{host} ist über den Proxy nicht erreichbar: Er verlangt einen Benutzernamen und ein Passwort. Prüfen Sie Proxy, Benutzernamen und Passwort in den Einstellungen.</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it did not answer. Check the proxy, its user name and password in Settings.</source>
        <translation>{host} ist über den Proxy nicht erreichbar: Er hat nicht geantwortet. Prüfen Sie Proxy, Benutzernamen und Passwort in den Einstellungen.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate is not trusted or TLS failed. If the server uses its own certificate authority, add its CA file in Settings.</source>
        <translation>Die sichere Verbindung zu {host} ist fehlgeschlagen: Das Zertifikat ist nicht vertrauenswürdig oder TLS ist fehlgeschlagen. Wenn der Server eine eigene Zertifizierungsstelle verwendet, fügen Sie deren CA-Datei in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>The host name {host} could not be found. Check your internet connection and the base URL in Settings.</source>
        <translation>Der Hostname {host} wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung und die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>Nothing is listening at {host}: is the server running? Check the base URL in Settings.</source>
        <translation>Unter {host} antwortet nichts: Läuft der Server? Prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The connection to {host} failed. Check your network connection and the base URL.</source>
        <translation>Die Verbindung zu {host} ist fehlgeschlagen. Prüfen Sie Ihre Netzwerkverbindung und die Basis-URL.</translation>
    </message>
    <message>
        <source>“{url}” is not a valid URL. Fix the base URL.</source>
        <translation>„{url}“ ist keine gültige URL. Korrigieren Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The request to {host} failed ({error}).</source>
        <translation>Die Anfrage an {host} ist fehlgeschlagen ({error}).</translation>
    </message>
    <message>
        <source>The server stopped sending for {seconds} s. The partial reply is kept; Retry asks again.</source>
        <translation>Der Server hat {seconds} s lang nichts mehr gesendet. Die unvollständige Antwort bleibt erhalten; „Erneut versuchen“ fragt noch einmal.</translation>
    </message>
    <message>
        <source>The server sent nothing for {seconds} s. It may be overloaded: retry.</source>
        <translation>Der Server hat {seconds} s lang nichts gesendet. Er ist möglicherweise überlastet: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection broke before the reply started. Check your network and retry.</source>
        <translation>Die Verbindung ist abgebrochen, bevor die Antwort begann. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection broke during the reply. The partial reply is kept; Retry asks again.</source>
        <translation>Die Verbindung ist während der Antwort abgebrochen. Die unvollständige Antwort bleibt erhalten; „Erneut versuchen“ fragt noch einmal.</translation>
    </message>
    <message>
        <source>The model list from {url} is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>Die Modellliste von {url} ist zu groß (über {size} MB), daher hat chatdesk das Lesen abgebrochen. Prüfen Sie, ob die Basis-URL auf eine OpenAI-kompatible API zeigt.</translation>
    </message>
    <message>
        <source>{url} did not answer with JSON. Check the base URL.</source>
        <translation>{url} hat nicht mit JSON geantwortet. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>{url} did not answer with a model list.</source>
        <translation>{url} hat keine Modellliste geliefert.</translation>
    </message>
    <message>
        <source>{host} redirected the request to {target}. chatdesk sends your messages and key only to the server in the base URL: if {origin} is the right server, put its address in the base URL in Settings.</source>
        <translation>{host} hat die Anfrage an {target} umgeleitet. chatdesk sendet Ihre Nachrichten und Ihren Schlüssel nur an den Server in der Basis-URL: Wenn {origin} der richtige Server ist, tragen Sie seine Adresse in den Einstellungen als Basis-URL ein.</translation>
    </message>
    <message numerus="yes">
        <source>{host} redirected more than %Ln times. Check the base URL in Settings.</source>
        <translation>
            <numerusform>{host} hat mehr als %Ln-mal umgeleitet. Prüfen Sie die Basis-URL in den Einstellungen.</numerusform>
            <numerusform>{host} hat mehr als %Ln-mal umgeleitet. Prüfen Sie die Basis-URL in den Einstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no keyring service (such as GNOME Keyring or KWallet) running. Your key can be used for this session only; it will not be saved.</source>
        <translation>Auf diesem System läuft kein Schlüsselbunddienst (etwa GNOME Keyring oder KWallet). Ihr Schlüssel kann nur für diese Sitzung verwendet werden; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it, or use the key for this session only.</source>
        <translation>Der System-Schlüsselbund ist gesperrt. Entsperren Sie ihn oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The system keyring refused the request ({error}). Your key can be used for this session only; it will not be saved.</source>
        <translation>Der System-Schlüsselbund hat die Anfrage abgelehnt ({error}). Ihr Schlüssel kann nur für diese Sitzung verwendet werden; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>{file} must be a JSON object with an &quot;mcpServers&quot; object in it</source>
        <translation>{file} muss ein JSON-Objekt sein, das ein &quot;mcpServers&quot;-Objekt enthält</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; in {file} must be an object of servers by name</source>
        <translation>&quot;{key}&quot; in {file} muss ein Objekt sein, das Server nach Namen enthält</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>{file} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason}</source>
        <translation>{file} ist kein gültiges JSON: {reason}</translation>
    </message>
    <message>
        <source>There is already a server called &quot;{name}&quot;</source>
        <translation>Es gibt bereits einen Server namens „{name}“</translation>
    </message>
    <message>
        <source>There is no server called &quot;{name}&quot; in mcp.json</source>
        <translation>In mcp.json gibt es keinen Server namens „{name}“</translation>
    </message>
    <message>
        <source>it did not start within {seconds} s</source>
        <translation>er ist nicht innerhalb von {seconds} s gestartet</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>der Server wurde beendet</translation>
    </message>
    <message>
        <source>the server was killed (signal {signal})</source>
        <translation>der Server wurde zwangsweise beendet (Signal {signal})</translation>
    </message>
    <message>
        <source>the server stopped (exit code {code})</source>
        <translation>der Server wurde beendet (Exit-Code {code})</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: {problem}</source>
        <translation>Server „{name}“: {problem}</translation>
    </message>
    <message>
        <source>a server needs a name</source>
        <translation>ein Server braucht einen Namen</translation>
    </message>
    <message>
        <source>must be an object with a command or a url</source>
        <translation>muss ein Objekt mit einem &quot;command&quot; oder einer &quot;url&quot; sein</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; or &quot;sse&quot;</source>
        <translation>&quot;type&quot; muss &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; oder &quot;sse&quot; sein</translation>
    </message>
    <message>
        <source>has both a &quot;command&quot; and a &quot;url&quot;: keep one</source>
        <translation>hat sowohl &quot;command&quot; als auch &quot;url&quot;: Behalten Sie nur eines davon</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a web address</source>
        <translation>&quot;url&quot; muss eine Webadresse sein</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;stdio&quot; but a &quot;url&quot;; use &quot;http&quot; or remove &quot;type&quot;</source>
        <translation>hat &quot;type&quot;: &quot;stdio&quot;, aber eine &quot;url&quot;; verwenden Sie &quot;http&quot; oder entfernen Sie &quot;type&quot;</translation>
    </message>
    <message>
        <source>needs a &quot;command&quot; (a local server) or a &quot;url&quot; (a remote one)</source>
        <translation>braucht einen &quot;command&quot; (lokaler Server) oder eine &quot;url&quot; (entfernter Server)</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;{type}&quot; but no &quot;url&quot;</source>
        <translation>hat &quot;type&quot;: &quot;{type}&quot;, aber keine &quot;url&quot;</translation>
    </message>
    <message>
        <source>&quot;cwd&quot; must be a folder path</source>
        <translation>&quot;cwd&quot; muss ein Ordnerpfad sein</translation>
    </message>
    <message>
        <source>&quot;url&quot; must start with https:// (got &quot;{url}&quot;)</source>
        <translation>&quot;url&quot; muss mit https:// beginnen (erhalten: &quot;{url}&quot;)</translation>
    </message>
    <message>
        <source>must use https:// (plain http:// only to this machine: localhost, 127.0.0.1)</source>
        <translation>muss https:// verwenden (einfaches http:// nur zu diesem Rechner: localhost, 127.0.0.1)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>&quot;{key}&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a number of seconds</source>
        <translation>&quot;timeout&quot; muss eine Anzahl von Sekunden sein</translation>
    </message>
    <message numerus="yes">
        <source>&quot;timeout&quot; must be more than 0 and at most %Ln second(s)</source>
        <translation>
            <numerusform>&quot;timeout&quot; muss größer als 0 und höchstens %Ln Sekunde sein</numerusform>
            <numerusform>&quot;timeout&quot; muss größer als 0 und höchstens %Ln Sekunden sein</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of strings</source>
        <translation>&quot;{key}&quot; muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be an object of names and values</source>
        <translation>&quot;{key}&quot; muss ein Objekt aus Namen und Werten sein</translation>
    </message>
    <message>
        <source>{key} &quot;{name}&quot; must be a string or {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</source>
        <translation>{key} &quot;{name}&quot; muss eine Zeichenkette oder {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}} sein</translation>
    </message>
    <message>
        <source>&quot;the command&quot; was not found: is it installed, and on the PATH?</source>
        <translation>„Der Befehl“ wurde nicht gefunden: Ist er installiert und im PATH?</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; was not found: is it installed, and on the PATH?</source>
        <translation>„{command}“ wurde nicht gefunden: Ist der Befehl installiert und im PATH?</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; cannot be run: {reason}</source>
        <translation>„{command}“ kann nicht ausgeführt werden: {reason}</translation>
    </message>
    <message>
        <source>error {code}</source>
        <translation>Fehler {code}</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>its certificate is not trusted ({error})</source>
        <translation>sein Zertifikat ist nicht vertrauenswürdig ({error})</translation>
    </message>
    <message>
        <source>could not connect (connection refused)</source>
        <translation>Verbindung nicht möglich (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>could not connect ({error})</source>
        <translation>Verbindung nicht möglich ({error})</translation>
    </message>
    <message>
        <source>the connection failed ({error})</source>
        <translation>die Verbindung ist fehlgeschlagen ({error})</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>er hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is kept in the system keyring, but: {problem}</source>
        <translation>„{name}“ ist im System-Schlüsselbund gespeichert, aber: {problem}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; should be in the system keyring (as {entry}) but is not there; enter it again in Settings &gt; Tools</source>
        <translation>„{name}“ sollte im System-Schlüsselbund sein (als {entry}), ist dort aber nicht; geben Sie den Wert unter Einstellungen &gt; Werkzeuge erneut ein</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: &quot;{key}&quot; must be an object</source>
        <translation>Server „{name}“: &quot;{key}&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>{problem} It was left as it is; your next change to the library keeps it as {name}.damaged-… and starts a new one.</source>
        <translation>{problem} Die Datei wurde unverändert gelassen; bei Ihrer nächsten Änderung an der Bibliothek wird sie als {name}.damaged-… aufbewahrt und eine neue angelegt.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is {size}, more than {limit}.</source>
        <translation>Die Prompt-Bibliothek {name} konnte nicht verwendet werden: Sie ist {size} groß, mehr als {limit}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: {reason}.</source>
        <translation>Die Prompt-Bibliothek {name} konnte nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is larger than {limit}.</source>
        <translation>Die Prompt-Bibliothek {name} konnte nicht verwendet werden: Sie ist größer als {limit}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is not UTF-8 text (byte {offset}).</source>
        <translation>Die Prompt-Bibliothek {name} konnte nicht verwendet werden: Sie ist kein UTF-8-Text (Byte {offset}).</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation>Dieses Projekt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no conversation {uid}.</source>
        <translation>Es gibt keine Unterhaltung {uid}.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be read ({error}) and could not be moved aside ({move_error}). Move it away yourself, then restart chatdesk.</source>
        <translation>Die Verlaufsdatei {path} kann nicht gelesen werden ({error}) und konnte nicht beiseitegelegt werden ({move_error}). Verschieben Sie sie selbst an einen anderen Ort und starten Sie chatdesk dann neu.</translation>
    </message>
    <message>
        <source>Could not open the history</source>
        <extracomment>What a failed history job could not do, by the ``action`` its caller names it with (in English, for the log): each a whole clause for the user&apos;s language.</extracomment>
        <translation>Der Verlauf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Der Verlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not save the history</source>
        <translation>Der Verlauf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not list conversations</source>
        <translation>Die Unterhaltungen konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not find the conversation</source>
        <translation>Die Unterhaltung wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Could not open the conversation</source>
        <translation>Die Unterhaltung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not save the conversation</source>
        <translation>Die Unterhaltung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation>Die Unterhaltung konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Could not pin the conversation</source>
        <translation>Die Unterhaltung konnte nicht angeheftet werden</translation>
    </message>
    <message>
        <source>Could not move the conversation</source>
        <translation>Die Unterhaltung konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>Could not delete the conversation</source>
        <translation>Die Unterhaltung konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation>Die Nachricht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save the reply</source>
        <translation>Die Antwort konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not delete the message</source>
        <translation>Die Nachricht konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not switch the branch</source>
        <translation>Die Version konnte nicht gewechselt werden</translation>
    </message>
    <message>
        <source>Could not list projects</source>
        <translation>Die Projekte konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>Das Projekt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not delete the project</source>
        <translation>Das Projekt konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not search</source>
        <translation>Die Suche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not read usage</source>
        <translation>Die Nutzung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Der Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not {action}</source>
        <translation>Fehlgeschlagen: {action}</translation>
    </message>
    <message>
        <source>{failed}: the history is locked by another program. Is another chatdesk writing to it? Try again in a moment.</source>
        <translation>{failed}: Der Verlauf ist von einem anderen Programm gesperrt. Schreibt ein anderes chatdesk hinein? Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{failed}: the disk is full. Free some space; nothing was damaged, and the last change will be saved with the next one.</source>
        <translation>{failed}: Der Datenträger ist voll. Geben Sie Speicherplatz frei; nichts wurde beschädigt, und die letzte Änderung wird mit der nächsten gespeichert.</translation>
    </message>
    <message>
        <source>{failed}: the history file is read-only. Check the data folder&apos;s permissions.</source>
        <translation>{failed}: Die Verlaufsdatei ist schreibgeschützt. Prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
    <message>
        <source>{failed}: {error}.</source>
        <translation>{failed}: {error}.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Ein Projekt braucht einen Namen.</translation>
    </message>
    <message>
        <source>The history was written by a newer chatdesk (schema {version}; this one knows {known}). Update chatdesk to open it.</source>
        <extracomment>Forward migrations; index + 1 is the schema version each one produces.</extracomment>
        <translation>Der Verlauf wurde von einem neueren chatdesk geschrieben (Schema {version}; dieses kennt {known}). Aktualisieren Sie chatdesk, um ihn zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source} ({skipped} already present).</source>
        <translation>
            <numerusform>%Ln Unterhaltung aus {source} importiert ({skipped} bereits vorhanden).</numerusform>
            <numerusform>%Ln Unterhaltungen aus {source} importiert ({skipped} bereits vorhanden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source}.</source>
        <translation>
            <numerusform>%Ln Unterhaltung aus {source} importiert.</numerusform>
            <numerusform>%Ln Unterhaltungen aus {source} importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}.</source>
        <translation>{name} wurde nicht importiert: {reason}.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>die Datei konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>zum Lesen ist nicht genug Arbeitsspeicher vorhanden</translation>
    </message>
    <message>
        <source>it is {size} MiB; chatdesk imports files of up to {limit} MiB (split a ChatGPT conversations.json into several files)</source>
        <translation>die Datei ist {size} MiB groß; chatdesk importiert Dateien bis {limit} MiB (teilen Sie eine ChatGPT-conversations.json in mehrere Dateien auf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>the typesetter could not be started</source>
        <extracomment>Seconds one formula may take (the slowest of a 50-formula corpus takes ~40 ms on an idle machine; the child runs at a lower priority, so a busy one stretches that a lot). A longer source is not typeset (a model that writes 4,000 characters of one formula has usually lost its way; it stays readable as source).</extracomment>
        <translation>der Formelsatz konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>longer than {count} characters</source>
        <translation>länger als {count} Zeichen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>\end{{{name}}} does not close what was begun</source>
        <translation>\end{{{name}}} schließt nichts, was begonnen wurde</translation>
    </message>
    <message>
        <source>the {name} environment is not supported</source>
        <translation>die Umgebung {name} wird nicht unterstützt</translation>
    </message>
    <message>
        <source>\begin{{{name}}} is never ended</source>
        <translation>\begin{{{name}}} wird nie beendet</translation>
    </message>
    <message>
        <source>a closing brace without an opening one</source>
        <translation>eine schließende Klammer ohne öffnende</translation>
    </message>
    <message>
        <source>a brace is never closed</source>
        <translation>eine Klammer wird nie geschlossen</translation>
    </message>
    <message>
        <source>{command} is not supported</source>
        <translation>{command} wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&amp; outside an environment that aligns</source>
        <translation>&amp; außerhalb einer ausrichtenden Umgebung</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>nichts zu zeichnen</translation>
    </message>
    <message>
        <source>Reply cut off: incomplete.</source>
        <translation>Antwort abgeschnitten: unvollständig.</translation>
    </message>
    <message>
        <source>Reply failed.</source>
        <translation>Antwort fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reply finished: {reply}</source>
        <translation>Antwort fertig: {reply}</translation>
    </message>
    <message>
        <source>Reply finished, empty.</source>
        <translation>Antwort fertig, leer.</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>Antwort gestoppt.</translation>
    </message>
    <message>
        <source>Error: {title}. {message}</source>
        <translation>Fehler: {title}. {message}</translation>
    </message>
    <message>
        <source>{title}, {n} of {m}</source>
        <translation>{title}, {n} von {m}</translation>
    </message>
    <message>
        <source>Column {number} ({model}): {ending}</source>
        <comment>a compare column&apos;s reply ended</comment>
        <translation>Spalte {number} ({model}): {ending}</translation>
    </message>
    <message>
        <source>complete</source>
        <extracomment>A message&apos;s status in words (English, marked for translation: ``tr`` them when shown).</extracomment>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>being written</source>
        <translation>wird geschrieben</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>incomplete: the reply was cut off</source>
        <translation>unvollständig: die Antwort wurde abgeschnitten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <extracomment>Names and descriptions of the links a message shows, by verb (English, marked for translation: ``tr`` them when shown). A link not listed here (one added later) is offered under its own label.</extracomment>
        <translation>Nachricht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Edit the message and send it as a new version</source>
        <translation>Nachricht bearbeiten und als neue Version senden</translation>
    </message>
    <message>
        <source>Delete the message (asks first)</source>
        <translation>Nachricht löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Show the previous version</source>
        <translation>Vorherige Version anzeigen</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Show the next version</source>
        <translation>Nächste Version anzeigen</translation>
    </message>
    <message>
        <source>Show or hide reasoning</source>
        <translation>Gedankengang ein-/ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>Gedankengang des Modells ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show all or less</source>
        <translation>Alles oder weniger anzeigen</translation>
    </message>
    <message>
        <source>Show the whole tool result, or its start only</source>
        <translation>Das ganze Werkzeugergebnis oder nur den Anfang anzeigen</translation>
    </message>
    <message>
        <source>Save the message in the prompt library</source>
        <translation>Nachricht in der Prompt-Bibliothek speichern</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Werkzeugergebnis</translation>
    </message>
    <message>
        <source>Tool result: {server} · {tool}</source>
        <translation>Werkzeugergebnis: {server} · {tool}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>{status}, version {number} of {count}</source>
        <translation>{status}, Version {number} von {count}</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Copy this code block to the clipboard</source>
        <translation>Diesen Codeblock in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Documents, images and text</source>
        <translation>Dokumente, Bilder und Text</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins problems with attached files into one sentence</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message numerus="yes">
        <source>{file} · ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file} · ~{tokens} Token</numerusform>
            <numerusform>{file} · ~{tokens} Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. It cannot be split by page: attach a smaller part</source>
        <translation>{problem}. Das Dokument kann nicht nach Seiten aufgeteilt werden: Hängen Sie einen kleineren Teil an</translation>
    </message>
    <message>
        <source>Attach a large document</source>
        <translation>Großes Dokument anhängen</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>{file} is protected by a password; not attached</source>
        <translation>{file} ist durch ein Passwort geschützt; nicht angehängt</translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} pages are scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} hat keine Textebene: Die {count} Seite ist ein gescanntes Bild. Sie kann als Bild an ein Modell gehen, das Bilder liest (höchstens {free} mit dieser Nachricht), oder gar nicht.</numerusform>
            <numerusform>{file} hat keine Textebene: Die {count} Seiten sind gescannte Bilder. Die Seiten können als Bilder an ein Modell gehen, das Bilder liest (höchstens {free} mit dieser Nachricht), oder gar nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} page is scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} hat keine Textebene: Die {count} Seite ist ein gescanntes Bild. Sie kann als Bild an ein Modell gehen, das Bilder liest (höchstens {free} mit dieser Nachricht), oder gar nicht.</numerusform>
            <numerusform>{file} hat keine Textebene: Die {count} Seiten sind gescannte Bilder. Die Seiten können als Bilder an ein Modell gehen, das Bilder liest (höchstens {free} mit dieser Nachricht), oder gar nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many: at most %Ln page(s) as images.</source>
        <translation>
            <numerusform>Zu viele: höchstens %Ln Seite als Bild.</numerusform>
            <numerusform>Zu viele: höchstens %Ln Seiten als Bilder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: %Ln page image(s).</source>
        <translation>
            <numerusform>Zu senden: %Ln Seitenbild.</numerusform>
            <numerusform>Zu senden: %Ln Seitenbilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send scanned pages as images</source>
        <translation>Gescannte Seiten als Bilder senden</translation>
    </message>
    <message>
        <source>Send as images</source>
        <translation>Als Bilder senden</translation>
    </message>
    <message>
        <source>pasted image {number}</source>
        <translation>eingefügtes Bild {number}</translation>
    </message>
    <message>
        <source>Still reading the attached files; send again in a moment.</source>
        <translation>Die angehängten Dateien werden noch gelesen; senden Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>Answer the question about the attached document first.</source>
        <translation>Beantworten Sie zuerst die Frage zum angehängten Dokument.</translation>
    </message>
    <message>
        <source>Files were just pasted or dropped: check them in the tray above the prompt (✕ removes one), then send again.</source>
        <translation>Gerade wurden Dateien eingefügt oder abgelegt: Prüfen Sie sie in der Leiste über dem Eingabefeld (✕ entfernt eine) und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>{problems}.</source>
        <comment>problems with attached files, joined</comment>
        <translation>{problems}.</translation>
    </message>
    <message>
        <source>Remove {file}</source>
        <translation>{file} entfernen</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Gelesen als {encoding}</translation>
    </message>
    <message>
        <source>Choose pages…</source>
        <translation>Seiten auswählen…</translation>
    </message>
    <message numerus="yes">
        <source>{file}: at most %Ln file(s) go with one message</source>
        <translation>
            <numerusform>{file}: höchstens %Ln Datei pro Nachricht</numerusform>
            <numerusform>{file}: höchstens %Ln Dateien pro Nachricht</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare models</source>
        <extracomment>A column whose reply has not begun by then shows it is waiting (see ``_started``).</extracomment>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Server {number}</source>
        <translation>Server {number}</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>Modell {number}</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>Antwort von {model}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>&amp;Use this reply</source>
        <translation>Diese Antwort &amp;übernehmen</translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation>Diese Antwort übernehmen</translation>
    </message>
    <message>
        <source>first token {ms} ms</source>
        <extracomment>One column&apos;s text is rendered per frame: the columns take turns.</extracomment>
        <translation>erstes Token {ms} ms</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} Tokens/s</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Unterhaltung wird geladen…</translation>
    </message>
    <message>
        <source>{old} is not on this server: using its only model, {model}</source>
        <translation>{old} gibt es auf diesem Server nicht: Das einzige Modell, {model}, wird verwendet</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Präsenzstrafe</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Häufigkeitsstrafe</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Unterhaltungseinstellungen</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>Mit einer Vorlage beginnen…</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Empty: the system prompt from Settings</source>
        <translation>Leer: der System-Prompt aus den Einstellungen</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>System-Prompt:</translation>
    </message>
    <message>
        <source>server default ({hint})</source>
        <translation>Server-Standard ({hint})</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>comma-separated; empty: those from Settings</source>
        <translation>kommagetrennt; leer: die aus den Einstellungen</translation>
    </message>
    <message>
        <source>Stop sequences:</source>
        <translation>Stoppsequenzen:</translation>
    </message>
    <message numerus="yes">
        <source>default: %Ln token(s)</source>
        <translation>
            <numerusform>Standard: %Ln Token</numerusform>
            <numerusform>Standard: %Ln Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the context length must be at least %Ln token(s)</source>
        <translation>
            <numerusform>die Kontextlänge muss mindestens %Ln Token betragen</numerusform>
            <numerusform>die Kontextlänge muss mindestens %Ln Tokens betragen</numerusform>
        </translation>
    </message>
    <message>
        <source>default: unknown: no trimming</source>
        <translation>Standard: unbekannt – keine Kürzung</translation>
    </message>
    <message>
        <source>Context of {model}:</source>
        <translation>Kontext von {model}:</translation>
    </message>
    <message>
        <source>Only the parameters you fill in are sent; the server decides the rest.</source>
        <translation>Nur die Parameter, die Sie ausfüllen, werden gesendet; über den Rest entscheidet der Server.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>the context length must be a whole number</source>
        <translation>die Kontextlänge muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Neueste</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message numerus="yes">
        <source>⋯ The %Ln earlier message(s) no longer fit the model&apos;s context and are not sent: the context starts here.</source>
        <translation>
            <numerusform>⋯ Die %Ln frühere Nachricht passt nicht mehr in den Kontext des Modells und wird nicht gesendet: Der Kontext beginnt hier.</numerusform>
            <numerusform>⋯ Die %Ln früheren Nachrichten passen nicht mehr in den Kontext des Modells und werden nicht gesendet: Der Kontext beginnt hier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send pages {first} to {last}</source>
        <translation>Seiten {first} bis {last} senden</translation>
    </message>
    <message>
        <source>Send slides {first} to {last}</source>
        <translation>Folien {first} bis {last} senden</translation>
    </message>
    <message>
        <source>Send sheets {first} to {last}</source>
        <translation>Tabellenblätter {first} bis {last} senden</translation>
    </message>
    <message>
        <source>Send sections {first} to {last}</source>
        <translation>Abschnitte {first} bis {last} senden</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Erste Folie</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Letzte Folie</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>Erstes Tabellenblatt</translation>
    </message>
    <message>
        <source>Last sheet</source>
        <translation>Letztes Tabellenblatt</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>Erster Abschnitt</translation>
    </message>
    <message>
        <source>Last section</source>
        <translation>Letzter Abschnitt</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Send {unit}s {first} to {last}</source>
        <translation>{unit} {first} bis {last} senden</translation>
    </message>
    <message>
        <source>The first page comes after the last.</source>
        <translation>Die erste Seite liegt hinter der letzten.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>That password did not open it. {file} is protected by a password. Enter it to attach its text:</source>
        <translation>Dieses Passwort hat nicht funktioniert. {file} ist durch ein Passwort geschützt. Geben Sie es ein, um den Text anzuhängen:</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Enter it to attach its text:</source>
        <translation>{file} ist durch ein Passwort geschützt. Geben Sie es ein, um den Text anzuhängen:</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>{file} wird gelesen</translation>
    </message>
    <message>
        <source>Rendering {file}</source>
        <translation>{file} wird gerendert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading {file}; it is not attached</source>
        <translation>Lesen von {file} abbrechen; die Datei wird nicht angehängt</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s)</source>
        <translation>
            <numerusform>{count} Seite</numerusform>
            <numerusform>{count} Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} slide(s)</source>
        <translation>
            <numerusform>{count} Folie</numerusform>
            <numerusform>{count} Folien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s)</source>
        <translation>
            <numerusform>{count} Tabellenblatt</numerusform>
            <numerusform>{count} Tabellenblätter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} section(s)</source>
        <translation>
            <numerusform>{count} Abschnitt</numerusform>
            <numerusform>{count} Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>{thousands}k</source>
        <comment>thousands of tokens: 203.1k</comment>
        <translation>{thousands}k</translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, {parts}, {characters} characters, ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file}: {kind}, {parts}, {characters} Zeichen, ~{tokens} Token</numerusform>
            <numerusform>{file}: {kind}, {parts}, {characters} Zeichen, ~{tokens} Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, {characters} characters, ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file}: {kind}, {characters} Zeichen, ~{tokens} Token</numerusform>
            <numerusform>{file}: {kind}, {characters} Zeichen, ~{tokens} Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: {characters} characters, ~{tokens} token(s).</source>
        <translation>
            <numerusform>Zu senden: {characters} Zeichen, ~{tokens} Token.</numerusform>
            <numerusform>Zu senden: {characters} Zeichen, ~{tokens} Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>{size}; one file may take ~{limit} of the model&apos;s {context}.</source>
        <translation>{size}; eine Datei darf ~{limit} vom Kontext des Modells ({context}) belegen.</translation>
    </message>
    <message>
        <source>{size} (the model&apos;s context length is not known).</source>
        <translation>{size} (die Kontextlänge des Modells ist unbekannt).</translation>
    </message>
    <message>
        <source>Too long: {problem}.</source>
        <translation>Zu lang: {problem}.</translation>
    </message>
    <message>
        <source>{server} asks</source>
        <translation>{server} fragt</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>{server} asks you to open a web page</source>
        <translation>{server} bittet Sie, eine Webseite zu öffnen</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>It opens in your browser, at {host}.</source>
        <translation>Sie wird in Ihrem Browser geöffnet, bei {host}.</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im Browser &amp;öffnen</translation>
    </message>
    <message>
        <source>Open settings</source>
        <extracomment>The button that fixes an error (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{error} Nothing is lost yet: this window keeps everything shown, and chatdesk saves it again with your next message. Copy anything you need before quitting if this message stays.</source>
        <extracomment>Messages read from the history when a conversation opens: the view builds the latest page of them at once, the rest as the user scrolls up. While a reply starts, the history&apos;s writes wait for its first words this long at most.</extracomment>
        <translation>{error} Noch ist nichts verloren: Dieses Fenster behält alles Angezeigte, und chatdesk speichert es mit Ihrer nächsten Nachricht erneut. Kopieren Sie vor dem Beenden, was Sie brauchen, falls diese Meldung bestehen bleibt.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved to {path}. chatdesk started a new, empty history; the old file was not deleted.</source>
        <translation>Die Verlaufsdatei war beschädigt und wurde nach {path} verschoben. chatdesk hat einen neuen, leeren Verlauf begonnen; die alte Datei wurde nicht gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) were interrupted when chatdesk last closed; they are marked incomplete.</source>
        <translation>
            <numerusform>%Ln Antwort wurde beim letzten Beenden von chatdesk unterbrochen; sie ist als unvollständig markiert.</numerusform>
            <numerusform>%Ln Antworten wurden beim letzten Beenden von chatdesk unterbrochen; sie sind als unvollständig markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Conversations in this session will not be saved until the history can be opened.</source>
        <translation>{error} Unterhaltungen dieser Sitzung werden erst gespeichert, wenn der Verlauf geöffnet werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) to {project}</source>
        <translation>
            <numerusform>%Ln Unterhaltung nach {project} verschoben</numerusform>
            <numerusform>%Ln Unterhaltungen nach {project} verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) out of its project</source>
        <translation>
            <numerusform>%Ln Unterhaltung aus ihrem Projekt entfernt</numerusform>
            <numerusform>%Ln Unterhaltungen aus ihrem Projekt entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project deleted with %Ln conversation(s)</source>
        <translation>
            <numerusform>Projekt mit %Ln Unterhaltung gelöscht</numerusform>
            <numerusform>Projekt mit %Ln Unterhaltungen gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Project deleted; its conversations were kept</source>
        <translation>Projekt gelöscht; seine Unterhaltungen wurden behalten</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s) to {path}</source>
        <translation>
            <numerusform>%Ln Unterhaltung nach {path} exportiert</numerusform>
            <numerusform>%Ln Unterhaltungen nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Enter)</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Attach documents, images or text files (or drop or paste them)</source>
        <translation>Dokumente, Bilder oder Textdateien anhängen (oder hierher ziehen bzw. einfügen)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Tool working… {progress}</source>
        <translation>Werkzeug arbeitet… {progress}</translation>
    </message>
    <message>
        <source>too large to show</source>
        <extracomment>Bytes of images the cache keeps (the least recently used go first). A formula bigger than this many device pixels stays source. Logical pixels of room left and right of a formula (its ink must not touch the text).</extracomment>
        <translation>zu groß zur Anzeige</translation>
    </message>
    <message>
        <source>the typesetter failed: {error}</source>
        <translation>der Formelsatz ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Not typeset ({reason}):
{formula}</source>
        <extracomment>Milliseconds of replacing per event-loop turn. The math font&apos;s x-height, in em. Why a formula stayed source, on its text (what the tooltip says).</extracomment>
        <translation>Nicht gesetzt ({reason}):
{formula}</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>MCP server state</comment>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>startet</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>bereit</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <extracomment>A tool result shows this much until &quot;Show all&quot;; expanded, at most ``RESULT_SHOWN``. The note under a message that did not end well (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>■ Gestoppt</translation>
    </message>
    <message>
        <source>⚠ Incomplete: the reply was cut off</source>
        <translation>⚠ Unvollständig: Die Antwort wurde abgeschnitten</translation>
    </message>
    <message>
        <source>⚠ Failed</source>
        <translation>⚠ Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save as prompt</source>
        <translation>Als Prompt speichern</translation>
    </message>
    <message>
        <source>done</source>
        <comment>tool call state</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>error</source>
        <comment>tool call state</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>tool call state</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>tool call state</comment>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning ({count} words)</source>
        <translation>
            <numerusform>Gedankengang ({count} Wort)</numerusform>
            <numerusform>Gedankengang ({count} Wörter)</numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <comment>tool call state</comment>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>{duration} ms</source>
        <translation>{duration} ms</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show all ({count} characters)</source>
        <translation>
            <numerusform>Alles anzeigen ({count} Zeichen)</numerusform>
            <numerusform>Alles anzeigen ({count} Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this message? The rest of the conversation stays.</source>
        <translation>Diese Nachricht löschen? Der Rest der Unterhaltung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays, ‹ › switches); Esc cancels.</source>
        <translation>Nachricht bearbeiten: Enter sendet sie als neue Version (die alte bleibt erhalten, ‹ › wechselt); Esc bricht ab.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>Preise pro Modell</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input $ / 1M</source>
        <translation>Eingabe $ / 1 Mio.</translation>
    </message>
    <message>
        <source>Output $ / 1M</source>
        <translation>Ausgabe $ / 1 Mio.</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Prices in US dollars per million tokens. Providers change them; edit freely.</source>
        <translation>Preise in US-Dollar pro Million Tokens. Anbieter ändern sie; passen Sie sie nach Belieben an.</translation>
    </message>
    <message>
        <source>“{model}”: prices must be numbers</source>
        <translation>„{model}“: Preise müssen Zahlen sein</translation>
    </message>
    <message>
        <source>“{model}”: prices cannot be negative</source>
        <translation>„{model}“: Preise dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>diese Unterhaltung</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>Projekt exportieren</translation>
    </message>
    <message>
        <source>&amp;Move to project…</source>
        <translation>In Projekt &amp;verschieben…</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Neues &amp;Projekt…</translation>
    </message>
    <message>
        <source>Move to project</source>
        <translation>In Projekt verschieben</translation>
    </message>
    <message>
        <source>Move “{title}” to:</source>
        <translation>„{title}“ verschieben nach:</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name</source>
        <translation>Zum Filtern tippen oder Name eines neuen Projekts</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name. Up and Down choose, Enter moves.</source>
        <translation>Zum Filtern tippen oder Name eines neuen Projekts. Auf und Ab wählen, Eingabe verschiebt.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>New project “{name}”</source>
        <translation>Neues Projekt „{name}“</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The one in use</source>
        <translation>Das aktuell verwendete</translation>
    </message>
    <message>
        <source>{profile} (no longer exists)</source>
        <translation>{profile} (existiert nicht mehr)</translation>
    </message>
    <message>
        <source>The profile&apos;s model</source>
        <translation>Das Modell des Profils</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>New conversations started in this project begin with these; conversations already in it, or moved in, keep their own.</source>
        <translation>Neue Unterhaltungen, die in diesem Projekt begonnen werden, starten mit diesen Einstellungen; Unterhaltungen, die schon darin sind oder hineinverschoben werden, behalten ihre eigenen.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{name}”? It holds %Ln conversation(s).</source>
        <translation>
            <numerusform>Das Projekt „{name}“ löschen? Es enthält %Ln Unterhaltung.</numerusform>
            <numerusform>Das Projekt „{name}“ löschen? Es enthält %Ln Unterhaltungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the project “{name}”? It holds no conversations.</source>
        <translation>Das Projekt „{name}“ löschen? Es enthält keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>Delete project, keep conversations</source>
        <translation>Projekt löschen, Unterhaltungen behalten</translation>
    </message>
    <message>
        <source>Delete project and its conversations</source>
        <translation>Projekt samt Unterhaltungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>vor %Ln Std.</numerusform>
            <numerusform>vor %Ln Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>vor %Ln Min.</numerusform>
            <numerusform>vor %Ln Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{thousands}k</source>
        <comment>thousands of tokens</comment>
        <translation>{thousands}k</translation>
    </message>
    <message>
        <source>{millions}M</source>
        <comment>millions of tokens</comment>
        <translation>{millions} Mio.</translation>
    </message>
    <message>
        <source>~{tokens} now</source>
        <translation>~{tokens} aktuell</translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed</source>
        <translation>
            <numerusform>{tokens} Token berechnet</numerusform>
            <numerusform>{tokens} Tokens berechnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed (every request&apos;s tokens added up)</source>
        <translation>
            <numerusform>{tokens} Token berechnet (die Tokens aller Anfragen zusammengezählt)</numerusform>
            <numerusform>{tokens} Tokens berechnet (die Tokens aller Anfragen zusammengezählt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%Ln token(s) now (what the next request sends)</source>
        <translation>
            <numerusform>~%Ln Token aktuell (so viel sendet die nächste Anfrage)</numerusform>
            <numerusform>~%Ln Tokens aktuell (so viel sendet die nächste Anfrage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln msg(s)</source>
        <comment>messages, short</comment>
        <translation>
            <numerusform>%Ln Nachr.</numerusform>
            <numerusform>%Ln Nachr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>New conversations here start with its defaults:</source>
        <translation>Neue Unterhaltungen hier starten mit diesen Standardwerten:</translation>
    </message>
    <message>
        <source>{setting}: {value}</source>
        <translation>{setting}: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <comment>in a project</comment>
        <extracomment>What a drag of conversations carries: their uids, one per line. A project&apos;s row: how many conversations it holds (&quot;Work · 3 conversations&quot;).</extracomment>
        <translation>
            <numerusform>%Ln Unterhaltung</numerusform>
            <numerusform>%Ln Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a project</comment>
        <translation>leer</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht…  (Enter zum Senden, Shift+Enter für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line, / for prompts and commands)</source>
        <translation>Nachricht…  (Enter zum Senden, Shift+Enter für eine neue Zeile, / für Prompts und Befehle)</translation>
    </message>
    <message>
        <source>Write {{{{name}}}} where the prompt should ask for something: after inserting it with “/”, Tab jumps from one variable to the next.</source>
        <translation>Schreiben Sie {{{{name}}}} dort, wo der Prompt nach etwas fragen soll: Nach dem Einfügen mit „/“ springt Tab von einer Variable zur nächsten.</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>Prompt-Bibliothek</translation>
    </message>
    <message>
        <source>Filter prompts</source>
        <translation>Prompts filtern</translation>
    </message>
    <message>
        <source>Enter picks the first prompt shown.</source>
        <translation>Eingabe wählt den ersten angezeigten Prompt.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Name (shown in the “/” list)</source>
        <translation>Name (wird in der „/“-Liste angezeigt)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Neuer Prompt</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>Variablen: {names}</translation>
    </message>
    <message>
        <source>Delete prompt</source>
        <translation>Prompt löschen</translation>
    </message>
    <message>
        <source>Delete the prompt “{name}”?</source>
        <translation>Den Prompt „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Prompts importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Prompts exportieren</translation>
    </message>
    <message>
        <source>No prompt or command matches (Esc to close)</source>
        <translation>Kein Prompt und kein Befehl passt (Esc zum Schließen)</translation>
    </message>
    <message>
        <source>The prompt library was not read: {error}</source>
        <translation>Die Prompt-Bibliothek wurde nicht gelesen: {error}</translation>
    </message>
    <message>
        <source>The unreadable prompt library was kept as {file}</source>
        <translation>Die unlesbare Prompt-Bibliothek wurde als {file} aufbewahrt</translation>
    </message>
    <message>
        <source>The prompt library was not saved: {reason}</source>
        <translation>Die Prompt-Bibliothek wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation>Es wurde nichts importiert. {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Es wurde nichts importiert: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln prompt(s) from {file}</source>
        <translation>
            <numerusform>%Ln Prompt aus {file} importiert</numerusform>
            <numerusform>%Ln Prompts aus {file} importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported} ({skipped} already in the library)</source>
        <translation>{imported} ({skipped} bereits in der Bibliothek)</translation>
    </message>
    <message>
        <source>The prompts were not exported: {reason}</source>
        <translation>Die Prompts wurden nicht exportiert: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln prompt(s) to {file}</source>
        <translation>
            <numerusform>%Ln Prompt nach {file} exportiert</numerusform>
            <numerusform>%Ln Prompts nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Started over in a new conversation (same system prompt)</source>
        <translation>In einer neuen Unterhaltung neu begonnen (gleicher System-Prompt)</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modell: {model}</translation>
    </message>
    <message>
        <source>System prompt set for this conversation</source>
        <translation>System-Prompt für diese Unterhaltung festgelegt</translation>
    </message>
    <message>
        <source>chatdesk quick ask</source>
        <translation>chatdesk-Schnellfrage</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>The reply was cut off: Open in chatdesk to retry or continue.</source>
        <translation>Die Antwort wurde abgeschnitten: Öffnen Sie sie in chatdesk, um es erneut zu versuchen oder fortzusetzen.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Ask…  (Enter sends, Shift+Enter: new line, Esc hides)</source>
        <translation>Fragen…  (Enter sendet, Shift+Enter: neue Zeile, Esc blendet aus)</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The quick-ask window&apos;s answer pane, as a screen reader names it.</extracomment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Open in chatdesk</source>
        <translation>In chatdesk ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>Diese Unterhaltung im Hauptfenster fortsetzen (Ctrl+O)</translation>
    </message>
    <message>
        <source>Starting… your question goes as soon as chatdesk is ready.</source>
        <translation>Wird gestartet… Ihre Frage wird gesendet, sobald chatdesk bereit ist.</translation>
    </message>
    <message>
        <source>chatdesk is still writing a reply; Esc in its window stops it. Press Enter again when it is done.</source>
        <translation>chatdesk schreibt noch eine Antwort; Esc in seinem Fenster stoppt sie. Drücken Sie erneut Enter, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <comment>an error&apos;s title and message</comment>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>~30 repaints a second while streaming. A streaming reply is saved this often, so a crash loses at most this much text.</extracomment>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <source>The model&apos;s reply: {problem}.</source>
        <translation>Antwort des Modells: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning… %Ln word(s)</source>
        <translation>
            <numerusform>Denkt nach… %Ln Wort</numerusform>
            <numerusform>Denkt nach… %Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s) · {rate} tokens/s</source>
        <translation>
            <numerusform>Empfange… %Ln Token · {rate} Tokens/s</numerusform>
            <numerusform>Empfange… %Ln Tokens · {rate} Tokens/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s)</source>
        <translation>
            <numerusform>Empfange… %Ln Token</numerusform>
            <numerusform>Empfange… %Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) in {seconds} s…</source>
        <translation>{reason}: neuer Versuch ({attempt} von {attempts}) in {seconds} s…</translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) now…</source>
        <translation>{reason}: neuer Versuch ({attempt} von {attempts}) jetzt…</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %Ln steps (the limit in Settings)</source>
        <translation>
            <numerusform>nach %Ln Schritt gestoppt (das Limit in den Einstellungen)</numerusform>
            <numerusform>nach %Ln Schritten gestoppt (das Limit in den Einstellungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step} ({figures}): %Ln tool call(s)…</source>
        <translation>
            <numerusform>Schritt {step} ({figures}): %Ln Werkzeugaufruf…</numerusform>
            <numerusform>Schritt {step} ({figures}): %Ln Werkzeugaufrufe…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step}: %Ln tool call(s)…</source>
        <translation>
            <numerusform>Schritt {step}: %Ln Werkzeugaufruf…</numerusform>
            <numerusform>Schritt {step}: %Ln Werkzeugaufrufe…</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} The request offered tools, which this server or model may not take: turn tools off for this conversation (Tools, above the prompt) or pick another model.</source>
        <translation>{message} Die Anfrage hat Werkzeuge angeboten, die dieser Server oder dieses Modell möglicherweise nicht unterstützt: Schalten Sie die Werkzeuge für diese Unterhaltung aus („Werkzeuge“ über dem Eingabefeld) oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s), at temperature {temperature}.</source>
        <extracomment>The most a server may ask the model to write, whatever it asks for.</extracomment>
        <translation>
            <numerusform>Es darf bis zu %Ln Token schreiben, mit Temperatur {temperature}.</numerusform>
            <numerusform>Es darf bis zu %Ln Tokens schreiben, mit Temperatur {temperature}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s).</source>
        <translation>
            <numerusform>Es darf bis zu %Ln Token schreiben.</numerusform>
            <numerusform>Es darf bis zu %Ln Tokens schreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let a tool use your model?</source>
        <translation>Darf ein Werkzeug Ihr Modell verwenden?</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Erlauben</translation>
    </message>
    <message>
        <source>{server} asks {model} on {profile} to write a reply to:</source>
        <translation>{server} bittet {model} auf {profile}, eine Antwort zu schreiben auf:</translation>
    </message>
    <message>
        <source>⚠ Unencrypted connection: your key and messages travel in clear</source>
        <translation>⚠ Unverschlüsselte Verbindung: Ihr Schlüssel und Ihre Nachrichten werden im Klartext übertragen</translation>
    </message>
    <message>
        <source>{url} uses http:// to another machine. Use https:// if it can.</source>
        <translation>{url} verwendet http:// zu einem anderen Rechner. Verwenden Sie nach Möglichkeit https://.</translation>
    </message>
    <message>
        <source>⚠ TLS certificate checks are off</source>
        <translation>⚠ TLS-Zertifikatsprüfung ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Anyone on the network path can read and change traffic. Turn checks back on in Settings, adding the server&apos;s CA file if needed.</source>
        <translation>Jeder auf dem Netzwerkpfad kann den Datenverkehr lesen und verändern. Schalten Sie die Prüfung in den Einstellungen wieder ein und fügen Sie bei Bedarf die CA-Datei des Servers hinzu.</translation>
    </message>
    <message>
        <source>Your settings could not be read ({error}), so chatdesk started with the default ones and will not save over them until it restarts. Check that settings.json in the config folder is readable.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden ({error}). chatdesk wurde daher mit den Standardeinstellungen gestartet und überschreibt sie bis zum nächsten Start nicht. Prüfen Sie, ob settings.json im Konfigurationsordner lesbar ist.</translation>
    </message>
    <message>
        <source>Your settings could not be saved ({error}). They apply until you quit; check that the config folder is writable.</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden ({error}). Sie gelten bis zum Beenden; prüfen Sie, ob der Konfigurationsordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation>Fehler im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The request failed ({error}).</source>
        <translation>Die Anfrage ist fehlgeschlagen ({error}).</translation>
    </message>
    <message>
        <source>The server profile for this conversation</source>
        <translation>Das Serverprofil für diese Unterhaltung</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The model for this conversation (type any id the server takes)</source>
        <translation>Das Modell für diese Unterhaltung (jede ID, die der Server akzeptiert, kann eingegeben werden)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available</source>
        <translation>
            <numerusform>%Ln Modell verfügbar</numerusform>
            <numerusform>%Ln Modelle verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Rename this profile…</source>
        <translation>Dieses Profil umbenennen…</translation>
    </message>
    <message>
        <source>Delete this profile…</source>
        <translation>Dieses Profil löschen…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its key in the keyring?</source>
        <translation>Das Profil „{name}“ und seinen Schlüssel im Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>chatdesk settings</source>
        <translation>chatdesk-Einstellungen</translation>
    </message>
    <message>
        <source>sk-…  (leave empty for a local server that needs no key)</source>
        <translation>sk-…  (leer lassen für einen lokalen Server, der keinen Schlüssel braucht)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the API key as plain text</source>
        <translation>API-Schlüssel im Klartext anzeigen</translation>
    </message>
    <message>
        <source>Using OPENAI_API_KEY from the environment for this session. Save to store a key in the system keyring instead.</source>
        <translation>Für diese Sitzung wird OPENAI_API_KEY aus der Umgebung verwendet. Speichern Sie, um stattdessen einen Schlüssel im System-Schlüsselbund abzulegen.</translation>
    </message>
    <message>
        <source>The key is stored in your system keyring, never in a file.</source>
        <translation>Der Schlüssel wird in Ihrem System-Schlüsselbund gespeichert, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-Ve&amp;rsion:</translation>
    </message>
    <message>
        <source>Fill the list from the server&apos;s /models</source>
        <translation>Liste aus /models des Servers füllen</translation>
    </message>
    <message>
        <source>Optional instructions sent before every conversation</source>
        <translation>Optionale Anweisungen, die vor jeder Unterhaltung gesendet werden</translation>
    </message>
    <message>
        <source>Optional, comma-separated (e.g. USER: for base models)</source>
        <translation>Optional, kommagetrennt (z. B. USER: für Basismodelle)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>The conversation&apos;s text size, in percent of the system&apos;s (Ctrl+= / Ctrl+- / Ctrl+0)</source>
        <translation>Textgröße der Unterhaltung in Prozent der Systemgröße (Ctrl+= / Ctrl+- / Ctrl+0)</translation>
    </message>
    <message>
        <source>Tool steps per turn</source>
        <translation>Werkzeugschritte pro Antwort</translation>
    </message>
    <message>
        <source>Requests one reply may make while the model uses tools (each round of tool calls is one more) before it is stopped</source>
        <translation>Anfragen, die eine Antwort stellen darf, während das Modell Werkzeuge nutzt (jede Runde von Werkzeugaufrufen ist eine mehr), bevor sie angehalten wird</translation>
    </message>
    <message>
        <source>Stream replies as they are written</source>
        <translation>Antworten schon während des Schreibens anzeigen (Streaming)</translation>
    </message>
    <message>
        <source>C&amp;lose to the tray: closing the window keeps chatdesk running</source>
        <translation>Beim Sch&amp;ließen in den Infobereich: Das Schließen des Fensters lässt chatdesk weiterlaufen</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing quits.</source>
        <translation>Diese Arbeitsumgebung zeigt keine Symbole im Infobereich an, daher beendet das Schließen das Programm.</translation>
    </message>
    <message>
        <source>T&amp;ool steps per turn:</source>
        <translation>&amp;Werkzeugschritte pro Antwort:</translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy (e.g. socks5h://host:1080)</source>
        <translation>leer: der Proxy des Systems (z. B. socks5h://host:1080)</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>user name, if the proxy asks</source>
        <translation>Benutzername, falls der Proxy danach fragt</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>kept in the keyring; empty: unchanged</source>
        <translation>im Schlüsselbund gespeichert; leer: unverändert</translation>
    </message>
    <message>
        <source>PEM file of extra trusted certificate authorities</source>
        <translation>PEM-Datei mit zusätzlichen vertrauenswürdigen Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Verify TLS certificates (strongly recommended)</source>
        <translation>TLS-Zertifikate prüfen (dringend empfohlen)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>S&amp;ystem-Prompt:</translation>
    </message>
    <message>
        <source>Sto&amp;p sequences:</source>
        <translation>Sto&amp;ppsequenzen:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>Für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>⚠ This is http:// to another machine: the key and your messages travel unencrypted. Use https:// if the server offers it.</source>
        <translation>⚠ Dies ist http:// zu einem anderen Rechner: Der Schlüssel und Ihre Nachrichten werden unverschlüsselt übertragen. Verwenden Sie https://, wenn der Server es anbietet.</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>PEM certificates</source>
        <translation>PEM-Zertifikate</translation>
    </message>
    <message>
        <source>Turn off certificate checks?</source>
        <translation>Zertifikatsprüfung ausschalten?</translation>
    </message>
    <message>
        <source>Without checking certificates, anyone on the network path can read and change what you send, your API key included. Prefer adding the server&apos;s CA file.

Turn verification off anyway?</source>
        <translation>Ohne Zertifikatsprüfung kann jeder auf dem Netzwerkpfad lesen und verändern, was Sie senden, einschließlich Ihres API-Schlüssels. Fügen Sie besser die CA-Datei des Servers hinzu.

Prüfung trotzdem ausschalten?</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Server wird kontaktiert…</translation>
    </message>
    <message>
        <source>✗ {title}: {message}</source>
        <translation>✗ {title}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: the server lists %Ln model(s).</source>
        <translation>
            <numerusform>✓ Verbunden: Der Server bietet %Ln Modell an.</numerusform>
            <numerusform>✓ Verbunden: Der Server bietet %Ln Modelle an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available.</source>
        <translation>
            <numerusform>%Ln Modell verfügbar.</numerusform>
            <numerusform>%Ln Modelle verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+K)</source>
        <translation>Alle Unterhaltungen durchsuchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Anheften / Lösen</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>In all conversations</source>
        <translation>In allen Unterhaltungen</translation>
    </message>
    <message>
        <source>In {project}</source>
        <translation>In {project}</translation>
    </message>
    <message>
        <source>Search in {project} (Ctrl+K)</source>
        <translation>In {project} suchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;New conversation here</source>
        <translation>&amp;Neue Unterhaltung hier</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>Projekt&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export project…</source>
        <translation>Projekt e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>Projekt &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb</comment>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>Lö&amp;sen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>&amp;Move to project</source>
        <translation>In Projekt &amp;verschieben</translation>
    </message>
    <message>
        <source>&amp;No project</source>
        <translation>&amp;Kein Projekt</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>„{title}“ und alle zugehörigen Nachrichten löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Text size {percent} %, the largest</source>
        <extracomment>The sizes Ctrl+= and Ctrl+- step through, in percent (as browsers do).</extracomment>
        <translation>Textgröße {percent} %, die größte</translation>
    </message>
    <message>
        <source>Text size {percent} %, the smallest</source>
        <translation>Textgröße {percent} %, die kleinste</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Textgröße {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>… ({count} more characters)</source>
        <extracomment>Arguments shown in the dialog, at most (the rest is cut, and said to be).</extracomment>
        <translation>
            <numerusform>… ({count} weiteres Zeichen)</numerusform>
            <numerusform>… ({count} weitere Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow this tool call?</source>
        <translation>Diesen Werkzeugaufruf erlauben?</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>Werkzeug:</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>What it does:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>&amp;Einmal erlauben</translation>
    </message>
    <message>
        <source>Always allow this &amp;tool</source>
        <translation>Dieses &amp;Werkzeug immer erlauben</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Which tools (MCP servers) this conversation may use</source>
        <translation>Welche Werkzeuge (MCP-Server) diese Unterhaltung verwenden darf</translation>
    </message>
    <message>
        <source>Tools ({offered}/{total})</source>
        <translation>Werkzeuge ({offered}/{total})</translation>
    </message>
    <message>
        <source>No MCP servers yet</source>
        <translation>Noch keine MCP-Server</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln Werkzeug</numerusform>
            <numerusform>%Ln Werkzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP servers…</source>
        <translation>MCP-Server…</translation>
    </message>
    <message>
        <source>Local command (stdio)</source>
        <translation>Lokaler Befehl (stdio)</translation>
    </message>
    <message>
        <source>Remote (HTTP)</source>
        <translation>Entfernt (HTTP)</translation>
    </message>
    <message>
        <source>Remote (SSE)</source>
        <translation>Entfernt (SSE)</translation>
    </message>
    <message>
        <source>&lt;in the keyring&gt;</source>
        <extracomment>Shown in place of a value kept in the keyring (``tr`` it where it is shown).</extracomment>
        <translation>&lt;im Schlüsselbund&gt;</translation>
    </message>
    <message>
        <source>Tools: MCP servers</source>
        <translation>Werkzeuge: MCP-Server</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Enable/&amp;disable</source>
        <translation>&amp;Aktivieren/Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>&amp;Paste mcp.json…</source>
        <translation>mcp.json ein&amp;fügen…</translation>
    </message>
    <message>
        <source>Servers are kept in {path} (Claude Desktop&apos;s shape).</source>
        <translation>Die Server werden in {path} gespeichert (im Format von Claude Desktop).</translation>
    </message>
    <message numerus="yes">
        <source>ready, %Ln tool(s)</source>
        <translation>
            <numerusform>bereit, %Ln Werkzeug</numerusform>
            <numerusform>bereit, %Ln Werkzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste mcp.json</source>
        <translation>mcp.json einfügen</translation>
    </message>
    <message>
        <source>That is not JSON: {problem}</source>
        <translation>Das ist kein JSON: {problem}</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>der eingefügte Text</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>NAME=value, one per line (headers for remote servers)</source>
        <translation>NAME=Wert, einer pro Zeile (Header für entfernte Server)</translation>
    </message>
    <message>
        <source>API_TOKEN=…, one per line: kept in the system keyring</source>
        <translation>API_TOKEN=…, einer pro Zeile: im System-Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>These values are kept in the system keyring; mcp.json keeps only a reference</source>
        <translation>Diese Werte werden im System-Schlüsselbund aufbewahrt; mcp.json enthält nur einen Verweis</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>Ar&amp;gumente:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>Arbeits&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Environment or headers:</source>
        <translation>Umgebung oder &amp;Header:</translation>
    </message>
    <message>
        <source>Secret &amp;values (system keyring):</source>
        <translation>Geheime &amp;Werte (System-Schlüsselbund):</translation>
    </message>
    <message>
        <source>&amp;Timeout per call:</source>
        <translation>&amp;Zeitlimit pro Aufruf:</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Quick ask</source>
        <translation>&amp;Schnellfrage</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>&amp;Show chatdesk</source>
        <translation>chatdesk an&amp;zeigen</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>chatdesk is still running</source>
        <translation>chatdesk läuft noch</translation>
    </message>
    <message>
        <source>Closing the window keeps chatdesk in the tray. Quit it from the tray&apos;s menu or with Ctrl+Q; Settings turns this off.</source>
        <translation>Das Schließen des Fensters lässt chatdesk im Infobereich weiterlaufen. Beenden Sie es über das Menü im Infobereich oder mit Ctrl+Q; in den Einstellungen lässt sich das abschalten.</translation>
    </message>
    <message numerus="yes">
        <source>Reply finished in {seconds} s · %Ln step(s)</source>
        <translation>
            <numerusform>Antwort fertig in {seconds} s · %Ln Schritt</numerusform>
            <numerusform>Antwort fertig in {seconds} s · %Ln Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply finished in {seconds} s</source>
        <translation>Antwort fertig in {seconds} s</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>(deleted server)</source>
        <translation>(gelöschter Server)</translation>
    </message>
    <message>
        <source>(server not recorded)</source>
        <translation>(Server nicht erfasst)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>Usage totals</source>
        <translation>Nutzung gesamt</translation>
    </message>
    <message>
        <source>Replies whose server reported no usage are estimated (marked ~). Costs use the price table (History &gt; Prices…): its built-in prices only on the servers that charge them, your own everywhere; without a price, tokens only. Replies count under the server their conversation was last used with.</source>
        <translation>Antworten, deren Server keine Nutzung gemeldet hat, sind geschätzt (mit ~ markiert). Die Kosten beruhen auf der Preistabelle (Verlauf &gt; Preise…): die eingebauten Preise nur bei den Servern, die sie berechnen, Ihre eigenen überall; ohne Preis nur Tokens. Antworten zählen zu dem Server, mit dem ihre Unterhaltung zuletzt verwendet wurde.</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Summen:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month of a year in the usage table, as a Qt date format</comment>
        <extracomment>A Qt date format: MMMM the month&apos;s name, M its number, yyyy the year, &apos;text&apos; as is.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) shown.</source>
        <translation>
            <numerusform>%Ln Nachricht angezeigt.</numerusform>
            <numerusform>%Ln Nachrichten angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>{title}, pinned</source>
        <translation>{title}, angeheftet</translation>
    </message>
    <message>
        <source>{sender}, message {number}</source>
        <translation>{sender}, Nachricht {number}</translation>
    </message>
    <message>
        <source>{link}, link</source>
        <translation>{link}, Link</translation>
    </message>
    <message>
        <source>{link}, link, your message</source>
        <translation>{link}, Link, Ihre Nachricht</translation>
    </message>
    <message>
        <source>{link}, link, {sender}&apos;s message</source>
        <translation>{link}, Link, Nachricht von {sender}</translation>
    </message>
    <message>
        <source>Alt+Down and Alt+Up move between messages; Tab moves through their links.</source>
        <translation>Alt+Down und Alt+Up wechseln zwischen Nachrichten; Tab springt durch ihre Links.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Enter sendet, Shift+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Nachricht senden (Enter)</translation>
    </message>
    <message>
        <source>Attach images, documents or text files; pasting files works too.</source>
        <translation>Bilder, Dokumente oder Textdateien anhängen; Dateien lassen sich auch einfügen.</translation>
    </message>
    <message>
        <source>Fix what the banner reports</source>
        <translation>Beheben, was das Banner meldet</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>Modellliste aktualisieren</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Alle Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Text &amp;kleiner</translation>
    </message>
    <message>
        <source>&amp;Actual text size</source>
        <translation>Textgröße &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>P&amp;revious pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Next &amp;message</source>
        <translation>Nächste &amp;Nachricht</translation>
    </message>
    <message>
        <source>Pre&amp;vious message</source>
        <translation>V&amp;orherige Nachricht</translation>
    </message>
    <message>
        <source>No presets yet (Message &gt; Conversation settings…)</source>
        <translation>Noch keine Vorlagen (Nachricht &gt; Unterhaltungseinstellungen…)</translation>
    </message>
    <message>
        <source>New conversation from “{name}”</source>
        <translation>Neue Unterhaltung aus „{name}“</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>chatdesk or ChatGPT export</source>
        <translation>chatdesk- oder ChatGPT-Export</translation>
    </message>
    <message>
        <source>Nothing to export: this conversation is empty.</source>
        <translation>Nichts zu exportieren: Diese Unterhaltung ist leer.</translation>
    </message>
    <message>
        <source>conversation</source>
        <comment>default file name</comment>
        <translation>unterhaltung</translation>
    </message>
    <message>
        <source>chatdesk-history</source>
        <comment>default file name</comment>
        <translation>chatdesk-verlauf</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>{problem}

The key you entered is used until you quit chatdesk.</source>
        <translation>{problem}

Der eingegebene Schlüssel wird verwendet, bis Sie chatdesk beenden.</translation>
    </message>
    <message>
        <source>About chatdesk</source>
        <translation>Über chatdesk</translation>
    </message>
    <message>
        <source>chatdesk {version}
A native chat client for OpenAI-compatible servers.</source>
        <translation>chatdesk {version}
Ein nativer Chat-Client für OpenAI-kompatible Server.</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Neue Unterhaltung</translation>
    </message>
    <message>
        <source>New conversation from &amp;preset</source>
        <translation>Neue Unterhaltung aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>Unterhaltung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>&amp;Alle Unterhaltungen exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP servers)…</source>
        <translation>&amp;Werkzeuge (MCP-Server)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>Unterhaltungen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Usage…</source>
        <translation>&amp;Nutzung…</translation>
    </message>
    <message>
        <source>P&amp;rices…</source>
        <translation>P&amp;reise…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About chatdesk</source>
        <translation>&amp;Über chatdesk</translation>
    </message>
    <message>
        <source>Conversation &amp;settings…</source>
        <translation>Unterhaltungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>Letzte Antwort &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>Antwort &amp;neu erzeugen</translation>
    </message>
    <message>
        <source>C&amp;ontinue reply</source>
        <translation>Antwort &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>Letzte Nachricht &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete last message</source>
        <translation>Letzte Nachricht &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Previous version</source>
        <translation>&amp;Vorherige Version</translation>
    </message>
    <message>
        <source>&amp;Next version</source>
        <translation>Nä&amp;chste Version</translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation>&amp;Modelle vergleichen…</translation>
    </message>
    <message>
        <source>Prompt &amp;library…</source>
        <translation>Prompt-B&amp;ibliothek…</translation>
    </message>
    <message>
        <source>{server} · {prompt}</source>
        <extracomment>A server&apos;s prompt in the &quot;/&quot; popup: the MCP server&apos;s name, then the prompt&apos;s title.</extracomment>
        <translation>{server} · {prompt}</translation>
    </message>
    <message>
        <source>Getting the prompt “{prompt}” from {server}…</source>
        <translation>Prompt „{prompt}“ wird von {server} geholt…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” did not send the prompt “{prompt}” within {seconds} s. Choose it again to retry; a slow server can be given more time with its “timeout” in mcp.json.</source>
        <translation>Der MCP-Server „{server}“ hat den Prompt „{prompt}“ nicht innerhalb von {seconds} s gesendet. Wählen Sie ihn erneut, um es noch einmal zu versuchen; einem langsamen Server können Sie mit seinem „timeout“ in mcp.json mehr Zeit geben.</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running ({reason}), so its prompt “{prompt}” was not inserted. Restart it in File › Tools (MCP servers)…</source>
        <translation>Der MCP-Server „{server}“ läuft nicht ({reason}), daher wurde sein Prompt „{prompt}“ nicht eingefügt. Starten Sie ihn unter Datei › Werkzeuge (MCP-Server)… neu.</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running, so its prompt “{prompt}” was not inserted. Check it in File › Tools (MCP servers)…</source>
        <translation>Der MCP-Server „{server}“ läuft nicht, daher wurde sein Prompt „{prompt}“ nicht eingefügt. Prüfen Sie ihn unter Datei › Werkzeuge (MCP-Server)….</translation>
    </message>
    <message>
        <source>The MCP server “{server}” could not give the prompt “{prompt}”: {reason}. Choose it again to retry, or restart the server in File › Tools (MCP servers)…</source>
        <translation>Der MCP-Server „{server}“ konnte den Prompt „{prompt}“ nicht liefern: {reason}. Wählen Sie ihn erneut, um es noch einmal zu versuchen, oder starten Sie den Server unter Datei › Werkzeuge (MCP-Server)… neu.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>{name} (required)</source>
        <extracomment>A required argument of a server&apos;s prompt, in the dialog that asks for them.</extracomment>
        <translation>{name} (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>chatdesk hit a bug ({error}). It is not a problem with your server, disk or network, and trying again will not help. The log has the details (Help &gt; Open log folder): please report the bug with it.</source>
        <extracomment>While a stream keeps sending, its items reach the UI thread at most this often.</extracomment>
        <translation>chatdesk ist auf einen Fehler gestoßen ({error}). Es liegt nicht an Ihrem Server, Datenträger oder Netzwerk, und ein erneuter Versuch hilft nicht. Das Protokoll enthält die Einzelheiten (Hilfe &gt; Protokollordner öffnen): Bitte melden Sie den Fehler damit.</translation>
    </message>
    <message numerus="yes">
        <source>{prompt} prompt + {completion} completion = {total} token(s)</source>
        <translation>
            <numerusform>{prompt} Eingabe + {completion} Ausgabe = {total} Token</numerusform>
            <numerusform>{prompt} Eingabe + {completion} Ausgabe = {total} Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Westeuropäisch</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>Mitteleuropäisch</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Kyrillisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Baltic</source>
        <translation>Baltisch</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Chinese Simplified</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
    <message>
        <source>Chinese Traditional</source>
        <translation>Chinesisch (traditionell)</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Read &amp;as</source>
        <translation>Lesen &amp;als</translation>
    </message>
    <message>
        <source>{region} ({encoding})</source>
        <comment>an encoding: Western (Windows-1252)</comment>
        <translation>{region} ({encoding})</translation>
    </message>
</context>
</TS>
