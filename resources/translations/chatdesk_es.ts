<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>The window&apos;s language; a change applies when chatdesk starts again.</source>
        <translation>El idioma de la ventana; los cambios se aplican al volver a iniciar chatdesk.</translation>
    </message>
    <message>
        <source>A native desktop chat client for OpenAI-compatible servers. Without a command, the window opens.</source>
        <translation>Un cliente de chat nativo de escritorio para servidores compatibles con OpenAI. Sin ningún comando, se abre la ventana.</translation>
    </message>
    <message>
        <source>add chatdesk and its icon to this user&apos;s application menu, then exit</source>
        <translation>añade chatdesk y su icono al menú de aplicaciones de este usuario y luego sale</translation>
    </message>
    <message>
        <source>open the quick-ask window (for a desktop keyboard shortcut); a running chatdesk opens it at once</source>
        <translation>abre la ventana de pregunta rápida (para un atajo de teclado del escritorio); si chatdesk ya está en ejecución, la abre al instante</translation>
    </message>
    <message>
        <source>use the &apos;Local&apos; profile at URL, an OpenAI-compatible server needing no key (scripts/run.sh --local starts one with a small model and passes this)</source>
        <translation>usa el perfil &apos;Local&apos; en URL, un servidor compatible con OpenAI que no necesita clave (scripts/run.sh --local inicia uno con un modelo pequeño y pasa esta opción)</translation>
    </message>
    <message>
        <source>write conversations as Markdown or JSON</source>
        <translation>escribe conversaciones como Markdown o JSON</translation>
    </message>
    <message>
        <source>one conversation (its id or a prefix)</source>
        <translation>una conversación (su id o un prefijo)</translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation>archivo en el que escribir (predeterminado: stdout)</translation>
    </message>
    <message>
        <source>import a chatdesk JSON or ChatGPT export</source>
        <translation>importa una exportación JSON de chatdesk o de ChatGPT</translation>
    </message>
    <message>
        <source>the history was damaged and moved to {path}</source>
        <translation>el historial estaba dañado y se movió a {path}</translation>
    </message>
    <message>
        <source>no single conversation matches “{query}”</source>
        <translation>ninguna conversación coincide de forma unívoca con “{query}”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s).</source>
        <translation>
            <numerusform>Se exportó %Ln conversación.</numerusform>
            <numerusform>Se exportaron %Ln conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not install the desktop entry: {error}</source>
        <translation>no se pudo instalar la entrada de escritorio: {error}</translation>
    </message>
    <message>
        <source>Installed {path} and the chatdesk icon; it appears in the application menu.</source>
        <translation>Se instalaron {path} y el icono de chatdesk; aparece en el menú de aplicaciones.</translation>
    </message>
    <message>
        <source>{name} is a folder; only files can be attached</source>
        <translation>{name} es una carpeta; solo se pueden adjuntar archivos</translation>
    </message>
    <message>
        <source>{name} is a pipe; only files can be attached</source>
        <translation>{name} es una tubería; solo se pueden adjuntar archivos</translation>
    </message>
    <message>
        <source>{name} is a socket; only files can be attached</source>
        <translation>{name} es un socket; solo se pueden adjuntar archivos</translation>
    </message>
    <message>
        <source>{name} is a device; only files can be attached</source>
        <translation>{name} es un dispositivo; solo se pueden adjuntar archivos</translation>
    </message>
    <message>
        <source>{name} is not a regular file; only files can be attached</source>
        <translation>{name} no es un archivo normal; solo se pueden adjuntar archivos</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB, too large to attach</source>
        <translation>{name} ocupa más de {size} MB, demasiado para adjuntarlo</translation>
    </message>
    <message>
        <source>{name} is {size} MB; images can be at most {most} MB</source>
        <translation>{name} ocupa {size} MB; las imágenes pueden ocupar como máximo {most} MB</translation>
    </message>
    <message>
        <source>{name} looks like a {kind} image but its header is damaged</source>
        <translation>{name} parece una imagen {kind}, pero su cabecera está dañada</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels); images can be at most {most} megapixels (the server scales them to 2048 pixels anyway): resize it first</source>
        <translation>{name} mide {width}×{height} píxeles ({megapixels} megapíxeles); las imágenes pueden tener como máximo {most} megapíxeles (el servidor las reduce igualmente a 2048 píxeles): redimensiónela primero</translation>
    </message>
    <message>
        <source>{name} is {size} KB; text files can be at most {most} KB (attach the part that matters)</source>
        <translation>{name} ocupa {size} KB; los archivos de texto pueden ocupar como máximo {most} KB (adjunte la parte que importa)</translation>
    </message>
    <message>
        <source>{name} is neither an image (PNG, JPEG, GIF, WebP) nor UTF-8 text</source>
        <translation>{name} no es ni una imagen (PNG, JPEG, GIF, WebP) ni texto UTF-8</translation>
    </message>
    <message>
        <source>{name}: its text is {size} KB; at most {most} KB of text go with one file (choose fewer pages)</source>
        <translation>{name}: su texto ocupa {size} KB; con un archivo se envían como máximo {most} KB de texto (elija menos páginas)</translation>
    </message>
    <message>
        <source>{name}: {size} KB of text; one file can bring at most {most} KB</source>
        <translation>{name}: {size} KB de texto; un archivo puede aportar como máximo {most} KB</translation>
    </message>
    <message numerus="yes">
        <source>{name}: ~%Ln token(s); the model&apos;s context is {context} tokens and one file may take at most ~{most}</source>
        <translation>
            <numerusform>{name}: ~%Ln token; el contexto del modelo es de {context} tokens y un archivo puede ocupar como máximo ~{most}</numerusform>
            <numerusform>{name}: ~%Ln tokens; el contexto del modelo es de {context} tokens y un archivo puede ocupar como máximo ~{most}</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation {number}</source>
        <extracomment>Where a problem is in an imported file: its 3rd conversation.</extracomment>
        <translation>conversación {number}</translation>
    </message>
    <message>
        <source>{where}: not an object</source>
        <translation>{where}: no es un objeto</translation>
    </message>
    <message>
        <source>{where} (“{title}”)</source>
        <translation>{where} (“{title}”)</translation>
    </message>
    <message>
        <source>{where}: “mapping” is missing or not an object</source>
        <translation>{where}: falta “mapping” o no es un objeto</translation>
    </message>
    <message>
        <source>{where}: “current_node” does not name a node in “mapping”</source>
        <translation>{where}: “current_node” no corresponde a ningún nodo de “mapping”</translation>
    </message>
    <message>
        <source>{where}: the parent links loop at node {node}</source>
        <translation>{where}: los enlaces a los nodos padre forman un bucle en el nodo {node}</translation>
    </message>
    <message>
        <source>{where}: node {node} is missing from “mapping”</source>
        <translation>{where}: el nodo {node} no está en “mapping”</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <translation>Conversación de ChatGPT</translation>
    </message>
    <message>
        <source>{where}, node {node}</source>
        <translation>{where}, nodo {node}</translation>
    </message>
    <message>
        <source>{where}: message id {message_id} appears twice</source>
        <translation>{where}: el id de mensaje {message_id} aparece dos veces</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>Se rechazó la clave de API</translation>
    </message>
    <message>
        <source>Model or endpoint not found</source>
        <translation>No se encontró el modelo o el punto de conexión</translation>
    </message>
    <message>
        <source>The conversation is too long for this model</source>
        <translation>La conversación es demasiado larga para este modelo</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>El servidor rechazó la solicitud</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de solicitudes alcanzado</translation>
    </message>
    <message>
        <source>The server had a problem</source>
        <translation>El servidor tuvo un problema</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>No se pudo conectar con el servidor</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read</source>
        <translation>No se pudo leer la respuesta del servidor</translation>
    </message>
    <message>
        <source>The server sent an empty reply</source>
        <translation>El servidor envió una respuesta vacía</translation>
    </message>
    <message>
        <source>The reply was cut off</source>
        <translation>La respuesta se cortó</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>No hay ningún llavero del sistema disponible</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problema con el historial</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>No se pudo adjuntar</translation>
    </message>
    <message>
        <source>The base URL needs a change</source>
        <translation>Hay que cambiar la URL base</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>No se guardó la configuración</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <extracomment>An error&apos;s title and the HTTP status code the server answered with (404).</extracomment>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>{advice} The server said: “{message}”</source>
        <translation>{advice} El servidor dijo: “{message}”</translation>
    </message>
    <message>
        <source>Check the API key in Settings (Ctrl+,).</source>
        <translation>Compruebe la clave de API en Configuración (Ctrl+,).</translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password: check them in Settings.</source>
        <translation>El proxy pidió un nombre de usuario y una contraseña: compruébelos en Configuración.</translation>
    </message>
    <message>
        <source>The server has no model “{model}” or no endpoint at {url}. Check the model name and the base URL in Settings.</source>
        <translation>El servidor no tiene el modelo “{model}” o no hay ningún punto de conexión en {url}. Compruebe el nombre del modelo y la URL base en Configuración.</translation>
    </message>
    <message>
        <source>Too many requests or quota exhausted; wait a moment, then retry.</source>
        <translation>Demasiadas solicitudes o cuota agotada; espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This is usually temporary: retry in a moment.</source>
        <translation>Suele ser temporal: vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Start a new conversation or shorten your message.</source>
        <translation>Inicie una conversación nueva o acorte su mensaje.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>El servidor no indicó ningún motivo.</translation>
    </message>
    <message>
        <source>The server reported an error mid-reply: “{message}”</source>
        <translation>El servidor informó de un error a mitad de la respuesta: “{message}”</translation>
    </message>
    <message>
        <source>{where}: “{name}” is missing</source>
        <translation>{where}: falta “{name}”</translation>
    </message>
    <message>
        <source>{where}: “{name}” has the wrong type</source>
        <translation>{where}: “{name}” tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a duration ({value})</source>
        <translation>{where}: “{name}” no es una duración ({value})</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a token count ({value})</source>
        <translation>{where}: “{name}” no es un número de tokens ({value})</translation>
    </message>
    <message>
        <source>{where}, attachment {number}</source>
        <translation>{where}, adjunto {number}</translation>
    </message>
    <message>
        <source>{where}: not an image or text attachment</source>
        <translation>{where}: no es un adjunto de imagen ni de texto</translation>
    </message>
    <message>
        <source>{where}: its data is not base64</source>
        <translation>{where}: sus datos no están en base64</translation>
    </message>
    <message>
        <source>{where}: larger than {size} KB</source>
        <translation>{where}: ocupa más de {size} KB</translation>
    </message>
    <message>
        <source>{where}: a text file that is not UTF-8</source>
        <translation>{where}: un archivo de texto que no es UTF-8</translation>
    </message>
    <message>
        <source>{where}: unknown role “{role}”</source>
        <translation>{where}: rol desconocido “{role}”</translation>
    </message>
    <message>
        <source>{where}: unknown status “{status}”</source>
        <translation>{where}: estado desconocido “{status}”</translation>
    </message>
    <message>
        <source>{where}: a tool result without its call</source>
        <translation>{where}: un resultado de herramienta sin su llamada</translation>
    </message>
    <message>
        <source>{where}: “{name}” is empty</source>
        <translation>{where}: “{name}” está vacío</translation>
    </message>
    <message>
        <source>{where}, message {number}</source>
        <translation>{where}, mensaje {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is also message {number}&apos;s</source>
        <translation>{where}: su uid “{uid}” es también el del mensaje {number}</translation>
    </message>
    <message>
        <source>“projects” is not a list</source>
        <translation>“projects” no es una lista</translation>
    </message>
    <message>
        <source>project {number}</source>
        <translation>proyecto {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is used twice</source>
        <translation>{where}: su uid “{uid}” se usa dos veces</translation>
    </message>
    <message>
        <source>this file is chatdesk export version {version}; this chatdesk reads up to version {supported}</source>
        <translation>este archivo es una exportación de chatdesk de la versión {version}; este chatdesk lee hasta la versión {supported}</translation>
    </message>
    <message>
        <source>“conversations” is missing or not a list</source>
        <translation>falta “conversations” o no es una lista</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a time ({value})</source>
        <translation>{where}: “{name}” no es una fecha y hora ({value})</translation>
    </message>
    <message>
        <source>not a chatdesk export or a ChatGPT conversations.json (expected an object with &quot;format&quot;: &quot;chatdesk&quot;, or a list of conversations)</source>
        <translation>no es una exportación de chatdesk ni un conversations.json de ChatGPT (se esperaba un objeto con &quot;format&quot;: &quot;chatdesk&quot; o una lista de conversaciones)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (invalid byte at offset {offset})</source>
        <translation>no es texto UTF-8 (byte no válido en la posición {offset})</translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export</source>
        <translation>está anidado a demasiada profundidad para ser una exportación</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation>no es JSON válido ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Last reply ({figures}, %Ln step(s))</source>
        <translation>
            <numerusform>Última respuesta ({figures}, %Ln paso)</numerusform>
            <numerusform>Última respuesta ({figures}, %Ln pasos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reply: {figures}</source>
        <translation>Última respuesta: {figures}</translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed ({cost})</source>
        <translation>
            <numerusform>Conversación: {tokens} token facturado ({cost})</numerusform>
            <numerusform>Conversación: {tokens} tokens facturados ({cost})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed</source>
        <translation>
            <numerusform>Conversación: {tokens} token facturado</numerusform>
            <numerusform>Conversación: {tokens} tokens facturados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ≥ ~%Ln token(s)</source>
        <extracomment>How long the conversation is: what the next request sends (~: estimated; ≥: more of it is still in the history).</extracomment>
        <translation>
            <numerusform>próxima solicitud ≥ ~%Ln token</numerusform>
            <numerusform>próxima solicitud ≥ ~%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ~%Ln token(s)</source>
        <translation>
            <numerusform>próxima solicitud ~%Ln token</numerusform>
            <numerusform>próxima solicitud ~%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>[image: {description}]</source>
        <translation>[imagen: {description}]</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Above a code block whose language is not named.</extracomment>
        <translation>código</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The link above a code block that copies the code.
----------
The links in a message&apos;s header, by verb (English, marked: ``tr`` them when shown).</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>temperature</source>
        <extracomment>A request parameter as an error names it (&quot;temperature must be a number&quot;).</extracomment>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>top p</source>
        <translation>top p</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>máximo de tokens</translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation>penalización por presencia</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>penalización por frecuencia</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>{parameter} must be a whole number</source>
        <translation>{parameter} debe ser un número entero</translation>
    </message>
    <message>
        <source>{parameter} must be a number</source>
        <translation>{parameter} debe ser un número</translation>
    </message>
    <message>
        <source>{parameter} must be a finite number</source>
        <translation>{parameter} debe ser un número finito</translation>
    </message>
    <message>
        <source>{parameter} must be between {low} and {high}</source>
        <translation>{parameter} debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>{parameter} must be at least {low}</source>
        <translation>{parameter} debe ser como mínimo {low}</translation>
    </message>
    <message>
        <source>${amount}</source>
        <extracomment>A cost in US dollars.</extracomment>
        <translation>${amount}</translation>
    </message>
    <message>
        <source>&lt;${amount}</source>
        <extracomment>A cost too small to show: less than $0.0001.</extracomment>
        <translation>&lt;${amount}</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Iniciar una conversación nueva</translation>
    </message>
    <message>
        <source>Choose the model (or type /model name)</source>
        <translation>Elegir el modelo (o escribir /model nombre)</translation>
    </message>
    <message>
        <source>This conversation&apos;s system prompt (or type /system text)</source>
        <translation>El prompt del sistema de esta conversación (o escribir /system texto)</translation>
    </message>
    <message>
        <source>Start over: a new conversation with this one&apos;s system prompt and parameters</source>
        <translation>Empezar de nuevo: una conversación nueva con el prompt del sistema y los parámetros de esta</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>Exportar esta conversación</translation>
    </message>
    <message>
        <source>{description}: {argument}</source>
        <extracomment>A command in the &quot;/&quot; popup and what was typed after it (/model gpt-4o).</extracomment>
        <translation>{description}: {argument}</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>ocupa más de {size} MB</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>no es JSON válido (línea {line}, columna {column}: {problem})</translation>
    </message>
    <message>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>no es JSON válido (anidado a demasiada profundidad)</translation>
    </message>
    <message>
        <source>it is not a chatdesk prompt library (format {value})</source>
        <translation>no es una biblioteca de prompts de chatdesk (formato {value})</translation>
    </message>
    <message>
        <source>“version” is not a number ({value})</source>
        <translation>“version” no es un número ({value})</translation>
    </message>
    <message>
        <source>it was written by a newer chatdesk (library version {version}; this one reads version {supported})</source>
        <translation>lo escribió una versión más reciente de chatdesk (versión de biblioteca {version}; esta lee la versión {supported})</translation>
    </message>
    <message>
        <source>it has no “prompts” list</source>
        <translation>no tiene una lista “prompts”</translation>
    </message>
    <message>
        <source>“prompts” is not a list ({value})</source>
        <translation>“prompts” no es una lista ({value})</translation>
    </message>
    <message numerus="yes">
        <source>it holds %Ln prompt(s); at most {most} are kept</source>
        <translation>
            <numerusform>contiene %Ln prompt; se conservan como máximo {most}</numerusform>
            <numerusform>contiene %Ln prompts; se conservan como máximo {most}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} (“{name}”) is %Ln character(s) long; at most {most}</source>
        <translation>
            <numerusform>{where} (“{name}”) tiene %Ln carácter; como máximo {most}</numerusform>
            <numerusform>{where} (“{name}”) tiene %Ln caracteres; como máximo {most}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the library would hold more than %Ln prompt(s)</source>
        <translation>
            <numerusform>la biblioteca tendría más de %Ln prompt</numerusform>
            <numerusform>la biblioteca tendría más de %Ln prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>prompt {number}</source>
        <extracomment>Where a problem is in a prompt library file: its 3rd prompt.</extracomment>
        <translation>prompt {number}</translation>
    </message>
    <message>
        <source>{where} is not an object ({value})</source>
        <translation>{where} no es un objeto ({value})</translation>
    </message>
    <message>
        <source>{where}: “name” is missing or not text ({value})</source>
        <translation>{where}: falta “name” o no es texto ({value})</translation>
    </message>
    <message>
        <source>{where} (“{name}”): “text” is missing or not text</source>
        <translation>{where} (“{name}”): falta “text” o no es texto</translation>
    </message>
    <message>
        <source>{where}: “name” is empty</source>
        <translation>{where}: “name” está vacío</translation>
    </message>
    <message>
        <source>Saved prompt</source>
        <translation>Prompt guardado</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>The server sent a line longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>El servidor envió una línea de más de {size} MiB, algo que ningún flujo de chat necesita; la respuesta se detuvo ahí. Compruebe que la URL base apunta a una API compatible con OpenAI.</translation>
    </message>
    <message>
        <source>The server sent an event longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>El servidor envió un evento de más de {size} MiB, algo que ningún flujo de chat necesita; la respuesta se detuvo ahí. Compruebe que la URL base apunta a una API compatible con OpenAI.</translation>
    </message>
    <message>
        <source>{problem} Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>{problem} Compruebe que la URL base apunta a una API compatible con OpenAI.</translation>
    </message>
    <message>
        <source>The server answered but sent nothing. If the conversation is long, it may not fit the model&apos;s context: start a new one or shorten it.</source>
        <translation>El servidor respondió, pero no envió nada. Si la conversación es larga, puede que no quepa en el contexto del modelo: inicie una nueva o acórtela.</translation>
    </message>
    <message>
        <source>A streamed event is not JSON.</source>
        <translation>Un evento del flujo no es JSON.</translation>
    </message>
    <message>
        <source>The reply is not JSON.</source>
        <translation>La respuesta no es JSON.</translation>
    </message>
    <message>
        <source>A streamed event is an unexpected JSON value.</source>
        <translation>Un evento del flujo es un valor JSON inesperado.</translation>
    </message>
    <message>
        <source>The reply is an unexpected JSON value.</source>
        <translation>La respuesta es un valor JSON inesperado.</translation>
    </message>
    <message>
        <source>The reply has no choices.</source>
        <translation>La respuesta no contiene ninguna opción (choices).</translation>
    </message>
    <message numerus="yes">
        <source>the model asked for more than %Ln tool call(s) at once</source>
        <translation>
            <numerusform>el modelo pidió más de %Ln llamada a herramientas a la vez</numerusform>
            <numerusform>el modelo pidió más de %Ln llamadas a herramientas a la vez</numerusform>
        </translation>
    </message>
    <message>
        <source>a tool call&apos;s arguments are larger than chatdesk accepts</source>
        <translation>los argumentos de una llamada a herramienta superan el tamaño que chatdesk acepta</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password (user:password@). Remove them from the URL and put the key in the API key field.</source>
        <translation>La URL base no debe contener un nombre de usuario ni una contraseña (usuario:contraseña@). Quítelos de la URL y ponga la clave en el campo de la clave de API.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>La URL base debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>The base URL has no host name</source>
        <translation>La URL base no tiene nombre de host</translation>
    </message>
    <message>
        <source>The proxy must start with http://, https://, socks5:// or socks5h://</source>
        <translation>El proxy debe empezar por http://, https://, socks5:// o socks5h://</translation>
    </message>
    <message>
        <source>The proxy has no host name</source>
        <translation>El proxy no tiene nombre de host</translation>
    </message>
    <message>
        <source>Put the proxy&apos;s user name and password in their own fields, not in the URL</source>
        <translation>Ponga el nombre de usuario y la contraseña del proxy en sus propios campos, no en la URL</translation>
    </message>
    <message>
        <source>This server does not offer the model {model}. Choose one of its models ({models}) in the Model box above the prompt, then send again.</source>
        <extracomment>How many of the server&apos;s models an error message names.</extracomment>
        <translation>Este servidor no ofrece el modelo {model}. Elija uno de sus modelos ({models}) en el cuadro Modelo, encima del cuadro de mensaje, y vuelva a enviar.</translation>
    </message>
    <message>
        <source>{name} is an old binary Office file (.doc, .xls or .ppt): save it as .docx, .xlsx, .pptx or PDF first</source>
        <translation>{name} es un archivo binario antiguo de Office (.doc, .xls o .ppt): guárdelo antes como .docx, .xlsx, .pptx o PDF</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive</source>
        <translation>{name} está dañado o no es un archivo comprimido válido</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a document chatdesk reads (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</source>
        <translation>{name} es un archivo ZIP, no un documento que chatdesk pueda leer (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</translation>
    </message>
    <message>
        <source>{name} is protected by a password</source>
        <translation>{name} está protegido con contraseña</translation>
    </message>
    <message>
        <source>{name} has no text layer (scanned pages)</source>
        <translation>{name} no tiene capa de texto (páginas escaneadas)</translation>
    </message>
    <message>
        <source>{name} took longer than {seconds} s to read; it is too large or damaged</source>
        <translation>{name} tardó más de {seconds} s en leerse; es demasiado grande o está dañado</translation>
    </message>
    <message>
        <source>{name} holds more than {millions} million characters of text, too much to attach</source>
        <translation>{name} contiene más de {millions} millones de caracteres de texto, demasiado para adjuntarlo</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texto de OpenDocument</translation>
    </message>
    <message>
        <source>{name} has no slides</source>
        <translation>{name} no tiene diapositivas</translation>
    </message>
    <message>
        <source>OpenDocument presentation</source>
        <translation>Presentación de OpenDocument</translation>
    </message>
    <message>
        <source>{name} could not be read: the PDF reader stopped on it; it may be damaged or built to attack PDF readers</source>
        <translation>No se pudo leer {name}: el lector de PDF se detuvo en él; puede estar dañado o hecho para atacar lectores de PDF</translation>
    </message>
    <message>
        <source>{name} could not be read: chatdesk could not start its PDF reader</source>
        <translation>No se pudo leer {name}: chatdesk no pudo iniciar su lector de PDF</translation>
    </message>
    <message>
        <source>{name} needs more memory than chatdesk allows for a document ({size} GB); it may be damaged or built to exhaust memory</source>
        <translation>{name} necesita más memoria de la que chatdesk permite a un documento ({size} GB); puede estar dañado o hecho para agotar la memoria</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way chatdesk cannot open</source>
        <translation>{name} está cifrado de una forma que chatdesk no puede abrir</translation>
    </message>
    <message>
        <source>{name} is damaged or not a PDF ({error})</source>
        <translation>{name} está dañado o no es un PDF ({error})</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln page(s); at most {limit} can be read</source>
        <translation>
            <numerusform>{name} tiene %Ln página; se pueden leer como máximo {limit}</numerusform>
            <numerusform>{name} tiene %Ln páginas; se pueden leer como máximo {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged: none of its pages can be read</source>
        <translation>{name} está dañado: no se puede leer ninguna de sus páginas</translation>
    </message>
    <message>
        <source>{name} has no text to extract</source>
        <translation>{name} no tiene texto que extraer</translation>
    </message>
    <message>
        <source>{name}: a page could not be rendered ({error})</source>
        <translation>{name}: no se pudo renderizar una página ({error})</translation>
    </message>
    <message>
        <source>it declares its own entities (a document type with an internal subset)</source>
        <translation>declara sus propias entidades (un tipo de documento con un subconjunto interno)</translation>
    </message>
    <message>
        <source>it declares entities</source>
        <translation>declara entidades</translation>
    </message>
    <message>
        <source>it refers to external entities</source>
        <translation>hace referencia a entidades externas</translation>
    </message>
    <message>
        <source>its elements nest more than {limit} deep</source>
        <translation>sus elementos se anidan a más de {limit} niveles</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} is unsafe ({reason})</source>
        <translation>{name} no se puede leer: {part} no es seguro ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is not valid XML ({error}, line {line})</source>
        <translation>{name} está dañado: {part} no es XML válido ({error}, línea {line})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} cannot be read ({error})</source>
        <translation>{name} está dañado: {part} no se puede leer ({error})</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} nests too deeply</source>
        <translation>{name} no se puede leer: {part} está anidado a demasiada profundidad</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds more than %Ln file(s); not read</source>
        <translation>
            <numerusform>{name} contiene más de %Ln archivo; no se ha leído</numerusform>
            <numerusform>{name} contiene más de %Ln archivos; no se ha leído</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive ({error})</source>
        <translation>{name} está dañado o no es un archivo comprimido válido ({error})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is missing</source>
        <translation>{name} está dañado: falta {part}</translation>
    </message>
    <message>
        <source>{name} is encrypted; save it without a password first</source>
        <translation>{name} está cifrado; guárdelo antes sin contraseña</translation>
    </message>
    <message>
        <source>{name} is too large to read: {part} inflates to {size} MB (at most {limit} MB)</source>
        <translation>{name} es demasiado grande para leerlo: {part} se descomprime a {size} MB (como máximo {limit} MB)</translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: {part} inflates {ratio} times (to {size} MB); not read</source>
        <translation>{name} parece una bomba ZIP: {part} se descomprime {ratio} veces (hasta {size} MB); no se ha leído</translation>
    </message>
    <message>
        <source>{name} is too large to read: its parts inflate to more than {limit} MB</source>
        <translation>{name} es demasiado grande para leerlo: sus partes se descomprimen a más de {limit} MB</translation>
    </message>
    <message>
        <source>{name} inflates past its limit</source>
        <translation>{name} supera su límite al descomprimirse</translation>
    </message>
    <message>
        <source>{name} is damaged: its main part is missing</source>
        <translation>{name} está dañado: falta su parte principal</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>{name} no tiene hojas</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln filled cell(s), too many to attach: save the part that matters as CSV</source>
        <translation>
            <numerusform>{name} tiene más de %Ln celda con datos, demasiadas para adjuntarlo: guarde como CSV la parte que importa</numerusform>
            <numerusform>{name} tiene más de %Ln celdas con datos, demasiadas para adjuntarlo: guarde como CSV la parte que importa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln sheet(s); not read</source>
        <translation>
            <numerusform>{name} tiene más de %Ln hoja; no se ha leído</numerusform>
            <numerusform>{name} tiene más de %Ln hojas; no se ha leído</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>Hoja de cálculo de OpenDocument</translation>
    </message>
    <message>
        <source>{name} is not valid CSV ({error})</source>
        <translation>{name} no es un CSV válido ({error})</translation>
    </message>
    <message>
        <source>{name} has no cells with text</source>
        <translation>{name} no tiene celdas con texto</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabla CSV</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln slide(s); not read</source>
        <translation>
            <numerusform>{name} tiene más de %Ln diapositiva; no se ha leído</numerusform>
            <numerusform>{name} tiene más de %Ln diapositivas; no se ha leído</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>Presentación de PowerPoint</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} (byte 0x{byte} at position {position}); pick another encoding</source>
        <translation>{name} no es {encoding} válido (byte 0x{byte} en la posición {position}); elija otra codificación</translation>
    </message>
    <message>
        <source>{name} read as {encoding} is not text but binary data; pick another encoding</source>
        <translation>{name} leído como {encoding} no es texto sino datos binarios; elija otra codificación</translation>
    </message>
    <message>
        <source>{name} is neither an image, a document chatdesk reads, nor text in an encoding that could be detected</source>
        <translation>{name} no es ni una imagen, ni un documento que chatdesk pueda leer, ni texto en una codificación reconocible</translation>
    </message>
    <message>
        <source>{name} is too large: {millions} million characters of HTML</source>
        <translation>{name} es demasiado grande: {millions} millones de caracteres de HTML</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>{name} no tiene texto</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>{name} is protected by DRM; its text cannot be read</source>
        <translation>{name} está protegido con DRM; no se puede leer su texto</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln section(s); not read</source>
        <translation>
            <numerusform>{name} tiene más de %Ln sección; no se ha leído</numerusform>
            <numerusform>{name} tiene más de %Ln secciones; no se ha leído</numerusform>
        </translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Libro EPUB</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>The reply is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>La respuesta es demasiado grande (más de {size} MB), así que chatdesk dejó de leerla. Compruebe que la URL base apunta a una API compatible con OpenAI.</translation>
    </message>
    <message>
        <source>Expected a stream of events but got {content_type}: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>Se esperaba un flujo de eventos, pero se recibió {content_type}: “{message}”. Compruebe la URL base o desactive la transmisión en Configuración.</translation>
    </message>
    <message>
        <source>Expected a stream of events but got untyped data: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>Se esperaba un flujo de eventos, pero se recibieron datos sin tipo: “{message}”. Compruebe la URL base o desactive la transmisión en Configuración.</translation>
    </message>
    <message>
        <source>The server closed the stream before the reply was finished. The partial reply is kept; Retry asks again.</source>
        <translation>El servidor cerró el flujo antes de terminar la respuesta. Se conserva la respuesta parcial; Reintentar vuelve a preguntar.</translation>
    </message>
    <message>
        <source>{host} took longer than {seconds} s to answer in full. The server may be overloaded or very slow: retry in a moment, and check the base URL.</source>
        <translation>{host} tardó más de {seconds} s en responder por completo. Puede que el servidor esté sobrecargado o sea muy lento: vuelva a intentarlo en un momento y compruebe la URL base.</translation>
    </message>
    <message>
        <source>Connecting to {host} took longer than {seconds} s. Check your network connection and the base URL.</source>
        <translation>La conexión con {host} tardó más de {seconds} s. Compruebe su conexión de red y la URL base.</translation>
    </message>
    <message>
        <source>{host} accepted the request but sent nothing for {seconds} s. The server may be overloaded: retry in a moment.</source>
        <translation>{host} aceptó la solicitud, pero no envió nada durante {seconds} s. Puede que el servidor esté sobrecargado: vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it asked for a user name and password. Check the proxy, its user name and password in Settings.</source>
        <translation>No se pudo conectar con {host} a través del proxy: pidió un nombre de usuario y una contraseña. Compruebe el proxy, su nombre de usuario y su contraseña en Configuración.</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it did not answer. Check the proxy, its user name and password in Settings.</source>
        <translation>No se pudo conectar con {host} a través del proxy: no respondió. Compruebe el proxy, su nombre de usuario y su contraseña en Configuración.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate is not trusted or TLS failed. If the server uses its own certificate authority, add its CA file in Settings.</source>
        <translation>Falló la conexión segura con {host}: su certificado no es de confianza o falló TLS. Si el servidor usa su propia autoridad de certificación, añada su archivo de CA en Configuración.</translation>
    </message>
    <message>
        <source>The host name {host} could not be found. Check your internet connection and the base URL in Settings.</source>
        <translation>No se encontró el nombre de host {host}. Compruebe su conexión a Internet y la URL base en Configuración.</translation>
    </message>
    <message>
        <source>Nothing is listening at {host}: is the server running? Check the base URL in Settings.</source>
        <translation>No hay nada escuchando en {host}: ¿está el servidor en ejecución? Compruebe la URL base en Configuración.</translation>
    </message>
    <message>
        <source>The connection to {host} failed. Check your network connection and the base URL.</source>
        <translation>Falló la conexión con {host}. Compruebe su conexión de red y la URL base.</translation>
    </message>
    <message>
        <source>“{url}” is not a valid URL. Fix the base URL.</source>
        <translation>“{url}” no es una URL válida. Corrija la URL base.</translation>
    </message>
    <message>
        <source>The request to {host} failed ({error}).</source>
        <translation>Falló la solicitud a {host} ({error}).</translation>
    </message>
    <message>
        <source>The server stopped sending for {seconds} s. The partial reply is kept; Retry asks again.</source>
        <translation>El servidor dejó de enviar durante {seconds} s. Se conserva la respuesta parcial; Reintentar vuelve a preguntar.</translation>
    </message>
    <message>
        <source>The server sent nothing for {seconds} s. It may be overloaded: retry.</source>
        <translation>El servidor no envió nada durante {seconds} s. Puede que esté sobrecargado: vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection broke before the reply started. Check your network and retry.</source>
        <translation>La conexión se interrumpió antes de que empezara la respuesta. Compruebe su red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection broke during the reply. The partial reply is kept; Retry asks again.</source>
        <translation>La conexión se interrumpió durante la respuesta. Se conserva la respuesta parcial; Reintentar vuelve a preguntar.</translation>
    </message>
    <message>
        <source>The model list from {url} is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>La lista de modelos de {url} es demasiado grande (más de {size} MB), así que chatdesk dejó de leerla. Compruebe que la URL base apunta a una API compatible con OpenAI.</translation>
    </message>
    <message>
        <source>{url} did not answer with JSON. Check the base URL.</source>
        <translation>{url} no respondió con JSON. Compruebe la URL base.</translation>
    </message>
    <message>
        <source>{url} did not answer with a model list.</source>
        <translation>{url} no respondió con una lista de modelos.</translation>
    </message>
    <message>
        <source>{host} redirected the request to {target}. chatdesk sends your messages and key only to the server in the base URL: if {origin} is the right server, put its address in the base URL in Settings.</source>
        <translation>{host} redirigió la solicitud a {target}. chatdesk envía sus mensajes y su clave solo al servidor de la URL base: si {origin} es el servidor correcto, ponga su dirección en la URL base en Configuración.</translation>
    </message>
    <message numerus="yes">
        <source>{host} redirected more than %Ln times. Check the base URL in Settings.</source>
        <translation>
            <numerusform>{host} redirigió más de %Ln vez. Compruebe la URL base en Configuración.</numerusform>
            <numerusform>{host} redirigió más de %Ln veces. Compruebe la URL base en Configuración.</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no keyring service (such as GNOME Keyring or KWallet) running. Your key can be used for this session only; it will not be saved.</source>
        <translation>Este sistema no tiene en ejecución ningún servicio de llavero (como GNOME Keyring o KWallet). Su clave solo se puede usar en esta sesión; no se guardará.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it, or use the key for this session only.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéelo o use la clave solo en esta sesión.</translation>
    </message>
    <message>
        <source>The system keyring refused the request ({error}). Your key can be used for this session only; it will not be saved.</source>
        <translation>El llavero del sistema rechazó la solicitud ({error}). Su clave solo se puede usar en esta sesión; no se guardará.</translation>
    </message>
    <message>
        <source>{file} must be a JSON object with an &quot;mcpServers&quot; object in it</source>
        <translation>{file} debe ser un objeto JSON que contenga un objeto &quot;mcpServers&quot;</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; in {file} must be an object of servers by name</source>
        <translation>&quot;{key}&quot; en {file} debe ser un objeto de servidores por nombre</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>No se pudo leer {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason}</source>
        <translation>{file} no es JSON válido: {reason}</translation>
    </message>
    <message>
        <source>There is already a server called &quot;{name}&quot;</source>
        <translation>Ya hay un servidor llamado &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>There is no server called &quot;{name}&quot; in mcp.json</source>
        <translation>No hay ningún servidor llamado &quot;{name}&quot; en mcp.json</translation>
    </message>
    <message>
        <source>it did not start within {seconds} s</source>
        <translation>no se inició en {seconds} s</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>el servidor se detuvo</translation>
    </message>
    <message>
        <source>the server was killed (signal {signal})</source>
        <translation>se forzó el cierre del servidor (señal {signal})</translation>
    </message>
    <message>
        <source>the server stopped (exit code {code})</source>
        <translation>el servidor se detuvo (código de salida {code})</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: {problem}</source>
        <translation>Servidor &quot;{name}&quot;: {problem}</translation>
    </message>
    <message>
        <source>a server needs a name</source>
        <translation>un servidor necesita un nombre</translation>
    </message>
    <message>
        <source>must be an object with a command or a url</source>
        <translation>debe ser un objeto con un command o una url</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; or &quot;sse&quot;</source>
        <translation>&quot;type&quot; debe ser &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; o &quot;sse&quot;</translation>
    </message>
    <message>
        <source>has both a &quot;command&quot; and a &quot;url&quot;: keep one</source>
        <translation>tiene tanto &quot;command&quot; como &quot;url&quot;: deje uno</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a web address</source>
        <translation>&quot;url&quot; debe ser una dirección web</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;stdio&quot; but a &quot;url&quot;; use &quot;http&quot; or remove &quot;type&quot;</source>
        <translation>tiene &quot;type&quot;: &quot;stdio&quot; pero también una &quot;url&quot;; use &quot;http&quot; o quite &quot;type&quot;</translation>
    </message>
    <message>
        <source>needs a &quot;command&quot; (a local server) or a &quot;url&quot; (a remote one)</source>
        <translation>necesita un &quot;command&quot; (un servidor local) o una &quot;url&quot; (uno remoto)</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;{type}&quot; but no &quot;url&quot;</source>
        <translation>tiene &quot;type&quot;: &quot;{type}&quot; pero ninguna &quot;url&quot;</translation>
    </message>
    <message>
        <source>&quot;cwd&quot; must be a folder path</source>
        <translation>&quot;cwd&quot; debe ser la ruta de una carpeta</translation>
    </message>
    <message>
        <source>&quot;url&quot; must start with https:// (got &quot;{url}&quot;)</source>
        <translation>&quot;url&quot; debe empezar por https:// (se recibió &quot;{url}&quot;)</translation>
    </message>
    <message>
        <source>must use https:// (plain http:// only to this machine: localhost, 127.0.0.1)</source>
        <translation>debe usar https:// (http:// sin cifrar solo hacia este equipo: localhost, 127.0.0.1)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>&quot;{key}&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a number of seconds</source>
        <translation>&quot;timeout&quot; debe ser un número de segundos</translation>
    </message>
    <message numerus="yes">
        <source>&quot;timeout&quot; must be more than 0 and at most %Ln second(s)</source>
        <translation>
            <numerusform>&quot;timeout&quot; debe ser mayor que 0 y como máximo %Ln segundo</numerusform>
            <numerusform>&quot;timeout&quot; debe ser mayor que 0 y como máximo %Ln segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of strings</source>
        <translation>&quot;{key}&quot; debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be an object of names and values</source>
        <translation>&quot;{key}&quot; debe ser un objeto de nombres y valores</translation>
    </message>
    <message>
        <source>{key} &quot;{name}&quot; must be a string or {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</source>
        <translation>{key} &quot;{name}&quot; debe ser una cadena o {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</translation>
    </message>
    <message>
        <source>&quot;the command&quot; was not found: is it installed, and on the PATH?</source>
        <translation>no se encontró &quot;el comando&quot;: ¿está instalado y en el PATH?</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; was not found: is it installed, and on the PATH?</source>
        <translation>no se encontró &quot;{command}&quot;: ¿está instalado y en el PATH?</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; cannot be run: {reason}</source>
        <translation>&quot;{command}&quot; no se puede ejecutar: {reason}</translation>
    </message>
    <message>
        <source>error {code}</source>
        <translation>error {code}</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>its certificate is not trusted ({error})</source>
        <translation>su certificado no es de confianza ({error})</translation>
    </message>
    <message>
        <source>could not connect (connection refused)</source>
        <translation>no se pudo conectar (conexión rechazada)</translation>
    </message>
    <message>
        <source>could not connect ({error})</source>
        <translation>no se pudo conectar ({error})</translation>
    </message>
    <message>
        <source>the connection failed ({error})</source>
        <translation>falló la conexión ({error})</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>no respondió a tiempo</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is kept in the system keyring, but: {problem}</source>
        <translation>&quot;{name}&quot; se guarda en el llavero del sistema, pero: {problem}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; should be in the system keyring (as {entry}) but is not there; enter it again in Settings &gt; Tools</source>
        <translation>&quot;{name}&quot; debería estar en el llavero del sistema (como {entry}), pero no está; vuelva a introducirlo en Configuración &gt; Herramientas</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: &quot;{key}&quot; must be an object</source>
        <translation>Servidor &quot;{name}&quot;: &quot;{key}&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>{problem} It was left as it is; your next change to the library keeps it as {name}.damaged-… and starts a new one.</source>
        <translation>{problem} Se ha dejado tal cual; su próximo cambio en la biblioteca lo conservará como {name}.damaged-… y empezará una nueva.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is {size}, more than {limit}.</source>
        <translation>No se pudo usar la biblioteca de prompts {name}: ocupa {size}, más de {limit}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: {reason}.</source>
        <translation>No se pudo usar la biblioteca de prompts {name}: {reason}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is larger than {limit}.</source>
        <translation>No se pudo usar la biblioteca de prompts {name}: ocupa más de {limit}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is not UTF-8 text (byte {offset}).</source>
        <translation>No se pudo usar la biblioteca de prompts {name}: no es texto UTF-8 (byte {offset}).</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation>Ese proyecto ya no existe.</translation>
    </message>
    <message>
        <source>There is no conversation {uid}.</source>
        <translation>No existe la conversación {uid}.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>El historial no está abierto.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be read ({error}) and could not be moved aside ({move_error}). Move it away yourself, then restart chatdesk.</source>
        <translation>No se puede leer el archivo de historial {path} ({error}) y no se pudo apartar ({move_error}). Muévalo usted mismo y reinicie chatdesk.</translation>
    </message>
    <message>
        <source>Could not open the history</source>
        <extracomment>What a failed history job could not do, by the ``action`` its caller names it with (in English, for the log): each a whole clause for the user&apos;s language.</extracomment>
        <translation>No se pudo abrir el historial</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>No se pudo leer el historial</translation>
    </message>
    <message>
        <source>Could not save the history</source>
        <translation>No se pudo guardar el historial</translation>
    </message>
    <message>
        <source>Could not list conversations</source>
        <translation>No se pudieron listar las conversaciones</translation>
    </message>
    <message>
        <source>Could not find the conversation</source>
        <translation>No se encontró la conversación</translation>
    </message>
    <message>
        <source>Could not open the conversation</source>
        <translation>No se pudo abrir la conversación</translation>
    </message>
    <message>
        <source>Could not save the conversation</source>
        <translation>No se pudo guardar la conversación</translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation>No se pudo cambiar el nombre de la conversación</translation>
    </message>
    <message>
        <source>Could not pin the conversation</source>
        <translation>No se pudo fijar la conversación</translation>
    </message>
    <message>
        <source>Could not move the conversation</source>
        <translation>No se pudo mover la conversación</translation>
    </message>
    <message>
        <source>Could not delete the conversation</source>
        <translation>No se pudo eliminar la conversación</translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation>No se pudo guardar el mensaje</translation>
    </message>
    <message>
        <source>Could not save the reply</source>
        <translation>No se pudo guardar la respuesta</translation>
    </message>
    <message>
        <source>Could not delete the message</source>
        <translation>No se pudo eliminar el mensaje</translation>
    </message>
    <message>
        <source>Could not switch the branch</source>
        <translation>No se pudo cambiar de versión</translation>
    </message>
    <message>
        <source>Could not list projects</source>
        <translation>No se pudieron listar los proyectos</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>No se pudo guardar el proyecto</translation>
    </message>
    <message>
        <source>Could not delete the project</source>
        <translation>No se pudo eliminar el proyecto</translation>
    </message>
    <message>
        <source>Could not search</source>
        <translation>No se pudo buscar</translation>
    </message>
    <message>
        <source>Could not read usage</source>
        <translation>No se pudo leer el uso</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>No se pudo importar</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Could not {action}</source>
        <translation>No se pudo {action}</translation>
    </message>
    <message>
        <source>{failed}: the history is locked by another program. Is another chatdesk writing to it? Try again in a moment.</source>
        <translation>{failed}: otro programa tiene bloqueado el historial. ¿Hay otro chatdesk escribiendo en él? Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>{failed}: the disk is full. Free some space; nothing was damaged, and the last change will be saved with the next one.</source>
        <translation>{failed}: el disco está lleno. Libere algo de espacio; no se ha dañado nada y el último cambio se guardará con el siguiente.</translation>
    </message>
    <message>
        <source>{failed}: the history file is read-only. Check the data folder&apos;s permissions.</source>
        <translation>{failed}: el archivo de historial es de solo lectura. Compruebe los permisos de la carpeta de datos.</translation>
    </message>
    <message>
        <source>{failed}: {error}.</source>
        <translation>{failed}: {error}.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Un proyecto necesita un nombre.</translation>
    </message>
    <message>
        <source>The history was written by a newer chatdesk (schema {version}; this one knows {known}). Update chatdesk to open it.</source>
        <extracomment>Forward migrations; index + 1 is the schema version each one produces.</extracomment>
        <translation>El historial lo escribió una versión más reciente de chatdesk (esquema {version}; esta conoce hasta el {known}). Actualice chatdesk para abrirlo.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source} ({skipped} already present).</source>
        <translation>
            <numerusform>Se importó %Ln conversación de {source} ({skipped} ya existían).</numerusform>
            <numerusform>Se importaron %Ln conversaciones de {source} ({skipped} ya existían).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source}.</source>
        <translation>
            <numerusform>Se importó %Ln conversación de {source}.</numerusform>
            <numerusform>Se importaron %Ln conversaciones de {source}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}.</source>
        <translation>{name} no se importó: {reason}.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>no se pudo leer ({reason})</translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>no hay memoria suficiente para leerlo</translation>
    </message>
    <message>
        <source>it is {size} MiB; chatdesk imports files of up to {limit} MiB (split a ChatGPT conversations.json into several files)</source>
        <translation>ocupa {size} MiB; chatdesk importa archivos de hasta {limit} MiB (divida el conversations.json de ChatGPT en varios archivos)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>No se pudo escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>the typesetter could not be started</source>
        <extracomment>Seconds one formula may take (the slowest of a 50-formula corpus takes ~40 ms on an idle machine; the child runs at a lower priority, so a busy one stretches that a lot). A longer source is not typeset (a model that writes 4,000 characters of one formula has usually lost its way; it stays readable as source).</extracomment>
        <translation>no se pudo iniciar el motor de composición</translation>
    </message>
    <message>
        <source>longer than {count} characters</source>
        <translation>más de {count} caracteres</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>\end{{{name}}} does not close what was begun</source>
        <translation>\end{{{name}}} no cierra lo que se abrió</translation>
    </message>
    <message>
        <source>the {name} environment is not supported</source>
        <translation>no se admite el entorno {name}</translation>
    </message>
    <message>
        <source>\begin{{{name}}} is never ended</source>
        <translation>\begin{{{name}}} nunca se cierra</translation>
    </message>
    <message>
        <source>a closing brace without an opening one</source>
        <translation>una llave de cierre sin su llave de apertura</translation>
    </message>
    <message>
        <source>a brace is never closed</source>
        <translation>una llave nunca se cierra</translation>
    </message>
    <message>
        <source>{command} is not supported</source>
        <translation>no se admite {command}</translation>
    </message>
    <message>
        <source>&amp; outside an environment that aligns</source>
        <translation>&amp; fuera de un entorno de alineación</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>no hay nada que dibujar</translation>
    </message>
    <message>
        <source>Reply cut off: incomplete.</source>
        <translation>Respuesta cortada: incompleta.</translation>
    </message>
    <message>
        <source>Reply failed.</source>
        <translation>La respuesta falló.</translation>
    </message>
    <message>
        <source>Reply finished: {reply}</source>
        <translation>Respuesta terminada: {reply}</translation>
    </message>
    <message>
        <source>Reply finished, empty.</source>
        <translation>Respuesta terminada, vacía.</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>Respuesta detenida.</translation>
    </message>
    <message>
        <source>Error: {title}. {message}</source>
        <translation>Error: {title}. {message}</translation>
    </message>
    <message>
        <source>{title}, {n} of {m}</source>
        <translation>{title}, {n} de {m}</translation>
    </message>
    <message>
        <source>Column {number} ({model}): {ending}</source>
        <comment>a compare column&apos;s reply ended</comment>
        <translation>Columna {number} ({model}): {ending}</translation>
    </message>
    <message>
        <source>complete</source>
        <extracomment>A message&apos;s status in words (English, marked for translation: ``tr`` them when shown).</extracomment>
        <translation>completo</translation>
    </message>
    <message>
        <source>being written</source>
        <translation>escribiéndose</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>incomplete: the reply was cut off</source>
        <translation>incompleto: la respuesta se cortó</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <extracomment>Names and descriptions of the links a message shows, by verb (English, marked for translation: ``tr`` them when shown). A link not listed here (one added later) is offered under its own label.</extracomment>
        <translation>Copiar el mensaje al portapapeles</translation>
    </message>
    <message>
        <source>Edit the message and send it as a new version</source>
        <translation>Editar el mensaje y enviarlo como una versión nueva</translation>
    </message>
    <message>
        <source>Delete the message (asks first)</source>
        <translation>Eliminar el mensaje (pide confirmación)</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Show the previous version</source>
        <translation>Mostrar la versión anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>Show the next version</source>
        <translation>Mostrar la versión siguiente</translation>
    </message>
    <message>
        <source>Show or hide reasoning</source>
        <translation>Mostrar u ocultar el razonamiento</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>Mostrar u ocultar el razonamiento del modelo</translation>
    </message>
    <message>
        <source>Show all or less</source>
        <translation>Mostrar todo o menos</translation>
    </message>
    <message>
        <source>Show the whole tool result, or its start only</source>
        <translation>Mostrar el resultado completo de la herramienta o solo su inicio</translation>
    </message>
    <message>
        <source>Save the message in the prompt library</source>
        <translation>Guardar el mensaje en la biblioteca de prompts</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Resultado de la herramienta</translation>
    </message>
    <message>
        <source>Tool result: {server} · {tool}</source>
        <translation>Resultado de la herramienta: {server} · {tool}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>{status}, version {number} of {count}</source>
        <translation>{status}, versión {number} de {count}</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Copy this code block to the clipboard</source>
        <translation>Copiar este bloque de código al portapapeles</translation>
    </message>
    <message>
        <source>Documents, images and text</source>
        <translation>Documentos, imágenes y texto</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins problems with attached files into one sentence</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
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
        <translation>{problem}. No se puede dividir por páginas: adjunte una parte más pequeña</translation>
    </message>
    <message>
        <source>Attach a large document</source>
        <translation>Adjuntar un documento grande</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>{file} is protected by a password; not attached</source>
        <translation>{file} está protegido con contraseña; no se ha adjuntado</translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} pages are scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} no tiene capa de texto: tiene {count} página, que es una imagen escaneada. La página puede enviarse como imagen a un modelo que lea imágenes (como máximo {free} con este mensaje) o no enviarse.</numerusform>
            <numerusform>{file} no tiene capa de texto: sus {count} páginas son imágenes escaneadas. Sus páginas pueden enviarse como imágenes a un modelo que lea imágenes (como máximo {free} con este mensaje) o no enviarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} page is scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} no tiene capa de texto: tiene {count} página, que es una imagen escaneada. La página puede enviarse como imagen a un modelo que lea imágenes (como máximo {free} con este mensaje) o no enviarse.</numerusform>
            <numerusform>{file} no tiene capa de texto: sus {count} páginas son imágenes escaneadas. Sus páginas pueden enviarse como imágenes a un modelo que lea imágenes (como máximo {free} con este mensaje) o no enviarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many: at most %Ln page(s) as images.</source>
        <translation>
            <numerusform>Demasiadas: como máximo %Ln página como imagen.</numerusform>
            <numerusform>Demasiadas: como máximo %Ln páginas como imágenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: %Ln page image(s).</source>
        <translation>
            <numerusform>Para enviar: %Ln página como imagen.</numerusform>
            <numerusform>Para enviar: %Ln páginas como imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send scanned pages as images</source>
        <translation>Enviar las páginas escaneadas como imágenes</translation>
    </message>
    <message>
        <source>Send as images</source>
        <translation>Enviar como imágenes</translation>
    </message>
    <message>
        <source>pasted image {number}</source>
        <translation>imagen pegada {number}</translation>
    </message>
    <message>
        <source>Still reading the attached files; send again in a moment.</source>
        <translation>Aún se están leyendo los archivos adjuntos; vuelva a enviar en un momento.</translation>
    </message>
    <message>
        <source>Answer the question about the attached document first.</source>
        <translation>Responda primero a la pregunta sobre el documento adjunto.</translation>
    </message>
    <message>
        <source>Files were just pasted or dropped: check them in the tray above the prompt (✕ removes one), then send again.</source>
        <translation>Se acaban de pegar o soltar archivos: revíselos en la bandeja que hay encima del cuadro de mensaje (✕ quita uno) y vuelva a enviar.</translation>
    </message>
    <message>
        <source>{problems}.</source>
        <comment>problems with attached files, joined</comment>
        <translation>{problems}.</translation>
    </message>
    <message>
        <source>Remove {file}</source>
        <translation>Quitar {file}</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Leído como {encoding}</translation>
    </message>
    <message>
        <source>Choose pages…</source>
        <translation>Elegir páginas…</translation>
    </message>
    <message numerus="yes">
        <source>{file}: at most %Ln file(s) go with one message</source>
        <translation>
            <numerusform>{file}: con un mensaje se puede enviar como máximo %Ln archivo</numerusform>
            <numerusform>{file}: con un mensaje se pueden enviar como máximo %Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare models</source>
        <extracomment>A column whose reply has not begun by then shows it is waiting (see ``_started``).</extracomment>
        <translation>Comparar modelos</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Server {number}</source>
        <translation>Servidor {number}</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>Modelo {number}</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>Respuesta de {model}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>&amp;Use this reply</source>
        <translation>&amp;Usar esta respuesta</translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation>Usar esta respuesta</translation>
    </message>
    <message>
        <source>first token {ms} ms</source>
        <extracomment>One column&apos;s text is rendered per frame: the columns take turns.</extracomment>
        <translation>primer token: {ms} ms</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/s</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
    <message>
        <source>{old} is not on this server: using its only model, {model}</source>
        <translation>{old} no está en este servidor: se usa su único modelo, {model}</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máximo de tokens</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalización por presencia</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Penalización por frecuencia</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Configuración de la conversación</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>Partir de un preajuste…</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Guardar como preajuste…</translation>
    </message>
    <message>
        <source>Empty: the system prompt from Settings</source>
        <translation>Vacío: el prompt del sistema de Configuración</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>Prompt del sistema:</translation>
    </message>
    <message>
        <source>server default ({hint})</source>
        <translation>predeterminado del servidor ({hint})</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>comma-separated; empty: those from Settings</source>
        <translation>separadas por comas; vacío: las de Configuración</translation>
    </message>
    <message>
        <source>Stop sequences:</source>
        <translation>Secuencias de parada:</translation>
    </message>
    <message numerus="yes">
        <source>default: %Ln token(s)</source>
        <translation>
            <numerusform>predeterminado: %Ln token</numerusform>
            <numerusform>predeterminado: %Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the context length must be at least %Ln token(s)</source>
        <translation>
            <numerusform>la longitud del contexto debe ser como mínimo de %Ln token</numerusform>
            <numerusform>la longitud del contexto debe ser como mínimo de %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>default: unknown: no trimming</source>
        <translation>predeterminado: desconocido: sin recorte</translation>
    </message>
    <message>
        <source>Context of {model}:</source>
        <translation>Contexto de {model}:</translation>
    </message>
    <message>
        <source>Only the parameters you fill in are sent; the server decides the rest.</source>
        <translation>Solo se envían los parámetros que rellene; el servidor decide el resto.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar preajuste</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
    <message>
        <source>the context length must be a whole number</source>
        <translation>la longitud del contexto debe ser un número entero</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Más reciente</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message numerus="yes">
        <source>⋯ The %Ln earlier message(s) no longer fit the model&apos;s context and are not sent: the context starts here.</source>
        <translation>
            <numerusform>⋯ El %Ln mensaje anterior ya no cabe en el contexto del modelo y no se envía: el contexto empieza aquí.</numerusform>
            <numerusform>⋯ Los %Ln mensajes anteriores ya no caben en el contexto del modelo y no se envían: el contexto empieza aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send pages {first} to {last}</source>
        <translation>Enviar las páginas de la {first} a la {last}</translation>
    </message>
    <message>
        <source>Send slides {first} to {last}</source>
        <translation>Enviar las diapositivas de la {first} a la {last}</translation>
    </message>
    <message>
        <source>Send sheets {first} to {last}</source>
        <translation>Enviar las hojas de la {first} a la {last}</translation>
    </message>
    <message>
        <source>Send sections {first} to {last}</source>
        <translation>Enviar las secciones de la {first} a la {last}</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Primera diapositiva</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Última diapositiva</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>Primera hoja</translation>
    </message>
    <message>
        <source>Last sheet</source>
        <translation>Última hoja</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>Primera sección</translation>
    </message>
    <message>
        <source>Last section</source>
        <translation>Última sección</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Send {unit}s {first} to {last}</source>
        <translation>Enviar {unit} de {first} a {last}</translation>
    </message>
    <message>
        <source>The first page comes after the last.</source>
        <translation>La primera página va después de la última.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>That password did not open it. {file} is protected by a password. Enter it to attach its text:</source>
        <translation>Esa contraseña no lo ha abierto. {file} está protegido con contraseña. Introdúzcala para adjuntar su texto:</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Enter it to attach its text:</source>
        <translation>{file} está protegido con contraseña. Introdúzcala para adjuntar su texto:</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Leyendo {file}</translation>
    </message>
    <message>
        <source>Rendering {file}</source>
        <translation>Renderizando {file}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading {file}; it is not attached</source>
        <translation>Dejar de leer {file}; no se adjuntará</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s)</source>
        <translation>
            <numerusform>{count} página</numerusform>
            <numerusform>{count} páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} slide(s)</source>
        <translation>
            <numerusform>{count} diapositiva</numerusform>
            <numerusform>{count} diapositivas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s)</source>
        <translation>
            <numerusform>{count} hoja</numerusform>
            <numerusform>{count} hojas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} section(s)</source>
        <translation>
            <numerusform>{count} sección</numerusform>
            <numerusform>{count} secciones</numerusform>
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
            <numerusform>{file}: {kind}, {parts}, {characters} caracteres, ~{tokens} token</numerusform>
            <numerusform>{file}: {kind}, {parts}, {characters} caracteres, ~{tokens} tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, {characters} characters, ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file}: {kind}, {characters} caracteres, ~{tokens} token</numerusform>
            <numerusform>{file}: {kind}, {characters} caracteres, ~{tokens} tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: {characters} characters, ~{tokens} token(s).</source>
        <translation>
            <numerusform>Para enviar: {characters} caracteres, ~{tokens} token.</numerusform>
            <numerusform>Para enviar: {characters} caracteres, ~{tokens} tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>{size}; one file may take ~{limit} of the model&apos;s {context}.</source>
        <translation>{size}; un archivo puede ocupar ~{limit} de los {context} del modelo.</translation>
    </message>
    <message>
        <source>{size} (the model&apos;s context length is not known).</source>
        <translation>{size} (no se conoce la longitud del contexto del modelo).</translation>
    </message>
    <message>
        <source>Too long: {problem}.</source>
        <translation>Demasiado largo: {problem}.</translation>
    </message>
    <message>
        <source>{server} asks</source>
        <translation>{server} pregunta</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>{server} asks you to open a web page</source>
        <translation>{server} le pide que abra una página web</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>It opens in your browser, at {host}.</source>
        <translation>Se abre en su navegador, en {host}.</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <source>Open settings</source>
        <extracomment>The button that fixes an error (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>Abrir configuración</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>{error} Nothing is lost yet: this window keeps everything shown, and chatdesk saves it again with your next message. Copy anything you need before quitting if this message stays.</source>
        <extracomment>Messages read from the history when a conversation opens: the view builds the latest page of them at once, the rest as the user scrolls up. While a reply starts, the history&apos;s writes wait for its first words this long at most.</extracomment>
        <translation>{error} Todavía no se ha perdido nada: esta ventana conserva todo lo que muestra y chatdesk lo volverá a guardar con su próximo mensaje. Si este aviso persiste, copie lo que necesite antes de salir.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved to {path}. chatdesk started a new, empty history; the old file was not deleted.</source>
        <translation>El archivo de historial estaba dañado y se ha movido a {path}. chatdesk ha empezado un historial nuevo y vacío; el archivo antiguo no se ha eliminado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) were interrupted when chatdesk last closed; they are marked incomplete.</source>
        <translation>
            <numerusform>%Ln respuesta se interrumpió la última vez que se cerró chatdesk; está marcada como incompleta.</numerusform>
            <numerusform>%Ln respuestas se interrumpieron la última vez que se cerró chatdesk; están marcadas como incompletas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Conversations in this session will not be saved until the history can be opened.</source>
        <translation>{error} Las conversaciones de esta sesión no se guardarán hasta que se pueda abrir el historial.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) to {project}</source>
        <translation>
            <numerusform>Se movió %Ln conversación a {project}</numerusform>
            <numerusform>Se movieron %Ln conversaciones a {project}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) out of its project</source>
        <translation>
            <numerusform>Se sacó %Ln conversación de su proyecto</numerusform>
            <numerusform>Se sacaron %Ln conversaciones de su proyecto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project deleted with %Ln conversation(s)</source>
        <translation>
            <numerusform>Proyecto eliminado con %Ln conversación</numerusform>
            <numerusform>Proyecto eliminado con %Ln conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Project deleted; its conversations were kept</source>
        <translation>Proyecto eliminado; se conservaron sus conversaciones</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s) to {path}</source>
        <translation>
            <numerusform>Se exportó %Ln conversación a {path}</numerusform>
            <numerusform>Se exportaron %Ln conversaciones a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Attach documents, images or text files (or drop or paste them)</source>
        <translation>Adjuntar documentos, imágenes o archivos de texto (o soltarlos o pegarlos aquí)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Tool working… {progress}</source>
        <translation>Herramienta en curso… {progress}</translation>
    </message>
    <message>
        <source>too large to show</source>
        <extracomment>Bytes of images the cache keeps (the least recently used go first). A formula bigger than this many device pixels stays source. Logical pixels of room left and right of a formula (its ink must not touch the text).</extracomment>
        <translation>demasiado grande para mostrarlo</translation>
    </message>
    <message>
        <source>the typesetter failed: {error}</source>
        <translation>falló el motor de composición: {error}</translation>
    </message>
    <message>
        <source>Not typeset ({reason}):
{formula}</source>
        <extracomment>Milliseconds of replacing per event-loop turn. The math font&apos;s x-height, in em. Why a formula stayed source, on its text (what the tooltip says).</extracomment>
        <translation>No se pudo componer ({reason}):
{formula}</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>MCP server state</comment>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>listo</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>con error</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <extracomment>A tool result shows this much until &quot;Show all&quot;; expanded, at most ``RESULT_SHOWN``. The note under a message that did not end well (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>■ Detenida</translation>
    </message>
    <message>
        <source>⚠ Incomplete: the reply was cut off</source>
        <translation>⚠ Incompleta: la respuesta se cortó</translation>
    </message>
    <message>
        <source>⚠ Failed</source>
        <translation>⚠ Con error</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Save as prompt</source>
        <translation>Guardar como prompt</translation>
    </message>
    <message>
        <source>done</source>
        <comment>tool call state</comment>
        <translation>completada</translation>
    </message>
    <message>
        <source>error</source>
        <comment>tool call state</comment>
        <translation>error</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>tool call state</comment>
        <translation>denegada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>tool call state</comment>
        <translation>cancelada</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning ({count} words)</source>
        <translation>
            <numerusform>Razonamiento ({count} palabra)</numerusform>
            <numerusform>Razonamiento ({count} palabras)</numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <comment>tool call state</comment>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>herramienta</translation>
    </message>
    <message>
        <source>{duration} ms</source>
        <translation>{duration} ms</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message numerus="yes">
        <source>Show all ({count} characters)</source>
        <translation>
            <numerusform>Mostrar todo ({count} carácter)</numerusform>
            <numerusform>Mostrar todo ({count} caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copiado al portapapeles</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <source>Delete this message? The rest of the conversation stays.</source>
        <translation>¿Eliminar este mensaje? El resto de la conversación se mantiene.</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays, ‹ › switches); Esc cancels.</source>
        <translation>Editando un mensaje: Enter lo envía como una versión nueva (la anterior se conserva; ‹ › cambia entre ellas); Esc cancela.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>Precios por modelo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Input $ / 1M</source>
        <translation>Entrada $ / 1M</translation>
    </message>
    <message>
        <source>Output $ / 1M</source>
        <translation>Salida $ / 1M</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Añadir modelo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Prices in US dollars per million tokens. Providers change them; edit freely.</source>
        <translation>Precios en dólares estadounidenses por millón de tokens. Los proveedores los cambian; edítelos libremente.</translation>
    </message>
    <message>
        <source>“{model}”: prices must be numbers</source>
        <translation>“{model}”: los precios deben ser números</translation>
    </message>
    <message>
        <source>“{model}”: prices cannot be negative</source>
        <translation>“{model}”: los precios no pueden ser negativos</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>esta conversación</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>Exportar proyecto</translation>
    </message>
    <message>
        <source>&amp;Move to project…</source>
        <translation>&amp;Mover al proyecto…</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Move to project</source>
        <translation>Mover al proyecto</translation>
    </message>
    <message>
        <source>Move “{title}” to:</source>
        <translation>Mover “{title}” a:</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name</source>
        <translation>Escriba para filtrar o el nombre de un proyecto nuevo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name. Up and Down choose, Enter moves.</source>
        <translation>Escriba para filtrar o el nombre de un proyecto nuevo. Arriba y Abajo eligen, Intro mueve.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>New project “{name}”</source>
        <translation>Nuevo proyecto “{name}”</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Configuración del proyecto</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The one in use</source>
        <translation>El que está en uso</translation>
    </message>
    <message>
        <source>{profile} (no longer exists)</source>
        <translation>{profile} (ya no existe)</translation>
    </message>
    <message>
        <source>The profile&apos;s model</source>
        <translation>El modelo del perfil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>New conversations started in this project begin with these; conversations already in it, or moved in, keep their own.</source>
        <translation>Las conversaciones nuevas que se inicien en este proyecto empiezan con estos valores; las que ya están en él, o que se muevan a él, conservan los suyos.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Eliminar proyecto</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{name}”? It holds %Ln conversation(s).</source>
        <translation>
            <numerusform>¿Eliminar el proyecto “{name}”? Contiene %Ln conversación.</numerusform>
            <numerusform>¿Eliminar el proyecto “{name}”? Contiene %Ln conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the project “{name}”? It holds no conversations.</source>
        <translation>¿Eliminar el proyecto “{name}”? No contiene ninguna conversación.</translation>
    </message>
    <message>
        <source>Delete project, keep conversations</source>
        <translation>Eliminar el proyecto y conservar las conversaciones</translation>
    </message>
    <message>
        <source>Delete project and its conversations</source>
        <translation>Eliminar el proyecto y sus conversaciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <translation>
            <numerusform>hace %Ln d</numerusform>
            <numerusform>hace %Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>hace %Ln h</numerusform>
            <numerusform>hace %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>hace %Ln min</numerusform>
            <numerusform>hace %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
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
        <translation>~{tokens} ahora</translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed</source>
        <translation>
            <numerusform>{tokens} token facturado</numerusform>
            <numerusform>{tokens} tokens facturados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed (every request&apos;s tokens added up)</source>
        <translation>
            <numerusform>{tokens} token facturado (la suma de los tokens de todas las solicitudes)</numerusform>
            <numerusform>{tokens} tokens facturados (la suma de los tokens de todas las solicitudes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%Ln token(s) now (what the next request sends)</source>
        <translation>
            <numerusform>~%Ln token ahora (lo que envía la próxima solicitud)</numerusform>
            <numerusform>~%Ln tokens ahora (lo que envía la próxima solicitud)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln msg(s)</source>
        <comment>messages, short</comment>
        <translation>
            <numerusform>%Ln msj.</numerusform>
            <numerusform>%Ln msj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>prompt del sistema</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>New conversations here start with its defaults:</source>
        <translation>Las conversaciones nuevas de este proyecto empiezan con sus valores predeterminados:</translation>
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
            <numerusform>%Ln conversación</numerusform>
            <numerusform>%Ln conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a project</comment>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje…  (Enter para enviar, Shift+Enter para una nueva línea)</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line, / for prompts and commands)</source>
        <translation>Mensaje…  (Enter para enviar, Shift+Enter para una nueva línea, / para prompts y comandos)</translation>
    </message>
    <message>
        <source>Write {{{{name}}}} where the prompt should ask for something: after inserting it with “/”, Tab jumps from one variable to the next.</source>
        <translation>Escriba {{{{name}}}} donde el prompt deba pedir algo: después de insertarlo con “/”, Tab salta de una variable a la siguiente.</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>Biblioteca de prompts</translation>
    </message>
    <message>
        <source>Filter prompts</source>
        <translation>Filtrar prompts</translation>
    </message>
    <message>
        <source>Enter picks the first prompt shown.</source>
        <translation>Intro elige el primer prompt mostrado.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Name (shown in the “/” list)</source>
        <translation>Nombre (se muestra en la lista “/”)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nuevo prompt</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>Variables: {names}</translation>
    </message>
    <message>
        <source>Delete prompt</source>
        <translation>Eliminar prompt</translation>
    </message>
    <message>
        <source>Delete the prompt “{name}”?</source>
        <translation>¿Eliminar el prompt “{name}”?</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Importar prompts</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Exportar prompts</translation>
    </message>
    <message>
        <source>No prompt or command matches (Esc to close)</source>
        <translation>Ningún prompt o comando coincide (Esc para cerrar)</translation>
    </message>
    <message>
        <source>The prompt library was not read: {error}</source>
        <translation>No se leyó la biblioteca de prompts: {error}</translation>
    </message>
    <message>
        <source>The unreadable prompt library was kept as {file}</source>
        <translation>La biblioteca de prompts ilegible se conservó como {file}</translation>
    </message>
    <message>
        <source>The prompt library was not saved: {reason}</source>
        <translation>No se guardó la biblioteca de prompts: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation>No se importó nada. {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>No se importó nada: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln prompt(s) from {file}</source>
        <translation>
            <numerusform>Se importó %Ln prompt de {file}</numerusform>
            <numerusform>Se importaron %Ln prompts de {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported} ({skipped} already in the library)</source>
        <translation>{imported} ({skipped} ya estaban en la biblioteca)</translation>
    </message>
    <message>
        <source>The prompts were not exported: {reason}</source>
        <translation>No se exportaron los prompts: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln prompt(s) to {file}</source>
        <translation>
            <numerusform>Se exportó %Ln prompt a {file}</numerusform>
            <numerusform>Se exportaron %Ln prompts a {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Started over in a new conversation (same system prompt)</source>
        <translation>Se empezó de nuevo en una conversación nueva (mismo prompt del sistema)</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modelo: {model}</translation>
    </message>
    <message>
        <source>System prompt set for this conversation</source>
        <translation>Prompt del sistema establecido para esta conversación</translation>
    </message>
    <message>
        <source>chatdesk quick ask</source>
        <translation>Pregunta rápida de chatdesk</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <source>The reply was cut off: Open in chatdesk to retry or continue.</source>
        <translation>La respuesta se cortó: use Abrir en chatdesk para reintentar o continuar.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La respuesta falló.</translation>
    </message>
    <message>
        <source>Ask…  (Enter sends, Shift+Enter: new line, Esc hides)</source>
        <translation>Pregunte…  (Enter envía, Shift+Enter: nueva línea, Esc oculta)</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The quick-ask window&apos;s answer pane, as a screen reader names it.</extracomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&amp;Open in chatdesk</source>
        <translation>&amp;Abrir en chatdesk</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>Continuar esta conversación en la ventana principal (Ctrl+O)</translation>
    </message>
    <message>
        <source>Starting… your question goes as soon as chatdesk is ready.</source>
        <translation>Iniciando… su pregunta se enviará en cuanto chatdesk esté listo.</translation>
    </message>
    <message>
        <source>chatdesk is still writing a reply; Esc in its window stops it. Press Enter again when it is done.</source>
        <translation>chatdesk todavía está escribiendo una respuesta; Esc en su ventana la detiene. Pulse Enter de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <comment>an error&apos;s title and message</comment>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>~30 repaints a second while streaming. A streaming reply is saved this often, so a crash loses at most this much text.</extracomment>
        <translation>Esperando al servidor…</translation>
    </message>
    <message>
        <source>The model&apos;s reply: {problem}.</source>
        <translation>La respuesta del modelo: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning… %Ln word(s)</source>
        <translation>
            <numerusform>Razonando… %Ln palabra</numerusform>
            <numerusform>Razonando… %Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s) · {rate} tokens/s</source>
        <translation>
            <numerusform>Recibiendo… %Ln token · {rate} tokens/s</numerusform>
            <numerusform>Recibiendo… %Ln tokens · {rate} tokens/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s)</source>
        <translation>
            <numerusform>Recibiendo… %Ln token</numerusform>
            <numerusform>Recibiendo… %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) in {seconds} s…</source>
        <translation>{reason}: reintentando (intento {attempt} de {attempts}) en {seconds} s…</translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) now…</source>
        <translation>{reason}: reintentando (intento {attempt} de {attempts}) ahora…</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %Ln steps (the limit in Settings)</source>
        <translation>
            <numerusform>se detuvo tras %Ln paso (el límite de Configuración)</numerusform>
            <numerusform>se detuvo tras %Ln pasos (el límite de Configuración)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step} ({figures}): %Ln tool call(s)…</source>
        <translation>
            <numerusform>Paso {step} ({figures}): %Ln llamada a herramienta…</numerusform>
            <numerusform>Paso {step} ({figures}): %Ln llamadas a herramientas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step}: %Ln tool call(s)…</source>
        <translation>
            <numerusform>Paso {step}: %Ln llamada a herramienta…</numerusform>
            <numerusform>Paso {step}: %Ln llamadas a herramientas…</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} The request offered tools, which this server or model may not take: turn tools off for this conversation (Tools, above the prompt) or pick another model.</source>
        <translation>{message} La solicitud ofrecía herramientas, que puede que este servidor o modelo no admita: desactive las herramientas en esta conversación (Herramientas, encima del cuadro de mensaje) o elija otro modelo.</translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s), at temperature {temperature}.</source>
        <extracomment>The most a server may ask the model to write, whatever it asks for.</extracomment>
        <translation>
            <numerusform>Puede escribir hasta %Ln token, con temperatura {temperature}.</numerusform>
            <numerusform>Puede escribir hasta %Ln tokens, con temperatura {temperature}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s).</source>
        <translation>
            <numerusform>Puede escribir hasta %Ln token.</numerusform>
            <numerusform>Puede escribir hasta %Ln tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let a tool use your model?</source>
        <translation>¿Permitir que una herramienta use su modelo?</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Qué se enviará</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Permitir</translation>
    </message>
    <message>
        <source>{server} asks {model} on {profile} to write a reply to:</source>
        <translation>{server} pide a {model} en {profile} que escriba una respuesta a:</translation>
    </message>
    <message>
        <source>⚠ Unencrypted connection: your key and messages travel in clear</source>
        <translation>⚠ Conexión sin cifrar: su clave y sus mensajes viajan en claro</translation>
    </message>
    <message>
        <source>{url} uses http:// to another machine. Use https:// if it can.</source>
        <translation>{url} usa http:// hacia otro equipo. Use https:// si es posible.</translation>
    </message>
    <message>
        <source>⚠ TLS certificate checks are off</source>
        <translation>⚠ Las comprobaciones de certificados TLS están desactivadas</translation>
    </message>
    <message>
        <source>Anyone on the network path can read and change traffic. Turn checks back on in Settings, adding the server&apos;s CA file if needed.</source>
        <translation>Cualquiera en la ruta de red puede leer y modificar el tráfico. Vuelva a activar las comprobaciones en Configuración y, si es necesario, añada el archivo de CA del servidor.</translation>
    </message>
    <message>
        <source>Your settings could not be read ({error}), so chatdesk started with the default ones and will not save over them until it restarts. Check that settings.json in the config folder is readable.</source>
        <translation>No se pudo leer su configuración ({error}), así que chatdesk se inició con la predeterminada y no la sobrescribirá hasta que se reinicie. Compruebe que settings.json se puede leer en la carpeta de configuración.</translation>
    </message>
    <message>
        <source>Your settings could not be saved ({error}). They apply until you quit; check that the config folder is writable.</source>
        <translation>No se pudo guardar su configuración ({error}). Se aplicará hasta que salga; compruebe que se puede escribir en la carpeta de configuración.</translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation>Falló el llavero.</translation>
    </message>
    <message>
        <source>The request failed ({error}).</source>
        <translation>Falló la solicitud ({error}).</translation>
    </message>
    <message>
        <source>The server profile for this conversation</source>
        <translation>El perfil de servidor de esta conversación</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>The model for this conversation (type any id the server takes)</source>
        <translation>El modelo de esta conversación (escriba cualquier id que admita el servidor)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available</source>
        <translation>
            <numerusform>%Ln modelo disponible</numerusform>
            <numerusform>%Ln modelos disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Rename this profile…</source>
        <translation>Cambiar el nombre de este perfil…</translation>
    </message>
    <message>
        <source>Delete this profile…</source>
        <translation>Eliminar este perfil…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Cambiar el nombre del perfil</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its key in the keyring?</source>
        <translation>¿Eliminar el perfil “{name}” y su clave del llavero?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>chatdesk settings</source>
        <translation>Configuración de chatdesk</translation>
    </message>
    <message>
        <source>sk-…  (leave empty for a local server that needs no key)</source>
        <translation>sk-…  (déjelo vacío para un servidor local que no necesite clave)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the API key as plain text</source>
        <translation>Mostrar la clave de API como texto visible</translation>
    </message>
    <message>
        <source>Using OPENAI_API_KEY from the environment for this session. Save to store a key in the system keyring instead.</source>
        <translation>Se usa OPENAI_API_KEY del entorno en esta sesión. Guarde para almacenar una clave en el llavero del sistema en su lugar.</translation>
    </message>
    <message>
        <source>The key is stored in your system keyring, never in a file.</source>
        <translation>La clave se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>V&amp;ersión de API:</translation>
    </message>
    <message>
        <source>Fill the list from the server&apos;s /models</source>
        <translation>Rellenar la lista con /models del servidor</translation>
    </message>
    <message>
        <source>Optional instructions sent before every conversation</source>
        <translation>Instrucciones opcionales que se envían antes de cada conversación</translation>
    </message>
    <message>
        <source>Optional, comma-separated (e.g. USER: for base models)</source>
        <translation>Opcional, separadas por comas (p. ej., USER: para modelos base)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>The conversation&apos;s text size, in percent of the system&apos;s (Ctrl+= / Ctrl+- / Ctrl+0)</source>
        <translation>El tamaño del texto de la conversación, en porcentaje respecto al del sistema (Ctrl+= / Ctrl+- / Ctrl+0)</translation>
    </message>
    <message>
        <source>Tool steps per turn</source>
        <translation>Pasos de herramientas por turno</translation>
    </message>
    <message>
        <source>Requests one reply may make while the model uses tools (each round of tool calls is one more) before it is stopped</source>
        <translation>Solicitudes que puede hacer una respuesta mientras el modelo usa herramientas (cada ronda de llamadas a herramientas es una más) antes de detenerse</translation>
    </message>
    <message>
        <source>Stream replies as they are written</source>
        <translation>Transmitir las respuestas a medida que se escriben</translation>
    </message>
    <message>
        <source>C&amp;lose to the tray: closing the window keeps chatdesk running</source>
        <translation>Cerrar en la &amp;bandeja: al cerrar la ventana, chatdesk sigue en ejecución</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing quits.</source>
        <translation>Este escritorio no muestra iconos en la bandeja, así que al cerrar la ventana se sale del programa.</translation>
    </message>
    <message>
        <source>T&amp;ool steps per turn:</source>
        <translation>Pasos de herramientas p&amp;or turno:</translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy (e.g. socks5h://host:1080)</source>
        <translation>vacío: el proxy del sistema (p. ej., socks5h://host:1080)</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>user name, if the proxy asks</source>
        <translation>nombre de usuario, si el proxy lo pide</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>kept in the keyring; empty: unchanged</source>
        <translation>se guarda en el llavero; vacío: sin cambios</translation>
    </message>
    <message>
        <source>PEM file of extra trusted certificate authorities</source>
        <translation>Archivo PEM con autoridades de certificación de confianza adicionales</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Verify TLS certificates (strongly recommended)</source>
        <translation>Verificar los certificados TLS (muy recomendable)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>Prompt del &amp;sistema:</translation>
    </message>
    <message>
        <source>Sto&amp;p sequences:</source>
        <translation>Secuencias de &amp;parada:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>Arc&amp;hivo de CA:</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>Usar en esta sesión</translation>
    </message>
    <message>
        <source>⚠ This is http:// to another machine: the key and your messages travel unencrypted. Use https:// if the server offers it.</source>
        <translation>⚠ Esto es http:// hacia otro equipo: la clave y sus mensajes viajan sin cifrar. Use https:// si el servidor lo ofrece.</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Autoridades de certificación</translation>
    </message>
    <message>
        <source>PEM certificates</source>
        <translation>Certificados PEM</translation>
    </message>
    <message>
        <source>Turn off certificate checks?</source>
        <translation>¿Desactivar las comprobaciones de certificados?</translation>
    </message>
    <message>
        <source>Without checking certificates, anyone on the network path can read and change what you send, your API key included. Prefer adding the server&apos;s CA file.

Turn verification off anyway?</source>
        <translation>Sin comprobar los certificados, cualquiera en la ruta de red puede leer y modificar lo que envía, incluida su clave de API. Es preferible añadir el archivo de CA del servidor.

¿Desactivar la verificación de todos modos?</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contactando con el servidor…</translation>
    </message>
    <message>
        <source>✗ {title}: {message}</source>
        <translation>✗ {title}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: the server lists %Ln model(s).</source>
        <translation>
            <numerusform>✓ Conectado: el servidor ofrece %Ln modelo.</numerusform>
            <numerusform>✓ Conectado: el servidor ofrece %Ln modelos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available.</source>
        <translation>
            <numerusform>%Ln modelo disponible.</numerusform>
            <numerusform>%Ln modelos disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+K)</source>
        <translation>Buscar en todas las conversaciones (Ctrl+K)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Fijar / desfijar</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <source>In all conversations</source>
        <translation>En todas las conversaciones</translation>
    </message>
    <message>
        <source>In {project}</source>
        <translation>En {project}</translation>
    </message>
    <message>
        <source>Search in {project} (Ctrl+K)</source>
        <translation>Buscar en {project} (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;New conversation here</source>
        <translation>&amp;Nueva conversación aquí</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Cambiar nombre</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>C&amp;onfiguración del proyecto…</translation>
    </message>
    <message>
        <source>&amp;Export project…</source>
        <translation>E&amp;xportar proyecto…</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>&amp;Eliminar proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb</comment>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Desfijar</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>&amp;Move to project</source>
        <translation>&amp;Mover al proyecto</translation>
    </message>
    <message>
        <source>&amp;No project</source>
        <translation>&amp;Sin proyecto</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>¿Eliminar “{title}” y todos sus mensajes? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Text size {percent} %, the largest</source>
        <extracomment>The sizes Ctrl+= and Ctrl+- step through, in percent (as browsers do).</extracomment>
        <translation>Tamaño del texto {percent} %, el máximo</translation>
    </message>
    <message>
        <source>Text size {percent} %, the smallest</source>
        <translation>Tamaño del texto {percent} %, el mínimo</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Tamaño del texto {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>… ({count} more characters)</source>
        <extracomment>Arguments shown in the dialog, at most (the rest is cut, and said to be).</extracomment>
        <translation>
            <numerusform>… ({count} carácter más)</numerusform>
            <numerusform>… ({count} caracteres más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow this tool call?</source>
        <translation>¿Permitir esta llamada a herramienta?</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>Herramienta:</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>What it does:</source>
        <translation>Qué hace:</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>&amp;Permitir una vez</translation>
    </message>
    <message>
        <source>Always allow this &amp;tool</source>
        <translation>Permitir siempre esta &amp;herramienta</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Denegar</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Which tools (MCP servers) this conversation may use</source>
        <translation>Qué herramientas (servidores MCP) puede usar esta conversación</translation>
    </message>
    <message>
        <source>Tools ({offered}/{total})</source>
        <translation>Herramientas ({offered}/{total})</translation>
    </message>
    <message>
        <source>No MCP servers yet</source>
        <translation>Todavía no hay servidores MCP</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln herramienta</numerusform>
            <numerusform>%Ln herramientas</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP servers…</source>
        <translation>Servidores MCP…</translation>
    </message>
    <message>
        <source>Local command (stdio)</source>
        <translation>Comando local (stdio)</translation>
    </message>
    <message>
        <source>Remote (HTTP)</source>
        <translation>Remoto (HTTP)</translation>
    </message>
    <message>
        <source>Remote (SSE)</source>
        <translation>Remoto (SSE)</translation>
    </message>
    <message>
        <source>&lt;in the keyring&gt;</source>
        <extracomment>Shown in place of a value kept in the keyring (``tr`` it where it is shown).</extracomment>
        <translation>&lt;en el llavero&gt;</translation>
    </message>
    <message>
        <source>Tools: MCP servers</source>
        <translation>Herramientas: servidores MCP</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Enable/&amp;disable</source>
        <translation>Activar/&amp;desactivar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>&amp;Paste mcp.json…</source>
        <translation>&amp;Pegar mcp.json…</translation>
    </message>
    <message>
        <source>Servers are kept in {path} (Claude Desktop&apos;s shape).</source>
        <translation>Los servidores se guardan en {path} (con el formato de Claude Desktop).</translation>
    </message>
    <message numerus="yes">
        <source>ready, %Ln tool(s)</source>
        <translation>
            <numerusform>listo, %Ln herramienta</numerusform>
            <numerusform>listo, %Ln herramientas</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste mcp.json</source>
        <translation>Pegar mcp.json</translation>
    </message>
    <message>
        <source>That is not JSON: {problem}</source>
        <translation>Eso no es JSON: {problem}</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>el texto pegado</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>Servidor MCP</translation>
    </message>
    <message>
        <source>NAME=value, one per line (headers for remote servers)</source>
        <translation>NOMBRE=valor, uno por línea (encabezados para servidores remotos)</translation>
    </message>
    <message>
        <source>API_TOKEN=…, one per line: kept in the system keyring</source>
        <translation>API_TOKEN=…, uno por línea: se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>These values are kept in the system keyring; mcp.json keeps only a reference</source>
        <translation>Estos valores se guardan en el llavero del sistema; mcp.json solo guarda una referencia</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Comando:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumentos:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>Carpeta de tra&amp;bajo:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Environment or headers:</source>
        <translation>&amp;Entorno o encabezados:</translation>
    </message>
    <message>
        <source>Secret &amp;values (system keyring):</source>
        <translation>&amp;Valores secretos (llavero del sistema):</translation>
    </message>
    <message>
        <source>&amp;Timeout per call:</source>
        <translation>Tiempo &amp;límite por llamada:</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>&amp;Quick ask</source>
        <translation>&amp;Pregunta rápida</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>&amp;Show chatdesk</source>
        <translation>&amp;Mostrar chatdesk</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>chatdesk is still running</source>
        <translation>chatdesk sigue en ejecución</translation>
    </message>
    <message>
        <source>Closing the window keeps chatdesk in the tray. Quit it from the tray&apos;s menu or with Ctrl+Q; Settings turns this off.</source>
        <translation>Al cerrar la ventana, chatdesk sigue en la bandeja. Salga desde el menú de la bandeja o con Ctrl+Q; puede desactivarlo en Configuración.</translation>
    </message>
    <message numerus="yes">
        <source>Reply finished in {seconds} s · %Ln step(s)</source>
        <translation>
            <numerusform>Respuesta terminada en {seconds} s · %Ln paso</numerusform>
            <numerusform>Respuesta terminada en {seconds} s · %Ln pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply finished in {seconds} s</source>
        <translation>Respuesta terminada en {seconds} s</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>(deleted server)</source>
        <translation>(servidor eliminado)</translation>
    </message>
    <message>
        <source>(server not recorded)</source>
        <translation>(servidor no registrado)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Usage totals</source>
        <translation>Totales de uso</translation>
    </message>
    <message>
        <source>Replies whose server reported no usage are estimated (marked ~). Costs use the price table (History &gt; Prices…): its built-in prices only on the servers that charge them, your own everywhere; without a price, tokens only. Replies count under the server their conversation was last used with.</source>
        <translation>Las respuestas cuyo servidor no informó del uso son estimaciones (marcadas con ~). Los costes usan la tabla de precios (Historial &gt; Precios…): sus precios integrados solo en los servidores que los cobran; los suyos propios, en todos; sin precio, solo tokens. Cada respuesta cuenta para el servidor con el que se usó su conversación por última vez.</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Totales:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month of a year in the usage table, as a Qt date format</comment>
        <extracomment>A Qt date format: MMMM the month&apos;s name, M its number, yyyy the year, &apos;text&apos; as is.</extracomment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) shown.</source>
        <translation>
            <numerusform>Se muestra %Ln mensaje.</numerusform>
            <numerusform>Se muestran %Ln mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>{title}, pinned</source>
        <translation>{title}, fijada</translation>
    </message>
    <message>
        <source>{sender}, message {number}</source>
        <translation>{sender}, mensaje {number}</translation>
    </message>
    <message>
        <source>{link}, link</source>
        <translation>{link}, enlace</translation>
    </message>
    <message>
        <source>{link}, link, your message</source>
        <translation>{link}, enlace, su mensaje</translation>
    </message>
    <message>
        <source>{link}, link, {sender}&apos;s message</source>
        <translation>{link}, enlace, mensaje de {sender}</translation>
    </message>
    <message>
        <source>Alt+Down and Alt+Up move between messages; Tab moves through their links.</source>
        <translation>Alt+Down y Alt+Up mueven entre mensajes; Tab recorre sus enlaces.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Enter envía; Shift+Enter empieza una nueva línea.</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Enviar el mensaje (Enter)</translation>
    </message>
    <message>
        <source>Attach images, documents or text files; pasting files works too.</source>
        <translation>Adjuntar imágenes, documentos o archivos de texto; también se pueden pegar archivos.</translation>
    </message>
    <message>
        <source>Fix what the banner reports</source>
        <translation>Corregir lo que indica el aviso</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Perfil de servidor</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Administrar perfiles</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>Actualizar la lista de modelos</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Buscar en todas las conversaciones</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Aumentar texto</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Reducir texto</translation>
    </message>
    <message>
        <source>&amp;Actual text size</source>
        <translation>&amp;Tamaño de texto original</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>P&amp;revious pane</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
    <message>
        <source>Next &amp;message</source>
        <translation>&amp;Mensaje siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious message</source>
        <translation>Mensaje ant&amp;erior</translation>
    </message>
    <message>
        <source>No presets yet (Message &gt; Conversation settings…)</source>
        <translation>Aún no hay preajustes (Mensaje &gt; Configuración de la conversación…)</translation>
    </message>
    <message>
        <source>New conversation from “{name}”</source>
        <translation>Nueva conversación desde “{name}”</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>chatdesk or ChatGPT export</source>
        <translation>Exportación de chatdesk o ChatGPT</translation>
    </message>
    <message>
        <source>Nothing to export: this conversation is empty.</source>
        <translation>No hay nada que exportar: esta conversación está vacía.</translation>
    </message>
    <message>
        <source>conversation</source>
        <comment>default file name</comment>
        <translation>conversación</translation>
    </message>
    <message>
        <source>chatdesk-history</source>
        <comment>default file name</comment>
        <translation>historial-chatdesk</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>Clave no guardada</translation>
    </message>
    <message>
        <source>{problem}

The key you entered is used until you quit chatdesk.</source>
        <translation>{problem}

La clave que ha introducido se usará hasta que salga de chatdesk.</translation>
    </message>
    <message>
        <source>About chatdesk</source>
        <translation>Acerca de chatdesk</translation>
    </message>
    <message>
        <source>chatdesk {version}
A native chat client for OpenAI-compatible servers.</source>
        <translation>chatdesk {version}
Un cliente de chat nativo para servidores compatibles con OpenAI.</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
        <source>New conversation from &amp;preset</source>
        <translation>Nueva conversación desde &amp;preajuste</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar conversación…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>Exportar &amp;todas las conversaciones…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP servers)…</source>
        <translation>&amp;Herramientas (servidores MCP)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Buscar conversaciones</translation>
    </message>
    <message>
        <source>&amp;Usage…</source>
        <translation>&amp;Uso…</translation>
    </message>
    <message>
        <source>P&amp;rices…</source>
        <translation>&amp;Precios…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About chatdesk</source>
        <translation>&amp;Acerca de chatdesk</translation>
    </message>
    <message>
        <source>Conversation &amp;settings…</source>
        <translation>&amp;Configuración de la conversación…</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>Co&amp;piar la última respuesta</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;Regenerar la respuesta</translation>
    </message>
    <message>
        <source>C&amp;ontinue reply</source>
        <translation>C&amp;ontinuar la respuesta</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;Editar el último mensaje</translation>
    </message>
    <message>
        <source>&amp;Delete last message</source>
        <translation>E&amp;liminar el último mensaje</translation>
    </message>
    <message>
        <source>&amp;Previous version</source>
        <translation>Versión &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next version</source>
        <translation>Versión &amp;siguiente</translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation>Co&amp;mparar modelos…</translation>
    </message>
    <message>
        <source>Prompt &amp;library…</source>
        <translation>&amp;Biblioteca de prompts…</translation>
    </message>
    <message>
        <source>{server} · {prompt}</source>
        <extracomment>A server&apos;s prompt in the &quot;/&quot; popup: the MCP server&apos;s name, then the prompt&apos;s title.</extracomment>
        <translation>{server} · {prompt}</translation>
    </message>
    <message>
        <source>Getting the prompt “{prompt}” from {server}…</source>
        <translation>Obteniendo el prompt «{prompt}» de {server}…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” did not send the prompt “{prompt}” within {seconds} s. Choose it again to retry; a slow server can be given more time with its “timeout” in mcp.json.</source>
        <translation>El servidor MCP «{server}» no envió el prompt «{prompt}» en {seconds} s. Elíjalo de nuevo para reintentar; a un servidor lento se le puede dar más tiempo con su «timeout» en mcp.json.</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running ({reason}), so its prompt “{prompt}” was not inserted. Restart it in File › Tools (MCP servers)…</source>
        <translation>El servidor MCP «{server}» no está en ejecución ({reason}), así que su prompt «{prompt}» no se insertó. Reinícielo en Archivo › Herramientas (servidores MCP)…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running, so its prompt “{prompt}” was not inserted. Check it in File › Tools (MCP servers)…</source>
        <translation>El servidor MCP «{server}» no está en ejecución, así que su prompt «{prompt}» no se insertó. Revíselo en Archivo › Herramientas (servidores MCP)…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” could not give the prompt “{prompt}”: {reason}. Choose it again to retry, or restart the server in File › Tools (MCP servers)…</source>
        <translation>El servidor MCP «{server}» no pudo dar el prompt «{prompt}»: {reason}. Elíjalo de nuevo para reintentar, o reinicie el servidor en Archivo › Herramientas (servidores MCP)…</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó el motivo</translation>
    </message>
    <message>
        <source>{name} (required)</source>
        <extracomment>A required argument of a server&apos;s prompt, in the dialog that asks for them.</extracomment>
        <translation>{name} (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>chatdesk hit a bug ({error}). It is not a problem with your server, disk or network, and trying again will not help. The log has the details (Help &gt; Open log folder): please report the bug with it.</source>
        <extracomment>While a stream keeps sending, its items reach the UI thread at most this often.</extracomment>
        <translation>chatdesk encontró un error de programa ({error}). No es un problema de su servidor, disco o red, y volver a intentarlo no ayudará. El registro tiene los detalles (Ayuda &gt; Abrir carpeta de registros): informe del error adjuntándolo.</translation>
    </message>
    <message numerus="yes">
        <source>{prompt} prompt + {completion} completion = {total} token(s)</source>
        <translation>
            <numerusform>{prompt} de entrada + {completion} de salida = {total} token</numerusform>
            <numerusform>{prompt} de entrada + {completion} de salida = {total} tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Occidental</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>Centroeuropeo</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Cirílico</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Baltic</source>
        <translation>Báltico</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Chinese Simplified</source>
        <translation>Chino simplificado</translation>
    </message>
    <message>
        <source>Chinese Traditional</source>
        <translation>Chino tradicional</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Read &amp;as</source>
        <translation>Leer &amp;como</translation>
    </message>
    <message>
        <source>{region} ({encoding})</source>
        <comment>an encoding: Western (Windows-1252)</comment>
        <translation>{region} ({encoding})</translation>
    </message>
</context>
</TS>
