# Wegwijzer's own messages (not tied to one topic). Translated from locales/nl/main.ftl.
language-name = العربية
# The language's name in Dutch, for the advisers.
language-name-nl = Arabisch

welcome =
    أهلاً وسهلاً بكم في ⁦Wegwijzer⁩ (دليل الطريق). أساعد أولياء أمور الأطفال الذين لا يذهبون إلى المدرسة (أو يذهبون جزءاً من اليوم فقط): حقوقكم، والخطوة التالية، والجهة التي يمكنكم التوجّه إليها.
    أقدّم معلومات عامة، وليس استشارة قانونية. لوضعكم الخاص يمكنكم أن تسألوا أحد المستشارين.
    اكتبوا بكلماتكم ما الذي يحدث، أو اختاروا موضوعاً.
privacy-notice =
    الخصوصية: أحتفظ بأقل قدر ممكن من المعلومات. من فضلكم لا ترسلوا أسماء أو تواريخ ميلاد أو رقم ⁦BSN⁩ (رقم المواطن الهولندي).
    - أحتفظ بالخيارات التي تختارونها في هذه المحادثة. هل تتحدثون مع مستشار؟ عندها أحتفظ أيضاً برسائلكم، وبردود المستشار، وبملاحظات قصيرة يكتبها المستشار عن سؤالكم.
    - لا ينقل ⁦Wegwijzer⁩ أي شيء إلى المدرسة، ولا إلى موظف التعليم الإلزامي (⁦leerplicht⁩)، ولا إلى مركز ⁦Veilig Thuis⁩ (مركز المساعدة في حالات العنف المنزلي).
    - بعد ⁦90⁩ يوماً من إغلاق سؤالكم، أو بعد ⁦90⁩ يوماً بدون تواصل، أمسح المحادثة والرسائل. بعد ذلك تبقى أعداد فقط (إحصاءات)، بدون أي معلومات عنكم.
    - الأمر ⁦/mydata⁩ يعرض ما أحتفظ به. والأمر ⁦/forget⁩ يمسح فوراً كل شيء عنكم.
help =
    اكتبوا بكلماتكم ما الذي يحدث، أو استعملوا:
    ⁦/menu⁩ – المواضيع
    ⁦/back⁩ – الرجوع إلى السؤال السابق
    ⁦/language⁩ – اختيار لغة أخرى
    ⁦/adviser⁩ – التحدث مع شخص حقيقي
    ⁦/stop⁩ – إيقاف هذه المحادثة
    ⁦/mydata⁩ – ما أحتفظ به عنكم
    ⁦/forget⁩ – مسح كل شيء عنكم

menu-prompt = عن أي شيء سؤالكم؟ اختاروا موضوعاً.
topic-suspension = تم إيقاف طفلي مؤقتاً عن المدرسة
topic-removal = المدرسة تريد فصل طفلي
topic-partial_hours = يُسمح لطفلي بالذهاب إلى المدرسة بضع ساعات فقط
topic-waitlist = قائمة انتظار للتعليم الخاص أو لرعاية الشباب
topic-enrolment = التسجيل: مدرسة ترفض طفلي
topic-home_without_school = طفلي في البيت بدون مدرسة
topic-attendance = التعليم الإلزامي: الغياب، أو غرامة، أو إجازة
topic-bullying = التنمّر أو عدم الشعور بالأمان في المدرسة
topic-complaint = شكوى على معلم أو على المدرسة، أو تمييز
topic-wellbeing = قلق، حزن، خوف من الذهاب إلى المدرسة
topic-home_education = التعليم المنزلي أو الإعفاء من المدرسة
topic-newcomers = جديد في هولندا
topic-parent_support = أصبح الأمر فوق طاقتي كأب أو كأم
topic-adviser = التحدث مع مستشار

choose-prompt = من فضلكم اختاروا أحد الخيارات: اكتبوا الرقم أو اضغطوا على زر.
common-c-adviser = أريد التحدث مع مستشار
common-c-menu = العودة إلى القائمة
common-ask-number = من فضلكم اكتبوا رقماً فقط، مثلاً ⁦3⁩.
after-answer = ماذا تريدون أن تفعلوا الآن؟
source-line = المصدر: { $url }

