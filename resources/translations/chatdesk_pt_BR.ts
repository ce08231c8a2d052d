<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>The window&apos;s language; a change applies when chatdesk starts again.</source>
        <translation>O idioma da janela; uma alteração vale quando o chatdesk for iniciado novamente.</translation>
    </message>
    <message>
        <source>A native desktop chat client for OpenAI-compatible servers. Without a command, the window opens.</source>
        <translation>Um cliente de chat nativo para desktop para servidores compatíveis com OpenAI. Sem um comando, a janela é aberta.</translation>
    </message>
    <message>
        <source>add chatdesk and its icon to this user&apos;s application menu, then exit</source>
        <translation>adiciona o chatdesk e seu ícone ao menu de aplicativos deste usuário e sai</translation>
    </message>
    <message>
        <source>open the quick-ask window (for a desktop keyboard shortcut); a running chatdesk opens it at once</source>
        <translation>abre a janela de pergunta rápida (para um atalho de teclado da área de trabalho); um chatdesk em execução a abre imediatamente</translation>
    </message>
    <message>
        <source>use the &apos;Local&apos; profile at URL, an OpenAI-compatible server needing no key (scripts/run.sh --local starts one with a small model and passes this)</source>
        <translation>usa o perfil &apos;Local&apos; em URL, um servidor compatível com OpenAI que não precisa de chave (scripts/run.sh --local inicia um com um modelo pequeno e passa esta opção)</translation>
    </message>
    <message>
        <source>write conversations as Markdown or JSON</source>
        <translation>grava as conversas como Markdown ou JSON</translation>
    </message>
    <message>
        <source>one conversation (its id or a prefix)</source>
        <translation>uma conversa (seu id ou um prefixo)</translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation>arquivo a gravar (padrão: stdout)</translation>
    </message>
    <message>
        <source>import a chatdesk JSON or ChatGPT export</source>
        <translation>importa uma exportação do chatdesk ou do ChatGPT</translation>
    </message>
    <message>
        <source>the history was damaged and moved to {path}</source>
        <translation>o histórico estava danificado e foi movido para {path}</translation>
    </message>
    <message>
        <source>no single conversation matches “{query}”</source>
        <translation>não há uma única conversa que corresponda a “{query}”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s).</source>
        <translation>
            <numerusform>%Ln conversa exportada.</numerusform>
            <numerusform>%Ln conversas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not install the desktop entry: {error}</source>
        <translation>não foi possível instalar a entrada da área de trabalho: {error}</translation>
    </message>
    <message>
        <source>Installed {path} and the chatdesk icon; it appears in the application menu.</source>
        <translation>{path} e o ícone do chatdesk foram instalados; ele aparece no menu de aplicativos.</translation>
    </message>
    <message>
        <source>{name} is a folder; only files can be attached</source>
        <translation>{name} é uma pasta; só é possível anexar arquivos</translation>
    </message>
    <message>
        <source>{name} is a pipe; only files can be attached</source>
        <translation>{name} é um pipe; só é possível anexar arquivos</translation>
    </message>
    <message>
        <source>{name} is a socket; only files can be attached</source>
        <translation>{name} é um socket; só é possível anexar arquivos</translation>
    </message>
    <message>
        <source>{name} is a device; only files can be attached</source>
        <translation>{name} é um dispositivo; só é possível anexar arquivos</translation>
    </message>
    <message>
        <source>{name} is not a regular file; only files can be attached</source>
        <translation>{name} não é um arquivo comum; só é possível anexar arquivos</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB, too large to attach</source>
        <translation>{name} tem mais de {size} MB, grande demais para anexar</translation>
    </message>
    <message>
        <source>{name} is {size} MB; images can be at most {most} MB</source>
        <translation>{name} tem {size} MB; imagens podem ter no máximo {most} MB</translation>
    </message>
    <message>
        <source>{name} looks like a {kind} image but its header is damaged</source>
        <translation>{name} parece ser uma imagem {kind}, mas seu cabeçalho está danificado</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels); images can be at most {most} megapixels (the server scales them to 2048 pixels anyway): resize it first</source>
        <translation>{name} tem {width}×{height} pixels ({megapixels} megapixels); imagens podem ter no máximo {most} megapixels (o servidor as reduz para 2048 pixels de qualquer forma): redimensione-a antes</translation>
    </message>
    <message>
        <source>{name} is {size} KB; text files can be at most {most} KB (attach the part that matters)</source>
        <translation>{name} tem {size} KB; arquivos de texto podem ter no máximo {most} KB (anexe a parte que importa)</translation>
    </message>
    <message>
        <source>{name} is neither an image (PNG, JPEG, GIF, WebP) nor UTF-8 text</source>
        <translation>{name} não é uma imagem (PNG, JPEG, GIF, WebP) nem texto UTF-8</translation>
    </message>
    <message>
        <source>{name}: its text is {size} KB; at most {most} KB of text go with one file (choose fewer pages)</source>
        <translation>{name}: seu texto tem {size} KB; no máximo {most} KB de texto acompanham um arquivo (escolha menos páginas)</translation>
    </message>
    <message>
        <source>{name}: {size} KB of text; one file can bring at most {most} KB</source>
        <translation>{name}: {size} KB de texto; um arquivo pode trazer no máximo {most} KB</translation>
    </message>
    <message numerus="yes">
        <source>{name}: ~%Ln token(s); the model&apos;s context is {context} tokens and one file may take at most ~{most}</source>
        <translation>
            <numerusform>{name}: ~%Ln token; o contexto do modelo é de {context} tokens e um arquivo pode ocupar no máximo ~{most}</numerusform>
            <numerusform>{name}: ~%Ln tokens; o contexto do modelo é de {context} tokens e um arquivo pode ocupar no máximo ~{most}</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation {number}</source>
        <extracomment>Where a problem is in an imported file: its 3rd conversation.</extracomment>
        <translation>conversa {number}</translation>
    </message>
    <message>
        <source>{where}: not an object</source>
        <translation>{where}: não é um objeto</translation>
    </message>
    <message>
        <source>{where} (“{title}”)</source>
        <translation>{where} (“{title}”)</translation>
    </message>
    <message>
        <source>{where}: “mapping” is missing or not an object</source>
        <translation>{where}: “mapping” está ausente ou não é um objeto</translation>
    </message>
    <message>
        <source>{where}: “current_node” does not name a node in “mapping”</source>
        <translation>{where}: “current_node” não indica um nó de “mapping”</translation>
    </message>
    <message>
        <source>{where}: the parent links loop at node {node}</source>
        <translation>{where}: os vínculos de pai formam um ciclo no nó {node}</translation>
    </message>
    <message>
        <source>{where}: node {node} is missing from “mapping”</source>
        <translation>{where}: o nó {node} não está em “mapping”</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <translation>Conversa do ChatGPT</translation>
    </message>
    <message>
        <source>{where}, node {node}</source>
        <translation>{where}, nó {node}</translation>
    </message>
    <message>
        <source>{where}: message id {message_id} appears twice</source>
        <translation>{where}: o id de mensagem {message_id} aparece duas vezes</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>A chave de API foi rejeitada</translation>
    </message>
    <message>
        <source>Model or endpoint not found</source>
        <translation>Modelo ou endpoint não encontrado</translation>
    </message>
    <message>
        <source>The conversation is too long for this model</source>
        <translation>A conversa é longa demais para este modelo</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>O servidor recusou a solicitação</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de solicitações atingido</translation>
    </message>
    <message>
        <source>The server had a problem</source>
        <translation>O servidor teve um problema</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>Não foi possível acessar o servidor</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>O servidor não respondeu a tempo</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read</source>
        <translation>Não foi possível ler a resposta do servidor</translation>
    </message>
    <message>
        <source>The server sent an empty reply</source>
        <translation>O servidor enviou uma resposta vazia</translation>
    </message>
    <message>
        <source>The reply was cut off</source>
        <translation>A resposta foi cortada</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>Nenhum chaveiro do sistema disponível</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problema no histórico</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Não foi possível anexar</translation>
    </message>
    <message>
        <source>The base URL needs a change</source>
        <translation>A URL base precisa ser alterada</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erro interno</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <extracomment>An error&apos;s title and the HTTP status code the server answered with (404).</extracomment>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>{advice} The server said: “{message}”</source>
        <translation>{advice} O servidor disse: “{message}”</translation>
    </message>
    <message>
        <source>Check the API key in Settings (Ctrl+,).</source>
        <translation>Verifique a chave de API nas Configurações (Ctrl+,).</translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password: check them in Settings.</source>
        <translation>O proxy pediu um nome de usuário e uma senha: verifique-os nas Configurações.</translation>
    </message>
    <message>
        <source>The server has no model “{model}” or no endpoint at {url}. Check the model name and the base URL in Settings.</source>
        <translation>O servidor não tem o modelo “{model}” ou não tem um endpoint em {url}. Verifique o nome do modelo e a URL base nas Configurações.</translation>
    </message>
    <message>
        <source>Too many requests or quota exhausted; wait a moment, then retry.</source>
        <translation>Solicitações demais ou cota esgotada; aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>This is usually temporary: retry in a moment.</source>
        <translation>Isso costuma ser temporário: tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Start a new conversation or shorten your message.</source>
        <translation>Inicie uma nova conversa ou encurte sua mensagem.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>O servidor não informou o motivo.</translation>
    </message>
    <message>
        <source>The server reported an error mid-reply: “{message}”</source>
        <translation>O servidor relatou um erro no meio da resposta: “{message}”</translation>
    </message>
    <message>
        <source>{where}: “{name}” is missing</source>
        <translation>{where}: “{name}” está ausente</translation>
    </message>
    <message>
        <source>{where}: “{name}” has the wrong type</source>
        <translation>{where}: “{name}” tem o tipo errado</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a duration ({value})</source>
        <translation>{where}: “{name}” não é uma duração ({value})</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a token count ({value})</source>
        <translation>{where}: “{name}” não é uma contagem de tokens ({value})</translation>
    </message>
    <message>
        <source>{where}, attachment {number}</source>
        <translation>{where}, anexo {number}</translation>
    </message>
    <message>
        <source>{where}: not an image or text attachment</source>
        <translation>{where}: não é um anexo de imagem nem de texto</translation>
    </message>
    <message>
        <source>{where}: its data is not base64</source>
        <translation>{where}: seus dados não estão em base64</translation>
    </message>
    <message>
        <source>{where}: larger than {size} KB</source>
        <translation>{where}: maior que {size} KB</translation>
    </message>
    <message>
        <source>{where}: a text file that is not UTF-8</source>
        <translation>{where}: um arquivo de texto que não é UTF-8</translation>
    </message>
    <message>
        <source>{where}: unknown role “{role}”</source>
        <translation>{where}: papel desconhecido “{role}”</translation>
    </message>
    <message>
        <source>{where}: unknown status “{status}”</source>
        <translation>{where}: status desconhecido “{status}”</translation>
    </message>
    <message>
        <source>{where}: a tool result without its call</source>
        <translation>{where}: um resultado de ferramenta sem a respectiva chamada</translation>
    </message>
    <message>
        <source>{where}: “{name}” is empty</source>
        <translation>{where}: “{name}” está vazio</translation>
    </message>
    <message>
        <source>{where}, message {number}</source>
        <translation>{where}, mensagem {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is also message {number}&apos;s</source>
        <translation>{where}: seu uid “{uid}” também é o da mensagem {number}</translation>
    </message>
    <message>
        <source>“projects” is not a list</source>
        <translation>“projects” não é uma lista</translation>
    </message>
    <message>
        <source>project {number}</source>
        <translation>projeto {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is used twice</source>
        <translation>{where}: seu uid “{uid}” é usado duas vezes</translation>
    </message>
    <message>
        <source>this file is chatdesk export version {version}; this chatdesk reads up to version {supported}</source>
        <translation>este arquivo é uma exportação do chatdesk na versão {version}; este chatdesk lê até a versão {supported}</translation>
    </message>
    <message>
        <source>“conversations” is missing or not a list</source>
        <translation>“conversations” está ausente ou não é uma lista</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a time ({value})</source>
        <translation>{where}: “{name}” não é uma data e hora ({value})</translation>
    </message>
    <message>
        <source>not a chatdesk export or a ChatGPT conversations.json (expected an object with &quot;format&quot;: &quot;chatdesk&quot;, or a list of conversations)</source>
        <translation>não é uma exportação do chatdesk nem um conversations.json do ChatGPT (era esperado um objeto com &quot;format&quot;: &quot;chatdesk&quot; ou uma lista de conversas)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (invalid byte at offset {offset})</source>
        <translation>não é texto UTF-8 (byte inválido na posição {offset})</translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export</source>
        <translation>tem aninhamento profundo demais para ser uma exportação</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation>não é um JSON válido ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Last reply ({figures}, %Ln step(s))</source>
        <translation>
            <numerusform>Última resposta ({figures}, %Ln etapa)</numerusform>
            <numerusform>Última resposta ({figures}, %Ln etapas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reply: {figures}</source>
        <translation>Última resposta: {figures}</translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed ({cost})</source>
        <translation>
            <numerusform>Conversa: {tokens} token cobrado ({cost})</numerusform>
            <numerusform>Conversa: {tokens} tokens cobrados ({cost})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed</source>
        <translation>
            <numerusform>Conversa: {tokens} token cobrado</numerusform>
            <numerusform>Conversa: {tokens} tokens cobrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ≥ ~%Ln token(s)</source>
        <extracomment>How long the conversation is: what the next request sends (~: estimated; ≥: more of it is still in the history).</extracomment>
        <translation>
            <numerusform>próxima solicitação ≥ ~%Ln token</numerusform>
            <numerusform>próxima solicitação ≥ ~%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ~%Ln token(s)</source>
        <translation>
            <numerusform>próxima solicitação ~%Ln token</numerusform>
            <numerusform>próxima solicitação ~%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>[image: {description}]</source>
        <translation>[imagem: {description}]</translation>
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
        <translation>Nova conversa</translation>
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
        <translation>penalidade de presença</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>penalidade de frequência</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semente</translation>
    </message>
    <message>
        <source>{parameter} must be a whole number</source>
        <translation>{parameter} deve ser um número inteiro</translation>
    </message>
    <message>
        <source>{parameter} must be a number</source>
        <translation>{parameter} deve ser um número</translation>
    </message>
    <message>
        <source>{parameter} must be a finite number</source>
        <translation>{parameter} deve ser um número finito</translation>
    </message>
    <message>
        <source>{parameter} must be between {low} and {high}</source>
        <translation>{parameter} deve estar entre {low} e {high}</translation>
    </message>
    <message>
        <source>{parameter} must be at least {low}</source>
        <translation>{parameter} deve ser no mínimo {low}</translation>
    </message>
    <message>
        <source>${amount}</source>
        <extracomment>A cost in US dollars.</extracomment>
        <translation>US$ {amount}</translation>
    </message>
    <message>
        <source>&lt;${amount}</source>
        <extracomment>A cost too small to show: less than $0.0001.</extracomment>
        <translation>&lt;US$ {amount}</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Iniciar uma nova conversa</translation>
    </message>
    <message>
        <source>Choose the model (or type /model name)</source>
        <translation>Escolha o modelo (ou digite /model nome)</translation>
    </message>
    <message>
        <source>This conversation&apos;s system prompt (or type /system text)</source>
        <translation>O prompt de sistema desta conversa (ou digite /system texto)</translation>
    </message>
    <message>
        <source>Start over: a new conversation with this one&apos;s system prompt and parameters</source>
        <translation>Recomeçar: uma nova conversa com o prompt de sistema e os parâmetros desta</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>Exportar esta conversa</translation>
    </message>
    <message>
        <source>{description}: {argument}</source>
        <extracomment>A command in the &quot;/&quot; popup and what was typed after it (/model gpt-4o).</extracomment>
        <translation>{description}: {argument}</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>tem mais de {size} MB</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>não é um JSON válido (linha {line}, coluna {column}: {problem})</translation>
    </message>
    <message>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>não é um JSON válido (aninhamento profundo demais)</translation>
    </message>
    <message>
        <source>it is not a chatdesk prompt library (format {value})</source>
        <translation>não é uma biblioteca de prompts do chatdesk (formato {value})</translation>
    </message>
    <message>
        <source>“version” is not a number ({value})</source>
        <translation>“version” não é um número ({value})</translation>
    </message>
    <message>
        <source>it was written by a newer chatdesk (library version {version}; this one reads version {supported})</source>
        <translation>foi gravada por um chatdesk mais recente (biblioteca versão {version}; este lê a versão {supported})</translation>
    </message>
    <message>
        <source>it has no “prompts” list</source>
        <translation>não tem uma lista “prompts”</translation>
    </message>
    <message>
        <source>“prompts” is not a list ({value})</source>
        <translation>“prompts” não é uma lista ({value})</translation>
    </message>
    <message numerus="yes">
        <source>it holds %Ln prompt(s); at most {most} are kept</source>
        <translation>
            <numerusform>contém %Ln prompt; no máximo {most} são mantidos</numerusform>
            <numerusform>contém %Ln prompts; no máximo {most} são mantidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} (“{name}”) is %Ln character(s) long; at most {most}</source>
        <translation>
            <numerusform>{where} (“{name}”) tem %Ln caractere; no máximo {most}</numerusform>
            <numerusform>{where} (“{name}”) tem %Ln caracteres; no máximo {most}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the library would hold more than %Ln prompt(s)</source>
        <translation>
            <numerusform>a biblioteca teria mais de %Ln prompt</numerusform>
            <numerusform>a biblioteca teria mais de %Ln prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>prompt {number}</source>
        <extracomment>Where a problem is in a prompt library file: its 3rd prompt.</extracomment>
        <translation>prompt {number}</translation>
    </message>
    <message>
        <source>{where} is not an object ({value})</source>
        <translation>{where} não é um objeto ({value})</translation>
    </message>
    <message>
        <source>{where}: “name” is missing or not text ({value})</source>
        <translation>{where}: “name” está ausente ou não é texto ({value})</translation>
    </message>
    <message>
        <source>{where} (“{name}”): “text” is missing or not text</source>
        <translation>{where} (“{name}”): “text” está ausente ou não é texto</translation>
    </message>
    <message>
        <source>{where}: “name” is empty</source>
        <translation>{where}: “name” está vazio</translation>
    </message>
    <message>
        <source>Saved prompt</source>
        <translation>Prompt salvo</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>The server sent a line longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>O servidor enviou uma linha com mais de {size} MiB, algo de que nenhum stream de chat precisa; a resposta foi interrompida ali. Verifique se a URL base aponta para uma API compatível com OpenAI.</translation>
    </message>
    <message>
        <source>The server sent an event longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>O servidor enviou um evento com mais de {size} MiB, algo de que nenhum stream de chat precisa; a resposta foi interrompida ali. Verifique se a URL base aponta para uma API compatível com OpenAI.</translation>
    </message>
    <message>
        <source>{problem} Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>{problem} Verifique se a URL base aponta para uma API compatível com OpenAI.</translation>
    </message>
    <message>
        <source>The server answered but sent nothing. If the conversation is long, it may not fit the model&apos;s context: start a new one or shorten it.</source>
        <translation>O servidor respondeu, mas não enviou nada. Se a conversa for longa, talvez não caiba no contexto do modelo: inicie uma nova ou encurte-a.</translation>
    </message>
    <message>
        <source>A streamed event is not JSON.</source>
        <translation>Um evento transmitido não é JSON.</translation>
    </message>
    <message>
        <source>The reply is not JSON.</source>
        <translation>A resposta não é JSON.</translation>
    </message>
    <message>
        <source>A streamed event is an unexpected JSON value.</source>
        <translation>Um evento transmitido é um valor JSON inesperado.</translation>
    </message>
    <message>
        <source>The reply is an unexpected JSON value.</source>
        <translation>A resposta é um valor JSON inesperado.</translation>
    </message>
    <message>
        <source>The reply has no choices.</source>
        <translation>A resposta não tem nenhuma opção (choices).</translation>
    </message>
    <message numerus="yes">
        <source>the model asked for more than %Ln tool call(s) at once</source>
        <translation>
            <numerusform>o modelo pediu mais de %Ln chamada de ferramenta de uma vez</numerusform>
            <numerusform>o modelo pediu mais de %Ln chamadas de ferramenta de uma vez</numerusform>
        </translation>
    </message>
    <message>
        <source>a tool call&apos;s arguments are larger than chatdesk accepts</source>
        <translation>os argumentos de uma chamada de ferramenta são maiores do que o chatdesk aceita</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password (user:password@). Remove them from the URL and put the key in the API key field.</source>
        <translation>A URL base não deve conter nome de usuário nem senha (usuário:senha@). Remova-os da URL e coloque a chave no campo Chave de API.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>A URL base deve começar com http:// ou https://</translation>
    </message>
    <message>
        <source>The base URL has no host name</source>
        <translation>A URL base não tem nome de host</translation>
    </message>
    <message>
        <source>The proxy must start with http://, https://, socks5:// or socks5h://</source>
        <translation>O proxy deve começar com http://, https://, socks5:// ou socks5h://</translation>
    </message>
    <message>
        <source>The proxy has no host name</source>
        <translation>O proxy não tem nome de host</translation>
    </message>
    <message>
        <source>Put the proxy&apos;s user name and password in their own fields, not in the URL</source>
        <translation>Coloque o nome de usuário e a senha do proxy nos campos próprios, não na URL</translation>
    </message>
    <message>
        <source>This server does not offer the model {model}. Choose one of its models ({models}) in the Model box above the prompt, then send again.</source>
        <extracomment>How many of the server&apos;s models an error message names.</extracomment>
        <translation>Este servidor não oferece o modelo {model}. Escolha um dos modelos dele ({models}) na caixa Modelo acima do prompt e envie novamente.</translation>
    </message>
    <message>
        <source>{name} is an old binary Office file (.doc, .xls or .ppt): save it as .docx, .xlsx, .pptx or PDF first</source>
        <translation>{name} é um arquivo binário antigo do Office (.doc, .xls ou .ppt): salve-o antes como .docx, .xlsx, .pptx ou PDF</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive</source>
        <translation>{name} está danificado ou não é um arquivo compactado válido</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a document chatdesk reads (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</source>
        <translation>{name} é um arquivo ZIP, não um documento que o chatdesk lê (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</translation>
    </message>
    <message>
        <source>{name} is protected by a password</source>
        <translation>{name} está protegido por senha</translation>
    </message>
    <message>
        <source>{name} has no text layer (scanned pages)</source>
        <translation>{name} não tem camada de texto (páginas digitalizadas)</translation>
    </message>
    <message>
        <source>{name} took longer than {seconds} s to read; it is too large or damaged</source>
        <translation>{name} levou mais de {seconds} s para ser lido; é grande demais ou está danificado</translation>
    </message>
    <message>
        <source>{name} holds more than {millions} million characters of text, too much to attach</source>
        <translation>{name} contém mais de {millions} milhões de caracteres de texto, demais para anexar</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texto OpenDocument</translation>
    </message>
    <message>
        <source>{name} has no slides</source>
        <translation>{name} não tem slides</translation>
    </message>
    <message>
        <source>OpenDocument presentation</source>
        <translation>Apresentação OpenDocument</translation>
    </message>
    <message>
        <source>{name} could not be read: the PDF reader stopped on it; it may be damaged or built to attack PDF readers</source>
        <translation>Não foi possível ler {name}: o leitor de PDF parou nele; ele pode estar danificado ou feito para atacar leitores de PDF</translation>
    </message>
    <message>
        <source>{name} could not be read: chatdesk could not start its PDF reader</source>
        <translation>Não foi possível ler {name}: o chatdesk não conseguiu iniciar seu leitor de PDF</translation>
    </message>
    <message>
        <source>{name} needs more memory than chatdesk allows for a document ({size} GB); it may be damaged or built to exhaust memory</source>
        <translation>{name} precisa de mais memória do que o chatdesk permite para um documento ({size} GB); ele pode estar danificado ou feito para esgotar a memória</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way chatdesk cannot open</source>
        <translation>{name} está criptografado de uma forma que o chatdesk não consegue abrir</translation>
    </message>
    <message>
        <source>{name} is damaged or not a PDF ({error})</source>
        <translation>{name} está danificado ou não é um PDF ({error})</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln page(s); at most {limit} can be read</source>
        <translation>
            <numerusform>{name} tem %Ln página; é possível ler no máximo {limit}</numerusform>
            <numerusform>{name} tem %Ln páginas; é possível ler no máximo {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged: none of its pages can be read</source>
        <translation>{name} está danificado: nenhuma de suas páginas pode ser lida</translation>
    </message>
    <message>
        <source>{name} has no text to extract</source>
        <translation>{name} não tem texto para extrair</translation>
    </message>
    <message>
        <source>{name}: a page could not be rendered ({error})</source>
        <translation>{name}: não foi possível renderizar uma página ({error})</translation>
    </message>
    <message>
        <source>it declares its own entities (a document type with an internal subset)</source>
        <translation>declara suas próprias entidades (um tipo de documento com subconjunto interno)</translation>
    </message>
    <message>
        <source>it declares entities</source>
        <translation>declara entidades</translation>
    </message>
    <message>
        <source>it refers to external entities</source>
        <translation>faz referência a entidades externas</translation>
    </message>
    <message>
        <source>its elements nest more than {limit} deep</source>
        <translation>seus elementos se aninham em mais de {limit} níveis</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} is unsafe ({reason})</source>
        <translation>{name} não pode ser lido: {part} não é seguro ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is not valid XML ({error}, line {line})</source>
        <translation>{name} está danificado: {part} não é um XML válido ({error}, linha {line})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} cannot be read ({error})</source>
        <translation>{name} está danificado: {part} não pode ser lido ({error})</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} nests too deeply</source>
        <translation>{name} não pode ser lido: {part} tem aninhamento profundo demais</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds more than %Ln file(s); not read</source>
        <translation>
            <numerusform>{name} contém mais de %Ln arquivo; não foi lido</numerusform>
            <numerusform>{name} contém mais de %Ln arquivos; não foi lido</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive ({error})</source>
        <translation>{name} está danificado ou não é um arquivo compactado válido ({error})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is missing</source>
        <translation>{name} está danificado: {part} está ausente</translation>
    </message>
    <message>
        <source>{name} is encrypted; save it without a password first</source>
        <translation>{name} está criptografado; salve-o antes sem senha</translation>
    </message>
    <message>
        <source>{name} is too large to read: {part} inflates to {size} MB (at most {limit} MB)</source>
        <translation>{name} é grande demais para ser lido: {part} se expande para {size} MB (no máximo {limit} MB)</translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: {part} inflates {ratio} times (to {size} MB); not read</source>
        <translation>{name} parece uma bomba ZIP: {part} se expande {ratio} vezes (para {size} MB); não foi lido</translation>
    </message>
    <message>
        <source>{name} is too large to read: its parts inflate to more than {limit} MB</source>
        <translation>{name} é grande demais para ser lido: suas partes se expandem para mais de {limit} MB</translation>
    </message>
    <message>
        <source>{name} inflates past its limit</source>
        <translation>{name} se expande além do limite</translation>
    </message>
    <message>
        <source>{name} is damaged: its main part is missing</source>
        <translation>{name} está danificado: sua parte principal está ausente</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>{name} não tem planilhas</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln filled cell(s), too many to attach: save the part that matters as CSV</source>
        <translation>
            <numerusform>{name} tem mais de %Ln célula preenchida, demais para anexar: salve a parte que importa como CSV</numerusform>
            <numerusform>{name} tem mais de %Ln células preenchidas, demais para anexar: salve a parte que importa como CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln sheet(s); not read</source>
        <translation>
            <numerusform>{name} tem mais de %Ln planilha; não foi lido</numerusform>
            <numerusform>{name} tem mais de %Ln planilhas; não foi lido</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Pasta de trabalho do Excel</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>Planilha OpenDocument</translation>
    </message>
    <message>
        <source>{name} is not valid CSV ({error})</source>
        <translation>{name} não é um CSV válido ({error})</translation>
    </message>
    <message>
        <source>{name} has no cells with text</source>
        <translation>{name} não tem células com texto</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabela CSV</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln slide(s); not read</source>
        <translation>
            <numerusform>{name} tem mais de %Ln slide; não foi lido</numerusform>
            <numerusform>{name} tem mais de %Ln slides; não foi lido</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>Apresentação do PowerPoint</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} (byte 0x{byte} at position {position}); pick another encoding</source>
        <translation>{name} não é {encoding} válido (byte 0x{byte} na posição {position}); escolha outra codificação</translation>
    </message>
    <message>
        <source>{name} read as {encoding} is not text but binary data; pick another encoding</source>
        <translation>{name} lido como {encoding} não é texto, e sim dados binários; escolha outra codificação</translation>
    </message>
    <message>
        <source>{name} is neither an image, a document chatdesk reads, nor text in an encoding that could be detected</source>
        <translation>{name} não é uma imagem, nem um documento que o chatdesk lê, nem texto em uma codificação que possa ser detectada</translation>
    </message>
    <message>
        <source>{name} is too large: {millions} million characters of HTML</source>
        <translation>{name} é grande demais: {millions} milhões de caracteres de HTML</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>{name} não tem texto</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página da web</translation>
    </message>
    <message>
        <source>{name} is protected by DRM; its text cannot be read</source>
        <translation>{name} está protegido por DRM; seu texto não pode ser lido</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln section(s); not read</source>
        <translation>
            <numerusform>{name} tem mais de %Ln seção; não foi lido</numerusform>
            <numerusform>{name} tem mais de %Ln seções; não foi lido</numerusform>
        </translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Livro EPUB</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento do Word</translation>
    </message>
    <message>
        <source>The reply is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>A resposta é grande demais (mais de {size} MB), por isso o chatdesk parou de lê-la. Verifique se a URL base aponta para uma API compatível com OpenAI.</translation>
    </message>
    <message>
        <source>Expected a stream of events but got {content_type}: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>Era esperado um stream de eventos, mas veio {content_type}: “{message}”. Verifique a URL base ou desative o streaming nas Configurações.</translation>
    </message>
    <message>
        <source>Expected a stream of events but got untyped data: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>Era esperado um stream de eventos, mas vieram dados sem tipo: “{message}”. Verifique a URL base ou desative o streaming nas Configurações.</translation>
    </message>
    <message>
        <source>The server closed the stream before the reply was finished. The partial reply is kept; Retry asks again.</source>
        <translation>O servidor fechou o stream antes de a resposta terminar. A resposta parcial foi mantida; Tentar novamente pergunta de novo.</translation>
    </message>
    <message>
        <source>{host} took longer than {seconds} s to answer in full. The server may be overloaded or very slow: retry in a moment, and check the base URL.</source>
        <translation>{host} levou mais de {seconds} s para responder por completo. O servidor pode estar sobrecarregado ou muito lento: tente novamente em instantes e verifique a URL base.</translation>
    </message>
    <message>
        <source>Connecting to {host} took longer than {seconds} s. Check your network connection and the base URL.</source>
        <translation>A conexão com {host} levou mais de {seconds} s. Verifique sua conexão de rede e a URL base.</translation>
    </message>
    <message>
        <source>{host} accepted the request but sent nothing for {seconds} s. The server may be overloaded: retry in a moment.</source>
        <translation>{host} aceitou a solicitação, mas não enviou nada por {seconds} s. O servidor pode estar sobrecarregado: tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it asked for a user name and password. Check the proxy, its user name and password in Settings.</source>
        <translation>Não foi possível acessar {host} pelo proxy: ele pediu um nome de usuário e uma senha. Verifique o proxy, o nome de usuário e a senha dele nas Configurações.</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it did not answer. Check the proxy, its user name and password in Settings.</source>
        <translation>Não foi possível acessar {host} pelo proxy: ele não respondeu. Verifique o proxy, o nome de usuário e a senha dele nas Configurações.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate is not trusted or TLS failed. If the server uses its own certificate authority, add its CA file in Settings.</source>
        <translation>A conexão segura com {host} falhou: o certificado dele não é confiável ou o TLS falhou. Se o servidor usa a própria autoridade certificadora, adicione o arquivo de CA dela nas Configurações.</translation>
    </message>
    <message>
        <source>The host name {host} could not be found. Check your internet connection and the base URL in Settings.</source>
        <translation>O nome de host {host} não foi encontrado. Verifique sua conexão com a internet e a URL base nas Configurações.</translation>
    </message>
    <message>
        <source>Nothing is listening at {host}: is the server running? Check the base URL in Settings.</source>
        <translation>Nada está escutando em {host}: o servidor está em execução? Verifique a URL base nas Configurações.</translation>
    </message>
    <message>
        <source>The connection to {host} failed. Check your network connection and the base URL.</source>
        <translation>A conexão com {host} falhou. Verifique sua conexão de rede e a URL base.</translation>
    </message>
    <message>
        <source>“{url}” is not a valid URL. Fix the base URL.</source>
        <translation>“{url}” não é uma URL válida. Corrija a URL base.</translation>
    </message>
    <message>
        <source>The request to {host} failed ({error}).</source>
        <translation>A solicitação para {host} falhou ({error}).</translation>
    </message>
    <message>
        <source>The server stopped sending for {seconds} s. The partial reply is kept; Retry asks again.</source>
        <translation>O servidor parou de enviar por {seconds} s. A resposta parcial foi mantida; Tentar novamente pergunta de novo.</translation>
    </message>
    <message>
        <source>The server sent nothing for {seconds} s. It may be overloaded: retry.</source>
        <translation>O servidor não enviou nada por {seconds} s. Ele pode estar sobrecarregado: tente novamente.</translation>
    </message>
    <message>
        <source>The connection broke before the reply started. Check your network and retry.</source>
        <translation>A conexão caiu antes de a resposta começar. Verifique sua rede e tente novamente.</translation>
    </message>
    <message>
        <source>The connection broke during the reply. The partial reply is kept; Retry asks again.</source>
        <translation>A conexão caiu durante a resposta. A resposta parcial foi mantida; Tentar novamente pergunta de novo.</translation>
    </message>
    <message>
        <source>The model list from {url} is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>A lista de modelos de {url} é grande demais (mais de {size} MB), por isso o chatdesk parou de lê-la. Verifique se a URL base aponta para uma API compatível com OpenAI.</translation>
    </message>
    <message>
        <source>{url} did not answer with JSON. Check the base URL.</source>
        <translation>{url} não respondeu com JSON. Verifique a URL base.</translation>
    </message>
    <message>
        <source>{url} did not answer with a model list.</source>
        <translation>{url} não respondeu com uma lista de modelos.</translation>
    </message>
    <message>
        <source>{host} redirected the request to {target}. chatdesk sends your messages and key only to the server in the base URL: if {origin} is the right server, put its address in the base URL in Settings.</source>
        <translation>{host} redirecionou a solicitação para {target}. O chatdesk envia suas mensagens e sua chave somente ao servidor da URL base: se {origin} for o servidor certo, coloque o endereço dele na URL base nas Configurações.</translation>
    </message>
    <message numerus="yes">
        <source>{host} redirected more than %Ln times. Check the base URL in Settings.</source>
        <translation>
            <numerusform>{host} redirecionou mais de %Ln vez. Verifique a URL base nas Configurações.</numerusform>
            <numerusform>{host} redirecionou mais de %Ln vezes. Verifique a URL base nas Configurações.</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no keyring service (such as GNOME Keyring or KWallet) running. Your key can be used for this session only; it will not be saved.</source>
        <translation>Este sistema não tem nenhum serviço de chaveiro (como o GNOME Keyring ou o KWallet) em execução. Sua chave pode ser usada apenas nesta sessão; ela não será salva.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it, or use the key for this session only.</source>
        <translation>O chaveiro do sistema está bloqueado. Desbloqueie-o ou use a chave apenas nesta sessão.</translation>
    </message>
    <message>
        <source>The system keyring refused the request ({error}). Your key can be used for this session only; it will not be saved.</source>
        <translation>O chaveiro do sistema recusou a solicitação ({error}). Sua chave pode ser usada apenas nesta sessão; ela não será salva.</translation>
    </message>
    <message>
        <source>{file} must be a JSON object with an &quot;mcpServers&quot; object in it</source>
        <translation>{file} deve ser um objeto JSON contendo um objeto &quot;mcpServers&quot;</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; in {file} must be an object of servers by name</source>
        <translation>&quot;{key}&quot; em {file} deve ser um objeto de servidores por nome</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>Não foi possível ler {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason}</source>
        <translation>{file} não é um JSON válido: {reason}</translation>
    </message>
    <message>
        <source>There is already a server called &quot;{name}&quot;</source>
        <translation>Já existe um servidor chamado &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>There is no server called &quot;{name}&quot; in mcp.json</source>
        <translation>Não há nenhum servidor chamado &quot;{name}&quot; no mcp.json</translation>
    </message>
    <message>
        <source>it did not start within {seconds} s</source>
        <translation>não iniciou em {seconds} s</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>o servidor parou</translation>
    </message>
    <message>
        <source>the server was killed (signal {signal})</source>
        <translation>o servidor foi encerrado à força (sinal {signal})</translation>
    </message>
    <message>
        <source>the server stopped (exit code {code})</source>
        <translation>o servidor parou (código de saída {code})</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: {problem}</source>
        <translation>Servidor &quot;{name}&quot;: {problem}</translation>
    </message>
    <message>
        <source>a server needs a name</source>
        <translation>um servidor precisa de um nome</translation>
    </message>
    <message>
        <source>must be an object with a command or a url</source>
        <translation>deve ser um objeto com um comando ou uma URL</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; or &quot;sse&quot;</source>
        <translation>&quot;type&quot; deve ser &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; ou &quot;sse&quot;</translation>
    </message>
    <message>
        <source>has both a &quot;command&quot; and a &quot;url&quot;: keep one</source>
        <translation>tem um &quot;command&quot; e uma &quot;url&quot; ao mesmo tempo: mantenha só um</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a web address</source>
        <translation>&quot;url&quot; deve ser um endereço da web</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;stdio&quot; but a &quot;url&quot;; use &quot;http&quot; or remove &quot;type&quot;</source>
        <translation>tem &quot;type&quot;: &quot;stdio&quot;, mas uma &quot;url&quot;; use &quot;http&quot; ou remova &quot;type&quot;</translation>
    </message>
    <message>
        <source>needs a &quot;command&quot; (a local server) or a &quot;url&quot; (a remote one)</source>
        <translation>precisa de um &quot;command&quot; (servidor local) ou de uma &quot;url&quot; (servidor remoto)</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;{type}&quot; but no &quot;url&quot;</source>
        <translation>tem &quot;type&quot;: &quot;{type}&quot;, mas nenhuma &quot;url&quot;</translation>
    </message>
    <message>
        <source>&quot;cwd&quot; must be a folder path</source>
        <translation>&quot;cwd&quot; deve ser o caminho de uma pasta</translation>
    </message>
    <message>
        <source>&quot;url&quot; must start with https:// (got &quot;{url}&quot;)</source>
        <translation>&quot;url&quot; deve começar com https:// (recebido: &quot;{url}&quot;)</translation>
    </message>
    <message>
        <source>must use https:// (plain http:// only to this machine: localhost, 127.0.0.1)</source>
        <translation>deve usar https:// (http:// simples só para esta máquina: localhost, 127.0.0.1)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>&quot;{key}&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a number of seconds</source>
        <translation>&quot;timeout&quot; deve ser um número de segundos</translation>
    </message>
    <message numerus="yes">
        <source>&quot;timeout&quot; must be more than 0 and at most %Ln second(s)</source>
        <translation>
            <numerusform>&quot;timeout&quot; deve ser maior que 0 e no máximo %Ln segundo</numerusform>
            <numerusform>&quot;timeout&quot; deve ser maior que 0 e no máximo %Ln segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of strings</source>
        <translation>&quot;{key}&quot; deve ser uma lista de strings</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be an object of names and values</source>
        <translation>&quot;{key}&quot; deve ser um objeto de nomes e valores</translation>
    </message>
    <message>
        <source>{key} &quot;{name}&quot; must be a string or {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</source>
        <translation>{key} &quot;{name}&quot; deve ser uma string ou {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</translation>
    </message>
    <message>
        <source>&quot;the command&quot; was not found: is it installed, and on the PATH?</source>
        <translation>&quot;o comando&quot; não foi encontrado: ele está instalado e no PATH?</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; was not found: is it installed, and on the PATH?</source>
        <translation>&quot;{command}&quot; não foi encontrado: ele está instalado e no PATH?</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; cannot be run: {reason}</source>
        <translation>&quot;{command}&quot; não pode ser executado: {reason}</translation>
    </message>
    <message>
        <source>error {code}</source>
        <translation>erro {code}</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>o servidor não respondeu a tempo</translation>
    </message>
    <message>
        <source>its certificate is not trusted ({error})</source>
        <translation>o certificado dele não é confiável ({error})</translation>
    </message>
    <message>
        <source>could not connect (connection refused)</source>
        <translation>não foi possível conectar (conexão recusada)</translation>
    </message>
    <message>
        <source>could not connect ({error})</source>
        <translation>não foi possível conectar ({error})</translation>
    </message>
    <message>
        <source>the connection failed ({error})</source>
        <translation>a conexão falhou ({error})</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>não respondeu a tempo</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is kept in the system keyring, but: {problem}</source>
        <translation>&quot;{name}&quot; está guardado no chaveiro do sistema, mas: {problem}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; should be in the system keyring (as {entry}) but is not there; enter it again in Settings &gt; Tools</source>
        <translation>&quot;{name}&quot; deveria estar no chaveiro do sistema (como {entry}), mas não está; insira-o novamente em Configurações &gt; Ferramentas</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: &quot;{key}&quot; must be an object</source>
        <translation>Servidor &quot;{name}&quot;: &quot;{key}&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>{problem} It was left as it is; your next change to the library keeps it as {name}.damaged-… and starts a new one.</source>
        <translation>{problem} Ela foi deixada como está; sua próxima alteração na biblioteca a guarda como {name}.damaged-… e começa uma nova.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is {size}, more than {limit}.</source>
        <translation>A biblioteca de prompts {name} não pôde ser usada: tem {size}, mais de {limit}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: {reason}.</source>
        <translation>A biblioteca de prompts {name} não pôde ser usada: {reason}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is larger than {limit}.</source>
        <translation>A biblioteca de prompts {name} não pôde ser usada: tem mais de {limit}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is not UTF-8 text (byte {offset}).</source>
        <translation>A biblioteca de prompts {name} não pôde ser usada: não é texto UTF-8 (byte {offset}).</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation>Esse projeto não existe mais.</translation>
    </message>
    <message>
        <source>There is no conversation {uid}.</source>
        <translation>Não há nenhuma conversa {uid}.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>O histórico não está aberto.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be read ({error}) and could not be moved aside ({move_error}). Move it away yourself, then restart chatdesk.</source>
        <translation>O arquivo de histórico {path} não pode ser lido ({error}) e não pôde ser movido ({move_error}). Mova-o você mesmo e reinicie o chatdesk.</translation>
    </message>
    <message>
        <source>Could not open the history</source>
        <extracomment>What a failed history job could not do, by the ``action`` its caller names it with (in English, for the log): each a whole clause for the user&apos;s language.</extracomment>
        <translation>Não foi possível abrir o histórico</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Não foi possível ler o histórico</translation>
    </message>
    <message>
        <source>Could not save the history</source>
        <translation>Não foi possível salvar o histórico</translation>
    </message>
    <message>
        <source>Could not list conversations</source>
        <translation>Não foi possível listar as conversas</translation>
    </message>
    <message>
        <source>Could not find the conversation</source>
        <translation>Não foi possível encontrar a conversa</translation>
    </message>
    <message>
        <source>Could not open the conversation</source>
        <translation>Não foi possível abrir a conversa</translation>
    </message>
    <message>
        <source>Could not save the conversation</source>
        <translation>Não foi possível salvar a conversa</translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation>Não foi possível renomear a conversa</translation>
    </message>
    <message>
        <source>Could not pin the conversation</source>
        <translation>Não foi possível fixar a conversa</translation>
    </message>
    <message>
        <source>Could not move the conversation</source>
        <translation>Não foi possível mover a conversa</translation>
    </message>
    <message>
        <source>Could not delete the conversation</source>
        <translation>Não foi possível excluir a conversa</translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation>Não foi possível salvar a mensagem</translation>
    </message>
    <message>
        <source>Could not save the reply</source>
        <translation>Não foi possível salvar a resposta</translation>
    </message>
    <message>
        <source>Could not delete the message</source>
        <translation>Não foi possível excluir a mensagem</translation>
    </message>
    <message>
        <source>Could not switch the branch</source>
        <translation>Não foi possível trocar de versão</translation>
    </message>
    <message>
        <source>Could not list projects</source>
        <translation>Não foi possível listar os projetos</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>Não foi possível salvar o projeto</translation>
    </message>
    <message>
        <source>Could not delete the project</source>
        <translation>Não foi possível excluir o projeto</translation>
    </message>
    <message>
        <source>Could not search</source>
        <translation>Não foi possível pesquisar</translation>
    </message>
    <message>
        <source>Could not read usage</source>
        <translation>Não foi possível ler o uso</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Não foi possível importar</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Não foi possível exportar</translation>
    </message>
    <message>
        <source>Could not {action}</source>
        <translation>Não foi possível {action}</translation>
    </message>
    <message>
        <source>{failed}: the history is locked by another program. Is another chatdesk writing to it? Try again in a moment.</source>
        <translation>{failed}: o histórico está bloqueado por outro programa. Há outro chatdesk gravando nele? Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>{failed}: the disk is full. Free some space; nothing was damaged, and the last change will be saved with the next one.</source>
        <translation>{failed}: o disco está cheio. Libere espaço; nada foi danificado, e a última alteração será salva junto com a próxima.</translation>
    </message>
    <message>
        <source>{failed}: the history file is read-only. Check the data folder&apos;s permissions.</source>
        <translation>{failed}: o arquivo de histórico é somente leitura. Verifique as permissões da pasta de dados.</translation>
    </message>
    <message>
        <source>{failed}: {error}.</source>
        <translation>{failed}: {error}.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Um projeto precisa de um nome.</translation>
    </message>
    <message>
        <source>The history was written by a newer chatdesk (schema {version}; this one knows {known}). Update chatdesk to open it.</source>
        <extracomment>Forward migrations; index + 1 is the schema version each one produces.</extracomment>
        <translation>O histórico foi gravado por um chatdesk mais recente (esquema {version}; este conhece o {known}). Atualize o chatdesk para abri-lo.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source} ({skipped} already present).</source>
        <translation>
            <numerusform>%Ln conversa importada de {source} ({skipped} já presentes).</numerusform>
            <numerusform>%Ln conversas importadas de {source} ({skipped} já presentes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source}.</source>
        <translation>
            <numerusform>%Ln conversa importada de {source}.</numerusform>
            <numerusform>%Ln conversas importadas de {source}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}.</source>
        <translation>{name} não foi importado: {reason}.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>não pôde ser lido ({reason})</translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>não há memória suficiente para lê-lo</translation>
    </message>
    <message>
        <source>it is {size} MiB; chatdesk imports files of up to {limit} MiB (split a ChatGPT conversations.json into several files)</source>
        <translation>tem {size} MiB; o chatdesk importa arquivos de até {limit} MiB (divida um conversations.json do ChatGPT em vários arquivos)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Não foi possível gravar {path}: {reason}.</translation>
    </message>
    <message>
        <source>the typesetter could not be started</source>
        <extracomment>Seconds one formula may take (the slowest of a 50-formula corpus takes ~40 ms on an idle machine; the child runs at a lower priority, so a busy one stretches that a lot). A longer source is not typeset (a model that writes 4,000 characters of one formula has usually lost its way; it stays readable as source).</extracomment>
        <translation>não foi possível iniciar o renderizador de fórmulas</translation>
    </message>
    <message>
        <source>longer than {count} characters</source>
        <translation>mais de {count} caracteres</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazia</translation>
    </message>
    <message>
        <source>\end{{{name}}} does not close what was begun</source>
        <translation>\end{{{name}}} não fecha o que foi aberto</translation>
    </message>
    <message>
        <source>the {name} environment is not supported</source>
        <translation>o ambiente {name} não é suportado</translation>
    </message>
    <message>
        <source>\begin{{{name}}} is never ended</source>
        <translation>\begin{{{name}}} nunca é fechado</translation>
    </message>
    <message>
        <source>a closing brace without an opening one</source>
        <translation>uma chave de fechamento sem a de abertura</translation>
    </message>
    <message>
        <source>a brace is never closed</source>
        <translation>uma chave nunca é fechada</translation>
    </message>
    <message>
        <source>{command} is not supported</source>
        <translation>{command} não é suportado</translation>
    </message>
    <message>
        <source>&amp; outside an environment that aligns</source>
        <translation>&amp; fora de um ambiente de alinhamento</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>nada para desenhar</translation>
    </message>
    <message>
        <source>Reply cut off: incomplete.</source>
        <translation>Resposta cortada: incompleta.</translation>
    </message>
    <message>
        <source>Reply failed.</source>
        <translation>A resposta falhou.</translation>
    </message>
    <message>
        <source>Reply finished: {reply}</source>
        <translation>Resposta concluída: {reply}</translation>
    </message>
    <message>
        <source>Reply finished, empty.</source>
        <translation>Resposta concluída, vazia.</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>Resposta interrompida.</translation>
    </message>
    <message>
        <source>Error: {title}. {message}</source>
        <translation>Erro: {title}. {message}</translation>
    </message>
    <message>
        <source>{title}, {n} of {m}</source>
        <translation>{title}, {n} de {m}</translation>
    </message>
    <message>
        <source>Column {number} ({model}): {ending}</source>
        <comment>a compare column&apos;s reply ended</comment>
        <translation>Coluna {number} ({model}): {ending}</translation>
    </message>
    <message>
        <source>complete</source>
        <extracomment>A message&apos;s status in words (English, marked for translation: ``tr`` them when shown).</extracomment>
        <translation>concluída</translation>
    </message>
    <message>
        <source>being written</source>
        <translation>sendo escrita</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>incomplete: the reply was cut off</source>
        <translation>incompleta: a resposta foi cortada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <extracomment>Names and descriptions of the links a message shows, by verb (English, marked for translation: ``tr`` them when shown). A link not listed here (one added later) is offered under its own label.</extracomment>
        <translation>Copiar a mensagem para a área de transferência</translation>
    </message>
    <message>
        <source>Edit the message and send it as a new version</source>
        <translation>Editar a mensagem e enviá-la como uma nova versão</translation>
    </message>
    <message>
        <source>Delete the message (asks first)</source>
        <translation>Excluir a mensagem (pergunta antes)</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>Show the previous version</source>
        <translation>Mostrar a versão anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Próxima versão</translation>
    </message>
    <message>
        <source>Show the next version</source>
        <translation>Mostrar a próxima versão</translation>
    </message>
    <message>
        <source>Show or hide reasoning</source>
        <translation>Mostrar ou ocultar o raciocínio</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>Mostrar ou ocultar o raciocínio do modelo</translation>
    </message>
    <message>
        <source>Show all or less</source>
        <translation>Mostrar tudo ou menos</translation>
    </message>
    <message>
        <source>Show the whole tool result, or its start only</source>
        <translation>Mostrar o resultado completo da ferramenta ou só o início</translation>
    </message>
    <message>
        <source>Save the message in the prompt library</source>
        <translation>Salvar a mensagem na biblioteca de prompts</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Resultado da ferramenta</translation>
    </message>
    <message>
        <source>Tool result: {server} · {tool}</source>
        <translation>Resultado da ferramenta: {server} · {tool}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>{status}, version {number} of {count}</source>
        <translation>{status}, versão {number} de {count}</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Copy this code block to the clipboard</source>
        <translation>Copiar este bloco de código para a área de transferência</translation>
    </message>
    <message>
        <source>Documents, images and text</source>
        <translation>Documentos, imagens e texto</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins problems with attached files into one sentence</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message numerus="yes">
        <source>{file} · ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file} · ~{tokens} token</numerusform>
            <numerusform>{file} · ~{tokens} tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Lido como {encoding}</translation>
    </message>
    <message>
        <source>{problem}. It cannot be split by page: attach a smaller part</source>
        <translation>{problem}. Não é possível dividi-lo por página: anexe uma parte menor</translation>
    </message>
    <message>
        <source>Attach a large document</source>
        <translation>Anexar um documento grande</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anexar</translation>
    </message>
    <message>
        <source>{file} is protected by a password; not attached</source>
        <translation>{file} está protegido por senha; não foi anexado</translation>
    </message>
    <message>
        <source>Choose pages…</source>
        <translation>Escolher páginas…</translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} pages are scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} não tem camada de texto: sua {count} página é uma imagem digitalizada. Ela pode ser enviada como imagem a um modelo que lê imagens (no máximo {free} com esta mensagem) ou não ser enviada.</numerusform>
            <numerusform>{file} não tem camada de texto: suas {count} páginas são imagens digitalizadas. Elas podem ser enviadas como imagens a um modelo que lê imagens (no máximo {free} com esta mensagem) ou não ser enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} page is scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} não tem camada de texto: sua {count} página é uma imagem digitalizada. Ela pode ser enviada como imagem a um modelo que lê imagens (no máximo {free} com esta mensagem) ou não ser enviada.</numerusform>
            <numerusform>{file} não tem camada de texto: suas {count} páginas são imagens digitalizadas. Elas podem ser enviadas como imagens a um modelo que lê imagens (no máximo {free} com esta mensagem) ou não ser enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many: at most %Ln page(s) as images.</source>
        <translation>
            <numerusform>Demais: no máximo %Ln página como imagem.</numerusform>
            <numerusform>Demais: no máximo %Ln páginas como imagens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: %Ln page image(s).</source>
        <translation>
            <numerusform>A enviar: %Ln imagem de página.</numerusform>
            <numerusform>A enviar: %Ln imagens de página.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send scanned pages as images</source>
        <translation>Enviar páginas digitalizadas como imagens</translation>
    </message>
    <message>
        <source>Send as images</source>
        <translation>Enviar como imagens</translation>
    </message>
    <message>
        <source>pasted image {number}</source>
        <translation>imagem colada {number}</translation>
    </message>
    <message>
        <source>Still reading the attached files; send again in a moment.</source>
        <translation>Ainda lendo os arquivos anexados; envie novamente em instantes.</translation>
    </message>
    <message>
        <source>Answer the question about the attached document first.</source>
        <translation>Responda antes à pergunta sobre o documento anexado.</translation>
    </message>
    <message>
        <source>Files were just pasted or dropped: check them in the tray above the prompt (✕ removes one), then send again.</source>
        <translation>Arquivos acabaram de ser colados ou soltos: confira-os na área de anexos acima do prompt (✕ remove um) e envie novamente.</translation>
    </message>
    <message>
        <source>{problems}.</source>
        <comment>problems with attached files, joined</comment>
        <translation>{problems}.</translation>
    </message>
    <message>
        <source>Remove {file}</source>
        <translation>Remover {file}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: at most %Ln file(s) go with one message</source>
        <translation>
            <numerusform>{file}: no máximo %Ln arquivo acompanha uma mensagem</numerusform>
            <numerusform>{file}: no máximo %Ln arquivos acompanham uma mensagem</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare models</source>
        <extracomment>A column whose reply has not begun by then shows it is waiting (see ``_started``).</extracomment>
        <translation>Comparar modelos</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
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
        <translation>Resposta de {model}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>&amp;Use this reply</source>
        <translation>&amp;Usar esta resposta</translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation>Usar esta resposta</translation>
    </message>
    <message>
        <source>first token {ms} ms</source>
        <extracomment>One column&apos;s text is rendered per frame: the columns take turns.</extracomment>
        <translation>primeiro token em {ms} ms</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/s</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Carregando a conversa…</translation>
    </message>
    <message>
        <source>{old} is not on this server: using its only model, {model}</source>
        <translation>{old} não está neste servidor: usando o único modelo dele, {model}</translation>
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
        <translation>número inteiro</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalidade de presença</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Penalidade de frequência</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Configurações da conversa</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>Começar de uma predefinição…</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Salvar como predefinição…</translation>
    </message>
    <message>
        <source>Empty: the system prompt from Settings</source>
        <translation>Vazio: o prompt de sistema das Configurações</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Predefinição:</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>Prompt de sistema:</translation>
    </message>
    <message>
        <source>server default ({hint})</source>
        <translation>padrão do servidor ({hint})</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>comma-separated; empty: those from Settings</source>
        <translation>separadas por vírgula; vazio: as das Configurações</translation>
    </message>
    <message>
        <source>Stop sequences:</source>
        <translation>Sequências de parada:</translation>
    </message>
    <message numerus="yes">
        <source>default: %Ln token(s)</source>
        <translation>
            <numerusform>padrão: %Ln token</numerusform>
            <numerusform>padrão: %Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the context length must be at least %Ln token(s)</source>
        <translation>
            <numerusform>o tamanho do contexto deve ser de pelo menos %Ln token</numerusform>
            <numerusform>o tamanho do contexto deve ser de pelo menos %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>default: unknown: no trimming</source>
        <translation>padrão: desconhecido: sem corte</translation>
    </message>
    <message>
        <source>Context of {model}:</source>
        <translation>Contexto de {model}:</translation>
    </message>
    <message>
        <source>Only the parameters you fill in are sent; the server decides the rest.</source>
        <translation>Somente os parâmetros que você preencher são enviados; o servidor decide o resto.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Salvar predefinição</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Nome da predefinição:</translation>
    </message>
    <message>
        <source>the context length must be a whole number</source>
        <translation>o tamanho do contexto deve ser um número inteiro</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Mais recente</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
    <message numerus="yes">
        <source>⋯ The %Ln earlier message(s) no longer fit the model&apos;s context and are not sent: the context starts here.</source>
        <translation>
            <numerusform>⋯ A %Ln mensagem anterior não cabe mais no contexto do modelo e não é enviada: o contexto começa aqui.</numerusform>
            <numerusform>⋯ As %Ln mensagens anteriores não cabem mais no contexto do modelo e não são enviadas: o contexto começa aqui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send pages {first} to {last}</source>
        <translation>Enviar as páginas {first} a {last}</translation>
    </message>
    <message>
        <source>Send slides {first} to {last}</source>
        <translation>Enviar os slides {first} a {last}</translation>
    </message>
    <message>
        <source>Send sheets {first} to {last}</source>
        <translation>Enviar as planilhas {first} a {last}</translation>
    </message>
    <message>
        <source>Send sections {first} to {last}</source>
        <translation>Enviar as seções {first} a {last}</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primeira página</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Primeiro slide</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Último slide</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>Primeira planilha</translation>
    </message>
    <message>
        <source>Last sheet</source>
        <translation>Última planilha</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>Primeira seção</translation>
    </message>
    <message>
        <source>Last section</source>
        <translation>Última seção</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primeiro</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Send {unit}s {first} to {last}</source>
        <translation>Enviar {unit} {first} a {last}</translation>
    </message>
    <message>
        <source>The first page comes after the last.</source>
        <translation>A primeira página vem depois da última.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>That password did not open it. {file} is protected by a password. Enter it to attach its text:</source>
        <translation>Essa senha não o abriu. {file} está protegido por senha. Digite-a para anexar o texto dele:</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Enter it to attach its text:</source>
        <translation>{file} está protegido por senha. Digite-a para anexar o texto dele:</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lendo {file}</translation>
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
        <translation>Parar de ler {file}; ele não será anexado</translation>
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
            <numerusform>{count} slide</numerusform>
            <numerusform>{count} slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s)</source>
        <translation>
            <numerusform>{count} planilha</numerusform>
            <numerusform>{count} planilhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} section(s)</source>
        <translation>
            <numerusform>{count} seção</numerusform>
            <numerusform>{count} seções</numerusform>
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
            <numerusform>A enviar: {characters} caracteres, ~{tokens} token.</numerusform>
            <numerusform>A enviar: {characters} caracteres, ~{tokens} tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>{size}; one file may take ~{limit} of the model&apos;s {context}.</source>
        <translation>{size}; um arquivo pode ocupar ~{limit} dos {context} do modelo.</translation>
    </message>
    <message>
        <source>{size} (the model&apos;s context length is not known).</source>
        <translation>{size} (o tamanho do contexto do modelo não é conhecido).</translation>
    </message>
    <message>
        <source>Too long: {problem}.</source>
        <translation>Longo demais: {problem}.</translation>
    </message>
    <message>
        <source>{server} asks</source>
        <translation>{server} pergunta</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <source>{server} asks you to open a web page</source>
        <translation>{server} pede que você abra uma página da web</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Endereço da web</translation>
    </message>
    <message>
        <source>It opens in your browser, at {host}.</source>
        <translation>Ela abre no seu navegador, em {host}.</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Abrir no navegador</translation>
    </message>
    <message>
        <source>Open settings</source>
        <extracomment>The button that fixes an error (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>Abrir configurações</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>{error} Nothing is lost yet: this window keeps everything shown, and chatdesk saves it again with your next message. Copy anything you need before quitting if this message stays.</source>
        <extracomment>Messages read from the history when a conversation opens: the view builds the latest page of them at once, the rest as the user scrolls up. While a reply starts, the history&apos;s writes wait for its first words this long at most.</extracomment>
        <translation>{error} Nada foi perdido ainda: esta janela mantém tudo o que é mostrado, e o chatdesk salva tudo de novo com sua próxima mensagem. Se este aviso continuar, copie o que precisar antes de sair.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved to {path}. chatdesk started a new, empty history; the old file was not deleted.</source>
        <translation>O arquivo de histórico estava danificado e foi movido para {path}. O chatdesk iniciou um histórico novo e vazio; o arquivo antigo não foi excluído.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) were interrupted when chatdesk last closed; they are marked incomplete.</source>
        <translation>
            <numerusform>%Ln resposta foi interrompida quando o chatdesk foi fechado pela última vez; ela está marcada como incompleta.</numerusform>
            <numerusform>%Ln respostas foram interrompidas quando o chatdesk foi fechado pela última vez; elas estão marcadas como incompletas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Conversations in this session will not be saved until the history can be opened.</source>
        <translation>{error} As conversas desta sessão não serão salvas até que o histórico possa ser aberto.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) to {project}</source>
        <translation>
            <numerusform>%Ln conversa movida para {project}</numerusform>
            <numerusform>%Ln conversas movidas para {project}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) out of its project</source>
        <translation>
            <numerusform>%Ln conversa retirada do projeto</numerusform>
            <numerusform>%Ln conversas retiradas do projeto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project deleted with %Ln conversation(s)</source>
        <translation>
            <numerusform>Projeto excluído com %Ln conversa</numerusform>
            <numerusform>Projeto excluído com %Ln conversas</numerusform>
        </translation>
    </message>
    <message>
        <source>Project deleted; its conversations were kept</source>
        <translation>Projeto excluído; as conversas dele foram mantidas</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s) to {path}</source>
        <translation>
            <numerusform>%Ln conversa exportada para {path}</numerusform>
            <numerusform>%Ln conversas exportadas para {path}</numerusform>
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
        <translation>Parar a resposta (Esc)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anexar…</translation>
    </message>
    <message>
        <source>Attach documents, images or text files (or drop or paste them)</source>
        <translation>Anexar documentos, imagens ou arquivos de texto (ou soltá-los ou colá-los aqui)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensagem</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Tool working… {progress}</source>
        <translation>Ferramenta em execução… {progress}</translation>
    </message>
    <message>
        <source>too large to show</source>
        <extracomment>Bytes of images the cache keeps (the least recently used go first). A formula bigger than this many device pixels stays source. Logical pixels of room left and right of a formula (its ink must not touch the text).</extracomment>
        <translation>grande demais para mostrar</translation>
    </message>
    <message>
        <source>the typesetter failed: {error}</source>
        <translation>o renderizador de fórmulas falhou: {error}</translation>
    </message>
    <message>
        <source>Not typeset ({reason}):
{formula}</source>
        <extracomment>Milliseconds of replacing per event-loop turn. The math font&apos;s x-height, in em. Why a formula stayed source, on its text (what the tooltip says).</extracomment>
        <translation>Não renderizada ({reason}):
{formula}</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>MCP server state</comment>
        <translation>desativado</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>pronto</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>com falha</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <extracomment>A tool result shows this much until &quot;Show all&quot;; expanded, at most ``RESULT_SHOWN``. The note under a message that did not end well (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>■ Interrompida</translation>
    </message>
    <message>
        <source>⚠ Incomplete: the reply was cut off</source>
        <translation>⚠ Incompleta: a resposta foi cortada</translation>
    </message>
    <message>
        <source>⚠ Failed</source>
        <translation>⚠ Falhou</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Save as prompt</source>
        <translation>Salvar como prompt</translation>
    </message>
    <message>
        <source>done</source>
        <comment>tool call state</comment>
        <translation>concluída</translation>
    </message>
    <message>
        <source>error</source>
        <comment>tool call state</comment>
        <translation>erro</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>tool call state</comment>
        <translation>negada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>tool call state</comment>
        <translation>cancelada</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning ({count} words)</source>
        <translation>
            <numerusform>Raciocínio ({count} palavra)</numerusform>
            <numerusform>Raciocínio ({count} palavras)</numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <comment>tool call state</comment>
        <translation>em execução…</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>ferramenta</translation>
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
            <numerusform>Mostrar tudo ({count} caractere)</numerusform>
            <numerusform>Mostrar tudo ({count} caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copiado para a área de transferência</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Excluir mensagem</translation>
    </message>
    <message>
        <source>Delete this message? The rest of the conversation stays.</source>
        <translation>Excluir esta mensagem? O restante da conversa permanece.</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays, ‹ › switches); Esc cancels.</source>
        <translation>Editando uma mensagem: Enter a envia como uma nova versão (a antiga permanece; ‹ › alterna); Esc cancela.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preços</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>Preços por modelo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Input $ / 1M</source>
        <translation>Entrada US$ / 1M</translation>
    </message>
    <message>
        <source>Output $ / 1M</source>
        <translation>Saída US$ / 1M</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Adicionar modelo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Prices in US dollars per million tokens. Providers change them; edit freely.</source>
        <translation>Preços em dólares americanos por milhão de tokens. Os provedores os alteram; edite à vontade.</translation>
    </message>
    <message>
        <source>“{model}”: prices must be numbers</source>
        <translation>“{model}”: os preços devem ser números</translation>
    </message>
    <message>
        <source>“{model}”: prices cannot be negative</source>
        <translation>“{model}”: os preços não podem ser negativos</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>esta conversa</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>Exportar projeto</translation>
    </message>
    <message>
        <source>&amp;Move to project…</source>
        <translation>&amp;Mover para projeto…</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <source>Move to project</source>
        <translation>Mover para projeto</translation>
    </message>
    <message>
        <source>Move “{title}” to:</source>
        <translation>Mover “{title}” para:</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name</source>
        <translation>Digite para filtrar ou o nome de um novo projeto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name. Up and Down choose, Enter moves.</source>
        <translation>Digite para filtrar ou o nome de um novo projeto. Setas para cima e para baixo escolhem, Enter move.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Nenhum projeto</translation>
    </message>
    <message>
        <source>New project “{name}”</source>
        <translation>Novo projeto “{name}”</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Configurações do projeto</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>The one in use</source>
        <translation>O que estiver em uso</translation>
    </message>
    <message>
        <source>{profile} (no longer exists)</source>
        <translation>{profile} (não existe mais)</translation>
    </message>
    <message>
        <source>The profile&apos;s model</source>
        <translation>O modelo do perfil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
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
        <translation>Novas conversas iniciadas neste projeto começam com estes valores; as conversas que já estão nele, ou que forem movidas para ele, mantêm os seus.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Excluir projeto</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{name}”? It holds %Ln conversation(s).</source>
        <translation>
            <numerusform>Excluir o projeto “{name}”? Ele contém %Ln conversa.</numerusform>
            <numerusform>Excluir o projeto “{name}”? Ele contém %Ln conversas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the project “{name}”? It holds no conversations.</source>
        <translation>Excluir o projeto “{name}”? Ele não contém conversas.</translation>
    </message>
    <message>
        <source>Delete project, keep conversations</source>
        <translation>Excluir projeto, manter conversas</translation>
    </message>
    <message>
        <source>Delete project and its conversations</source>
        <translation>Excluir projeto e suas conversas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <translation>
            <numerusform>há %Ln d</numerusform>
            <numerusform>há %Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>há %Ln h</numerusform>
            <numerusform>há %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>há %Ln min</numerusform>
            <numerusform>há %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>{thousands}k</source>
        <comment>thousands of tokens</comment>
        <translation>{thousands}k</translation>
    </message>
    <message>
        <source>{millions}M</source>
        <comment>millions of tokens</comment>
        <translation>{millions}M</translation>
    </message>
    <message>
        <source>~{tokens} now</source>
        <translation>~{tokens} agora</translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed</source>
        <translation>
            <numerusform>{tokens} token cobrado</numerusform>
            <numerusform>{tokens} tokens cobrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed (every request&apos;s tokens added up)</source>
        <translation>
            <numerusform>{tokens} token cobrado (soma dos tokens de todas as solicitações)</numerusform>
            <numerusform>{tokens} tokens cobrados (soma dos tokens de todas as solicitações)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%Ln token(s) now (what the next request sends)</source>
        <translation>
            <numerusform>~%Ln token agora (o que a próxima solicitação envia)</numerusform>
            <numerusform>~%Ln tokens agora (o que a próxima solicitação envia)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln msg(s)</source>
        <comment>messages, short</comment>
        <translation>
            <numerusform>%Ln msg</numerusform>
            <numerusform>%Ln msgs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>prompt de sistema</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parâmetros</translation>
    </message>
    <message>
        <source>New conversations here start with its defaults:</source>
        <translation>Novas conversas aqui começam com os padrões dele:</translation>
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
            <numerusform>%Ln conversa</numerusform>
            <numerusform>%Ln conversas</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a project</comment>
        <translation>vazio</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensagem…  (Enter para enviar, Shift+Enter para nova linha)</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line, / for prompts and commands)</source>
        <translation>Mensagem…  (Enter para enviar, Shift+Enter para nova linha, / para prompts e comandos)</translation>
    </message>
    <message>
        <source>Write {{{{name}}}} where the prompt should ask for something: after inserting it with “/”, Tab jumps from one variable to the next.</source>
        <translation>Escreva {{{{name}}}} onde o prompt deve pedir algo: depois de inseri-lo com “/”, Tab salta de uma variável para a próxima.</translation>
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
        <translation>Enter escolhe o primeiro prompt exibido.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Name (shown in the “/” list)</source>
        <translation>Nome (mostrado na lista “/”)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
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
        <translation>Novo prompt</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>Variáveis: {names}</translation>
    </message>
    <message>
        <source>Delete prompt</source>
        <translation>Excluir prompt</translation>
    </message>
    <message>
        <source>Delete the prompt “{name}”?</source>
        <translation>Excluir o prompt “{name}”?</translation>
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
        <translation>Nenhum prompt ou comando corresponde (Esc para fechar)</translation>
    </message>
    <message>
        <source>The prompt library was not read: {error}</source>
        <translation>A biblioteca de prompts não foi lida: {error}</translation>
    </message>
    <message>
        <source>The unreadable prompt library was kept as {file}</source>
        <translation>A biblioteca de prompts ilegível foi mantida como {file}</translation>
    </message>
    <message>
        <source>The prompt library was not saved: {reason}</source>
        <translation>A biblioteca de prompts não foi salva: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation>Nada foi importado. {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Nada foi importado: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln prompt(s) from {file}</source>
        <translation>
            <numerusform>%Ln prompt importado de {file}</numerusform>
            <numerusform>%Ln prompts importados de {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported} ({skipped} already in the library)</source>
        <translation>{imported} ({skipped} já na biblioteca)</translation>
    </message>
    <message>
        <source>The prompts were not exported: {reason}</source>
        <translation>Os prompts não foram exportados: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln prompt(s) to {file}</source>
        <translation>
            <numerusform>%Ln prompt exportado para {file}</numerusform>
            <numerusform>%Ln prompts exportados para {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Started over in a new conversation (same system prompt)</source>
        <translation>Recomeçado em uma nova conversa (mesmo prompt de sistema)</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modelo: {model}</translation>
    </message>
    <message>
        <source>System prompt set for this conversation</source>
        <translation>Prompt de sistema definido para esta conversa</translation>
    </message>
    <message>
        <source>chatdesk quick ask</source>
        <translation>Pergunta rápida do chatdesk</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompida.</translation>
    </message>
    <message>
        <source>The reply was cut off: Open in chatdesk to retry or continue.</source>
        <translation>A resposta foi cortada: use Abrir no chatdesk para tentar novamente ou continuar.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>A resposta falhou.</translation>
    </message>
    <message>
        <source>Ask…  (Enter sends, Shift+Enter: new line, Esc hides)</source>
        <translation>Pergunte…  (Enter envia, Shift+Enter: nova linha, Esc oculta)</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The quick-ask window&apos;s answer pane, as a screen reader names it.</extracomment>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>&amp;Open in chatdesk</source>
        <translation>&amp;Abrir no chatdesk</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>Continuar esta conversa na janela principal (Ctrl+O)</translation>
    </message>
    <message>
        <source>Starting… your question goes as soon as chatdesk is ready.</source>
        <translation>Iniciando… sua pergunta será enviada assim que o chatdesk estiver pronto.</translation>
    </message>
    <message>
        <source>chatdesk is still writing a reply; Esc in its window stops it. Press Enter again when it is done.</source>
        <translation>O chatdesk ainda está escrevendo uma resposta; Esc na janela dele a interrompe. Pressione Enter novamente quando terminar.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <comment>an error&apos;s title and message</comment>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>~30 repaints a second while streaming. A streaming reply is saved this often, so a crash loses at most this much text.</extracomment>
        <translation>Aguardando o servidor…</translation>
    </message>
    <message>
        <source>The model&apos;s reply: {problem}.</source>
        <translation>A resposta do modelo: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning… %Ln word(s)</source>
        <translation>
            <numerusform>Raciocinando… %Ln palavra</numerusform>
            <numerusform>Raciocinando… %Ln palavras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s) · {rate} tokens/s</source>
        <translation>
            <numerusform>Recebendo… %Ln token · {rate} tokens/s</numerusform>
            <numerusform>Recebendo… %Ln tokens · {rate} tokens/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s)</source>
        <translation>
            <numerusform>Recebendo… %Ln token</numerusform>
            <numerusform>Recebendo… %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) in {seconds} s…</source>
        <translation>{reason}: tentando novamente (tentativa {attempt} de {attempts}) em {seconds} s…</translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) now…</source>
        <translation>{reason}: tentando novamente (tentativa {attempt} de {attempts}) agora…</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %Ln steps (the limit in Settings)</source>
        <translation>
            <numerusform>interrompido após %Ln etapa (o limite nas Configurações)</numerusform>
            <numerusform>interrompido após %Ln etapas (o limite nas Configurações)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step} ({figures}): %Ln tool call(s)…</source>
        <translation>
            <numerusform>Etapa {step} ({figures}): %Ln chamada de ferramenta…</numerusform>
            <numerusform>Etapa {step} ({figures}): %Ln chamadas de ferramenta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step}: %Ln tool call(s)…</source>
        <translation>
            <numerusform>Etapa {step}: %Ln chamada de ferramenta…</numerusform>
            <numerusform>Etapa {step}: %Ln chamadas de ferramenta…</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} The request offered tools, which this server or model may not take: turn tools off for this conversation (Tools, above the prompt) or pick another model.</source>
        <translation>{message} A solicitação ofereceu ferramentas, que este servidor ou modelo talvez não aceite: desative as ferramentas nesta conversa (Ferramentas, acima do prompt) ou escolha outro modelo.</translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s), at temperature {temperature}.</source>
        <extracomment>The most a server may ask the model to write, whatever it asks for.</extracomment>
        <translation>
            <numerusform>Pode escrever até %Ln token, com temperatura {temperature}.</numerusform>
            <numerusform>Pode escrever até %Ln tokens, com temperatura {temperature}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s).</source>
        <translation>
            <numerusform>Pode escrever até %Ln token.</numerusform>
            <numerusform>Pode escrever até %Ln tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let a tool use your model?</source>
        <translation>Permitir que uma ferramenta use seu modelo?</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>O que será enviado</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Permitir</translation>
    </message>
    <message>
        <source>{server} asks {model} on {profile} to write a reply to:</source>
        <translation>{server} pede a {model} em {profile} que escreva uma resposta para:</translation>
    </message>
    <message>
        <source>⚠ Unencrypted connection: your key and messages travel in clear</source>
        <translation>⚠ Conexão não criptografada: sua chave e suas mensagens trafegam em texto claro</translation>
    </message>
    <message>
        <source>{url} uses http:// to another machine. Use https:// if it can.</source>
        <translation>{url} usa http:// para outra máquina. Use https:// se possível.</translation>
    </message>
    <message>
        <source>⚠ TLS certificate checks are off</source>
        <translation>⚠ As verificações de certificado TLS estão desativadas</translation>
    </message>
    <message>
        <source>Anyone on the network path can read and change traffic. Turn checks back on in Settings, adding the server&apos;s CA file if needed.</source>
        <translation>Qualquer pessoa no caminho da rede pode ler e alterar o tráfego. Reative as verificações nas Configurações, adicionando o arquivo de CA do servidor se necessário.</translation>
    </message>
    <message>
        <source>Your settings could not be read ({error}), so chatdesk started with the default ones and will not save over them until it restarts. Check that settings.json in the config folder is readable.</source>
        <translation>Não foi possível ler suas configurações ({error}), então o chatdesk iniciou com as padrão e não vai gravar por cima delas até reiniciar. Verifique se settings.json pode ser lido na pasta de configuração.</translation>
    </message>
    <message>
        <source>Your settings could not be saved ({error}). They apply until you quit; check that the config folder is writable.</source>
        <translation>Não foi possível salvar suas configurações ({error}). Elas valem até você sair; verifique se a pasta de configuração permite gravação.</translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation>O chaveiro falhou.</translation>
    </message>
    <message>
        <source>The request failed ({error}).</source>
        <translation>A solicitação falhou ({error}).</translation>
    </message>
    <message>
        <source>The server profile for this conversation</source>
        <translation>O perfil de servidor desta conversa</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>The model for this conversation (type any id the server takes)</source>
        <translation>O modelo desta conversa (digite qualquer id que o servidor aceite)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available</source>
        <translation>
            <numerusform>%Ln modelo disponível</numerusform>
            <numerusform>%Ln modelos disponíveis</numerusform>
        </translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Rename this profile…</source>
        <translation>Renomear este perfil…</translation>
    </message>
    <message>
        <source>Delete this profile…</source>
        <translation>Excluir este perfil…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renomear perfil</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its key in the keyring?</source>
        <translation>Excluir o perfil “{name}” e a chave dele no chaveiro?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <source>chatdesk settings</source>
        <translation>Configurações do chatdesk</translation>
    </message>
    <message>
        <source>sk-…  (leave empty for a local server that needs no key)</source>
        <translation>sk-…  (deixe vazio para um servidor local que não precisa de chave)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the API key as plain text</source>
        <translation>Mostrar a chave de API como texto simples</translation>
    </message>
    <message>
        <source>Using OPENAI_API_KEY from the environment for this session. Save to store a key in the system keyring instead.</source>
        <translation>Usando OPENAI_API_KEY do ambiente nesta sessão. Salve para guardar uma chave no chaveiro do sistema em vez disso.</translation>
    </message>
    <message>
        <source>The key is stored in your system keyring, never in a file.</source>
        <translation>A chave é guardada no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versão da API:</translation>
    </message>
    <message>
        <source>Fill the list from the server&apos;s /models</source>
        <translation>Preencher a lista com o /models do servidor</translation>
    </message>
    <message>
        <source>Optional instructions sent before every conversation</source>
        <translation>Instruções opcionais enviadas antes de toda conversa</translation>
    </message>
    <message>
        <source>Optional, comma-separated (e.g. USER: for base models)</source>
        <translation>Opcional, separadas por vírgula (p. ex., USER: para modelos base)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>The conversation&apos;s text size, in percent of the system&apos;s (Ctrl+= / Ctrl+- / Ctrl+0)</source>
        <translation>O tamanho do texto da conversa, em porcentagem do tamanho do sistema (Ctrl+= / Ctrl+- / Ctrl+0)</translation>
    </message>
    <message>
        <source>Tool steps per turn</source>
        <translation>Etapas de ferramentas por turno</translation>
    </message>
    <message>
        <source>Requests one reply may make while the model uses tools (each round of tool calls is one more) before it is stopped</source>
        <translation>Solicitações que uma resposta pode fazer enquanto o modelo usa ferramentas (cada rodada de chamadas de ferramentas é mais uma) antes de ser interrompida</translation>
    </message>
    <message>
        <source>Stream replies as they are written</source>
        <translation>Transmitir as respostas enquanto são escritas</translation>
    </message>
    <message>
        <source>C&amp;lose to the tray: closing the window keeps chatdesk running</source>
        <translation>&amp;Fechar para a bandeja: fechar a janela mantém o chatdesk em execução</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing quits.</source>
        <translation>Esta área de trabalho não mostra ícones na bandeja, então fechar a janela encerra o programa.</translation>
    </message>
    <message>
        <source>T&amp;ool steps per turn:</source>
        <translation>Etapas de ferramentas p&amp;or turno:</translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy (e.g. socks5h://host:1080)</source>
        <translation>vazio: o proxy do sistema (p. ex., socks5h://host:1080)</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nome de usuário do proxy</translation>
    </message>
    <message>
        <source>user name, if the proxy asks</source>
        <translation>nome de usuário, se o proxy pedir</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Senha do proxy</translation>
    </message>
    <message>
        <source>kept in the keyring; empty: unchanged</source>
        <translation>guardada no chaveiro; vazio: sem alteração</translation>
    </message>
    <message>
        <source>PEM file of extra trusted certificate authorities</source>
        <translation>Arquivo PEM de autoridades certificadoras confiáveis adicionais</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Verify TLS certificates (strongly recommended)</source>
        <translation>Verificar certificados TLS (altamente recomendado)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>&amp;Prompt de sistema:</translation>
    </message>
    <message>
        <source>Sto&amp;p sequences:</source>
        <translation>Sequências de pa&amp;rada:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Aparência:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamanho do texto:</translation>
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
        <translation>Ar&amp;quivo de CA:</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>Usar nesta sessão</translation>
    </message>
    <message>
        <source>⚠ This is http:// to another machine: the key and your messages travel unencrypted. Use https:// if the server offers it.</source>
        <translation>⚠ Isto é http:// para outra máquina: a chave e suas mensagens trafegam sem criptografia. Use https:// se o servidor oferecer.</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Autoridades certificadoras</translation>
    </message>
    <message>
        <source>PEM certificates</source>
        <translation>Certificados PEM</translation>
    </message>
    <message>
        <source>Turn off certificate checks?</source>
        <translation>Desativar as verificações de certificado?</translation>
    </message>
    <message>
        <source>Without checking certificates, anyone on the network path can read and change what you send, your API key included. Prefer adding the server&apos;s CA file.

Turn verification off anyway?</source>
        <translation>Sem verificar certificados, qualquer pessoa no caminho da rede pode ler e alterar o que você envia, inclusive sua chave de API. Prefira adicionar o arquivo de CA do servidor.

Desativar a verificação mesmo assim?</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contatando o servidor…</translation>
    </message>
    <message>
        <source>✗ {title}: {message}</source>
        <translation>✗ {title}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: the server lists %Ln model(s).</source>
        <translation>
            <numerusform>✓ Conectado: o servidor lista %Ln modelo.</numerusform>
            <numerusform>✓ Conectado: o servidor lista %Ln modelos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available.</source>
        <translation>
            <numerusform>%Ln modelo disponível.</numerusform>
            <numerusform>%Ln modelos disponíveis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+K)</source>
        <translation>Pesquisar em todas as conversas (Ctrl+K)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Fixar / desafixar</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Pesquisar em</translation>
    </message>
    <message>
        <source>In all conversations</source>
        <translation>Em todas as conversas</translation>
    </message>
    <message>
        <source>In {project}</source>
        <translation>Em {project}</translation>
    </message>
    <message>
        <source>Search in {project} (Ctrl+K)</source>
        <translation>Pesquisar em {project} (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <source>&amp;New conversation here</source>
        <translation>&amp;Nova conversa aqui</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>&amp;Configurações do projeto…</translation>
    </message>
    <message>
        <source>&amp;Export project…</source>
        <translation>E&amp;xportar projeto…</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>&amp;Excluir projeto…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb</comment>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Desafixar</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fixar</translation>
    </message>
    <message>
        <source>&amp;Move to project</source>
        <translation>&amp;Mover para projeto</translation>
    </message>
    <message>
        <source>&amp;No project</source>
        <translation>Nen&amp;hum projeto</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>Excluir “{title}” e todas as mensagens dela? Não é possível desfazer.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Excluir conversa</translation>
    </message>
    <message>
        <source>Text size {percent} %, the largest</source>
        <extracomment>The sizes Ctrl+= and Ctrl+- step through, in percent (as browsers do).</extracomment>
        <translation>Tamanho do texto {percent}%, o maior</translation>
    </message>
    <message>
        <source>Text size {percent} %, the smallest</source>
        <translation>Tamanho do texto {percent}%, o menor</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Tamanho do texto {percent}%</translation>
    </message>
    <message numerus="yes">
        <source>… ({count} more characters)</source>
        <extracomment>Arguments shown in the dialog, at most (the rest is cut, and said to be).</extracomment>
        <translation>
            <numerusform>… (mais {count} caractere)</numerusform>
            <numerusform>… (mais {count} caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow this tool call?</source>
        <translation>Permitir esta chamada de ferramenta?</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>Ferramenta:</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sem descrição)</translation>
    </message>
    <message>
        <source>What it does:</source>
        <translation>O que ela faz:</translation>
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
        <translation>&amp;Permitir uma vez</translation>
    </message>
    <message>
        <source>Always allow this &amp;tool</source>
        <translation>Sempre permitir esta &amp;ferramenta</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Negar</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>Which tools (MCP servers) this conversation may use</source>
        <translation>Quais ferramentas (servidores MCP) esta conversa pode usar</translation>
    </message>
    <message>
        <source>Tools ({offered}/{total})</source>
        <translation>Ferramentas ({offered}/{total})</translation>
    </message>
    <message>
        <source>No MCP servers yet</source>
        <translation>Nenhum servidor MCP ainda</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln ferramenta</numerusform>
            <numerusform>%Ln ferramentas</numerusform>
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
        <translation>&lt;no chaveiro&gt;</translation>
    </message>
    <message>
        <source>Tools: MCP servers</source>
        <translation>Ferramentas: servidores MCP</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Enable/&amp;disable</source>
        <translation>Ativar/&amp;desativar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Re&amp;iniciar</translation>
    </message>
    <message>
        <source>&amp;Paste mcp.json…</source>
        <translation>&amp;Colar mcp.json…</translation>
    </message>
    <message>
        <source>Servers are kept in {path} (Claude Desktop&apos;s shape).</source>
        <translation>Os servidores ficam em {path} (no formato do Claude Desktop).</translation>
    </message>
    <message numerus="yes">
        <source>ready, %Ln tool(s)</source>
        <translation>
            <numerusform>pronto, %Ln ferramenta</numerusform>
            <numerusform>pronto, %Ln ferramentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste mcp.json</source>
        <translation>Colar mcp.json</translation>
    </message>
    <message>
        <source>That is not JSON: {problem}</source>
        <translation>Isso não é JSON: {problem}</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>o texto colado</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>Servidor MCP</translation>
    </message>
    <message>
        <source>NAME=value, one per line (headers for remote servers)</source>
        <translation>NOME=valor, um por linha (cabeçalhos para servidores remotos)</translation>
    </message>
    <message>
        <source>API_TOKEN=…, one per line: kept in the system keyring</source>
        <translation>API_TOKEN=…, um por linha: guardado no chaveiro do sistema</translation>
    </message>
    <message>
        <source>These values are kept in the system keyring; mcp.json keeps only a reference</source>
        <translation>Estes valores ficam no chaveiro do sistema; o mcp.json guarda só uma referência</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
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
        <translation>&amp;Pasta de trabalho:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Environment or headers:</source>
        <translation>Am&amp;biente ou cabeçalhos:</translation>
    </message>
    <message>
        <source>Secret &amp;values (system keyring):</source>
        <translation>&amp;Valores secretos (chaveiro do sistema):</translation>
    </message>
    <message>
        <source>&amp;Timeout per call:</source>
        <translation>Tempo &amp;limite por chamada:</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <source>&amp;Quick ask</source>
        <translation>&amp;Pergunta rápida</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <source>&amp;Show chatdesk</source>
        <translation>&amp;Mostrar o chatdesk</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>chatdesk is still running</source>
        <translation>O chatdesk continua em execução</translation>
    </message>
    <message>
        <source>Closing the window keeps chatdesk in the tray. Quit it from the tray&apos;s menu or with Ctrl+Q; Settings turns this off.</source>
        <translation>Fechar a janela mantém o chatdesk na bandeja. Saia pelo menu da bandeja ou com Ctrl+Q; isso pode ser desativado nas Configurações.</translation>
    </message>
    <message numerus="yes">
        <source>Reply finished in {seconds} s · %Ln step(s)</source>
        <translation>
            <numerusform>Resposta concluída em {seconds} s · %Ln etapa</numerusform>
            <numerusform>Resposta concluída em {seconds} s · %Ln etapas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply finished in {seconds} s</source>
        <translation>Resposta concluída em {seconds} s</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>(deleted server)</source>
        <translation>(servidor excluído)</translation>
    </message>
    <message>
        <source>(server not recorded)</source>
        <translation>(servidor não registrado)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por dia</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mês</translation>
    </message>
    <message>
        <source>Usage totals</source>
        <translation>Totais de uso</translation>
    </message>
    <message>
        <source>Replies whose server reported no usage are estimated (marked ~). Costs use the price table (History &gt; Prices…): its built-in prices only on the servers that charge them, your own everywhere; without a price, tokens only. Replies count under the server their conversation was last used with.</source>
        <translation>As respostas cujo servidor não informou o uso são estimadas (marcadas com ~). Os custos usam a tabela de preços (Histórico &gt; Preços…): os preços embutidos só nos servidores que os cobram, os seus próprios em todos; sem preço, apenas tokens. Cada resposta conta para o servidor com o qual a conversa dela foi usada pela última vez.</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Totais:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month of a year in the usage table, as a Qt date format</comment>
        <extracomment>A Qt date format: MMMM the month&apos;s name, M its number, yyyy the year, &apos;text&apos; as is.</extracomment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) shown.</source>
        <translation>
            <numerusform>%Ln mensagem mostrada.</numerusform>
            <numerusform>%Ln mensagens mostradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>{title}, pinned</source>
        <translation>{title}, fixada</translation>
    </message>
    <message>
        <source>{sender}, message {number}</source>
        <translation>{sender}, mensagem {number}</translation>
    </message>
    <message>
        <source>{link}, link</source>
        <translation>{link}, link</translation>
    </message>
    <message>
        <source>{link}, link, your message</source>
        <translation>{link}, link, sua mensagem</translation>
    </message>
    <message>
        <source>{link}, link, {sender}&apos;s message</source>
        <translation>{link}, link, mensagem de {sender}</translation>
    </message>
    <message>
        <source>Alt+Down and Alt+Up move between messages; Tab moves through their links.</source>
        <translation>Alt+Down e Alt+Up movem entre as mensagens; Tab percorre os links delas.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Enter envia, Shift+Enter inicia uma nova linha.</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Enviar a mensagem (Enter)</translation>
    </message>
    <message>
        <source>Attach images, documents or text files; pasting files works too.</source>
        <translation>Anexar imagens, documentos ou arquivos de texto; colar arquivos também funciona.</translation>
    </message>
    <message>
        <source>Fix what the banner reports</source>
        <translation>Corrigir o que o aviso indica</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Dispensar o aviso</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Perfil de servidor</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Gerenciar perfis</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>Atualizar a lista de modelos</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Pesquisar em todas as conversas</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de status</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Aumentar texto</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Diminuir texto</translation>
    </message>
    <message>
        <source>&amp;Actual text size</source>
        <translation>&amp;Tamanho real do texto</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>Próximo &amp;painel</translation>
    </message>
    <message>
        <source>P&amp;revious pane</source>
        <translation>Painel a&amp;nterior</translation>
    </message>
    <message>
        <source>Next &amp;message</source>
        <translation>Próxi&amp;ma mensagem</translation>
    </message>
    <message>
        <source>Pre&amp;vious message</source>
        <translation>Mensagem ante&amp;rior</translation>
    </message>
    <message>
        <source>No presets yet (Message &gt; Conversation settings…)</source>
        <translation>Nenhuma predefinição ainda (Mensagem &gt; Configurações da conversa…)</translation>
    </message>
    <message>
        <source>New conversation from “{name}”</source>
        <translation>Nova conversa a partir de “{name}”</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversas</translation>
    </message>
    <message>
        <source>chatdesk or ChatGPT export</source>
        <translation>Exportação do chatdesk ou do ChatGPT</translation>
    </message>
    <message>
        <source>Nothing to export: this conversation is empty.</source>
        <translation>Nada para exportar: esta conversa está vazia.</translation>
    </message>
    <message>
        <source>conversation</source>
        <comment>default file name</comment>
        <translation>conversa</translation>
    </message>
    <message>
        <source>chatdesk-history</source>
        <comment>default file name</comment>
        <translation>chatdesk-historico</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>Chave não salva</translation>
    </message>
    <message>
        <source>{problem}

The key you entered is used until you quit chatdesk.</source>
        <translation>{problem}

A chave que você digitou será usada até você sair do chatdesk.</translation>
    </message>
    <message>
        <source>About chatdesk</source>
        <translation>Sobre o chatdesk</translation>
    </message>
    <message>
        <source>chatdesk {version}
A native chat client for OpenAI-compatible servers.</source>
        <translation>chatdesk {version}
Um cliente de chat nativo para servidores compatíveis com OpenAI.</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <source>New conversation from &amp;preset</source>
        <translation>Nova conversa a partir de &amp;predefinição</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar conversa…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>Exportar &amp;todas as conversas…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP servers)…</source>
        <translation>&amp;Ferramentas (servidores MCP)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Pesquisar conversas</translation>
    </message>
    <message>
        <source>&amp;Usage…</source>
        <translation>&amp;Uso…</translation>
    </message>
    <message>
        <source>P&amp;rices…</source>
        <translation>P&amp;reços…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir pasta de &amp;logs</translation>
    </message>
    <message>
        <source>&amp;About chatdesk</source>
        <translation>&amp;Sobre o chatdesk</translation>
    </message>
    <message>
        <source>Conversation &amp;settings…</source>
        <translation>&amp;Configurações da conversa…</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>C&amp;opiar última resposta</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;Regenerar resposta</translation>
    </message>
    <message>
        <source>C&amp;ontinue reply</source>
        <translation>Co&amp;ntinuar resposta</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;Editar última mensagem</translation>
    </message>
    <message>
        <source>&amp;Delete last message</source>
        <translation>E&amp;xcluir última mensagem</translation>
    </message>
    <message>
        <source>&amp;Previous version</source>
        <translation>Versão &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next version</source>
        <translation>&amp;Próxima versão</translation>
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
        <translation>Obtendo o prompt “{prompt}” de {server}…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” did not send the prompt “{prompt}” within {seconds} s. Choose it again to retry; a slow server can be given more time with its “timeout” in mcp.json.</source>
        <translation>O servidor MCP “{server}” não enviou o prompt “{prompt}” em {seconds} s. Escolha-o de novo para tentar outra vez; um servidor lento pode ganhar mais tempo com seu “timeout” no mcp.json.</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running ({reason}), so its prompt “{prompt}” was not inserted. Restart it in File › Tools (MCP servers)…</source>
        <translation>O servidor MCP “{server}” não está em execução ({reason}), então o prompt “{prompt}” não foi inserido. Reinicie-o em Arquivo › Ferramentas (servidores MCP)…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running, so its prompt “{prompt}” was not inserted. Check it in File › Tools (MCP servers)…</source>
        <translation>O servidor MCP “{server}” não está em execução, então o prompt “{prompt}” não foi inserido. Verifique-o em Arquivo › Ferramentas (servidores MCP)…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” could not give the prompt “{prompt}”: {reason}. Choose it again to retry, or restart the server in File › Tools (MCP servers)…</source>
        <translation>O servidor MCP “{server}” não conseguiu fornecer o prompt “{prompt}”: {reason}. Escolha-o de novo para tentar outra vez, ou reinicie o servidor em Arquivo › Ferramentas (servidores MCP)…</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>{name} (required)</source>
        <extracomment>A required argument of a server&apos;s prompt, in the dialog that asks for them.</extracomment>
        <translation>{name} (obrigatório)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Inserir</translation>
    </message>
    <message>
        <source>chatdesk hit a bug ({error}). It is not a problem with your server, disk or network, and trying again will not help. The log has the details (Help &gt; Open log folder): please report the bug with it.</source>
        <extracomment>While a stream keeps sending, its items reach the UI thread at most this often.</extracomment>
        <translation>O chatdesk encontrou um bug ({error}). Não é um problema do seu servidor, disco ou rede, e tentar de novo não vai ajudar. O log tem os detalhes (Ajuda &gt; Abrir pasta de logs): informe o bug anexando-o.</translation>
    </message>
    <message numerus="yes">
        <source>{prompt} prompt + {completion} completion = {total} token(s)</source>
        <translation>
            <numerusform>{prompt} de entrada + {completion} de saída = {total} token</numerusform>
            <numerusform>{prompt} de entrada + {completion} de saída = {total} tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Ocidental</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>Europa Central</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Cirílico</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grego</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebraico</translation>
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
        <translation>Tailandês</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonês</translation>
    </message>
    <message>
        <source>Chinese Simplified</source>
        <translation>Chinês simplificado</translation>
    </message>
    <message>
        <source>Chinese Traditional</source>
        <translation>Chinês tradicional</translation>
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
        <translation>Ler &amp;como</translation>
    </message>
    <message>
        <source>{region} ({encoding})</source>
        <comment>an encoding: Western (Windows-1252)</comment>
        <translation>{region} ({encoding})</translation>
    </message>
</context>
</TS>
