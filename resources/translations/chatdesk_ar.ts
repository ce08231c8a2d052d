<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>The window&apos;s language; a change applies when chatdesk starts again.</source>
        <translation>لغة النافذة؛ يسري التغيير عند تشغيل chatdesk مرة أخرى.</translation>
    </message>
    <message>
        <source>A native desktop chat client for OpenAI-compatible servers. Without a command, the window opens.</source>
        <translation>عميل دردشة أصلي لسطح المكتب للخوادم المتوافقة مع OpenAI. دون أمر، تُفتح النافذة.</translation>
    </message>
    <message>
        <source>add chatdesk and its icon to this user&apos;s application menu, then exit</source>
        <translation>إضافة chatdesk وأيقونته إلى قائمة تطبيقات هذا المستخدم، ثم الخروج</translation>
    </message>
    <message>
        <source>open the quick-ask window (for a desktop keyboard shortcut); a running chatdesk opens it at once</source>
        <translation>فتح نافذة السؤال السريع (لاختصار لوحة مفاتيح على سطح المكتب)؛ إن كان chatdesk قيد التشغيل فإنه يفتحها فورًا</translation>
    </message>
    <message>
        <source>use the &apos;Local&apos; profile at URL, an OpenAI-compatible server needing no key (scripts/run.sh --local starts one with a small model and passes this)</source>
        <translation>استخدام ملف التعريف &apos;Local&apos; على URL، وهو خادم متوافق مع OpenAI لا يحتاج إلى مفتاح (الأمر scripts/run.sh --local يشغّل خادمًا كهذا بنموذج صغير ويمرّر هذا الخيار)</translation>
    </message>
    <message>
        <source>write conversations as Markdown or JSON</source>
        <translation>كتابة المحادثات بتنسيق Markdown أو JSON</translation>
    </message>
    <message>
        <source>one conversation (its id or a prefix)</source>
        <translation>محادثة واحدة (معرّفها أو بادئة منه)</translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation>الملف المراد الكتابة إليه (الافتراضي: stdout)</translation>
    </message>
    <message>
        <source>import a chatdesk JSON or ChatGPT export</source>
        <translation>استيراد ملف JSON من chatdesk أو ملف تصدير من ChatGPT</translation>
    </message>
    <message>
        <source>the history was damaged and moved to {path}</source>
        <translation>تضرّر السجل ونُقل إلى {path}</translation>
    </message>
    <message>
        <source>no single conversation matches “{query}”</source>
        <translation>لا توجد محادثة واحدة تطابق «{query}»</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s).</source>
        <translation>
            <numerusform>تم تصدير %Ln محادثة.</numerusform>
            <numerusform>تم تصدير %Ln محادثة.</numerusform>
            <numerusform>تم تصدير %Ln محادثتين.</numerusform>
            <numerusform>تم تصدير %Ln محادثات.</numerusform>
            <numerusform>تم تصدير %Ln محادثة.</numerusform>
            <numerusform>تم تصدير %Ln محادثة.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not install the desktop entry: {error}</source>
        <translation>تعذّر تثبيت مُدخل سطح المكتب: {error}</translation>
    </message>
    <message>
        <source>Installed {path} and the chatdesk icon; it appears in the application menu.</source>
        <translation>تم تثبيت {path} وأيقونة chatdesk؛ سيظهر في قائمة التطبيقات.</translation>
    </message>
    <message>
        <source>{name} is a folder; only files can be attached</source>
        <translation>{name} مجلد؛ يمكن إرفاق الملفات فقط</translation>
    </message>
    <message>
        <source>{name} is a pipe; only files can be attached</source>
        <translation>{name} أنبوب (pipe)؛ يمكن إرفاق الملفات فقط</translation>
    </message>
    <message>
        <source>{name} is a socket; only files can be attached</source>
        <translation>{name} مقبس (socket)؛ يمكن إرفاق الملفات فقط</translation>
    </message>
    <message>
        <source>{name} is a device; only files can be attached</source>
        <translation>{name} جهاز؛ يمكن إرفاق الملفات فقط</translation>
    </message>
    <message>
        <source>{name} is not a regular file; only files can be attached</source>
        <translation>{name} ليس ملفًا عاديًا؛ يمكن إرفاق الملفات فقط</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB, too large to attach</source>
        <translation>حجم {name} أكبر من {size} ميغابايت، وهو أكبر من أن يُرفق</translation>
    </message>
    <message>
        <source>{name} is {size} MB; images can be at most {most} MB</source>
        <translation>حجم {name} هو {size} ميغابايت؛ الحد الأقصى للصور {most} ميغابايت</translation>
    </message>
    <message>
        <source>{name} looks like a {kind} image but its header is damaged</source>
        <translation>يبدو {name} صورة {kind} لكن رأسها تالف</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels); images can be at most {most} megapixels (the server scales them to 2048 pixels anyway): resize it first</source>
        <translation>أبعاد {name} هي {width}×{height} بكسل ({megapixels} ميغابكسل)؛ الحد الأقصى للصور {most} ميغابكسل (والخادم يصغّرها إلى 2048 بكسل على أي حال): غيّر حجمها أولًا</translation>
    </message>
    <message>
        <source>{name} is {size} KB; text files can be at most {most} KB (attach the part that matters)</source>
        <translation>حجم {name} هو {size} كيلوبايت؛ الحد الأقصى للملفات النصية {most} كيلوبايت (أرفق الجزء المهم منه)</translation>
    </message>
    <message>
        <source>{name} is neither an image (PNG, JPEG, GIF, WebP) nor UTF-8 text</source>
        <translation>{name} ليس صورة (PNG أو JPEG أو GIF أو WebP) ولا نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>{name}: its text is {size} KB; at most {most} KB of text go with one file (choose fewer pages)</source>
        <translation>{name}: حجم نصه {size} كيلوبايت؛ الحد الأقصى للنص المرسَل مع ملف واحد {most} كيلوبايت (اختر صفحات أقل)</translation>
    </message>
    <message>
        <source>{name}: {size} KB of text; one file can bring at most {most} KB</source>
        <translation>{name}: {size} كيلوبايت من النص؛ الحد الأقصى للملف الواحد {most} كيلوبايت</translation>
    </message>
    <message numerus="yes">
        <source>{name}: ~%Ln token(s); the model&apos;s context is {context} tokens and one file may take at most ~{most}</source>
        <translation>
            <numerusform>{name}: ~%Ln رمز؛ سياق النموذج {context} رمز، والحد الأقصى للملف الواحد ~{most}</numerusform>
            <numerusform>{name}: ~%Ln رمز؛ سياق النموذج {context} رمز، والحد الأقصى للملف الواحد ~{most}</numerusform>
            <numerusform>{name}: ~%Ln رمزان؛ سياق النموذج {context} رمز، والحد الأقصى للملف الواحد ~{most}</numerusform>
            <numerusform>{name}: ~%Ln رموز؛ سياق النموذج {context} رمز، والحد الأقصى للملف الواحد ~{most}</numerusform>
            <numerusform>{name}: ~%Ln رمزًا؛ سياق النموذج {context} رمز، والحد الأقصى للملف الواحد ~{most}</numerusform>
            <numerusform>{name}: ~%Ln رمز؛ سياق النموذج {context} رمز، والحد الأقصى للملف الواحد ~{most}</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation {number}</source>
        <extracomment>Where a problem is in an imported file: its 3rd conversation.</extracomment>
        <translation>المحادثة {number}</translation>
    </message>
    <message>
        <source>{where}: not an object</source>
        <translation>{where}: ليس كائنًا</translation>
    </message>
    <message>
        <source>{where} (“{title}”)</source>
        <translation>{where} («{title}»)</translation>
    </message>
    <message>
        <source>{where}: “mapping” is missing or not an object</source>
        <translation>{where}: «mapping» مفقود أو ليس كائنًا</translation>
    </message>
    <message>
        <source>{where}: “current_node” does not name a node in “mapping”</source>
        <translation>{where}: «current_node» لا يشير إلى عقدة في «mapping»</translation>
    </message>
    <message>
        <source>{where}: the parent links loop at node {node}</source>
        <translation>{where}: روابط الأصل تدور في حلقة عند العقدة {node}</translation>
    </message>
    <message>
        <source>{where}: node {node} is missing from “mapping”</source>
        <translation>{where}: العقدة {node} مفقودة من «mapping»</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <translation>محادثة ChatGPT</translation>
    </message>
    <message>
        <source>{where}, node {node}</source>
        <translation>{where}، العقدة {node}</translation>
    </message>
    <message>
        <source>{where}: message id {message_id} appears twice</source>
        <translation>{where}: معرّف الرسالة {message_id} مكرر مرتين</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>رُفض مفتاح API</translation>
    </message>
    <message>
        <source>Model or endpoint not found</source>
        <translation>لم يُعثر على النموذج أو نقطة النهاية</translation>
    </message>
    <message>
        <source>The conversation is too long for this model</source>
        <translation>المحادثة أطول من أن يستوعبها هذا النموذج</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>رفض الخادم الطلب</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>تم تجاوز حد معدل الطلبات</translation>
    </message>
    <message>
        <source>The server had a problem</source>
        <translation>واجه الخادم مشكلة</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>تعذّر الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>لم يستجب الخادم في الوقت المحدد</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read</source>
        <translation>تعذّرت قراءة رد الخادم</translation>
    </message>
    <message>
        <source>The server sent an empty reply</source>
        <translation>أرسل الخادم ردًا فارغًا</translation>
    </message>
    <message>
        <source>The reply was cut off</source>
        <translation>انقطع الرد</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>لا تتوفر حلقة مفاتيح للنظام</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>مشكلة في السجل</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>تعذّر الإرفاق</translation>
    </message>
    <message>
        <source>The base URL needs a change</source>
        <translation>يجب تعديل عنوان URL الأساسي</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>خطأ داخلي</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <extracomment>An error&apos;s title and the HTTP status code the server answered with (404).</extracomment>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>{advice} The server said: “{message}”</source>
        <translation>{advice} قال الخادم: «{message}»</translation>
    </message>
    <message>
        <source>Check the API key in Settings (Ctrl+,).</source>
        <translation>تحقق من مفتاح API في الإعدادات (Ctrl+,).</translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password: check them in Settings.</source>
        <translation>طلب الوكيل اسم مستخدم وكلمة مرور: تحقق منهما في الإعدادات.</translation>
    </message>
    <message>
        <source>The server has no model “{model}” or no endpoint at {url}. Check the model name and the base URL in Settings.</source>
        <translation>لا يوفّر الخادم نموذجًا باسم «{model}» أو نقطة نهاية على {url}. تحقق من اسم النموذج وعنوان URL الأساسي في الإعدادات.</translation>
    </message>
    <message>
        <source>Too many requests or quota exhausted; wait a moment, then retry.</source>
        <translation>طلبات كثيرة جدًا أو نفدت الحصة؛ انتظر قليلًا ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This is usually temporary: retry in a moment.</source>
        <translation>هذا مؤقت عادةً: أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>Start a new conversation or shorten your message.</source>
        <translation>ابدأ محادثة جديدة أو اختصر رسالتك.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>لم يذكر الخادم سببًا.</translation>
    </message>
    <message>
        <source>The server reported an error mid-reply: “{message}”</source>
        <translation>أبلغ الخادم عن خطأ في أثناء الرد: «{message}»</translation>
    </message>
    <message>
        <source>{where}: “{name}” is missing</source>
        <translation>{where}: «{name}» مفقود</translation>
    </message>
    <message>
        <source>{where}: “{name}” has the wrong type</source>
        <translation>{where}: نوع «{name}» غير صحيح</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a duration ({value})</source>
        <translation>{where}: «{name}» ليس مدة ({value})</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a token count ({value})</source>
        <translation>{where}: «{name}» ليس عددًا للرموز ({value})</translation>
    </message>
    <message>
        <source>{where}, attachment {number}</source>
        <translation>{where}، المرفق {number}</translation>
    </message>
    <message>
        <source>{where}: not an image or text attachment</source>
        <translation>{where}: ليس مرفقًا من نوع صورة أو نص</translation>
    </message>
    <message>
        <source>{where}: its data is not base64</source>
        <translation>{where}: بياناته ليست بترميز base64</translation>
    </message>
    <message>
        <source>{where}: larger than {size} KB</source>
        <translation>{where}: أكبر من {size} كيلوبايت</translation>
    </message>
    <message>
        <source>{where}: a text file that is not UTF-8</source>
        <translation>{where}: ملف نصي ليس بترميز UTF-8</translation>
    </message>
    <message>
        <source>{where}: unknown role “{role}”</source>
        <translation>{where}: دور غير معروف «{role}»</translation>
    </message>
    <message>
        <source>{where}: unknown status “{status}”</source>
        <translation>{where}: حالة غير معروفة «{status}»</translation>
    </message>
    <message>
        <source>{where}: a tool result without its call</source>
        <translation>{where}: نتيجة أداة دون استدعائها</translation>
    </message>
    <message>
        <source>{where}: “{name}” is empty</source>
        <translation>{where}: «{name}» فارغ</translation>
    </message>
    <message>
        <source>{where}, message {number}</source>
        <translation>{where}، الرسالة {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is also message {number}&apos;s</source>
        <translation>{where}: معرّفه «{uid}» هو أيضًا معرّف الرسالة {number}</translation>
    </message>
    <message>
        <source>“projects” is not a list</source>
        <translation>«projects» ليس قائمة</translation>
    </message>
    <message>
        <source>project {number}</source>
        <translation>المشروع {number}</translation>
    </message>
    <message>
        <source>{where}: its uid “{uid}” is used twice</source>
        <translation>{where}: المعرّف «{uid}» مستخدم مرتين</translation>
    </message>
    <message>
        <source>this file is chatdesk export version {version}; this chatdesk reads up to version {supported}</source>
        <translation>هذا الملف تصدير من chatdesk بالإصدار {version}؛ وهذا الإصدار من chatdesk يقرأ حتى الإصدار {supported}</translation>
    </message>
    <message>
        <source>“conversations” is missing or not a list</source>
        <translation>«conversations» مفقود أو ليس قائمة</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a time ({value})</source>
        <translation>{where}: «{name}» ليس وقتًا ({value})</translation>
    </message>
    <message>
        <source>not a chatdesk export or a ChatGPT conversations.json (expected an object with &quot;format&quot;: &quot;chatdesk&quot;, or a list of conversations)</source>
        <translation>ليس ملف تصدير من chatdesk ولا ملف conversations.json من ChatGPT (المتوقع كائن فيه &quot;format&quot;: &quot;chatdesk&quot;، أو قائمة محادثات)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (invalid byte at offset {offset})</source>
        <translation>ليس نصًا بترميز UTF-8 (بايت غير صالح عند الإزاحة {offset})</translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export</source>
        <translation>تداخُله أعمق من أن يكون ملف تصدير</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation>ليس JSON صالحًا ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Last reply ({figures}, %Ln step(s))</source>
        <translation>
            <numerusform>آخر رد ({figures}، %Ln خطوة)</numerusform>
            <numerusform>آخر رد ({figures}، %Ln خطوة)</numerusform>
            <numerusform>آخر رد ({figures}، %Ln خطوتان)</numerusform>
            <numerusform>آخر رد ({figures}، %Ln خطوات)</numerusform>
            <numerusform>آخر رد ({figures}، %Ln خطوة)</numerusform>
            <numerusform>آخر رد ({figures}، %Ln خطوة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reply: {figures}</source>
        <translation>آخر رد: {figures}</translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed ({cost})</source>
        <translation>
            <numerusform>المحادثة: {tokens} رمز مفوتَر ({cost})</numerusform>
            <numerusform>المحادثة: {tokens} رمز مفوتَر ({cost})</numerusform>
            <numerusform>المحادثة: {tokens} رمزان مفوتَران ({cost})</numerusform>
            <numerusform>المحادثة: {tokens} رموز مفوتَرة ({cost})</numerusform>
            <numerusform>المحادثة: {tokens} رمزًا مفوتَرًا ({cost})</numerusform>
            <numerusform>المحادثة: {tokens} رمز مفوتَر ({cost})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation: {tokens} token(s) billed</source>
        <translation>
            <numerusform>المحادثة: {tokens} رمز مفوتَر</numerusform>
            <numerusform>المحادثة: {tokens} رمز مفوتَر</numerusform>
            <numerusform>المحادثة: {tokens} رمزان مفوتَران</numerusform>
            <numerusform>المحادثة: {tokens} رموز مفوتَرة</numerusform>
            <numerusform>المحادثة: {tokens} رمزًا مفوتَرًا</numerusform>
            <numerusform>المحادثة: {tokens} رمز مفوتَر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ≥ ~%Ln token(s)</source>
        <extracomment>How long the conversation is: what the next request sends (~: estimated; ≥: more of it is still in the history).</extracomment>
        <translation>
            <numerusform>الطلب التالي ≥ ~%Ln رمز</numerusform>
            <numerusform>الطلب التالي ≥ ~%Ln رمز</numerusform>
            <numerusform>الطلب التالي ≥ ~%Ln رمزان</numerusform>
            <numerusform>الطلب التالي ≥ ~%Ln رموز</numerusform>
            <numerusform>الطلب التالي ≥ ~%Ln رمزًا</numerusform>
            <numerusform>الطلب التالي ≥ ~%Ln رمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request ~%Ln token(s)</source>
        <translation>
            <numerusform>الطلب التالي ~%Ln رمز</numerusform>
            <numerusform>الطلب التالي ~%Ln رمز</numerusform>
            <numerusform>الطلب التالي ~%Ln رمزان</numerusform>
            <numerusform>الطلب التالي ~%Ln رموز</numerusform>
            <numerusform>الطلب التالي ~%Ln رمزًا</numerusform>
            <numerusform>الطلب التالي ~%Ln رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>[image: {description}]</source>
        <translation>[صورة: {description}]</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Above a code block whose language is not named.</extracomment>
        <translation>شيفرة</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The link above a code block that copies the code.
----------
The links in a message&apos;s header, by verb (English, marked: ``tr`` them when shown).</extracomment>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>temperature</source>
        <extracomment>A request parameter as an error names it (&quot;temperature must be a number&quot;).</extracomment>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>top p</source>
        <translation>top p</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>الحد الأقصى للرموز</translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation>عقوبة الحضور</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>عقوبة التكرار</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>{parameter} must be a whole number</source>
        <translation>يجب أن تكون قيمة {parameter} عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{parameter} must be a number</source>
        <translation>يجب أن تكون قيمة {parameter} رقمًا</translation>
    </message>
    <message>
        <source>{parameter} must be a finite number</source>
        <translation>يجب أن تكون قيمة {parameter} رقمًا محدودًا</translation>
    </message>
    <message>
        <source>{parameter} must be between {low} and {high}</source>
        <translation>يجب أن تكون قيمة {parameter} بين {low} و{high}</translation>
    </message>
    <message>
        <source>{parameter} must be at least {low}</source>
        <translation>يجب ألا تقل قيمة {parameter} عن {low}</translation>
    </message>
    <message>
        <source>${amount}</source>
        <extracomment>A cost in US dollars.</extracomment>
        <translation>${amount}</translation>
    </message>
    <message>
        <source>&lt;${amount}</source>
        <extracomment>A cost too small to show: less than $0.0001.</extracomment>
        <translation>أقل من ${amount}</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>بدء محادثة جديدة</translation>
    </message>
    <message>
        <source>Choose the model (or type /model name)</source>
        <translation>اختيار النموذج (أو اكتب /model متبوعًا بالاسم)</translation>
    </message>
    <message>
        <source>This conversation&apos;s system prompt (or type /system text)</source>
        <translation>موجّه النظام لهذه المحادثة (أو اكتب /system متبوعًا بالنص)</translation>
    </message>
    <message>
        <source>Start over: a new conversation with this one&apos;s system prompt and parameters</source>
        <translation>البدء من جديد: محادثة جديدة بموجّه النظام والمعاملات نفسها</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>تصدير هذه المحادثة</translation>
    </message>
    <message>
        <source>{description}: {argument}</source>
        <extracomment>A command in the &quot;/&quot; popup and what was typed after it (/model gpt-4o).</extracomment>
        <translation>{description}: {argument}</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>حجمه أكبر من {size} ميغابايت</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>ليس JSON صالحًا (السطر {line}، العمود {column}: {problem})</translation>
    </message>
    <message>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>ليس JSON صالحًا (التداخل عميق جدًا)</translation>
    </message>
    <message>
        <source>it is not a chatdesk prompt library (format {value})</source>
        <translation>ليس مكتبة موجّهات chatdesk (التنسيق {value})</translation>
    </message>
    <message>
        <source>“version” is not a number ({value})</source>
        <translation>«version» ليس رقمًا ({value})</translation>
    </message>
    <message>
        <source>it was written by a newer chatdesk (library version {version}; this one reads version {supported})</source>
        <translation>كتبه إصدار أحدث من chatdesk (إصدار المكتبة {version}؛ وهذا الإصدار يقرأ الإصدار {supported})</translation>
    </message>
    <message>
        <source>it has no “prompts” list</source>
        <translation>لا يحتوي على قائمة «prompts»</translation>
    </message>
    <message>
        <source>“prompts” is not a list ({value})</source>
        <translation>«prompts» ليس قائمة ({value})</translation>
    </message>
    <message numerus="yes">
        <source>it holds %Ln prompt(s); at most {most} are kept</source>
        <translation>
            <numerusform>يحتوي على %Ln موجّه؛ يُحتفظ بـ {most} منها كحد أقصى</numerusform>
            <numerusform>يحتوي على %Ln موجّه؛ يُحتفظ بـ {most} منها كحد أقصى</numerusform>
            <numerusform>يحتوي على %Ln موجّهين؛ يُحتفظ بـ {most} منها كحد أقصى</numerusform>
            <numerusform>يحتوي على %Ln موجّهات؛ يُحتفظ بـ {most} منها كحد أقصى</numerusform>
            <numerusform>يحتوي على %Ln موجّهًا؛ يُحتفظ بـ {most} منها كحد أقصى</numerusform>
            <numerusform>يحتوي على %Ln موجّه؛ يُحتفظ بـ {most} منها كحد أقصى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} (“{name}”) is %Ln character(s) long; at most {most}</source>
        <translation>
            <numerusform>طول {where} («{name}») هو %Ln حرف؛ الحد الأقصى {most}</numerusform>
            <numerusform>طول {where} («{name}») هو %Ln حرف؛ الحد الأقصى {most}</numerusform>
            <numerusform>طول {where} («{name}») هو %Ln حرفان؛ الحد الأقصى {most}</numerusform>
            <numerusform>طول {where} («{name}») هو %Ln أحرف؛ الحد الأقصى {most}</numerusform>
            <numerusform>طول {where} («{name}») هو %Ln حرفًا؛ الحد الأقصى {most}</numerusform>
            <numerusform>طول {where} («{name}») هو %Ln حرف؛ الحد الأقصى {most}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the library would hold more than %Ln prompt(s)</source>
        <translation>
            <numerusform>ستحتوي المكتبة على أكثر من %Ln موجّه</numerusform>
            <numerusform>ستحتوي المكتبة على أكثر من %Ln موجّه</numerusform>
            <numerusform>ستحتوي المكتبة على أكثر من %Ln موجّهين</numerusform>
            <numerusform>ستحتوي المكتبة على أكثر من %Ln موجّهات</numerusform>
            <numerusform>ستحتوي المكتبة على أكثر من %Ln موجّهًا</numerusform>
            <numerusform>ستحتوي المكتبة على أكثر من %Ln موجّه</numerusform>
        </translation>
    </message>
    <message>
        <source>prompt {number}</source>
        <extracomment>Where a problem is in a prompt library file: its 3rd prompt.</extracomment>
        <translation>الموجّه {number}</translation>
    </message>
    <message>
        <source>{where} is not an object ({value})</source>
        <translation>{where} ليس كائنًا ({value})</translation>
    </message>
    <message>
        <source>{where}: “name” is missing or not text ({value})</source>
        <translation>{where}: «name» مفقود أو ليس نصًا ({value})</translation>
    </message>
    <message>
        <source>{where} (“{name}”): “text” is missing or not text</source>
        <translation>{where} («{name}»): «text» مفقود أو ليس نصًا</translation>
    </message>
    <message>
        <source>{where}: “name” is empty</source>
        <translation>{where}: «name» فارغ</translation>
    </message>
    <message>
        <source>Saved prompt</source>
        <translation>موجّه محفوظ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>The server sent a line longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>أرسل الخادم سطرًا أطول من {size} ميبيبايت، وهذا ما لا يحتاجه أي بث دردشة؛ فأُوقف الرد عند هذا الحد. تحقق من أن عنوان URL الأساسي يشير إلى API متوافقة مع OpenAI.</translation>
    </message>
    <message>
        <source>The server sent an event longer than {size} MiB, which no chat stream needs; the reply was stopped there. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>أرسل الخادم حدثًا أطول من {size} ميبيبايت، وهذا ما لا يحتاجه أي بث دردشة؛ فأُوقف الرد عند هذا الحد. تحقق من أن عنوان URL الأساسي يشير إلى API متوافقة مع OpenAI.</translation>
    </message>
    <message>
        <source>{problem} Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>{problem} تحقق من أن عنوان URL الأساسي يشير إلى API متوافقة مع OpenAI.</translation>
    </message>
    <message>
        <source>The server answered but sent nothing. If the conversation is long, it may not fit the model&apos;s context: start a new one or shorten it.</source>
        <translation>استجاب الخادم لكنه لم يرسل شيئًا. إن كانت المحادثة طويلة فقد لا تتسع في سياق النموذج: ابدأ محادثة جديدة أو اختصرها.</translation>
    </message>
    <message>
        <source>A streamed event is not JSON.</source>
        <translation>أحد الأحداث المبثوثة ليس JSON.</translation>
    </message>
    <message>
        <source>The reply is not JSON.</source>
        <translation>الرد ليس JSON.</translation>
    </message>
    <message>
        <source>A streamed event is an unexpected JSON value.</source>
        <translation>أحد الأحداث المبثوثة قيمة JSON غير متوقعة.</translation>
    </message>
    <message>
        <source>The reply is an unexpected JSON value.</source>
        <translation>الرد قيمة JSON غير متوقعة.</translation>
    </message>
    <message>
        <source>The reply has no choices.</source>
        <translation>لا يحتوي الرد على أي خيارات (choices).</translation>
    </message>
    <message numerus="yes">
        <source>the model asked for more than %Ln tool call(s) at once</source>
        <translation>
            <numerusform>طلب النموذج أكثر من %Ln استدعاء أداة في وقت واحد</numerusform>
            <numerusform>طلب النموذج أكثر من %Ln استدعاء أداة في وقت واحد</numerusform>
            <numerusform>طلب النموذج أكثر من %Ln استدعاءين للأدوات في وقت واحد</numerusform>
            <numerusform>طلب النموذج أكثر من %Ln استدعاءات أدوات في وقت واحد</numerusform>
            <numerusform>طلب النموذج أكثر من %Ln استدعاءً للأدوات في وقت واحد</numerusform>
            <numerusform>طلب النموذج أكثر من %Ln استدعاء أداة في وقت واحد</numerusform>
        </translation>
    </message>
    <message>
        <source>a tool call&apos;s arguments are larger than chatdesk accepts</source>
        <translation>وسائط أحد استدعاءات الأدوات أكبر مما يقبله chatdesk</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password (user:password@). Remove them from the URL and put the key in the API key field.</source>
        <translation>يجب ألا يحتوي عنوان URL الأساسي على اسم مستخدم أو كلمة مرور (user:password@). احذفهما من العنوان وضع المفتاح في حقل مفتاح API.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>يجب أن يبدأ عنوان URL الأساسي بـ http:// أو https://</translation>
    </message>
    <message>
        <source>The base URL has no host name</source>
        <translation>لا يحتوي عنوان URL الأساسي على اسم مضيف</translation>
    </message>
    <message>
        <source>The proxy must start with http://, https://, socks5:// or socks5h://</source>
        <translation>يجب أن يبدأ الوكيل بـ http:// أو https:// أو socks5:// أو socks5h://</translation>
    </message>
    <message>
        <source>The proxy has no host name</source>
        <translation>لا يحتوي الوكيل على اسم مضيف</translation>
    </message>
    <message>
        <source>Put the proxy&apos;s user name and password in their own fields, not in the URL</source>
        <translation>ضع اسم مستخدم الوكيل وكلمة مروره في حقليهما، لا في عنوان URL</translation>
    </message>
    <message>
        <source>This server does not offer the model {model}. Choose one of its models ({models}) in the Model box above the prompt, then send again.</source>
        <extracomment>How many of the server&apos;s models an error message names.</extracomment>
        <translation>لا يوفّر هذا الخادم النموذج {model}. اختر أحد نماذجه ({models}) في مربع النموذج فوق حقل الموجّه، ثم أرسل مرة أخرى.</translation>
    </message>
    <message>
        <source>{name} is an old binary Office file (.doc, .xls or .ppt): save it as .docx, .xlsx, .pptx or PDF first</source>
        <translation>{name} ملف Office ثنائي قديم (.doc أو .xls أو .ppt): احفظه أولًا بتنسيق .docx أو .xlsx أو .pptx أو PDF</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive</source>
        <translation>{name} تالف أو ليس أرشيفًا صالحًا</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a document chatdesk reads (PDF, Word, PowerPoint, Excel, OpenDocument, EPUB)</source>
        <translation>{name} أرشيف ZIP، وليس مستندًا يقرؤه chatdesk (PDF أو Word أو PowerPoint أو Excel أو OpenDocument أو EPUB)</translation>
    </message>
    <message>
        <source>{name} is protected by a password</source>
        <translation>{name} محمي بكلمة مرور</translation>
    </message>
    <message>
        <source>{name} has no text layer (scanned pages)</source>
        <translation>لا يحتوي {name} على طبقة نص (صفحات ممسوحة ضوئيًا)</translation>
    </message>
    <message>
        <source>{name} took longer than {seconds} s to read; it is too large or damaged</source>
        <translation>استغرقت قراءة {name} أكثر من {seconds} ث؛ فهو كبير جدًا أو تالف</translation>
    </message>
    <message>
        <source>{name} holds more than {millions} million characters of text, too much to attach</source>
        <translation>يحتوي {name} على أكثر من {millions} مليون حرف من النص، وهذا أكثر من أن يُرفق</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>نص OpenDocument</translation>
    </message>
    <message>
        <source>{name} has no slides</source>
        <translation>لا يحتوي {name} على شرائح</translation>
    </message>
    <message>
        <source>OpenDocument presentation</source>
        <translation>عرض تقديمي OpenDocument</translation>
    </message>
    <message>
        <source>{name} could not be read: the PDF reader stopped on it; it may be damaged or built to attack PDF readers</source>
        <translation>تعذّرت قراءة {name}: توقف قارئ PDF عنده؛ ربما يكون تالفًا أو مصنوعًا لمهاجمة قارئات PDF</translation>
    </message>
    <message>
        <source>{name} could not be read: chatdesk could not start its PDF reader</source>
        <translation>تعذّرت قراءة {name}: لم يتمكن chatdesk من تشغيل قارئ PDF الخاص به</translation>
    </message>
    <message>
        <source>{name} needs more memory than chatdesk allows for a document ({size} GB); it may be damaged or built to exhaust memory</source>
        <translation>يحتاج {name} إلى ذاكرة أكثر مما يسمح به chatdesk لمستند واحد ({size} غيغابايت)؛ ربما يكون تالفًا أو مصنوعًا لاستنفاد الذاكرة</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way chatdesk cannot open</source>
        <translation>{name} مشفّر بطريقة لا يستطيع chatdesk فتحها</translation>
    </message>
    <message>
        <source>{name} is damaged or not a PDF ({error})</source>
        <translation>{name} تالف أو ليس ملف PDF ({error})</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln page(s); at most {limit} can be read</source>
        <translation>
            <numerusform>يحتوي {name} على %Ln صفحة؛ يمكن قراءة {limit} منها كحد أقصى</numerusform>
            <numerusform>يحتوي {name} على %Ln صفحة؛ يمكن قراءة {limit} منها كحد أقصى</numerusform>
            <numerusform>يحتوي {name} على %Ln صفحتين؛ يمكن قراءة {limit} منها كحد أقصى</numerusform>
            <numerusform>يحتوي {name} على %Ln صفحات؛ يمكن قراءة {limit} منها كحد أقصى</numerusform>
            <numerusform>يحتوي {name} على %Ln صفحةً؛ يمكن قراءة {limit} منها كحد أقصى</numerusform>
            <numerusform>يحتوي {name} على %Ln صفحة؛ يمكن قراءة {limit} منها كحد أقصى</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged: none of its pages can be read</source>
        <translation>{name} تالف: لا يمكن قراءة أي من صفحاته</translation>
    </message>
    <message>
        <source>{name} has no text to extract</source>
        <translation>لا يحتوي {name} على نص لاستخراجه</translation>
    </message>
    <message>
        <source>{name}: a page could not be rendered ({error})</source>
        <translation>{name}: تعذّر تصيير إحدى الصفحات ({error})</translation>
    </message>
    <message>
        <source>it declares its own entities (a document type with an internal subset)</source>
        <translation>يعرّف كياناته الخاصة (نوع مستند بمجموعة فرعية داخلية)</translation>
    </message>
    <message>
        <source>it declares entities</source>
        <translation>يعرّف كيانات</translation>
    </message>
    <message>
        <source>it refers to external entities</source>
        <translation>يشير إلى كيانات خارجية</translation>
    </message>
    <message>
        <source>its elements nest more than {limit} deep</source>
        <translation>تتداخل عناصره بعمق يتجاوز {limit} مستوى</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} is unsafe ({reason})</source>
        <translation>تتعذّر قراءة {name}: الجزء {part} غير آمن ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is not valid XML ({error}, line {line})</source>
        <translation>{name} تالف: الجزء {part} ليس XML صالحًا ({error}، السطر {line})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} cannot be read ({error})</source>
        <translation>{name} تالف: تتعذّر قراءة الجزء {part} ({error})</translation>
    </message>
    <message>
        <source>{name} cannot be read: {part} nests too deeply</source>
        <translation>تتعذّر قراءة {name}: تداخل الجزء {part} عميق جدًا</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds more than %Ln file(s); not read</source>
        <translation>
            <numerusform>يحتوي {name} على أكثر من %Ln ملف؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln ملف؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln ملفين؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln ملفات؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln ملفًا؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln ملف؛ لم تتم قراءته</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid archive ({error})</source>
        <translation>{name} تالف أو ليس أرشيفًا صالحًا ({error})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is missing</source>
        <translation>{name} تالف: الجزء {part} مفقود</translation>
    </message>
    <message>
        <source>{name} is encrypted; save it without a password first</source>
        <translation>{name} مشفّر؛ احفظه أولًا دون كلمة مرور</translation>
    </message>
    <message>
        <source>{name} is too large to read: {part} inflates to {size} MB (at most {limit} MB)</source>
        <translation>{name} أكبر من أن يُقرأ: يتمدد الجزء {part} إلى {size} ميغابايت (الحد الأقصى {limit} ميغابايت)</translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: {part} inflates {ratio} times (to {size} MB); not read</source>
        <translation>يبدو {name} قنبلة ZIP: يتمدد الجزء {part} {ratio} مرة (إلى {size} ميغابايت)؛ لم تتم قراءته</translation>
    </message>
    <message>
        <source>{name} is too large to read: its parts inflate to more than {limit} MB</source>
        <translation>{name} أكبر من أن يُقرأ: تتمدد أجزاؤه إلى أكثر من {limit} ميغابايت</translation>
    </message>
    <message>
        <source>{name} inflates past its limit</source>
        <translation>يتمدد {name} إلى ما يتجاوز حده</translation>
    </message>
    <message>
        <source>{name} is damaged: its main part is missing</source>
        <translation>{name} تالف: جزؤه الرئيسي مفقود</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>لا يحتوي {name} على أوراق</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln filled cell(s), too many to attach: save the part that matters as CSV</source>
        <translation>
            <numerusform>يحتوي {name} على أكثر من %Ln خلية ممتلئة، وهذا أكثر من أن يُرفق: احفظ الجزء المهم بتنسيق CSV</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln خلية ممتلئة، وهذا أكثر من أن يُرفق: احفظ الجزء المهم بتنسيق CSV</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln خليتين ممتلئتين، وهذا أكثر من أن يُرفق: احفظ الجزء المهم بتنسيق CSV</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln خلايا ممتلئة، وهذا أكثر من أن يُرفق: احفظ الجزء المهم بتنسيق CSV</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln خليةً ممتلئة، وهذا أكثر من أن يُرفق: احفظ الجزء المهم بتنسيق CSV</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln خلية ممتلئة، وهذا أكثر من أن يُرفق: احفظ الجزء المهم بتنسيق CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln sheet(s); not read</source>
        <translation>
            <numerusform>يحتوي {name} على أكثر من %Ln ورقة؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln ورقة؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln ورقتين؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln أوراق؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln ورقةً؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln ورقة؛ لم تتم قراءته</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>جدول بيانات OpenDocument</translation>
    </message>
    <message>
        <source>{name} is not valid CSV ({error})</source>
        <translation>{name} ليس CSV صالحًا ({error})</translation>
    </message>
    <message>
        <source>{name} has no cells with text</source>
        <translation>لا يحتوي {name} على خلايا فيها نص</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>جدول CSV</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln slide(s); not read</source>
        <translation>
            <numerusform>يحتوي {name} على أكثر من %Ln شريحة؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln شريحة؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln شريحتين؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln شرائح؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln شريحةً؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln شريحة؛ لم تتم قراءته</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>عرض تقديمي PowerPoint</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} (byte 0x{byte} at position {position}); pick another encoding</source>
        <translation>{name} ليس {encoding} صالحًا (البايت 0x{byte} في الموضع {position})؛ اختر ترميزًا آخر</translation>
    </message>
    <message>
        <source>{name} read as {encoding} is not text but binary data; pick another encoding</source>
        <translation>{name} عند قراءته بترميز {encoding} ليس نصًا بل بيانات ثنائية؛ اختر ترميزًا آخر</translation>
    </message>
    <message>
        <source>{name} is neither an image, a document chatdesk reads, nor text in an encoding that could be detected</source>
        <translation>{name} ليس صورة، ولا مستندًا يقرؤه chatdesk، ولا نصًا بترميز أمكن التعرّف عليه</translation>
    </message>
    <message>
        <source>{name} is too large: {millions} million characters of HTML</source>
        <translation>{name} كبير جدًا: {millions} مليون حرف من HTML</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>لا يحتوي {name} على نص</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>صفحة ويب</translation>
    </message>
    <message>
        <source>{name} is protected by DRM; its text cannot be read</source>
        <translation>{name} محمي بإدارة الحقوق الرقمية (DRM)؛ لا يمكن قراءة نصه</translation>
    </message>
    <message numerus="yes">
        <source>{name} has more than %Ln section(s); not read</source>
        <translation>
            <numerusform>يحتوي {name} على أكثر من %Ln قسم؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln قسم؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln قسمين؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln أقسام؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln قسمًا؛ لم تتم قراءته</numerusform>
            <numerusform>يحتوي {name} على أكثر من %Ln قسم؛ لم تتم قراءته</numerusform>
        </translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>كتاب EPUB</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>The reply is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>الرد كبير جدًا (أكثر من {size} ميغابايت)، لذا توقف chatdesk عن قراءته. تحقق من أن عنوان URL الأساسي يشير إلى API متوافقة مع OpenAI.</translation>
    </message>
    <message>
        <source>Expected a stream of events but got {content_type}: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>كان المتوقع بثًا من الأحداث لكن وصل {content_type}: «{message}». تحقق من عنوان URL الأساسي، أو أوقف البث في الإعدادات.</translation>
    </message>
    <message>
        <source>Expected a stream of events but got untyped data: “{message}”. Check the base URL, or turn streaming off in Settings.</source>
        <translation>كان المتوقع بثًا من الأحداث لكن وصلت بيانات بلا نوع: «{message}». تحقق من عنوان URL الأساسي، أو أوقف البث في الإعدادات.</translation>
    </message>
    <message>
        <source>The server closed the stream before the reply was finished. The partial reply is kept; Retry asks again.</source>
        <translation>أغلق الخادم البث قبل اكتمال الرد. احتُفظ بالرد الجزئي؛ و«إعادة المحاولة» تطلبه من جديد.</translation>
    </message>
    <message>
        <source>{host} took longer than {seconds} s to answer in full. The server may be overloaded or very slow: retry in a moment, and check the base URL.</source>
        <translation>استغرق {host} أكثر من {seconds} ث ليُكمل إجابته. قد يكون الخادم مثقلًا أو بطيئًا جدًا: أعد المحاولة بعد قليل، وتحقق من عنوان URL الأساسي.</translation>
    </message>
    <message>
        <source>Connecting to {host} took longer than {seconds} s. Check your network connection and the base URL.</source>
        <translation>استغرق الاتصال بـ {host} أكثر من {seconds} ث. تحقق من اتصالك بالشبكة ومن عنوان URL الأساسي.</translation>
    </message>
    <message>
        <source>{host} accepted the request but sent nothing for {seconds} s. The server may be overloaded: retry in a moment.</source>
        <translation>قبِل {host} الطلب لكنه لم يرسل شيئًا طوال {seconds} ث. قد يكون الخادم مثقلًا: أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it asked for a user name and password. Check the proxy, its user name and password in Settings.</source>
        <translation>تعذّر الوصول إلى {host} عبر الوكيل: طلب الوكيل اسم مستخدم وكلمة مرور. تحقق من الوكيل واسم المستخدم وكلمة المرور في الإعدادات.</translation>
    </message>
    <message>
        <source>Could not reach {host} through the proxy: it did not answer. Check the proxy, its user name and password in Settings.</source>
        <translation>تعذّر الوصول إلى {host} عبر الوكيل: لم يستجب الوكيل. تحقق من الوكيل واسم المستخدم وكلمة المرور في الإعدادات.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate is not trusted or TLS failed. If the server uses its own certificate authority, add its CA file in Settings.</source>
        <translation>فشل الاتصال الآمن بـ {host}: شهادته غير موثوقة أو فشل TLS. إن كان الخادم يستخدم جهة إصدار شهادات خاصة به، فأضف ملف CA الخاص بها في الإعدادات.</translation>
    </message>
    <message>
        <source>The host name {host} could not be found. Check your internet connection and the base URL in Settings.</source>
        <translation>تعذّر العثور على اسم المضيف {host}. تحقق من اتصالك بالإنترنت ومن عنوان URL الأساسي في الإعدادات.</translation>
    </message>
    <message>
        <source>Nothing is listening at {host}: is the server running? Check the base URL in Settings.</source>
        <translation>لا شيء يستمع على {host}: هل الخادم قيد التشغيل؟ تحقق من عنوان URL الأساسي في الإعدادات.</translation>
    </message>
    <message>
        <source>The connection to {host} failed. Check your network connection and the base URL.</source>
        <translation>فشل الاتصال بـ {host}. تحقق من اتصالك بالشبكة ومن عنوان URL الأساسي.</translation>
    </message>
    <message>
        <source>“{url}” is not a valid URL. Fix the base URL.</source>
        <translation>«{url}» ليس عنوان URL صالحًا. صحّح عنوان URL الأساسي.</translation>
    </message>
    <message>
        <source>The request to {host} failed ({error}).</source>
        <translation>فشل الطلب إلى {host} ({error}).</translation>
    </message>
    <message>
        <source>The server stopped sending for {seconds} s. The partial reply is kept; Retry asks again.</source>
        <translation>توقف الخادم عن الإرسال لمدة {seconds} ث. احتُفظ بالرد الجزئي؛ و«إعادة المحاولة» تطلبه من جديد.</translation>
    </message>
    <message>
        <source>The server sent nothing for {seconds} s. It may be overloaded: retry.</source>
        <translation>لم يرسل الخادم شيئًا لمدة {seconds} ث. قد يكون مثقلًا: أعد المحاولة.</translation>
    </message>
    <message>
        <source>The connection broke before the reply started. Check your network and retry.</source>
        <translation>انقطع الاتصال قبل بدء الرد. تحقق من شبكتك وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The connection broke during the reply. The partial reply is kept; Retry asks again.</source>
        <translation>انقطع الاتصال في أثناء الرد. احتُفظ بالرد الجزئي؛ و«إعادة المحاولة» تطلبه من جديد.</translation>
    </message>
    <message>
        <source>The model list from {url} is too large (over {size} MB), so chatdesk stopped reading it. Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>قائمة النماذج من {url} كبيرة جدًا (أكثر من {size} ميغابايت)، لذا توقف chatdesk عن قراءتها. تحقق من أن عنوان URL الأساسي يشير إلى API متوافقة مع OpenAI.</translation>
    </message>
    <message>
        <source>{url} did not answer with JSON. Check the base URL.</source>
        <translation>لم يُجب {url} بتنسيق JSON. تحقق من عنوان URL الأساسي.</translation>
    </message>
    <message>
        <source>{url} did not answer with a model list.</source>
        <translation>لم يُجب {url} بقائمة نماذج.</translation>
    </message>
    <message>
        <source>{host} redirected the request to {target}. chatdesk sends your messages and key only to the server in the base URL: if {origin} is the right server, put its address in the base URL in Settings.</source>
        <translation>أعاد {host} توجيه الطلب إلى {target}. لا يرسل chatdesk رسائلك ومفتاحك إلا إلى الخادم المذكور في عنوان URL الأساسي: إن كان {origin} هو الخادم الصحيح، فضع عنوانه في عنوان URL الأساسي في الإعدادات.</translation>
    </message>
    <message numerus="yes">
        <source>{host} redirected more than %Ln times. Check the base URL in Settings.</source>
        <translation>
            <numerusform>أعاد {host} التوجيه أكثر من %Ln مرة. تحقق من عنوان URL الأساسي في الإعدادات.</numerusform>
            <numerusform>أعاد {host} التوجيه أكثر من %Ln مرة. تحقق من عنوان URL الأساسي في الإعدادات.</numerusform>
            <numerusform>أعاد {host} التوجيه أكثر من %Ln مرتين. تحقق من عنوان URL الأساسي في الإعدادات.</numerusform>
            <numerusform>أعاد {host} التوجيه أكثر من %Ln مرات. تحقق من عنوان URL الأساسي في الإعدادات.</numerusform>
            <numerusform>أعاد {host} التوجيه أكثر من %Ln مرة. تحقق من عنوان URL الأساسي في الإعدادات.</numerusform>
            <numerusform>أعاد {host} التوجيه أكثر من %Ln مرة. تحقق من عنوان URL الأساسي في الإعدادات.</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no keyring service (such as GNOME Keyring or KWallet) running. Your key can be used for this session only; it will not be saved.</source>
        <translation>لا تعمل على هذا النظام أي خدمة لحلقة المفاتيح (مثل GNOME Keyring أو KWallet). يمكن استخدام مفتاحك في هذه الجلسة فقط؛ ولن يُحفظ.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it, or use the key for this session only.</source>
        <translation>حلقة مفاتيح النظام مقفلة. افتح قفلها، أو استخدم المفتاح في هذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>The system keyring refused the request ({error}). Your key can be used for this session only; it will not be saved.</source>
        <translation>رفضت حلقة مفاتيح النظام الطلب ({error}). يمكن استخدام مفتاحك في هذه الجلسة فقط؛ ولن يُحفظ.</translation>
    </message>
    <message>
        <source>{file} must be a JSON object with an &quot;mcpServers&quot; object in it</source>
        <translation>يجب أن يكون {file} كائن JSON يحتوي على كائن &quot;mcpServers&quot;</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; in {file} must be an object of servers by name</source>
        <translation>يجب أن يكون &quot;{key}&quot; في {file} كائنًا من الخوادم مفهرسة بأسمائها</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>تعذّرت قراءة {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason}</source>
        <translation>{file} ليس JSON صالحًا: {reason}</translation>
    </message>
    <message>
        <source>There is already a server called &quot;{name}&quot;</source>
        <translation>يوجد بالفعل خادم باسم &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>There is no server called &quot;{name}&quot; in mcp.json</source>
        <translation>لا يوجد خادم باسم &quot;{name}&quot; في mcp.json</translation>
    </message>
    <message>
        <source>it did not start within {seconds} s</source>
        <translation>لم يبدأ خلال {seconds} ث</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>توقف الخادم</translation>
    </message>
    <message>
        <source>the server was killed (signal {signal})</source>
        <translation>أُنهي الخادم قسرًا (الإشارة {signal})</translation>
    </message>
    <message>
        <source>the server stopped (exit code {code})</source>
        <translation>توقف الخادم (رمز الخروج {code})</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: {problem}</source>
        <translation>الخادم &quot;{name}&quot;: {problem}</translation>
    </message>
    <message>
        <source>a server needs a name</source>
        <translation>يحتاج الخادم إلى اسم</translation>
    </message>
    <message>
        <source>must be an object with a command or a url</source>
        <translation>يجب أن يكون كائنًا يحتوي على أمر (command) أو عنوان (url)</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;stdio&quot;, &quot;http&quot;, &quot;streamable-http&quot; or &quot;sse&quot;</source>
        <translation>يجب أن تكون قيمة &quot;type&quot; إحدى القيم &quot;stdio&quot; أو &quot;http&quot; أو &quot;streamable-http&quot; أو &quot;sse&quot;</translation>
    </message>
    <message>
        <source>has both a &quot;command&quot; and a &quot;url&quot;: keep one</source>
        <translation>يحتوي على &quot;command&quot; و&quot;url&quot; معًا: أبقِ أحدهما فقط</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a web address</source>
        <translation>يجب أن يكون &quot;url&quot; عنوان ويب</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;stdio&quot; but a &quot;url&quot;; use &quot;http&quot; or remove &quot;type&quot;</source>
        <translation>قيمة &quot;type&quot; فيه هي &quot;stdio&quot; لكنه يحتوي على &quot;url&quot;؛ استخدم &quot;http&quot; أو احذف &quot;type&quot;</translation>
    </message>
    <message>
        <source>needs a &quot;command&quot; (a local server) or a &quot;url&quot; (a remote one)</source>
        <translation>يحتاج إلى &quot;command&quot; (لخادم محلي) أو &quot;url&quot; (لخادم بعيد)</translation>
    </message>
    <message>
        <source>has &quot;type&quot;: &quot;{type}&quot; but no &quot;url&quot;</source>
        <translation>قيمة &quot;type&quot; فيه هي &quot;{type}&quot; لكنه لا يحتوي على &quot;url&quot;</translation>
    </message>
    <message>
        <source>&quot;cwd&quot; must be a folder path</source>
        <translation>يجب أن يكون &quot;cwd&quot; مسار مجلد</translation>
    </message>
    <message>
        <source>&quot;url&quot; must start with https:// (got &quot;{url}&quot;)</source>
        <translation>يجب أن يبدأ &quot;url&quot; بـ https:// (القيمة الحالية &quot;{url}&quot;)</translation>
    </message>
    <message>
        <source>must use https:// (plain http:// only to this machine: localhost, 127.0.0.1)</source>
        <translation>يجب استخدام https:// (لا يُسمح بـ http:// العادي إلا لهذا الجهاز: localhost و127.0.0.1)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>يجب أن تكون قيمة &quot;{key}&quot; إما true أو false</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a number of seconds</source>
        <translation>يجب أن تكون قيمة &quot;timeout&quot; عددًا من الثواني</translation>
    </message>
    <message numerus="yes">
        <source>&quot;timeout&quot; must be more than 0 and at most %Ln second(s)</source>
        <translation>
            <numerusform>يجب أن تكون قيمة &quot;timeout&quot; أكبر من 0 وألا تتجاوز %Ln ثانية</numerusform>
            <numerusform>يجب أن تكون قيمة &quot;timeout&quot; أكبر من 0 وألا تتجاوز %Ln ثانية</numerusform>
            <numerusform>يجب أن تكون قيمة &quot;timeout&quot; أكبر من 0 وألا تتجاوز %Ln ثانيتين</numerusform>
            <numerusform>يجب أن تكون قيمة &quot;timeout&quot; أكبر من 0 وألا تتجاوز %Ln ثوانٍ</numerusform>
            <numerusform>يجب أن تكون قيمة &quot;timeout&quot; أكبر من 0 وألا تتجاوز %Ln ثانيةً</numerusform>
            <numerusform>يجب أن تكون قيمة &quot;timeout&quot; أكبر من 0 وألا تتجاوز %Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of strings</source>
        <translation>يجب أن يكون &quot;{key}&quot; قائمة من السلاسل النصية</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be an object of names and values</source>
        <translation>يجب أن يكون &quot;{key}&quot; كائنًا من الأسماء والقيم</translation>
    </message>
    <message>
        <source>{key} &quot;{name}&quot; must be a string or {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</source>
        <translation>يجب أن يكون {key} &quot;{name}&quot; سلسلة نصية أو {{&quot;keyring&quot;: &quot;&lt;name&gt;&quot;}}</translation>
    </message>
    <message>
        <source>&quot;the command&quot; was not found: is it installed, and on the PATH?</source>
        <translation>لم يُعثر على &quot;الأمر&quot;: هل هو مثبّت وموجود في PATH؟</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; was not found: is it installed, and on the PATH?</source>
        <translation>لم يُعثر على &quot;{command}&quot;: هل هو مثبّت وموجود في PATH؟</translation>
    </message>
    <message>
        <source>&quot;{command}&quot; cannot be run: {reason}</source>
        <translation>يتعذّر تشغيل &quot;{command}&quot;: {reason}</translation>
    </message>
    <message>
        <source>error {code}</source>
        <translation>الخطأ {code}</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>لم يستجب الخادم في الوقت المحدد</translation>
    </message>
    <message>
        <source>its certificate is not trusted ({error})</source>
        <translation>شهادته غير موثوقة ({error})</translation>
    </message>
    <message>
        <source>could not connect (connection refused)</source>
        <translation>تعذّر الاتصال (رُفض الاتصال)</translation>
    </message>
    <message>
        <source>could not connect ({error})</source>
        <translation>تعذّر الاتصال ({error})</translation>
    </message>
    <message>
        <source>the connection failed ({error})</source>
        <translation>فشل الاتصال ({error})</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>لم يستجب في الوقت المحدد</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is kept in the system keyring, but: {problem}</source>
        <translation>&quot;{name}&quot; محفوظ في حلقة مفاتيح النظام، لكن: {problem}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; should be in the system keyring (as {entry}) but is not there; enter it again in Settings &gt; Tools</source>
        <translation>يُفترض أن يكون &quot;{name}&quot; في حلقة مفاتيح النظام (باسم {entry}) لكنه غير موجود؛ أدخله مرة أخرى في الإعدادات &gt; الأدوات</translation>
    </message>
    <message>
        <source>Server &quot;{name}&quot;: &quot;{key}&quot; must be an object</source>
        <translation>الخادم &quot;{name}&quot;: يجب أن يكون &quot;{key}&quot; كائنًا</translation>
    </message>
    <message>
        <source>{problem} It was left as it is; your next change to the library keeps it as {name}.damaged-… and starts a new one.</source>
        <translation>{problem} تُرك كما هو؛ وعند تغييرك التالي للمكتبة سيُحتفظ به باسم {name}.damaged-… وتبدأ مكتبة جديدة.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is {size}, more than {limit}.</source>
        <translation>تعذّر استخدام مكتبة الموجّهات {name}: حجمها {size}، وهذا أكثر من {limit}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: {reason}.</source>
        <translation>تعذّر استخدام مكتبة الموجّهات {name}: {reason}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is larger than {limit}.</source>
        <translation>تعذّر استخدام مكتبة الموجّهات {name}: حجمها أكبر من {limit}.</translation>
    </message>
    <message>
        <source>The prompt library {name} could not be used: it is not UTF-8 text (byte {offset}).</source>
        <translation>تعذّر استخدام مكتبة الموجّهات {name}: ليست نصًا بترميز UTF-8 (البايت {offset}).</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation>لم يعد ذلك المشروع موجودًا.</translation>
    </message>
    <message>
        <source>There is no conversation {uid}.</source>
        <translation>لا توجد محادثة {uid}.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>السجل غير مفتوح.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be read ({error}) and could not be moved aside ({move_error}). Move it away yourself, then restart chatdesk.</source>
        <translation>تتعذّر قراءة ملف السجل {path} ({error}) وتعذّر نقله جانبًا ({move_error}). انقله بنفسك، ثم أعد تشغيل chatdesk.</translation>
    </message>
    <message>
        <source>Could not open the history</source>
        <extracomment>What a failed history job could not do, by the ``action`` its caller names it with (in English, for the log): each a whole clause for the user&apos;s language.</extracomment>
        <translation>تعذّر فتح السجل</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>تعذّرت قراءة السجل</translation>
    </message>
    <message>
        <source>Could not save the history</source>
        <translation>تعذّر حفظ السجل</translation>
    </message>
    <message>
        <source>Could not list conversations</source>
        <translation>تعذّر سرد المحادثات</translation>
    </message>
    <message>
        <source>Could not find the conversation</source>
        <translation>تعذّر العثور على المحادثة</translation>
    </message>
    <message>
        <source>Could not open the conversation</source>
        <translation>تعذّر فتح المحادثة</translation>
    </message>
    <message>
        <source>Could not save the conversation</source>
        <translation>تعذّر حفظ المحادثة</translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation>تعذّرت إعادة تسمية المحادثة</translation>
    </message>
    <message>
        <source>Could not pin the conversation</source>
        <translation>تعذّر تثبيت المحادثة</translation>
    </message>
    <message>
        <source>Could not move the conversation</source>
        <translation>تعذّر نقل المحادثة</translation>
    </message>
    <message>
        <source>Could not delete the conversation</source>
        <translation>تعذّر حذف المحادثة</translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation>تعذّر حفظ الرسالة</translation>
    </message>
    <message>
        <source>Could not save the reply</source>
        <translation>تعذّر حفظ الرد</translation>
    </message>
    <message>
        <source>Could not delete the message</source>
        <translation>تعذّر حذف الرسالة</translation>
    </message>
    <message>
        <source>Could not switch the branch</source>
        <translation>تعذّر التبديل إلى النسخة</translation>
    </message>
    <message>
        <source>Could not list projects</source>
        <translation>تعذّر سرد المشاريع</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>تعذّر حفظ المشروع</translation>
    </message>
    <message>
        <source>Could not delete the project</source>
        <translation>تعذّر حذف المشروع</translation>
    </message>
    <message>
        <source>Could not search</source>
        <translation>تعذّر البحث</translation>
    </message>
    <message>
        <source>Could not read usage</source>
        <translation>تعذّرت قراءة بيانات الاستخدام</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Could not {action}</source>
        <translation>تعذّر تنفيذ: {action}</translation>
    </message>
    <message>
        <source>{failed}: the history is locked by another program. Is another chatdesk writing to it? Try again in a moment.</source>
        <translation>{failed}: السجل مقفل من قِبل برنامج آخر. هل تكتب فيه نسخة أخرى من chatdesk؟ أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>{failed}: the disk is full. Free some space; nothing was damaged, and the last change will be saved with the next one.</source>
        <translation>{failed}: القرص ممتلئ. حرّر بعض المساحة؛ لم يتضرر شيء، وسيُحفظ آخر تغيير مع التغيير التالي.</translation>
    </message>
    <message>
        <source>{failed}: the history file is read-only. Check the data folder&apos;s permissions.</source>
        <translation>{failed}: ملف السجل للقراءة فقط. تحقق من أذونات مجلد البيانات.</translation>
    </message>
    <message>
        <source>{failed}: {error}.</source>
        <translation>{failed}: {error}.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>يحتاج المشروع إلى اسم.</translation>
    </message>
    <message>
        <source>The history was written by a newer chatdesk (schema {version}; this one knows {known}). Update chatdesk to open it.</source>
        <extracomment>Forward migrations; index + 1 is the schema version each one produces.</extracomment>
        <translation>كتب هذا السجلَ إصدارٌ أحدث من chatdesk (المخطط {version}؛ وهذا الإصدار يعرف {known}). حدّث chatdesk لفتحه.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source} ({skipped} already present).</source>
        <translation>
            <numerusform>تم استيراد %Ln محادثة من {source} ({skipped} موجودة بالفعل).</numerusform>
            <numerusform>تم استيراد %Ln محادثة من {source} ({skipped} موجودة بالفعل).</numerusform>
            <numerusform>تم استيراد %Ln محادثتين من {source} ({skipped} موجودة بالفعل).</numerusform>
            <numerusform>تم استيراد %Ln محادثات من {source} ({skipped} موجودة بالفعل).</numerusform>
            <numerusform>تم استيراد %Ln محادثة من {source} ({skipped} موجودة بالفعل).</numerusform>
            <numerusform>تم استيراد %Ln محادثة من {source} ({skipped} موجودة بالفعل).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversation(s) from {source}.</source>
        <translation>
            <numerusform>تم استيراد %Ln محادثة من {source}.</numerusform>
            <numerusform>تم استيراد %Ln محادثة من {source}.</numerusform>
            <numerusform>تم استيراد %Ln محادثتين من {source}.</numerusform>
            <numerusform>تم استيراد %Ln محادثات من {source}.</numerusform>
            <numerusform>تم استيراد %Ln محادثة من {source}.</numerusform>
            <numerusform>تم استيراد %Ln محادثة من {source}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}.</source>
        <translation>لم يُستورد {name}: {reason}.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>تعذّرت قراءته ({reason})</translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>لا توجد ذاكرة كافية لقراءته</translation>
    </message>
    <message>
        <source>it is {size} MiB; chatdesk imports files of up to {limit} MiB (split a ChatGPT conversations.json into several files)</source>
        <translation>حجمه {size} ميبيبايت؛ يستورد chatdesk ملفات يصل حجمها إلى {limit} ميبيبايت (قسّم ملف conversations.json من ChatGPT إلى عدة ملفات)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>تعذّرت الكتابة إلى {path}: {reason}.</translation>
    </message>
    <message>
        <source>the typesetter could not be started</source>
        <extracomment>Seconds one formula may take (the slowest of a 50-formula corpus takes ~40 ms on an idle machine; the child runs at a lower priority, so a busy one stretches that a lot). A longer source is not typeset (a model that writes 4,000 characters of one formula has usually lost its way; it stays readable as source).</extracomment>
        <translation>تعذّر تشغيل أداة تنضيد الصيغ</translation>
    </message>
    <message>
        <source>longer than {count} characters</source>
        <translation>أطول من {count} حرف</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغة</translation>
    </message>
    <message>
        <source>\end{{{name}}} does not close what was begun</source>
        <translation>\end{{{name}}} لا يُغلق ما فُتح</translation>
    </message>
    <message>
        <source>the {name} environment is not supported</source>
        <translation>البيئة {name} غير مدعومة</translation>
    </message>
    <message>
        <source>\begin{{{name}}} is never ended</source>
        <translation>\begin{{{name}}} لا يُغلق أبدًا</translation>
    </message>
    <message>
        <source>a closing brace without an opening one</source>
        <translation>قوس إغلاق دون قوس فتح</translation>
    </message>
    <message>
        <source>a brace is never closed</source>
        <translation>قوس لا يُغلق أبدًا</translation>
    </message>
    <message>
        <source>{command} is not supported</source>
        <translation>{command} غير مدعوم</translation>
    </message>
    <message>
        <source>&amp; outside an environment that aligns</source>
        <translation>&amp; خارج بيئة محاذاة</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>لا شيء لرسمه</translation>
    </message>
    <message>
        <source>Reply cut off: incomplete.</source>
        <translation>انقطع الرد: غير مكتمل.</translation>
    </message>
    <message>
        <source>Reply failed.</source>
        <translation>فشل الرد.</translation>
    </message>
    <message>
        <source>Reply finished: {reply}</source>
        <translation>اكتمل الرد: {reply}</translation>
    </message>
    <message>
        <source>Reply finished, empty.</source>
        <translation>اكتمل الرد، وهو فارغ.</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>توقف الرد.</translation>
    </message>
    <message>
        <source>Error: {title}. {message}</source>
        <translation>خطأ: {title}. {message}</translation>
    </message>
    <message>
        <source>{title}, {n} of {m}</source>
        <translation>{title}، {n} من {m}</translation>
    </message>
    <message>
        <source>Column {number} ({model}): {ending}</source>
        <comment>a compare column&apos;s reply ended</comment>
        <translation>العمود {number} ({model}): {ending}</translation>
    </message>
    <message>
        <source>complete</source>
        <extracomment>A message&apos;s status in words (English, marked for translation: ``tr`` them when shown).</extracomment>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>being written</source>
        <translation>قيد الكتابة</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>incomplete: the reply was cut off</source>
        <translation>غير مكتمل: انقطع الرد</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <extracomment>Names and descriptions of the links a message shows, by verb (English, marked for translation: ``tr`` them when shown). A link not listed here (one added later) is offered under its own label.</extracomment>
        <translation>نسخ الرسالة إلى الحافظة</translation>
    </message>
    <message>
        <source>Edit the message and send it as a new version</source>
        <translation>تحرير الرسالة وإرسالها كنسخة جديدة</translation>
    </message>
    <message>
        <source>Delete the message (asks first)</source>
        <translation>حذف الرسالة (بعد التأكيد)</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>النسخة السابقة</translation>
    </message>
    <message>
        <source>Show the previous version</source>
        <translation>عرض النسخة السابقة</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>النسخة التالية</translation>
    </message>
    <message>
        <source>Show the next version</source>
        <translation>عرض النسخة التالية</translation>
    </message>
    <message>
        <source>Show or hide reasoning</source>
        <translation>إظهار الاستدلال أو إخفاؤه</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>إظهار استدلال النموذج أو إخفاؤه</translation>
    </message>
    <message>
        <source>Show all or less</source>
        <translation>عرض الكل أو أقل</translation>
    </message>
    <message>
        <source>Show the whole tool result, or its start only</source>
        <translation>عرض نتيجة الأداة كاملة، أو بدايتها فقط</translation>
    </message>
    <message>
        <source>Save the message in the prompt library</source>
        <translation>حفظ الرسالة في مكتبة الموجّهات</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>نتيجة الأداة</translation>
    </message>
    <message>
        <source>Tool result: {server} · {tool}</source>
        <translation>نتيجة الأداة: {server} · {tool}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>{status}, version {number} of {count}</source>
        <translation>{status}، النسخة {number} من {count}</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>نسخ الشيفرة</translation>
    </message>
    <message>
        <source>Copy this code block to the clipboard</source>
        <translation>نسخ كتلة الشيفرة هذه إلى الحافظة</translation>
    </message>
    <message>
        <source>Documents, images and text</source>
        <translation>المستندات والصور والنصوص</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins problems with attached files into one sentence</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message numerus="yes">
        <source>{file} · ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file} · ~{tokens} رمز</numerusform>
            <numerusform>{file} · ~{tokens} رمز</numerusform>
            <numerusform>{file} · ~{tokens} رمزان</numerusform>
            <numerusform>{file} · ~{tokens} رموز</numerusform>
            <numerusform>{file} · ~{tokens} رمزًا</numerusform>
            <numerusform>{file} · ~{tokens} رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>قُرئ بترميز {encoding}</translation>
    </message>
    <message>
        <source>{problem}. It cannot be split by page: attach a smaller part</source>
        <translation>{problem}. لا يمكن تقسيمه حسب الصفحات: أرفق جزءًا أصغر</translation>
    </message>
    <message>
        <source>Attach a large document</source>
        <translation>إرفاق مستند كبير</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>إرفاق</translation>
    </message>
    <message>
        <source>{file} is protected by a password; not attached</source>
        <translation>{file} محمي بكلمة مرور؛ لم يُرفق</translation>
    </message>
    <message>
        <source>Choose pages…</source>
        <translation>اختيار الصفحات…</translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} pages are scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحاته ({count}) صور ممسوحة ضوئيًا. يمكن إرسال صفحاته كصور إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالها.</numerusform>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحته ({count}) صورة ممسوحة ضوئيًا. يمكن إرسالها كصورة إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالها.</numerusform>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحتاه ({count}) صورتان ممسوحتان ضوئيًا. يمكن إرسالهما كصورتين إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالهما.</numerusform>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحاته ({count}) صور ممسوحة ضوئيًا. يمكن إرسال صفحاته كصور إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالها.</numerusform>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحاته ({count}) صور ممسوحة ضوئيًا. يمكن إرسال صفحاته كصور إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالها.</numerusform>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحاته ({count}) صور ممسوحة ضوئيًا. يمكن إرسال صفحاته كصور إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has no text layer: its {count} page is scanned images. Its pages can go as images to a model that reads images (at most {free} with this message), or not at all.</source>
        <translation>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحاته ({count}) صور ممسوحة ضوئيًا. يمكن إرسال صفحاته كصور إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالها.</numerusform>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحته ({count}) صورة ممسوحة ضوئيًا. يمكن إرسالها كصورة إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالها.</numerusform>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحتاه ({count}) صورتان ممسوحتان ضوئيًا. يمكن إرسالهما كصورتين إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالهما.</numerusform>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحاته ({count}) صور ممسوحة ضوئيًا. يمكن إرسال صفحاته كصور إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالها.</numerusform>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحاته ({count}) صور ممسوحة ضوئيًا. يمكن إرسال صفحاته كصور إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالها.</numerusform>
            <numerusform>لا يحتوي {file} على طبقة نص: صفحاته ({count}) صور ممسوحة ضوئيًا. يمكن إرسال صفحاته كصور إلى نموذج يقرأ الصور (بحد أقصى {free} مع هذه الرسالة)، أو عدم إرسالها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many: at most %Ln page(s) as images.</source>
        <translation>
            <numerusform>أكثر من اللازم: الحد الأقصى %Ln صفحة كصور.</numerusform>
            <numerusform>أكثر من اللازم: الحد الأقصى %Ln صفحة كصور.</numerusform>
            <numerusform>أكثر من اللازم: الحد الأقصى %Ln صفحتان كصور.</numerusform>
            <numerusform>أكثر من اللازم: الحد الأقصى %Ln صفحات كصور.</numerusform>
            <numerusform>أكثر من اللازم: الحد الأقصى %Ln صفحة كصور.</numerusform>
            <numerusform>أكثر من اللازم: الحد الأقصى %Ln صفحة كصور.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: %Ln page image(s).</source>
        <translation>
            <numerusform>سيُرسل: %Ln صفحة كصور.</numerusform>
            <numerusform>سيُرسل: %Ln صفحة كصور.</numerusform>
            <numerusform>سيُرسل: %Ln صفحتان كصور.</numerusform>
            <numerusform>سيُرسل: %Ln صفحات كصور.</numerusform>
            <numerusform>سيُرسل: %Ln صفحة كصور.</numerusform>
            <numerusform>سيُرسل: %Ln صفحة كصور.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send scanned pages as images</source>
        <translation>إرسال الصفحات الممسوحة ضوئيًا كصور</translation>
    </message>
    <message>
        <source>Send as images</source>
        <translation>إرسال كصور</translation>
    </message>
    <message>
        <source>pasted image {number}</source>
        <translation>صورة ملصقة {number}</translation>
    </message>
    <message>
        <source>Still reading the attached files; send again in a moment.</source>
        <translation>لا تزال قراءة الملفات المرفقة جارية؛ أرسل مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Answer the question about the attached document first.</source>
        <translation>أجب أولًا عن السؤال المتعلق بالمستند المرفق.</translation>
    </message>
    <message>
        <source>Files were just pasted or dropped: check them in the tray above the prompt (✕ removes one), then send again.</source>
        <translation>لُصقت ملفات أو أُفلتت للتو: راجعها في الشريط فوق حقل الموجّه (✕ يزيل أحدها)، ثم أرسل مرة أخرى.</translation>
    </message>
    <message>
        <source>{problems}.</source>
        <comment>problems with attached files, joined</comment>
        <translation>{problems}.</translation>
    </message>
    <message>
        <source>Remove {file}</source>
        <translation>إزالة {file}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: at most %Ln file(s) go with one message</source>
        <translation>
            <numerusform>{file}: يمكن إرسال %Ln ملف كحد أقصى مع الرسالة الواحدة</numerusform>
            <numerusform>{file}: يمكن إرسال %Ln ملف كحد أقصى مع الرسالة الواحدة</numerusform>
            <numerusform>{file}: يمكن إرسال %Ln ملفين كحد أقصى مع الرسالة الواحدة</numerusform>
            <numerusform>{file}: يمكن إرسال %Ln ملفات كحد أقصى مع الرسالة الواحدة</numerusform>
            <numerusform>{file}: يمكن إرسال %Ln ملف كحد أقصى مع الرسالة الواحدة</numerusform>
            <numerusform>{file}: يمكن إرسال %Ln ملف كحد أقصى مع الرسالة الواحدة</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare models</source>
        <extracomment>A column whose reply has not begun by then shows it is waiting (see ``_started``).</extracomment>
        <translation>مقارنة النماذج</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Server {number}</source>
        <translation>الخادم {number}</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>النموذج {number}</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;مقارنة</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>رد {model}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>&amp;Use this reply</source>
        <translation>ا&amp;ستخدام هذا الرد</translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation>استخدام هذا الرد</translation>
    </message>
    <message>
        <source>first token {ms} ms</source>
        <extracomment>One column&apos;s text is rendered per frame: the columns take turns.</extracomment>
        <translation>أول رمز بعد {ms} مللي ثانية</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} رمز/ث</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>جارٍ تحميل المحادثة…</translation>
    </message>
    <message>
        <source>{old} is not on this server: using its only model, {model}</source>
        <translation>{old} غير موجود على هذا الخادم: يُستخدم نموذجه الوحيد، {model}</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>الحد الأقصى للرموز</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>عقوبة الحضور</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>عقوبة التكرار</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>إعدادات المحادثة</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>البدء من إعداد مسبق…</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>حفظ كإعداد مسبق…</translation>
    </message>
    <message>
        <source>Empty: the system prompt from Settings</source>
        <translation>فارغ: موجّه النظام من الإعدادات</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>الإعداد المسبق:</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>موجّه النظام:</translation>
    </message>
    <message>
        <source>server default ({hint})</source>
        <translation>الافتراضي للخادم ({hint})</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>comma-separated; empty: those from Settings</source>
        <translation>مفصولة بفواصل؛ فارغ: تلك المحددة في الإعدادات</translation>
    </message>
    <message>
        <source>Stop sequences:</source>
        <translation>تسلسلات الإيقاف:</translation>
    </message>
    <message numerus="yes">
        <source>default: %Ln token(s)</source>
        <translation>
            <numerusform>الافتراضي: %Ln رمز</numerusform>
            <numerusform>الافتراضي: %Ln رمز</numerusform>
            <numerusform>الافتراضي: %Ln رمزان</numerusform>
            <numerusform>الافتراضي: %Ln رموز</numerusform>
            <numerusform>الافتراضي: %Ln رمزًا</numerusform>
            <numerusform>الافتراضي: %Ln رمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the context length must be at least %Ln token(s)</source>
        <translation>
            <numerusform>يجب ألا يقل طول السياق عن %Ln رمز</numerusform>
            <numerusform>يجب ألا يقل طول السياق عن %Ln رمز</numerusform>
            <numerusform>يجب ألا يقل طول السياق عن %Ln رمزين</numerusform>
            <numerusform>يجب ألا يقل طول السياق عن %Ln رموز</numerusform>
            <numerusform>يجب ألا يقل طول السياق عن %Ln رمزًا</numerusform>
            <numerusform>يجب ألا يقل طول السياق عن %Ln رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>default: unknown: no trimming</source>
        <translation>الافتراضي: غير معروف: دون اقتطاع</translation>
    </message>
    <message>
        <source>Context of {model}:</source>
        <translation>سياق {model}:</translation>
    </message>
    <message>
        <source>Only the parameters you fill in are sent; the server decides the rest.</source>
        <translation>لا تُرسل إلا المعاملات التي تملؤها؛ ويقرر الخادم الباقي.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>حفظ الإعداد المسبق</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>اسم الإعداد المسبق:</translation>
    </message>
    <message>
        <source>the context length must be a whole number</source>
        <translation>يجب أن يكون طول السياق عددًا صحيحًا</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ الأحدث</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>الانتقال إلى أحدث رسالة</translation>
    </message>
    <message numerus="yes">
        <source>⋯ The %Ln earlier message(s) no longer fit the model&apos;s context and are not sent: the context starts here.</source>
        <translation>
            <numerusform>⋯ لم تعد الرسائل السابقة (%Ln) تتسع في سياق النموذج ولن تُرسل: يبدأ السياق من هنا.</numerusform>
            <numerusform>⋯ لم تعد الرسالة السابقة (%Ln) تتسع في سياق النموذج ولن تُرسل: يبدأ السياق من هنا.</numerusform>
            <numerusform>⋯ لم تعد الرسالتان السابقتان (%Ln) تتسعان في سياق النموذج ولن تُرسلا: يبدأ السياق من هنا.</numerusform>
            <numerusform>⋯ لم تعد الرسائل الـ%Ln السابقة تتسع في سياق النموذج ولن تُرسل: يبدأ السياق من هنا.</numerusform>
            <numerusform>⋯ لم تعد الرسائل الـ%Ln السابقة تتسع في سياق النموذج ولن تُرسل: يبدأ السياق من هنا.</numerusform>
            <numerusform>⋯ لم تعد الرسائل الـ%Ln السابقة تتسع في سياق النموذج ولن تُرسل: يبدأ السياق من هنا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send pages {first} to {last}</source>
        <translation>إرسال الصفحات من {first} إلى {last}</translation>
    </message>
    <message>
        <source>Send slides {first} to {last}</source>
        <translation>إرسال الشرائح من {first} إلى {last}</translation>
    </message>
    <message>
        <source>Send sheets {first} to {last}</source>
        <translation>إرسال الأوراق من {first} إلى {last}</translation>
    </message>
    <message>
        <source>Send sections {first} to {last}</source>
        <translation>إرسال الأقسام من {first} إلى {last}</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>الصفحة الأولى</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>الصفحة الأخيرة</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>الشريحة الأولى</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>الشريحة الأخيرة</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>الورقة الأولى</translation>
    </message>
    <message>
        <source>Last sheet</source>
        <translation>الورقة الأخيرة</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>القسم الأول</translation>
    </message>
    <message>
        <source>Last section</source>
        <translation>القسم الأخير</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>الأخير</translation>
    </message>
    <message>
        <source>Send {unit}s {first} to {last}</source>
        <translation>إرسال {unit} من {first} إلى {last}</translation>
    </message>
    <message>
        <source>The first page comes after the last.</source>
        <translation>الصفحة الأولى تأتي بعد الأخيرة.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>That password did not open it. {file} is protected by a password. Enter it to attach its text:</source>
        <translation>لم تفتحه كلمة المرور هذه. {file} محمي بكلمة مرور. أدخلها لإرفاق نصه:</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Enter it to attach its text:</source>
        <translation>{file} محمي بكلمة مرور. أدخلها لإرفاق نصه:</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>جارٍ قراءة {file}</translation>
    </message>
    <message>
        <source>Rendering {file}</source>
        <translation>جارٍ تصيير {file}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop reading {file}; it is not attached</source>
        <translation>إيقاف قراءة {file}؛ لن يُرفق</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s)</source>
        <translation>
            <numerusform>{count} صفحة</numerusform>
            <numerusform>{count} صفحة</numerusform>
            <numerusform>{count} صفحتان</numerusform>
            <numerusform>{count} صفحات</numerusform>
            <numerusform>{count} صفحة</numerusform>
            <numerusform>{count} صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} slide(s)</source>
        <translation>
            <numerusform>{count} شريحة</numerusform>
            <numerusform>{count} شريحة</numerusform>
            <numerusform>{count} شريحتان</numerusform>
            <numerusform>{count} شرائح</numerusform>
            <numerusform>{count} شريحة</numerusform>
            <numerusform>{count} شريحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s)</source>
        <translation>
            <numerusform>{count} ورقة</numerusform>
            <numerusform>{count} ورقة</numerusform>
            <numerusform>{count} ورقتان</numerusform>
            <numerusform>{count} أوراق</numerusform>
            <numerusform>{count} ورقة</numerusform>
            <numerusform>{count} ورقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} section(s)</source>
        <translation>
            <numerusform>{count} قسم</numerusform>
            <numerusform>{count} قسم</numerusform>
            <numerusform>{count} قسمان</numerusform>
            <numerusform>{count} أقسام</numerusform>
            <numerusform>{count} قسمًا</numerusform>
            <numerusform>{count} قسم</numerusform>
        </translation>
    </message>
    <message>
        <source>{thousands}k</source>
        <comment>thousands of tokens: 203.1k</comment>
        <translation>{thousands} ألف</translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, {parts}, {characters} characters, ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file}: {kind}، {parts}، {characters} حرف، ~{tokens} رمز</numerusform>
            <numerusform>{file}: {kind}، {parts}، {characters} حرف، ~{tokens} رمز</numerusform>
            <numerusform>{file}: {kind}، {parts}، {characters} حرف، ~{tokens} رمزان</numerusform>
            <numerusform>{file}: {kind}، {parts}، {characters} حرف، ~{tokens} رموز</numerusform>
            <numerusform>{file}: {kind}، {parts}، {characters} حرف، ~{tokens} رمزًا</numerusform>
            <numerusform>{file}: {kind}، {parts}، {characters} حرف، ~{tokens} رمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, {characters} characters, ~{tokens} token(s)</source>
        <translation>
            <numerusform>{file}: {kind}، {characters} حرف، ~{tokens} رمز</numerusform>
            <numerusform>{file}: {kind}، {characters} حرف، ~{tokens} رمز</numerusform>
            <numerusform>{file}: {kind}، {characters} حرف، ~{tokens} رمزان</numerusform>
            <numerusform>{file}: {kind}، {characters} حرف، ~{tokens} رموز</numerusform>
            <numerusform>{file}: {kind}، {characters} حرف، ~{tokens} رمزًا</numerusform>
            <numerusform>{file}: {kind}، {characters} حرف، ~{tokens} رمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send: {characters} characters, ~{tokens} token(s).</source>
        <translation>
            <numerusform>سيُرسل: {characters} حرف، ~{tokens} رمز.</numerusform>
            <numerusform>سيُرسل: {characters} حرف، ~{tokens} رمز.</numerusform>
            <numerusform>سيُرسل: {characters} حرف، ~{tokens} رمزان.</numerusform>
            <numerusform>سيُرسل: {characters} حرف، ~{tokens} رموز.</numerusform>
            <numerusform>سيُرسل: {characters} حرف، ~{tokens} رمزًا.</numerusform>
            <numerusform>سيُرسل: {characters} حرف، ~{tokens} رمز.</numerusform>
        </translation>
    </message>
    <message>
        <source>{size}; one file may take ~{limit} of the model&apos;s {context}.</source>
        <translation>{size}؛ يمكن للملف الواحد أن يشغل ~{limit} من سياق النموذج البالغ {context}.</translation>
    </message>
    <message>
        <source>{size} (the model&apos;s context length is not known).</source>
        <translation>{size} (طول سياق النموذج غير معروف).</translation>
    </message>
    <message>
        <source>Too long: {problem}.</source>
        <translation>طويل جدًا: {problem}.</translation>
    </message>
    <message>
        <source>{server} asks</source>
        <translation>{server} يسأل</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>{server} asks you to open a web page</source>
        <translation>يطلب {server} منك فتح صفحة ويب</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>It opens in your browser, at {host}.</source>
        <translation>ستُفتح في متصفحك، على {host}.</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;فتح في المتصفح</translation>
    </message>
    <message>
        <source>Open settings</source>
        <extracomment>The button that fixes an error (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>{error} Nothing is lost yet: this window keeps everything shown, and chatdesk saves it again with your next message. Copy anything you need before quitting if this message stays.</source>
        <extracomment>Messages read from the history when a conversation opens: the view builds the latest page of them at once, the rest as the user scrolls up. While a reply starts, the history&apos;s writes wait for its first words this long at most.</extracomment>
        <translation>{error} لم يُفقد شيء بعد: تحتفظ هذه النافذة بكل ما يظهر فيها، وسيحفظه chatdesk مرة أخرى مع رسالتك التالية. إن بقيت هذه الرسالة ظاهرة، فانسخ ما تحتاجه قبل الإنهاء.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved to {path}. chatdesk started a new, empty history; the old file was not deleted.</source>
        <translation>تضرّر ملف السجل ونُقل إلى {path}. بدأ chatdesk سجلًا جديدًا فارغًا؛ ولم يُحذف الملف القديم.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) were interrupted when chatdesk last closed; they are marked incomplete.</source>
        <translation>
            <numerusform>انقطعت الردود (%Ln) عند آخر إغلاق لـ chatdesk؛ وعُلِّمت بأنها غير مكتملة.</numerusform>
            <numerusform>انقطع %Ln رد عند آخر إغلاق لـ chatdesk؛ وعُلِّم بأنه غير مكتمل.</numerusform>
            <numerusform>انقطع ردّان (%Ln) عند آخر إغلاق لـ chatdesk؛ وعُلِّما بأنهما غير مكتملين.</numerusform>
            <numerusform>انقطعت %Ln ردود عند آخر إغلاق لـ chatdesk؛ وعُلِّمت بأنها غير مكتملة.</numerusform>
            <numerusform>انقطع %Ln ردًا عند آخر إغلاق لـ chatdesk؛ وعُلِّمت بأنها غير مكتملة.</numerusform>
            <numerusform>انقطع %Ln رد عند آخر إغلاق لـ chatdesk؛ وعُلِّمت بأنها غير مكتملة.</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Conversations in this session will not be saved until the history can be opened.</source>
        <translation>{error} لن تُحفظ محادثات هذه الجلسة حتى يصبح فتح السجل ممكنًا.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) to {project}</source>
        <translation>
            <numerusform>تم نقل %Ln محادثة إلى {project}</numerusform>
            <numerusform>تم نقل %Ln محادثة إلى {project}</numerusform>
            <numerusform>تم نقل %Ln محادثتين إلى {project}</numerusform>
            <numerusform>تم نقل %Ln محادثات إلى {project}</numerusform>
            <numerusform>تم نقل %Ln محادثة إلى {project}</numerusform>
            <numerusform>تم نقل %Ln محادثة إلى {project}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln conversation(s) out of its project</source>
        <translation>
            <numerusform>تم إخراج %Ln محادثة من مشروعها</numerusform>
            <numerusform>تم إخراج %Ln محادثة من مشروعها</numerusform>
            <numerusform>تم إخراج %Ln محادثتين من مشروعها</numerusform>
            <numerusform>تم إخراج %Ln محادثات من مشروعها</numerusform>
            <numerusform>تم إخراج %Ln محادثة من مشروعها</numerusform>
            <numerusform>تم إخراج %Ln محادثة من مشروعها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project deleted with %Ln conversation(s)</source>
        <translation>
            <numerusform>تم حذف المشروع مع %Ln محادثة</numerusform>
            <numerusform>تم حذف المشروع مع %Ln محادثة</numerusform>
            <numerusform>تم حذف المشروع مع %Ln محادثتين</numerusform>
            <numerusform>تم حذف المشروع مع %Ln محادثات</numerusform>
            <numerusform>تم حذف المشروع مع %Ln محادثة</numerusform>
            <numerusform>تم حذف المشروع مع %Ln محادثة</numerusform>
        </translation>
    </message>
    <message>
        <source>Project deleted; its conversations were kept</source>
        <translation>تم حذف المشروع؛ واحتُفظ بمحادثاته</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s) to {path}</source>
        <translation>
            <numerusform>تم تصدير %Ln محادثة إلى {path}</numerusform>
            <numerusform>تم تصدير %Ln محادثة إلى {path}</numerusform>
            <numerusform>تم تصدير %Ln محادثتين إلى {path}</numerusform>
            <numerusform>تم تصدير %Ln محادثات إلى {path}</numerusform>
            <numerusform>تم تصدير %Ln محادثة إلى {path}</numerusform>
            <numerusform>تم تصدير %Ln محادثة إلى {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>إرسال (Enter)</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>إيقاف الرد (Esc)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <source>Attach documents, images or text files (or drop or paste them)</source>
        <translation>إرفاق مستندات أو صور أو ملفات نصية (أو أفلتها أو الصقها)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;رسالة</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>Tool working… {progress}</source>
        <translation>الأداة تعمل… {progress}</translation>
    </message>
    <message>
        <source>too large to show</source>
        <extracomment>Bytes of images the cache keeps (the least recently used go first). A formula bigger than this many device pixels stays source. Logical pixels of room left and right of a formula (its ink must not touch the text).</extracomment>
        <translation>أكبر من أن يُعرض</translation>
    </message>
    <message>
        <source>the typesetter failed: {error}</source>
        <translation>فشلت أداة تنضيد الصيغ: {error}</translation>
    </message>
    <message>
        <source>Not typeset ({reason}):
{formula}</source>
        <extracomment>Milliseconds of replacing per event-loop turn. The math font&apos;s x-height, in em. Why a formula stayed source, on its text (what the tooltip says).</extracomment>
        <translation>لم تُنضَّد ({reason}):
{formula}</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>MCP server state</comment>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>MCP server state</comment>
        <translation>قيد البدء</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>MCP server state</comment>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>MCP server state</comment>
        <translation>فشل</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <extracomment>A tool result shows this much until &quot;Show all&quot;; expanded, at most ``RESULT_SHOWN``. The note under a message that did not end well (English, marked for translation: ``tr`` it when shown).</extracomment>
        <translation>■ متوقف</translation>
    </message>
    <message>
        <source>⚠ Incomplete: the reply was cut off</source>
        <translation>⚠ غير مكتمل: انقطع الرد</translation>
    </message>
    <message>
        <source>⚠ Failed</source>
        <translation>⚠ فشل</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Save as prompt</source>
        <translation>حفظ كموجّه</translation>
    </message>
    <message>
        <source>done</source>
        <comment>tool call state</comment>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>error</source>
        <comment>tool call state</comment>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>tool call state</comment>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>tool call state</comment>
        <translation>ملغى</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning ({count} words)</source>
        <translation>
            <numerusform>الاستدلال ({count} كلمة)</numerusform>
            <numerusform>الاستدلال ({count} كلمة)</numerusform>
            <numerusform>الاستدلال ({count} كلمتان)</numerusform>
            <numerusform>الاستدلال ({count} كلمات)</numerusform>
            <numerusform>الاستدلال ({count} كلمة)</numerusform>
            <numerusform>الاستدلال ({count} كلمة)</numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <comment>tool call state</comment>
        <translation>قيد التشغيل…</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>أداة</translation>
    </message>
    <message>
        <source>{duration} ms</source>
        <translation>{duration} مللي ثانية</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>عرض أقل</translation>
    </message>
    <message numerus="yes">
        <source>Show all ({count} characters)</source>
        <translation>
            <numerusform>عرض الكل ({count} حرف)</numerusform>
            <numerusform>عرض الكل ({count} حرف)</numerusform>
            <numerusform>عرض الكل ({count} حرفان)</numerusform>
            <numerusform>عرض الكل ({count} أحرف)</numerusform>
            <numerusform>عرض الكل ({count} حرفًا)</numerusform>
            <numerusform>عرض الكل ({count} حرف)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>نُسخ إلى الحافظة</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>حذف الرسالة</translation>
    </message>
    <message>
        <source>Delete this message? The rest of the conversation stays.</source>
        <translation>هل تريد حذف هذه الرسالة؟ تبقى بقية المحادثة كما هي.</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays, ‹ › switches); Esc cancels.</source>
        <translation>تحرير رسالة: Enter يرسلها كنسخة جديدة (تبقى القديمة، و‹ › للتبديل بينهما)؛ Esc للإلغاء.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>الأسعار</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>الأسعار حسب النموذج</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Input $ / 1M</source>
        <translation>الإدخال $ / مليون</translation>
    </message>
    <message>
        <source>Output $ / 1M</source>
        <translation>الإخراج $ / مليون</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>إضافة نموذج</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Prices in US dollars per million tokens. Providers change them; edit freely.</source>
        <translation>الأسعار بالدولار الأمريكي لكل مليون رمز. يغيّرها المزوّدون؛ فعدّلها بحرية.</translation>
    </message>
    <message>
        <source>“{model}”: prices must be numbers</source>
        <translation>«{model}»: يجب أن تكون الأسعار أرقامًا</translation>
    </message>
    <message>
        <source>“{model}”: prices cannot be negative</source>
        <translation>«{model}»: لا يمكن أن تكون الأسعار سالبة</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>هذه المحادثة</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>تصدير المشروع</translation>
    </message>
    <message>
        <source>&amp;Move to project…</source>
        <translation>&amp;نقل إلى مشروع…</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>م&amp;شروع جديد…</translation>
    </message>
    <message>
        <source>Move to project</source>
        <translation>نقل إلى مشروع</translation>
    </message>
    <message>
        <source>Move “{title}” to:</source>
        <translation>نقل «{title}» إلى:</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name</source>
        <translation>اكتب للتصفية، أو اسم مشروع جديد</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Type to filter, or a new project&apos;s name. Up and Down choose, Enter moves.</source>
        <translation>اكتب للتصفية، أو اسم مشروع جديد. السهمان لأعلى ولأسفل للاختيار، وEnter للنقل.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>بلا مشروع</translation>
    </message>
    <message>
        <source>New project “{name}”</source>
        <translation>مشروع جديد «{name}»</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>إعدادات المشروع</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The one in use</source>
        <translation>المستخدَم حاليًا</translation>
    </message>
    <message>
        <source>{profile} (no longer exists)</source>
        <translation>{profile} (لم يعد موجودًا)</translation>
    </message>
    <message>
        <source>The profile&apos;s model</source>
        <translation>نموذج ملف التعريف</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>ملف التعريف:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>New conversations started in this project begin with these; conversations already in it, or moved in, keep their own.</source>
        <translation>تبدأ المحادثات الجديدة في هذا المشروع بهذه الإعدادات؛ أما المحادثات الموجودة فيه أو المنقولة إليه فتحتفظ بإعداداتها.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>حذف المشروع</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{name}”? It holds %Ln conversation(s).</source>
        <translation>
            <numerusform>هل تريد حذف المشروع «{name}»؟ يحتوي على %Ln محادثة.</numerusform>
            <numerusform>هل تريد حذف المشروع «{name}»؟ يحتوي على %Ln محادثة.</numerusform>
            <numerusform>هل تريد حذف المشروع «{name}»؟ يحتوي على %Ln محادثتين.</numerusform>
            <numerusform>هل تريد حذف المشروع «{name}»؟ يحتوي على %Ln محادثات.</numerusform>
            <numerusform>هل تريد حذف المشروع «{name}»؟ يحتوي على %Ln محادثة.</numerusform>
            <numerusform>هل تريد حذف المشروع «{name}»؟ يحتوي على %Ln محادثة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the project “{name}”? It holds no conversations.</source>
        <translation>هل تريد حذف المشروع «{name}»؟ لا يحتوي على أي محادثات.</translation>
    </message>
    <message>
        <source>Delete project, keep conversations</source>
        <translation>حذف المشروع والإبقاء على المحادثات</translation>
    </message>
    <message>
        <source>Delete project and its conversations</source>
        <translation>حذف المشروع ومحادثاته</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <translation>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ %Ln يومين</numerusform>
            <numerusform>منذ %Ln أيام</numerusform>
            <numerusform>منذ %Ln يومًا</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعتين</numerusform>
            <numerusform>منذ %Ln ساعات</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقتين</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>{thousands}k</source>
        <comment>thousands of tokens</comment>
        <translation>{thousands} ألف</translation>
    </message>
    <message>
        <source>{millions}M</source>
        <comment>millions of tokens</comment>
        <translation>{millions} مليون</translation>
    </message>
    <message>
        <source>~{tokens} now</source>
        <translation>~{tokens} الآن</translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed</source>
        <translation>
            <numerusform>{tokens} رمز مفوتَر</numerusform>
            <numerusform>{tokens} رمز مفوتَر</numerusform>
            <numerusform>{tokens} رمزان مفوتَران</numerusform>
            <numerusform>{tokens} رموز مفوتَرة</numerusform>
            <numerusform>{tokens} رمزًا مفوتَرًا</numerusform>
            <numerusform>{tokens} رمز مفوتَر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tokens} token(s) billed (every request&apos;s tokens added up)</source>
        <translation>
            <numerusform>{tokens} رمز مفوتَر (مجموع رموز كل الطلبات)</numerusform>
            <numerusform>{tokens} رمز مفوتَر (مجموع رموز كل الطلبات)</numerusform>
            <numerusform>{tokens} رمزان مفوتَران (مجموع رموز كل الطلبات)</numerusform>
            <numerusform>{tokens} رموز مفوتَرة (مجموع رموز كل الطلبات)</numerusform>
            <numerusform>{tokens} رمزًا مفوتَرًا (مجموع رموز كل الطلبات)</numerusform>
            <numerusform>{tokens} رمز مفوتَر (مجموع رموز كل الطلبات)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%Ln token(s) now (what the next request sends)</source>
        <translation>
            <numerusform>~%Ln رمز الآن (ما سيرسله الطلب التالي)</numerusform>
            <numerusform>~%Ln رمز الآن (ما سيرسله الطلب التالي)</numerusform>
            <numerusform>~%Ln رمزان الآن (ما سيرسله الطلب التالي)</numerusform>
            <numerusform>~%Ln رموز الآن (ما سيرسله الطلب التالي)</numerusform>
            <numerusform>~%Ln رمزًا الآن (ما سيرسله الطلب التالي)</numerusform>
            <numerusform>~%Ln رمز الآن (ما سيرسله الطلب التالي)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln msg(s)</source>
        <comment>messages, short</comment>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>موجّه النظام</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>New conversations here start with its defaults:</source>
        <translation>تبدأ المحادثات الجديدة هنا بإعداداته الافتراضية:</translation>
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
            <numerusform>%Ln محادثة</numerusform>
            <numerusform>%Ln محادثة</numerusform>
            <numerusform>%Ln محادثتان</numerusform>
            <numerusform>%Ln محادثات</numerusform>
            <numerusform>%Ln محادثة</numerusform>
            <numerusform>%Ln محادثة</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a project</comment>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>رسالة…  (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line, / for prompts and commands)</source>
        <translation>رسالة…  (Enter للإرسال، Shift+Enter لسطر جديد، / للموجّهات والأوامر)</translation>
    </message>
    <message>
        <source>Write {{{{name}}}} where the prompt should ask for something: after inserting it with “/”, Tab jumps from one variable to the next.</source>
        <translation>اكتب {{{{name}}}} حيث يجب أن يطلب الموجّه شيئًا: بعد إدراجه باستخدام «/»، ينقلك Tab من متغير إلى الذي يليه.</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>مكتبة الموجّهات</translation>
    </message>
    <message>
        <source>Filter prompts</source>
        <translation>تصفية الموجّهات</translation>
    </message>
    <message>
        <source>Enter picks the first prompt shown.</source>
        <translation>يختار Enter أول موجّه معروض.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>الموجّهات</translation>
    </message>
    <message>
        <source>Name (shown in the “/” list)</source>
        <translation>الاسم (يظهر في قائمة «/»)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>موجّه جديد</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>المتغيرات: {names}</translation>
    </message>
    <message>
        <source>Delete prompt</source>
        <translation>حذف الموجّه</translation>
    </message>
    <message>
        <source>Delete the prompt “{name}”?</source>
        <translation>هل تريد حذف الموجّه «{name}»؟</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>استيراد موجّهات</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>تصدير الموجّهات</translation>
    </message>
    <message>
        <source>No prompt or command matches (Esc to close)</source>
        <translation>لا يوجد موجّه أو أمر مطابق (Esc للإغلاق)</translation>
    </message>
    <message>
        <source>The prompt library was not read: {error}</source>
        <translation>لم تُقرأ مكتبة الموجّهات: {error}</translation>
    </message>
    <message>
        <source>The unreadable prompt library was kept as {file}</source>
        <translation>احتُفظ بمكتبة الموجّهات غير المقروءة باسم {file}</translation>
    </message>
    <message>
        <source>The prompt library was not saved: {reason}</source>
        <translation>لم تُحفظ مكتبة الموجّهات: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation>لم يُستورد شيء. {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>لم يُستورد شيء: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln prompt(s) from {file}</source>
        <translation>
            <numerusform>تم استيراد %Ln موجّه من {file}</numerusform>
            <numerusform>تم استيراد %Ln موجّه من {file}</numerusform>
            <numerusform>تم استيراد %Ln موجّهين من {file}</numerusform>
            <numerusform>تم استيراد %Ln موجّهات من {file}</numerusform>
            <numerusform>تم استيراد %Ln موجّه من {file}</numerusform>
            <numerusform>تم استيراد %Ln موجّه من {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported} ({skipped} already in the library)</source>
        <translation>{imported} ({skipped} موجودة في المكتبة بالفعل)</translation>
    </message>
    <message>
        <source>The prompts were not exported: {reason}</source>
        <translation>لم تُصدَّر الموجّهات: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln prompt(s) to {file}</source>
        <translation>
            <numerusform>تم تصدير %Ln موجّه إلى {file}</numerusform>
            <numerusform>تم تصدير %Ln موجّه إلى {file}</numerusform>
            <numerusform>تم تصدير %Ln موجّهين إلى {file}</numerusform>
            <numerusform>تم تصدير %Ln موجّهات إلى {file}</numerusform>
            <numerusform>تم تصدير %Ln موجّه إلى {file}</numerusform>
            <numerusform>تم تصدير %Ln موجّه إلى {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Started over in a new conversation (same system prompt)</source>
        <translation>تم البدء من جديد في محادثة جديدة (بموجّه النظام نفسه)</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>النموذج: {model}</translation>
    </message>
    <message>
        <source>System prompt set for this conversation</source>
        <translation>تم تعيين موجّه النظام لهذه المحادثة</translation>
    </message>
    <message>
        <source>chatdesk quick ask</source>
        <translation>سؤال سريع – chatdesk</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>تم الإيقاف.</translation>
    </message>
    <message>
        <source>The reply was cut off: Open in chatdesk to retry or continue.</source>
        <translation>انقطع الرد: استخدم «فتح في chatdesk» لإعادة المحاولة أو المتابعة.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>فشل الرد.</translation>
    </message>
    <message>
        <source>Ask…  (Enter sends, Shift+Enter: new line, Esc hides)</source>
        <translation>اسأل…  (Enter للإرسال، Shift+Enter: سطر جديد، Esc للإخفاء)</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The quick-ask window&apos;s answer pane, as a screen reader names it.</extracomment>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>&amp;Open in chatdesk</source>
        <translation>&amp;فتح في chatdesk</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>متابعة هذه المحادثة في النافذة الرئيسية (Ctrl+O)</translation>
    </message>
    <message>
        <source>Starting… your question goes as soon as chatdesk is ready.</source>
        <translation>جارٍ البدء… سيُرسل سؤالك فور جاهزية chatdesk.</translation>
    </message>
    <message>
        <source>chatdesk is still writing a reply; Esc in its window stops it. Press Enter again when it is done.</source>
        <translation>لا يزال chatdesk يكتب ردًا؛ ويمكن إيقافه بالضغط على Esc في نافذته. اضغط Enter مرة أخرى عند انتهائه.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <comment>an error&apos;s title and message</comment>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>~30 repaints a second while streaming. A streaming reply is saved this often, so a crash loses at most this much text.</extracomment>
        <translation>في انتظار الخادم…</translation>
    </message>
    <message>
        <source>The model&apos;s reply: {problem}.</source>
        <translation>رد النموذج: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning… %Ln word(s)</source>
        <translation>
            <numerusform>جارٍ الاستدلال… %Ln كلمة</numerusform>
            <numerusform>جارٍ الاستدلال… %Ln كلمة</numerusform>
            <numerusform>جارٍ الاستدلال… %Ln كلمتان</numerusform>
            <numerusform>جارٍ الاستدلال… %Ln كلمات</numerusform>
            <numerusform>جارٍ الاستدلال… %Ln كلمة</numerusform>
            <numerusform>جارٍ الاستدلال… %Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s) · {rate} tokens/s</source>
        <translation>
            <numerusform>جارٍ الاستلام… %Ln رمز · {rate} رمز/ث</numerusform>
            <numerusform>جارٍ الاستلام… %Ln رمز · {rate} رمز/ث</numerusform>
            <numerusform>جارٍ الاستلام… %Ln رمزان · {rate} رمز/ث</numerusform>
            <numerusform>جارٍ الاستلام… %Ln رموز · {rate} رمز/ث</numerusform>
            <numerusform>جارٍ الاستلام… %Ln رمزًا · {rate} رمز/ث</numerusform>
            <numerusform>جارٍ الاستلام… %Ln رمز · {rate} رمز/ث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %Ln token(s)</source>
        <translation>
            <numerusform>جارٍ الاستلام… %Ln رمز</numerusform>
            <numerusform>جارٍ الاستلام… %Ln رمز</numerusform>
            <numerusform>جارٍ الاستلام… %Ln رمزان</numerusform>
            <numerusform>جارٍ الاستلام… %Ln رموز</numerusform>
            <numerusform>جارٍ الاستلام… %Ln رمزًا</numerusform>
            <numerusform>جارٍ الاستلام… %Ln رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) in {seconds} s…</source>
        <translation>{reason}: إعادة المحاولة (المحاولة {attempt} من {attempts}) بعد {seconds} ث…</translation>
    </message>
    <message>
        <source>{reason}: retrying (try {attempt} of {attempts}) now…</source>
        <translation>{reason}: إعادة المحاولة (المحاولة {attempt} من {attempts}) الآن…</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %Ln steps (the limit in Settings)</source>
        <translation>
            <numerusform>توقف بعد %Ln خطوة (الحد المعيّن في الإعدادات)</numerusform>
            <numerusform>توقف بعد %Ln خطوة (الحد المعيّن في الإعدادات)</numerusform>
            <numerusform>توقف بعد %Ln خطوتين (الحد المعيّن في الإعدادات)</numerusform>
            <numerusform>توقف بعد %Ln خطوات (الحد المعيّن في الإعدادات)</numerusform>
            <numerusform>توقف بعد %Ln خطوة (الحد المعيّن في الإعدادات)</numerusform>
            <numerusform>توقف بعد %Ln خطوة (الحد المعيّن في الإعدادات)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step} ({figures}): %Ln tool call(s)…</source>
        <translation>
            <numerusform>الخطوة {step} ({figures}): %Ln استدعاء أدوات…</numerusform>
            <numerusform>الخطوة {step} ({figures}): %Ln استدعاء أداة…</numerusform>
            <numerusform>الخطوة {step} ({figures}): %Ln استدعاءان للأدوات…</numerusform>
            <numerusform>الخطوة {step} ({figures}): %Ln استدعاءات للأدوات…</numerusform>
            <numerusform>الخطوة {step} ({figures}): %Ln استدعاءً للأدوات…</numerusform>
            <numerusform>الخطوة {step} ({figures}): %Ln استدعاء للأدوات…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step {step}: %Ln tool call(s)…</source>
        <translation>
            <numerusform>الخطوة {step}: %Ln استدعاء أدوات…</numerusform>
            <numerusform>الخطوة {step}: %Ln استدعاء أداة…</numerusform>
            <numerusform>الخطوة {step}: %Ln استدعاءان للأدوات…</numerusform>
            <numerusform>الخطوة {step}: %Ln استدعاءات للأدوات…</numerusform>
            <numerusform>الخطوة {step}: %Ln استدعاءً للأدوات…</numerusform>
            <numerusform>الخطوة {step}: %Ln استدعاء للأدوات…</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} The request offered tools, which this server or model may not take: turn tools off for this conversation (Tools, above the prompt) or pick another model.</source>
        <translation>{message} عرض الطلب أدوات قد لا يقبلها هذا الخادم أو النموذج: أوقف الأدوات لهذه المحادثة (الأدوات، فوق حقل الموجّه) أو اختر نموذجًا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s), at temperature {temperature}.</source>
        <extracomment>The most a server may ask the model to write, whatever it asks for.</extracomment>
        <translation>
            <numerusform>يمكنه كتابة %Ln رمز كحد أقصى، بدرجة حرارة {temperature}.</numerusform>
            <numerusform>يمكنه كتابة %Ln رمز كحد أقصى، بدرجة حرارة {temperature}.</numerusform>
            <numerusform>يمكنه كتابة %Ln رمزان كحد أقصى، بدرجة حرارة {temperature}.</numerusform>
            <numerusform>يمكنه كتابة %Ln رموز كحد أقصى، بدرجة حرارة {temperature}.</numerusform>
            <numerusform>يمكنه كتابة %Ln رمزًا كحد أقصى، بدرجة حرارة {temperature}.</numerusform>
            <numerusform>يمكنه كتابة %Ln رمز كحد أقصى، بدرجة حرارة {temperature}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It may write up to %Ln token(s).</source>
        <translation>
            <numerusform>يمكنه كتابة %Ln رمز كحد أقصى.</numerusform>
            <numerusform>يمكنه كتابة %Ln رمز كحد أقصى.</numerusform>
            <numerusform>يمكنه كتابة %Ln رمزان كحد أقصى.</numerusform>
            <numerusform>يمكنه كتابة %Ln رموز كحد أقصى.</numerusform>
            <numerusform>يمكنه كتابة %Ln رمزًا كحد أقصى.</numerusform>
            <numerusform>يمكنه كتابة %Ln رمز كحد أقصى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let a tool use your model?</source>
        <translation>هل تسمح لأداة باستخدام نموذجك؟</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>ما سيُرسل</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>ال&amp;سماح</translation>
    </message>
    <message>
        <source>{server} asks {model} on {profile} to write a reply to:</source>
        <translation>يطلب {server} من {model} على {profile} كتابة رد على:</translation>
    </message>
    <message>
        <source>⚠ Unencrypted connection: your key and messages travel in clear</source>
        <translation>⚠ اتصال غير مشفّر: يُنقل مفتاحك ورسائلك بلا تشفير</translation>
    </message>
    <message>
        <source>{url} uses http:// to another machine. Use https:// if it can.</source>
        <translation>يستخدم {url} بروتوكول http:// للاتصال بجهاز آخر. استخدم https:// إن أمكن.</translation>
    </message>
    <message>
        <source>⚠ TLS certificate checks are off</source>
        <translation>⚠ التحقق من شهادات TLS متوقف</translation>
    </message>
    <message>
        <source>Anyone on the network path can read and change traffic. Turn checks back on in Settings, adding the server&apos;s CA file if needed.</source>
        <translation>يمكن لأي أحد على مسار الشبكة قراءة البيانات المتبادلة وتغييرها. أعد تشغيل التحقق في الإعدادات، مع إضافة ملف CA الخاص بالخادم إن لزم.</translation>
    </message>
    <message>
        <source>Your settings could not be read ({error}), so chatdesk started with the default ones and will not save over them until it restarts. Check that settings.json in the config folder is readable.</source>
        <translation>تعذّرت قراءة إعداداتك ({error})، لذا بدأ chatdesk بالإعدادات الافتراضية ولن يكتب فوقها حتى تتم إعادة تشغيله. تحقق من أن الملف settings.json في مجلد الإعدادات قابل للقراءة.</translation>
    </message>
    <message>
        <source>Your settings could not be saved ({error}). They apply until you quit; check that the config folder is writable.</source>
        <translation>تعذّر حفظ إعداداتك ({error}). ستسري حتى تُنهي التطبيق؛ تحقق من أن مجلد الإعدادات قابل للكتابة.</translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation>فشلت حلقة المفاتيح.</translation>
    </message>
    <message>
        <source>The request failed ({error}).</source>
        <translation>فشل الطلب ({error}).</translation>
    </message>
    <message>
        <source>The server profile for this conversation</source>
        <translation>ملف تعريف الخادم لهذه المحادثة</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>ملفات التعريف</translation>
    </message>
    <message>
        <source>The model for this conversation (type any id the server takes)</source>
        <translation>النموذج لهذه المحادثة (اكتب أي معرّف يقبله الخادم)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available</source>
        <translation>
            <numerusform>النماذج المتاحة: %Ln</numerusform>
            <numerusform>النماذج المتاحة: %Ln</numerusform>
            <numerusform>النماذج المتاحة: %Ln</numerusform>
            <numerusform>النماذج المتاحة: %Ln</numerusform>
            <numerusform>النماذج المتاحة: %Ln</numerusform>
            <numerusform>النماذج المتاحة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>ملف تعريف جديد</translation>
    </message>
    <message>
        <source>Rename this profile…</source>
        <translation>إعادة تسمية ملف التعريف هذا…</translation>
    </message>
    <message>
        <source>Delete this profile…</source>
        <translation>حذف ملف التعريف هذا…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>إعادة تسمية ملف التعريف</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its key in the keyring?</source>
        <translation>هل تريد حذف ملف التعريف «{name}» ومفتاحه من حلقة المفاتيح؟</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>حذف ملف التعريف</translation>
    </message>
    <message>
        <source>chatdesk settings</source>
        <translation>إعدادات chatdesk</translation>
    </message>
    <message>
        <source>sk-…  (leave empty for a local server that needs no key)</source>
        <translation>sk-…  (اتركه فارغًا لخادم محلي لا يحتاج إلى مفتاح)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Show the API key as plain text</source>
        <translation>إظهار مفتاح API كنص عادي</translation>
    </message>
    <message>
        <source>Using OPENAI_API_KEY from the environment for this session. Save to store a key in the system keyring instead.</source>
        <translation>يُستخدم OPENAI_API_KEY من البيئة في هذه الجلسة. احفظ لتخزين مفتاح في حلقة مفاتيح النظام بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The key is stored in your system keyring, never in a file.</source>
        <translation>يُخزَّن المفتاح في حلقة مفاتيح نظامك، ولا يُكتب في أي ملف.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>إ&amp;صدار API:</translation>
    </message>
    <message>
        <source>Fill the list from the server&apos;s /models</source>
        <translation>ملء القائمة من /models على الخادم</translation>
    </message>
    <message>
        <source>Optional instructions sent before every conversation</source>
        <translation>تعليمات اختيارية تُرسل قبل كل محادثة</translation>
    </message>
    <message>
        <source>Optional, comma-separated (e.g. USER: for base models)</source>
        <translation>اختياري، مفصولة بفواصل (مثل USER: للنماذج الأساسية)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>The conversation&apos;s text size, in percent of the system&apos;s (Ctrl+= / Ctrl+- / Ctrl+0)</source>
        <translation>حجم نص المحادثة، كنسبة مئوية من حجم النظام (Ctrl+= / Ctrl+- / Ctrl+0)</translation>
    </message>
    <message>
        <source>Tool steps per turn</source>
        <translation>خطوات الأدوات لكل دور</translation>
    </message>
    <message>
        <source>Requests one reply may make while the model uses tools (each round of tool calls is one more) before it is stopped</source>
        <translation>عدد الطلبات التي يمكن لرد واحد إرسالها أثناء استخدام النموذج للأدوات (كل جولة من استدعاءات الأدوات تضيف طلبًا) قبل إيقافه</translation>
    </message>
    <message>
        <source>Stream replies as they are written</source>
        <translation>بث الردود في أثناء كتابتها</translation>
    </message>
    <message>
        <source>C&amp;lose to the tray: closing the window keeps chatdesk running</source>
        <translation>الإ&amp;غلاق إلى علبة النظام: يُبقي إغلاق النافذة chatdesk قيد التشغيل</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing quits.</source>
        <translation>سطح المكتب هذا لا يعرض أيقونات في علبة النظام، لذا يؤدي الإغلاق إلى إنهاء التطبيق.</translation>
    </message>
    <message>
        <source>T&amp;ool steps per turn:</source>
        <translation>&amp;عدد خطوات الأدوات لكل دور:</translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy (e.g. socks5h://host:1080)</source>
        <translation>فارغ: وكيل النظام (مثل socks5h://host:1080)</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>اسم مستخدم الوكيل</translation>
    </message>
    <message>
        <source>user name, if the proxy asks</source>
        <translation>اسم المستخدم، إن طلبه الوكيل</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>كلمة مرور الوكيل</translation>
    </message>
    <message>
        <source>kept in the keyring; empty: unchanged</source>
        <translation>تُحفظ في حلقة المفاتيح؛ فارغ: دون تغيير</translation>
    </message>
    <message>
        <source>PEM file of extra trusted certificate authorities</source>
        <translation>ملف PEM لجهات إصدار شهادات موثوقة إضافية</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Verify TLS certificates (strongly recommended)</source>
        <translation>التحقق من شهادات TLS (موصى به بشدة)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>م&amp;فتاح API:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>عنوان URL ال&amp;أساسي:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>ال&amp;نموذج:</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>موجّه النظ&amp;ام:</translation>
    </message>
    <message>
        <source>Sto&amp;p sequences:</source>
        <translation>تسلسلات الإي&amp;قاف:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>المظ&amp;هر:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;حجم النص:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>ال&amp;وكيل:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;ملف CA:</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>استخدام في هذه الجلسة</translation>
    </message>
    <message>
        <source>⚠ This is http:// to another machine: the key and your messages travel unencrypted. Use https:// if the server offers it.</source>
        <translation>⚠ هذا اتصال http:// بجهاز آخر: يُنقل المفتاح ورسائلك بلا تشفير. استخدم https:// إن كان الخادم يوفّره.</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>جهات إصدار الشهادات</translation>
    </message>
    <message>
        <source>PEM certificates</source>
        <translation>شهادات PEM</translation>
    </message>
    <message>
        <source>Turn off certificate checks?</source>
        <translation>هل تريد إيقاف التحقق من الشهادات؟</translation>
    </message>
    <message>
        <source>Without checking certificates, anyone on the network path can read and change what you send, your API key included. Prefer adding the server&apos;s CA file.

Turn verification off anyway?</source>
        <translation>دون التحقق من الشهادات، يمكن لأي أحد على مسار الشبكة قراءة ما ترسله وتغييره، بما في ذلك مفتاح API. يُفضّل إضافة ملف CA الخاص بالخادم.

هل تريد إيقاف التحقق رغم ذلك؟</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <source>✗ {title}: {message}</source>
        <translation>✗ {title}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: the server lists %Ln model(s).</source>
        <translation>
            <numerusform>✓ تم الاتصال: يعرض الخادم %Ln نموذج.</numerusform>
            <numerusform>✓ تم الاتصال: يعرض الخادم %Ln نموذج.</numerusform>
            <numerusform>✓ تم الاتصال: يعرض الخادم %Ln نموذجين.</numerusform>
            <numerusform>✓ تم الاتصال: يعرض الخادم %Ln نماذج.</numerusform>
            <numerusform>✓ تم الاتصال: يعرض الخادم %Ln نموذجًا.</numerusform>
            <numerusform>✓ تم الاتصال: يعرض الخادم %Ln نموذج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s) available.</source>
        <translation>
            <numerusform>النماذج المتاحة: %Ln.</numerusform>
            <numerusform>النماذج المتاحة: %Ln.</numerusform>
            <numerusform>النماذج المتاحة: %Ln.</numerusform>
            <numerusform>النماذج المتاحة: %Ln.</numerusform>
            <numerusform>النماذج المتاحة: %Ln.</numerusform>
            <numerusform>النماذج المتاحة: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+K)</source>
        <translation>البحث في كل المحادثات (Ctrl+K)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>تثبيت / إلغاء التثبيت</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>البحث في</translation>
    </message>
    <message>
        <source>In all conversations</source>
        <translation>في كل المحادثات</translation>
    </message>
    <message>
        <source>In {project}</source>
        <translation>في {project}</translation>
    </message>
    <message>
        <source>Search in {project} (Ctrl+K)</source>
        <translation>البحث في {project} (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;New conversation here</source>
        <translation>&amp;محادثة جديدة هنا</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة &amp;تسمية</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>&amp;إعدادات المشروع…</translation>
    </message>
    <message>
        <source>&amp;Export project…</source>
        <translation>ت&amp;صدير المشروع…</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>&amp;حذف المشروع…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb</comment>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>إ&amp;لغاء التثبيت</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>تث&amp;بيت</translation>
    </message>
    <message>
        <source>&amp;Move to project</source>
        <translation>&amp;نقل إلى مشروع</translation>
    </message>
    <message>
        <source>&amp;No project</source>
        <translation>&amp;بلا مشروع</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>هل تريد حذف «{title}» وكل رسائلها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>حذف المحادثة</translation>
    </message>
    <message>
        <source>Text size {percent} %, the largest</source>
        <extracomment>The sizes Ctrl+= and Ctrl+- step through, in percent (as browsers do).</extracomment>
        <translation>حجم النص {percent}٪، الأكبر</translation>
    </message>
    <message>
        <source>Text size {percent} %, the smallest</source>
        <translation>حجم النص {percent}٪، الأصغر</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>حجم النص {percent}٪</translation>
    </message>
    <message numerus="yes">
        <source>… ({count} more characters)</source>
        <extracomment>Arguments shown in the dialog, at most (the rest is cut, and said to be).</extracomment>
        <translation>
            <numerusform>… ({count} حرف آخر)</numerusform>
            <numerusform>… ({count} حرف آخر)</numerusform>
            <numerusform>… ({count} حرفان آخران)</numerusform>
            <numerusform>… ({count} أحرف أخرى)</numerusform>
            <numerusform>… ({count} حرفًا آخر)</numerusform>
            <numerusform>… ({count} حرف آخر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow this tool call?</source>
        <translation>هل تسمح باستدعاء هذه الأداة؟</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>الأداة:</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(بلا وصف)</translation>
    </message>
    <message>
        <source>What it does:</source>
        <translation>ما تفعله:</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>الوسائط:</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>السماح &amp;مرة واحدة</translation>
    </message>
    <message>
        <source>Always allow this &amp;tool</source>
        <translation>السماح دائمًا بهذه الأ&amp;داة</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Which tools (MCP servers) this conversation may use</source>
        <translation>الأدوات (خوادم MCP) التي يمكن لهذه المحادثة استخدامها</translation>
    </message>
    <message>
        <source>Tools ({offered}/{total})</source>
        <translation>الأدوات ({offered}/{total})</translation>
    </message>
    <message>
        <source>No MCP servers yet</source>
        <translation>لا توجد خوادم MCP بعد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln أداة</numerusform>
            <numerusform>%Ln أداة</numerusform>
            <numerusform>%Ln أداتان</numerusform>
            <numerusform>%Ln أدوات</numerusform>
            <numerusform>%Ln أداة</numerusform>
            <numerusform>%Ln أداة</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP servers…</source>
        <translation>خوادم MCP…</translation>
    </message>
    <message>
        <source>Local command (stdio)</source>
        <translation>أمر محلي (stdio)</translation>
    </message>
    <message>
        <source>Remote (HTTP)</source>
        <translation>بعيد (HTTP)</translation>
    </message>
    <message>
        <source>Remote (SSE)</source>
        <translation>بعيد (SSE)</translation>
    </message>
    <message>
        <source>&lt;in the keyring&gt;</source>
        <extracomment>Shown in place of a value kept in the keyring (``tr`` it where it is shown).</extracomment>
        <translation>&lt;في حلقة المفاتيح&gt;</translation>
    </message>
    <message>
        <source>Tools: MCP servers</source>
        <translation>الأدوات: خوادم MCP</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>خوادم MCP</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Enable/&amp;disable</source>
        <translation>تمكين/ت&amp;عطيل</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>إعادة التش&amp;غيل</translation>
    </message>
    <message>
        <source>&amp;Paste mcp.json…</source>
        <translation>ل&amp;صق mcp.json…</translation>
    </message>
    <message>
        <source>Servers are kept in {path} (Claude Desktop&apos;s shape).</source>
        <translation>تُحفظ الخوادم في {path} (بصيغة Claude Desktop).</translation>
    </message>
    <message numerus="yes">
        <source>ready, %Ln tool(s)</source>
        <translation>
            <numerusform>جاهز، %Ln أداة</numerusform>
            <numerusform>جاهز، %Ln أداة</numerusform>
            <numerusform>جاهز، %Ln أداتان</numerusform>
            <numerusform>جاهز، %Ln أدوات</numerusform>
            <numerusform>جاهز، %Ln أداة</numerusform>
            <numerusform>جاهز، %Ln أداة</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste mcp.json</source>
        <translation>لصق mcp.json</translation>
    </message>
    <message>
        <source>That is not JSON: {problem}</source>
        <translation>هذا ليس JSON: {problem}</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>النص الملصق</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>خادم MCP</translation>
    </message>
    <message>
        <source>NAME=value, one per line (headers for remote servers)</source>
        <translation>NAME=value، واحد في كل سطر (ترويسات للخوادم البعيدة)</translation>
    </message>
    <message>
        <source>API_TOKEN=…, one per line: kept in the system keyring</source>
        <translation>API_TOKEN=…، واحد في كل سطر: يُحفظ في حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <source>These values are kept in the system keyring; mcp.json keeps only a reference</source>
        <translation>تُحفظ هذه القيم في حلقة مفاتيح النظام؛ ولا يحتفظ mcp.json إلا بمرجع إليها</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> ث</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>الأ&amp;مر:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>ال&amp;وسائط:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>مجلد ال&amp;عمل:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>عنو&amp;ان URL:</translation>
    </message>
    <message>
        <source>&amp;Environment or headers:</source>
        <translation>ال&amp;بيئة أو الترويسات:</translation>
    </message>
    <message>
        <source>Secret &amp;values (system keyring):</source>
        <translation>ال&amp;قيم السرية (حلقة مفاتيح النظام):</translation>
    </message>
    <message>
        <source>&amp;Timeout per call:</source>
        <translation>م&amp;هلة كل استدعاء:</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;محادثة جديدة</translation>
    </message>
    <message>
        <source>&amp;Quick ask</source>
        <translation>&amp;سؤال سريع</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Show chatdesk</source>
        <translation>إ&amp;ظهار chatdesk</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>chatdesk is still running</source>
        <translation>لا يزال chatdesk قيد التشغيل</translation>
    </message>
    <message>
        <source>Closing the window keeps chatdesk in the tray. Quit it from the tray&apos;s menu or with Ctrl+Q; Settings turns this off.</source>
        <translation>إغلاق النافذة يُبقي chatdesk في علبة النظام. أنهِه من قائمة علبة النظام أو باستخدام Ctrl+Q؛ ويمكن إيقاف هذا السلوك من الإعدادات.</translation>
    </message>
    <message numerus="yes">
        <source>Reply finished in {seconds} s · %Ln step(s)</source>
        <translation>
            <numerusform>اكتمل الرد في {seconds} ث · %Ln خطوة</numerusform>
            <numerusform>اكتمل الرد في {seconds} ث · %Ln خطوة</numerusform>
            <numerusform>اكتمل الرد في {seconds} ث · %Ln خطوتان</numerusform>
            <numerusform>اكتمل الرد في {seconds} ث · %Ln خطوات</numerusform>
            <numerusform>اكتمل الرد في {seconds} ث · %Ln خطوة</numerusform>
            <numerusform>اكتمل الرد في {seconds} ث · %Ln خطوة</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply finished in {seconds} s</source>
        <translation>اكتمل الرد في {seconds} ث</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>الموجّه</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>الإكمال</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>(deleted server)</source>
        <translation>(خادم محذوف)</translation>
    </message>
    <message>
        <source>(server not recorded)</source>
        <translation>(خادم غير مسجّل)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>حسب اليوم</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>Usage totals</source>
        <translation>إجماليات الاستخدام</translation>
    </message>
    <message>
        <source>Replies whose server reported no usage are estimated (marked ~). Costs use the price table (History &gt; Prices…): its built-in prices only on the servers that charge them, your own everywhere; without a price, tokens only. Replies count under the server their conversation was last used with.</source>
        <translation>الردود التي لم يبلغ خادمها عن الاستخدام مقدّرة (ومُعلَّمة بـ ~). تُحسب التكاليف من جدول الأسعار (السجل &gt; الأسعار…): أسعاره المدمجة على الخوادم التي تفرضها فقط، وأسعارك الخاصة في كل مكان؛ ودون سعر تُعرض الرموز فقط. تُحتسب الردود ضمن الخادم الذي استُخدمت معه محادثتها آخر مرة.</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>الإجماليات:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month of a year in the usage table, as a Qt date format</comment>
        <extracomment>A Qt date format: MMMM the month&apos;s name, M its number, yyyy the year, &apos;text&apos; as is.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) shown.</source>
        <translation>
            <numerusform>تُعرض %Ln رسالة.</numerusform>
            <numerusform>تُعرض %Ln رسالة.</numerusform>
            <numerusform>تُعرض %Ln رسالتان.</numerusform>
            <numerusform>تُعرض %Ln رسائل.</numerusform>
            <numerusform>تُعرض %Ln رسالة.</numerusform>
            <numerusform>تُعرض %Ln رسالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>{title}, pinned</source>
        <translation>{title}، مثبّتة</translation>
    </message>
    <message>
        <source>{sender}, message {number}</source>
        <translation>{sender}، الرسالة {number}</translation>
    </message>
    <message>
        <source>{link}, link</source>
        <translation>{link}، رابط</translation>
    </message>
    <message>
        <source>{link}, link, your message</source>
        <translation>{link}، رابط، رسالتك</translation>
    </message>
    <message>
        <source>{link}, link, {sender}&apos;s message</source>
        <translation>{link}، رابط، رسالة {sender}</translation>
    </message>
    <message>
        <source>Alt+Down and Alt+Up move between messages; Tab moves through their links.</source>
        <translation>ينتقل Alt+Down وAlt+Up بين الرسائل؛ وينتقل Tab بين روابطها.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Enter يرسل، وShift+Enter يبدأ سطرًا جديدًا.</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>إرسال الرسالة (Enter)</translation>
    </message>
    <message>
        <source>Attach images, documents or text files; pasting files works too.</source>
        <translation>إرفاق صور أو مستندات أو ملفات نصية؛ ويمكن لصق الملفات أيضًا.</translation>
    </message>
    <message>
        <source>Fix what the banner reports</source>
        <translation>إصلاح ما يبلغ عنه الشريط</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>تجاهل الرسالة</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>ملف تعريف الخادم</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>إدارة ملفات التعريف</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>تحديث قائمة النماذج</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>البحث في كل المحادثات</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>شريط الحالة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>تكبير ال&amp;نص</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <source>&amp;Actual text size</source>
        <translation>حجم النص ال&amp;فعلي</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>ال&amp;جزء التالي</translation>
    </message>
    <message>
        <source>P&amp;revious pane</source>
        <translation>الجزء ال&amp;سابق</translation>
    </message>
    <message>
        <source>Next &amp;message</source>
        <translation>الرسالة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Pre&amp;vious message</source>
        <translation>الرسالة السا&amp;بقة</translation>
    </message>
    <message>
        <source>No presets yet (Message &gt; Conversation settings…)</source>
        <translation>لا توجد إعدادات مسبقة بعد (رسالة &gt; إعدادات المحادثة…)</translation>
    </message>
    <message>
        <source>New conversation from “{name}”</source>
        <translation>محادثة جديدة من «{name}»</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>استيراد محادثات</translation>
    </message>
    <message>
        <source>chatdesk or ChatGPT export</source>
        <translation>تصدير chatdesk أو ChatGPT</translation>
    </message>
    <message>
        <source>Nothing to export: this conversation is empty.</source>
        <translation>لا شيء للتصدير: هذه المحادثة فارغة.</translation>
    </message>
    <message>
        <source>conversation</source>
        <comment>default file name</comment>
        <translation>محادثة</translation>
    </message>
    <message>
        <source>chatdesk-history</source>
        <comment>default file name</comment>
        <translation>سجل-chatdesk</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>لم يُحفظ المفتاح</translation>
    </message>
    <message>
        <source>{problem}

The key you entered is used until you quit chatdesk.</source>
        <translation>{problem}

سيُستخدم المفتاح الذي أدخلته حتى تُنهي chatdesk.</translation>
    </message>
    <message>
        <source>About chatdesk</source>
        <translation>حول chatdesk</translation>
    </message>
    <message>
        <source>chatdesk {version}
A native chat client for OpenAI-compatible servers.</source>
        <translation>chatdesk {version}
عميل دردشة أصلي للخوادم المتوافقة مع OpenAI.</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;محادثة جديدة</translation>
    </message>
    <message>
        <source>New conversation from &amp;preset</source>
        <translation>محادثة جديدة من إ&amp;عداد مسبق</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;تصدير المحادثة…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>تصدير &amp;كل المحادثات…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدا&amp;دات…</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP servers)…</source>
        <translation>ال&amp;أدوات (خوادم MCP)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>ال&amp;بحث في المحادثات</translation>
    </message>
    <message>
        <source>&amp;Usage…</source>
        <translation>الا&amp;ستخدام…</translation>
    </message>
    <message>
        <source>P&amp;rices…</source>
        <translation>ال&amp;أسعار…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>فتح مجلد &amp;سجلات التشغيل</translation>
    </message>
    <message>
        <source>&amp;About chatdesk</source>
        <translation>&amp;حول chatdesk</translation>
    </message>
    <message>
        <source>Conversation &amp;settings…</source>
        <translation>إعدادات ال&amp;محادثة…</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>&amp;نسخ آخر رد</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>إعادة &amp;توليد الرد</translation>
    </message>
    <message>
        <source>C&amp;ontinue reply</source>
        <translation>مت&amp;ابعة الرد</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>تح&amp;رير آخر رسالة</translation>
    </message>
    <message>
        <source>&amp;Delete last message</source>
        <translation>&amp;حذف آخر رسالة</translation>
    </message>
    <message>
        <source>&amp;Previous version</source>
        <translation>النسخة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Next version</source>
        <translation>النسخة التا&amp;لية</translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation>م&amp;قارنة النماذج…</translation>
    </message>
    <message>
        <source>Prompt &amp;library…</source>
        <translation>مكت&amp;بة الموجّهات…</translation>
    </message>
    <message>
        <source>{server} · {prompt}</source>
        <extracomment>A server&apos;s prompt in the &quot;/&quot; popup: the MCP server&apos;s name, then the prompt&apos;s title.</extracomment>
        <translation>{server} · {prompt}</translation>
    </message>
    <message>
        <source>Getting the prompt “{prompt}” from {server}…</source>
        <translation>جارٍ جلب الموجّه «{prompt}» من {server}…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” did not send the prompt “{prompt}” within {seconds} s. Choose it again to retry; a slow server can be given more time with its “timeout” in mcp.json.</source>
        <translation>لم يرسل خادم MCP «{server}» الموجّه «{prompt}» خلال {seconds} ث. اختره مرة أخرى لإعادة المحاولة؛ ويمكن منح الخادم البطيء وقتًا أطول عبر «timeout» الخاص به في mcp.json.</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running ({reason}), so its prompt “{prompt}” was not inserted. Restart it in File › Tools (MCP servers)…</source>
        <translation>خادم MCP «{server}» لا يعمل ({reason})، لذا لم يُدرج موجّهه «{prompt}». أعد تشغيله من ملف › الأدوات (خوادم MCP)…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” is not running, so its prompt “{prompt}” was not inserted. Check it in File › Tools (MCP servers)…</source>
        <translation>خادم MCP «{server}» لا يعمل، لذا لم يُدرج موجّهه «{prompt}». افحصه من ملف › الأدوات (خوادم MCP)…</translation>
    </message>
    <message>
        <source>The MCP server “{server}” could not give the prompt “{prompt}”: {reason}. Choose it again to retry, or restart the server in File › Tools (MCP servers)…</source>
        <translation>تعذّر على خادم MCP «{server}» تقديم الموجّه «{prompt}»: {reason}. اختره مرة أخرى لإعادة المحاولة، أو أعد تشغيل الخادم من ملف › الأدوات (خوادم MCP)…</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>{name} (required)</source>
        <extracomment>A required argument of a server&apos;s prompt, in the dialog that asks for them.</extracomment>
        <translation>{name} (مطلوب)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <source>chatdesk hit a bug ({error}). It is not a problem with your server, disk or network, and trying again will not help. The log has the details (Help &gt; Open log folder): please report the bug with it.</source>
        <extracomment>While a stream keeps sending, its items reach the UI thread at most this often.</extracomment>
        <translation>واجه chatdesk خللًا برمجيًا ({error}). ليست المشكلة في الخادم أو القرص أو الشبكة، ولن تفيد إعادة المحاولة. يحتوي السجل على التفاصيل (تعليمات &gt; فتح مجلد سجلات التشغيل): يُرجى الإبلاغ عن الخلل مع إرفاقه.</translation>
    </message>
    <message numerus="yes">
        <source>{prompt} prompt + {completion} completion = {total} token(s)</source>
        <translation>
            <numerusform>{prompt} للموجّه + {completion} للإكمال = {total} رمز</numerusform>
            <numerusform>{prompt} للموجّه + {completion} للإكمال = {total} رمز</numerusform>
            <numerusform>{prompt} للموجّه + {completion} للإكمال = {total} رمزان</numerusform>
            <numerusform>{prompt} للموجّه + {completion} للإكمال = {total} رموز</numerusform>
            <numerusform>{prompt} للموجّه + {completion} للإكمال = {total} رمزًا</numerusform>
            <numerusform>{prompt} للموجّه + {completion} للإكمال = {total} رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>Western</source>
        <translation>غربي</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>أوروبا الوسطى</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>سيريلي</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>يوناني</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>تركي</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>عبري</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربي</translation>
    </message>
    <message>
        <source>Baltic</source>
        <translation>بلطيقي</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>تايلاندي</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>ياباني</translation>
    </message>
    <message>
        <source>Chinese Simplified</source>
        <translation>صيني مبسط</translation>
    </message>
    <message>
        <source>Chinese Traditional</source>
        <translation>صيني تقليدي</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>كوري</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>يونيكود</translation>
    </message>
    <message>
        <source>Read &amp;as</source>
        <translation>القراءة &amp;بترميز</translation>
    </message>
    <message>
        <source>{region} ({encoding})</source>
        <comment>an encoding: Western (Windows-1252)</comment>
        <translation>{region} ({encoding})</translation>
    </message>
</context>
</TS>