# The region is asked once per conversation (flows/regions/). Every choice sets a region.
region-ask = حتى أعطيكم جهات الاتصال الصحيحة: هل تسكنون في أمستردام أم في مكان آخر؟
region-amsterdam = أمستردام
region-elsewhere = في مكان آخر في هولندا

# How a parent outside Amsterdam finds the contact (used as { $key } in the messages).
# Each stands on its own after a colon.
contact-leerplicht-elsewhere = موظف التعليم الإلزامي (⁦leerplichtambtenaar⁩) في بلديتكم (ابحثوا في موقع بلديتكم عن كلمة '⁦leerplicht⁩'، أو اسألوا المدرسة)
contact-swv-elsewhere = شبكة المدارس في منطقتكم، أي الـ ⁦samenwerkingsverband⁩ (اسألوا المدرسة إلى أي ⁦samenwerkingsverband⁩ تنتمي؛ توجد خريطة على ⁦regioatlas.nl⁩)
contact-oco-elsewhere = منظمة الأهل والتعليم ⁦Ouders & Onderwijs⁩، على مستوى هولندا كلها ومجاناً: ⁦0800-5010⁩ أو ⁦vraag@oudersonderwijs.nl⁩ (واسألوا أيضاً الـ ⁦samenwerkingsverband⁩ هل يوجد في منطقتكم مركز لدعم الأهل)
contact-okt-elsewhere = فريق الشباب أو فريق الحي في بلديتكم (⁦jeugdteam⁩ أو ⁦wijkteam⁩؛ ابحثوا في موقع بلديتكم عن كلمة '⁦jeugdhulp⁩')

# The support need behind the absence: asked once per conversation, can be skipped. Only counted.
need-ask =
    حتى نستطيع أن نساعد بشكل أفضل: ما الذي يواجهه طفلكم؟ يمكنكم تخطّي هذا السؤال.
    لتقريرنا السنوي نعدّ فقط كم مرة يتكرر أمر ما، بدون أي معلومات عنكم.
need-c-fysiek = مرض جسدي أو إعاقة
need-c-gedrag = مشاكل في السلوك، أو فرط الحركة وتشتت الانتباه (⁦ADHD⁩)
need-c-autisme = التوحّد
need-c-leren = صعوبات في التعلّم، مثل عسر القراءة
need-c-psychisch = قلق، أو حزن، أو مشاكل نفسية أخرى
need-c-hoogbegaafd = موهبة عالية (ذكاء مرتفع جداً)
need-c-anders = شيء آخر، أو لا أعرف
need-c-skip = أفضّل ألّا أقول (تخطّي)

not-understood = لم أفهم بعد عن أي شيء سؤالكم.
empty-message = رسالتكم فارغة. اكتبوا في بضع كلمات ما الذي يحدث.
too-long = رسالتكم طويلة جداً (أكثر من { $max } حرف) ولم يتم حفظها. من فضلكم اكتبوها بشكل أقصر، في بضع جمل.
no-words = لا أرى كلمات في رسالتكم. اكتبوا في بضع كلمات ما الذي يحدث.
unsupported-media = أستطيع قراءة النصوص فقط، وليس الصور أو الرسائل الصوتية أو الملفات. من فضلكم اكتبوا سؤالكم في بضع كلمات.
unknown-command = لا أعرف هذا الأمر. اكتبوا ⁦/help⁩ لتروا ما يمكنكم فعله.

language-prompt = اختاروا لغتكم.
language-set = سأكتب لكم الآن باللغة العربية.
stopped = توقفت المحادثة. اكتبوا أي شيء لتبدأوا من جديد.

urgent-answer =
    هل يوجد شخص في خطر مباشر؟ اتصلوا بالرقم ⁦112⁩.
    هل تفكرون أنتم أو طفلكم في الانتحار؟ اتصلوا بالرقم ⁦113⁩ (مجاناً) أو ⁦0800-0113⁩، أو تحدثوا كتابةً عبر ⁦113.nl⁩.
    عنف أو عدم أمان في البيت: ⁦Veilig Thuis⁩ (مركز المساعدة في حالات العنف المنزلي وإساءة معاملة الأطفال) على الرقم ⁦0800-2000⁩، ليلاً ونهاراً ومجاناً.
    هذه الخطوط تتحدث باللغة الهولندية. يمكنكم أن تطلبوا مترجماً (بالهولندية: ⁦tolk⁩).
    لا تنتظرونا: مستشارو ⁦Wegwijzer⁩ ليسوا جهة مساعدة في الأزمات، ولا يمكن الوصول إليهم فوراً في كل وقت. اتصلوا الآن بالرقم ⁦113⁩ أو ⁦112⁩.

