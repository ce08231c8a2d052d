<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>The window&apos;s language; a change applies when chatdesk starts again.</source>
        <translation>La langue de la fenêtre&#xa0;; une modification s&apos;applique au prochain démarrage de chatdesk.</translation>
    </message>
    <message>
        <source>A native desktop chat client for OpenAI-compatible servers. Without a command, the window opens.</source>
        <translation>Un client de chat natif pour ordinateur, destiné aux serveurs compatibles OpenAI. Sans commande, la fenêtre s&apos;ouvre.</translation>
    </message>
    <message>
        <source>add chatdesk and its icon to this user&apos;s application menu, then exit</source>
        <translation>ajouter chatdesk et son icône au menu des applications de cet utilisateur, puis quitter</translation>
    </message>
    <message>
        <source>open the quick-ask window (for a desktop keyboard shortcut); a running chatdesk opens it at once</source>
        <translation>ouvrir la fenêtre de question rapide (pour un raccourci clavier du bureau)&#xa0;; un chatdesk déjà lancé l&apos;ouvre aussitôt</translation>
    </message>
    <message>
        <source>use the &apos;Local&apos; profile at URL, an OpenAI-compatible server needing no key (scripts/run.sh --local starts one with a small model and passes this)</source>
        <translation>utiliser le profil «&#xa0;Local&#xa0;» à l&apos;adresse URL, un serveur compatible OpenAI sans clé (scripts/run.sh --local en démarre un avec un petit modèle et passe cette option)</translation>
    </message>
    <message>
        <source>write conversations as Markdown or JSON</source>
        <translation>écrire les conversations en Markdown ou en JSON</translation>
    </message>
    <message>
        <source>one conversation (its id or a prefix)</source>
        <translation>une conversation (son identifiant ou un préfixe)</translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation>fichier à écrire (par défaut&#xa0;: stdout)</translation>
    </message>
    <message>
        <source>import a chatdesk JSON or ChatGPT export</source>
        <translation>importer un export JSON de chatdesk ou de ChatGPT</translation>
    </message>
    <message>
        <source>the history was damaged and moved to {path}</source>
        <translation>l&apos;historique était endommagé et a été déplacé vers {path}</translation>
    </message>
    <message>
        <source>no single conversation matches “{query}”</source>
        <translation>aucune conversation unique ne correspond à «&#xa0;{query}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s).</source>
        <translation>
            <numerusform>%Ln conversation exportée.</numerusform>
            <numerusform>%Ln conversations exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not install the desktop entry: {error}</source>
        <translation>impossible d&apos;installer l&apos;entrée de bureau&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Installed {path} and the chatdesk icon; it appears in the application menu.</source>
        <translation>{path} et l&apos;icône de chatdesk ont été installés&#xa0;; chatdesk apparaît dans le menu des applications.</translation>
    </message>
    <message>
        <source>{name} is a folder; only files can be attached</source>
        <translation>{name} est un dossier&#xa0;; seuls des fichiers peuvent être joints</translation>
    </message>
    <message>
        <source>{name} is a pipe; only files can be attached</source>
        <translation>{name} est un tube nommé&#xa0;; seuls des fichiers peuvent être joints</translation>
    </message>
    <message>
        <source>{name} is a socket; only files can be attached</source>
        <translation>{name} est un socket&#xa0;; seuls des fichiers peuvent être joints</translation>
    </message>
    <message>
        <source>{name} is a device; only files can be attached</source>
        <translation>{name} est un périphérique&#xa0;; seuls des fichiers peuvent être joints</translation>
    </message>
    <message>
        <source>{name} is not a regular file; only files can be attached</source>
        <translation>{name} n&apos;est pas un fichier ordinaire&#xa0;; seuls des fichiers peuvent être joints</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB, too large to attach</source>
        <translation>{name} dépasse {size} Mo, trop volumineux pour être joint</translation>
    </message>
    <message>
        <source>{name} is {size} MB; images can be at most {most} MB</source>
        <translation>{name} fait {size} Mo&#xa0;; une image peut faire au plus {most} Mo</translation>
    </message>
    <message>
        <source>{name} looks like a {kind} image but its header is damaged</source>
        <translation>{name} ressemble à une image {kind}, mais son en-tête est endommagé</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels); images can be at most {most} megapixels (the server scales them to 2048 pixels anyway): resize it first</source>
        <translation>{name} fait {width}×{height} pixels ({megapixels} mégapixels)&#xa0;; une image peut faire au plus {most} mégapixels (le serveur la réduit de toute façon à 2048 pixels)&#xa0;: redimensionnez-la d&apos;abord</translation>
    </message>
    <message>
        <source>{name} is {size} KB; text files can be at most {most} KB (attach the part that matters)</source>
        <translation>{name} fait {size} Ko&#xa0;; un fichier texte peut faire au plus {most} Ko (joignez la partie utile)</translation>
    </message>
    <message>
        <source>{name} is neither an image (PNG, JPEG, GIF, WebP) nor UTF-8 text</source>
        <translation>{name} n&apos;est ni une image (PNG, JPEG, GIF, WebP) ni du texte UTF-8</translation>
    </message>
    <message>
        <source>{name}: its text is {size} KB; at most {most} KB of text go with one file (choose fewer pages)</source>
        <translation>{name}&#xa0;: son texte fait {size} Ko&#xa0;; un fichier peut apporter au plus {most} Ko de texte (choisissez moins de pages)</translation>
    </message>
    <message>
        <source>{name}: {size} KB of text; one file can bring at most {most} KB</source>
        <translation>{name}&#xa0;: {size} Ko de texte&#xa0;; un fichier peut apporter au plus {most} Ko</translation>
    </message>
    <message numerus="yes">
        <source>{name}: ~%Ln token(s); the model&apos;s context is {context} tokens and one file may take at most ~{most}</source>
        <translation>
            <numerusform>{name} : ~%Ln token ; le contexte du modèle est de {context} tokens et un fichier peut en occuper au plus ~{most}</numerusform>
            <numerusform>{name} : ~%Ln tokens ; le contexte du modèle est de {context} tokens et un fichier peut en occuper au plus ~{most}</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation {number}</source>
        <extracomment>Where a problem is in an imported file: its 3rd conversation.</extracomment>
        <translation>conversation {number}</translation>
    </message>
    <message>
        <source>{where}: not an object</source>
        <translation>{where}&#xa0;: n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>{where} (“{title}”)</source>
        <translation>{where} («&#xa0;{title}&#xa0;»)</translation>
    </message>
    <message>
        <source>{where}: “mapping” is missing or not an object</source>
        <translation>{where}&#xa0;: «&#xa0;mapping&#xa0;» est absent ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>{where}: “current_node” does not name a node in “mapping”</source>
        <translation>{where}&#xa0;: «&#xa0;current_node&#xa0;» ne désigne aucun nœud de «&#xa0;mapping&#xa0;»</translation>
    </message>
    <message>
        <source>{where}: the parent links loop at node {node}</source>
        <translation>{where}&#xa0;: les liens parents forment une boucle au nœud {node}</translation>
    </message>
    <message>
        <source>{where}: node {node} is missing from “mapping”</source>
        <translation>{where}&#xa0;: le nœud {node} est absent de «&#xa0;mapping&#xa0;»</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <translation>Conversation ChatGPT</translation>
    </message>
    <message>
        <source>{where}, node {node}</source>
        <translation>{where}, nœud {node}</translation>
    </message>
    <message>
        <source>{where}: message id {message_id} appears twice</source>
        <translation>{where}&#xa0;: l&apos;identifiant de message {message_id} apparaît deux fois</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>La clé API a été refusée</translation>
    </message>
    <message>
        <source>Model or endpoint not found</source>
        <translation>Modèle ou point de terminaison introuvable</translation>
    </message>
    <message>
        <source>The conversation is too long for this model</source>
        <translation>La conversation est trop longue pour ce modèle</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Le serveur a refusé la requête</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de requêtes atteinte</translation>
    </message>
    <message>
        <source>The server had a problem</source>
        <translation>Le serveur a rencontré un problème</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>Impossible de joindre le serveur</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read</source>
        <translation>Impossible de lire la réponse du serveur</translation>
    </message>
    <message>
        <source>The server sent an empty reply</source>
        <translation>Le serveur a envoyé une réponse vide</translation>
    </message>
    <message>
        <source>The reply was cut off</source>
        <translation>La réponse a été tronquée</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>Aucun trousseau système n&apos;est disponible</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problème d&apos;historique</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Impossible de joindre le fichier</translation>
    </message>
    <message>
        <source>The base URL needs a change</source>
        <translation>L&apos;URL de base doit être modifiée</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <extracomment>An error&apos;s title and the HTTP status code the server answered with (404).</extracomment>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>{advice} The server said: “{message}”</source>
        <translation>{advice} Réponse du serveur&#xa0;: «&#xa0;{message}&#xa0;»</translation>
    </message>
    <message>
        <source>Check the API key in Settings (Ctrl+,).</source>
        <translation>Vérifiez la clé API dans les Paramètres (Ctrl+,).</translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password: check them in Settings.</source>
        <translation>Le proxy demande un nom d&apos;utilisateur et un mot de passe&#xa0;: vérifiez-les dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server has no model “{model}” or no endpoint at {url}. Check the model name and the base URL in Settings.</source>
        <translation>Le serveur n&apos;a pas de modèle «&#xa0;{model}&#xa0;» ou pas de point de terminaison à {url}. Vérifiez le nom du modèle et l&apos;URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>Too many requests or quota exhausted; wait a moment, then retry.</source>
        <translation>Trop de requêtes ou quota épuisé&#xa0;; patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>This is usually temporary: retry in a moment.</source>
        <translation>C&apos;est généralement temporaire&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Start a new conversation or shorten your message.</source>
        <translation>Commencez une nouvelle conversation ou raccourcissez votre message.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Le serveur n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <source>The server reported an error mid-reply: “{message}”</source>
        <translation>Le serveur a signalé une erreur en cours de réponse&#xa0;: «&#xa0;{message}&#xa0;»</translation>
    </message>
    <message>
        <source>{where}: “{name}” is missing</source>
        <translation>{where}&#xa0;: «&#xa0;{name}&#xa0;» est absent</translation>
    </message>
    <message>
        <source>{where}: “{name}” has the wrong type</source>
        <translation>{where}&#xa0;: «&#xa0;{name}&#xa0;» n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a duration ({value})</source>
        <translation>{where}&#xa0;: «&#xa0;{name}&#xa0;» n&apos;est pas une durée ({value})</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a token count ({value})</source>
        <translation>{where}&#xa0;: «&#xa0;{name}&#xa0;» n&apos;est pas un nombre de tokens ({value})</translation>
    </message>
    <message>
        <source>{where}, attachment {number}</source>
        <translation>{where}, pièce jointe {number}</translation>
    </message>
    <message>
        <source>{where}: not an image or text attachment</source>
        <translation>{where}&#xa0;: ni une image ni une pièce jointe texte</translation>
    </message>
    <message>
        <source>{where}: its data is not base64</source>
        <translation>{where}&#xa0;: ses données ne sont pas en base64</translation>
    </message>
    <message>
        <source>{where}: larger than {size} KB</source>
        <translation>{where}&#xa0;: dépasse {size} Ko</translation>
    </message>
    <message>
        <source>{where}: a text file that is not UTF-8</source>
        <translation>{where}&#xa0;: un fichier texte qui n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>{where}: unknown role “{role}”</source>
        <translation>{where}&#xa0;: rôle inconnu «&#xa0;{role}&#xa0;»</translation>
    </message>
    <message>
        <source>{where}: unknown status “{status}”</source>
        <translation>{where}&#xa0;: statut inconnu «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <source>{where}: a tool result without its call</source>
        <translation>{where}&#xa0;: un résultat d&apos;outil sans son appel</translation>
    </message>
    <message>
        <source>{where}: “{name}” is empty</source>
        <translation>{where}&#xa0;: «&#xa0;{name}&#xa0;» est vide</translation>
    </message>
    <message>
        <source>{where}, message {number}</source>
        <translation>{where}, message {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is also message {number}&apos;s</source>
        <translation>{where}&#xa0;: son uid «&#xa0;{uid}&#xa0;» est aussi celui du message {number}</translation>
    </message>
    <message>
        <source>“projects” is not a list</source>
        <translation>«&#xa0;projects&#xa0;» n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>project {number}</source>
        <translation>projet {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is used twice</source>
        <translation>{where}&#xa0;: son uid «&#xa0;{uid}&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>this file is chatdesk export version {version}; this chatdesk reads up to version {supported}</source>
        <translation>ce fichier est un export chatdesk de version {version}&#xa0;; cette version de chatdesk lit jusqu&apos;à la version {supported}</translation>
    </message>
    <message>
        <source>“conversations” is missing or not a list</source>
        <translation>«&#xa0;conversations&#xa0;» est absent ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a time ({value})</source>
        <translation>{where}&#xa0;: «&#xa0;{name}&#xa0;» n&apos;est pas un horodatage ({value})</translation>
    </message>
    <message>
        <source>not a chatdesk export or a ChatGPT conversations.json (expected an object with &quot;format&quot;: &quot;chatdesk&quot;, or a list of conversations)</source>
        <translation>ni un export chatdesk ni un conversations.json de ChatGPT (attendu&#xa0;: un objet avec &quot;format&quot;: &quot;chatdesk&quot;, ou une liste de conversations)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (invalid byte at offset {offset})</source>
        <translation>ce n&apos;est pas du texte UTF-8 (octet invalide à la position {offset})</translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export</source>
        <translation>son imbrication est trop profonde pour un export</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation>JSON non valide ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Last reply ({figures}, %Ln step(s))</source>
        <translation>
            <numerusform>Dernière réponse ({figures}, %Ln étape)</numerusform>
            <numerusform>Dernière réponse ({figures}, %Ln étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reply: {figures}</source>
        <translation>Dernière réponse&#xa0;: {figures}</translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed ({cost})</source>
        <translation>
            <numerusform>Conversation : {tokens} token facturé ({cost})</numerusform>
            <numerusform>Conversation : {tokens} tokens facturés ({cost})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed</source>
        <translation>
            <numerusform>Conversation : {tokens} token facturé</numerusform>
            <numerusform>Conversation : {tokens} tokens facturés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ≥ ~%Ln token(s)</source>
        <extracomment>How long the conversation is: what the next request sends (~: estimated; ≥: more of it is still in the history).</extracomment>
        <translation>
            <numerusform>prochaine requête ≥ ~%Ln token</numerusform>
            <numerusform>prochaine requête ≥ ~%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ~%Ln token(s)</source>
        <translation>
            <numerusform>prochaine requête ~%Ln token</numerusform>
            <numerusform>prochaine requête ~%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>[image: {description}]</source>
        <translation>[image&#xa0;: {description}]</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Above a code block whose language is not named.</extracomment>
        <translation>code</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The link above a code block that copies the code.
----------
The links in a message&apos;s header, by verb (English, marked: ``tr`` them when shown).</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>temperature</source>
        <extracomment>A request parameter as an error names it (&quot;temperature must be a number&quot;).</extracomment>
        <translation>température</translation>
    </message>
    <message>
        <source>top p</source>
        <translation>top p</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>tokens max</translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation>pénalité de présence</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>pénalité de fréquence</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>{parameter} must be a whole number</source>
        <translation>«&#xa0;{parameter}&#xa0;» doit être un nombre entier</translation>
    </message>
    <message>
        <source>{parameter} must be a number</source>
        <translation>«&#xa0;{parameter}&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>{parameter} must be a finite number</source>
        <translation>«&#xa0;{parameter}&#xa0;» doit être un nombre fini</translation>
    </message>
    <message>
        <source>{parameter} must be between {low} and {high}</source>
        <translation>«&#xa0;{parameter}&#xa0;» doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>{parameter} must be at least {low}</source>
        <translation>«&#xa0;{parameter}&#xa0;» doit valoir au moins {low}</translation>
    </message>
    <message>
        <source>${amount}</source>
        <extracomment>A cost in US dollars.</extracomment>
        <translation>{amount}&#xa0;$</translation>
    </message>
    <message>
        <source>&lt;${amount}</source>
        <extracomment>A cost too small to show: less than $0.0001.</extracomment>
        <translation>&lt;&#xa0;{amount}&#xa0;$</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Commencer une nouvelle conversation</translation>
    </message>
    <message>
        <source>Choose the model (or type /model name)</source>
        <translation>Choisir le modèle (ou taper /model nom)</translation>
    </message>
    <message>
        <source>This conversation&apos;s system prompt (or type /system text)</source>
        <translation>Le prompt système de cette conversation (ou taper /system texte)</translation>
    </message>
    <message>
        <source>Start over: a new conversation with this one&apos;s system prompt and parameters</source>
        <translation>Recommencer&#xa0;: une nouvelle conversation avec le prompt système et les paramètres de celle-ci</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>Exporter cette conversation</translation>
    </message>
    <message>
        <source>{description}: {argument}</source>
        <extracomment>A command in the &quot;/&quot; popup and what was typed after it (/model gpt-4o).</extracomment>
        <translation>{description}&#xa0;: {argument}</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>il dépasse {size} Mo</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>ce n&apos;est pas du JSON valide (ligne {line}, colonne {column}&#xa0;: {problem})</translation>
    </message>
    <message>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>ce n&apos;est pas du JSON valide (imbrication trop profonde)</translation>
    </message>
    <message>
        <source>it is not a chatdesk prompt library (format {value})</source>
        <translation>ce n&apos;est pas une bibliothèque de prompts chatdesk (format {value})</translation>
    </message>
    <message>
        <source>“version” is not a number ({value})</source>
        <translation>«&#xa0;version&#xa0;» n&apos;est pas un nombre ({value})</translation>
    </message>
    <message>
        <source>it was written by a newer chatdesk (library version {version}; this one reads version {supported})</source>
        <translation>il a été écrit par une version plus récente de chatdesk (bibliothèque version {version}&#xa0;; celle-ci lit la version {supported})</translation>
    </message>
    <message>
        <source>it has no “prompts” list</source>
        <translation>il n&apos;a pas de liste «&#xa0;prompts&#xa0;»</translation>
    </message>
    <message>
        <source>“prompts” is not a list ({value})</source>
        <translation>«&#xa0;prompts&#xa0;» n&apos;est pas une liste ({value})</translation>
    </message>
    <message numerus="yes">
        <source>it holds %Ln prompt(s); at most {most} are kept</source>
        <translation>
            <numerusform>il contient %Ln prompt ; {most} au plus sont conservés</numerusform>
            <numerusform>il contient %Ln prompts ; {most} au plus sont conservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} (“{name}”) is %Ln character(s) long; at most {most}</source>
        <translation>
            <numerusform>{where} (« {name} ») fait %Ln caractère ; {most} au maximum</numerusform>
            <numerusform>{where} (« {name} ») fait %Ln caractères ; {most} au maximum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the library would hold more than %Ln prompt(s)</source>
        <translation>
            <numerusform>la bibliothèque contiendrait plus de %Ln prompt</numerusform>
            <numerusform>la bibliothèque contiendrait plus de %Ln prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>prompt {number}</source>
        <extracomment>Where a problem is in a prompt library file: its 3rd prompt.</extracomment>
        <translation>prompt {number}</translation>
    </message>
    <message>
        <source>{where} is not an object ({value})</source>
        <translation>{where} n&apos;est pas un objet ({value})</translation>
    </message>
    <message>
        <source>{where}: “name” is missing or not text ({value})</source>
        <translation>{where}&#xa0;: «&#xa0;name&#xa0;» est absent ou n&apos;est pas du texte ({value})</translation>
    </message>
    <message>
        <source>{where} (“{name}”): “text” is missing or not text</source>
        <translation>{where} («&#xa0;{name}&#xa0;»)&#xa0;: «&#xa0;text&#xa0;» est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>{where}: “name” is empty</source>
        <translation>{where}&#xa0;: «&#xa0;name&#xa0;» est vide</translation>
    </message>
    <message>
        <source>Saved prompt</source>
        <translation>Prompt enregistré</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>The server sent a line longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>Le serveur a envoyé une ligne de plus de {size} Mio, ce dont aucun flux de chat n&apos;a besoin&#xa0;; la réponse s&apos;est arrêtée là. Vérifiez que l&apos;URL de base pointe vers une API compatible OpenAI.</translation>
    </message>
    <message>
        <source>The server sent an event longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>Le serveur a envoyé un événement de plus de {size} Mio, ce dont aucun flux de chat n&apos;a besoin&#xa0;; la réponse s&apos;est arrêtée là. Vérifiez que l&apos;URL de base pointe vers une API compatible OpenAI.</translation>
    </message>
    <message>
        <source>{problem} Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>{problem} Vérifiez que l&apos;URL de base pointe vers une API compatible OpenAI.</translation>
    </message>
    <message>
        <source>The server answered but sent nothing. If the conversation is long, it may not fit the model&apos;s context: start a new one or shorten it.</source>
        <translation>Le serveur a répondu mais n&apos;a rien envoyé. Si la conversation est longue, elle ne tient peut-être pas dans le contexte du modèle&#xa0;: commencez-en une nouvelle ou raccourcissez-la.</translation>
    </message>
    <message>
        <source>A streamed event is not JSON.</source>
        <translation>Un événement du flux n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>The reply is not JSON.</source>
        <translation>La réponse n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>A streamed event is an unexpected JSON value.</source>
        <translation>Un événement du flux est une valeur JSON inattendue.</translation>
    </message>
    <message>
        <source>The reply is an unexpected JSON value.</source>
        <translation>La réponse est une valeur JSON inattendue.</translation>
    </message>
    <message>
        <source>The reply has no choices.</source>
        <translation>La réponse ne contient aucun choix.</translation>
    </message>
    <message numerus="yes">
        <source>the model asked for more than %Ln tool call(s) at once</source>
        <translation>
            <numerusform>le modèle a demandé plus de %Ln appel d&apos;outil à la fois</numerusform>
            <numerusform>le modèle a demandé plus de %Ln appels d&apos;outils à la fois</numerusform>
        </translation>
    </message>
    <message>
        <source>a tool call&apos;s arguments are larger than chatdesk accepts</source>
        <translation>les arguments d&apos;un appel d&apos;outil dépassent ce que chatdesk accepte</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password (user:password@). Remove them from the URL and put the key in the API key field.</source>
        <translation>L&apos;URL de base ne doit pas contenir de nom d&apos;utilisateur ni de mot de passe (user:password@). Retirez-les de l&apos;URL et mettez la clé dans le champ Clé API.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>L&apos;URL de base doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>The base URL has no host name</source>
        <translation>L&apos;URL de base n&apos;a pas de nom d&apos;hôte</translation>
    </message>
    <message>
        <source>The proxy must start with http://, https://, socks5:// or socks5h://</source>
        <translation>Le proxy doit commencer par http://, https://, socks5:// ou socks5h://</translation>
    </message>
    <message>
        <source>The proxy has no host name</source>
        <translation>Le proxy n&apos;a pas de nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Put the proxy&apos;s user name and password in their own fields, not in the URL</source>
        <translation>Saisissez le nom d&apos;utilisateur et le mot de passe du proxy dans leurs propres champs, pas dans l&apos;URL</translation>
    </message>
    <message>
        <source>This server does not offer the model {model}. Choose one of its models ({models}) in the Model box above the prompt, then send again.</source>
        <extracomment>How many of the server&apos;s models an error message names.</extracomment>
        <translation>Ce serveur ne propose pas le modèle {model}. Choisissez l&apos;un de ses modèles ({models}) dans la liste Modèle au-dessus du prompt, puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>{name} is an old binary Office file (.doc, .xls or .ppt): save it as .docx, .xlsx, .pptx or PDF first</source>
        <translation>{name} est un ancien fichier Office binaire (.doc, .xls ou .ppt)&#xa0;: enregistrez-le d&apos;abord au format .docx, .xlsx, .pptx ou PDF</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive</source>
        <translation>{name} est endommagé ou n&apos;est pas une archive valide</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a document chatdesk reads (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</source>
        <translation>{name} est une archive ZIP, pas un document que chatdesk sait lire (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</translation>
    </message>
    <message>
        <source>{name} is protected by a password</source>
        <translation>{name} est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>{name} has no text layer (scanned pages)</source>
        <translation>{name} n&apos;a pas de couche de texte (pages numérisées)</translation>
    </message>
    <message>
        <source>{name} took longer than {seconds} s to read; it is too large or damaged</source>
        <translation>{name} a mis plus de {seconds} s à être lu&#xa0;; il est trop volumineux ou endommagé</translation>
    </message>
    <message>
        <source>{name} holds more than {millions} million characters of text, too much to attach</source>
        <translation>{name} contient plus de {millions} millions de caractères de texte, trop pour être joint</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>{name} has no slides</source>
        <translation>{name} n&apos;a aucune diapositive</translation>
    </message>
    <message>
        <source>OpenDocument presentation</source>
        <translation>Présentation OpenDocument</translation>
    </message>
    <message>
        <source>{name} could not be read: the PDF reader stopped on it; it may be damaged or built to attack PDF readers</source>
        <translation>Impossible de lire {name} : le lecteur PDF s’est arrêté dessus ; le fichier est peut-être endommagé ou conçu pour attaquer les lecteurs PDF</translation>
    </message>
    <message>
        <source>{name} could not be read: chatdesk could not start its PDF reader</source>
        <translation>Impossible de lire {name} : chatdesk n’a pas pu démarrer son lecteur PDF</translation>
    </message>
    <message>
        <source>{name} needs more memory than chatdesk allows for a document ({size} GB); it may be damaged or built to exhaust memory</source>
        <translation>{name} demande plus de mémoire que chatdesk n’en accorde à un document ({size} Go) ; le fichier est peut-être endommagé ou conçu pour épuiser la mémoire</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way chatdesk cannot open</source>
        <translation>{name} est chiffré d&apos;une manière que chatdesk ne sait pas ouvrir</translation>
    </message>
    <message>
        <source>{name} is damaged or not a PDF ({error})</source>
        <translation>{name} est endommagé ou n&apos;est pas un PDF ({error})</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln page(s); at most {limit} can be read</source>
        <translation>
            <numerusform>{name} a %Ln page ; {limit} au plus peuvent être lues</numerusform>
            <numerusform>{name} a %Ln pages ; {limit} au plus peuvent être lues</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged: none of its pages can be read</source>
        <translation>{name} est endommagé&#xa0;: aucune de ses pages ne peut être lue</translation>
    </message>
    <message>
        <source>{name} has no text to extract</source>
        <translation>{name} ne contient aucun texte à extraire</translation>
    </message>
    <message>
        <source>{name}: a page could not be rendered ({error})</source>
        <translation>{name}&#xa0;: une page n&apos;a pas pu être rendue ({error})</translation>
    </message>
    <message>
        <source>it declares its own entities (a document type with an internal subset)</source>
        <translation>il déclare ses propres entités (un type de document avec un sous-ensemble interne)</translation>
    </message>
    <message>
        <source>it declares entities</source>
        <translation>il déclare des entités</translation>
    </message>
    <message>
        <source>it refers to external entities</source>
        <translation>il fait référence à des entités externes</translation>
    </message>
    <message>
        <source>its elements nest more than {limit} deep</source>
        <translation>ses éléments sont imbriqués sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} is unsafe ({reason})</source>
        <translation>{name} ne peut pas être lu&#xa0;: {part} n&apos;est pas sûr ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is not valid XML ({error}, line {line})</source>
        <translation>{name} est endommagé&#xa0;: {part} n&apos;est pas du XML valide ({error}, ligne {line})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} cannot be read ({error})</source>
        <translation>{name} est endommagé&#xa0;: {part} ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} nests too deeply</source>
        <translation>{name} ne peut pas être lu&#xa0;: l&apos;imbrication de {part} est trop profonde</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds more than %Ln file(s); not read</source>
        <translation>
            <numerusform>{name} contient plus de %Ln fichier ; non lu</numerusform>
            <numerusform>{name} contient plus de %Ln fichiers ; non lu</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive ({error})</source>
        <translation>{name} est endommagé ou n&apos;est pas une archive valide ({error})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is missing</source>
        <translation>{name} est endommagé&#xa0;: {part} est absent</translation>
    </message>
    <message>
        <source>{name} is encrypted; save it without a password first</source>
        <translation>{name} est chiffré&#xa0;; enregistrez-le d&apos;abord sans mot de passe</translation>
    </message>
    <message>
        <source>{name} is too large to read: {part} inflates to {size} MB (at most {limit} MB)</source>
        <translation>{name} est trop volumineux pour être lu&#xa0;: {part} se décompresse en {size} Mo (au plus {limit} Mo)</translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: {part} inflates {ratio} times (to {size} MB); not read</source>
        <translation>{name} ressemble à une bombe de décompression&#xa0;: {part} grossit {ratio} fois à la décompression (jusqu&apos;à {size} Mo)&#xa0;; non lu</translation>
    </message>
    <message>
        <source>{name} is too large to read: its parts inflate to more than {limit} MB</source>
        <translation>{name} est trop volumineux pour être lu&#xa0;: ses parties se décompressent en plus de {limit} Mo</translation>
    </message>
    <message>
        <source>{name} inflates past its limit</source>
        <translation>{name} dépasse sa limite une fois décompressé</translation>
    </message>
    <message>
        <source>{name} is damaged: its main part is missing</source>
        <translation>{name} est endommagé&#xa0;: sa partie principale est absente</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>{name} n&apos;a aucune feuille</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln filled cell(s), too many to attach: save the part that matters as CSV</source>
        <translation>
            <numerusform>{name} a plus de %Ln cellule remplie, trop pour être joint : enregistrez la partie utile au format CSV</numerusform>
            <numerusform>{name} a plus de %Ln cellules remplies, trop pour être joint : enregistrez la partie utile au format CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln sheet(s); not read</source>
        <translation>
            <numerusform>{name} a plus de %Ln feuille ; non lu</numerusform>
            <numerusform>{name} a plus de %Ln feuilles ; non lu</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>Feuille de calcul OpenDocument</translation>
    </message>
    <message>
        <source>{name} is not valid CSV ({error})</source>
        <translation>{name} n&apos;est pas un CSV valide ({error})</translation>
    </message>
    <message>
        <source>{name} has no cells with text</source>
        <translation>{name} n&apos;a aucune cellule contenant du texte</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln slide(s); not read</source>
        <translation>
            <numerusform>{name} a plus de %Ln diapositive ; non lu</numerusform>
            <numerusform>{name} a plus de %Ln diapositives ; non lu</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>Présentation PowerPoint</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} (byte 0x{byte} at position {position}); pick another encoding</source>
        <translation>{name} n’est pas du {encoding} valide (octet 0x{byte} à la position {position})&#xa0;; choisissez un autre encodage</translation>
    </message>
    <message>
        <source>{name} read as {encoding} is not text but binary data; pick another encoding</source>
        <translation>{name} lu en {encoding} n’est pas du texte mais des données binaires&#xa0;; choisissez un autre encodage</translation>
    </message>
    <message>
        <source>{name} is neither an image, a document chatdesk reads, nor text in an encoding that could be detected</source>
        <translation>{name} n&apos;est ni une image, ni un document que chatdesk sait lire, ni du texte dans un encodage détectable</translation>
    </message>
    <message>
        <source>{name} is too large: {millions} million characters of HTML</source>
        <translation>{name} est trop volumineux&#xa0;: {millions} millions de caractères de HTML</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>{name} ne contient aucun texte</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>{name} is protected by DRM; its text cannot be read</source>
        <translation>{name} est protégé par DRM&#xa0;; son texte ne peut pas être lu</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln section(s); not read</source>
        <translation>
            <numerusform>{name} a plus de %Ln section ; non lu</numerusform>
            <numerusform>{name} a plus de %Ln sections ; non lu</numerusform>
        </translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Livre EPUB</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>The reply is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>La réponse est trop volumineuse (plus de {size} Mo), chatdesk a donc arrêté de la lire. Vérifiez que l&apos;URL de base pointe vers une API compatible OpenAI.</translation>
    </message>
    <message>
        <source>Expected a stream of events but got {content_type}: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>Un flux d&apos;événements était attendu, mais {content_type} a été reçu&#xa0;: «&#xa0;{message}&#xa0;». Vérifiez l&apos;URL de base ou désactivez la diffusion en continu dans les Paramètres.</translation>
    </message>
    <message>
        <source>Expected a stream of events but got untyped data: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>Un flux d&apos;événements était attendu, mais des données sans type ont été reçues&#xa0;: «&#xa0;{message}&#xa0;». Vérifiez l&apos;URL de base ou désactivez la diffusion en continu dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server closed the stream before the reply was finished. The partial reply is kept; Retry asks again.</source>
        <translation>Le serveur a fermé le flux avant la fin de la réponse. La réponse partielle est conservée&#xa0;; «&#xa0;Réessayer&#xa0;» relance la demande.</translation>
    </message>
    <message>
        <source>{host} took longer than {seconds} s to answer in full. The server may be overloaded or very slow: retry in a moment, and check the base URL.</source>
        <translation>{host} a mis plus de {seconds} s à répondre entièrement. Le serveur est peut-être surchargé ou très lent&#xa0;: réessayez dans un instant et vérifiez l&apos;URL de base.</translation>
    </message>
    <message>
        <source>Connecting to {host} took longer than {seconds} s. Check your network connection and the base URL.</source>
        <translation>La connexion à {host} a pris plus de {seconds} s. Vérifiez votre connexion réseau et l&apos;URL de base.</translation>
    </message>
    <message>
        <source>{host} accepted the request but sent nothing for {seconds} s. The server may be overloaded: retry in a moment.</source>
        <translation>{host} a accepté la requête mais n&apos;a rien envoyé pendant {seconds} s. Le serveur est peut-être surchargé&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it asked for a user name and password. Check the proxy, its user name and password in Settings.</source>
        <translation>Impossible de joindre {host} via le proxy&#xa0;: il demande un nom d&apos;utilisateur et un mot de passe. Vérifiez le proxy, son nom d&apos;utilisateur et son mot de passe dans les Paramètres.</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it did not answer. Check the proxy, its user name and password in Settings.</source>
        <translation>Impossible de joindre {host} via le proxy&#xa0;: il n&apos;a pas répondu. Vérifiez le proxy, son nom d&apos;utilisateur et son mot de passe dans les Paramètres.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate is not trusted or TLS failed. If the server uses its own certificate authority, add its CA file in Settings.</source>
        <translation>La connexion sécurisée à {host} a échoué&#xa0;: son certificat n&apos;est pas approuvé ou TLS a échoué. Si le serveur utilise sa propre autorité de certification, ajoutez son fichier CA dans les Paramètres.</translation>
    </message>
    <message>
        <source>The host name {host} could not be found. Check your internet connection and the base URL in Settings.</source>
        <translation>Le nom d&apos;hôte {host} est introuvable. Vérifiez votre connexion Internet et l&apos;URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>Nothing is listening at {host}: is the server running? Check the base URL in Settings.</source>
        <translation>Rien n&apos;écoute sur {host}&#xa0;: le serveur est-il démarré&#xa0;? Vérifiez l&apos;URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>The connection to {host} failed. Check your network connection and the base URL.</source>
        <translation>La connexion à {host} a échoué. Vérifiez votre connexion réseau et l&apos;URL de base.</translation>
    </message>
    <message>
        <source>“{url}” is not a valid URL. Fix the base URL.</source>
        <translation>«&#xa0;{url}&#xa0;» n&apos;est pas une URL valide. Corrigez l&apos;URL de base.</translation>
    </message>
    <message>
        <source>The request to {host} failed ({error}).</source>
        <translation>La requête vers {host} a échoué ({error}).</translation>
    </message>
    <message>
        <source>The server stopped sending for {seconds} s. The partial reply is kept; Retry asks again.</source>
        <translation>Le serveur n&apos;a plus rien envoyé pendant {seconds} s. La réponse partielle est conservée&#xa0;; «&#xa0;Réessayer&#xa0;» relance la demande.</translation>
    </message>
    <message>
        <source>The server sent nothing for {seconds} s. It may be overloaded: retry.</source>
        <translation>Le serveur n&apos;a rien envoyé pendant {seconds} s. Il est peut-être surchargé&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The connection broke before the reply started. Check your network and retry.</source>
        <translation>La connexion a été coupée avant le début de la réponse. Vérifiez votre réseau et réessayez.</translation>
    </message>
    <message>
        <source>The connection broke during the reply. The partial reply is kept; Retry asks again.</source>
        <translation>La connexion a été coupée pendant la réponse. La réponse partielle est conservée&#xa0;; «&#xa0;Réessayer&#xa0;» relance la demande.</translation>
    </message>
    <message>
        <source>The model list from {url} is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>La liste des modèles de {url} est trop volumineuse (plus de {size} Mo), chatdesk a donc arrêté de la lire. Vérifiez que l&apos;URL de base pointe vers une API compatible OpenAI.</translation>
    </message>
    <message>
        <source>{url} did not answer with JSON. Check the base URL.</source>
        <translation>{url} n&apos;a pas répondu en JSON. Vérifiez l&apos;URL de base.</translation>
    </message>
    <message>
        <source>{url} did not answer with a model list.</source>
        <translation>{url} n&apos;a pas répondu avec une liste de modèles.</translation>
    </message>
    <message>
        <source>{host} redirected the request to {target}. chatdesk sends your messages and key only to the server in the base URL: if {origin} is the right server, put its address in the base URL in Settings.</source>
        <translation>{host} a redirigé la requête vers {target}. chatdesk n&apos;envoie vos messages et votre clé qu&apos;au serveur de l&apos;URL de base&#xa0;: si {origin} est le bon serveur, indiquez son adresse comme URL de base dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>{host} redirected more than %Ln times. Check the base URL in Settings.</source>
        <translation>
            <numerusform>{host} a redirigé plus de %Ln fois. Vérifiez l&apos;URL de base dans les Paramètres.</numerusform>
            <numerusform>{host} a redirigé plus de %Ln fois. Vérifiez l&apos;URL de base dans les Paramètres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no keyring service (such as GNOME Keyring or KWallet) running. Your key can be used for this session only; it will not be saved.</source>
        <translation>Aucun service de trousseau (comme GNOME Keyring ou KWallet) n&apos;est actif sur ce système. Votre clé ne peut servir que pour cette session&#xa0;; elle ne sera pas enregistrée.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it, or use the key for this session only.</source>
        <translation>Le trousseau du système est verrouillé. Déverrouillez-le ou utilisez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The system keyring refused the request ({error}). Your key can be used for this session only; it will not be saved.</source>
        <translation>Le trousseau du système a refusé la requête ({error}). Votre clé ne peut servir que pour cette session&#xa0;; elle ne sera pas enregistrée.</translation>
    </message>
    <message>
        <source>{file} must be a JSON object with an &quot;mcpServers&quot; object in it</source>
        <translation>{file} doit être un objet JSON contenant un objet &quot;mcpServers&quot;</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; in {file} must be an object of servers by name</source>
        <translation>&quot;{key}&quot; dans {file} doit être un objet de serveurs indexés par nom</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>Impossible de lire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason}</source>
        <translation>{file} n&apos;est pas du JSON valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>There is already a server called &quot;{name}&quot;</source>
        <translation>Il existe déjà un serveur nommé «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>There is no server called &quot;{name}&quot; in mcp.json</source>
        <translation>Aucun serveur nommé «&#xa0;{name}&#xa0;» dans mcp.json</translation>
    </message>
    <message>
        <source>it did not start within {seconds} s</source>
        <translation>il n&apos;a pas démarré en {seconds} s</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>le serveur s&apos;est arrêté</translation>
    </message>
    <message>
        <source>the server was killed (signal {signal})</source>
        <translation>le serveur a été tué (signal {signal})</translation>
    </message>
    <message>
        <source>the server stopped (exit code {code})</source>
        <translation>le serveur s&apos;est arrêté (code de sortie {code})</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: {problem}</source>
        <translation>Serveur «&#xa0;{name}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>a server needs a name</source>
        <translation>un serveur doit avoir un nom</translation>
    </message>
    <message>
        <source>must be an object with a command or a url</source>
        <translation>doit être un objet avec une commande ou une URL</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; or &quot;sse&quot;</source>
        <translation>&quot;type&quot; doit valoir &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; ou &quot;sse&quot;</translation>
    </message>
    <message>
        <source>has both a &quot;command&quot; and a &quot;url&quot;: keep one</source>
        <translation>contient à la fois &quot;command&quot; et &quot;url&quot;&#xa0;: n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a web address</source>
        <translation>&quot;url&quot; doit être une adresse web</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;stdio&quot; but a &quot;url&quot;; use &quot;http&quot; or remove &quot;type&quot;</source>
        <translation>a &quot;type&quot;: &quot;stdio&quot; mais aussi une &quot;url&quot;&#xa0;; utilisez &quot;http&quot; ou retirez &quot;type&quot;</translation>
    </message>
    <message>
        <source>needs a &quot;command&quot; (a local server) or a &quot;url&quot; (a remote one)</source>
        <translation>nécessite une &quot;command&quot; (serveur local) ou une &quot;url&quot; (serveur distant)</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;{type}&quot; but no &quot;url&quot;</source>
        <translation>a &quot;type&quot;: &quot;{type}&quot; mais pas de &quot;url&quot;</translation>
    </message>
    <message>
        <source>&quot;cwd&quot; must be a folder path</source>
        <translation>&quot;cwd&quot; doit être un chemin de dossier</translation>
    </message>
    <message>
        <source>&quot;url&quot; must start with https:// (got &quot;{url}&quot;)</source>
        <translation>&quot;url&quot; doit commencer par https:// (reçu&#xa0;: &quot;{url}&quot;)</translation>
    </message>
    <message>
        <source>must use https:// (plain http:// only to this machine: localhost, 127.0.0.1)</source>
        <translation>doit utiliser https:// (http:// simple uniquement vers cette machine&#xa0;: localhost, 127.0.0.1)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>&quot;{key}&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a number of seconds</source>
        <translation>&quot;timeout&quot; doit être un nombre de secondes</translation>
    </message>
    <message numerus="yes">
        <source>&quot;timeout&quot; must be more than 0 and at most %Ln second(s)</source>
        <translation>
            <numerusform>&quot;timeout&quot; doit être supérieur à 0 et d&apos;au plus %Ln seconde</numerusform>
            <numerusform>&quot;timeout&quot; doit être supérieur à 0 et d&apos;au plus %Ln secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of strings</source>
        <translation>&quot;{key}&quot; doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be an object of names and values</source>
        <translation>&quot;{key}&quot; doit être un objet de noms et de valeurs</translation>
    </message>
    <message>
        <source>{key} &quot;{name}&quot; must be a string or {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</source>
        <translation>{key} «&#xa0;{name}&#xa0;» doit être une chaîne ou {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</translation>
    </message>
    <message>
        <source>&quot;the command&quot; was not found: is it installed, and on the PATH?</source>
        <translation>«&#xa0;la commande&#xa0;» est introuvable&#xa0;: est-elle installée et dans le PATH&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; was not found: is it installed, and on the PATH?</source>
        <translation>«&#xa0;{command}&#xa0;» est introuvable&#xa0;: est-il installé et dans le PATH&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; cannot be run: {reason}</source>
        <translation>«&#xa0;{command}&#xa0;» ne peut pas être exécuté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>error {code}</source>
        <translation>erreur {code}</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>its certificate is not trusted ({error})</source>
        <translation>son certificat n&apos;est pas approuvé ({error})</translation>
    </message>
    <message>
        <source>could not connect (connection refused)</source>
        <translation>connexion impossible (connexion refusée)</translation>
    </message>
    <message>
        <source>could not connect ({error})</source>
        <translation>connexion impossible ({error})</translation>
    </message>
    <message>
        <source>the connection failed ({error})</source>
        <translation>la connexion a échoué ({error})</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>il n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is kept in the system keyring, but: {problem}</source>
        <translation>«&#xa0;{name}&#xa0;» est conservé dans le trousseau du système, mais&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; should be in the system keyring (as {entry}) but is not there; enter it again in Settings &gt; Tools</source>
        <translation>«&#xa0;{name}&#xa0;» devrait se trouver dans le trousseau du système (sous {entry}) mais n&apos;y est pas&#xa0;; saisissez-le de nouveau dans Paramètres &gt; Outils</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: &quot;{key}&quot; must be an object</source>
        <translation>Serveur «&#xa0;{name}&#xa0;»&#xa0;: &quot;{key}&quot; doit être un objet</translation>
    </message>
    <message>
        <source>{problem} It was left as it is; your next change to the library keeps it as {name}.damaged-… and starts a new one.</source>
        <translation>{problem} Le fichier a été laissé tel quel&#xa0;; votre prochaine modification de la bibliothèque le conservera sous {name}.damaged-… et en créera un nouveau.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is {size}, more than {limit}.</source>
        <translation>La bibliothèque de prompts {name} n&apos;a pas pu être utilisée&#xa0;: elle fait {size}, plus que {limit}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: {reason}.</source>
        <translation>La bibliothèque de prompts {name} n&apos;a pas pu être utilisée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is larger than {limit}.</source>
        <translation>La bibliothèque de prompts {name} n&apos;a pas pu être utilisée&#xa0;: elle dépasse {limit}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is not UTF-8 text (byte {offset}).</source>
        <translation>La bibliothèque de prompts {name} n&apos;a pas pu être utilisée&#xa0;: ce n&apos;est pas du texte UTF-8 (octet {offset}).</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation>Ce projet n&apos;existe plus.</translation>
    </message>
    <message>
        <source>There is no conversation {uid}.</source>
        <translation>La conversation {uid} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>L&apos;historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be read ({error}) and could not be moved aside ({move_error}). Move it away yourself, then restart chatdesk.</source>
        <translation>Le fichier d&apos;historique {path} ne peut pas être lu ({error}) et n&apos;a pas pu être mis de côté ({move_error}). Déplacez-le vous-même, puis redémarrez chatdesk.</translation>
    </message>
    <message>
        <source>Could not open the history</source>
        <extracomment>What a failed history job could not do, by the ``action`` its caller names it with (in English, for the log): each a whole clause for the user&apos;s language.</extracomment>
        <translation>Impossible d&apos;ouvrir l&apos;historique</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Impossible de lire l&apos;historique</translation>
    </message>
    <message>
        <source>Could not save the history</source>
        <translation>Impossible d&apos;enregistrer l&apos;historique</translation>
    </message>
    <message>
        <source>Could not list conversations</source>
        <translation>Impossible de lister les conversations</translation>
    </message>
    <message>
        <source>Could not find the conversation</source>
        <translation>Impossible de trouver la conversation</translation>
    </message>
    <message>
        <source>Could not open the conversation</source>
        <translation>Impossible d&apos;ouvrir la conversation</translation>
    </message>
    <message>
        <source>Could not save the conversation</source>
        <translation>Impossible d&apos;enregistrer la conversation</translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation>Impossible de renommer la conversation</translation>
    </message>
    <message>
        <source>Could not pin the conversation</source>
        <translation>Impossible d&apos;épingler la conversation</translation>
    </message>
    <message>
        <source>Could not move the conversation</source>
        <translation>Impossible de déplacer la conversation</translation>
    </message>
    <message>
        <source>Could not delete the conversation</source>
        <translation>Impossible de supprimer la conversation</translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation>Impossible d&apos;enregistrer le message</translation>
    </message>
    <message>
        <source>Could not save the reply</source>
        <translation>Impossible d&apos;enregistrer la réponse</translation>
    </message>
    <message>
        <source>Could not delete the message</source>
        <translation>Impossible de supprimer le message</translation>
    </message>
    <message>
        <source>Could not switch the branch</source>
        <translation>Impossible de changer de branche</translation>
    </message>
    <message>
        <source>Could not list projects</source>
        <translation>Impossible de lister les projets</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>Could not delete the project</source>
        <translation>Impossible de supprimer le projet</translation>
    </message>
    <message>
        <source>Could not search</source>
        <translation>Impossible d&apos;effectuer la recherche</translation>
    </message>
    <message>
        <source>Could not read usage</source>
        <translation>Impossible de lire l&apos;utilisation</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Impossible d&apos;importer</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Could not {action}</source>
        <translation>Impossible de {action}</translation>
    </message>
    <message>
        <source>{failed}: the history is locked by another program. Is another chatdesk writing to it? Try again in a moment.</source>
        <translation>{failed}&#xa0;: l&apos;historique est verrouillé par un autre programme. Un autre chatdesk y écrit-il&#xa0;? Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{failed}: the disk is full. Free some space; nothing was damaged, and the last change will be saved with the next one.</source>
        <translation>{failed}&#xa0;: le disque est plein. Libérez de l&apos;espace&#xa0;; rien n&apos;a été endommagé, et la dernière modification sera enregistrée avec la suivante.</translation>
    </message>
    <message>
        <source>{failed}: the history file is read-only. Check the data folder&apos;s permissions.</source>
        <translation>{failed}&#xa0;: le fichier d&apos;historique est en lecture seule. Vérifiez les autorisations du dossier de données.</translation>
    </message>
    <message>
        <source>{failed}: {error}.</source>
        <translation>{failed}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Un projet doit avoir un nom.</translation>
    </message>
    <message>
        <source>The history was written by a newer chatdesk (schema {version}; this one knows {known}). Update chatdesk to open it.</source>
        <extracomment>Forward migrations; index + 1 is the schema version each one produces.</extracomment>
        <translation>L&apos;historique a été écrit par une version plus récente de chatdesk (schéma {version}&#xa0;; celle-ci connaît {known}). Mettez chatdesk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source} ({skipped} already present).</source>
        <translation>
            <numerusform>%Ln conversation importée depuis {source} (déjà présentes&#xa0;: {skipped}).</numerusform>
            <numerusform>%Ln conversations importées depuis {source} (déjà présentes&#xa0;: {skipped}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source}.</source>
        <translation>
            <numerusform>%Ln conversation importée depuis {source}.</numerusform>
            <numerusform>%Ln conversations importées depuis {source}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}.</source>
        <translation>{name} n&apos;a pas été importé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>il n&apos;a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>la mémoire est insuffisante pour le lire</translation>
    </message>
    <message>
        <source>it is {size} MiB; chatdesk imports files of up to {limit} MiB (split a ChatGPT conversations.json into several files)</source>
        <translation>il fait {size} Mio&#xa0;; chatdesk importe des fichiers d&apos;au plus {limit} Mio (découpez un conversations.json de ChatGPT en plusieurs fichiers)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>the typesetter could not be started</source>
        <extracomment>Seconds one formula may take (the slowest of a 50-formula corpus takes ~40 ms on an idle machine; the child runs at a lower priority, so a busy one stretches that a lot). A longer source is not typeset (a model that writes 4,000 characters of one formula has usually lost its way; it stays readable as source).</extracomment>
        <translation>le moteur de rendu des formules n&apos;a pas pu être démarré</translation>
    </message>
    <message>
        <source>longer than {count} characters</source>
        <translation>plus de {count} caractères</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>\end{{{name}}} does not close what was begun</source>
        <translation>\end{{{name}}} ne ferme pas ce qui a été ouvert</translation>
    </message>
    <message>
        <source>the {name} environment is not supported</source>
        <translation>l&apos;environnement {name} n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>\begin{{{name}}} is never ended</source>
        <translation>\begin{{{name}}} n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>a closing brace without an opening one</source>
        <translation>une accolade fermante sans accolade ouvrante</translation>
    </message>
    <message>
        <source>a brace is never closed</source>
        <translation>une accolade n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>{command} is not supported</source>
        <translation>{command} n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>&amp; outside an environment that aligns</source>
        <translation>&amp; hors d&apos;un environnement d&apos;alignement</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>rien à dessiner</translation>
    </message>
    <message>
        <source>Reply cut off: incomplete.</source>
        <translation>Réponse tronquée&#xa0;: incomplète.</translation>
    </message>
    <message>
        <source>Reply failed.</source>
        <translation>Échec de la réponse.</translation>
    </message>
    <message>
        <source>Reply finished: {reply}</source>
        <translation>Réponse terminée&#xa0;: {reply}</translation>
    </message>
    <message>
        <source>Reply finished, empty.</source>
        <translation>Réponse terminée, vide.</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>Réponse arrêtée.</translation>
    </message>
    <message>
        <source>Error: {title}. {message}</source>
        <translation>Erreur&#xa0;: {title}. {message}</translation>
    </message>
    <message>
        <source>{title}, {n} of {m}</source>
        <translation>{title}, {n} sur {m}</translation>
    </message>
    <message>
        <source>Column {number} ({model}): {ending}</source>
        <comment>a compare column&apos;s reply ended</comment>
        <translation>Colonne {number} ({model}) : {ending}</translation>
    </message>
    <message>
        <source>complete</source>
        <extracomment>A message&apos;s status in words (English, marked for translation: ``tr`` them when shown).</extracomment>
        <translation>terminé</translation>
    </message>
    <message>
        <source>being written</source>
        <translation>en cours d&apos;écriture</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>incomplete: the reply was cut off</source>
        <translation>incomplet&#xa0;: la réponse a été tronquée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <extracomment>Names and descriptions of the links a message shows, by verb (English, marked for translation: ``tr`` them when shown). A link not listed here (one added later) is offered under its own label.</extracomment>
        <translation>Copier le message dans le presse-papiers</translation>
    </message>
    <message>
        <source>Edit the message and send it as a new version</source>
        <translation>Modifier le message et l&apos;envoyer comme nouvelle version</translation>
    </message>
    <message>
        <source>Delete the message (asks first)</source>
        <translation>Supprimer le message (avec confirmation)</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Show the previous version</source>
        <translation>Afficher la version précédente</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Show the next version</source>
        <translation>Afficher la version suivante</translation>
    </message>
    <message>
        <source>Show or hide reasoning</source>
        <translation>Afficher ou masquer le raisonnement</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>Afficher ou masquer le raisonnement du modèle</translation>
    </message>
    <message>
        <source>Show all or less</source>
        <translation>Tout afficher ou moins</translation>
    </message>
    <message>
        <source>Show the whole tool result, or its start only</source>
        <translation>Afficher le résultat complet de l&apos;outil, ou seulement son début</translation>
    </message>
    <message>
        <source>Save the message in the prompt library</source>
        <translation>Enregistrer le message dans la bibliothèque de prompts</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Résultat d&apos;outil</translation>
    </message>
    <message>
        <source>Tool result: {server} · {tool}</source>
        <translation>Résultat d&apos;outil&#xa0;: {server} · {tool}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>{status}, version {number} of {count}</source>
        <translation>{status}, version {number} sur {count}</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Copy this code block to the clipboard</source>
        <translation>Copier ce bloc de code dans le presse-papiers</translation>
    </message>
    <message>
        <source>Documents, images and text</source>
        <translation>Documents, images et texte</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins problems with attached files into one sentence</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message numerus="yes">
        <source>{file} · ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file} · ~{tokens} token</numerusform>
            <numerusform>{file} · ~{tokens} tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. It cannot be split by page: attach a smaller part</source>
        <translation>{problem}. Il ne peut pas être découpé par page&#xa0;: joignez une partie plus petite</translation>
    </message>
    <message>
        <source>Attach a large document</source>
        <translation>Joindre un document volumineux</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>{file} is protected by a password; not attached</source>
        <translation>{file} est protégé par un mot de passe&#xa0;; non joint</translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} pages are scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} n&apos;a pas de couche de texte&#xa0;: {count} page numérisée en image. Cette page peut être envoyée comme image à un modèle qui lit les images (au plus {free} avec ce message), ou pas du tout.</numerusform>
            <numerusform>{file} n&apos;a pas de couche de texte&#xa0;: ses {count} pages sont des images numérisées. Ses pages peuvent être envoyées comme images à un modèle qui lit les images (au plus {free} avec ce message), ou pas du tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} page is scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} n&apos;a pas de couche de texte&#xa0;: {count} page numérisée en image. Cette page peut être envoyée comme image à un modèle qui lit les images (au plus {free} avec ce message), ou pas du tout.</numerusform>
            <numerusform>{file} n&apos;a pas de couche de texte&#xa0;: ses {count} pages sont des images numérisées. Ses pages peuvent être envoyées comme images à un modèle qui lit les images (au plus {free} avec ce message), ou pas du tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many: at most %Ln page(s) as images.</source>
        <translation>
            <numerusform>Trop de pages&#xa0;: %Ln page au plus en image.</numerusform>
            <numerusform>Trop de pages&#xa0;: %Ln pages au plus en images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: %Ln page image(s).</source>
        <translation>
            <numerusform>À envoyer&#xa0;: %Ln image de page.</numerusform>
            <numerusform>À envoyer&#xa0;: %Ln images de pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send scanned pages as images</source>
        <translation>Envoyer les pages numérisées comme images</translation>
    </message>
    <message>
        <source>Send as images</source>
        <translation>Envoyer comme images</translation>
    </message>
    <message>
        <source>pasted image {number}</source>
        <translation>image collée {number}</translation>
    </message>
    <message>
        <source>Still reading the attached files; send again in a moment.</source>
        <translation>Lecture des fichiers joints en cours&#xa0;; envoyez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>Answer the question about the attached document first.</source>
        <translation>Répondez d&apos;abord à la question sur le document joint.</translation>
    </message>
    <message>
        <source>Files were just pasted or dropped: check them in the tray above the prompt (✕ removes one), then send again.</source>
        <translation>Des fichiers viennent d&apos;être collés ou déposés&#xa0;: vérifiez-les dans la zone au-dessus du prompt (✕ en retire un), puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>{problems}.</source>
        <comment>problems with attached files, joined</comment>
        <translation>{problems}.</translation>
    </message>
    <message>
        <source>Remove {file}</source>
        <translation>Retirer {file}</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Lu en {encoding}</translation>
    </message>
    <message>
        <source>Choose pages…</source>
        <translation>Choisir les pages…</translation>
    </message>
    <message numerus="yes">
        <source>{file}: at most %Ln file(s) go with one message</source>
        <translation>
            <numerusform>{file}&#xa0;: %Ln fichier au plus par message</numerusform>
            <numerusform>{file}&#xa0;: %Ln fichiers au plus par message</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare models</source>
        <extracomment>A column whose reply has not begun by then shows it is waiting (see ``_started``).</extracomment>
        <translation>Comparer des modèles</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Server {number}</source>
        <translation>Serveur {number}</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>Modèle {number}</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>Réponse de {model}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>&amp;Use this reply</source>
        <translation>&amp;Utiliser cette réponse</translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation>Utiliser cette réponse</translation>
    </message>
    <message>
        <source>first token {ms} ms</source>
        <extracomment>One column&apos;s text is rendered per frame: the columns take turns.</extracomment>
        <translation>premier token {ms} ms</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/s</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Chargement de la conversation…</translation>
    </message>
    <message>
        <source>{old} is not on this server: using its only model, {model}</source>
        <translation>{old} n&apos;est pas sur ce serveur&#xa0;: utilisation de son seul modèle, {model}</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens max</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Pénalité de présence</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Pénalité de fréquence</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Paramètres de la conversation</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>Partir d&apos;un préréglage…</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Enregistrer comme préréglage…</translation>
    </message>
    <message>
        <source>Empty: the system prompt from Settings</source>
        <translation>Vide&#xa0;: le prompt système des Paramètres</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>Prompt système&#xa0;:</translation>
    </message>
    <message>
        <source>server default ({hint})</source>
        <translation>valeur par défaut du serveur ({hint})</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>comma-separated; empty: those from Settings</source>
        <translation>séparées par des virgules&#xa0;; vide&#xa0;: celles des Paramètres</translation>
    </message>
    <message>
        <source>Stop sequences:</source>
        <translation>Séquences d&apos;arrêt&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>default: %Ln token(s)</source>
        <translation>
            <numerusform>par défaut : %Ln token</numerusform>
            <numerusform>par défaut : %Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the context length must be at least %Ln token(s)</source>
        <translation>
            <numerusform>la longueur du contexte doit être d&apos;au moins %Ln token</numerusform>
            <numerusform>la longueur du contexte doit être d&apos;au moins %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>default: unknown: no trimming</source>
        <translation>par défaut&#xa0;: inconnu, pas d&apos;élagage</translation>
    </message>
    <message>
        <source>Context of {model}:</source>
        <translation>Contexte de {model}&#xa0;:</translation>
    </message>
    <message>
        <source>Only the parameters you fill in are sent; the server decides the rest.</source>
        <translation>Seuls les paramètres que vous remplissez sont envoyés&#xa0;; le serveur décide du reste.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Nom du préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>the context length must be a whole number</source>
        <translation>la longueur du contexte doit être un nombre entier</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Plus récent</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Aller au dernier message</translation>
    </message>
    <message numerus="yes">
        <source>⋯ The %Ln earlier message(s) no longer fit the model&apos;s context and are not sent: the context starts here.</source>
        <translation>
            <numerusform>⋯ Le %Ln message précédent ne tient plus dans le contexte du modèle et n&apos;est pas envoyé&#xa0;: le contexte commence ici.</numerusform>
            <numerusform>⋯ Les %Ln messages précédents ne tiennent plus dans le contexte du modèle et ne sont pas envoyés&#xa0;: le contexte commence ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send pages {first} to {last}</source>
        <translation>Envoyer les pages {first} à {last}</translation>
    </message>
    <message>
        <source>Send slides {first} to {last}</source>
        <translation>Envoyer les diapositives {first} à {last}</translation>
    </message>
    <message>
        <source>Send sheets {first} to {last}</source>
        <translation>Envoyer les feuilles {first} à {last}</translation>
    </message>
    <message>
        <source>Send sections {first} to {last}</source>
        <translation>Envoyer les sections {first} à {last}</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Première diapositive</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Dernière diapositive</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>Première feuille</translation>
    </message>
    <message>
        <source>Last sheet</source>
        <translation>Dernière feuille</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>Première section</translation>
    </message>
    <message>
        <source>Last section</source>
        <translation>Dernière section</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Send {unit}s {first} to {last}</source>
        <translation>Envoyer les {unit} {first} à {last}</translation>
    </message>
    <message>
        <source>The first page comes after the last.</source>
        <translation>La première page vient après la dernière.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>That password did not open it. {file} is protected by a password. Enter it to attach its text:</source>
        <translation>Ce mot de passe n&apos;a pas permis de l&apos;ouvrir. {file} est protégé par un mot de passe. Saisissez-le pour joindre son texte&#xa0;:</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Enter it to attach its text:</source>
        <translation>{file} est protégé par un mot de passe. Saisissez-le pour joindre son texte&#xa0;:</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
    <message>
        <source>Rendering {file}</source>
        <translation>Rendu de {file}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading {file}; it is not attached</source>
        <translation>Arrêter la lecture de {file}&#xa0;; il ne sera pas joint</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s)</source>
        <translation>
            <numerusform>{count} page</numerusform>
            <numerusform>{count} pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} slide(s)</source>
        <translation>
            <numerusform>{count} diapositive</numerusform>
            <numerusform>{count} diapositives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s)</source>
        <translation>
            <numerusform>{count} feuille</numerusform>
            <numerusform>{count} feuilles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} section(s)</source>
        <translation>
            <numerusform>{count} section</numerusform>
            <numerusform>{count} sections</numerusform>
        </translation>
    </message>
    <message>
        <source>{thousands}k</source>
        <comment>thousands of tokens: 203.1k</comment>
        <translation>{thousands} k</translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, {parts}, {characters} characters, ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file} : {kind}, {parts}, {characters} caractères, ~{tokens} token</numerusform>
            <numerusform>{file} : {kind}, {parts}, {characters} caractères, ~{tokens} tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, {characters} characters, ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file} : {kind}, {characters} caractères, ~{tokens} token</numerusform>
            <numerusform>{file} : {kind}, {characters} caractères, ~{tokens} tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: {characters} characters, ~{tokens} token(s).</source>
        <translation>
            <numerusform>À envoyer : {characters} caractères, ~{tokens} token.</numerusform>
            <numerusform>À envoyer : {characters} caractères, ~{tokens} tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>{size}; one file may take ~{limit} of the model&apos;s {context}.</source>
        <translation>{size}&#xa0;; un fichier peut occuper ~{limit} des {context} du modèle.</translation>
    </message>
    <message>
        <source>{size} (the model&apos;s context length is not known).</source>
        <translation>{size} (la longueur du contexte du modèle est inconnue).</translation>
    </message>
    <message>
        <source>Too long: {problem}.</source>
        <translation>Trop long&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>{server} asks</source>
        <translation>{server} demande</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>{server} asks you to open a web page</source>
        <translation>{server} vous demande d’ouvrir une page web</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>It opens in your browser, at {host}.</source>
        <translation>Elle s’ouvre dans votre navigateur, sur {host}.</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open settings</source>
        <extracomment>The button that fixes an error (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{error} Nothing is lost yet: this window keeps everything shown, and chatdesk saves it again with your next message. Copy anything you need before quitting if this message stays.</source>
        <extracomment>Messages read from the history when a conversation opens: the view builds the latest page of them at once, the rest as the user scrolls up. While a reply starts, the history&apos;s writes wait for its first words this long at most.</extracomment>
        <translation>{error} Rien n&apos;est encore perdu&#xa0;: cette fenêtre conserve tout ce qui est affiché, et chatdesk l&apos;enregistrera de nouveau avec votre prochain message. Copiez ce dont vous avez besoin avant de quitter si ce message persiste.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved to {path}. chatdesk started a new, empty history; the old file was not deleted.</source>
        <translation>Le fichier d&apos;historique était endommagé et a été déplacé vers {path}. chatdesk a démarré un nouvel historique vide&#xa0;; l&apos;ancien fichier n&apos;a pas été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) were interrupted when chatdesk last closed; they are marked incomplete.</source>
        <translation>
            <numerusform>%Ln réponse a été interrompue à la dernière fermeture de chatdesk&#xa0;; elle est marquée comme incomplète.</numerusform>
            <numerusform>%Ln réponses ont été interrompues à la dernière fermeture de chatdesk&#xa0;; elles sont marquées comme incomplètes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Conversations in this session will not be saved until the history can be opened.</source>
        <translation>{error} Les conversations de cette session ne seront pas enregistrées tant que l&apos;historique ne pourra pas être ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) to {project}</source>
        <translation>
            <numerusform>%Ln conversation déplacée vers {project}</numerusform>
            <numerusform>%Ln conversations déplacées vers {project}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) out of its project</source>
        <translation>
            <numerusform>%Ln conversation retirée de son projet</numerusform>
            <numerusform>%Ln conversations retirées de leur projet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project deleted with %Ln conversation(s)</source>
        <translation>
            <numerusform>Projet supprimé avec %Ln conversation</numerusform>
            <numerusform>Projet supprimé avec %Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Project deleted; its conversations were kept</source>
        <translation>Projet supprimé&#xa0;; ses conversations ont été conservées</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s) to {path}</source>
        <translation>
            <numerusform>%Ln conversation exportée vers {path}</numerusform>
            <numerusform>%Ln conversations exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Enter)</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Esc)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Attach documents, images or text files (or drop or paste them)</source>
        <translation>Joindre des documents, des images ou des fichiers texte (ou les déposer ou les coller)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Tool working… {progress}</source>
        <translation>Outil en cours… {progress}</translation>
    </message>
    <message>
        <source>too large to show</source>
        <extracomment>Bytes of images the cache keeps (the least recently used go first). A formula bigger than this many device pixels stays source. Logical pixels of room left and right of a formula (its ink must not touch the text).</extracomment>
        <translation>trop volumineux pour être affiché</translation>
    </message>
    <message>
        <source>the typesetter failed: {error}</source>
        <translation>le moteur de rendu des formules a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Not typeset ({reason}):
{formula}</source>
        <extracomment>Milliseconds of replacing per event-loop turn. The math font&apos;s x-height, in em. Why a formula stayed source, on its text (what the tooltip says).</extracomment>
        <translation>Formule non rendue ({reason})&#xa0;:
{formula}</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>MCP server state</comment>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>prêt</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>en échec</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <extracomment>A tool result shows this much until &quot;Show all&quot;; expanded, at most ``RESULT_SHOWN``. The note under a message that did not end well (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>■ Arrêté</translation>
    </message>
    <message>
        <source>⚠ Incomplete: the reply was cut off</source>
        <translation>⚠ Incomplet&#xa0;: la réponse a été tronquée</translation>
    </message>
    <message>
        <source>⚠ Failed</source>
        <translation>⚠ Échec</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save as prompt</source>
        <translation>Enregistrer comme prompt</translation>
    </message>
    <message>
        <source>done</source>
        <comment>tool call state</comment>
        <translation>terminé</translation>
    </message>
    <message>
        <source>error</source>
        <comment>tool call state</comment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>tool call state</comment>
        <translation>refusé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>tool call state</comment>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning ({count} words)</source>
        <translation>
            <numerusform>Raisonnement ({count} mot)</numerusform>
            <numerusform>Raisonnement ({count} mots)</numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <comment>tool call state</comment>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>outil</translation>
    </message>
    <message>
        <source>{duration} ms</source>
        <translation>{duration} ms</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message numerus="yes">
        <source>Show all ({count} characters)</source>
        <translation>
            <numerusform>Tout afficher ({count} caractère)</numerusform>
            <numerusform>Tout afficher ({count} caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete this message? The rest of the conversation stays.</source>
        <translation>Supprimer ce message&#xa0;? Le reste de la conversation est conservé.</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays, ‹ › switches); Esc cancels.</source>
        <translation>Modification d&apos;un message&#xa0;: Enter l&apos;envoie comme nouvelle version (l&apos;ancienne reste, ‹ › permet de basculer)&#xa0;; Esc annule.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>Prix par modèle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Input $ / 1M</source>
        <translation>Entrée $ / 1M</translation>
    </message>
    <message>
        <source>Output $ / 1M</source>
        <translation>Sortie $ / 1M</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Prices in US dollars per million tokens. Providers change them; edit freely.</source>
        <translation>Prix en dollars US par million de tokens. Les fournisseurs les modifient&#xa0;; ajustez-les librement.</translation>
    </message>
    <message>
        <source>“{model}”: prices must be numbers</source>
        <translation>«&#xa0;{model}&#xa0;»&#xa0;: les prix doivent être des nombres</translation>
    </message>
    <message>
        <source>“{model}”: prices cannot be negative</source>
        <translation>«&#xa0;{model}&#xa0;»&#xa0;: les prix ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>cette conversation</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>Exporter le projet</translation>
    </message>
    <message>
        <source>&amp;Move to project…</source>
        <translation>&amp;Déplacer vers un projet…</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Nouveau pro&amp;jet…</translation>
    </message>
    <message>
        <source>Move to project</source>
        <translation>Déplacer vers un projet</translation>
    </message>
    <message>
        <source>Move “{title}” to:</source>
        <translation>Déplacer «&#xa0;{title}&#xa0;» vers&#xa0;:</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name</source>
        <translation>Tapez pour filtrer, ou le nom d&apos;un nouveau projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name. Up and Down choose, Enter moves.</source>
        <translation>Tapez pour filtrer, ou le nom d&apos;un nouveau projet. Haut et Bas choisissent, Entrée déplace.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>New project “{name}”</source>
        <translation>Nouveau projet «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Paramètres du projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The one in use</source>
        <translation>Celui en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>{profile} (no longer exists)</source>
        <translation>{profile} (n&apos;existe plus)</translation>
    </message>
    <message>
        <source>The profile&apos;s model</source>
        <translation>Le modèle du profil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>New conversations started in this project begin with these; conversations already in it, or moved in, keep their own.</source>
        <translation>Les nouvelles conversations commencées dans ce projet partent de ces réglages&#xa0;; celles qui s&apos;y trouvent déjà, ou qui y sont déplacées, gardent les leurs.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{name}”? It holds %Ln conversation(s).</source>
        <translation>
            <numerusform>Supprimer le projet «&#xa0;{name}&#xa0;»&#xa0;? Il contient %Ln conversation.</numerusform>
            <numerusform>Supprimer le projet «&#xa0;{name}&#xa0;»&#xa0;? Il contient %Ln conversations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the project “{name}”? It holds no conversations.</source>
        <translation>Supprimer le projet «&#xa0;{name}&#xa0;»&#xa0;? Il ne contient aucune conversation.</translation>
    </message>
    <message>
        <source>Delete project, keep conversations</source>
        <translation>Supprimer le projet, garder les conversations</translation>
    </message>
    <message>
        <source>Delete project and its conversations</source>
        <translation>Supprimer le projet et ses conversations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <translation>
            <numerusform>il y a %Ln j</numerusform>
            <numerusform>il y a %Ln j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>il y a %Ln h</numerusform>
            <numerusform>il y a %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>il y a %Ln min</numerusform>
            <numerusform>il y a %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>{thousands}k</source>
        <comment>thousands of tokens</comment>
        <translation>{thousands} k</translation>
    </message>
    <message>
        <source>{millions}M</source>
        <comment>millions of tokens</comment>
        <translation>{millions} M</translation>
    </message>
    <message>
        <source>~{tokens} now</source>
        <translation>~{tokens} maintenant</translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed</source>
        <translation>
            <numerusform>{tokens} token facturé</numerusform>
            <numerusform>{tokens} tokens facturés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed (every request&apos;s tokens added up)</source>
        <translation>
            <numerusform>{tokens} token facturé (les tokens de toutes les requêtes additionnés)</numerusform>
            <numerusform>{tokens} tokens facturés (les tokens de toutes les requêtes additionnés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%Ln token(s) now (what the next request sends)</source>
        <translation>
            <numerusform>~%Ln token maintenant (ce qu&apos;envoie la prochaine requête)</numerusform>
            <numerusform>~%Ln tokens maintenant (ce qu&apos;envoie la prochaine requête)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln msg(s)</source>
        <comment>messages, short</comment>
        <translation>
            <numerusform>%Ln msg</numerusform>
            <numerusform>%Ln msg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>prompt système</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>New conversations here start with its defaults:</source>
        <translation>Les nouvelles conversations créées ici partent de ses valeurs par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>{setting}: {value}</source>
        <translation>{setting}&#xa0;: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <comment>in a project</comment>
        <extracomment>What a drag of conversations carries: their uids, one per line. A project&apos;s row: how many conversations it holds (&quot;Work · 3 conversations&quot;).</extracomment>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a project</comment>
        <translation>vide</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message…  (Enter pour envoyer, Shift+Enter pour une nouvelle ligne)</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line, / for prompts and commands)</source>
        <translation>Message…  (Enter pour envoyer, Shift+Enter pour une nouvelle ligne, / pour les prompts et commandes)</translation>
    </message>
    <message>
        <source>Write {{{{name}}}} where the prompt should ask for something: after inserting it with “/”, Tab jumps from one variable to the next.</source>
        <translation>Écrivez {{{{name}}}} là où le prompt doit demander quelque chose&#xa0;: après l&apos;avoir inséré avec «&#xa0;/&#xa0;», Tab passe d&apos;une variable à la suivante.</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>Bibliothèque de prompts</translation>
    </message>
    <message>
        <source>Filter prompts</source>
        <translation>Filtrer les prompts</translation>
    </message>
    <message>
        <source>Enter picks the first prompt shown.</source>
        <translation>Entrée choisit le premier prompt affiché.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Name (shown in the “/” list)</source>
        <translation>Nom (affiché dans la liste «&#xa0;/&#xa0;»)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nouveau prompt</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>Variables&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Delete prompt</source>
        <translation>Supprimer le prompt</translation>
    </message>
    <message>
        <source>Delete the prompt “{name}”?</source>
        <translation>Supprimer le prompt «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Importer des prompts</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Exporter les prompts</translation>
    </message>
    <message>
        <source>No prompt or command matches (Esc to close)</source>
        <translation>Aucun prompt ni aucune commande ne correspond (Esc pour fermer)</translation>
    </message>
    <message>
        <source>The prompt library was not read: {error}</source>
        <translation>La bibliothèque de prompts n&apos;a pas été lue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The unreadable prompt library was kept as {file}</source>
        <translation>La bibliothèque de prompts illisible a été conservée sous {file}</translation>
    </message>
    <message>
        <source>The prompt library was not saved: {reason}</source>
        <translation>La bibliothèque de prompts n&apos;a pas été enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation>Rien n&apos;a été importé. {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Rien n&apos;a été importé&#xa0;: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln prompt(s) from {file}</source>
        <translation>
            <numerusform>%Ln prompt importé depuis {file}</numerusform>
            <numerusform>%Ln prompts importés depuis {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported} ({skipped} already in the library)</source>
        <translation>{imported} (déjà dans la bibliothèque&#xa0;: {skipped})</translation>
    </message>
    <message>
        <source>The prompts were not exported: {reason}</source>
        <translation>Les prompts n&apos;ont pas été exportés&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln prompt(s) to {file}</source>
        <translation>
            <numerusform>%Ln prompt exporté vers {file}</numerusform>
            <numerusform>%Ln prompts exportés vers {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Started over in a new conversation (same system prompt)</source>
        <translation>Nouvelle conversation commencée (même prompt système)</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modèle&#xa0;: {model}</translation>
    </message>
    <message>
        <source>System prompt set for this conversation</source>
        <translation>Prompt système défini pour cette conversation</translation>
    </message>
    <message>
        <source>chatdesk quick ask</source>
        <translation>chatdesk – question rapide</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The reply was cut off: Open in chatdesk to retry or continue.</source>
        <translation>La réponse a été tronquée&#xa0;: «&#xa0;Ouvrir dans chatdesk&#xa0;» permet de réessayer ou de continuer.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>Ask…  (Enter sends, Shift+Enter: new line, Esc hides)</source>
        <translation>Demandez…  (Enter envoie, Shift+Enter&#xa0;: nouvelle ligne, Esc masque)</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The quick-ask window&apos;s answer pane, as a screen reader names it.</extracomment>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&amp;Open in chatdesk</source>
        <translation>&amp;Ouvrir dans chatdesk</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>Continuer cette conversation dans la fenêtre principale (Ctrl+O)</translation>
    </message>
    <message>
        <source>Starting… your question goes as soon as chatdesk is ready.</source>
        <translation>Démarrage… votre question partira dès que chatdesk sera prêt.</translation>
    </message>
    <message>
        <source>chatdesk is still writing a reply; Esc in its window stops it. Press Enter again when it is done.</source>
        <translation>chatdesk est encore en train d&apos;écrire une réponse&#xa0;; Esc dans sa fenêtre l&apos;arrête. Appuyez de nouveau sur Enter quand elle est terminée.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <comment>an error&apos;s title and message</comment>
        <translation>{title}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>~30 repaints a second while streaming. A streaming reply is saved this often, so a crash loses at most this much text.</extracomment>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <source>The model&apos;s reply: {problem}.</source>
        <translation>Réponse du modèle&#xa0;: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning… %Ln word(s)</source>
        <translation>
            <numerusform>Raisonnement… %Ln mot</numerusform>
            <numerusform>Raisonnement… %Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s) · {rate} tokens/s</source>
        <translation>
            <numerusform>Réception… %Ln token · {rate} tokens/s</numerusform>
            <numerusform>Réception… %Ln tokens · {rate} tokens/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s)</source>
        <translation>
            <numerusform>Réception… %Ln token</numerusform>
            <numerusform>Réception… %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) in {seconds} s…</source>
        <translation>{reason}&#xa0;: nouvelle tentative ({attempt} sur {attempts}) dans {seconds} s…</translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) now…</source>
        <translation>{reason}&#xa0;: nouvelle tentative ({attempt} sur {attempts}) maintenant…</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %Ln steps (the limit in Settings)</source>
        <translation>
            <numerusform>arrêt après %Ln étape (la limite fixée dans les Paramètres)</numerusform>
            <numerusform>arrêt après %Ln étapes (la limite fixée dans les Paramètres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step} ({figures}): %Ln tool call(s)…</source>
        <translation>
            <numerusform>Étape {step} ({figures})&#xa0;: %Ln appel d&apos;outil…</numerusform>
            <numerusform>Étape {step} ({figures})&#xa0;: %Ln appels d&apos;outils…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step}: %Ln tool call(s)…</source>
        <translation>
            <numerusform>Étape {step}&#xa0;: %Ln appel d&apos;outil…</numerusform>
            <numerusform>Étape {step}&#xa0;: %Ln appels d&apos;outils…</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} The request offered tools, which this server or model may not take: turn tools off for this conversation (Tools, above the prompt) or pick another model.</source>
        <translation>{message} La requête proposait des outils, que ce serveur ou ce modèle n&apos;accepte peut-être pas&#xa0;: désactivez les outils pour cette conversation (Outils, au-dessus du prompt) ou choisissez un autre modèle.</translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s), at temperature {temperature}.</source>
        <extracomment>The most a server may ask the model to write, whatever it asks for.</extracomment>
        <translation>
            <numerusform>Il peut écrire jusqu&apos;à %Ln token, à la température {temperature}.</numerusform>
            <numerusform>Il peut écrire jusqu&apos;à %Ln tokens, à la température {temperature}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s).</source>
        <translation>
            <numerusform>Il peut écrire jusqu&apos;à %Ln token.</numerusform>
            <numerusform>Il peut écrire jusqu&apos;à %Ln tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let a tool use your model?</source>
        <translation>Autoriser un outil à utiliser votre modèle&#xa0;?</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Autoriser</translation>
    </message>
    <message>
        <source>{server} asks {model} on {profile} to write a reply to:</source>
        <translation>{server} demande à {model} sur {profile} d&apos;écrire une réponse à&#xa0;:</translation>
    </message>
    <message>
        <source>⚠ Unencrypted connection: your key and messages travel in clear</source>
        <translation>⚠ Connexion non chiffrée&#xa0;: votre clé et vos messages circulent en clair</translation>
    </message>
    <message>
        <source>{url} uses http:// to another machine. Use https:// if it can.</source>
        <translation>{url} utilise http:// vers une autre machine. Utilisez https:// si possible.</translation>
    </message>
    <message>
        <source>⚠ TLS certificate checks are off</source>
        <translation>⚠ La vérification des certificats TLS est désactivée</translation>
    </message>
    <message>
        <source>Anyone on the network path can read and change traffic. Turn checks back on in Settings, adding the server&apos;s CA file if needed.</source>
        <translation>N&apos;importe qui sur le chemin réseau peut lire et modifier le trafic. Réactivez la vérification dans les Paramètres, en ajoutant le fichier CA du serveur si nécessaire.</translation>
    </message>
    <message>
        <source>Your settings could not be read ({error}), so chatdesk started with the default ones and will not save over them until it restarts. Check that settings.json in the config folder is readable.</source>
        <translation>Vos réglages n’ont pas pu être lus ({error}) : chatdesk a démarré avec les réglages par défaut et ne les écrasera pas avant son prochain démarrage. Vérifiez que settings.json est lisible dans le dossier de configuration.</translation>
    </message>
    <message>
        <source>Your settings could not be saved ({error}). They apply until you quit; check that the config folder is writable.</source>
        <translation>Vos paramètres n&apos;ont pas pu être enregistrés ({error}). Ils s&apos;appliquent jusqu&apos;à ce que vous quittiez&#xa0;; vérifiez que le dossier de configuration est accessible en écriture.</translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation>Le trousseau a échoué.</translation>
    </message>
    <message>
        <source>The request failed ({error}).</source>
        <translation>La requête a échoué ({error}).</translation>
    </message>
    <message>
        <source>The server profile for this conversation</source>
        <translation>Le profil de serveur de cette conversation</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>The model for this conversation (type any id the server takes)</source>
        <translation>Le modèle de cette conversation (saisissez n&apos;importe quel identifiant accepté par le serveur)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available</source>
        <translation>
            <numerusform>%Ln modèle disponible</numerusform>
            <numerusform>%Ln modèles disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Rename this profile…</source>
        <translation>Renommer ce profil…</translation>
    </message>
    <message>
        <source>Delete this profile…</source>
        <translation>Supprimer ce profil…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its key in the keyring?</source>
        <translation>Supprimer le profil «&#xa0;{name}&#xa0;» et sa clé dans le trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>chatdesk settings</source>
        <translation>Paramètres de chatdesk</translation>
    </message>
    <message>
        <source>sk-…  (leave empty for a local server that needs no key)</source>
        <translation>sk-…  (laissez vide pour un serveur local sans clé)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the API key as plain text</source>
        <translation>Afficher la clé API en clair</translation>
    </message>
    <message>
        <source>Using OPENAI_API_KEY from the environment for this session. Save to store a key in the system keyring instead.</source>
        <translation>Utilisation de OPENAI_API_KEY depuis l&apos;environnement pour cette session. Enregistrez pour stocker plutôt une clé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The key is stored in your system keyring, never in a file.</source>
        <translation>La clé est stockée dans le trousseau de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Fill the list from the server&apos;s /models</source>
        <translation>Remplir la liste à partir de /models du serveur</translation>
    </message>
    <message>
        <source>Optional instructions sent before every conversation</source>
        <translation>Instructions facultatives envoyées avant chaque conversation</translation>
    </message>
    <message>
        <source>Optional, comma-separated (e.g. USER: for base models)</source>
        <translation>Facultatif, séparées par des virgules (p. ex. USER: pour les modèles de base)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>The conversation&apos;s text size, in percent of the system&apos;s (Ctrl+= / Ctrl+- / Ctrl+0)</source>
        <translation>La taille du texte de la conversation, en pourcentage de celle du système (Ctrl+= / Ctrl+- / Ctrl+0)</translation>
    </message>
    <message>
        <source>Tool steps per turn</source>
        <translation>Étapes d&apos;outils par tour</translation>
    </message>
    <message>
        <source>Requests one reply may make while the model uses tools (each round of tool calls is one more) before it is stopped</source>
        <translation>Requêtes qu&apos;une réponse peut faire pendant que le modèle utilise des outils (chaque série d&apos;appels d&apos;outils en ajoute une) avant d&apos;être arrêtée</translation>
    </message>
    <message>
        <source>Stream replies as they are written</source>
        <translation>Afficher les réponses au fur et à mesure de leur écriture</translation>
    </message>
    <message>
        <source>C&amp;lose to the tray: closing the window keeps chatdesk running</source>
        <translation>Fermer dans la zone de &amp;notification&#xa0;: fermer la fenêtre laisse chatdesk en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing quits.</source>
        <translation>Ce bureau n&apos;affiche pas d&apos;icônes de notification&#xa0;; fermer la fenêtre quitte donc l&apos;application.</translation>
    </message>
    <message>
        <source>T&amp;ool steps per turn:</source>
        <translation>Étapes d&apos;&amp;outils par tour&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy (e.g. socks5h://host:1080)</source>
        <translation>vide&#xa0;: le proxy du système (p. ex. socks5h://host:1080)</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d&apos;utilisateur du proxy</translation>
    </message>
    <message>
        <source>user name, if the proxy asks</source>
        <translation>nom d&apos;utilisateur, si le proxy le demande</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>kept in the keyring; empty: unchanged</source>
        <translation>conservé dans le trousseau&#xa0;; vide&#xa0;: inchangé</translation>
    </message>
    <message>
        <source>PEM file of extra trusted certificate authorities</source>
        <translation>Fichier PEM d&apos;autorités de certification supplémentaires approuvées</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Verify TLS certificates (strongly recommended)</source>
        <translation>Vérifier les certificats TLS (vivement recommandé)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>&amp;Prompt système&#xa0;:</translation>
    </message>
    <message>
        <source>Sto&amp;p sequences:</source>
        <translation>Séquences d&apos;a&amp;rrêt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Fichier CA&#xa0;:</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>Utiliser pour cette session</translation>
    </message>
    <message>
        <source>⚠ This is http:// to another machine: the key and your messages travel unencrypted. Use https:// if the server offers it.</source>
        <translation>⚠ Il s&apos;agit de http:// vers une autre machine&#xa0;: la clé et vos messages circulent sans chiffrement. Utilisez https:// si le serveur le propose.</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Autorités de certification</translation>
    </message>
    <message>
        <source>PEM certificates</source>
        <translation>Certificats PEM</translation>
    </message>
    <message>
        <source>Turn off certificate checks?</source>
        <translation>Désactiver la vérification des certificats&#xa0;?</translation>
    </message>
    <message>
        <source>Without checking certificates, anyone on the network path can read and change what you send, your API key included. Prefer adding the server&apos;s CA file.

Turn verification off anyway?</source>
        <translation>Sans vérification des certificats, n&apos;importe qui sur le chemin réseau peut lire et modifier ce que vous envoyez, y compris votre clé API. Préférez ajouter le fichier CA du serveur.

Désactiver quand même la vérification&#xa0;?</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>✗ {title}: {message}</source>
        <translation>✗ {title}&#xa0;: {message}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: the server lists %Ln model(s).</source>
        <translation>
            <numerusform>✓ Connecté&#xa0;: le serveur propose %Ln modèle.</numerusform>
            <numerusform>✓ Connecté&#xa0;: le serveur propose %Ln modèles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available.</source>
        <translation>
            <numerusform>%Ln modèle disponible.</numerusform>
            <numerusform>%Ln modèles disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+K)</source>
        <translation>Rechercher dans toutes les conversations (Ctrl+K)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Épingler / désépingler</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>In all conversations</source>
        <translation>Dans toutes les conversations</translation>
    </message>
    <message>
        <source>In {project}</source>
        <translation>Dans {project}</translation>
    </message>
    <message>
        <source>Search in {project} (Ctrl+K)</source>
        <translation>Rechercher dans {project} (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;New conversation here</source>
        <translation>&amp;Nouvelle conversation ici</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>&amp;Paramètres du projet…</translation>
    </message>
    <message>
        <source>&amp;Export project…</source>
        <translation>&amp;Exporter le projet…</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>&amp;Supprimer le projet…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb</comment>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>Désé&amp;pingler</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>&amp;Move to project</source>
        <translation>&amp;Déplacer vers un projet</translation>
    </message>
    <message>
        <source>&amp;No project</source>
        <translation>&amp;Aucun projet</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» et tous ses messages&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <source>Text size {percent} %, the largest</source>
        <extracomment>The sizes Ctrl+= and Ctrl+- step through, in percent (as browsers do).</extracomment>
        <translation>Taille du texte {percent} %, la plus grande</translation>
    </message>
    <message>
        <source>Text size {percent} %, the smallest</source>
        <translation>Taille du texte {percent} %, la plus petite</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Taille du texte {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>… ({count} more characters)</source>
        <extracomment>Arguments shown in the dialog, at most (the rest is cut, and said to be).</extracomment>
        <translation>
            <numerusform>… ({count} caractère de plus)</numerusform>
            <numerusform>… ({count} caractères de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow this tool call?</source>
        <translation>Autoriser cet appel d&apos;outil&#xa0;?</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>Outil&#xa0;:</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(aucune description)</translation>
    </message>
    <message>
        <source>What it does:</source>
        <translation>Ce qu&apos;il fait&#xa0;:</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>&amp;Autoriser une fois</translation>
    </message>
    <message>
        <source>Always allow this &amp;tool</source>
        <translation>Toujours autoriser cet &amp;outil</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Which tools (MCP servers) this conversation may use</source>
        <translation>Les outils (serveurs MCP) que cette conversation peut utiliser</translation>
    </message>
    <message>
        <source>Tools ({offered}/{total})</source>
        <translation>Outils ({offered}/{total})</translation>
    </message>
    <message>
        <source>No MCP servers yet</source>
        <translation>Aucun serveur MCP pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln outil</numerusform>
            <numerusform>%Ln outils</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP servers…</source>
        <translation>Serveurs MCP…</translation>
    </message>
    <message>
        <source>Local command (stdio)</source>
        <translation>Commande locale (stdio)</translation>
    </message>
    <message>
        <source>Remote (HTTP)</source>
        <translation>Distant (HTTP)</translation>
    </message>
    <message>
        <source>Remote (SSE)</source>
        <translation>Distant (SSE)</translation>
    </message>
    <message>
        <source>&lt;in the keyring&gt;</source>
        <extracomment>Shown in place of a value kept in the keyring (``tr`` it where it is shown).</extracomment>
        <translation>&lt;dans le trousseau&gt;</translation>
    </message>
    <message>
        <source>Tools: MCP servers</source>
        <translation>Outils&#xa0;: serveurs MCP</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Enable/&amp;disable</source>
        <translation>Activer/&amp;désactiver</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <source>&amp;Paste mcp.json…</source>
        <translation>&amp;Coller mcp.json…</translation>
    </message>
    <message>
        <source>Servers are kept in {path} (Claude Desktop&apos;s shape).</source>
        <translation>Les serveurs sont conservés dans {path} (au format de Claude Desktop).</translation>
    </message>
    <message numerus="yes">
        <source>ready, %Ln tool(s)</source>
        <translation>
            <numerusform>prêt, %Ln outil</numerusform>
            <numerusform>prêt, %Ln outils</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste mcp.json</source>
        <translation>Coller mcp.json</translation>
    </message>
    <message>
        <source>That is not JSON: {problem}</source>
        <translation>Ce n&apos;est pas du JSON&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>le texte collé</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>Serveur MCP</translation>
    </message>
    <message>
        <source>NAME=value, one per line (headers for remote servers)</source>
        <translation>NOM=valeur, un par ligne (en-têtes pour les serveurs distants)</translation>
    </message>
    <message>
        <source>API_TOKEN=…, one per line: kept in the system keyring</source>
        <translation>API_TOKEN=…, un par ligne : gardé dans le trousseau du système</translation>
    </message>
    <message>
        <source>These values are kept in the system keyring; mcp.json keeps only a reference</source>
        <translation>Ces valeurs sont gardées dans le trousseau du système ; mcp.json ne garde qu’une référence</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>&amp;Dossier de travail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Environment or headers:</source>
        <translation>&amp;Environnement ou en-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &amp;values (system keyring):</source>
        <translation>&amp;Valeurs secrètes (trousseau du système)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeout per call:</source>
        <translation>Dé&amp;lai par appel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <source>&amp;Quick ask</source>
        <translation>Question &amp;rapide</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récentes</translation>
    </message>
    <message>
        <source>&amp;Show chatdesk</source>
        <translation>&amp;Afficher chatdesk</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>chatdesk is still running</source>
        <translation>chatdesk est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Closing the window keeps chatdesk in the tray. Quit it from the tray&apos;s menu or with Ctrl+Q; Settings turns this off.</source>
        <translation>Fermer la fenêtre laisse chatdesk dans la zone de notification. Quittez-le depuis le menu de la zone de notification ou avec Ctrl+Q&#xa0;; ce comportement se désactive dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>Reply finished in {seconds} s · %Ln step(s)</source>
        <translation>
            <numerusform>Réponse terminée en {seconds} s · %Ln étape</numerusform>
            <numerusform>Réponse terminée en {seconds} s · %Ln étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply finished in {seconds} s</source>
        <translation>Réponse terminée en {seconds} s</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Complétion</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>(deleted server)</source>
        <translation>(serveur supprimé)</translation>
    </message>
    <message>
        <source>(server not recorded)</source>
        <translation>(serveur non enregistré)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Usage totals</source>
        <translation>Totaux d&apos;utilisation</translation>
    </message>
    <message>
        <source>Replies whose server reported no usage are estimated (marked ~). Costs use the price table (History &gt; Prices…): its built-in prices only on the servers that charge them, your own everywhere; without a price, tokens only. Replies count under the server their conversation was last used with.</source>
        <translation>Les réponses dont le serveur n&apos;a pas indiqué l&apos;utilisation sont estimées (marquées ~). Les coûts s&apos;appuient sur la table des prix (Historique &gt; Prix…)&#xa0;: ses prix intégrés uniquement sur les serveurs qui les facturent, les vôtres partout&#xa0;; sans prix, seulement les tokens. Chaque réponse est comptée sous le serveur avec lequel sa conversation a été utilisée en dernier.</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Totaux&#xa0;:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month of a year in the usage table, as a Qt date format</comment>
        <extracomment>A Qt date format: MMMM the month&apos;s name, M its number, yyyy the year, &apos;text&apos; as is.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) shown.</source>
        <translation>
            <numerusform>%Ln message affiché.</numerusform>
            <numerusform>%Ln messages affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>{title}, pinned</source>
        <translation>{title}, épinglée</translation>
    </message>
    <message>
        <source>{sender}, message {number}</source>
        <translation>{sender}, message {number}</translation>
    </message>
    <message>
        <source>{link}, link</source>
        <translation>{link}, lien</translation>
    </message>
    <message>
        <source>{link}, link, your message</source>
        <translation>{link}, lien, votre message</translation>
    </message>
    <message>
        <source>{link}, link, {sender}&apos;s message</source>
        <translation>{link}, lien, message de {sender}</translation>
    </message>
    <message>
        <source>Alt+Down and Alt+Up move between messages; Tab moves through their links.</source>
        <translation>Alt+Down et Alt+Up permettent de passer d&apos;un message à l&apos;autre&#xa0;; Tab parcourt leurs liens.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Enter envoie, Shift+Enter commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Envoyer le message (Enter)</translation>
    </message>
    <message>
        <source>Attach images, documents or text files; pasting files works too.</source>
        <translation>Joindre des images, des documents ou des fichiers texte&#xa0;; vous pouvez aussi coller des fichiers.</translation>
    </message>
    <message>
        <source>Fix what the banner reports</source>
        <translation>Corriger ce que signale le bandeau</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Profil de serveur</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Gérer les profils</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>Actualiser la liste des modèles</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Rechercher dans toutes les conversations</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d&apos;état</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Actual text size</source>
        <translation>&amp;Taille réelle du texte</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>P&amp;revious pane</source>
        <translation>Volet p&amp;récédent</translation>
    </message>
    <message>
        <source>Next &amp;message</source>
        <translation>Message &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious message</source>
        <translation>Message pré&amp;cédent</translation>
    </message>
    <message>
        <source>No presets yet (Message &gt; Conversation settings…)</source>
        <translation>Aucun préréglage pour l&apos;instant (Message &gt; Paramètres de la conversation…)</translation>
    </message>
    <message>
        <source>New conversation from “{name}”</source>
        <translation>Nouvelle conversation à partir de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>chatdesk or ChatGPT export</source>
        <translation>Export chatdesk ou ChatGPT</translation>
    </message>
    <message>
        <source>Nothing to export: this conversation is empty.</source>
        <translation>Rien à exporter&#xa0;: cette conversation est vide.</translation>
    </message>
    <message>
        <source>conversation</source>
        <comment>default file name</comment>
        <translation>conversation</translation>
    </message>
    <message>
        <source>chatdesk-history</source>
        <comment>default file name</comment>
        <translation>chatdesk-historique</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>Clé non enregistrée</translation>
    </message>
    <message>
        <source>{problem}

The key you entered is used until you quit chatdesk.</source>
        <translation>{problem}

La clé saisie est utilisée jusqu&apos;à ce que vous quittiez chatdesk.</translation>
    </message>
    <message>
        <source>About chatdesk</source>
        <translation>À propos de chatdesk</translation>
    </message>
    <message>
        <source>chatdesk {version}
A native chat client for OpenAI-compatible servers.</source>
        <translation>chatdesk {version}
Un client de chat natif pour les serveurs compatibles OpenAI.</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <source>New conversation from &amp;preset</source>
        <translation>Nouvelle conversation depuis un pré&amp;réglage</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>Exporter &amp;toutes les conversations…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP servers)…</source>
        <translation>&amp;Outils (serveurs MCP)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>&amp;Usage…</source>
        <translation>&amp;Utilisation…</translation>
    </message>
    <message>
        <source>P&amp;rices…</source>
        <translation>&amp;Prix…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About chatdesk</source>
        <translation>À &amp;propos de chatdesk</translation>
    </message>
    <message>
        <source>Conversation &amp;settings…</source>
        <translation>Paramè&amp;tres de la conversation…</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copier la dernière réponse</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;Régénérer la réponse</translation>
    </message>
    <message>
        <source>C&amp;ontinue reply</source>
        <translation>C&amp;ontinuer la réponse</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;Modifier le dernier message</translation>
    </message>
    <message>
        <source>&amp;Delete last message</source>
        <translation>&amp;Supprimer le dernier message</translation>
    </message>
    <message>
        <source>&amp;Previous version</source>
        <translation>Version &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next version</source>
        <translation>Version sui&amp;vante</translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation>Compar&amp;er des modèles…</translation>
    </message>
    <message>
        <source>Prompt &amp;library…</source>
        <translation>&amp;Bibliothèque de prompts…</translation>
    </message>
    <message>
        <source>{server} · {prompt}</source>
        <extracomment>A server&apos;s prompt in the &quot;/&quot; popup: the MCP server&apos;s name, then the prompt&apos;s title.</extracomment>
        <translation>{server} · {prompt}</translation>
    </message>
    <message>
        <source>Getting the prompt “{prompt}” from {server}…</source>
        <translation>Récupération du prompt « {prompt} » depuis {server}…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” did not send the prompt “{prompt}” within {seconds} s. Choose it again to retry; a slow server can be given more time with its “timeout” in mcp.json.</source>
        <translation>Le serveur MCP « {server} » n’a pas envoyé le prompt « {prompt} » en {seconds} s. Choisissez-le à nouveau pour réessayer ; un serveur lent peut recevoir plus de temps avec son « timeout » dans mcp.json.</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running ({reason}), so its prompt “{prompt}” was not inserted. Restart it in File › Tools (MCP servers)…</source>
        <translation>Le serveur MCP « {server} » ne fonctionne pas ({reason}), son prompt « {prompt} » n’a donc pas été inséré. Redémarrez-le dans Fichier › Outils (serveurs MCP)…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running, so its prompt “{prompt}” was not inserted. Check it in File › Tools (MCP servers)…</source>
        <translation>Le serveur MCP « {server} » ne fonctionne pas, son prompt « {prompt} » n’a donc pas été inséré. Vérifiez-le dans Fichier › Outils (serveurs MCP)…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” could not give the prompt “{prompt}”: {reason}. Choose it again to retry, or restart the server in File › Tools (MCP servers)…</source>
        <translation>Le serveur MCP « {server} » n’a pas pu fournir le prompt « {prompt} » : {reason}. Choisissez-le à nouveau pour réessayer, ou redémarrez le serveur dans Fichier › Outils (serveurs MCP)…</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>{name} (required)</source>
        <extracomment>A required argument of a server&apos;s prompt, in the dialog that asks for them.</extracomment>
        <translation>{name} (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>chatdesk hit a bug ({error}). It is not a problem with your server, disk or network, and trying again will not help. The log has the details (Help &gt; Open log folder): please report the bug with it.</source>
        <extracomment>While a stream keeps sending, its items reach the UI thread at most this often.</extracomment>
        <translation>chatdesk a rencontré un bogue ({error}). Ce n’est pas un problème de votre serveur, de votre disque ou de votre réseau, et réessayer n’y changera rien. Le journal contient les détails (Aide &gt; Ouvrir le dossier des journaux) : signalez le bogue en le joignant.</translation>
    </message>
    <message numerus="yes">
        <source>{prompt} prompt + {completion} completion = {total} token(s)</source>
        <translation>
            <numerusform>{prompt} de prompt + {completion} de complétion = {total} token</numerusform>
            <numerusform>{prompt} de prompt + {completion} de complétion = {total} tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Occidental</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>Europe centrale</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Cyrillique</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Baltic</source>
        <translation>Balte</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thaï</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Chinese Simplified</source>
        <translation>Chinois simplifié</translation>
    </message>
    <message>
        <source>Chinese Traditional</source>
        <translation>Chinois traditionnel</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Read &amp;as</source>
        <translation>Lire &amp;avec l’encodage</translation>
    </message>
    <message>
        <source>{region} ({encoding})</source>
        <comment>an encoding: Western (Windows-1252)</comment>
        <translation>{region} ({encoding})</translation>
    </message>
</context>
</TS>
