<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The window&apos;s language; a change applies when chatdesk starts again.</source>
        <translation>窗口的显示语言；更改在 chatdesk 下次启动时生效。</translation>
    </message>
    <message>
        <source>A native desktop chat client for OpenAI-compatible servers. Without a command, the window opens.</source>
        <translation>一款用于 OpenAI 兼容服务器的原生桌面聊天客户端。不带命令时打开窗口。</translation>
    </message>
    <message>
        <source>add chatdesk and its icon to this user&apos;s application menu, then exit</source>
        <translation>将 chatdesk 及其图标添加到当前用户的应用程序菜单，然后退出</translation>
    </message>
    <message>
        <source>open the quick-ask window (for a desktop keyboard shortcut); a running chatdesk opens it at once</source>
        <translation>打开快速提问窗口（用于桌面键盘快捷键）；若 chatdesk 已在运行，会立即打开</translation>
    </message>
    <message>
        <source>use the &apos;Local&apos; profile at URL, an OpenAI-compatible server needing no key (scripts/run.sh --local starts one with a small model and passes this)</source>
        <translation>使用位于 URL 的“Local”配置，即无需密钥的 OpenAI 兼容服务器（scripts/run.sh --local 会用一个小模型启动这样的服务器并传入此选项）</translation>
    </message>
    <message>
        <source>write conversations as Markdown or JSON</source>
        <translation>将对话写为 Markdown 或 JSON</translation>
    </message>
    <message>
        <source>one conversation (its id or a prefix)</source>
        <translation>单个对话（其 ID 或 ID 前缀）</translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation>要写入的文件（默认：stdout）</translation>
    </message>
    <message>
        <source>import a chatdesk JSON or ChatGPT export</source>
        <translation>导入 chatdesk JSON 或 ChatGPT 导出文件</translation>
    </message>
    <message>
        <source>the history was damaged and moved to {path}</source>
        <translation>历史记录已损坏，已移至 {path}</translation>
    </message>
    <message>
        <source>no single conversation matches “{query}”</source>
        <translation>没有唯一匹配“{query}”的对话</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s).</source>
        <translation>
            <numerusform>已导出 %Ln 个对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>could not install the desktop entry: {error}</source>
        <translation>无法安装桌面项：{error}</translation>
    </message>
    <message>
        <source>Installed {path} and the chatdesk icon; it appears in the application menu.</source>
        <translation>已安装 {path} 和 chatdesk 图标；它会出现在应用程序菜单中。</translation>
    </message>
    <message>
        <source>{name} is a folder; only files can be attached</source>
        <translation>{name} 是文件夹；只能附加文件</translation>
    </message>
    <message>
        <source>{name} is a pipe; only files can be attached</source>
        <translation>{name} 是管道；只能附加文件</translation>
    </message>
    <message>
        <source>{name} is a socket; only files can be attached</source>
        <translation>{name} 是套接字；只能附加文件</translation>
    </message>
    <message>
        <source>{name} is a device; only files can be attached</source>
        <translation>{name} 是设备；只能附加文件</translation>
    </message>
    <message>
        <source>{name} is not a regular file; only files can be attached</source>
        <translation>{name} 不是普通文件；只能附加文件</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB, too large to attach</source>
        <translation>{name} 大于 {size} MB，太大，无法附加</translation>
    </message>
    <message>
        <source>{name} is {size} MB; images can be at most {most} MB</source>
        <translation>{name} 大小为 {size} MB；图片最大为 {most} MB</translation>
    </message>
    <message>
        <source>{name} looks like a {kind} image but its header is damaged</source>
        <translation>{name} 看起来是 {kind} 图片，但其文件头已损坏</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels); images can be at most {most} megapixels (the server scales them to 2048 pixels anyway): resize it first</source>
        <translation>{name} 为 {width}×{height} 像素（{megapixels} 百万像素）；图片最多 {most} 百万像素（服务器无论如何都会将其缩放到 2048 像素）：请先调整其尺寸</translation>
    </message>
    <message>
        <source>{name} is {size} KB; text files can be at most {most} KB (attach the part that matters)</source>
        <translation>{name} 大小为 {size} KB；文本文件最大为 {most} KB（请附加关键部分）</translation>
    </message>
    <message>
        <source>{name} is neither an image (PNG, JPEG, GIF, WebP) nor UTF-8 text</source>
        <translation>{name} 既不是图片（PNG、JPEG、GIF、WebP），也不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{name}: its text is {size} KB; at most {most} KB of text go with one file (choose fewer pages)</source>
        <translation>{name}：其文本为 {size} KB；单个文件最多附带 {most} KB 文本（请选择较少的页面）</translation>
    </message>
    <message>
        <source>{name}: {size} KB of text; one file can bring at most {most} KB</source>
        <translation>{name}：{size} KB 文本；单个文件最多可附带 {most} KB</translation>
    </message>
    <message numerus="yes">
        <source>{name}: ~%Ln token(s); the model&apos;s context is {context} tokens and one file may take at most ~{most}</source>
        <translation>
            <numerusform>{name}：约 %Ln 个 token；模型的上下文为 {context} 个 token，单个文件最多可占约 {most} 个</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation {number}</source>
        <extracomment>Where a problem is in an imported file: its 3rd conversation.</extracomment>
        <translation>第 {number} 个对话</translation>
    </message>
    <message>
        <source>{where}: not an object</source>
        <translation>{where}：不是对象</translation>
    </message>
    <message>
        <source>{where} (“{title}”)</source>
        <translation>{where}（“{title}”）</translation>
    </message>
    <message>
        <source>{where}: “mapping” is missing or not an object</source>
        <translation>{where}：缺少“mapping”或它不是对象</translation>
    </message>
    <message>
        <source>{where}: “current_node” does not name a node in “mapping”</source>
        <translation>{where}：“current_node”未指向“mapping”中的节点</translation>
    </message>
    <message>
        <source>{where}: the parent links loop at node {node}</source>
        <translation>{where}：父节点链接在节点 {node} 处形成循环</translation>
    </message>
    <message>
        <source>{where}: node {node} is missing from “mapping”</source>
        <translation>{where}：“mapping”中缺少节点 {node}</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <translation>ChatGPT 对话</translation>
    </message>
    <message>
        <source>{where}, node {node}</source>
        <translation>{where}，节点 {node}</translation>
    </message>
    <message>
        <source>{where}: message id {message_id} appears twice</source>
        <translation>{where}：消息 ID {message_id} 出现了两次</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>API 密钥被拒绝</translation>
    </message>
    <message>
        <source>Model or endpoint not found</source>
        <translation>未找到模型或端点</translation>
    </message>
    <message>
        <source>The conversation is too long for this model</source>
        <translation>对话对此模型而言过长</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>服务器拒绝了请求</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>请求频率受限</translation>
    </message>
    <message>
        <source>The server had a problem</source>
        <translation>服务器出现问题</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read</source>
        <translation>无法读取服务器的回复</translation>
    </message>
    <message>
        <source>The server sent an empty reply</source>
        <translation>服务器发送了空回复</translation>
    </message>
    <message>
        <source>The reply was cut off</source>
        <translation>回复被截断</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>没有可用的系统密钥环</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>历史记录出现问题</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>无法附加</translation>
    </message>
    <message>
        <source>The base URL needs a change</source>
        <translation>需要修改基础 URL</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <extracomment>An error&apos;s title and the HTTP status code the server answered with (404).</extracomment>
        <translation>{title}（{status}）</translation>
    </message>
    <message>
        <source>{advice} The server said: “{message}”</source>
        <translation>{advice}服务器返回：“{message}”</translation>
    </message>
    <message>
        <source>Check the API key in Settings (Ctrl+,).</source>
        <translation>请在设置（Ctrl+,）中检查 API 密钥。</translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password: check them in Settings.</source>
        <translation>代理要求提供用户名和密码：请在设置中检查。</translation>
    </message>
    <message>
        <source>The server has no model “{model}” or no endpoint at {url}. Check the model name and the base URL in Settings.</source>
        <translation>服务器上没有模型“{model}”，或 {url} 处没有该端点。请在设置中检查模型名称和基础 URL。</translation>
    </message>
    <message>
        <source>Too many requests or quota exhausted; wait a moment, then retry.</source>
        <translation>请求过多或配额已用尽；请稍候再重试。</translation>
    </message>
    <message>
        <source>This is usually temporary: retry in a moment.</source>
        <translation>这通常是暂时的：请稍后重试。</translation>
    </message>
    <message>
        <source>Start a new conversation or shorten your message.</source>
        <translation>请开始新对话或缩短您的消息。</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>服务器未说明原因。</translation>
    </message>
    <message>
        <source>The server reported an error mid-reply: “{message}”</source>
        <translation>服务器在回复过程中报告了错误：“{message}”</translation>
    </message>
    <message>
        <source>{where}: “{name}” is missing</source>
        <translation>{where}：缺少“{name}”</translation>
    </message>
    <message>
        <source>{where}: “{name}” has the wrong type</source>
        <translation>{where}：“{name}”的类型错误</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a duration ({value})</source>
        <translation>{where}：“{name}”不是时长（{value}）</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a token count ({value})</source>
        <translation>{where}：“{name}”不是 token 数（{value}）</translation>
    </message>
    <message>
        <source>{where}, attachment {number}</source>
        <translation>{where}，第 {number} 个附件</translation>
    </message>
    <message>
        <source>{where}: not an image or text attachment</source>
        <translation>{where}：不是图片或文本附件</translation>
    </message>
    <message>
        <source>{where}: its data is not base64</source>
        <translation>{where}：其数据不是 base64</translation>
    </message>
    <message>
        <source>{where}: larger than {size} KB</source>
        <translation>{where}：大于 {size} KB</translation>
    </message>
    <message>
        <source>{where}: a text file that is not UTF-8</source>
        <translation>{where}：文本文件不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>{where}: unknown role “{role}”</source>
        <translation>{where}：未知角色“{role}”</translation>
    </message>
    <message>
        <source>{where}: unknown status “{status}”</source>
        <translation>{where}：未知状态“{status}”</translation>
    </message>
    <message>
        <source>{where}: a tool result without its call</source>
        <translation>{where}：工具结果缺少对应的调用</translation>
    </message>
    <message>
        <source>{where}: “{name}” is empty</source>
        <translation>{where}：“{name}”为空</translation>
    </message>
    <message>
        <source>{where}, message {number}</source>
        <translation>{where}，第 {number} 条消息</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is also message {number}&apos;s</source>
        <translation>{where}：其 uid“{uid}”与第 {number} 条消息的相同</translation>
    </message>
    <message>
        <source>“projects” is not a list</source>
        <translation>“projects”不是列表</translation>
    </message>
    <message>
        <source>project {number}</source>
        <translation>第 {number} 个项目</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is used twice</source>
        <translation>{where}：其 uid“{uid}”被使用了两次</translation>
    </message>
    <message>
        <source>this file is chatdesk export version {version}; this chatdesk reads up to version {supported}</source>
        <translation>此文件为 chatdesk 导出格式版本 {version}；当前 chatdesk 最高只能读取版本 {supported}</translation>
    </message>
    <message>
        <source>“conversations” is missing or not a list</source>
        <translation>缺少“conversations”或它不是列表</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a time ({value})</source>
        <translation>{where}：“{name}”不是时间（{value}）</translation>
    </message>
    <message>
        <source>not a chatdesk export or a ChatGPT conversations.json (expected an object with &quot;format&quot;: &quot;chatdesk&quot;, or a list of conversations)</source>
        <translation>不是 chatdesk 导出文件，也不是 ChatGPT 的 conversations.json（应为包含 &quot;format&quot;: &quot;chatdesk&quot; 的对象，或对话列表）</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (invalid byte at offset {offset})</source>
        <translation>它不是 UTF-8 文本（偏移 {offset} 处有无效字节）</translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export</source>
        <translation>嵌套层级过深，不可能是导出文件</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation>不是有效的 JSON（{problem}）</translation>
    </message>
    <message numerus="yes">
        <source>Last reply ({figures}, %Ln step(s))</source>
        <translation>
            <numerusform>上一条回复（{figures}，共 %Ln 步）</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reply: {figures}</source>
        <translation>上一条回复：{figures}</translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed ({cost})</source>
        <translation>
            <numerusform>对话：已计费 {tokens} 个 token（{cost}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed</source>
        <translation>
            <numerusform>对话：已计费 {tokens} 个 token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ≥ ~%Ln token(s)</source>
        <extracomment>How long the conversation is: what the next request sends (~: estimated; ≥: more of it is still in the history).</extracomment>
        <translation>
            <numerusform>下次请求 ≥ 约 %Ln 个 token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ~%Ln token(s)</source>
        <translation>
            <numerusform>下次请求约 %Ln 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>[image: {description}]</source>
        <translation>[图片：{description}]</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Above a code block whose language is not named.</extracomment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The link above a code block that copies the code.