escalated = سؤالكم الآن عند المستشارين. سيجيبكم مستشار هنا في هذه المحادثة، عادةً { $within }. يمكنكم من الآن أن تكتبوا المزيد هنا.
escalated-urgent = سؤالكم الآن عند المستشارين، بأولوية. سيجيبكم مستشار هنا في أقرب وقت ممكن، عادةً { $within }. إذا كان هناك خطر: لا تنتظروا، اتصلوا بالرقم ⁦112⁩ أو ⁦113⁩.

adviser-joined = استلم أحد المستشارين سؤالكم وسيجيبكم هنا في هذه المحادثة. ما يكتبه المستشار بنفسه لا يُترجَم. هل هناك شيء غير واضح؟ اطلبوا عندها مكالمة هاتفية مع مترجم.
ticket-closed = أغلق المستشار سؤالكم. لا تترددوا في الكتابة من جديد إذا كان لديكم سؤال آخر.

pii-warning = انتبهوا: أرسلتم شيئاً يشبه اسماً، أو رقم ⁦BSN⁩ (رقم المواطن)، أو تاريخ ميلاد، أو بريداً إلكترونياً، أو رقم هاتف. لم أحفظه ولم أرسله إلى أحد. لا أحتاجه لمساعدتكم.
forget-done = تم مسح كل ما كنت أحتفظ به عنكم: المحادثة، وأسئلتكم إلى المستشارين، والرسائل. اكتبوا أي شيء لتبدأوا من جديد.
mydata-header = هذا ما أحتفظ به عنكم:
mydata-language = تكتبون باللغة { $language }.
mydata-footer = يمكن للمستشارين أيضاً أن يكتبوا ملاحظات داخلية قصيرة عن سؤالكم. هذه الملاحظات لا تظهر في هذه القائمة، لكنها تابعة لسؤالكم، والأمر ⁦/forget⁩ يمسحها أيضاً. غير ذلك لا أحتفظ باسم ولا برقم هاتف. الأمر ⁦/forget⁩ يمسح كل شيء.

# Ready-made replies an adviser sends with /canned NAME; the parent reads them in their own language.
canned-thanks = شكراً لرسالتكم. أنا أنظر في الأمر وسأجيبكم هنا في أقرب وقت ممكن.
canned-more-info = هل يمكنكم أن تخبروني بالمزيد؟ مثلاً: كم عمر طفلكم تقريباً، وما نوع المدرسة، ومنذ متى يحدث هذا؟ من فضلكم لا تذكروا أسماء.
canned-onderwijsconsulenten = هل طفلكم في البيت منذ أكثر من ⁦4⁩ أسابيع؟ عندها يمكنكم أن تطلبوا مساعدة مجانية من ⁦Onderwijsconsulenten⁩ (مستشارو التعليم): ⁦070-312 28 87⁩ (أيام العمل من ⁦9:00⁩ إلى ⁦12:30⁩ ومن ⁦13:30⁩ إلى ⁦16:30⁩) أو عبر ⁦onderwijsconsulenten.nl⁩. قد تمرّ عدة أسابيع قبل أن يتصلوا بكم لموعد التعارف الأول (⁦intake⁩): لذلك سجّلوا فوراً.
canned-safe-now = أريد أولاً أن أسأل شيئاً مهماً: هل أنتم وطفلكم في أمان الآن؟ هل يوجد خطر مباشر؟ اتصلوا عندها فوراً بالرقم ⁦112⁩.
canned-crisis-numbers =
    هل يوجد خطر مباشر؟ اتصلوا بالرقم ⁦112⁩.
    هل تفكرون أنتم أو طفلكم في الانتحار؟ اتصلوا بالرقم ⁦113⁩ (مجاناً) أو ⁦0800-0113⁩، أو تحدثوا كتابةً عبر ⁦113.nl⁩.
    عنف أو عدم أمان في البيت: ⁦Veilig Thuis⁩ (مركز المساعدة في حالات العنف المنزلي وإساءة معاملة الأطفال) على الرقم ⁦0800-2000⁩، ليلاً ونهاراً ومجاناً.
    هذه الخطوط تتحدث باللغة الهولندية. يمكنكم أن تطلبوا مترجماً (بالهولندية: ⁦tolk⁩).
