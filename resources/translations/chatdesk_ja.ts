<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>The window&apos;s language; a change applies when chatdesk starts again.</source>
        <translation>ウィンドウの表示言語です。変更は chatdesk の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>A native desktop chat client for OpenAI-compatible servers. Without a command, the window opens.</source>
        <translation>OpenAI 互換サーバー用のネイティブなデスクトップチャットクライアントです。コマンドを指定しない場合はウィンドウが開きます。</translation>
    </message>
    <message>
        <source>add chatdesk and its icon to this user&apos;s application menu, then exit</source>
        <translation>chatdesk とそのアイコンをこのユーザーのアプリケーションメニューに追加して終了する</translation>
    </message>
    <message>
        <source>open the quick-ask window (for a desktop keyboard shortcut); a running chatdesk opens it at once</source>
        <translation>クイック質問ウィンドウを開く (デスクトップのキーボードショートカット用)。chatdesk が実行中の場合はすぐにそこで開く</translation>
    </message>
    <message>
        <source>use the &apos;Local&apos; profile at URL, an OpenAI-compatible server needing no key (scripts/run.sh --local starts one with a small model and passes this)</source>
        <translation>URL にある &apos;Local&apos; プロファイルを使う。キーが不要な OpenAI 互換サーバー用 (scripts/run.sh --local は小さなモデルでサーバーを起動し、このオプションを渡す)</translation>
    </message>
    <message>
        <source>write conversations as Markdown or JSON</source>
        <translation>会話を Markdown または JSON で書き出す</translation>
    </message>
    <message>
        <source>one conversation (its id or a prefix)</source>
        <translation>1 つの会話 (ID または ID の先頭部分)</translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation>書き込むファイル (既定: stdout)</translation>
    </message>
    <message>
        <source>import a chatdesk JSON or ChatGPT export</source>
        <translation>chatdesk の JSON または ChatGPT のエクスポートをインポートする</translation>
    </message>
    <message>
        <source>the history was damaged and moved to {path}</source>
        <translation>履歴が破損していたため {path} に移動しました</translation>
    </message>
    <message>
        <source>no single conversation matches “{query}”</source>
        <translation>「{query}」に一致する会話を 1 件に特定できません</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s).</source>
        <translation>
            <numerusform>%Ln 件の会話をエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>could not install the desktop entry: {error}</source>
        <translation>デスクトップエントリをインストールできませんでした: {error}</translation>
    </message>
    <message>
        <source>Installed {path} and the chatdesk icon; it appears in the application menu.</source>
        <translation>{path} と chatdesk のアイコンをインストールしました。アプリケーションメニューに表示されます。</translation>
    </message>
    <message>
        <source>{name} is a folder; only files can be attached</source>
        <translation>{name} はフォルダーです。添付できるのはファイルのみです</translation>
    </message>
    <message>
        <source>{name} is a pipe; only files can be attached</source>
        <translation>{name} はパイプです。添付できるのはファイルのみです</translation>
    </message>
    <message>
        <source>{name} is a socket; only files can be attached</source>
        <translation>{name} はソケットです。添付できるのはファイルのみです</translation>
    </message>
    <message>
        <source>{name} is a device; only files can be attached</source>
        <translation>{name} はデバイスです。添付できるのはファイルのみです</translation>
    </message>
    <message>
        <source>{name} is not a regular file; only files can be attached</source>
        <translation>{name} は通常のファイルではありません。添付できるのはファイルのみです</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB, too large to attach</source>
        <translation>{name} は {size} MB を超えているため、添付できません</translation>
    </message>
    <message>
        <source>{name} is {size} MB; images can be at most {most} MB</source>
        <translation>{name} は {size} MB です。画像は {most} MB までです</translation>
    </message>
    <message>
        <source>{name} looks like a {kind} image but its header is damaged</source>
        <translation>{name} は {kind} 画像のようですが、ヘッダーが破損しています</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels); images can be at most {most} megapixels (the server scales them to 2048 pixels anyway): resize it first</source>
        <translation>{name} は {width}×{height} ピクセル ({megapixels} メガピクセル) です。画像は {most} メガピクセルまでです (いずれにせよサーバーが 2048 ピクセルに縮小します)。先にサイズを変更してください</translation>
    </message>
    <message>
        <source>{name} is {size} KB; text files can be at most {most} KB (attach the part that matters)</source>
        <translation>{name} は {size} KB です。テキストファイルは {most} KB までです (必要な部分だけを添付してください)</translation>
    </message>
    <message>
        <source>{name} is neither an image (PNG, JPEG, GIF, WebP) nor UTF-8 text</source>
        <translation>{name} は画像 (PNG、JPEG、GIF、WebP) でも UTF-8 テキストでもありません</translation>
    </message>
    <message>
        <source>{name}: its text is {size} KB; at most {most} KB of text go with one file (choose fewer pages)</source>
        <translation>{name}: テキストが {size} KB あります。1 つのファイルで送れるテキストは {most} KB までです (ページ数を減らしてください)</translation>
    </message>
    <message>
        <source>{name}: {size} KB of text; one file can bring at most {most} KB</source>
        <translation>{name}: テキストが {size} KB あります。1 つのファイルで送れるのは {most} KB までです</translation>
    </message>
    <message numerus="yes">
        <source>{name}: ~%Ln token(s); the model&apos;s context is {context} tokens and one file may take at most ~{most}</source>
        <translation>
            <numerusform>{name}: 約 %Ln トークン。モデルのコンテキストは {context} トークンで、1 つのファイルに使えるのは約 {most} までです</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation {number}</source>
        <extracomment>Where a problem is in an imported file: its 3rd conversation.</extracomment>
        <translation>会話 {number}</translation>
    </message>
    <message>
        <source>{where}: not an object</source>
        <translation>{where}: オブジェクトではありません</translation>
    </message>
    <message>
        <source>{where} (“{title}”)</source>
        <translation>{where} (「{title}」)</translation>
    </message>
    <message>
        <source>{where}: “mapping” is missing or not an object</source>
        <translation>{where}: 「mapping」がないか、オブジェクトではありません</translation>
    </message>
    <message>
        <source>{where}: “current_node” does not name a node in “mapping”</source>
        <translation>{where}: 「current_node」が「mapping」内のノードを指していません</translation>
    </message>
    <message>
        <source>{where}: the parent links loop at node {node}</source>
        <translation>{where}: ノード {node} で親リンクがループしています</translation>
    </message>
    <message>
        <source>{where}: node {node} is missing from “mapping”</source>
        <translation>{where}: ノード {node} が「mapping」にありません</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <translation>ChatGPT の会話</translation>
    </message>
    <message>
        <source>{where}, node {node}</source>
        <translation>{where}、ノード {node}</translation>
    </message>
    <message>
        <source>{where}: message id {message_id} appears twice</source>
        <translation>{where}: メッセージ ID {message_id} が 2 回出現しています</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>API キーが拒否されました</translation>
    </message>
    <message>
        <source>Model or endpoint not found</source>
        <translation>モデルまたはエンドポイントが見つかりません</translation>
    </message>
    <message>
        <source>The conversation is too long for this model</source>
        <translation>会話がこのモデルには長すぎます</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>サーバーがリクエストを拒否しました</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>レート制限されました</translation>
    </message>
    <message>
        <source>The server had a problem</source>
        <translation>サーバーで問題が発生しました</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>サーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read</source>
        <translation>サーバーの応答を読み取れませんでした</translation>
    </message>
    <message>
        <source>The server sent an empty reply</source>
        <translation>サーバーから空の応答が返されました</translation>
    </message>
    <message>
        <source>The reply was cut off</source>
        <translation>応答が途中で切れました</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>システムのキーリングを利用できません</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>履歴の問題</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>添付できませんでした</translation>
    </message>
    <message>
        <source>The base URL needs a change</source>
        <translation>ベース URL の修正が必要です</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>設定は保存されませんでした</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <extracomment>An error&apos;s title and the HTTP status code the server answered with (404).</extracomment>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>{advice} The server said: “{message}”</source>
        <translation>{advice} サーバーからのメッセージ: 「{message}」</translation>
    </message>
    <message>
        <source>Check the API key in Settings (Ctrl+,).</source>
        <translation>設定 (Ctrl+,) で API キーを確認してください。</translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password: check them in Settings.</source>
        <translation>プロキシがユーザー名とパスワードを要求しました。設定で確認してください。</translation>
    </message>
    <message>
        <source>The server has no model “{model}” or no endpoint at {url}. Check the model name and the base URL in Settings.</source>
        <translation>サーバーにモデル「{model}」がないか、{url} にエンドポイントがありません。設定でモデル名とベース URL を確認してください。</translation>
    </message>
    <message>
        <source>Too many requests or quota exhausted; wait a moment, then retry.</source>
        <translation>リクエストが多すぎるか、クォータを使い切りました。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <source>This is usually temporary: retry in a moment.</source>
        <translation>通常は一時的な問題です。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>Start a new conversation or shorten your message.</source>
        <translation>新しい会話を始めるか、メッセージを短くしてください。</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>サーバーから理由は示されませんでした。</translation>
    </message>
    <message>
        <source>The server reported an error mid-reply: “{message}”</source>
        <translation>応答の途中でサーバーがエラーを報告しました: 「{message}」</translation>
    </message>
    <message>
        <source>{where}: “{name}” is missing</source>
        <translation>{where}: 「{name}」がありません</translation>
    </message>
    <message>
        <source>{where}: “{name}” has the wrong type</source>
        <translation>{where}: 「{name}」の型が正しくありません</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a duration ({value})</source>
        <translation>{where}: 「{name}」が時間の長さではありません ({value})</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a token count ({value})</source>
        <translation>{where}: 「{name}」がトークン数ではありません ({value})</translation>
    </message>
    <message>
        <source>{where}, attachment {number}</source>
        <translation>{where}、添付ファイル {number}</translation>
    </message>
    <message>
        <source>{where}: not an image or text attachment</source>
        <translation>{where}: 画像またはテキストの添付ファイルではありません</translation>
    </message>
    <message>
        <source>{where}: its data is not base64</source>
        <translation>{where}: データが base64 ではありません</translation>
    </message>
    <message>
        <source>{where}: larger than {size} KB</source>
        <translation>{where}: {size} KB を超えています</translation>
    </message>
    <message>
        <source>{where}: a text file that is not UTF-8</source>
        <translation>{where}: UTF-8 ではないテキストファイルです</translation>
    </message>
    <message>
        <source>{where}: unknown role “{role}”</source>
        <translation>{where}: 不明なロール「{role}」</translation>
    </message>
    <message>
        <source>{where}: unknown status “{status}”</source>
        <translation>{where}: 不明なステータス「{status}」</translation>
    </message>
    <message>
        <source>{where}: a tool result without its call</source>
        <translation>{where}: 対応する呼び出しのないツール結果です</translation>
    </message>
    <message>
        <source>{where}: “{name}” is empty</source>
        <translation>{where}: 「{name}」が空です</translation>
    </message>
    <message>
        <source>{where}, message {number}</source>
        <translation>{where}、メッセージ {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is also message {number}&apos;s</source>
        <translation>{where}: UID「{uid}」はメッセージ {number} の UID と重複しています</translation>
    </message>
    <message>
        <source>“projects” is not a list</source>
        <translation>「projects」がリストではありません</translation>
    </message>
    <message>
        <source>project {number}</source>
        <translation>プロジェクト {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is used twice</source>
        <translation>{where}: UID「{uid}」が 2 回使われています</translation>
    </message>
    <message>
        <source>this file is chatdesk export version {version}; this chatdesk reads up to version {supported}</source>
        <translation>このファイルは chatdesk エクスポートのバージョン {version} です。この chatdesk が読み込めるのはバージョン {supported} までです</translation>
    </message>
    <message>
        <source>“conversations” is missing or not a list</source>
        <translation>「conversations」がないか、リストではありません</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a time ({value})</source>
        <translation>{where}: 「{name}」が時刻ではありません ({value})</translation>
    </message>
    <message>
        <source>not a chatdesk export or a ChatGPT conversations.json (expected an object with &quot;format&quot;: &quot;chatdesk&quot;, or a list of conversations)</source>
        <translation>chatdesk のエクスポートでも ChatGPT の conversations.json でもありません (&quot;format&quot;: &quot;chatdesk&quot; を含むオブジェクト、または会話のリストが必要です)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (invalid byte at offset {offset})</source>
        <translation>UTF-8 テキストではありません (オフセット {offset} に無効なバイトがあります)</translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export</source>
        <translation>入れ子が深すぎるため、エクスポートとして扱えません</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation>有効な JSON ではありません ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Last reply ({figures}, %Ln step(s))</source>
        <translation>
            <numerusform>直前の応答 ({figures}・%Ln ステップ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reply: {figures}</source>
        <translation>直前の応答: {figures}</translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed ({cost})</source>
        <translation>
            <numerusform>会話: 課金対象 {tokens} トークン ({cost})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed</source>
        <translation>
            <numerusform>会話: 課金対象 {tokens} トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ≥ ~%Ln token(s)</source>
        <extracomment>How long the conversation is: what the next request sends (~: estimated; ≥: more of it is still in the history).</extracomment>
        <translation>
            <numerusform>次のリクエストは約 %Ln トークン以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ~%Ln token(s)</source>
        <translation>
            <numerusform>次のリクエストは約 %Ln トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>[image: {description}]</source>
        <translation>[画像: {description}]</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Above a code block whose language is not named.</extracomment>
        <translation>コード</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The link above a code block that copies the code.
----------
The links in a message&apos;s header, by verb (English, marked: ``tr`` them when shown).</extracomment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>temperature</source>
        <extracomment>A request parameter as an error names it (&quot;temperature must be a number&quot;).</extracomment>
        <translation>温度</translation>
    </message>
    <message>
        <source>top p</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation>存在ペナルティ</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>頻度ペナルティ</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>{parameter} must be a whole number</source>
        <translation>{parameter} は整数で指定してください</translation>
    </message>
    <message>
        <source>{parameter} must be a number</source>
        <translation>{parameter} は数値で指定してください</translation>
    </message>
    <message>
        <source>{parameter} must be a finite number</source>
        <translation>{parameter} は有限の数値で指定してください</translation>
    </message>
    <message>
        <source>{parameter} must be between {low} and {high}</source>
        <translation>{parameter} は {low} から {high} の範囲で指定してください</translation>
    </message>
    <message>
        <source>{parameter} must be at least {low}</source>
        <translation>{parameter} は {low} 以上で指定してください</translation>
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
        <translation>新しい会話を開始</translation>
    </message>
    <message>
        <source>Choose the model (or type /model name)</source>
        <translation>モデルを選択 (または /model モデル名 と入力)</translation>
    </message>
    <message>
        <source>This conversation&apos;s system prompt (or type /system text)</source>
        <translation>この会話のシステムプロンプト (または /system テキスト と入力)</translation>
    </message>
    <message>
        <source>Start over: a new conversation with this one&apos;s system prompt and parameters</source>
        <translation>やり直す: この会話のシステムプロンプトとパラメーターで新しい会話を始める</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>この会話をエクスポート</translation>
    </message>
    <message>
        <source>{description}: {argument}</source>
        <extracomment>A command in the &quot;/&quot; popup and what was typed after it (/model gpt-4o).</extracomment>
        <translation>{description}: {argument}</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>{size} MB を超えています</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>有効な JSON ではありません ({line} 行 {column} 列: {problem})</translation>
    </message>
    <message>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>有効な JSON ではありません (入れ子が深すぎます)</translation>
    </message>
    <message>
        <source>it is not a chatdesk prompt library (format {value})</source>
        <translation>chatdesk のプロンプトライブラリではありません (形式 {value})</translation>
    </message>
    <message>
        <source>“version” is not a number ({value})</source>
        <translation>「version」が数値ではありません ({value})</translation>
    </message>
    <message>
        <source>it was written by a newer chatdesk (library version {version}; this one reads version {supported})</source>
        <translation>新しい chatdesk で作成されています (ライブラリのバージョン {version}。この chatdesk が読み込めるのはバージョン {supported} です)</translation>
    </message>
    <message>
        <source>it has no “prompts” list</source>
        <translation>「prompts」リストがありません</translation>
    </message>
    <message>
        <source>“prompts” is not a list ({value})</source>
        <translation>「prompts」がリストではありません ({value})</translation>
    </message>
    <message numerus="yes">
        <source>it holds %Ln prompt(s); at most {most} are kept</source>
        <translation>
            <numerusform>プロンプトが %Ln 件あります。保持されるのは {most} 件までです</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} (“{name}”) is %Ln character(s) long; at most {most}</source>
        <translation>
            <numerusform>{where} (「{name}」) は %Ln 文字あります。上限は {most} 文字です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the library would hold more than %Ln prompt(s)</source>
        <translation>
            <numerusform>ライブラリのプロンプトが %Ln 件を超えてしまいます</numerusform>
        </translation>
    </message>
    <message>
        <source>prompt {number}</source>
        <extracomment>Where a problem is in a prompt library file: its 3rd prompt.</extracomment>
        <translation>プロンプト {number}</translation>
    </message>
    <message>
        <source>{where} is not an object ({value})</source>
        <translation>{where} はオブジェクトではありません ({value})</translation>
    </message>
    <message>
        <source>{where}: “name” is missing or not text ({value})</source>
        <translation>{where}: 「name」がないか、テキストではありません ({value})</translation>
    </message>
    <message>
        <source>{where} (“{name}”): “text” is missing or not text</source>
        <translation>{where} (「{name}」): 「text」がないか、テキストではありません</translation>
    </message>
    <message>
        <source>{where}: “name” is empty</source>
        <translation>{where}: 「name」が空です</translation>
    </message>
    <message>
        <source>Saved prompt</source>
        <translation>保存したプロンプト</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>The server sent a line longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>サーバーが {size} MiB を超える行を送信しました。チャットのストリームにこのような行は不要なため、応答はそこで停止しました。ベース URL が OpenAI 互換の API を指しているか確認してください。</translation>
    </message>
    <message>
        <source>The server sent an event longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>サーバーが {size} MiB を超えるイベントを送信しました。チャットのストリームにこのようなイベントは不要なため、応答はそこで停止しました。ベース URL が OpenAI 互換の API を指しているか確認してください。</translation>
    </message>
    <message>
        <source>{problem} Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>{problem} ベース URL が OpenAI 互換の API を指しているか確認してください。</translation>
    </message>
    <message>
        <source>The server answered but sent nothing. If the conversation is long, it may not fit the model&apos;s context: start a new one or shorten it.</source>
        <translation>サーバーは応答しましたが、何も送信されませんでした。会話が長い場合は、モデルのコンテキストに収まっていない可能性があります。新しい会話を始めるか、会話を短くしてください。</translation>
    </message>
    <message>
        <source>A streamed event is not JSON.</source>
        <translation>ストリームのイベントが JSON ではありません。</translation>
    </message>
    <message>
        <source>The reply is not JSON.</source>
        <translation>応答が JSON ではありません。</translation>
    </message>
    <message>
        <source>A streamed event is an unexpected JSON value.</source>
        <translation>ストリームのイベントが想定外の JSON 値です。</translation>
    </message>
    <message>
        <source>The reply is an unexpected JSON value.</source>
        <translation>応答が想定外の JSON 値です。</translation>
    </message>
    <message>
        <source>The reply has no choices.</source>
        <translation>応答に choices がありません。</translation>
    </message>
    <message numerus="yes">
        <source>the model asked for more than %Ln tool call(s) at once</source>
        <translation>
            <numerusform>モデルが一度に %Ln 件を超えるツール呼び出しを要求しました</numerusform>
        </translation>
    </message>
    <message>
        <source>a tool call&apos;s arguments are larger than chatdesk accepts</source>
        <translation>ツール呼び出しの引数が chatdesk で扱えるサイズを超えています</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password (user:password@). Remove them from the URL and put the key in the API key field.</source>
        <translation>ベース URL にユーザー名やパスワード (user:password@) を含めることはできません。URL から削除し、キーは API キー欄に入力してください。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>ベース URL は http:// または https:// で始める必要があります</translation>
    </message>
    <message>
        <source>The base URL has no host name</source>
        <translation>ベース URL にホスト名がありません</translation>
    </message>
    <message>
        <source>The proxy must start with http://, https://, socks5:// or socks5h://</source>
        <translation>プロキシは http://、https://、socks5:// または socks5h:// で始める必要があります</translation>
    </message>
    <message>
        <source>The proxy has no host name</source>
        <translation>プロキシにホスト名がありません</translation>
    </message>
    <message>
        <source>Put the proxy&apos;s user name and password in their own fields, not in the URL</source>
        <translation>プロキシのユーザー名とパスワードは URL ではなく、それぞれの欄に入力してください</translation>
    </message>
    <message>
        <source>This server does not offer the model {model}. Choose one of its models ({models}) in the Model box above the prompt, then send again.</source>
        <extracomment>How many of the server&apos;s models an error message names.</extracomment>
        <translation>このサーバーにはモデル {model} がありません。プロンプトの上にある「モデル」ボックスでこのサーバーのモデル ({models}) から選び、もう一度送信してください。</translation>
    </message>
    <message>
        <source>{name} is an old binary Office file (.doc, .xls or .ppt): save it as .docx, .xlsx, .pptx or PDF first</source>
        <translation>{name} は古いバイナリ形式の Office ファイル (.doc、.xls、.ppt) です。先に .docx、.xlsx、.pptx または PDF で保存してください</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive</source>
        <translation>{name} は破損しているか、有効なアーカイブではありません</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a document chatdesk reads (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</source>
        <translation>{name} は ZIP アーカイブで、chatdesk が読み込める文書 (PDF、Word、PowerPoint、Excel、OpenDocument、EPUB) ではありません</translation>
    </message>
    <message>
        <source>{name} is protected by a password</source>
        <translation>{name} はパスワードで保護されています</translation>
    </message>
    <message>
        <source>{name} has no text layer (scanned pages)</source>
        <translation>{name} にはテキストレイヤーがありません (スキャンしたページです)</translation>
    </message>
    <message>
        <source>{name} took longer than {seconds} s to read; it is too large or damaged</source>
        <translation>{name} の読み込みに {seconds} 秒以上かかりました。大きすぎるか、破損しています</translation>
    </message>
    <message>
        <source>{name} holds more than {millions} million characters of text, too much to attach</source>
        <translation>{name} には {millions} 百万文字を超えるテキストがあり、添付するには多すぎます</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument テキスト</translation>
    </message>
    <message>
        <source>{name} has no slides</source>
        <translation>{name} にはスライドがありません</translation>
    </message>
    <message>
        <source>OpenDocument presentation</source>
        <translation>OpenDocument プレゼンテーション</translation>
    </message>
    <message>
        <source>{name} could not be read: the PDF reader stopped on it; it may be damaged or built to attack PDF readers</source>
        <translation>{name} を読み込めませんでした: PDF リーダーが停止しました。ファイルが壊れているか、PDF リーダーを攻撃するように作られている可能性があります</translation>
    </message>
    <message>
        <source>{name} could not be read: chatdesk could not start its PDF reader</source>
        <translation>{name} を読み込めませんでした: chatdesk が PDF リーダーを起動できませんでした</translation>
    </message>
    <message>
        <source>{name} needs more memory than chatdesk allows for a document ({size} GB); it may be damaged or built to exhaust memory</source>
        <translation>{name} には chatdesk が 1 つの文書に許可するより多くのメモリ ({size} GB) が必要です。ファイルが壊れているか、メモリを使い果たすように作られている可能性があります</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way chatdesk cannot open</source>
        <translation>{name} は chatdesk が開けない方式で暗号化されています</translation>
    </message>
    <message>
        <source>{name} is damaged or not a PDF ({error})</source>
        <translation>{name} は破損しているか、PDF ではありません ({error})</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln page(s); at most {limit} can be read</source>
        <translation>
            <numerusform>{name} は %Ln ページあります。読み込めるのは {limit} ページまでです</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged: none of its pages can be read</source>
        <translation>{name} は破損しています。どのページも読み込めません</translation>
    </message>
    <message>
        <source>{name} has no text to extract</source>
        <translation>{name} には抽出できるテキストがありません</translation>
    </message>
    <message>
        <source>{name}: a page could not be rendered ({error})</source>
        <translation>{name}: ページを描画できませんでした ({error})</translation>
    </message>
    <message>
        <source>it declares its own entities (a document type with an internal subset)</source>
        <translation>独自のエンティティを宣言しています (内部サブセットを持つ文書型)</translation>
    </message>
    <message>
        <source>it declares entities</source>
        <translation>エンティティを宣言しています</translation>
    </message>
    <message>
        <source>it refers to external entities</source>
        <translation>外部エンティティを参照しています</translation>
    </message>
    <message>
        <source>its elements nest more than {limit} deep</source>
        <translation>要素の入れ子が {limit} 階層を超えています</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} is unsafe ({reason})</source>
        <translation>{name} を読み込めません: {part} は安全ではありません ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is not valid XML ({error}, line {line})</source>
        <translation>{name} は破損しています: {part} は有効な XML ではありません ({error}、{line} 行)</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} cannot be read ({error})</source>
        <translation>{name} は破損しています: {part} を読み込めません ({error})</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} nests too deeply</source>
        <translation>{name} を読み込めません: {part} の入れ子が深すぎます</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds more than %Ln file(s); not read</source>
        <translation>
            <numerusform>{name} には %Ln 個を超えるファイルが含まれているため、読み込みませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive ({error})</source>
        <translation>{name} は破損しているか、有効なアーカイブではありません ({error})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is missing</source>
        <translation>{name} は破損しています: {part} がありません</translation>
    </message>
    <message>
        <source>{name} is encrypted; save it without a password first</source>
        <translation>{name} は暗号化されています。先にパスワードなしで保存してください</translation>
    </message>
    <message>
        <source>{name} is too large to read: {part} inflates to {size} MB (at most {limit} MB)</source>
        <translation>{name} は大きすぎて読み込めません: {part} は展開すると {size} MB になります (上限 {limit} MB)</translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: {part} inflates {ratio} times (to {size} MB); not read</source>
        <translation>{name} は ZIP 爆弾と思われます: {part} は展開すると {ratio} 倍 ({size} MB) になります。読み込みませんでした</translation>
    </message>
    <message>
        <source>{name} is too large to read: its parts inflate to more than {limit} MB</source>
        <translation>{name} は大きすぎて読み込めません: 展開すると合計 {limit} MB を超えます</translation>
    </message>
    <message>
        <source>{name} inflates past its limit</source>
        <translation>{name} は展開すると上限を超えます</translation>
    </message>
    <message>
        <source>{name} is damaged: its main part is missing</source>
        <translation>{name} は破損しています: メインパートがありません</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>{name} にはシートがありません</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln filled cell(s), too many to attach: save the part that matters as CSV</source>
        <translation>
            <numerusform>{name} には値の入ったセルが %Ln 個を超えてあり、添付するには多すぎます。必要な部分を CSV で保存してください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln sheet(s); not read</source>
        <translation>
            <numerusform>{name} には %Ln 枚を超えるシートがあるため、読み込みませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument スプレッドシート</translation>
    </message>
    <message>
        <source>{name} is not valid CSV ({error})</source>
        <translation>{name} は有効な CSV ではありません ({error})</translation>
    </message>
    <message>
        <source>{name} has no cells with text</source>
        <translation>{name} にはテキストの入ったセルがありません</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 表</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln slide(s); not read</source>
        <translation>
            <numerusform>{name} には %Ln 枚を超えるスライドがあるため、読み込みませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint プレゼンテーション</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} (byte 0x{byte} at position {position}); pick another encoding</source>
        <translation>{name} は有効な {encoding} ではありません（位置 {position} のバイト 0x{byte}）。別のエンコーディングを選んでください</translation>
    </message>
    <message>
        <source>{name} read as {encoding} is not text but binary data; pick another encoding</source>
        <translation>{name} を {encoding} として読むとテキストではなくバイナリデータになります。別のエンコーディングを選んでください</translation>
    </message>
    <message>
        <source>{name} is neither an image, a document chatdesk reads, nor text in an encoding that could be detected</source>
        <translation>{name} は画像でも、chatdesk が読み込める文書でも、判別できるエンコーディングのテキストでもありません</translation>
    </message>
    <message>
        <source>{name} is too large: {millions} million characters of HTML</source>
        <translation>{name} は大きすぎます: HTML が {millions} 百万文字あります</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>{name} にはテキストがありません</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web ページ</translation>
    </message>
    <message>
        <source>{name} is protected by DRM; its text cannot be read</source>
        <translation>{name} は DRM で保護されているため、テキストを読み込めません</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln section(s); not read</source>
        <translation>
            <numerusform>{name} には %Ln を超えるセクションがあるため、読み込みませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>EPUB 書籍</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文書</translation>
    </message>
    <message>
        <source>The reply is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>応答が大きすぎる ({size} MB 超) ため、chatdesk は読み込みを中止しました。ベース URL が OpenAI 互換の API を指しているか確認してください。</translation>
    </message>
    <message>
        <source>Expected a stream of events but got {content_type}: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>イベントのストリームを想定していましたが、{content_type} を受信しました: 「{message}」。ベース URL を確認するか、設定でストリーミングをオフにしてください。</translation>
    </message>
    <message>
        <source>Expected a stream of events but got untyped data: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>イベントのストリームを想定していましたが、型の指定がないデータを受信しました: 「{message}」。ベース URL を確認するか、設定でストリーミングをオフにしてください。</translation>
    </message>
    <message>
        <source>The server closed the stream before the reply was finished. The partial reply is kept; Retry asks again.</source>
        <translation>応答が完了する前にサーバーがストリームを閉じました。途中までの応答は残っています。「再試行」でもう一度問い合わせます。</translation>
    </message>
    <message>
        <source>{host} took longer than {seconds} s to answer in full. The server may be overloaded or very slow: retry in a moment, and check the base URL.</source>
        <translation>{host} の応答がすべて届くまでに {seconds} 秒以上かかりました。サーバーが過負荷か、非常に遅い可能性があります。しばらくしてから再試行し、ベース URL を確認してください。</translation>
    </message>
    <message>
        <source>Connecting to {host} took longer than {seconds} s. Check your network connection and the base URL.</source>
        <translation>{host} への接続に {seconds} 秒以上かかりました。ネットワーク接続とベース URL を確認してください。</translation>
    </message>
    <message>
        <source>{host} accepted the request but sent nothing for {seconds} s. The server may be overloaded: retry in a moment.</source>
        <translation>{host} はリクエストを受け付けましたが、{seconds} 秒間何も送信していません。サーバーが過負荷の可能性があります。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it asked for a user name and password. Check the proxy, its user name and password in Settings.</source>
        <translation>プロキシ経由で {host} に接続できませんでした: プロキシがユーザー名とパスワードを要求しました。設定でプロキシとそのユーザー名、パスワードを確認してください。</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it did not answer. Check the proxy, its user name and password in Settings.</source>
        <translation>プロキシ経由で {host} に接続できませんでした: プロキシが応答しませんでした。設定でプロキシとそのユーザー名、パスワードを確認してください。</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate is not trusted or TLS failed. If the server uses its own certificate authority, add its CA file in Settings.</source>
        <translation>{host} への安全な接続に失敗しました: 証明書が信頼されていないか、TLS に失敗しました。サーバーが独自の認証局を使用している場合は、設定でその CA ファイルを追加してください。</translation>
    </message>
    <message>
        <source>The host name {host} could not be found. Check your internet connection and the base URL in Settings.</source>
        <translation>ホスト名 {host} が見つかりませんでした。インターネット接続と設定のベース URL を確認してください。</translation>
    </message>
    <message>
        <source>Nothing is listening at {host}: is the server running? Check the base URL in Settings.</source>
        <translation>{host} で待ち受けているサービスがありません。サーバーは起動していますか? 設定のベース URL を確認してください。</translation>
    </message>
    <message>
        <source>The connection to {host} failed. Check your network connection and the base URL.</source>
        <translation>{host} への接続に失敗しました。ネットワーク接続とベース URL を確認してください。</translation>
    </message>
    <message>
        <source>“{url}” is not a valid URL. Fix the base URL.</source>
        <translation>「{url}」は有効な URL ではありません。ベース URL を修正してください。</translation>
    </message>
    <message>
        <source>The request to {host} failed ({error}).</source>
        <translation>{host} へのリクエストに失敗しました ({error})。</translation>
    </message>
    <message>
        <source>The server stopped sending for {seconds} s. The partial reply is kept; Retry asks again.</source>
        <translation>サーバーからの送信が {seconds} 秒間止まりました。途中までの応答は残っています。「再試行」でもう一度問い合わせます。</translation>
    </message>
    <message>
        <source>The server sent nothing for {seconds} s. It may be overloaded: retry.</source>
        <translation>サーバーから {seconds} 秒間何も送信されませんでした。過負荷の可能性があります。再試行してください。</translation>
    </message>
    <message>
        <source>The connection broke before the reply started. Check your network and retry.</source>
        <translation>応答が始まる前に接続が切れました。ネットワークを確認して再試行してください。</translation>
    </message>
    <message>
        <source>The connection broke during the reply. The partial reply is kept; Retry asks again.</source>
        <translation>応答の途中で接続が切れました。途中までの応答は残っています。「再試行」でもう一度問い合わせます。</translation>
    </message>
    <message>
        <source>The model list from {url} is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>{url} のモデル一覧が大きすぎる ({size} MB 超) ため、chatdesk は読み込みを中止しました。ベース URL が OpenAI 互換の API を指しているか確認してください。</translation>
    </message>
    <message>
        <source>{url} did not answer with JSON. Check the base URL.</source>
        <translation>{url} が JSON で応答しませんでした。ベース URL を確認してください。</translation>
    </message>
    <message>
        <source>{url} did not answer with a model list.</source>
        <translation>{url} がモデル一覧を返しませんでした。</translation>
    </message>
    <message>
        <source>{host} redirected the request to {target}. chatdesk sends your messages and key only to the server in the base URL: if {origin} is the right server, put its address in the base URL in Settings.</source>
        <translation>{host} がリクエストを {target} にリダイレクトしました。chatdesk はメッセージとキーをベース URL のサーバーにのみ送信します。{origin} が正しいサーバーであれば、設定のベース URL にそのアドレスを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>{host} redirected more than %Ln times. Check the base URL in Settings.</source>
        <translation>
            <numerusform>{host} が %Ln 回を超えてリダイレクトしました。設定のベース URL を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no keyring service (such as GNOME Keyring or KWallet) running. Your key can be used for this session only; it will not be saved.</source>
        <translation>このシステムではキーリングサービス (GNOME Keyring や KWallet など) が動作していません。キーはこのセッション中のみ使用でき、保存されません。</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it, or use the key for this session only.</source>
        <translation>システムのキーリングがロックされています。ロックを解除するか、このセッション中のみキーを使用してください。</translation>
    </message>
    <message>
        <source>The system keyring refused the request ({error}). Your key can be used for this session only; it will not be saved.</source>
        <translation>システムのキーリングがリクエストを拒否しました ({error})。キーはこのセッション中のみ使用でき、保存されません。</translation>
    </message>
    <message>
        <source>{file} must be a JSON object with an &quot;mcpServers&quot; object in it</source>
        <translation>{file} は &quot;mcpServers&quot; オブジェクトを含む JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; in {file} must be an object of servers by name</source>
        <translation>{file} の &quot;{key}&quot; は、サーバー名をキーとするオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>{file} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason}</source>
        <translation>{file} は有効な JSON ではありません: {reason}</translation>
    </message>
    <message>
        <source>There is already a server called &quot;{name}&quot;</source>
        <translation>「{name}」という名前のサーバーはすでにあります</translation>
    </message>
    <message>
        <source>There is no server called &quot;{name}&quot; in mcp.json</source>
        <translation>mcp.json に「{name}」という名前のサーバーはありません</translation>
    </message>
    <message>
        <source>it did not start within {seconds} s</source>
        <translation>{seconds} 秒以内に起動しませんでした</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>サーバーが停止しました</translation>
    </message>
    <message>
        <source>the server was killed (signal {signal})</source>
        <translation>サーバーが強制終了されました (シグナル {signal})</translation>
    </message>
    <message>
        <source>the server stopped (exit code {code})</source>
        <translation>サーバーが停止しました (終了コード {code})</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: {problem}</source>
        <translation>サーバー「{name}」: {problem}</translation>
    </message>
    <message>
        <source>a server needs a name</source>
        <translation>サーバーには名前が必要です</translation>
    </message>
    <message>
        <source>must be an object with a command or a url</source>
        <translation>command または url を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; or &quot;sse&quot;</source>
        <translation>&quot;type&quot; は &quot;stdio&quot;、&quot;http&quot;、&quot;streamable-http&quot;、&quot;sse&quot; のいずれかである必要があります</translation>
    </message>
    <message>
        <source>has both a &quot;command&quot; and a &quot;url&quot;: keep one</source>
        <translation>&quot;command&quot; と &quot;url&quot; の両方があります。どちらか一方だけにしてください</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a web address</source>
        <translation>&quot;url&quot; は Web アドレスである必要があります</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;stdio&quot; but a &quot;url&quot;; use &quot;http&quot; or remove &quot;type&quot;</source>
        <translation>&quot;type&quot;: &quot;stdio&quot; なのに &quot;url&quot; があります。&quot;http&quot; を使うか、&quot;type&quot; を削除してください</translation>
    </message>
    <message>
        <source>needs a &quot;command&quot; (a local server) or a &quot;url&quot; (a remote one)</source>
        <translation>&quot;command&quot; (ローカルサーバー) または &quot;url&quot; (リモートサーバー) が必要です</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;{type}&quot; but no &quot;url&quot;</source>
        <translation>&quot;type&quot;: &quot;{type}&quot; ですが &quot;url&quot; がありません</translation>
    </message>
    <message>
        <source>&quot;cwd&quot; must be a folder path</source>
        <translation>&quot;cwd&quot; はフォルダーのパスである必要があります</translation>
    </message>
    <message>
        <source>&quot;url&quot; must start with https:// (got &quot;{url}&quot;)</source>
        <translation>&quot;url&quot; は https:// で始まる必要があります (&quot;{url}&quot; が指定されています)</translation>
    </message>
    <message>
        <source>must use https:// (plain http:// only to this machine: localhost, 127.0.0.1)</source>
        <translation>https:// を使用する必要があります (暗号化なしの http:// はこのマシン、つまり localhost や 127.0.0.1 に対してのみ使用可)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>&quot;{key}&quot; は true または false である必要があります</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a number of seconds</source>
        <translation>&quot;timeout&quot; は秒数である必要があります</translation>
    </message>
    <message numerus="yes">
        <source>&quot;timeout&quot; must be more than 0 and at most %Ln second(s)</source>
        <translation>
            <numerusform>&quot;timeout&quot; は 0 より大きく %Ln 秒以下である必要があります</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of strings</source>
        <translation>&quot;{key}&quot; は文字列のリストである必要があります</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be an object of names and values</source>
        <translation>&quot;{key}&quot; は名前と値のオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>{key} &quot;{name}&quot; must be a string or {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</source>
        <translation>{key} &quot;{name}&quot; は文字列または {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}} である必要があります</translation>
    </message>
    <message>
        <source>&quot;the command&quot; was not found: is it installed, and on the PATH?</source>
        <translation>コマンドが見つかりませんでした。インストール済みで PATH が通っているか確認してください。</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; was not found: is it installed, and on the PATH?</source>
        <translation>&quot;{command}&quot; が見つかりませんでした。インストール済みで PATH が通っているか確認してください。</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; cannot be run: {reason}</source>
        <translation>&quot;{command}&quot; を実行できません: {reason}</translation>
    </message>
    <message>
        <source>error {code}</source>
        <translation>エラー {code}</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>its certificate is not trusted ({error})</source>
        <translation>証明書が信頼されていません ({error})</translation>
    </message>
    <message>
        <source>could not connect (connection refused)</source>
        <translation>接続できませんでした (接続が拒否されました)</translation>
    </message>
    <message>
        <source>could not connect ({error})</source>
        <translation>接続できませんでした ({error})</translation>
    </message>
    <message>
        <source>the connection failed ({error})</source>
        <translation>接続に失敗しました ({error})</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is kept in the system keyring, but: {problem}</source>
        <translation>「{name}」はシステムのキーリングに保存されていますが、問題があります: {problem}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; should be in the system keyring (as {entry}) but is not there; enter it again in Settings &gt; Tools</source>
        <translation>「{name}」はシステムのキーリングに ({entry} として) あるはずですが、見つかりません。設定 &gt; ツール でもう一度入力してください</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: &quot;{key}&quot; must be an object</source>
        <translation>サーバー「{name}」: &quot;{key}&quot; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>{problem} It was left as it is; your next change to the library keeps it as {name}.damaged-… and starts a new one.</source>
        <translation>{problem} ファイルはそのまま残してあります。次にライブラリを変更すると、このファイルは {name}.damaged-… として保管され、新しいライブラリが作成されます。</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is {size}, more than {limit}.</source>
        <translation>プロンプトライブラリ {name} を使用できませんでした: サイズが {size} で、上限の {limit} を超えています。</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: {reason}.</source>
        <translation>プロンプトライブラリ {name} を使用できませんでした: {reason}。</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is larger than {limit}.</source>
        <translation>プロンプトライブラリ {name} を使用できませんでした: {limit} を超えています。</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is not UTF-8 text (byte {offset}).</source>
        <translation>プロンプトライブラリ {name} を使用できませんでした: UTF-8 テキストではありません (バイト {offset})。</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation>そのプロジェクトはもう存在しません。</translation>
    </message>
    <message>
        <source>There is no conversation {uid}.</source>
        <translation>会話 {uid} はありません。</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>履歴が開かれていません。</translation>
    </message>
    <message>
        <source>The history file {path} cannot be read ({error}) and could not be moved aside ({move_error}). Move it away yourself, then restart chatdesk.</source>
        <translation>履歴ファイル {path} を読み込めず ({error})、別の場所に移動することもできませんでした ({move_error})。手動で移動してから chatdesk を再起動してください。</translation>
    </message>
    <message>
        <source>Could not open the history</source>
        <extracomment>What a failed history job could not do, by the ``action`` its caller names it with (in English, for the log): each a whole clause for the user&apos;s language.</extracomment>
        <translation>履歴を開けませんでした</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>履歴を読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not save the history</source>
        <translation>履歴を保存できませんでした</translation>
    </message>
    <message>
        <source>Could not list conversations</source>
        <translation>会話の一覧を取得できませんでした</translation>
    </message>
    <message>
        <source>Could not find the conversation</source>
        <translation>会話が見つかりませんでした</translation>
    </message>
    <message>
        <source>Could not open the conversation</source>
        <translation>会話を開けませんでした</translation>
    </message>
    <message>
        <source>Could not save the conversation</source>
        <translation>会話を保存できませんでした</translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation>会話の名前を変更できませんでした</translation>
    </message>
    <message>
        <source>Could not pin the conversation</source>
        <translation>会話をピン留めできませんでした</translation>
    </message>
    <message>
        <source>Could not move the conversation</source>
        <translation>会話を移動できませんでした</translation>
    </message>
    <message>
        <source>Could not delete the conversation</source>
        <translation>会話を削除できませんでした</translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation>メッセージを保存できませんでした</translation>
    </message>
    <message>
        <source>Could not save the reply</source>
        <translation>応答を保存できませんでした</translation>
    </message>
    <message>
        <source>Could not delete the message</source>
        <translation>メッセージを削除できませんでした</translation>
    </message>
    <message>
        <source>Could not switch the branch</source>
        <translation>バージョンを切り替えられませんでした</translation>
    </message>
    <message>
        <source>Could not list projects</source>
        <translation>プロジェクトの一覧を取得できませんでした</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>プロジェクトを保存できませんでした</translation>
    </message>
    <message>
        <source>Could not delete the project</source>
        <translation>プロジェクトを削除できませんでした</translation>
    </message>
    <message>
        <source>Could not search</source>
        <translation>検索できませんでした</translation>
    </message>
    <message>
        <source>Could not read usage</source>
        <translation>使用量を読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>インポートできませんでした</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <source>Could not {action}</source>
        <translation>{action} できませんでした</translation>
    </message>
    <message>
        <source>{failed}: the history is locked by another program. Is another chatdesk writing to it? Try again in a moment.</source>
        <translation>{failed}: 履歴が別のプログラムによってロックされています。別の chatdesk が書き込んでいませんか? しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{failed}: the disk is full. Free some space; nothing was damaged, and the last change will be saved with the next one.</source>
        <translation>{failed}: ディスクがいっぱいです。空き容量を確保してください。データは破損しておらず、直前の変更は次の変更と一緒に保存されます。</translation>
    </message>
    <message>
        <source>{failed}: the history file is read-only. Check the data folder&apos;s permissions.</source>
        <translation>{failed}: 履歴ファイルが読み取り専用です。データフォルダーのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>{failed}: {error}.</source>
        <translation>{failed}: {error}。</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>プロジェクトには名前が必要です。</translation>
    </message>
    <message>
        <source>The history was written by a newer chatdesk (schema {version}; this one knows {known}). Update chatdesk to open it.</source>
        <extracomment>Forward migrations; index + 1 is the schema version each one produces.</extracomment>
        <translation>履歴は新しい chatdesk で作成されています (スキーマ {version}。この chatdesk が扱えるのは {known} までです)。開くには chatdesk を更新してください。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source} ({skipped} already present).</source>
        <translation>
            <numerusform>{source} から %Ln 件の会話をインポートしました (既にある {skipped} 件はスキップ)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source}.</source>
        <translation>
            <numerusform>{source} から %Ln 件の会話をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}.</source>
        <translation>{name} はインポートされませんでした: {reason}。</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>読み込めませんでした ({reason})</translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>読み込むためのメモリが不足しています</translation>
    </message>
    <message>
        <source>it is {size} MiB; chatdesk imports files of up to {limit} MiB (split a ChatGPT conversations.json into several files)</source>
        <translation>サイズが {size} MiB あります。chatdesk がインポートできるのは {limit} MiB までのファイルです (ChatGPT の conversations.json は複数のファイルに分割してください)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} に書き込めませんでした: {reason}。</translation>
    </message>
    <message>
        <source>the typesetter could not be started</source>
        <extracomment>Seconds one formula may take (the slowest of a 50-formula corpus takes ~40 ms on an idle machine; the child runs at a lower priority, so a busy one stretches that a lot). A longer source is not typeset (a model that writes 4,000 characters of one formula has usually lost its way; it stays readable as source).</extracomment>
        <translation>数式組版エンジンを起動できませんでした</translation>
    </message>
    <message>
        <source>longer than {count} characters</source>
        <translation>{count} 文字を超えています</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>\end{{{name}}} does not close what was begun</source>
        <translation>\end{{{name}}} が開始された環境と対応していません</translation>
    </message>
    <message>
        <source>the {name} environment is not supported</source>
        <translation>環境 {name} はサポートされていません</translation>
    </message>
    <message>
        <source>\begin{{{name}}} is never ended</source>
        <translation>\begin{{{name}}} が閉じられていません</translation>
    </message>
    <message>
        <source>a closing brace without an opening one</source>
        <translation>対応する開き括弧のない閉じ括弧があります</translation>
    </message>
    <message>
        <source>a brace is never closed</source>
        <translation>閉じられていない括弧があります</translation>
    </message>
    <message>
        <source>{command} is not supported</source>
        <translation>{command} はサポートされていません</translation>
    </message>
    <message>
        <source>&amp; outside an environment that aligns</source>
        <translation>整列環境の外に &amp; があります</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>描画するものがありません</translation>
    </message>
    <message>
        <source>Reply cut off: incomplete.</source>
        <translation>応答が途中で切れました: 不完全です。</translation>
    </message>
    <message>
        <source>Reply failed.</source>
        <translation>応答に失敗しました。</translation>
    </message>
    <message>
        <source>Reply finished: {reply}</source>
        <translation>応答完了: {reply}</translation>
    </message>
    <message>
        <source>Reply finished, empty.</source>
        <translation>応答完了 (空)。</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>応答を停止しました。</translation>
    </message>
    <message>
        <source>Error: {title}. {message}</source>
        <translation>エラー: {title}。{message}</translation>
    </message>
    <message>
        <source>{title}, {n} of {m}</source>
        <translation>{title}、{m} 件中 {n} 件目</translation>
    </message>
    <message>
        <source>Column {number} ({model}): {ending}</source>
        <comment>a compare column&apos;s reply ended</comment>
        <translation>列 {number} ({model}): {ending}</translation>
    </message>
    <message>
        <source>complete</source>
        <extracomment>A message&apos;s status in words (English, marked for translation: ``tr`` them when shown).</extracomment>
        <translation>完了</translation>
    </message>
    <message>
        <source>being written</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>incomplete: the reply was cut off</source>
        <translation>不完全: 応答が途中で切れました</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <extracomment>Names and descriptions of the links a message shows, by verb (English, marked for translation: ``tr`` them when shown). A link not listed here (one added later) is offered under its own label.</extracomment>
        <translation>メッセージをクリップボードにコピー</translation>
    </message>
    <message>
        <source>Edit the message and send it as a new version</source>
        <translation>メッセージを編集して新しいバージョンとして送信</translation>
    </message>
    <message>
        <source>Delete the message (asks first)</source>
        <translation>メッセージを削除 (確認あり)</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>Show the previous version</source>
        <translation>前のバージョンを表示</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>Show the next version</source>
        <translation>次のバージョンを表示</translation>
    </message>
    <message>
        <source>Show or hide reasoning</source>
        <translation>推論の表示/非表示</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>モデルの推論を表示または非表示にする</translation>
    </message>
    <message>
        <source>Show all or less</source>
        <translation>すべて表示/折りたたむ</translation>
    </message>
    <message>
        <source>Show the whole tool result, or its start only</source>
        <translation>ツール結果をすべて表示するか、冒頭だけを表示する</translation>
    </message>
    <message>
        <source>Save the message in the prompt library</source>
        <translation>メッセージをプロンプトライブラリに保存</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>ツール結果</translation>
    </message>
    <message>
        <source>Tool result: {server} · {tool}</source>
        <translation>ツール結果: {server} · {tool}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>{status}, version {number} of {count}</source>
        <translation>{status}、バージョン {number}/{count}</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Copy this code block to the clipboard</source>
        <translation>このコードブロックをクリップボードにコピー</translation>
    </message>
    <message>
        <source>Documents, images and text</source>
        <translation>文書、画像、テキスト</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins problems with attached files into one sentence</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message numerus="yes">
        <source>{file} · ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file} · 約 {tokens} トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>{encoding} として読み込み</translation>
    </message>
    <message>
        <source>{problem}. It cannot be split by page: attach a smaller part</source>
        <translation>{problem}。ページ単位で分割できないため、より小さな部分を添付してください</translation>
    </message>
    <message>
        <source>Attach a large document</source>
        <translation>大きな文書を添付</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>{file} is protected by a password; not attached</source>
        <translation>{file} はパスワードで保護されているため、添付しませんでした</translation>
    </message>
    <message>
        <source>Choose pages…</source>
        <translation>ページを選択…</translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} pages are scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} にはテキストレイヤーがありません: {count} ページすべてがスキャン画像です。ページを画像として、画像を読み取れるモデルに送るか (このメッセージでは最大 {free} ページ)、送らないかを選べます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} page is scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>{file} にはテキストレイヤーがありません: {count} ページのスキャン画像です。ページを画像として、画像を読み取れるモデルに送るか (このメッセージでは最大 {free} ページ)、送らないかを選べます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many: at most %Ln page(s) as images.</source>
        <translation>
            <numerusform>多すぎます: 画像として送れるのは %Ln ページまでです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: %Ln page image(s).</source>
        <translation>
            <numerusform>送信: ページ画像 %Ln 枚。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send scanned pages as images</source>
        <translation>スキャンしたページを画像として送信</translation>
    </message>
    <message>
        <source>Send as images</source>
        <translation>画像として送信</translation>
    </message>
    <message>
        <source>pasted image {number}</source>
        <translation>貼り付けた画像 {number}</translation>
    </message>
    <message>
        <source>Still reading the attached files; send again in a moment.</source>
        <translation>添付ファイルを読み込み中です。しばらくしてからもう一度送信してください。</translation>
    </message>
    <message>
        <source>Answer the question about the attached document first.</source>
        <translation>先に、添付した文書についての質問に答えてください。</translation>
    </message>
    <message>
        <source>Files were just pasted or dropped: check them in the tray above the prompt (✕ removes one), then send again.</source>
        <translation>ファイルが貼り付けまたはドロップされました。プロンプトの上のトレイで確認し (✕ で削除できます)、もう一度送信してください。</translation>
    </message>
    <message>
        <source>{problems}.</source>
        <comment>problems with attached files, joined</comment>
        <translation>{problems}。</translation>
    </message>
    <message>
        <source>Remove {file}</source>
        <translation>{file} を削除</translation>
    </message>
    <message numerus="yes">
        <source>{file}: at most %Ln file(s) go with one message</source>
        <translation>
            <numerusform>{file}: 1 つのメッセージに添付できるファイルは %Ln 個までです</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare models</source>
        <extracomment>A column whose reply has not begun by then shows it is waiting (see ``_started``).</extracomment>
        <translation>モデルを比較</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Server {number}</source>
        <translation>サーバー {number}</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>モデル {number}</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>{model} の応答</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&amp;Use this reply</source>
        <translation>この応答を使用(&amp;U)</translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation>この応答を使用</translation>
    </message>
    <message>
        <source>first token {ms} ms</source>
        <extracomment>One column&apos;s text is rendered per frame: the columns take turns.</extracomment>
        <translation>最初のトークンまで {ms} ms</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} トークン/秒</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>会話を読み込み中…</translation>
    </message>
    <message>
        <source>{old} is not on this server: using its only model, {model}</source>
        <translation>{old} はこのサーバーにありません。唯一のモデル {model} を使用します</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在ペナルティ</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>頻度ペナルティ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>会話の設定</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>プリセットから開始…</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>プリセットとして保存…</translation>
    </message>
    <message>
        <source>Empty: the system prompt from Settings</source>
        <translation>空欄: 設定のシステムプロンプト</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>システムプロンプト:</translation>
    </message>
    <message>
        <source>server default ({hint})</source>
        <translation>サーバーの既定値 ({hint})</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>comma-separated; empty: those from Settings</source>
        <translation>カンマ区切り。空欄: 設定の値</translation>
    </message>
    <message>
        <source>Stop sequences:</source>
        <translation>停止シーケンス:</translation>
    </message>
    <message numerus="yes">
        <source>default: %Ln token(s)</source>
        <translation>
            <numerusform>既定: %Ln トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the context length must be at least %Ln token(s)</source>
        <translation>
            <numerusform>コンテキスト長は %Ln トークン以上にしてください</numerusform>
        </translation>
    </message>
    <message>
        <source>default: unknown: no trimming</source>
        <translation>既定: 不明 (切り詰めなし)</translation>
    </message>
    <message>
        <source>Context of {model}:</source>
        <translation>{model} のコンテキスト:</translation>
    </message>
    <message>
        <source>Only the parameters you fill in are sent; the server decides the rest.</source>
        <translation>入力したパラメーターのみが送信され、それ以外はサーバーが決定します。</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>プリセット名:</translation>
    </message>
    <message>
        <source>the context length must be a whole number</source>
        <translation>コンテキスト長は整数で指定してください</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ 最新</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>最新のメッセージへ移動</translation>
    </message>
    <message numerus="yes">
        <source>⋯ The %Ln earlier message(s) no longer fit the model&apos;s context and are not sent: the context starts here.</source>
        <translation>
            <numerusform>⋯ これより前の %Ln 件のメッセージはモデルのコンテキストに収まらないため、送信されません。コンテキストはここから始まります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send pages {first} to {last}</source>
        <translation>ページ {first}～{last} を送信</translation>
    </message>
    <message>
        <source>Send slides {first} to {last}</source>
        <translation>スライド {first}～{last} を送信</translation>
    </message>
    <message>
        <source>Send sheets {first} to {last}</source>
        <translation>シート {first}～{last} を送信</translation>
    </message>
    <message>
        <source>Send sections {first} to {last}</source>
        <translation>セクション {first}～{last} を送信</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>最初のページ</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最後のページ</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>最初のスライド</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>最後のスライド</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>最初のシート</translation>
    </message>
    <message>
        <source>Last sheet</source>
        <translation>最後のシート</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>最初のセクション</translation>
    </message>
    <message>
        <source>Last section</source>
        <translation>最後のセクション</translation>
    </message>
    <message>
        <source>First</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最後</translation>
    </message>
    <message>
        <source>Send {unit}s {first} to {last}</source>
        <translation>{unit} {first}～{last} を送信</translation>
    </message>
    <message>
        <source>The first page comes after the last.</source>
        <translation>最初のページが最後のページより後になっています。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>That password did not open it. {file} is protected by a password. Enter it to attach its text:</source>
        <translation>パスワードが正しくありません。{file} はパスワードで保護されています。テキストを添付するにはパスワードを入力してください:</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Enter it to attach its text:</source>
        <translation>{file} はパスワードで保護されています。テキストを添付するにはパスワードを入力してください:</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>{file} を読み込み中</translation>
    </message>
    <message>
        <source>Rendering {file}</source>
        <translation>{file} を描画中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop reading {file}; it is not attached</source>
        <translation>{file} の読み込みを中止します (添付されません)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s)</source>
        <translation>
            <numerusform>{count} ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} slide(s)</source>
        <translation>
            <numerusform>スライド {count} 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s)</source>
        <translation>
            <numerusform>シート {count} 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} section(s)</source>
        <translation>
            <numerusform>{count} セクション</numerusform>
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
            <numerusform>{file}: {kind}、{parts}、{characters} 文字、約 {tokens} トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, {characters} characters, ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file}: {kind}、{characters} 文字、約 {tokens} トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: {characters} characters, ~{tokens} token(s).</source>
        <translation>
            <numerusform>送信: {characters} 文字、約 {tokens} トークン。</numerusform>
        </translation>
    </message>
    <message>
        <source>{size}; one file may take ~{limit} of the model&apos;s {context}.</source>
        <translation>{size}。1 つのファイルに使えるのは、モデルの {context} のうち約 {limit} です。</translation>
    </message>
    <message>
        <source>{size} (the model&apos;s context length is not known).</source>
        <translation>{size} (モデルのコンテキスト長は不明です)。</translation>
    </message>
    <message>
        <source>Too long: {problem}.</source>
        <translation>長すぎます: {problem}。</translation>
    </message>
    <message>
        <source>{server} asks</source>
        <translation>{server} からの質問</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒否(&amp;D)</translation>
    </message>
    <message>
        <source>{server} asks you to open a web page</source>
        <translation>{server} が Web ページを開くよう求めています</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web アドレス</translation>
    </message>
    <message>
        <source>It opens in your browser, at {host}.</source>
        <translation>ブラウザーで {host} が開きます。</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>ブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open settings</source>
        <extracomment>The button that fixes an error (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>{error} Nothing is lost yet: this window keeps everything shown, and chatdesk saves it again with your next message. Copy anything you need before quitting if this message stays.</source>
        <extracomment>Messages read from the history when a conversation opens: the view builds the latest page of them at once, the rest as the user scrolls up. While a reply starts, the history&apos;s writes wait for its first words this long at most.</extracomment>
        <translation>{error} まだ何も失われていません。表示中の内容はすべてこのウィンドウに残っており、次のメッセージの送信時に chatdesk が再度保存します。このメッセージが消えない場合は、終了する前に必要な内容をコピーしてください。</translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved to {path}. chatdesk started a new, empty history; the old file was not deleted.</source>
        <translation>履歴ファイルが破損していたため、{path} に移動しました。chatdesk は新しい空の履歴で起動しました。古いファイルは削除されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) were interrupted when chatdesk last closed; they are marked incomplete.</source>
        <translation>
            <numerusform>前回 chatdesk を閉じたときに %Ln 件の応答が中断されました。これらは不完全としてマークされています。</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Conversations in this session will not be saved until the history can be opened.</source>
        <translation>{error} 履歴を開けるようになるまで、このセッションの会話は保存されません。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) to {project}</source>
        <translation>
            <numerusform>%Ln 件の会話を {project} に移動しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) out of its project</source>
        <translation>
            <numerusform>%Ln 件の会話をプロジェクトから外しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project deleted with %Ln conversation(s)</source>
        <translation>
            <numerusform>プロジェクトを %Ln 件の会話とともに削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Project deleted; its conversations were kept</source>
        <translation>プロジェクトを削除しました。会話は残してあります</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s) to {path}</source>
        <translation>
            <numerusform>%Ln 件の会話を {path} にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>送信 (Enter)</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>応答を停止 (Esc)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <source>Attach documents, images or text files (or drop or paste them)</source>
        <translation>文書、画像、テキストファイルを添付 (ドロップや貼り付けも可能)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>履歴(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Tool working… {progress}</source>
        <translation>ツール実行中… {progress}</translation>
    </message>
    <message>
        <source>too large to show</source>
        <extracomment>Bytes of images the cache keeps (the least recently used go first). A formula bigger than this many device pixels stays source. Logical pixels of room left and right of a formula (its ink must not touch the text).</extracomment>
        <translation>大きすぎて表示できません</translation>
    </message>
    <message>
        <source>the typesetter failed: {error}</source>
        <translation>数式組版エンジンでエラーが発生しました: {error}</translation>
    </message>
    <message>
        <source>Not typeset ({reason}):
{formula}</source>
        <extracomment>Milliseconds of replacing per event-loop turn. The math font&apos;s x-height, in em. Why a formula stayed source, on its text (what the tooltip says).</extracomment>
        <translation>組版されていません ({reason}):
{formula}</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>MCP server state</comment>
        <translation>無効</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>起動中</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <extracomment>A tool result shows this much until &quot;Show all&quot;; expanded, at most ``RESULT_SHOWN``. The note under a message that did not end well (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>⚠ Incomplete: the reply was cut off</source>
        <translation>⚠ 不完全: 応答が途中で切れました</translation>
    </message>
    <message>
        <source>⚠ Failed</source>
        <translation>⚠ 失敗</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Save as prompt</source>
        <translation>プロンプトとして保存</translation>
    </message>
    <message>
        <source>done</source>
        <comment>tool call state</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>error</source>
        <comment>tool call state</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>tool call state</comment>
        <translation>拒否</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>tool call state</comment>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning ({count} words)</source>
        <translation>
            <numerusform>推論 ({count} 語)</numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <comment>tool call state</comment>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>{duration} ms</source>
        <translation>{duration} ms</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>折りたたむ</translation>
    </message>
    <message numerus="yes">
        <source>Show all ({count} characters)</source>
        <translation>
            <numerusform>すべて表示 ({count} 文字)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <source>Delete this message? The rest of the conversation stays.</source>
        <translation>このメッセージを削除しますか? 会話の残りの部分はそのまま残ります。</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays, ‹ › switches); Esc cancels.</source>
        <translation>メッセージを編集中: Enter で新しいバージョンとして送信します (古いバージョンも残り、‹ › で切り替えられます)。Esc でキャンセルします。</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>料金</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>モデル別の料金</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Input $ / 1M</source>
        <translation>入力 $ / 100万</translation>
    </message>
    <message>
        <source>Output $ / 1M</source>
        <translation>出力 $ / 100万</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>モデルを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Prices in US dollars per million tokens. Providers change them; edit freely.</source>
        <translation>料金は 100 万トークンあたりの米ドルです。プロバイダーによって変更されるため、自由に編集してください。</translation>
    </message>
    <message>
        <source>“{model}”: prices must be numbers</source>
        <translation>「{model}」: 料金は数値で入力してください</translation>
    </message>
    <message>
        <source>“{model}”: prices cannot be negative</source>
        <translation>「{model}」: 料金を負の値にすることはできません</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>この会話</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>プロジェクトをエクスポート</translation>
    </message>
    <message>
        <source>&amp;Move to project…</source>
        <translation>プロジェクトへ移動(&amp;M)…</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>新しいプロジェクト(&amp;P)…</translation>
    </message>
    <message>
        <source>Move to project</source>
        <translation>プロジェクトへ移動</translation>
    </message>
    <message>
        <source>Move “{title}” to:</source>
        <translation>「{title}」の移動先:</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name</source>
        <translation>入力して絞り込むか、新しいプロジェクト名を入力</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name. Up and Down choose, Enter moves.</source>
        <translation>入力して絞り込むか、新しいプロジェクト名を入力。上下キーで選び、Enter キーで移動します。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト一覧</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <source>New project “{name}”</source>
        <translation>新しいプロジェクト「{name}」</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>プロジェクトの設定</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The one in use</source>
        <translation>使用中のもの</translation>
    </message>
    <message>
        <source>{profile} (no longer exists)</source>
        <translation>{profile} (削除済み)</translation>
    </message>
    <message>
        <source>The profile&apos;s model</source>
        <translation>プロファイルのモデル</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>New conversations started in this project begin with these; conversations already in it, or moved in, keep their own.</source>
        <translation>このプロジェクトで新しく始める会話には、これらの設定が適用されます。既存の会話や移動してきた会話は、それぞれの設定を保持します。</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>プロジェクトを削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{name}”? It holds %Ln conversation(s).</source>
        <translation>
            <numerusform>プロジェクト「{name}」を削除しますか? %Ln 件の会話が含まれています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the project “{name}”? It holds no conversations.</source>
        <translation>プロジェクト「{name}」を削除しますか? 会話は含まれていません。</translation>
    </message>
    <message>
        <source>Delete project, keep conversations</source>
        <translation>プロジェクトを削除し、会話は残す</translation>
    </message>
    <message>
        <source>Delete project and its conversations</source>
        <translation>プロジェクトと会話を削除</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <translation>
            <numerusform>%Ln 日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln 分前</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
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
        <translation>現在 約 {tokens}</translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed</source>
        <translation>
            <numerusform>課金 {tokens} トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed (every request&apos;s tokens added up)</source>
        <translation>
            <numerusform>課金 {tokens} トークン (各リクエストのトークンの合計)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%Ln token(s) now (what the next request sends)</source>
        <translation>
            <numerusform>現在 約 %Ln トークン (次のリクエストで送信される量)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln msg(s)</source>
        <comment>messages, short</comment>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>New conversations here start with its defaults:</source>
        <translation>ここで始める新しい会話には、次の既定値が適用されます:</translation>
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
            <numerusform>%Ln 件の会話</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a project</comment>
        <translation>空</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>メッセージ…  (Enter で送信、Shift+Enter で改行)</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line, / for prompts and commands)</source>
        <translation>メッセージ…  (Enter で送信、Shift+Enter で改行、/ でプロンプトとコマンド)</translation>
    </message>
    <message>
        <source>Write {{{{name}}}} where the prompt should ask for something: after inserting it with “/”, Tab jumps from one variable to the next.</source>
        <translation>プロンプトで入力を求めたい箇所に {{{{name}}}} と書きます。「/」で挿入した後、Tab キーで次の変数へ移動できます。</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>プロンプトライブラリ</translation>
    </message>
    <message>
        <source>Filter prompts</source>
        <translation>プロンプトを絞り込み</translation>
    </message>
    <message>
        <source>Enter picks the first prompt shown.</source>
        <translation>Enter キーで表示中の最初のプロンプトを選びます。</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Name (shown in the “/” list)</source>
        <translation>名前 (「/」の一覧に表示)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>新しいプロンプト</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>変数: {names}</translation>
    </message>
    <message>
        <source>Delete prompt</source>
        <translation>プロンプトを削除</translation>
    </message>
    <message>
        <source>Delete the prompt “{name}”?</source>
        <translation>プロンプト「{name}」を削除しますか?</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>プロンプトをインポート</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>プロンプトをエクスポート</translation>
    </message>
    <message>
        <source>No prompt or command matches (Esc to close)</source>
        <translation>一致するプロンプトやコマンドはありません (Esc で閉じる)</translation>
    </message>
    <message>
        <source>The prompt library was not read: {error}</source>
        <translation>プロンプトライブラリを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>The unreadable prompt library was kept as {file}</source>
        <translation>読み込めなかったプロンプトライブラリは {file} として保管しました</translation>
    </message>
    <message>
        <source>The prompt library was not saved: {reason}</source>
        <translation>プロンプトライブラリを保存できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation>何もインポートされませんでした。{problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>何もインポートされませんでした: {problem}。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln prompt(s) from {file}</source>
        <translation>
            <numerusform>{file} から %Ln 件のプロンプトをインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported} ({skipped} already in the library)</source>
        <translation>{imported} (ライブラリに既にある {skipped} 件はスキップ)</translation>
    </message>
    <message>
        <source>The prompts were not exported: {reason}</source>
        <translation>プロンプトをエクスポートできませんでした: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln prompt(s) to {file}</source>
        <translation>
            <numerusform>%Ln 件のプロンプトを {file} にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Started over in a new conversation (same system prompt)</source>
        <translation>新しい会話でやり直しました (同じシステムプロンプト)</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>モデル: {model}</translation>
    </message>
    <message>
        <source>System prompt set for this conversation</source>
        <translation>この会話のシステムプロンプトを設定しました</translation>
    </message>
    <message>
        <source>chatdesk quick ask</source>
        <translation>chatdesk クイック質問</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>The reply was cut off: Open in chatdesk to retry or continue.</source>
        <translation>応答が途中で切れました。「chatdesk で開く」から再試行するか、続きを生成してください。</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>応答に失敗しました。</translation>
    </message>
    <message>
        <source>Ask…  (Enter sends, Shift+Enter: new line, Esc hides)</source>
        <translation>質問…  (Enter で送信、Shift+Enter で改行、Esc で隠す)</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The quick-ask window&apos;s answer pane, as a screen reader names it.</extracomment>
        <translation>回答</translation>
    </message>
    <message>
        <source>&amp;Open in chatdesk</source>
        <translation>chatdesk で開く(&amp;O)</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>メインウィンドウでこの会話を続ける (Ctrl+O)</translation>
    </message>
    <message>
        <source>Starting… your question goes as soon as chatdesk is ready.</source>
        <translation>起動中… chatdesk の準備ができ次第、質問を送信します。</translation>
    </message>
    <message>
        <source>chatdesk is still writing a reply; Esc in its window stops it. Press Enter again when it is done.</source>
        <translation>chatdesk はまだ応答を作成中です。そのウィンドウで Esc を押すと停止できます。完了したらもう一度 Enter を押してください。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <comment>an error&apos;s title and message</comment>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>~30 repaints a second while streaming. A streaming reply is saved this often, so a crash loses at most this much text.</extracomment>
        <translation>サーバーを待っています…</translation>
    </message>
    <message>
        <source>The model&apos;s reply: {problem}.</source>
        <translation>モデルの応答: {problem}。</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning… %Ln word(s)</source>
        <translation>
            <numerusform>推論中… %Ln 語</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s) · {rate} tokens/s</source>
        <translation>
            <numerusform>受信中… %Ln トークン · {rate} トークン/秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s)</source>
        <translation>
            <numerusform>受信中… %Ln トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) in {seconds} s…</source>
        <translation>{reason}: {seconds} 秒後に再試行します ({attempt}/{attempts} 回目)…</translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) now…</source>
        <translation>{reason}: 今すぐ再試行します ({attempt}/{attempts} 回目)…</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %Ln steps (the limit in Settings)</source>
        <translation>
            <numerusform>%Ln ステップで停止しました (設定の上限)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step} ({figures}): %Ln tool call(s)…</source>
        <translation>
            <numerusform>ステップ {step} ({figures}): ツール呼び出し %Ln 件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step}: %Ln tool call(s)…</source>
        <translation>
            <numerusform>ステップ {step}: ツール呼び出し %Ln 件…</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} The request offered tools, which this server or model may not take: turn tools off for this conversation (Tools, above the prompt) or pick another model.</source>
        <translation>{message} リクエストでツールを提供しましたが、このサーバーまたはモデルはツールに対応していない可能性があります。この会話でツールをオフにする (プロンプトの上の「ツール」) か、別のモデルを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s), at temperature {temperature}.</source>
        <extracomment>The most a server may ask the model to write, whatever it asks for.</extracomment>
        <translation>
            <numerusform>最大 %Ln トークンまで、温度 {temperature} で書きます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s).</source>
        <translation>
            <numerusform>最大 %Ln トークンまで書きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Let a tool use your model?</source>
        <translation>ツールにモデルの使用を許可しますか?</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>送信される内容</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>許可(&amp;A)</translation>
    </message>
    <message>
        <source>{server} asks {model} on {profile} to write a reply to:</source>
        <translation>{server} が {profile} の {model} に、次の内容への応答の作成を求めています:</translation>
    </message>
    <message>
        <source>⚠ Unencrypted connection: your key and messages travel in clear</source>
        <translation>⚠ 暗号化されていない接続: キーとメッセージが平文で送信されます</translation>
    </message>
    <message>
        <source>{url} uses http:// to another machine. Use https:// if it can.</source>
        <translation>{url} は別のマシンへの接続に http:// を使用しています。可能であれば https:// を使用してください。</translation>
    </message>
    <message>
        <source>⚠ TLS certificate checks are off</source>
        <translation>⚠ TLS 証明書の検証がオフです</translation>
    </message>
    <message>
        <source>Anyone on the network path can read and change traffic. Turn checks back on in Settings, adding the server&apos;s CA file if needed.</source>
        <translation>ネットワーク経路上の誰もが通信を読み取り、改ざんできます。設定で検証をオンに戻し、必要に応じてサーバーの CA ファイルを追加してください。</translation>
    </message>
    <message>
        <source>Your settings could not be read ({error}), so chatdesk started with the default ones and will not save over them until it restarts. Check that settings.json in the config folder is readable.</source>
        <translation>設定を読み込めませんでした ({error})。chatdesk は既定の設定で起動し、再起動するまで設定ファイルを上書きしません。設定フォルダーの settings.json が読み取れるか確認してください。</translation>
    </message>
    <message>
        <source>Your settings could not be saved ({error}). They apply until you quit; check that the config folder is writable.</source>
        <translation>設定を保存できませんでした ({error})。設定は終了するまで有効です。設定フォルダーに書き込みできるか確認してください。</translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation>キーリングでエラーが発生しました。</translation>
    </message>
    <message>
        <source>The request failed ({error}).</source>
        <translation>リクエストに失敗しました ({error})。</translation>
    </message>
    <message>
        <source>The server profile for this conversation</source>
        <translation>この会話のサーバープロファイル</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>The model for this conversation (type any id the server takes)</source>
        <translation>この会話のモデル (サーバーが受け付ける任意の ID を入力できます)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available</source>
        <translation>
            <numerusform>%Ln 個のモデルが利用可能</numerusform>
        </translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>Rename this profile…</source>
        <translation>このプロファイルの名前を変更…</translation>
    </message>
    <message>
        <source>Delete this profile…</source>
        <translation>このプロファイルを削除…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>プロファイル名の変更</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its key in the keyring?</source>
        <translation>プロファイル「{name}」とキーリング内のキーを削除しますか?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>chatdesk settings</source>
        <translation>chatdesk の設定</translation>
    </message>
    <message>
        <source>sk-…  (leave empty for a local server that needs no key)</source>
        <translation>sk-…  (キー不要のローカルサーバーでは空欄のまま)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the API key as plain text</source>
        <translation>API キーをプレーンテキストで表示</translation>
    </message>
    <message>
        <source>Using OPENAI_API_KEY from the environment for this session. Save to store a key in the system keyring instead.</source>
        <translation>このセッションでは環境変数の OPENAI_API_KEY を使用しています。保存すると、代わりにキーをシステムのキーリングに保存します。</translation>
    </message>
    <message>
        <source>The key is stored in your system keyring, never in a file.</source>
        <translation>キーはファイルではなく、システムのキーリングに保存されます。</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>Fill the list from the server&apos;s /models</source>
        <translation>サーバーの /models から一覧を取得</translation>
    </message>
    <message>
        <source>Optional instructions sent before every conversation</source>
        <translation>すべての会話の前に送信される指示 (任意)</translation>
    </message>
    <message>
        <source>Optional, comma-separated (e.g. USER: for base models)</source>
        <translation>任意、カンマ区切り (例: ベースモデル用の USER:)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>The conversation&apos;s text size, in percent of the system&apos;s (Ctrl+= / Ctrl+- / Ctrl+0)</source>
        <translation>会話の文字サイズ。システムの文字サイズに対するパーセントで指定 (Ctrl+= / Ctrl+- / Ctrl+0)</translation>
    </message>
    <message>
        <source>Tool steps per turn</source>
        <translation>1 ターンあたりのツールステップ数</translation>
    </message>
    <message>
        <source>Requests one reply may make while the model uses tools (each round of tool calls is one more) before it is stopped</source>
        <translation>モデルがツールを使う間に、1 つの応答が停止されるまでに送れるリクエスト数 (ツール呼び出しの 1 ラウンドごとに 1 つ増えます)</translation>
    </message>
    <message>
        <source>Stream replies as they are written</source>
        <translation>応答を生成中に逐次表示する</translation>
    </message>
    <message>
        <source>C&amp;lose to the tray: closing the window keeps chatdesk running</source>
        <translation>トレイに格納(&amp;L): ウィンドウを閉じても chatdesk を実行し続ける</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing quits.</source>
        <translation>このデスクトップはトレイアイコンを表示しないため、閉じると終了します。</translation>
    </message>
    <message>
        <source>T&amp;ool steps per turn:</source>
        <translation>1 ターンあたりのツールステップ数(&amp;O):</translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy (e.g. socks5h://host:1080)</source>
        <translation>空欄: システムのプロキシ (例: socks5h://host:1080)</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>プロキシのユーザー名</translation>
    </message>
    <message>
        <source>user name, if the proxy asks</source>
        <translation>プロキシが要求する場合のユーザー名</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>kept in the keyring; empty: unchanged</source>
        <translation>キーリングに保存。空欄: 変更なし</translation>
    </message>
    <message>
        <source>PEM file of extra trusted certificate authorities</source>
        <translation>追加で信頼する認証局の PEM ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Verify TLS certificates (strongly recommended)</source>
        <translation>TLS 証明書を検証する (強く推奨)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>システムプロンプト(&amp;Y):</translation>
    </message>
    <message>
        <source>Sto&amp;p sequences:</source>
        <translation>停止シーケンス(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外観(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>文字サイズ(&amp;T):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G):</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>プロキシ(&amp;X):</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>このセッションで使用</translation>
    </message>
    <message>
        <source>⚠ This is http:// to another machine: the key and your messages travel unencrypted. Use https:// if the server offers it.</source>
        <translation>⚠ 別のマシンへの http:// 接続です。キーとメッセージは暗号化されずに送信されます。サーバーが https:// に対応している場合はそちらを使用してください。</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>認証局</translation>
    </message>
    <message>
        <source>PEM certificates</source>
        <translation>PEM 証明書</translation>
    </message>
    <message>
        <source>Turn off certificate checks?</source>
        <translation>証明書の検証をオフにしますか?</translation>
    </message>
    <message>
        <source>Without checking certificates, anyone on the network path can read and change what you send, your API key included. Prefer adding the server&apos;s CA file.

Turn verification off anyway?</source>
        <translation>証明書を検証しないと、ネットワーク経路上の誰もが API キーを含む送信内容を読み取り、改ざんできます。サーバーの CA ファイルを追加することをお勧めします。

それでも検証をオフにしますか?</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>サーバーに接続中…</translation>
    </message>
    <message>
        <source>✗ {title}: {message}</source>
        <translation>✗ {title}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: the server lists %Ln model(s).</source>
        <translation>
            <numerusform>✓ 接続しました: サーバーに %Ln 個のモデルがあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available.</source>
        <translation>
            <numerusform>%Ln 個のモデルが利用可能です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+K)</source>
        <translation>すべての会話を検索 (Ctrl+K)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>ピン留め / 解除</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>検索対象</translation>
    </message>
    <message>
        <source>In all conversations</source>
        <translation>すべての会話</translation>
    </message>
    <message>
        <source>In {project}</source>
        <translation>{project} 内</translation>
    </message>
    <message>
        <source>Search in {project} (Ctrl+K)</source>
        <translation>{project} 内を検索 (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新しいプロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;New conversation here</source>
        <translation>ここに新しい会話(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>プロジェクトの設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export project…</source>
        <translation>プロジェクトをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>プロジェクトを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb</comment>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>ピン留めを解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>ピン留め(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Move to project</source>
        <translation>プロジェクトへ移動(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;No project</source>
        <translation>プロジェクトなし(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>「{title}」とそのすべてのメッセージを削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>会話を削除</translation>
    </message>
    <message>
        <source>Text size {percent} %, the largest</source>
        <extracomment>The sizes Ctrl+= and Ctrl+- step through, in percent (as browsers do).</extracomment>
        <translation>文字サイズ {percent} % (最大)</translation>
    </message>
    <message>
        <source>Text size {percent} %, the smallest</source>
        <translation>文字サイズ {percent} % (最小)</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>文字サイズ {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>… ({count} more characters)</source>
        <extracomment>Arguments shown in the dialog, at most (the rest is cut, and said to be).</extracomment>
        <translation>
            <numerusform>… (残り {count} 文字)</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow this tool call?</source>
        <translation>このツール呼び出しを許可しますか?</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>ツール:</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(説明なし)</translation>
    </message>
    <message>
        <source>What it does:</source>
        <translation>機能:</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>今回のみ許可(&amp;A)</translation>
    </message>
    <message>
        <source>Always allow this &amp;tool</source>
        <translation>このツールを常に許可(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>拒否(&amp;D)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Which tools (MCP servers) this conversation may use</source>
        <translation>この会話で使用できるツール (MCP サーバー)</translation>
    </message>
    <message>
        <source>Tools ({offered}/{total})</source>
        <translation>ツール ({offered}/{total})</translation>
    </message>
    <message>
        <source>No MCP servers yet</source>
        <translation>MCP サーバーはまだありません</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln 個のツール</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP servers…</source>
        <translation>MCP サーバー…</translation>
    </message>
    <message>
        <source>Local command (stdio)</source>
        <translation>ローカルコマンド (stdio)</translation>
    </message>
    <message>
        <source>Remote (HTTP)</source>
        <translation>リモート (HTTP)</translation>
    </message>
    <message>
        <source>Remote (SSE)</source>
        <translation>リモート (SSE)</translation>
    </message>
    <message>
        <source>&lt;in the keyring&gt;</source>
        <extracomment>Shown in place of a value kept in the keyring (``tr`` it where it is shown).</extracomment>
        <translation>&lt;キーリング内&gt;</translation>
    </message>
    <message>
        <source>Tools: MCP servers</source>
        <translation>ツール: MCP サーバー</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP サーバー</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Enable/&amp;disable</source>
        <translation>有効/無効(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>再起動(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paste mcp.json…</source>
        <translation>mcp.json を貼り付け(&amp;P)…</translation>
    </message>
    <message>
        <source>Servers are kept in {path} (Claude Desktop&apos;s shape).</source>
        <translation>サーバーは {path} に保存されます (Claude Desktop と同じ形式)。</translation>
    </message>
    <message numerus="yes">
        <source>ready, %Ln tool(s)</source>
        <translation>
            <numerusform>準備完了、%Ln 個のツール</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste mcp.json</source>
        <translation>mcp.json を貼り付け</translation>
    </message>
    <message>
        <source>That is not JSON: {problem}</source>
        <translation>JSON ではありません: {problem}</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>MCP サーバー</translation>
    </message>
    <message>
        <source>NAME=value, one per line (headers for remote servers)</source>
        <translation>NAME=value 形式で 1 行に 1 つ (リモートサーバーの場合はヘッダー)</translation>
    </message>
    <message>
        <source>API_TOKEN=…, one per line: kept in the system keyring</source>
        <translation>API_TOKEN=…、1 行に 1 つ: システムのキーリングに保管されます</translation>
    </message>
    <message>
        <source>These values are kept in the system keyring; mcp.json keeps only a reference</source>
        <translation>これらの値はシステムのキーリングに保管され、mcp.json には参照だけが残ります</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>コマンド(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>引数(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>作業フォルダー(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Environment or headers:</source>
        <translation>環境変数またはヘッダー(&amp;E):</translation>
    </message>
    <message>
        <source>Secret &amp;values (system keyring):</source>
        <translation>秘密の値（システムのキーリング）(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Timeout per call:</source>
        <translation>呼び出しごとのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quick ask</source>
        <translation>クイック質問(&amp;Q)</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近の会話</translation>
    </message>
    <message>
        <source>&amp;Show chatdesk</source>
        <translation>chatdesk を表示(&amp;S)</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>終了(&amp;U)</translation>
    </message>
    <message>
        <source>chatdesk is still running</source>
        <translation>chatdesk は実行中です</translation>
    </message>
    <message>
        <source>Closing the window keeps chatdesk in the tray. Quit it from the tray&apos;s menu or with Ctrl+Q; Settings turns this off.</source>
        <translation>ウィンドウを閉じても chatdesk はトレイに残ります。終了するにはトレイのメニューを使うか、Ctrl+Q を押してください。この動作は設定でオフにできます。</translation>
    </message>
    <message numerus="yes">
        <source>Reply finished in {seconds} s · %Ln step(s)</source>
        <translation>
            <numerusform>応答完了 ({seconds} 秒 · %Ln ステップ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply finished in {seconds} s</source>
        <translation>応答完了 ({seconds} 秒)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>(deleted server)</source>
        <translation>(削除されたサーバー)</translation>
    </message>
    <message>
        <source>(server not recorded)</source>
        <translation>(サーバーの記録なし)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>日別</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>月別</translation>
    </message>
    <message>
        <source>Usage totals</source>
        <translation>使用量の合計</translation>
    </message>
    <message>
        <source>Replies whose server reported no usage are estimated (marked ~). Costs use the price table (History &gt; Prices…): its built-in prices only on the servers that charge them, your own everywhere; without a price, tokens only. Replies count under the server their conversation was last used with.</source>
        <translation>サーバーが使用量を報告しなかった応答は推定値です (~ 付き)。コストは料金表 (履歴 &gt; 料金…) で計算されます。組み込みの料金はその料金を請求するサーバーでのみ、ご自身で設定した料金はすべてのサーバーで適用されます。料金がない場合はトークン数のみです。応答は、その会話で最後に使用されたサーバーに計上されます。</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>合計:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month of a year in the usage table, as a Qt date format</comment>
        <extracomment>A Qt date format: MMMM the month&apos;s name, M its number, yyyy the year, &apos;text&apos; as is.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) shown.</source>
        <translation>
            <numerusform>%Ln 件のメッセージを表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>{title}, pinned</source>
        <translation>{title}、ピン留め済み</translation>
    </message>
    <message>
        <source>{sender}, message {number}</source>
        <translation>{sender}、メッセージ {number}</translation>
    </message>
    <message>
        <source>{link}, link</source>
        <translation>{link}、リンク</translation>
    </message>
    <message>
        <source>{link}, link, your message</source>
        <translation>{link}、リンク、あなたのメッセージ</translation>
    </message>
    <message>
        <source>{link}, link, {sender}&apos;s message</source>
        <translation>{link}、リンク、{sender} のメッセージ</translation>
    </message>
    <message>
        <source>Alt+Down and Alt+Up move between messages; Tab moves through their links.</source>
        <translation>Alt+Down と Alt+Up でメッセージ間を移動し、Tab でリンク間を移動します。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Enter で送信、Shift+Enter で改行します。</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>メッセージを送信 (Enter)</translation>
    </message>
    <message>
        <source>Attach images, documents or text files; pasting files works too.</source>
        <translation>画像、文書、テキストファイルを添付 (ファイルの貼り付けも可能)</translation>
    </message>
    <message>
        <source>Fix what the banner reports</source>
        <translation>バナーに表示された問題を修正</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>サーバープロファイル</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>プロファイルの管理</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>モデル一覧を更新</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>すべての会話を検索</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>ステータスバー</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Actual text size</source>
        <translation>標準の文字サイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>次のペイン(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;revious pane</source>
        <translation>前のペイン(&amp;R)</translation>
    </message>
    <message>
        <source>Next &amp;message</source>
        <translation>次のメッセージ(&amp;M)</translation>
    </message>
    <message>
        <source>Pre&amp;vious message</source>
        <translation>前のメッセージ(&amp;V)</translation>
    </message>
    <message>
        <source>No presets yet (Message &gt; Conversation settings…)</source>
        <translation>プリセットはまだありません (メッセージ &gt; 会話の設定…)</translation>
    </message>
    <message>
        <source>New conversation from “{name}”</source>
        <translation>「{name}」から新しい会話</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <source>chatdesk or ChatGPT export</source>
        <translation>chatdesk または ChatGPT のエクスポート</translation>
    </message>
    <message>
        <source>Nothing to export: this conversation is empty.</source>
        <translation>エクスポートするものがありません: この会話は空です。</translation>
    </message>
    <message>
        <source>conversation</source>
        <comment>default file name</comment>
        <translation>会話</translation>
    </message>
    <message>
        <source>chatdesk-history</source>
        <comment>default file name</comment>
        <translation>chatdesk-履歴</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>キーは保存されませんでした</translation>
    </message>
    <message>
        <source>{problem}

The key you entered is used until you quit chatdesk.</source>
        <translation>{problem}

入力したキーは chatdesk を終了するまで使用されます。</translation>
    </message>
    <message>
        <source>About chatdesk</source>
        <translation>chatdesk について</translation>
    </message>
    <message>
        <source>chatdesk {version}
A native chat client for OpenAI-compatible servers.</source>
        <translation>chatdesk {version}
OpenAI 互換サーバー用のネイティブなチャットクライアント。</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>新しい会話(&amp;N)</translation>
    </message>
    <message>
        <source>New conversation from &amp;preset</source>
        <translation>プリセットから新しい会話(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>すべての会話をエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP servers)…</source>
        <translation>ツール (MCP サーバー)(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>会話を検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Usage…</source>
        <translation>使用量(&amp;U)…</translation>
    </message>
    <message>
        <source>P&amp;rices…</source>
        <translation>料金(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About chatdesk</source>
        <translation>chatdesk について(&amp;A)</translation>
    </message>
    <message>
        <source>Conversation &amp;settings…</source>
        <translation>会話の設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>最後の応答をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>応答を再生成(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ontinue reply</source>
        <translation>応答を続ける(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>最後のメッセージを編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete last message</source>
        <translation>最後のメッセージを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Previous version</source>
        <translation>前のバージョン(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next version</source>
        <translation>次のバージョン(&amp;N)</translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation>モデルを比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Prompt &amp;library…</source>
        <translation>プロンプトライブラリ(&amp;L)…</translation>
    </message>
    <message>
        <source>{server} · {prompt}</source>
        <extracomment>A server&apos;s prompt in the &quot;/&quot; popup: the MCP server&apos;s name, then the prompt&apos;s title.</extracomment>
        <translation>{server} · {prompt}</translation>
    </message>
    <message>
        <source>Getting the prompt “{prompt}” from {server}…</source>
        <translation>{server} からプロンプト「{prompt}」を取得しています…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” did not send the prompt “{prompt}” within {seconds} s. Choose it again to retry; a slow server can be given more time with its “timeout” in mcp.json.</source>
        <translation>MCP サーバー「{server}」は {seconds} 秒以内にプロンプト「{prompt}」を送信しませんでした。もう一度選ぶと再試行します。遅いサーバーには mcp.json の「timeout」で時間を延ばせます。</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running ({reason}), so its prompt “{prompt}” was not inserted. Restart it in File › Tools (MCP servers)…</source>
        <translation>MCP サーバー「{server}」が動作していない ({reason}) ため、プロンプト「{prompt}」は挿入されませんでした。ファイル › ツール (MCP サーバー)… で再起動してください。</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running, so its prompt “{prompt}” was not inserted. Check it in File › Tools (MCP servers)…</source>
        <translation>MCP サーバー「{server}」が動作していないため、プロンプト「{prompt}」は挿入されませんでした。ファイル › ツール (MCP サーバー)… で確認してください。</translation>
    </message>
    <message>
        <source>The MCP server “{server}” could not give the prompt “{prompt}”: {reason}. Choose it again to retry, or restart the server in File › Tools (MCP servers)…</source>
        <translation>MCP サーバー「{server}」はプロンプト「{prompt}」を返せませんでした: {reason}。もう一度選ぶと再試行します。または ファイル › ツール (MCP サーバー)… でサーバーを再起動してください。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>{name} (required)</source>
        <extracomment>A required argument of a server&apos;s prompt, in the dialog that asks for them.</extracomment>
        <translation>{name} (必須)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>挿入(&amp;I)</translation>
    </message>
    <message>
        <source>chatdesk hit a bug ({error}). It is not a problem with your server, disk or network, and trying again will not help. The log has the details (Help &gt; Open log folder): please report the bug with it.</source>
        <extracomment>While a stream keeps sending, its items reach the UI thread at most this often.</extracomment>
        <translation>chatdesk でバグが発生しました ({error})。サーバー、ディスク、ネットワークの問題ではないため、再試行しても解決しません。詳細はログにあります (ヘルプ &gt; ログフォルダーを開く)。ログを添えてバグを報告してください。</translation>
    </message>
    <message numerus="yes">
        <source>{prompt} prompt + {completion} completion = {total} token(s)</source>
        <translation>
            <numerusform>プロンプト {prompt} + 生成 {completion} = {total} トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>Western</source>
        <translation>西ヨーロッパ</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>中央ヨーロッパ</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>キリル文字</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ギリシャ語</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ヘブライ語</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>アラビア語</translation>
    </message>
    <message>
        <source>Baltic</source>
        <translation>バルト語</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Chinese Simplified</source>
        <translation>簡体字中国語</translation>
    </message>
    <message>
        <source>Chinese Traditional</source>
        <translation>繁体字中国語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Read &amp;as</source>
        <translation>エンコーディングを指定して読む(&amp;A)</translation>
    </message>
    <message>
        <source>{region} ({encoding})</source>
        <comment>an encoding: Western (Windows-1252)</comment>
        <translation>{region} ({encoding})</translation>
    </message>
</context>
</TS>