----------
The links in a message&apos;s header, by verb (English, marked: ``tr`` them when shown).</extracomment>
        <translation>复制</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>temperature</source>
        <extracomment>A request parameter as an error names it (&quot;temperature must be a number&quot;).</extracomment>
        <translation>温度</translation>
    </message>
    <message>
        <source>top p</source>
        <translation>top p</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation>存在惩罚</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>频率惩罚</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>{parameter} must be a whole number</source>
        <translation>{parameter} 必须是整数</translation>
    </message>
    <message>
        <source>{parameter} must be a number</source>
        <translation>{parameter} 必须是数字</translation>
    </message>
    <message>
        <source>{parameter} must be a finite number</source>
        <translation>{parameter} 必须是有限数字</translation>
    </message>
    <message>
        <source>{parameter} must be between {low} and {high}</source>
        <translation>{parameter} 必须介于 {low} 和 {high} 之间</translation>
    </message>
    <message>
        <source>{parameter} must be at least {low}</source>
        <translation>{parameter} 必须至少为 {low}</translation>
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
        <translation>开始新对话</translation>
    </message>
    <message>
        <source>Choose the model (or type /model name)</source>
        <translation>选择模型（或输入 /model 名称）</translation>
    </message>
    <message>
        <source>This conversation&apos;s system prompt (or type /system text)</source>
        <translation>此对话的系统提示词（或输入 /system 文本）</translation>
    </message>
    <message>
        <source>Start over: a new conversation with this one&apos;s system prompt and parameters</source>
        <translation>重新开始：使用此对话的系统提示词和参数新建对话</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>导出此对话</translation>
    </message>
    <message>
        <source>{description}: {argument}</source>
        <extracomment>A command in the &quot;/&quot; popup and what was typed after it (/model gpt-4o).</extracomment>
        <translation>{description}：{argument}</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>它大于 {size} MB</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>它不是有效的 JSON（第 {line} 行，第 {column} 列：{problem}）</translation>
    </message>
    <message>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>它不是有效的 JSON（嵌套层级过深）</translation>
    </message>
    <message>
        <source>it is not a chatdesk prompt library (format {value})</source>
        <translation>它不是 chatdesk 提示词库（格式为 {value}）</translation>
    </message>
    <message>
        <source>“version” is not a number ({value})</source>
        <translation>“version”不是数字（{value}）</translation>
    </message>
    <message>
        <source>it was written by a newer chatdesk (library version {version}; this one reads version {supported})</source>
        <translation>它由较新版本的 chatdesk 写入（库版本 {version}；当前版本只能读取版本 {supported}）</translation>
    </message>
    <message>
        <source>it has no “prompts” list</source>
        <translation>它没有“prompts”列表</translation>
    </message>
    <message>
        <source>“prompts” is not a list ({value})</source>
        <translation>“prompts”不是列表（{value}）</translation>
    </message>
    <message numerus="yes">
        <source>it holds %Ln prompt(s); at most {most} are kept</source>
        <translation>
            <numerusform>它包含 %Ln 个提示词；最多保留 {most} 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} (“{name}”) is %Ln character(s) long; at most {most}</source>
        <translation>
            <numerusform>{where}（“{name}”）长 %Ln 个字符；最多 {most} 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the library would hold more than %Ln prompt(s)</source>
        <translation>
            <numerusform>提示词库中的提示词将超过 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>prompt {number}</source>
        <extracomment>Where a problem is in a prompt library file: its 3rd prompt.</extracomment>
        <translation>第 {number} 个提示词</translation>
    </message>
    <message>
        <source>{where} is not an object ({value})</source>
        <translation>{where} 不是对象（{value}）</translation>
    </message>
    <message>
        <source>{where}: “name” is missing or not text ({value})</source>
        <translation>{where}：缺少“name”或它不是文本（{value}）</translation>
    </message>
    <message>
        <source>{where} (“{name}”): “text” is missing or not text</source>
        <translation>{where}（“{name}”）：缺少“text”或它不是文本</translation>
    </message>
    <message>
        <source>{where}: “name” is empty</source>
        <translation>{where}：“name”为空</translation>
    </message>
    <message>
        <source>Saved prompt</source>
        <translation>已保存的提示词</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>The server sent a line longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>服务器发送了一行超过 {size} MiB 的数据，任何聊天流都不需要这么长；回复已在此处停止。请检查基础 URL 是否指向 OpenAI 兼容的 API。</translation>
    </message>
    <message>
        <source>The server sent an event longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>服务器发送了一个超过 {size} MiB 的事件，任何聊天流都不需要这么长；回复已在此处停止。请检查基础 URL 是否指向 OpenAI 兼容的 API。</translation>
    </message>
    <message>
        <source>{problem} Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>{problem}请检查基础 URL 是否指向 OpenAI 兼容的 API。</translation>
    </message>
    <message>
        <source>The server answered but sent nothing. If the conversation is long, it may not fit the model&apos;s context: start a new one or shorten it.</source>
        <translation>服务器已响应，但没有发送任何内容。如果对话很长，可能超出了模型的上下文：请开始新对话或将其缩短。</translation>
    </message>
    <message>
        <source>A streamed event is not JSON.</source>
        <translation>某个流式事件不是 JSON。</translation>
    </message>
    <message>
        <source>The reply is not JSON.</source>
        <translation>回复不是 JSON。</translation>
    </message>
    <message>
        <source>A streamed event is an unexpected JSON value.</source>
        <translation>某个流式事件是意外的 JSON 值。</translation>
    </message>
    <message>
        <source>The reply is an unexpected JSON value.</source>
        <translation>回复是意外的 JSON 值。</translation>
    </message>
    <message>
        <source>The reply has no choices.</source>
        <translation>回复中没有 choices。</translation>
    </message>
    <message numerus="yes">
        <source>the model asked for more than %Ln tool call(s) at once</source>
        <translation>
            <numerusform>模型一次请求了超过 %Ln 个工具调用</numerusform>
        </translation>
    </message>
    <message>
        <source>a tool call&apos;s arguments are larger than chatdesk accepts</source>
        <translation>某个工具调用的参数超出了 chatdesk 可接受的大小</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password (user:password@). Remove them from the URL and put the key in the API key field.</source>
        <translation>基础 URL 不能包含用户名或密码（user:password@）。请将其从 URL 中删除，并将密钥填入“API 密钥”字段。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>基础 URL 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>The base URL has no host name</source>
        <translation>基础 URL 没有主机名</translation>
    </message>
    <message>
        <source>The proxy must start with http://, https://, socks5:// or socks5h://</source>
        <translation>代理必须以 http://、https://、socks5:// 或 socks5h:// 开头</translation>
    </message>
    <message>
        <source>The proxy has no host name</source>
        <translation>代理没有主机名</translation>
    </message>
    <message>
        <source>Put the proxy&apos;s user name and password in their own fields, not in the URL</source>
        <translation>请将代理的用户名和密码填入各自的字段，而不是写在 URL 中</translation>
    </message>
    <message>
        <source>This server does not offer the model {model}. Choose one of its models ({models}) in the Model box above the prompt, then send again.</source>
        <extracomment>How many of the server&apos;s models an error message names.</extracomment>
        <translation>此服务器不提供模型 {model}。请在输入框上方的“模型”框中选择它的某个模型（{models}），然后重新发送。</translation>
    </message>
    <message>
        <source>{name} is an old binary Office file (.doc, .xls or .ppt): save it as .docx, .xlsx, .pptx or PDF first</source>
        <translation>{name} 是旧版二进制 Office 文件（.doc、.xls 或 .ppt）：请先将其另存为 .docx、.xlsx、.pptx 或 PDF</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive</source>
        <translation>{name} 已损坏或不是有效的压缩包</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a document chatdesk reads (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</source>
        <translation>{name} 是 ZIP 压缩包，不是 chatdesk 能读取的文档（PDF、Word、PowerPoint、Excel、OpenDocument、EPUB）</translation>
    </message>
    <message>
        <source>{name} is protected by a password</source>
        <translation>{name} 受密码保护</translation>
    </message>
    <message>
        <source>{name} has no text layer (scanned pages)</source>
        <translation>{name} 没有文本层（扫描页面）</translation>
    </message>
    <message>
        <source>{name} took longer than {seconds} s to read; it is too large or damaged</source>
        <translation>读取 {name} 用时超过 {seconds} 秒；文件太大或已损坏</translation>
    </message>
    <message>
        <source>{name} holds more than {millions} million characters of text, too much to attach</source>
        <translation>{name} 包含超过 {millions} 百万个字符的文本，太多，无法附加</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument 文本</translation>
    </message>
    <message>
        <source>{name} has no slides</source>
        <translation>{name} 没有幻灯片</translation>
    </message>
    <message>
        <source>OpenDocument presentation</source>
        <translation>OpenDocument 演示文稿</translation>
    </message>
    <message>
        <source>{name} could not be read: the PDF reader stopped on it; it may be damaged or built to attack PDF readers</source>
        <translation>无法读取 {name}：PDF 阅读器在处理它时停止了；文件可能已损坏，或是为攻击 PDF 阅读器而构造的</translation>
    </message>
    <message>
        <source>{name} could not be read: chatdesk could not start its PDF reader</source>
        <translation>无法读取 {name}：chatdesk 无法启动其 PDF 阅读器</translation>
    </message>
    <message>
        <source>{name} needs more memory than chatdesk allows for a document ({size} GB); it may be damaged or built to exhaust memory</source>
        <translation>{name} 需要的内存超过 chatdesk 允许单个文档使用的上限（{size} GB）；文件可能已损坏，或是为耗尽内存而构造的</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way chatdesk cannot open</source>
        <translation>{name} 的加密方式 chatdesk 无法打开</translation>
    </message>
    <message>
        <source>{name} is damaged or not a PDF ({error})</source>
        <translation>{name} 已损坏或不是 PDF（{error}）</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln page(s); at most {limit} can be read</source>
        <translation>
            <numerusform>{name} 有 %Ln 页；最多可读取 {limit} 页</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged: none of its pages can be read</source>
        <translation>{name} 已损坏：无法读取任何页面</translation>
    </message>
    <message>
        <source>{name} has no text to extract</source>
        <translation>{name} 中没有可提取的文本</translation>
    </message>
    <message>
        <source>{name}: a page could not be rendered ({error})</source>
        <translation>{name}：有一页无法渲染（{error}）</translation>
    </message>
    <message>
        <source>it declares its own entities (a document type with an internal subset)</source>
        <translation>它声明了自己的实体（带有内部子集的文档类型）</translation>
    </message>
    <message>
        <source>it declares entities</source>
        <translation>它声明了实体</translation>
    </message>
    <message>
        <source>it refers to external entities</source>
        <translation>它引用了外部实体</translation>
    </message>
    <message>
        <source>its elements nest more than {limit} deep</source>
        <translation>其元素嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} is unsafe ({reason})</source>
        <translation>无法读取 {name}：{part} 不安全（{reason}）</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is not valid XML ({error}, line {line})</source>
        <translation>{name} 已损坏：{part} 不是有效的 XML（{error}，第 {line} 行）</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} cannot be read ({error})</source>
        <translation>{name} 已损坏：无法读取 {part}（{error}）</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} nests too deeply</source>
        <translation>无法读取 {name}：{part} 嵌套层级过深</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds more than %Ln file(s); not read</source>
        <translation>
            <numerusform>{name} 包含超过 %Ln 个文件；未读取</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive ({error})</source>
        <translation>{name} 已损坏或不是有效的压缩包（{error}）</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is missing</source>
        <translation>{name} 已损坏：缺少 {part}</translation>
    </message>
    <message>
        <source>{name} is encrypted; save it without a password first</source>
        <translation>{name} 已加密；请先将其另存为无密码的文件</translation>
    </message>
    <message>
        <source>{name} is too large to read: {part} inflates to {size} MB (at most {limit} MB)</source>
        <translation>{name} 太大，无法读取：{part} 解压后为 {size} MB（最多 {limit} MB）</translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: {part} inflates {ratio} times (to {size} MB); not read</source>
        <translation>{name} 看起来是 ZIP 炸弹：{part} 解压后膨胀了 {ratio} 倍（达 {size} MB）；未读取</translation>
    </message>
    <message>
        <source>{name} is too large to read: its parts inflate to more than {limit} MB</source>
        <translation>{name} 太大，无法读取：其各部分解压后超过 {limit} MB</translation>
    </message>
    <message>
        <source>{name} inflates past its limit</source>
        <translation>{name} 解压后超出限制</translation>
    </message>
    <message>
        <source>{name} is damaged: its main part is missing</source>
        <translation>{name} 已损坏：缺少其主要部分</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>{name} 没有工作表</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln filled cell(s), too many to attach: save the part that matters as CSV</source>
        <translation>
            <numerusform>{name} 包含超过 %Ln 个非空单元格，太多，无法附加：请将关键部分另存为 CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln sheet(s); not read</source>
        <translation>
            <numerusform>{name} 包含超过 %Ln 个工作表；未读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument 电子表格</translation>
    </message>
    <message>
        <source>{name} is not valid CSV ({error})</source>
        <translation>{name} 不是有效的 CSV（{error}）</translation>
    </message>
    <message>
        <source>{name} has no cells with text</source>
        <translation>{name} 中没有含文本的单元格</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln slide(s); not read</source>
        <translation>
            <numerusform>{name} 包含超过 %Ln 张幻灯片；未读取</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} (byte 0x{byte} at position {position}); pick another encoding</source>
        <translation>{name} 不是有效的 {encoding}（位置 {position} 的字节 0x{byte}）；请选择其他编码</translation>
    </message>
    <message>
        <source>{name} read as {encoding} is not text but binary data; pick another encoding</source>
        <translation>以 {encoding} 读取的 {name} 不是文本，而是二进制数据；请选择其他编码</translation>
    </message>
    <message>
        <source>{name} is neither an image, a document chatdesk reads, nor text in an encoding that could be detected</source>
        <translation>{name} 既不是图片，也不是 chatdesk 能读取的文档，也不是能检测出编码的文本</translation>
    </message>
    <message>
        <source>{name} is too large: {millions} million characters of HTML</source>
        <translation>{name} 太大：HTML 有 {millions} 百万个字符</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>{name} 中没有文本</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>{name} is protected by DRM; its text cannot be read</source>
        <translation>{name} 受 DRM 保护；无法读取其文本</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln section(s); not read</source>
        <translation>
            <numerusform>{name} 包含超过 %Ln 个章节；未读取</numerusform>
        </translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>EPUB 电子书</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>The reply is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>回复太大（超过 {size} MB），chatdesk 已停止读取。请检查基础 URL 是否指向 OpenAI 兼容的 API。</translation>
    </message>
    <message>
        <source>Expected a stream of events but got {content_type}: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>应为事件流，但收到了 {content_type}：“{message}”。请检查基础 URL，或在设置中关闭流式传输。</translation>
    </message>
    <message>
        <source>Expected a stream of events but got untyped data: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>应为事件流，但收到了无类型的数据：“{message}”。请检查基础 URL，或在设置中关闭流式传输。</translation>
    </message>
    <message>
        <source>The server closed the stream before the reply was finished. The partial reply is kept; Retry asks again.</source>
        <translation>服务器在回复完成前关闭了数据流。已保留部分回复；点击“重试”可重新请求。</translation>
    </message>
    <message>
        <source>{host} took longer than {seconds} s to answer in full. The server may be overloaded or very slow: retry in a moment, and check the base URL.</source>
        <translation>{host} 完整响应用时超过 {seconds} 秒。服务器可能过载或非常慢：请稍后重试，并检查基础 URL。</translation>
    </message>
    <message>
        <source>Connecting to {host} took longer than {seconds} s. Check your network connection and the base URL.</source>
        <translation>连接到 {host} 用时超过 {seconds} 秒。请检查您的网络连接和基础 URL。</translation>
    </message>
    <message>
        <source>{host} accepted the request but sent nothing for {seconds} s. The server may be overloaded: retry in a moment.</source>
        <translation>{host} 已接受请求，但 {seconds} 秒内没有发送任何内容。服务器可能过载：请稍后重试。</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it asked for a user name and password. Check the proxy, its user name and password in Settings.</source>
        <translation>无法通过代理连接到 {host}：代理要求提供用户名和密码。请在设置中检查代理及其用户名和密码。</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it did not answer. Check the proxy, its user name and password in Settings.</source>
        <translation>无法通过代理连接到 {host}：代理没有响应。请在设置中检查代理及其用户名和密码。</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate is not trusted or TLS failed. If the server uses its own certificate authority, add its CA file in Settings.</source>
        <translation>与 {host} 的安全连接失败：其证书不受信任或 TLS 出错。如果服务器使用自己的证书颁发机构，请在设置中添加其 CA 文件。</translation>
    </message>
    <message>
        <source>The host name {host} could not be found. Check your internet connection and the base URL in Settings.</source>
        <translation>找不到主机名 {host}。请在设置中检查您的互联网连接和基础 URL。</translation>
    </message>
    <message>
        <source>Nothing is listening at {host}: is the server running? Check the base URL in Settings.</source>
        <translation>{host} 上没有服务在监听：服务器是否正在运行？请在设置中检查基础 URL。</translation>
    </message>
    <message>
        <source>The connection to {host} failed. Check your network connection and the base URL.</source>
        <translation>与 {host} 的连接失败。请检查您的网络连接和基础 URL。</translation>
    </message>
    <message>
        <source>“{url}” is not a valid URL. Fix the base URL.</source>
        <translation>“{url}”不是有效的 URL。请修正基础 URL。</translation>
    </message>
    <message>
        <source>The request to {host} failed ({error}).</source>
        <translation>对 {host} 的请求失败（{error}）。</translation>
    </message>
    <message>
        <source>The server stopped sending for {seconds} s. The partial reply is kept; Retry asks again.</source>
        <translation>服务器已 {seconds} 秒未发送数据。已保留部分回复；点击“重试”可重新请求。</translation>
    </message>
    <message>
        <source>The server sent nothing for {seconds} s. It may be overloaded: retry.</source>
        <translation>服务器 {seconds} 秒内未发送任何内容。它可能已过载：请重试。</translation>
    </message>
    <message>
        <source>The connection broke before the reply started. Check your network and retry.</source>
        <translation>连接在回复开始前中断。请检查您的网络，然后重试。</translation>
    </message>
    <message>
        <source>The connection broke during the reply. The partial reply is kept; Retry asks again.</source>
        <translation>连接在回复过程中中断。已保留部分回复；点击“重试”可重新请求。</translation>
    </message>
    <message>
        <source>The model list from {url} is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>来自 {url} 的模型列表太大（超过 {size} MB），chatdesk 已停止读取。请检查基础 URL 是否指向 OpenAI 兼容的 API。</translation>
    </message>
    <message>
        <source>{url} did not answer with JSON. Check the base URL.</source>
        <translation>{url} 的响应不是 JSON。请检查基础 URL。</translation>
    </message>
    <message>
        <source>{url} did not answer with a model list.</source>
        <translation>{url} 的响应不是模型列表。</translation>
    </message>
    <message>
        <source>{host} redirected the request to {target}. chatdesk sends your messages and key only to the server in the base URL: if {origin} is the right server, put its address in the base URL in Settings.</source>
        <translation>{host} 将请求重定向到了 {target}。chatdesk 只会将您的消息和密钥发送到基础 URL 中的服务器：如果 {origin} 是正确的服务器，请在设置中将其地址填入基础 URL。</translation>
    </message>
    <message numerus="yes">
        <source>{host} redirected more than %Ln times. Check the base URL in Settings.</source>
        <translation>
            <numerusform>{host} 重定向超过 %Ln 次。请在设置中检查基础 URL。</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no keyring service (such as GNOME Keyring or KWallet) running. Your key can be used for this session only; it will not be saved.</source>
        <translation>此系统上没有正在运行的密钥环服务（如 GNOME Keyring 或 KWallet）。您的密钥只能在本次会话中使用，不会被保存。</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it, or use the key for this session only.</source>
        <translation>系统密钥环已锁定。请将其解锁，或仅在本次会话中使用该密钥。</translation>
    </message>
    <message>
        <source>The system keyring refused the request ({error}). Your key can be used for this session only; it will not be saved.</source>
        <translation>系统密钥环拒绝了请求（{error}）。您的密钥只能在本次会话中使用，不会被保存。</translation>
    </message>
    <message>
        <source>{file} must be a JSON object with an &quot;mcpServers&quot; object in it</source>
        <translation>{file} 必须是包含 &quot;mcpServers&quot; 对象的 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; in {file} must be an object of servers by name</source>
        <translation>{file} 中的 &quot;{key}&quot; 必须是按名称列出服务器的对象</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason}</source>
        <translation>{file} 不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>There is already a server called &quot;{name}&quot;</source>
        <translation>已存在名为 &quot;{name}&quot; 的服务器</translation>
    </message>
    <message>
        <source>There is no server called &quot;{name}&quot; in mcp.json</source>
        <translation>mcp.json 中没有名为 &quot;{name}&quot; 的服务器</translation>
    </message>
    <message>
        <source>it did not start within {seconds} s</source>
        <translation>它未在 {seconds} 秒内启动</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>the server was killed (signal {signal})</source>
        <translation>服务器被终止（信号 {signal}）</translation>
    </message>
    <message>
        <source>the server stopped (exit code {code})</source>
        <translation>服务器已停止（退出代码 {code}）</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: {problem}</source>
        <translation>服务器 &quot;{name}&quot;：{problem}</translation>
    </message>
    <message>
        <source>a server needs a name</source>
        <translation>服务器需要名称</translation>
    </message>
    <message>
        <source>must be an object with a command or a url</source>
        <translation>必须是包含 command 或 url 的对象</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; or &quot;sse&quot;</source>
        <translation>&quot;type&quot; 必须是 &quot;stdio&quot;、&quot;http&quot;、&quot;streamable-http&quot; 或 &quot;sse&quot;</translation>
    </message>
    <message>
        <source>has both a &quot;command&quot; and a &quot;url&quot;: keep one</source>
        <translation>同时包含 &quot;command&quot; 和 &quot;url&quot;：请只保留一个</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a web address</source>
        <translation>&quot;url&quot; 必须是网址</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;stdio&quot; but a &quot;url&quot;; use &quot;http&quot; or remove &quot;type&quot;</source>
        <translation>&quot;type&quot; 为 &quot;stdio&quot;，却有 &quot;url&quot;；请使用 &quot;http&quot; 或删除 &quot;type&quot;</translation>
    </message>
    <message>
        <source>needs a &quot;command&quot; (a local server) or a &quot;url&quot; (a remote one)</source>
        <translation>需要 &quot;command&quot;（本地服务器）或 &quot;url&quot;（远程服务器）</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;{type}&quot; but no &quot;url&quot;</source>
        <translation>&quot;type&quot; 为 &quot;{type}&quot;，但没有 &quot;url&quot;</translation>
    </message>
    <message>
        <source>&quot;cwd&quot; must be a folder path</source>
        <translation>&quot;cwd&quot; 必须是文件夹路径</translation>
    </message>
    <message>
        <source>&quot;url&quot; must start with https:// (got &quot;{url}&quot;)</source>
        <translation>&quot;url&quot; 必须以 https:// 开头（实际为 &quot;{url}&quot;）</translation>
    </message>
    <message>
        <source>must use https:// (plain http:// only to this machine: localhost, 127.0.0.1)</source>
        <translation>必须使用 https://（仅连接本机时可使用普通 http://：localhost、127.0.0.1）</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>&quot;{key}&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a number of seconds</source>
        <translation>&quot;timeout&quot; 必须是秒数</translation>
    </message>
    <message numerus="yes">
        <source>&quot;timeout&quot; must be more than 0 and at most %Ln second(s)</source>
        <translation>
            <numerusform>&quot;timeout&quot; 必须大于 0 且不超过 %Ln 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of strings</source>
        <translation>&quot;{key}&quot; 必须是字符串列表</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be an object of names and values</source>
        <translation>&quot;{key}&quot; 必须是由名称和值组成的对象</translation>
    </message>
    <message>
        <source>{key} &quot;{name}&quot; must be a string or {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</source>
        <translation>{key} &quot;{name}&quot; 必须是字符串或 {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</translation>
    </message>
    <message>
        <source>&quot;the command&quot; was not found: is it installed, and on the PATH?</source>
        <translation>找不到该命令：它是否已安装并位于 PATH 中？</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; was not found: is it installed, and on the PATH?</source>
        <translation>找不到 &quot;{command}&quot;：它是否已安装并位于 PATH 中？</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; cannot be run: {reason}</source>
        <translation>无法运行 &quot;{command}&quot;：{reason}</translation>
    </message>
    <message>
        <source>error {code}</source>
        <translation>错误 {code}</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>its certificate is not trusted ({error})</source>
        <translation>其证书不受信任（{error}）</translation>
    </message>
    <message>
        <source>could not connect (connection refused)</source>
        <translation>无法连接（连接被拒绝）</translation>
    </message>
    <message>
        <source>could not connect ({error})</source>
        <translation>无法连接（{error}）</translation>
    </message>
    <message>
        <source>the connection failed ({error})</source>
        <translation>连接失败（{error}）</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>它未及时响应</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is kept in the system keyring, but: {problem}</source>
        <translation>&quot;{name}&quot; 保存在系统密钥环中，但：{problem}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; should be in the system keyring (as {entry}) but is not there; enter it again in Settings &gt; Tools</source>
        <translation>&quot;{name}&quot; 应保存在系统密钥环中（作为 {entry}），但找不到；请在“设置 &gt; 工具”中重新输入</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: &quot;{key}&quot; must be an object</source>
        <translation>服务器 &quot;{name}&quot;：&quot;{key}&quot; 必须是对象</translation>
    </message>
    <message>
        <source>{problem} It was left as it is; your next change to the library keeps it as {name}.damaged-… and starts a new one.</source>
        <translation>{problem}它已保持原样；您下次修改提示词库时，会将其保留为 {name}.damaged-… 并新建一个库。</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is {size}, more than {limit}.</source>
        <translation>无法使用提示词库 {name}：其大小为 {size}，超过了 {limit}。</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: {reason}.</source>
        <translation>无法使用提示词库 {name}：{reason}。</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is larger than {limit}.</source>
        <translation>无法使用提示词库 {name}：其大小超过了 {limit}。</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is not UTF-8 text (byte {offset}).</source>
        <translation>无法使用提示词库 {name}：它不是 UTF-8 文本（第 {offset} 字节）。</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <source>There is no conversation {uid}.</source>
        <translation>没有对话 {uid}。</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>历史记录未打开。</translation>
    </message>
    <message>
        <source>The history file {path} cannot be read ({error}) and could not be moved aside ({move_error}). Move it away yourself, then restart chatdesk.</source>
        <translation>无法读取历史记录文件 {path}（{error}），也无法将其移开（{move_error}）。请手动将其移走，然后重新启动 chatdesk。</translation>
    </message>
    <message>
        <source>Could not open the history</source>
        <extracomment>What a failed history job could not do, by the ``action`` its caller names it with (in English, for the log): each a whole clause for the user&apos;s language.</extracomment>
        <translation>无法打开历史记录</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>无法读取历史记录</translation>
    </message>
    <message>
        <source>Could not save the history</source>
        <translation>无法保存历史记录</translation>
    </message>
    <message>
        <source>Could not list conversations</source>
        <translation>无法列出对话</translation>
    </message>
    <message>
        <source>Could not find the conversation</source>
        <translation>找不到该对话</translation>
    </message>
    <message>
        <source>Could not open the conversation</source>
        <translation>无法打开该对话</translation>
    </message>
    <message>
        <source>Could not save the conversation</source>
        <translation>无法保存该对话</translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation>无法重命名该对话</translation>
    </message>
    <message>
        <source>Could not pin the conversation</source>
        <translation>无法置顶该对话</translation>
    </message>
    <message>
        <source>Could not move the conversation</source>
        <translation>无法移动该对话</translation>
    </message>
    <message>
        <source>Could not delete the conversation</source>
        <translation>无法删除该对话</translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation>无法保存该消息</translation>
    </message>
    <message>
        <source>Could not save the reply</source>
        <translation>无法保存该回复</translation>
    </message>
    <message>
        <source>Could not delete the message</source>
        <translation>无法删除该消息</translation>
    </message>
    <message>
        <source>Could not switch the branch</source>
        <translation>无法切换分支</translation>
    </message>
    <message>
        <source>Could not list projects</source>
        <translation>无法列出项目</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>无法保存该项目</translation>
    </message>
    <message>
        <source>Could not delete the project</source>
        <translation>无法删除该项目</translation>
    </message>
    <message>
        <source>Could not search</source>
        <translation>无法搜索</translation>
    </message>
    <message>
        <source>Could not read usage</source>
        <translation>无法读取用量</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Could not {action}</source>
        <translation>无法{action}</translation>
    </message>
    <message>
        <source>{failed}: the history is locked by another program. Is another chatdesk writing to it? Try again in a moment.</source>
        <translation>{failed}：历史记录已被另一个程序锁定。是否有另一个 chatdesk 正在写入？请稍后重试。</translation>
    </message>
    <message>
        <source>{failed}: the disk is full. Free some space; nothing was damaged, and the last change will be saved with the next one.</source>
        <translation>{failed}：磁盘已满。请释放一些空间；没有数据损坏，最近的更改会在下次保存时一并保存。</translation>
    </message>
    <message>
        <source>{failed}: the history file is read-only. Check the data folder&apos;s permissions.</source>
        <translation>{failed}：历史记录文件为只读。请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <source>{failed}: {error}.</source>
        <translation>{failed}：{error}。</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>项目需要名称。</translation>
    </message>
    <message>
        <source>The history was written by a newer chatdesk (schema {version}; this one knows {known}). Update chatdesk to open it.</source>
        <extracomment>Forward migrations; index + 1 is the schema version each one produces.</extracomment>
        <translation>历史记录由较新版本的 chatdesk 写入（架构 {version}；当前版本支持 {known}）。请更新 chatdesk 以打开它。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source} ({skipped} already present).</source>
        <translation>
            <numerusform>已从 {source} 导入 %Ln 个对话（{skipped} 个已存在）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source}.</source>
        <translation>
            <numerusform>已从 {source} 导入 %Ln 个对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}.</source>
        <translation>未导入 {name}：{reason}。</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>无法读取它（{reason}）</translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>内存不足，无法读取</translation>
    </message>
    <message>
        <source>it is {size} MiB; chatdesk imports files of up to {limit} MiB (split a ChatGPT conversations.json into several files)</source>
        <translation>它的大小为 {size} MiB；chatdesk 可导入的文件最大为 {limit} MiB（请将 ChatGPT 的 conversations.json 拆分为多个文件）</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>the typesetter could not be started</source>
        <extracomment>Seconds one formula may take (the slowest of a 50-formula corpus takes ~40 ms on an idle machine; the child runs at a lower priority, so a busy one stretches that a lot). A longer source is not typeset (a model that writes 4,000 characters of one formula has usually lost its way; it stays readable as source).</extracomment>
        <translation>无法启动排版器</translation>
    </message>
    <message>
        <source>longer than {count} characters</source>
        <translation>超过 {count} 个字符</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>\end{{{name}}} does not close what was begun</source>
        <translation>\end{{{name}}} 没有闭合对应的开始部分</translation>
    </message>
    <message>
        <source>the {name} environment is not supported</source>
        <translation>不支持 {name} 环境</translation>
    </message>
    <message>
        <source>\begin{{{name}}} is never ended</source>
        <translation>\begin{{{name}}} 没有结束</translation>
    </message>
    <message>
        <source>a closing brace without an opening one</source>
        <translation>有右花括号却没有左花括号</translation>
    </message>
    <message>
        <source>a brace is never closed</source>
        <translation>有花括号未闭合</translation>
    </message>
    <message>
        <source>{command} is not supported</source>
        <translation>不支持 {command}</translation>
    </message>
    <message>
        <source>&amp; outside an environment that aligns</source>
        <translation>&amp; 位于对齐环境之外</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>没有可绘制的内容</translation>
    </message>
    <message>
        <source>Reply cut off: incomplete.</source>
        <translation>回复被截断：不完整。</translation>
    </message>
    <message>
        <source>Reply failed.</source>
        <translation>回复失败。</translation>
    </message>
    <message>
        <source>Reply finished: {reply}</source>
        <translation>回复完成：{reply}</translation>
    </message>
    <message>
        <source>Reply finished, empty.</source>
        <translation>回复完成，内容为空。</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>回复已停止。</translation>
    </message>
    <message>
        <source>Error: {title}. {message}</source>
        <translation>错误：{title}。{message}</translation>
    </message>
    <message>
        <source>{title}, {n} of {m}</source>
        <translation>{title}，第 {n} 项，共 {m} 项</translation>
    </message>
    <message>
        <source>Column {number} ({model}): {ending}</source>
        <comment>a compare column&apos;s reply ended</comment>
        <translation>第 {number} 列（{model}）：{ending}</translation>
    </message>
    <message>
        <source>complete</source>
        <extracomment>A message&apos;s status in words (English, marked for translation: ``tr`` them when shown).</extracomment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>being written</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>incomplete: the reply was cut off</source>
        <translation>不完整：回复被截断</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <extracomment>Names and descriptions of the links a message shows, by verb (English, marked for translation: ``tr`` them when shown). A link not listed here (one added later) is offered under its own label.</extracomment>
        <translation>将消息复制到剪贴板</translation>
    </message>
    <message>
        <source>Edit the message and send it as a new version</source>
        <translation>编辑消息并将其作为新版本发送</translation>
    </message>
    <message>
        <source>Delete the message (asks first)</source>
        <translation>删除消息（会先询问）</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一版本</translation>
    </message>
    <message>
        <source>Show the previous version</source>
        <translation>显示上一版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一版本</translation>
    </message>
    <message>
        <source>Show the next version</source>
        <translation>显示下一版本</translation>
    </message>
    <message>
        <source>Show or hide reasoning</source>
        <translation>显示或隐藏推理</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>显示或隐藏模型的推理过程</translation>
    </message>
    <message>
        <source>Show all or less</source>
        <translation>显示全部或收起</translation>
    </message>
    <message>
        <source>Show the whole tool result, or its start only</source>
        <translation>显示完整的工具结果，或仅显示开头</translation>
    </message>
    <message>
        <source>Save the message in the prompt library</source>
        <translation>将消息保存到提示词库</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>Tool result: {server} · {tool}</source>
        <translation>工具结果：{server} · {tool}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>{status}, version {number} of {count}</source>
        <translation>{status}，第 {number} 个版本，共 {count} 个</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Copy this code block to the clipboard</source>
        <translation>将此代码块复制到剪贴板</translation>
    </message>
    <message>
        <source>Documents, images and text</source>
        <translation>文档、图片和文本</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins problems with attached files into one sentence</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message numerus="yes">
        <source>{file} · ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file} · 约 {tokens} 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>按 {encoding} 读取</translation>
    </message>
    <message>
        <source>{problem}. It cannot be split by page: attach a smaller part</source>
        <translation>{problem}。它无法按页拆分：请附加较小的部分</translation>
    </message>
    <message>
        <source>Attach a large document</source>
        <translation>附加大型文档</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>{file} is protected by a password; not attached</source>
        <translation>{file} 受密码保护；未附加</translation>
    </message>
    <message>
        <source>Choose pages…</source>
        <translation>选择页面…</translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} pages are scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} 没有文本层：其 {count} 页都是扫描图像。这些页面可以作为图片发送给能读取图片的模型（本条消息最多 {free} 页），也可以不发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} page is scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} 没有文本层：其 {count} 页是扫描图像。这些页面可以作为图片发送给能读取图片的模型（本条消息最多 {free} 页），也可以不发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many: at most %Ln page(s) as images.</source>
        <translation>
            <numerusform>太多了：最多只能将 %Ln 页作为图片发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: %Ln page image(s).</source>
        <translation>
            <numerusform>待发送：%Ln 张页面图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send scanned pages as images</source>
        <translation>将扫描页面作为图片发送</translation>
    </message>
    <message>
        <source>Send as images</source>
        <translation>作为图片发送</translation>
    </message>
    <message>
        <source>pasted image {number}</source>
        <translation>粘贴的图片 {number}</translation>
    </message>
    <message>
        <source>Still reading the attached files; send again in a moment.</source>
        <translation>仍在读取附加的文件；请稍后再发送。</translation>
    </message>
    <message>
        <source>Answer the question about the attached document first.</source>
        <translation>请先回答有关附加文档的问题。</translation>
    </message>
    <message>
        <source>Files were just pasted or dropped: check them in the tray above the prompt (✕ removes one), then send again.</source>
        <translation>刚刚粘贴或拖入了文件：请在输入框上方的附件栏中检查（✕ 可移除文件），然后重新发送。</translation>
    </message>
    <message>
        <source>{problems}.</source>
        <comment>problems with attached files, joined</comment>
        <translation>{problems}。</translation>
    </message>
    <message>
        <source>Remove {file}</source>
        <translation>移除 {file}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: at most %Ln file(s) go with one message</source>
        <translation>
            <numerusform>{file}：每条消息最多附带 %Ln 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare models</source>
        <extracomment>A column whose reply has not begun by then shows it is waiting (see ``_started``).</extracomment>
        <translation>比较模型</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Server {number}</source>
        <translation>服务器 {number}</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>模型 {number}</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>来自 {model} 的回复</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&amp;Use this reply</source>
        <translation>使用此回复(&amp;U)</translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation>使用此回复</translation>
    </message>
    <message>
        <source>first token {ms} ms</source>
        <extracomment>One column&apos;s text is rendered per frame: the columns take turns.</extracomment>
        <translation>首个 token {ms} 毫秒</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/秒</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>正在加载对话…</translation>
    </message>
    <message>
        <source>{old} is not on this server: using its only model, {model}</source>
        <translation>此服务器上没有 {old}：改用其唯一的模型 {model}</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在惩罚</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>频率惩罚</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>对话设置</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>从预设开始…</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>另存为预设…</translation>
    </message>
    <message>
        <source>Empty: the system prompt from Settings</source>
        <translation>留空：使用设置中的系统提示词</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>系统提示词：</translation>
    </message>
    <message>
        <source>server default ({hint})</source>
        <translation>服务器默认值（{hint}）</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}：</translation>
    </message>
    <message>
        <source>comma-separated; empty: those from Settings</source>
        <translation>以逗号分隔；留空：使用设置中的值</translation>
    </message>
    <message>
        <source>Stop sequences:</source>
        <translation>停止序列：</translation>
    </message>
    <message numerus="yes">
        <source>default: %Ln token(s)</source>
        <translation>
            <numerusform>默认：%Ln 个 token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the context length must be at least %Ln token(s)</source>
        <translation>
            <numerusform>上下文长度必须至少为 %Ln 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>default: unknown: no trimming</source>
        <translation>默认：未知，不裁剪</translation>
    </message>
    <message>
        <source>Context of {model}:</source>
        <translation>{model} 的上下文：</translation>
    </message>
    <message>
        <source>Only the parameters you fill in are sent; the server decides the rest.</source>
        <translation>只发送您填写的参数；其余由服务器决定。</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>the context length must be a whole number</source>
        <translation>上下文长度必须是整数</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ 最新</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>跳到最新消息</translation>
    </message>
    <message numerus="yes">
        <source>⋯ The %Ln earlier message(s) no longer fit the model&apos;s context and are not sent: the context starts here.</source>
        <translation>
            <numerusform>⋯ 之前的 %Ln 条消息已超出模型的上下文，不会发送：上下文从这里开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send pages {first} to {last}</source>
        <translation>发送第 {first} 至 {last} 页</translation>
    </message>
    <message>
        <source>Send slides {first} to {last}</source>
        <translation>发送第 {first} 至 {last} 张幻灯片</translation>
    </message>
    <message>
        <source>Send sheets {first} to {last}</source>
        <translation>发送第 {first} 至 {last} 个工作表</translation>
    </message>
    <message>
        <source>Send sections {first} to {last}</source>
        <translation>发送第 {first} 至 {last} 个章节</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>结束页</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>起始幻灯片</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>结束幻灯片</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>起始工作表</translation>
    </message>
    <message>
        <source>Last sheet</source>
        <translation>结束工作表</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>起始章节</translation>
    </message>
    <message>
        <source>Last section</source>
        <translation>结束章节</translation>
    </message>
    <message>
        <source>First</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Send {unit}s {first} to {last}</source>
        <translation>发送 {unit} {first} 至 {last}</translation>
    </message>
    <message>
        <source>The first page comes after the last.</source>
        <translation>起始页在结束页之后。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>That password did not open it. {file} is protected by a password. Enter it to attach its text:</source>
        <translation>该密码无法打开文件。{file} 受密码保护。请输入密码以附加其文本：</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Enter it to attach its text:</source>
        <translation>{file} 受密码保护。请输入密码以附加其文本：</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <source>Rendering {file}</source>
        <translation>正在渲染 {file}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading {file}; it is not attached</source>
        <translation>停止读取 {file}；不附加该文件</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s)</source>
        <translation>
            <numerusform>{count} 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} slide(s)</source>
        <translation>
            <numerusform>{count} 张幻灯片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s)</source>
        <translation>
            <numerusform>{count} 个工作表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} section(s)</source>
        <translation>
            <numerusform>{count} 个章节</numerusform>
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
            <numerusform>{file}：{kind}，{parts}，{characters} 个字符，约 {tokens} 个 token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, {characters} characters, ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file}：{kind}，{characters} 个字符，约 {tokens} 个 token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: {characters} characters, ~{tokens} token(s).</source>
        <translation>
            <numerusform>待发送：{characters} 个字符，约 {tokens} 个 token。</numerusform>
        </translation>
    </message>
    <message>
        <source>{size}; one file may take ~{limit} of the model&apos;s {context}.</source>
        <translation>{size}；单个文件最多可占模型 {context} 上下文中的约 {limit}。</translation>
    </message>
    <message>
        <source>{size} (the model&apos;s context length is not known).</source>
        <translation>{size}（模型的上下文长度未知）。</translation>
    </message>
    <message>
        <source>Too long: {problem}.</source>
        <translation>过长：{problem}。</translation>
    </message>
    <message>
        <source>{server} asks</source>
        <translation>{server} 询问</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>{server} asks you to open a web page</source>
        <translation>{server} 请求你打开一个网页</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>It opens in your browser, at {host}.</source>
        <translation>它将在你的浏览器中打开，位于 {host}。</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open settings</source>
        <extracomment>The button that fixes an error (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{error} Nothing is lost yet: this window keeps everything shown, and chatdesk saves it again with your next message. Copy anything you need before quitting if this message stays.</source>
        <extracomment>Messages read from the history when a conversation opens: the view builds the latest page of them at once, the rest as the user scrolls up. While a reply starts, the history&apos;s writes wait for its first words this long at most.</extracomment>
        <translation>{error}目前没有丢失任何内容：此窗口保留了所有显示的内容，chatdesk 会在您发送下一条消息时再次保存。如果此提示一直存在，请在退出前复制您需要的内容。</translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved to {path}. chatdesk started a new, empty history; the old file was not deleted.</source>
        <translation>历史记录文件已损坏，已移至 {path}。chatdesk 已新建一个空的历史记录；旧文件未被删除。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) were interrupted when chatdesk last closed; they are marked incomplete.</source>
        <translation>
            <numerusform>上次关闭 chatdesk 时有 %Ln 条回复被中断；它们已被标记为不完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Conversations in this session will not be saved until the history can be opened.</source>
        <translation>{error}在历史记录能够打开之前，本次会话中的对话不会被保存。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) to {project}</source>
        <translation>
            <numerusform>已将 %Ln 个对话移至 {project}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) out of its project</source>
        <translation>
            <numerusform>已将 %Ln 个对话移出其项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project deleted with %Ln conversation(s)</source>
        <translation>
            <numerusform>已删除项目及其 %Ln 个对话</numerusform>
        </translation>
    </message>
    <message>
        <source>Project deleted; its conversations were kept</source>
        <translation>已删除项目；其中的对话已保留</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s) to {path}</source>
        <translation>
            <numerusform>已将 %Ln 个对话导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>停止回复（Esc）</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <source>Attach documents, images or text files (or drop or paste them)</source>
        <translation>附加文档、图片或文本文件（也可拖放或粘贴）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>历史记录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Tool working… {progress}</source>
        <translation>工具运行中… {progress}</translation>
    </message>
    <message>
        <source>too large to show</source>
        <extracomment>Bytes of images the cache keeps (the least recently used go first). A formula bigger than this many device pixels stays source. Logical pixels of room left and right of a formula (its ink must not touch the text).</extracomment>
        <translation>太大，无法显示</translation>
    </message>
    <message>
        <source>the typesetter failed: {error}</source>
        <translation>排版器失败：{error}</translation>
    </message>
    <message>
        <source>Not typeset ({reason}):
{formula}</source>
        <extracomment>Milliseconds of replacing per event-loop turn. The math font&apos;s x-height, in em. Why a formula stayed source, on its text (what the tooltip says).</extracomment>
        <translation>未排版（{reason}）：
{formula}</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>MCP server state</comment>
        <translation>已停用</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <extracomment>A tool result shows this much until &quot;Show all&quot;; expanded, at most ``RESULT_SHOWN``. The note under a message that did not end well (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>■ 已停止</translation>
    </message>
    <message>
        <source>⚠ Incomplete: the reply was cut off</source>
        <translation>⚠ 不完整：回复被截断</translation>
    </message>
    <message>
        <source>⚠ Failed</source>
        <translation>⚠ 失败</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save as prompt</source>
        <translation>另存为提示词</translation>
    </message>
    <message>
        <source>done</source>
        <comment>tool call state</comment>
        <translation>完成</translation>
    </message>
    <message>
        <source>error</source>
        <comment>tool call state</comment>
        <translation>出错</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>tool call state</comment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>tool call state</comment>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning ({count} words)</source>
        <translation>
            <numerusform>推理（{count} 个词）</numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <comment>tool call state</comment>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>{duration} ms</source>
        <translation>{duration} 毫秒</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message numerus="yes">
        <source>Show all ({count} characters)</source>
        <translation>
            <numerusform>显示全部（{count} 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>删除消息</translation>
    </message>
    <message>
        <source>Delete this message? The rest of the conversation stays.</source>
        <translation>要删除此消息吗？对话的其余部分会保留。</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays, ‹ › switches); Esc cancels.</source>
        <translation>正在编辑消息：按 Enter 将其作为新版本发送（旧版本会保留，可用 ‹ › 切换）；按 Esc 取消。</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>各模型价格</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input $ / 1M</source>
        <translation>输入 $ / 百万 token</translation>
    </message>
    <message>
        <source>Output $ / 1M</source>
        <translation>输出 $ / 百万 token</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Prices in US dollars per million tokens. Providers change them; edit freely.</source>
        <translation>价格单位为美元/百万 token。服务商会调整价格；可随意编辑。</translation>
    </message>
    <message>
        <source>“{model}”: prices must be numbers</source>
        <translation>“{model}”：价格必须是数字</translation>
    </message>
    <message>
        <source>“{model}”: prices cannot be negative</source>
        <translation>“{model}”：价格不能为负数</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>此对话</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>导出项目</translation>
    </message>
    <message>
        <source>&amp;Move to project…</source>
        <translation>移至项目(&amp;M)…</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>新建项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Move to project</source>
        <translation>移至项目</translation>
    </message>
    <message>
        <source>Move “{title}” to:</source>
        <translation>将“{title}”移至：</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name</source>
        <translation>输入以筛选，或输入新项目的名称</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name. Up and Down choose, Enter moves.</source>
        <translation>输入以筛选，或输入新项目的名称。上下方向键选择，回车键移动。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目列表</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>无项目</translation>
    </message>
    <message>
        <source>New project “{name}”</source>
        <translation>新建项目“{name}”</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>项目设置</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The one in use</source>
        <translation>当前使用的配置</translation>
    </message>
    <message>
        <source>{profile} (no longer exists)</source>
        <translation>{profile}（已不存在）</translation>
    </message>
    <message>
        <source>The profile&apos;s model</source>
        <translation>该配置的模型</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>New conversations started in this project begin with these; conversations already in it, or moved in, keep their own.</source>
        <translation>在此项目中新建的对话将以这些设置开始；项目中已有的或移入的对话保留各自的设置。</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{name}”? It holds %Ln conversation(s).</source>
        <translation>
            <numerusform>要删除项目“{name}”吗？其中有 %Ln 个对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the project “{name}”? It holds no conversations.</source>
        <translation>要删除项目“{name}”吗？其中没有对话。</translation>
    </message>
    <message>
        <source>Delete project, keep conversations</source>
        <translation>删除项目，保留对话</translation>
    </message>
    <message>
        <source>Delete project and its conversations</source>
        <translation>删除项目及其对话</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <translation>
            <numerusform>%Ln 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
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
        <translation>当前约 {tokens}</translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed</source>
        <translation>
            <numerusform>已计费 {tokens} 个 token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed (every request&apos;s tokens added up)</source>
        <translation>
            <numerusform>已计费 {tokens} 个 token（所有请求的 token 之和）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%Ln token(s) now (what the next request sends)</source>
        <translation>
            <numerusform>当前约 %Ln 个 token（下次请求将发送的量）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln msg(s)</source>
        <comment>messages, short</comment>
        <translation>
            <numerusform>%Ln 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>New conversations here start with its defaults:</source>
        <translation>在此新建的对话将使用其默认设置：</translation>
    </message>
    <message>
        <source>{setting}: {value}</source>
        <translation>{setting}：{value}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <comment>in a project</comment>
        <extracomment>What a drag of conversations carries: their uids, one per line. A project&apos;s row: how many conversations it holds (&quot;Work · 3 conversations&quot;).</extracomment>
        <translation>
            <numerusform>%Ln 个对话</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a project</comment>
        <translation>空</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>消息…（按 Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line, / for prompts and commands)</source>
        <translation>消息…（按 Enter 发送，Shift+Enter 换行，输入 / 使用提示词和命令）</translation>
    </message>
    <message>
        <source>Write {{{{name}}}} where the prompt should ask for something: after inserting it with “/”, Tab jumps from one variable to the next.</source>
        <translation>在提示词中需要填写内容的位置写 {{{{name}}}}：用“/”插入提示词后，按 Tab 可在变量之间跳转。</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>提示词库</translation>
    </message>
    <message>
        <source>Filter prompts</source>
        <translation>筛选提示词</translation>
    </message>
    <message>
        <source>Enter picks the first prompt shown.</source>
        <translation>回车键选择显示的第一个提示词。</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Name (shown in the “/” list)</source>
        <translation>名称（显示在“/”列表中）</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>新建提示词</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>变量：{names}</translation>
    </message>
    <message>
        <source>Delete prompt</source>
        <translation>删除提示词</translation>
    </message>
    <message>
        <source>Delete the prompt “{name}”?</source>
        <translation>要删除提示词“{name}”吗？</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>导入提示词</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>导出提示词</translation>
    </message>
    <message>
        <source>No prompt or command matches (Esc to close)</source>
        <translation>没有匹配的提示词或命令（按 Esc 关闭）</translation>
    </message>
    <message>
        <source>The prompt library was not read: {error}</source>
        <translation>未读取提示词库：{error}</translation>
    </message>
    <message>
        <source>The unreadable prompt library was kept as {file}</source>
        <translation>无法读取的提示词库已保留为 {file}</translation>
    </message>
    <message>
        <source>The prompt library was not saved: {reason}</source>
        <translation>提示词库未保存：{reason}</translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation>未导入任何内容。{problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>未导入任何内容：{problem}。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln prompt(s) from {file}</source>
        <translation>
            <numerusform>已从 {file} 导入 %Ln 个提示词</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported} ({skipped} already in the library)</source>
        <translation>{imported}（{skipped} 个已在库中）</translation>
    </message>
    <message>
        <source>The prompts were not exported: {reason}</source>
        <translation>提示词未导出：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln prompt(s) to {file}</source>
        <translation>
            <numerusform>已将 %Ln 个提示词导出到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Started over in a new conversation (same system prompt)</source>
        <translation>已在新对话中重新开始（系统提示词相同）</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>模型：{model}</translation>
    </message>
    <message>
        <source>System prompt set for this conversation</source>
        <translation>已为此对话设置系统提示词</translation>
    </message>
    <message>
        <source>chatdesk quick ask</source>
        <translation>chatdesk 快速提问</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>The reply was cut off: Open in chatdesk to retry or continue.</source>
        <translation>回复被截断：请在 chatdesk 中打开以重试或继续。</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>回复失败。</translation>
    </message>
    <message>
        <source>Ask…  (Enter sends, Shift+Enter: new line, Esc hides)</source>
        <translation>提问…（Enter 发送，Shift+Enter 换行，Esc 隐藏）</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The quick-ask window&apos;s answer pane, as a screen reader names it.</extracomment>
        <translation>回答</translation>
    </message>
    <message>
        <source>&amp;Open in chatdesk</source>
        <translation>在 chatdesk 中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>在主窗口中继续此对话（Ctrl+O）</translation>
    </message>
    <message>
        <source>Starting… your question goes as soon as chatdesk is ready.</source>
        <translation>正在启动… chatdesk 就绪后会立即发送您的问题。</translation>
    </message>
    <message>
        <source>chatdesk is still writing a reply; Esc in its window stops it. Press Enter again when it is done.</source>
        <translation>chatdesk 仍在写入回复；在其窗口中按 Esc 可停止。完成后请再次按 Enter。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <comment>an error&apos;s title and message</comment>
        <translation>{title}：{message}</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>~30 repaints a second while streaming. A streaming reply is saved this often, so a crash loses at most this much text.</extracomment>
        <translation>正在等待服务器…</translation>
    </message>
    <message>
        <source>The model&apos;s reply: {problem}.</source>
        <translation>模型的回复：{problem}。</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning… %Ln word(s)</source>
        <translation>
            <numerusform>推理中… %Ln 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s) · {rate} tokens/s</source>
        <translation>
            <numerusform>正在接收… %Ln 个 token · {rate} token/秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s)</source>
        <translation>
            <numerusform>正在接收… %Ln 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) in {seconds} s…</source>
        <translation>{reason}：{seconds} 秒后重试（第 {attempt} 次，共 {attempts} 次）…</translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) now…</source>
        <translation>{reason}：正在重试（第 {attempt} 次，共 {attempts} 次）…</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %Ln steps (the limit in Settings)</source>
        <translation>
            <numerusform>已在 %Ln 步后停止（设置中的上限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step} ({figures}): %Ln tool call(s)…</source>
        <translation>
            <numerusform>第 {step} 步（{figures}）：%Ln 个工具调用…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step}: %Ln tool call(s)…</source>
        <translation>
            <numerusform>第 {step} 步：%Ln 个工具调用…</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} The request offered tools, which this server or model may not take: turn tools off for this conversation (Tools, above the prompt) or pick another model.</source>
        <translation>{message}请求中提供了工具，但此服务器或模型可能不支持：请为此对话关闭工具（输入框上方的“工具”），或选择其他模型。</translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s), at temperature {temperature}.</source>
        <extracomment>The most a server may ask the model to write, whatever it asks for.</extracomment>
        <translation>
            <numerusform>最多可写 %Ln 个 token，温度 {temperature}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s).</source>
        <translation>
            <numerusform>最多可写 %Ln 个 token。</numerusform>
        </translation>
    </message>
    <message>
        <source>Let a tool use your model?</source>
        <translation>允许工具使用您的模型吗？</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>将发送的内容</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>允许(&amp;A)</translation>
    </message>
    <message>
        <source>{server} asks {model} on {profile} to write a reply to:</source>
        <translation>{server} 请求 {model}（{profile}）就以下内容撰写回复：</translation>
    </message>
    <message>
        <source>⚠ Unencrypted connection: your key and messages travel in clear</source>
        <translation>⚠ 连接未加密：您的密钥和消息以明文传输</translation>
    </message>
    <message>
        <source>{url} uses http:// to another machine. Use https:// if it can.</source>
        <translation>{url} 使用 http:// 连接到另一台计算机。如果可以，请使用 https://。</translation>
    </message>
    <message>
        <source>⚠ TLS certificate checks are off</source>
        <translation>⚠ TLS 证书检查已关闭</translation>
    </message>
    <message>
        <source>Anyone on the network path can read and change traffic. Turn checks back on in Settings, adding the server&apos;s CA file if needed.</source>
        <translation>网络路径上的任何人都能读取和篡改流量。请在设置中重新开启检查，如有需要，添加服务器的 CA 文件。</translation>
    </message>
    <message>
        <source>Your settings could not be read ({error}), so chatdesk started with the default ones and will not save over them until it restarts. Check that settings.json in the config folder is readable.</source>
        <translation>无法读取您的设置（{error}），因此 chatdesk 已使用默认设置启动，并且在重新启动之前不会覆盖它们。请检查配置文件夹中的 settings.json 是否可读。</translation>
    </message>
    <message>
        <source>Your settings could not be saved ({error}). They apply until you quit; check that the config folder is writable.</source>
        <translation>无法保存您的设置（{error}）。它们在您退出前有效；请检查配置文件夹是否可写。</translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation>密钥环出错。</translation>
    </message>
    <message>
        <source>The request failed ({error}).</source>
        <translation>请求失败（{error}）。</translation>
    </message>
    <message>
        <source>The server profile for this conversation</source>
        <translation>此对话使用的服务器配置</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>The model for this conversation (type any id the server takes)</source>
        <translation>此对话使用的模型（可输入服务器接受的任何 ID）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available</source>
        <translation>
            <numerusform>有 %Ln 个可用模型</numerusform>
        </translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <source>Rename this profile…</source>
        <translation>重命名此配置…</translation>
    </message>
    <message>
        <source>Delete this profile…</source>
        <translation>删除此配置…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>重命名配置</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its key in the keyring?</source>
        <translation>要删除配置“{name}”及其在密钥环中的密钥吗？</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>chatdesk settings</source>
        <translation>chatdesk 设置</translation>
    </message>
    <message>
        <source>sk-…  (leave empty for a local server that needs no key)</source>
        <translation>sk-…（本地服务器无需密钥时请留空）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the API key as plain text</source>
        <translation>以明文显示 API 密钥</translation>
    </message>
    <message>
        <source>Using OPENAI_API_KEY from the environment for this session. Save to store a key in the system keyring instead.</source>
        <translation>本次会话使用环境变量中的 OPENAI_API_KEY。点击“保存”可改为将密钥存储在系统密钥环中。</translation>
    </message>
    <message>
        <source>The key is stored in your system keyring, never in a file.</source>
        <translation>密钥存储在您的系统密钥环中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Fill the list from the server&apos;s /models</source>
        <translation>从服务器的 /models 获取列表</translation>
    </message>
    <message>
        <source>Optional instructions sent before every conversation</source>
        <translation>在每个对话之前发送的可选指令</translation>
    </message>
    <message>
        <source>Optional, comma-separated (e.g. USER: for base models)</source>
        <translation>可选，以逗号分隔（例如基础模型可用 USER:）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>The conversation&apos;s text size, in percent of the system&apos;s (Ctrl+= / Ctrl+- / Ctrl+0)</source>
        <translation>对话文字大小，相对于系统字号的百分比（Ctrl+= / Ctrl+- / Ctrl+0）</translation>
    </message>
    <message>
        <source>Tool steps per turn</source>
        <translation>每轮工具步数</translation>
    </message>
    <message>
        <source>Requests one reply may make while the model uses tools (each round of tool calls is one more) before it is stopped</source>
        <translation>模型使用工具时，一条回复在被停止前可发出的请求数（每轮工具调用多算一次）</translation>
    </message>
    <message>
        <source>Stream replies as they are written</source>
        <translation>流式显示回复（边生成边显示）</translation>
    </message>
    <message>
        <source>C&amp;lose to the tray: closing the window keeps chatdesk running</source>
        <translation>关闭时最小化到托盘：关闭窗口后 chatdesk 继续运行(&amp;L)</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing quits.</source>
        <translation>此桌面不显示托盘图标，因此关闭窗口即退出。</translation>
    </message>
    <message>
        <source>T&amp;ool steps per turn:</source>
        <translation>每轮工具步数(&amp;O)：</translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy (e.g. socks5h://host:1080)</source>
        <translation>留空：使用系统代理（例如 socks5h://host:1080）</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>user name, if the proxy asks</source>
        <translation>用户名（如果代理要求）</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>kept in the keyring; empty: unchanged</source>
        <translation>保存在密钥环中；留空：保持不变</translation>
    </message>
    <message>
        <source>PEM file of extra trusted certificate authorities</source>
        <translation>额外受信任证书颁发机构的 PEM 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Verify TLS certificates (strongly recommended)</source>
        <translation>验证 TLS 证书（强烈建议）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>系统提示词(&amp;Y)：</translation>
    </message>
    <message>
        <source>Sto&amp;p sequences:</source>
        <translation>停止序列(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>文字大小(&amp;T)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>用于本次会话</translation>
    </message>
    <message>
        <source>⚠ This is http:// to another machine: the key and your messages travel unencrypted. Use https:// if the server offers it.</source>
        <translation>⚠ 这是连接到另一台计算机的 http://：密钥和您的消息将以未加密方式传输。如果服务器支持，请使用 https://。</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>PEM certificates</source>
        <translation>PEM 证书</translation>
    </message>
    <message>
        <source>Turn off certificate checks?</source>
        <translation>要关闭证书检查吗？</translation>
    </message>
    <message>
        <source>Without checking certificates, anyone on the network path can read and change what you send, your API key included. Prefer adding the server&apos;s CA file.

Turn verification off anyway?</source>
        <translation>如果不检查证书，网络路径上的任何人都能读取和篡改您发送的内容，包括您的 API 密钥。建议改为添加服务器的 CA 文件。

仍要关闭验证吗？</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>正在联系服务器…</translation>
    </message>
    <message>
        <source>✗ {title}: {message}</source>
        <translation>✗ {title}：{message}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: the server lists %Ln model(s).</source>
        <translation>
            <numerusform>✓ 已连接：服务器列出了 %Ln 个模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available.</source>
        <translation>
            <numerusform>有 %Ln 个可用模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+K)</source>
        <translation>搜索所有对话（Ctrl+K）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>置顶/取消置顶</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>In all conversations</source>
        <translation>在所有对话中</translation>
    </message>
    <message>
        <source>In {project}</source>
        <translation>在 {project} 中</translation>
    </message>
    <message>
        <source>Search in {project} (Ctrl+K)</source>
        <translation>在 {project} 中搜索（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;New conversation here</source>
        <translation>在此新建对话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>项目设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export project…</source>
        <translation>导出项目(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>删除项目(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb</comment>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>取消置顶(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>置顶(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Move to project</source>
        <translation>移至项目(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;No project</source>
        <translation>无项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>要删除“{title}”及其所有消息吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>Text size {percent} %, the largest</source>
        <extracomment>The sizes Ctrl+= and Ctrl+- step through, in percent (as browsers do).</extracomment>
        <translation>文字大小 {percent} %，已最大</translation>
    </message>
    <message>
        <source>Text size {percent} %, the smallest</source>
        <translation>文字大小 {percent} %，已最小</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>文字大小 {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>… ({count} more characters)</source>
        <extracomment>Arguments shown in the dialog, at most (the rest is cut, and said to be).</extracomment>
        <translation>
            <numerusform>…（还有 {count} 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow this tool call?</source>
        <translation>允许此工具调用吗？</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>工具：</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>What it does:</source>
        <translation>功能：</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>允许一次(&amp;A)</translation>
    </message>
    <message>
        <source>Always allow this &amp;tool</source>
        <translation>始终允许此工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Which tools (MCP servers) this conversation may use</source>
        <translation>此对话可使用哪些工具（MCP 服务器）</translation>
    </message>
    <message>
        <source>Tools ({offered}/{total})</source>
        <translation>工具（{offered}/{total}）</translation>
    </message>
    <message>
        <source>No MCP servers yet</source>
        <translation>尚无 MCP 服务器</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP servers…</source>
        <translation>MCP 服务器…</translation>
    </message>
    <message>
        <source>Local command (stdio)</source>
        <translation>本地命令（stdio）</translation>
    </message>
    <message>
        <source>Remote (HTTP)</source>
        <translation>远程（HTTP）</translation>
    </message>
    <message>
        <source>Remote (SSE)</source>
        <translation>远程（SSE）</translation>
    </message>
    <message>
        <source>&lt;in the keyring&gt;</source>
        <extracomment>Shown in place of a value kept in the keyring (``tr`` it where it is shown).</extracomment>
        <translation>&lt;在密钥环中&gt;</translation>
    </message>
    <message>
        <source>Tools: MCP servers</source>
        <translation>工具：MCP 服务器</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Enable/&amp;disable</source>
        <translation>启用/停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>重新启动(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paste mcp.json…</source>
        <translation>粘贴 mcp.json(&amp;P)…</translation>
    </message>
    <message>
        <source>Servers are kept in {path} (Claude Desktop&apos;s shape).</source>
        <translation>服务器保存在 {path} 中（与 Claude Desktop 格式相同）。</translation>
    </message>
    <message numerus="yes">
        <source>ready, %Ln tool(s)</source>
        <translation>
            <numerusform>就绪，%Ln 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste mcp.json</source>
        <translation>粘贴 mcp.json</translation>
    </message>
    <message>
        <source>That is not JSON: {problem}</source>
        <translation>这不是 JSON：{problem}</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>NAME=value, one per line (headers for remote servers)</source>
        <translation>NAME=value，每行一个（远程服务器则为请求头）</translation>
    </message>
    <message>
        <source>API_TOKEN=…, one per line: kept in the system keyring</source>
        <translation>API_TOKEN=…，每行一个：保存在系统密钥环中</translation>
    </message>
    <message>
        <source>These values are kept in the system keyring; mcp.json keeps only a reference</source>
        <translation>这些值保存在系统密钥环中；mcp.json 只保留一个引用</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>命令(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>参数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>工作文件夹(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Environment or headers:</source>
        <translation>环境变量或请求头(&amp;E)：</translation>
    </message>
    <message>
        <source>Secret &amp;values (system keyring):</source>
        <translation>机密值（系统密钥环）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Timeout per call:</source>
        <translation>每次调用超时(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新建聊天(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quick ask</source>
        <translation>快速提问(&amp;Q)</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>&amp;Show chatdesk</source>
        <translation>显示 chatdesk(&amp;S)</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>退出(&amp;U)</translation>
    </message>
    <message>
        <source>chatdesk is still running</source>
        <translation>chatdesk 仍在运行</translation>
    </message>
    <message>
        <source>Closing the window keeps chatdesk in the tray. Quit it from the tray&apos;s menu or with Ctrl+Q; Settings turns this off.</source>
        <translation>关闭窗口后 chatdesk 会保留在托盘中。可通过托盘菜单或按 Ctrl+Q 退出；可在设置中关闭此行为。</translation>
    </message>
    <message numerus="yes">
        <source>Reply finished in {seconds} s · %Ln step(s)</source>
        <translation>
            <numerusform>回复完成，用时 {seconds} 秒 · %Ln 步</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply finished in {seconds} s</source>
        <translation>回复完成，用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>(deleted server)</source>
        <translation>（已删除的服务器）</translation>
    </message>
    <message>
        <source>(server not recorded)</source>
        <translation>（未记录服务器）</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Usage totals</source>
        <translation>用量总计</translation>
    </message>
    <message>
        <source>Replies whose server reported no usage are estimated (marked ~). Costs use the price table (History &gt; Prices…): its built-in prices only on the servers that charge them, your own everywhere; without a price, tokens only. Replies count under the server their conversation was last used with.</source>
        <translation>服务器未报告用量的回复为估算值（标记为 ~）。费用按价格表计算（历史记录 &gt; 价格…）：内置价格仅用于收取这些费用的服务器，您自己设置的价格适用于所有服务器；没有价格时只统计 token。回复计入其所属对话最后使用的服务器。</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>总计：</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month of a year in the usage table, as a Qt date format</comment>
        <extracomment>A Qt date format: MMMM the month&apos;s name, M its number, yyyy the year, &apos;text&apos; as is.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) shown.</source>
        <translation>
            <numerusform>显示了 %Ln 条消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>{title}, pinned</source>
        <translation>{title}，已置顶</translation>
    </message>
    <message>
        <source>{sender}, message {number}</source>
        <translation>{sender}，第 {number} 条消息</translation>
    </message>
    <message>
        <source>{link}, link</source>
        <translation>{link}，链接</translation>
    </message>
    <message>
        <source>{link}, link, your message</source>
        <translation>{link}，链接，您的消息</translation>
    </message>
    <message>
        <source>{link}, link, {sender}&apos;s message</source>
        <translation>{link}，链接，{sender}的消息</translation>
    </message>
    <message>
        <source>Alt+Down and Alt+Up move between messages; Tab moves through their links.</source>
        <translation>Alt+Down 和 Alt+Up 在消息之间移动；Tab 在消息中的链接之间移动。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>按 Enter 发送，Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>发送消息（Enter）</translation>
    </message>
    <message>
        <source>Attach images, documents or text files; pasting files works too.</source>
        <translation>附加图片、文档或文本文件；也可以粘贴文件。</translation>
    </message>
    <message>
        <source>Fix what the banner reports</source>
        <translation>修复横幅中报告的问题</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭此提示</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>管理配置</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>刷新模型列表</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>搜索所有对话</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>增大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>减小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Actual text size</source>
        <translation>实际文字大小(&amp;A)</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;revious pane</source>
        <translation>上一个窗格(&amp;R)</translation>
    </message>
    <message>
        <source>Next &amp;message</source>
        <translation>下一条消息(&amp;M)</translation>
    </message>
    <message>
        <source>Pre&amp;vious message</source>
        <translation>上一条消息(&amp;V)</translation>
    </message>
    <message>
        <source>No presets yet (Message &gt; Conversation settings…)</source>
        <translation>尚无预设（消息 &gt; 对话设置…）</translation>
    </message>
    <message>
        <source>New conversation from “{name}”</source>
        <translation>从“{name}”新建对话</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>chatdesk or ChatGPT export</source>
        <translation>chatdesk 或 ChatGPT 导出文件</translation>
    </message>
    <message>
        <source>Nothing to export: this conversation is empty.</source>
        <translation>没有可导出的内容：此对话为空。</translation>
    </message>
    <message>
        <source>conversation</source>
        <comment>default file name</comment>
        <translation>对话</translation>
    </message>
    <message>
        <source>chatdesk-history</source>
        <comment>default file name</comment>
        <translation>chatdesk-历史记录</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>密钥未保存</translation>
    </message>
    <message>
        <source>{problem}

The key you entered is used until you quit chatdesk.</source>
        <translation>{problem}

在您退出 chatdesk 之前，将使用您输入的密钥。</translation>
    </message>
    <message>
        <source>About chatdesk</source>
        <translation>关于 chatdesk</translation>
    </message>
    <message>
        <source>chatdesk {version}
A native chat client for OpenAI-compatible servers.</source>
        <translation>chatdesk {version}
一款用于 OpenAI 兼容服务器的原生聊天客户端。</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>新建对话(&amp;N)</translation>
    </message>
    <message>
        <source>New conversation from &amp;preset</source>
        <translation>从预设新建对话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>导出对话(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>导出所有对话(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP servers)…</source>
        <translation>工具（MCP 服务器）(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>搜索对话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Usage…</source>
        <translation>用量(&amp;U)…</translation>
    </message>
    <message>
        <source>P&amp;rices…</source>
        <translation>价格(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About chatdesk</source>
        <translation>关于 chatdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Conversation &amp;settings…</source>
        <translation>对话设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>复制最后一条回复(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>重新生成回复(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ontinue reply</source>
        <translation>继续回复(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>编辑最后一条消息(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete last message</source>
        <translation>删除最后一条消息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Previous version</source>
        <translation>上一版本(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next version</source>
        <translation>下一版本(&amp;N)</translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation>比较模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Prompt &amp;library…</source>
        <translation>提示词库(&amp;L)…</translation>
    </message>
    <message>
        <source>{server} · {prompt}</source>
        <extracomment>A server&apos;s prompt in the &quot;/&quot; popup: the MCP server&apos;s name, then the prompt&apos;s title.</extracomment>
        <translation>{server} · {prompt}</translation>
    </message>
    <message>
        <source>Getting the prompt “{prompt}” from {server}…</source>
        <translation>正在从 {server} 获取提示词“{prompt}”…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” did not send the prompt “{prompt}” within {seconds} s. Choose it again to retry; a slow server can be given more time with its “timeout” in mcp.json.</source>
        <translation>MCP 服务器“{server}”未在 {seconds} 秒内发送提示词“{prompt}”。请再次选择以重试；可在 mcp.json 中用它的“timeout”给慢速服务器更多时间。</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running ({reason}), so its prompt “{prompt}” was not inserted. Restart it in File › Tools (MCP servers)…</source>
        <translation>MCP 服务器“{server}”未运行（{reason}），因此未插入其提示词“{prompt}”。请在 文件 › 工具（MCP 服务器）… 中重启它。</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running, so its prompt “{prompt}” was not inserted. Check it in File › Tools (MCP servers)…</source>
        <translation>MCP 服务器“{server}”未运行，因此未插入其提示词“{prompt}”。请在 文件 › 工具（MCP 服务器）… 中检查它。</translation>
    </message>
    <message>
        <source>The MCP server “{server}” could not give the prompt “{prompt}”: {reason}. Choose it again to retry, or restart the server in File › Tools (MCP servers)…</source>
        <translation>MCP 服务器“{server}”无法提供提示词“{prompt}”：{reason}。请再次选择以重试，或在 文件 › 工具（MCP 服务器）… 中重启服务器。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>{name} (required)</source>
        <extracomment>A required argument of a server&apos;s prompt, in the dialog that asks for them.</extracomment>
        <translation>{name}（必填）</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>chatdesk hit a bug ({error}). It is not a problem with your server, disk or network, and trying again will not help. The log has the details (Help &gt; Open log folder): please report the bug with it.</source>
        <extracomment>While a stream keeps sending, its items reach the UI thread at most this often.</extracomment>
        <translation>chatdesk 遇到了一个程序错误（{error}）。这不是您的服务器、磁盘或网络的问题，重试也无济于事。日志中有详细信息（帮助 &gt; 打开日志文件夹）：请附上日志报告此错误。</translation>
    </message>
    <message numerus="yes">
        <source>{prompt} prompt + {completion} completion = {total} token(s)</source>
        <translation>
            <numerusform>提示 {prompt} + 补全 {completion} = {total} 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>Western</source>
        <translation>西欧</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>中欧</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>西里尔文</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希腊文</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其文</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来文</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>Baltic</source>
        <translation>波罗的海</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <source>Chinese Simplified</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Chinese Traditional</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩文</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Read &amp;as</source>
        <translation>读取编码(&amp;A)</translation>
    </message>
    <message>
        <source>{region} ({encoding})</source>
        <comment>an encoding: Western (Windows-1252)</comment>
        <translation>{region} ({encoding})</translation>
    </message>
</context>
</TS>