canned-interpreter = لا أتكلم لغتكم جيداً. هل نتصل بكم هاتفياً مع مترجم؟ أجيبوا بنعم أو لا.

# Outside office hours: the advisers read the question when the office opens.
escalated-closed = سؤالكم الآن عند المستشارين. لا يمكن الوصول إليهم في هذا الوقت، وسيقرؤون سؤالكم ابتداءً من { $day }، الساعة { $time }. يمكنكم من الآن أن تكتبوا المزيد هنا.
    هل تريدون نصيحة قبل ذلك؟ منظمة الأهل والتعليم ⁦Ouders & Onderwijs⁩ (مجاناً، باللغة الهولندية): ⁦0800-5010⁩. هل الأمر مستعجل؟ اتصلوا بالرقم ⁦113⁩ (مجاناً) أو ⁦112⁩.
# No adviser works with this bot: say so, and where else to go.
escalated-nobody = لا يعمل حالياً أي مستشار مع خدمة ⁦Wegwijzer⁩ هذه، لذلك لا يستطيع أحد هنا أن يجيب عن سؤالكم. أنا آسف لذلك.
    للحصول على نصيحة: منظمة الأهل والتعليم ⁦Ouders & Onderwijs⁩ (مجاناً) ⁦0800-5010⁩، أو ⁦Onderwijsconsulenten⁩ (مستشارو التعليم) ⁦070-312 28 87⁩.
    في حالة الخطر: ⁦112⁩. هل تفكرون أنتم أو طفلكم في الانتحار: ⁦113⁩ (مجاناً). العنف في البيت: ⁦Veilig Thuis⁩ ⁦0800-2000⁩.
within-minutes = خلال { $n } دقيقة
within-hours = خلال { $n } ساعة
within-days = خلال { $n } يوم
day-1 = الاثنين
day-2 = الثلاثاء
day-3 = الأربعاء
day-4 = الخميس
day-5 = الجمعة
day-6 = السبت
day-7 = الأحد
day-today = اليوم
day-tomorrow = الغد
# While waiting for an adviser: the first message, and every crisis message, get an answer.
waiting-noted = أضفت رسالتكم إلى سؤالكم. سيقرؤها المستشار عندما يبدأ العمل على سؤالكم.
waiting-crisis = نبّهت المستشارين إلى أن الأمر مستعجل.
# The bot only serves one parent at a time, in a private chat.
private-only = أعمل فقط في محادثة خاصة، حتى لا يقرأ أحد غيركم. أرسلوا لي رسالة شخصية. سأغادر هذه المجموعة.
# How the parent sees an adviser's message.
adviser-says = { $name }، من فريق المستشارين:

# Triage asks instead of guessing when two or three topics are close.
ask-topic = عن أي شيء يدور سؤالكم أكثر؟
ask-topic-other = شيء آخر
# Offered after two messages whose language was not clear.
language-unsure = لست متأكداً بعد بأي لغة تكتبون. اختاروا لغتكم، وسأكمل بهذه اللغة.

# Words a parent may type without a slash; they work like the commands. Comma-separated, each
# matched as the whole message (case, accents and punctuation do not matter).
words-menu = القائمة, قائمة, القائمة الرئيسية, المواضيع, منيو, ابدأ من جديد, ⁦menu⁩
words-back = رجوع, ارجع, رجع, السابق, السؤال السابق, ⁦rjo3⁩, ⁦rje3⁩, ⁦back⁩
words-stop = توقف, وقف, إيقاف, لا شكرا, خلاص, كفى, ⁦stop⁩
words-help = مساعدة, ساعدني, عاوني, شرح, ⁦help⁩
words-language = لغة, اللغة, لغة أخرى, تغيير اللغة
words-adviser = مستشار, المستشار, مستشارة, إنسان, شخص, موظف, بدي احكي مع حدا, بغيت نهضر مع شي حد
# Number words, from one, for choosing an option ("اثنين" is the 2nd).
words-numbers = واحد, اثنين, ثلاثة, أربعة, خمسة, ستة, سبعة, ثمانية, تسعة, عشرة, أحد عشر, اثنا عشر, ثلاثة عشر, أربعة عشر, خمسة عشر
choice-unclear = هذا يناسب أكثر من خيار واحد. أيّ خيار تقصدون؟
back-none = هذا هو السؤال الأول، ولا يمكن الرجوع أكثر من ذلك.
# On platforms without buttons (Matrix, the terminal).
choose-prompt-typed = من فضلكم اختاروا أحد الخيارات: اكتبوا الرقم أو الجواب.
# The bot's command list in the app (Telegram shows it next to the text field).
command-start = البدء
command-menu = المواضيع
command-back = الرجوع إلى السؤال السابق
command-language = اختيار لغة أخرى
command-adviser = التحدث مع مستشار
command-stop = إيقاف هذه المحادثة
command-help = شرح
command-mydata = ما أحتفظ به عنكم
command-forget = مسح كل شيء عنكم
# Under the QR code on a poster: the topic's title comes above this line.
qr-scan = امسحوا الرمز بهاتفكم واطرحوا سؤالكم بلغتكم.
mydata-answers = خياراتكم وأجوبتكم في هذه المحادثة:
mydata-region = منطقتكم: { $region }.
mydata-need = ما ترون أنه السبب وراء بقاء طفلكم في البيت: { $need }.
mydata-ticket-open = سؤالكم إلى المستشارين (رقم { $id }) ينتظر مستشاراً. هذا ما فيه:
mydata-ticket-claimed = يعمل أحد المستشارين على سؤالكم (رقم { $id }). هذا ما فيه:
mydata-ticket-closed = انتهى العمل على سؤالكم إلى المستشارين (رقم { $id }). هذا ما فيه:
mydata-you = كتبتم: { $text }
mydata-adviser = كتب المستشار: { $text }
mydata-nothing = لا أحتفظ بعد بأي شيء عن هذه المحادثة، غير لغتكم.

# /mydata: what the bot will say later because the parent asked for it.
mydata-reminder = تذكير طلبتموه، في { $date }. أحتفظ بهذه المحادثة وهذا التاريخ فقط.
file-received = شكرًا لكم. أضفت صورتكم أو ملفكم إلى سؤالكم، ويمكن للمستشار أن يطّلع عليه.
mydata-read = قرأ أحد المستشارين سؤالكم في صندوق الوارد لدى مكتب الاستشارة. يُسجَّل من فتح سؤالكم ومتى، طوال مدة حفظ سؤالكم.
mydata-followup = سؤال عن عودة طفلكم إلى المدرسة، في { $date }. أحتفظ بهذه المحادثة وهذا التاريخ والموضوع فقط.

# Next steps after an answer: letters and deadlines (the letters themselves: letters.ftl).
deadline-ask-registration = في أي تاريخ سجّلتم طفلكم في المدرسة (⁦aanmelding⁩)؟ مثلًا: ⁦12 november⁩ أو ⁦12-11-2026⁩.
deadline-ask-suspension-start = في أي يوم بدأ الإيقاف المؤقت (⁦schorsing⁩)؟ مثلًا: الاثنين، ⁦12 november⁩ أو ⁦12-11-2026⁩.
letter-c-partial-report = ساعدني في كتابة بلاغ إلى ⁦leerplicht⁩
letter-c-opp = ساعدني في كتابة رسالة عن خطة ⁦OPP⁩
letter-c-start-meeting = ساعدني في طلب لقاء أول (⁦startgesprek⁩)
deadline-c-exemption = متى يجب أن أجدّد الإعفاء (⁦vrijstelling⁩)؟
deadline-c-enrolment = متى يجب أن تقرّر المدرسة؟
deadline-c-suspension-end = حتى متى يجوز أن يستمر الإيقاف المؤقت؟
