<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A time span, e.g. &quot;14/07/2026 08:20 – 17:20&quot;; either end may be empty</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open or create the vault in &lt;dir&gt;.</source>
        <translation>فتح الخزنة في &lt;dir&gt; أو إنشاؤها.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for detention monitoring (OPCAT).</source>
        <translation>سجلات مشفّرة تعمل دون اتصال أولًا، لرصد أماكن الاحتجاز (البروتوكول الاختياري لاتفاقية مناهضة التعذيب).</translation>
    </message>
</context>
<context>
    <name>vigil::AccessEventEditor</name>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;حذف الحدث</translation>
    </message>
    <message>
        <source>Kind of access event</source>
        <translation>نوع حدث الوصول</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>وقت حدوثه</translation>
    </message>
    <message>
        <source>Area concerned</source>
        <translation>المنطقة المعنية</translation>
    </message>
    <message>
        <source>e.g. segregation unit</source>
        <translation>مثلًا: وحدة العزل</translation>
    </message>
    <message>
        <source>Official responsible</source>
        <translation>المسؤول المعني</translation>
    </message>
    <message>
        <source>Name or function</source>
        <translation>الاسم أو الوظيفة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Delay in minutes</source>
        <translation>مدة التأخير بالدقائق</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Delete the selected access event</source>
        <translation>حذف حدث الوصول المحدد</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;وقت:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;منطقة:</translation>
    </message>
    <message>
        <source>&amp;Official:</source>
        <translation>&amp;مسؤول:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;وصف:</translation>
    </message>
    <message>
        <source>D&amp;elay:</source>
        <translation>&amp;تأخير:</translation>
    </message>
    <message>
        <source>time of access event</source>
        <translation>وقت حدث الوصول</translation>
    </message>
    <message>
        <source>area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>official</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>description of access event</source>
        <translation>وصف حدث الوصول</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>التأخير</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Change kind of access event</source>
        <translation>تغيير نوع حدث الوصول</translation>
    </message>
    <message>
        <source>Delete access event</source>
        <translation>حذف حدث الوصول</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>الوقت غير مسجَّل</translation>
    </message>
</context>
<context>
    <name>vigil::AccessLogPanel</name>
    <message>
        <source>Record &amp;refusal</source>
        <translation>تسجيل &amp;رفض</translation>
    </message>
    <message>
        <source>Record a refusal of access now</source>
        <translation>تسجيل رفض للوصول الآن</translation>
    </message>
    <message>
        <source>Record de&amp;lay</source>
        <translation>تسجيل &amp;تأخير</translation>
    </message>
    <message>
        <source>Record a delay of access now</source>
        <translation>تسجيل تأخير في الوصول الآن</translation>
    </message>
    <message>
        <source>Record o&amp;bstruction</source>
        <translation>تسجيل &amp;عرقلة</translation>
    </message>
    <message>
        <source>Record an obstruction now</source>
        <translation>تسجيل عرقلة للوصول الآن</translation>
    </message>
    <message>
        <source>Access events, by time</source>
        <translation>أحداث الوصول، حسب الوقت</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>تسجيل %1</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>الوقت غير مسجَّل</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <extracomment>An access event in the list: time, kind, start of its description</extracomment>
        <translation>%1 — %2 %3</translation>
    </message>
</context>
<context>
    <name>vigil::AccessLogRepository</name>
    <message>
        <source>The access log entry does not exist or was deleted.</source>
        <translation>قيد سجل الوصول غير موجود أو حُذف.</translation>
    </message>
</context>
<context>
    <name>vigil::AccessibleParts</name>
    <message>
        <source>Scroll %1 sideways</source>
        <translation>تمرير %1 أفقيًا</translation>
    </message>
    <message>
        <source>Scroll %1 up and down</source>
        <translation>تمرير %1 عموديًا</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>مسح %1</translation>
    </message>
</context>
<context>
    <name>vigil::AddReportItemDialog</name>
    <message>
        <source>Add a quote</source>
        <translation>إضافة اقتباس</translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation>إضافة فقرة</translation>
    </message>
    <message>
        <source>Section it goes in</source>
        <translation>القسم الذي تُدرج فيه</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <source>Paragraph text</source>
        <translation>نص الفقرة</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;قسم:</translation>
    </message>
    <message>
        <source>Interview quoted</source>
        <translation>المقابلة المقتبَس منها</translation>
    </message>
    <message>
        <source>&amp;Interview:</source>
        <translation>&amp;مقابلة:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;مقتطف:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;نص:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the kind of interview, %2 its pseudonym, e.g. &quot;Detainee, private (D-07)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No interview of this visit has consent to be quoted.</source>
        <translation>لا توجد في هذه الزيارة أي مقابلة وافق صاحبها على الاقتباس من أقواله.</translation>
    </message>
    <message>
        <source>A report names no one: the quote is attributed only to the kind of interview. Whether it appears in a report depends on the consent and the kind of report.</source>
        <translation>لا يذكر التقرير اسم أحد: لا يُنسب الاقتباس إلا إلى نوع المقابلة. ويتوقف ظهوره في التقرير على الموافقة وعلى نوع التقرير.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) without consent to be quoted are not listed.</source>
        <translation>
            <numerusform>لا تُدرج في القائمة %n مقابلة لم يوافق أصحابها على الاقتباس من أقوالهم.</numerusform>
            <numerusform>لا تُدرج في القائمة %n مقابلة لم يوافق أصحابها على الاقتباس من أقوالهم.</numerusform>
            <numerusform>لا تُدرج في القائمة %n مقابلة لم يوافق أصحابها على الاقتباس من أقوالهم.</numerusform>
            <numerusform>لا تُدرج في القائمة %n مقابلات لم يوافق أصحابها على الاقتباس من أقوالهم.</numerusform>
            <numerusform>لا تُدرج في القائمة %n مقابلةً لم يوافق أصحابها على الاقتباس من أقوالهم.</numerusform>
            <numerusform>لا تُدرج في القائمة %n مقابلة لم يوافق أصحابها على الاقتباس من أقوالهم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AllegationRepository</name>
    <message>
        <source>The allegation does not exist or was deleted.</source>
        <translation>الادعاء غير موجود أو حُذف.</translation>
    </message>
    <message>
        <source>The reprisal allegation does not exist or was deleted.</source>
        <translation>الادعاء بالانتقام غير موجود أو حُذف.</translation>
    </message>
</context>
<context>
    <name>vigil::AllegationSafeguards</name>
    <message>
        <source>A referral needs the interviewee&apos;s consent to act.</source>
        <translation>تتطلب الإحالة موافقة الشخص الذي تمت مقابلته على اتخاذ إجراء.</translation>
    </message>
    <message>
        <source>An allegation can only be linked to an interview of the same visit.</source>
        <translation>لا يمكن ربط الادعاء إلا بمقابلة من الزيارة نفسها.</translation>
    </message>
    <message>
        <source>An allegation heard in an interview can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation>لا يمكن تسجيل ادعاء سُمع في مقابلة إلا بعد تسجيل موافقة الشخص الذي تمت مقابلته.</translation>
    </message>
    <message>
        <source>Acting on an allegation needs the interviewee&apos;s consent to share it with the authorities or to refer the case.</source>
        <translation>يتطلب اتخاذ إجراء بشأن ادعاءٍ موافقةَ الشخص الذي تمت مقابلته على إطلاع السلطات عليه أو على إحالة الحالة.</translation>
    </message>
    <message>
        <source>Reprisal allegations are restricted to coordinators.</source>
        <translation>الادعاءات بالانتقام مقصورة على المنسقين.</translation>
    </message>
    <message>
        <source>A reprisal allegation names the person only by an interview&apos;s pseudonym code, such as D-07.</source>
        <translation>لا يُشار إلى الشخص في الادعاء بالانتقام إلا برمز الاسم المستعار لمقابلته، مثل D-07.</translation>
    </message>
    <message>
        <source>No interview of this visit has the pseudonym %1.</source>
        <translation>لا توجد في هذه الزيارة مقابلة بالاسم المستعار %1.</translation>
    </message>
</context>
<context>
    <name>vigil::AppWindow</name>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
</context>
<context>
    <name>vigil::AtomicFile</name>
    <message>
        <source>%1 is larger than it can be; it may be damaged or not a Vigil file.</source>
        <translation>حجم %1 أكبر من الحد الممكن؛ قد يكون تالفًا أو ليس ملفًا من ملفات Vigil.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentCipher</name>
    <message>
        <source>The file being read could not be read.</source>
        <translation>تعذّرت قراءة الملف.</translation>
    </message>
    <message>
        <source>The attachment file is damaged or was tampered with; it cannot be opened.</source>
        <translation>ملف المرفق تالف أو تم العبث به؛ لا يمكن فتحه.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <source>The attachment could not be written out.</source>
        <translation>تعذّر حفظ المرفق في ملف.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>معاينة: %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>إغلاق المعاينة</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentStore</name>
    <message>
        <source>attachment.owner_id: must be the id of a record</source>
        <translation>attachment.owner_id: يجب أن يكون معرّف قيد</translation>
    </message>
    <message>
        <source>The attachment does not exist or was deleted.</source>
        <translation>المرفق غير موجود أو حُذف.</translation>
    </message>
    <message>
        <source>The file of attachment &apos;%1&apos; is missing from the vault.</source>
        <translation>ملف المرفق «%1» مفقود من الخزنة.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentsPanel</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>&amp;Delete attachment…</source>
        <translation>&amp;حذف المرفق…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Import photos or documents</source>
        <translation>استيراد صور أو مستندات</translation>
    </message>
    <message>
        <source>Preview the selected image</source>
        <translation>معاينة الصورة المحددة</translation>
    </message>
    <message>
        <source>Delete the selected attachment</source>
        <translation>حذف المرفق المحدد</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Encrypting %1…</source>
        <translation>جارٍ تشفير %1…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;All files (*)</source>
        <translation>الصور والمستندات (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>جارٍ استيراد %n ملف…</numerusform>
            <numerusform>جارٍ استيراد %n ملف…</numerusform>
            <numerusform>جارٍ استيراد %n ملف…</numerusform>
            <numerusform>جارٍ استيراد %n ملفات…</numerusform>
            <numerusform>جارٍ استيراد %n ملفًا…</numerusform>
            <numerusform>جارٍ استيراد %n ملف…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>تم استيراد %n ملف.</numerusform>
            <numerusform>تم استيراد %n ملف.</numerusform>
            <numerusform>تم استيراد %n ملف.</numerusform>
            <numerusform>تم استيراد %n ملفات.</numerusform>
            <numerusform>تم استيراد %n ملفًا.</numerusform>
            <numerusform>تم استيراد %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <source>Only images can be previewed.</source>
        <translation>لا يمكن معاينة سوى الصور.</translation>
    </message>
    <message>
        <source>Decrypting %1…</source>
        <translation>جارٍ فك تشفير %1…</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>حذف المرفق</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>حذف «%1»؟</translation>
    </message>
    <message>
        <source>The encrypted file and its key are destroyed. This cannot be undone.</source>
        <translation>سيُتلف الملف المشفّر ومفتاحه. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>vigil::AuditLog</name>
    <message>
        <source>audit event %1 is missing (the log jumps from %2 to %3)</source>
        <translation>حدث التدقيق %1 مفقود (يقفز السجل من %2 إلى %3)</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3) does not follow event %4</source>
        <translation>حدث التدقيق %1 (%2 %3) لا يلي الحدث %4</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3, %4) was altered after it was written</source>
        <translation>حدث التدقيق %1 (%2 %3، %4) عُدِّل بعد كتابته</translation>
    </message>
</context>
<context>
    <name>vigil::BodyRepository</name>
    <message>
        <source>A body cannot be placed under itself or one of its member bodies.</source>
        <translation>لا يمكن وضع هيئة تحت نفسها أو تحت إحدى هيئاتها الأعضاء.</translation>
    </message>
    <message>
        <source>The body does not exist or was deleted.</source>
        <translation>الهيئة غير موجودة أو حُذفت.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleError</name>
    <message>
        <source>This file is not a Vigil bundle.</source>
        <translation>هذا الملف ليس حزمة من حزم Vigil.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Vigil. Update Vigil and import it again.</source>
        <translation>أُنشئت هذه الحزمة بإصدار أحدث من Vigil. حدِّث Vigil واستوردها مرة أخرى.</translation>
    </message>
    <message>
        <source>This bundle is larger than Vigil accepts; it was not imported.</source>
        <translation>حجم هذه الحزمة أكبر مما يقبله Vigil؛ لم تُستورد.</translation>
    </message>
    <message>
        <source>This bundle is incomplete; it was probably not copied or downloaded completely. Copy it again and retry.</source>
        <translation>هذه الحزمة غير مكتملة؛ ربما لم تُنسخ أو تُنزَّل بالكامل. انسخها مرة أخرى وأعِد المحاولة.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was tampered with; nothing was imported. Ask the sender to send it again.</source>
        <translation>هذه الحزمة تالفة أو تم العبث بها؛ لم يُستورد أي شيء. اطلب من المرسِل إرسالها مرة أخرى.</translation>
    </message>
    <message>
        <source>This bundle comes from a device that is not enrolled in your organisation; it was not imported.</source>
        <translation>هذه الحزمة واردة من جهاز غير مسجَّل في مؤسستك؛ لم تُستورد.</translation>
    </message>
    <message>
        <source>This bundle comes from a device that was revoked; it was not imported.</source>
        <translation>هذه الحزمة واردة من جهاز أُلغي تسجيله؛ لم تُستورد.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device; it was not imported.</source>
        <translation>هذه الحزمة غير موجَّهة إلى هذا الجهاز؛ لم تُستورد.</translation>
    </message>
    <message>
        <source>This bundle holds more or larger records than Vigil accepts; it was not imported.</source>
        <translation>تحتوي هذه الحزمة على قيود أكثر عددًا أو أكبر حجمًا مما يقبله Vigil؛ لم تُستورد.</translation>
    </message>
    <message>
        <source>The bundle is full; the rest goes into another bundle.</source>
        <translation>الحزمة ممتلئة؛ سيوضع الباقي في حزمة أخرى.</translation>
    </message>
    <message>
        <source>A record is too large to be sent in a bundle.</source>
        <translation>أحد القيود أكبر من أن يُرسَل في حزمة.</translation>
    </message>
    <message>
        <source>The bundle could not be written because of an internal error.</source>
        <translation>تعذّرت كتابة الحزمة بسبب خطأ داخلي.</translation>
    </message>
    <message>
        <source>Reading or writing the bundle file failed.</source>
        <translation>فشلت القراءة من ملف الحزمة أو الكتابة إليه.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleExporter</name>
    <message>
        <source>A device does not send bundles to itself.</source>
        <translation>لا يرسل الجهاز حزمًا إلى نفسه.</translation>
    </message>
    <message>
        <source>Nothing is sent to “%1”: the device was revoked.</source>
        <translation>لا يُرسَل أي شيء إلى «%1»: أُبطل الجهاز.</translation>
    </message>
    <message>
        <source>The organisation&apos;s entry for “%1” has no usable key.</source>
        <translation>لا يحتوي قيد «%1» لدى المنظمة على مفتاح صالح للاستخدام.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleImporter</name>
    <message>
        <source>This vault is not part of an organisation, so it cannot import bundles. Join an organisation first.</source>
        <translation>هذه الخزنة ليست جزءًا من منظمة، لذا لا يمكنها استيراد الحزم. انضمّ إلى منظمة أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from another device.</source>
        <translation>
            <numerusform>استُورد %n تغيير من جهاز آخر.</numerusform>
            <numerusform>استُورد تغيير واحد (%n) من جهاز آخر.</numerusform>
            <numerusform>استُورد تغييران (%n) من جهاز آخر.</numerusform>
            <numerusform>استُوردت %n تغييرات من جهاز آخر.</numerusform>
            <numerusform>استُورد %n تغييرًا من جهاز آخر.</numerusform>
            <numerusform>استُورد %n تغيير من جهاز آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle holds changes that claim to come from this device but were not made here.</source>
        <translation>تحتوي هذه الحزمة على تغييرات يُدّعى أنها صادرة عن هذا الجهاز لكنها لم تُجرَ عليه.</translation>
    </message>
    <message>
        <source>This bundle holds changes from a device that is not in your organisation.</source>
        <translation>تحتوي هذه الحزمة على تغييرات من جهاز لا ينتمي إلى مؤسستك.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;قائمة التحقق:</translation>
    </message>
    <message>
        <source>There is no checklist yet for this type of place (%1).</source>
        <extracomment>%1 is a place type, e.g. &quot;Airport transit zone&quot;</extracomment>
        <translation>لا توجد بعد قائمة تحقق لهذا النوع من الأماكن (%1).</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>بلا استنتاج</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>استنتاج بلا عنوان</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistQuestionWidget</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Standards: %1</source>
        <translation>المعايير: %1</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>الإجابة عن السؤال %1</translation>
    </message>
    <message>
        <source>Notes on question %1</source>
        <translation>ملاحظات على السؤال %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Edit checklist notes</source>
        <translation>تعديل ملاحظات قائمة التحقق</translation>
    </message>
    <message>
        <source>Finding that question %1 led to</source>
        <translation>الاستنتاج الذي أفضى إليه السؤال %1</translation>
    </message>
    <message>
        <source>Link to finding</source>
        <translation>ربط باستنتاج</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>بلا إجابة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>الإجابة عن سؤال قائمة التحقق</translation>
    </message>
    <message>
        <source>Link checklist answer to finding</source>
        <translation>ربط إجابة قائمة التحقق باستنتاج</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistResponseRepository</name>
    <message>
        <source>The checklist answer does not exist or was deleted.</source>
        <translation>إجابة قائمة التحقق غير موجودة أو حُذفت.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplateRepository</name>
    <message>
        <source>The checklist template does not exist or was deleted.</source>
        <translation>قالب قائمة التحقق غير موجود أو حُذف.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplates</name>
    <message>
        <source>Immigration detention: centre visit</source>
        <translation>احتجاز المهاجرين: زيارة مركز احتجاز</translation>
    </message>
    <message>
        <source>Ill-treatment</source>
        <translation>سوء المعاملة</translation>
    </message>
    <message>
        <source>Did any detainee allege ill-treatment by staff or escorts, including during attempted removals?</source>
        <translation>هل ادّعى أي محتجز تعرّضه لسوء المعاملة على أيدي الموظفين أو أفراد المرافقة، بما في ذلك أثناء محاولات الترحيل؟</translation>
    </message>
    <message>
        <source>Ask specifically about removal attempts, transfers and the first days after arrival.</source>
        <translation>اسأل تحديدًا عن محاولات الترحيل وعمليات النقل والأيام الأولى بعد الوصول.</translation>
    </message>
    <message>
        <source>Removal operations</source>
        <translation>عمليات الترحيل</translation>
    </message>
    <message>
        <source>Are removal operations monitored, and are means of restraint during removal limited to what is strictly necessary, with nothing that may obstruct the airways?</source>
        <translation>هل تخضع عمليات الترحيل للرصد، وهل يقتصر استخدام وسائل التقييد أثناء الترحيل على ما هو ضروري للغاية، دون أي وسيلة قد تعيق مجرى التنفس؟</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>العزل</translation>
    </message>
    <message>
        <source>Is isolation used as a punishment, to manage people who resist removal, or for longer than strictly necessary?</source>
        <translation>هل يُستخدم العزل عقوبةً، أو وسيلةً للتعامل مع من يقاومون الترحيل، أو لمدة تتجاوز ما هو ضروري للغاية؟</translation>
    </message>
    <message>
        <source>Check the isolation register for reasons, duration and who decided.</source>
        <translation>افحص سجل العزل للتحقق من الأسباب والمدة والجهة التي اتخذت القرار.</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>التفتيش</translation>
    </message>
    <message>
        <source>Are searches carried out with respect for dignity, by staff of the same gender, without routine strip searches?</source>
        <translation>هل يُجرى التفتيش مع احترام الكرامة، وعلى أيدي موظفين من نفس الجنس، ودون اللجوء الروتيني إلى التفتيش بتعرية الجسد؟</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Does every detainee have a written, reasoned detention order based on an individual assessment of necessity and proportionality?</source>
        <translation>هل لدى كل محتجز أمر احتجاز مكتوب ومعلَّل يستند إلى تقييم فردي للضرورة والتناسب؟</translation>
    </message>
    <message>
        <source>Read a sample of orders: look for standard wording that shows no individual assessment.</source>
        <translation>اطّلع على عيّنة من الأوامر: ابحث عن صيغ نمطية تدل على غياب التقييم الفردي.</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>بدائل الاحتجاز</translation>
    </message>
    <message>
        <source>Were alternatives to detention considered and recorded in the decision to detain?</source>
        <translation>هل نُظر في بدائل الاحتجاز ودُوِّن ذلك في قرار الاحتجاز؟</translation>
    </message>
    <message>
        <source>Length of detention</source>
        <translation>مدة الاحتجاز</translation>
    </message>
    <message>
        <source>What is the longest current period of detention, in days? Compare with the maximum set in law.</source>
        <translation>ما أطول مدة احتجاز جارية حاليًا، بالأيام؟ قارنها بالحد الأقصى المقرر في القانون.</translation>
    </message>
    <message>
        <source>Judicial review</source>
        <translation>المراجعة القضائية</translation>
    </message>
    <message>
        <source>Are detainees brought promptly before a judge, and is their detention reviewed at regular intervals?</source>
        <translation>هل يُمثَل المحتجزون دون إبطاء أمام قاضٍ، وهل يُراجَع احتجازهم على فترات منتظمة؟</translation>
    </message>
    <message>
        <source>Information on rights</source>
        <translation>الإعلام بالحقوق</translation>
    </message>
    <message>
        <source>Are detainees told the reasons for their detention and their rights, orally and in writing, in a language they understand?</source>
        <translation>هل يُبلَّغ المحتجزون بأسباب احتجازهم وبحقوقهم، شفهيًا وكتابيًا، بلغة يفهمونها؟</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <source>Do detainees have access to free legal advice, and can they meet lawyers in private?</source>
        <translation>هل يحصل المحتجزون على مشورة قانونية مجانية، وهل يمكنهم مقابلة المحامين على انفراد؟</translation>
    </message>
    <message>
        <source>Access to asylum</source>
        <translation>الوصول إلى إجراءات اللجوء</translation>
    </message>
    <message>
        <source>Can detainees apply for asylum and contact UNHCR, NGOs and (unless they seek protection from that state) their consulate?</source>
        <translation>هل يمكن للمحتجزين تقديم طلبات اللجوء والاتصال بمفوضية الأمم المتحدة لشؤون اللاجئين والمنظمات غير الحكومية وبقنصلياتهم (ما لم يكونوا يلتمسون الحماية من تلك الدولة)؟</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Are any children detained, accompanied or unaccompanied?</source>
        <translation>هل يُحتجز أي أطفال، مصحوبين أو غير مصحوبين؟</translation>
    </message>
    <message>
        <source>Children should not be detained for immigration purposes. Record ages, length of detention and how age was assessed.</source>
        <translation>لا ينبغي احتجاز الأطفال لأغراض الهجرة. دوِّن الأعمار ومدة الاحتجاز وطريقة تقدير العمر.</translation>
    </message>
    <message>
        <source>Vulnerable persons</source>
        <translation>الأشخاص المستضعفون</translation>
    </message>
    <message>
        <source>Is there a procedure that identifies victims of torture or trafficking, persons with disabilities and other vulnerable persons, and leads to their release or an alternative?</source>
        <translation>هل ثمة إجراء يتيح تحديد ضحايا التعذيب أو الاتجار بالأشخاص والأشخاص ذوي الإعاقة وغيرهم من الأشخاص المستضعفين، ويفضي إلى الإفراج عنهم أو إلى بديل عن الاحتجاز؟</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>الفصل</translation>
    </message>
    <message>
        <source>Are men and women held separately (families together), and are immigration detainees held apart from people convicted of crimes?</source>
        <translation>هل يُحتجز الرجال والنساء بصورة منفصلة (مع بقاء الأسر معًا)، وهل يُحتجز المحتجزون لأسباب تتعلق بالهجرة بمعزل عن الأشخاص المدانين بجرائم؟</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <source>Can detainees complain confidentially, in their own language, to a body independent of the centre?</source>
        <translation>هل يمكن للمحتجزين تقديم شكاوى سرية، بلغتهم، إلى هيئة مستقلة عن المركز؟</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>الترجمة الشفوية</translation>
    </message>
    <message>
        <source>Is professional interpretation used for medical, legal and disciplinary matters, rather than staff or other detainees?</source>
        <translation>هل يُستعان بمترجمين شفويين محترفين في المسائل الطبية والقانونية والتأديبية، بدلًا من الموظفين أو محتجزين آخرين؟</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>أماكن الإقامة</translation>
    </message>
    <message>
        <source>Is the accommodation suited to people who are not held for a crime, with adequate space, light, ventilation and privacy, rather than prison-like?</source>
        <translation>هل أماكن الإقامة ملائمة لأشخاص غير محتجزين بسبب جريمة، بمساحة وإضاءة وتهوية وخصوصية كافية، بدلًا من أن تكون شبيهة بالسجون؟</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>المرافق الصحية</translation>
    </message>
    <message>
        <source>Are toilets and showers sufficient in number, clean, separate for women and men, and private?</source>
        <translation>هل المراحيض والحمّامات كافية العدد، ونظيفة، ومنفصلة للنساء والرجال، وتكفل الخصوصية؟</translation>
    </message>
    <message>
        <source>Food and water</source>
        <translation>الطعام والماء</translation>
    </message>
    <message>
        <source>Is food adequate and culturally and religiously appropriate, and is drinking water always available?</source>
        <translation>هل الطعام كافٍ وملائم ثقافيًا ودينيًا، وهل تتوفر مياه الشرب في جميع الأوقات؟</translation>
    </message>
    <message>
        <source>Clothing and hygiene</source>
        <translation>الملابس والنظافة الشخصية</translation>
    </message>
    <message>
        <source>Are detainees given clean clothing, bedding and hygiene products, including sanitary products for women?</source>
        <translation>هل يُزوَّد المحتجزون بملابس وأغطية أسرّة نظيفة وبمستلزمات النظافة الشخصية، بما فيها مستلزمات النظافة الصحية للنساء؟</translation>
    </message>
    <message>
        <source>Outdoor access</source>
        <translation>الخروج إلى الهواء الطلق</translation>
    </message>
    <message>
        <source>Do detainees have daily access to the open air and to recreation?</source>
        <translation>هل يتاح للمحتجزين يوميًا الخروج إلى الهواء الطلق وممارسة أنشطة ترفيهية؟</translation>
    </message>
    <message>
        <source>Contact with the outside world</source>
        <translation>الاتصال بالعالم الخارجي</translation>
    </message>
    <message>
        <source>Can detainees keep or use mobile phones, make calls free of charge, and receive visits from family, friends and lawyers?</source>
        <translation>هل يمكن للمحتجزين الاحتفاظ بهواتفهم المحمولة أو استخدامها، وإجراء مكالمات مجانًا، وتلقي زيارات من الأسرة والأصدقاء والمحامين؟</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Are education, recreation and, for longer stays, work or training available?</source>
        <translation>هل يتاح التعليم والترفيه، وكذلك العمل أو التدريب في حالات الإقامة الأطول؟</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>الدين</translation>
    </message>
    <message>
        <source>Can detainees practise their religion?</source>
        <translation>هل يمكن للمحتجزين ممارسة شعائرهم الدينية؟</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>حرية التنقل</translation>
    </message>
    <message>
        <source>Can detainees move freely within the centre during the day rather than being locked in their rooms?</source>
        <translation>هل يمكن للمحتجزين التنقل بحرية داخل المركز خلال النهار بدلًا من حبسهم في غرفهم؟</translation>
    </message>
    <message>
        <source>Screening on arrival</source>
        <translation>الفحص عند الوصول</translation>
    </message>
    <message>
        <source>Is every detainee medically screened on arrival, including for signs of torture, trauma and infectious disease?</source>
        <translation>هل يخضع كل محتجز لفحص طبي عند وصوله، بما في ذلك الكشف عن علامات التعذيب والصدمات النفسية والأمراض المعدية؟</translation>
    </message>
    <message>
        <source>Harm from detention</source>
        <translation>الأضرار الناجمة عن الاحتجاز</translation>
    </message>
    <message>
        <source>When a doctor reports that detention is harming a detainee&apos;s physical or mental health, does this lead to a review of the detention?</source>
        <translation>عندما يفيد طبيب بأن الاحتجاز يضر بصحة المحتجز البدنية أو العقلية، هل يؤدي ذلك إلى مراجعة الاحتجاز؟</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>الصحة العقلية</translation>
    </message>
    <message>
        <source>Is psychological support available, and is there a protocol on self-harm and hunger strikes that respects medical ethics?</source>
        <translation>هل يتوفر الدعم النفسي، وهل ثمة بروتوكول بشأن إيذاء النفس والإضراب عن الطعام يحترم أخلاقيات مهنة الطب؟</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <source>Are medical consultations confidential, with professional interpreters rather than staff or other detainees?</source>
        <translation>هل تُجرى الاستشارات الطبية في سرية، بالاستعانة بمترجمين شفويين محترفين بدلًا من الموظفين أو محتجزين آخرين؟</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Have staff been trained in refugee and asylum law, gender and cultural awareness, and de-escalation?</source>
        <translation>هل تلقّى الموظفون تدريبًا على قانون اللاجئين واللجوء، والتوعية بالمسائل الجنسانية والثقافية، وخفض التصعيد؟</translation>
    </message>
    <message>
        <source>Women staff</source>
        <translation>الموظفات</translation>
    </message>
    <message>
        <source>Are there women staff on every shift, and are women detainees searched and supervised by women?</source>
        <translation>هل توجد موظفات في كل نوبة عمل، وهل تتولى موظفات تفتيش المحتجزات والإشراف عليهن؟</translation>
    </message>
    <message>
        <source>Staffing levels</source>
        <translation>أعداد الموظفين</translation>
    </message>
    <message>
        <source>Are there enough staff for detainees to be escorted to appointments, visits and activities without cancellations?</source>
        <translation>هل يكفي عدد الموظفين لمرافقة المحتجزين إلى المواعيد والزيارات والأنشطة دون إلغائها؟</translation>
    </message>
    <message>
        <source>Juvenile centre: visit</source>
        <translation>مركز احتجاز الأحداث: زيارة</translation>
    </message>
    <message>
        <source>Did any child report violence, humiliation or threats by staff?</source>
        <translation>هل أفاد أي طفل بتعرّضه للعنف أو الإذلال أو التهديد من جانب الموظفين؟</translation>
    </message>
    <message>
        <source>Interview children in private, in language suited to their age, with their consent and, where needed, support.</source>
        <translation>قابل الأطفال على انفراد، بلغة تناسب أعمارهم، وبموافقتهم، مع توفير الدعم عند الحاجة.</translation>
    </message>
    <message>
        <source>Violence between children</source>
        <translation>العنف بين الأطفال</translation>
    </message>
    <message>
        <source>Are children protected from violence, bullying and sexual abuse by other children, with incidents recorded and followed up?</source>
        <translation>هل يحظى الأطفال بالحماية من العنف والتنمّر والاعتداء الجنسي من جانب أطفال آخرين، مع تسجيل الحوادث ومتابعتها؟</translation>
    </message>
    <message>
        <source>Force and restraint</source>
        <translation>القوة ووسائل التقييد</translation>
    </message>
    <message>
        <source>Is force or restraint used only in exceptional cases when all other means of control have failed, as authorised by law, and never to cause pain?</source>
        <translation>هل يقتصر استخدام القوة أو وسائل التقييد على الحالات الاستثنائية بعد استنفاد جميع وسائل السيطرة الأخرى، على النحو الذي يأذن به القانون، ودون أن يُقصد بها أبدًا إلحاق الألم؟</translation>
    </message>
    <message>
        <source>Solitary confinement</source>
        <translation>الحبس الانفرادي</translation>
    </message>
    <message>
        <source>Are children ever placed in solitary confinement, closed or dark cells?</source>
        <translation>هل يُودَع الأطفال في أي وقت في الحبس الانفرادي أو في زنازين مغلقة أو مظلمة؟</translation>
    </message>
    <message>
        <source>Prohibited sanctions</source>
        <translation>العقوبات المحظورة</translation>
    </message>
    <message>
        <source>Are prohibited sanctions used: corporal punishment, reduction of food, restriction of family contact, collective sanctions or labour as punishment?</source>
        <translation>هل تُستخدم عقوبات محظورة: العقوبة البدنية، أو تخفيض الطعام، أو تقييد الاتصال بالأسرة، أو العقوبات الجماعية، أو العمل كعقوبة؟</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>الأسلحة</translation>
    </message>
    <message>
        <source>Do staff carry weapons inside the centre?</source>
        <translation>هل يحمل الموظفون أسلحة داخل المركز؟</translation>
    </message>
    <message>
        <source>Last resort</source>
        <translation>الملجأ الأخير</translation>
    </message>
    <message>
        <source>Is every child held under a valid order of a judicial authority, with detention used as a last resort and for the shortest appropriate time?</source>
        <translation>هل يُحتجز كل طفل بموجب أمر صحيح صادر عن سلطة قضائية، مع اللجوء إلى الاحتجاز كملجأ أخير ولأقصر فترة زمنية مناسبة؟</translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation>الاحتجاز السابق للمحاكمة</translation>
    </message>
    <message>
        <source>What is the longest current pre-trial detention of a child, in days?</source>
        <translation>ما أطول مدة احتجاز سابق للمحاكمة جارية حاليًا لطفل، بالأيام؟</translation>
    </message>
    <message>
        <source>Separation from adults</source>
        <translation>الفصل عن البالغين</translation>
    </message>
    <message>
        <source>Are children held apart from adults, except family members in family units?</source>
        <translation>هل يُحتجز الأطفال بمعزل عن البالغين، باستثناء أفراد الأسرة في الوحدات الأسرية؟</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>الفتيات</translation>
    </message>
    <message>
        <source>Are girls held apart from boys, supervised by women staff, and is attention paid to their specific needs?</source>
        <translation>هل تُحتجز الفتيات بمعزل عن الفتيان، وتحت إشراف موظفات، وهل يُولى اهتمام لاحتياجاتهن الخاصة؟</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>إبلاغ الوالدين</translation>
    </message>
    <message>
        <source>Are parents or guardians informed at once of admission, transfer, illness, injury and release?</source>
        <translation>هل يُبلَّغ الوالدان أو الأوصياء فورًا بالإيداع والنقل والمرض والإصابة والإفراج؟</translation>
    </message>
    <message>
        <source>Are children told the rules, their rights and how to complain, in a way they understand?</source>
        <translation>هل يُبلَّغ الأطفال بالقواعد وبحقوقهم وبكيفية تقديم الشكاوى، بطريقة يفهمونها؟</translation>
    </message>
    <message>
        <source>Disciplinary procedure</source>
        <translation>الإجراءات التأديبية</translation>
    </message>
    <message>
        <source>Are disciplinary sanctions decided under written rules, after the child has been heard, and recorded?</source>
        <translation>هل تُقرَّر الجزاءات التأديبية بموجب قواعد مكتوبة، بعد الاستماع إلى الطفل، وتُسجَّل؟</translation>
    </message>
    <message>
        <source>Can children complain confidentially to the director, to an independent body such as an ombudsperson, and through their family or lawyer?</source>
        <translation>هل يمكن للأطفال تقديم شكاوى سرية إلى مدير المركز، وإلى هيئة مستقلة مثل أمين المظالم، وعن طريق أسرهم أو محاميهم؟</translation>
    </message>
    <message>
        <source>Do children have prompt access to a lawyer and free legal aid, with private meetings?</source>
        <translation>هل يحصل الأطفال دون إبطاء على محامٍ وعلى مساعدة قانونية مجانية، مع إمكانية مقابلته على انفراد؟</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات والملفات</translation>
    </message>
    <message>
        <source>Are children&apos;s files complete and kept confidential?</source>
        <translation>هل ملفات الأطفال مكتملة وتُحفظ بسرية؟</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>الإشغال</translation>
    </message>
    <message>
        <source>How many children are held today? Compare with the capacity.</source>
        <translation>كم عدد الأطفال المحتجزين اليوم؟ قارنه بالطاقة الاستيعابية.</translation>
    </message>
    <message>
        <source>Do children sleep in individual rooms or small dormitories, with supervision at night?</source>
        <translation>هل ينام الأطفال في غرف فردية أو في مهاجع صغيرة، مع إشراف ليلي؟</translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and available when needed?</source>
        <translation>هل المراحيض والحمّامات نظيفة وتكفل الخصوصية ومتاحة عند الحاجة؟</translation>
    </message>
    <message>
        <source>Is food adequate for growing children and suited to their culture and religion, and is drinking water always available?</source>
        <translation>هل الطعام كافٍ لأطفال في طور النمو وملائم لثقافتهم ودينهم، وهل تتوفر مياه الشرب في جميع الأوقات؟</translation>
    </message>
    <message>
        <source>Clothing and belongings</source>
        <translation>الملابس والمتعلقات الشخصية</translation>
    </message>
    <message>
        <source>Can children wear their own clothes and keep personal belongings?</source>
        <translation>هل يمكن للأطفال ارتداء ملابسهم الخاصة والاحتفاظ بمتعلقاتهم الشخصية؟</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Do all children of compulsory school age receive education suited to their needs, from qualified teachers, leading to recognised qualifications?</source>
        <translation>هل يتلقى جميع الأطفال في سن التعليم الإلزامي تعليمًا يلائم احتياجاتهم، على أيدي معلمين مؤهلين، ويؤدي إلى مؤهلات معترف بها؟</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>التدريب المهني</translation>
    </message>
    <message>
        <source>Is vocational training available to children who want it?</source>
        <translation>هل يتاح التدريب المهني للأطفال الراغبين فيه؟</translation>
    </message>
    <message>
        <source>Exercise and recreation</source>
        <translation>الرياضة والترفيه</translation>
    </message>
    <message>
        <source>Do children have daily free exercise outdoors and time for recreation?</source>
        <translation>هل يتاح للأطفال يوميًا وقت لممارسة الرياضة بحرية في الهواء الطلق ووقت للترفيه؟</translation>
    </message>
    <message>
        <source>Time out of room</source>
        <translation>الوقت خارج الغرفة</translation>
    </message>
    <message>
        <source>How many hours a day do children spend outside their rooms?</source>
        <translation>كم ساعة في اليوم يقضيها الأطفال خارج غرفهم؟</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>الاتصال بالأسرة</translation>
    </message>
    <message>
        <source>Can children receive visits at least once a week and write or telephone at least twice a week?</source>
        <translation>هل يمكن للأطفال تلقي الزيارات مرة واحدة على الأقل في الأسبوع، والمراسلة أو الاتصال الهاتفي مرتين على الأقل في الأسبوع؟</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>إعادة الإدماج</translation>
    </message>
    <message>
        <source>Does each child have an individual plan for release and return to the community?</source>
        <translation>هل لدى كل طفل خطة فردية للإفراج والعودة إلى المجتمع؟</translation>
    </message>
    <message>
        <source>Examination on admission</source>
        <translation>الفحص عند الإيداع</translation>
    </message>
    <message>
        <source>Is every child medically examined on admission, with injuries recorded and reported?</source>
        <translation>هل يخضع كل طفل لفحص طبي عند إيداعه، مع تسجيل الإصابات والإبلاغ عنها؟</translation>
    </message>
    <message>
        <source>Access to health care</source>
        <translation>الوصول إلى الرعاية الصحية</translation>
    </message>
    <message>
        <source>Can children see a doctor, nurse or dentist promptly?</source>
        <translation>هل يمكن للأطفال مراجعة طبيب أو ممرض أو طبيب أسنان دون تأخير؟</translation>
    </message>
    <message>
        <source>Mental health and drug dependence</source>
        <translation>الصحة العقلية والارتهان للمخدرات</translation>
    </message>
    <message>
        <source>Are mental health care and treatment for drug dependence available?</source>
        <translation>هل تتوفر رعاية الصحة العقلية وعلاج الارتهان للمخدرات؟</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>Is medication given only for treatment, never to obtain information or as restraint or punishment?</source>
        <translation>هل يقتصر إعطاء الأدوية على أغراض العلاج، فلا تُستخدم أبدًا للحصول على معلومات أو وسيلةً للتقييد أو عقوبةً؟</translation>
    </message>
    <message>
        <source>Qualified staff</source>
        <translation>الموظفون المؤهلون</translation>
    </message>
    <message>
        <source>Are staff qualified, carefully selected, and do they include educators, social workers and psychologists?</source>
        <translation>هل الموظفون مؤهلون ومختارون بعناية، وهل يضمون مربّين وأخصائيين اجتماعيين وأخصائيين نفسيين؟</translation>
    </message>
    <message>
        <source>Have staff been trained in child psychology, child protection and international standards?</source>
        <translation>هل تلقّى الموظفون تدريبًا على علم نفس الطفل وحماية الطفل والمعايير الدولية؟</translation>
    </message>
    <message>
        <source>Mixed-gender staffing</source>
        <translation>وجود موظفين من الجنسين</translation>
    </message>
    <message>
        <source>Are women and men staff on duty on every shift?</source>
        <translation>هل يوجد موظفون وموظفات في الخدمة في كل نوبة عمل؟</translation>
    </message>
    <message>
        <source>How many staff are present with each group of children during the day?</source>
        <translation>كم عدد الموظفين الحاضرين مع كل مجموعة من الأطفال خلال النهار؟</translation>
    </message>
    <message>
        <source>Police custody: station visit</source>
        <translation>الاحتجاز لدى الشرطة: زيارة مركز شرطة</translation>
    </message>
    <message>
        <source>Did any person interviewed in private allege ill-treatment at arrest, during transport or during questioning?</source>
        <translation>هل ادّعى أي شخص قوبل على انفراد تعرّضه لسوء المعاملة عند القبض عليه أو أثناء النقل أو أثناء الاستجواب؟</translation>
    </message>
    <message>
        <source>Ask about the first hours of custody in particular; record allegations with consent and look for visible injuries.</source>
        <translation>اسأل بوجه خاص عن الساعات الأولى من الاحتجاز؛ دوِّن الادعاءات بموافقة أصحابها وابحث عن إصابات ظاهرة.</translation>
    </message>
    <message>
        <source>Use of force</source>
        <translation>استخدام القوة</translation>
    </message>
    <message>
        <source>Is every use of force at arrest or in the station recorded, with the officer&apos;s report reviewed by a supervisor?</source>
        <translation>هل يُسجَّل كل استخدام للقوة عند القبض أو في مركز الشرطة، مع مراجعة مشرفٍ لتقرير الشرطي المعني؟</translation>
    </message>
    <message>
        <source>Questioning</source>
        <translation>الاستجواب</translation>
    </message>
    <message>
        <source>Are interviews recorded (audio or video), with their start, end, breaks and everyone present logged?</source>
        <translation>هل تُسجَّل الاستجوابات (صوتيًا أو بالفيديو)، مع قيد وقت بدئها وانتهائها وفترات التوقف وجميع الحاضرين؟</translation>
    </message>
    <message>
        <source>Check the interview log against the custody record for unexplained gaps or interviews outside the record.</source>
        <translation>قارن سجل الاستجوابات بسجل الاحتجاز للكشف عن فجوات غير مبرَّرة أو استجوابات غير مقيَّدة في السجل.</translation>
    </message>
    <message>
        <source>Coerced statements</source>
        <translation>الإفادات المنتزعة بالإكراه</translation>
    </message>
    <message>
        <source>Are detained persons ever questioned without their lawyer after asking for one, or pressed to confess?</source>
        <translation>هل يُستجوب الأشخاص المحتجزون أحيانًا دون حضور محاميهم بعد أن طلبوا محاميًا، أو يُضغط عليهم للاعتراف؟</translation>
    </message>
    <message>
        <source>Restraints</source>
        <translation>وسائل التقييد</translation>
    </message>
    <message>
        <source>Are handcuffs and other restraints used in the station only when strictly necessary, and never to attach people to fixed objects?</source>
        <translation>هل يقتصر استخدام الأصفاد وغيرها من وسائل التقييد في المركز على حالات الضرورة القصوى، ولا تُستخدم أبدًا لربط الأشخاص بأجسام ثابتة؟</translation>
    </message>
    <message>
        <source>Suspicious objects</source>
        <translation>أشياء مثيرة للريبة</translation>
    </message>
    <message>
        <source>Were any non-regulation objects (bats, cables, pipes, electric-shock devices) found in offices or interview rooms?</source>
        <translation>هل عُثر على أي أشياء غير نظامية (هراوات، كابلات، أنابيب، أجهزة صعق كهربائي) في المكاتب أو غرف الاستجواب؟</translation>
    </message>
    <message>
        <source>Note the room and describe the object; photograph it if the team&apos;s mandate allows.</source>
        <translation>دوِّن الغرفة وصِف الشيء؛ والتقط له صورة إذا كانت ولاية الفريق تسمح بذلك.</translation>
    </message>
    <message>
        <source>Custody record</source>
        <translation>سجل الاحتجاز</translation>
    </message>
    <message>
        <source>Does the custody record show, for every person, the time and reason of arrest and arrival, the officers involved, rights given, visits, meals, questioning and release or transfer?</source>
        <translation>هل يبيّن سجل الاحتجاز، لكل شخص، وقت القبض عليه ووصوله وسببهما، وأفراد الشرطة المعنيين، والحقوق التي أُبلغ بها، والزيارات، والوجبات، والاستجواب، والإفراج أو النقل؟</translation>
    </message>
    <message>
        <source>Trace a sample of people from the record to the cells and back; look for late entries and blank lines.</source>
        <translation>تتبّع عيّنة من الأشخاص من السجل إلى الزنازين وبالعكس؛ وابحث عن القيود المتأخرة والأسطر الفارغة.</translation>
    </message>
    <message>
        <source>Are detained persons told their rights (lawyer, notifying someone, doctor, interpreter, silence) at once, orally and in writing, in a language they understand?</source>
        <translation>هل يُبلَّغ الأشخاص المحتجزون فورًا بحقوقهم (الاستعانة بمحامٍ، وإخطار شخص ما، والطبيب، والمترجم الشفوي، والتزام الصمت)، شفهيًا وكتابيًا، بلغة يفهمونها؟</translation>
    </message>
    <message>
        <source>Notification of custody</source>
        <translation>الإخطار بالاحتجاز</translation>
    </message>
    <message>
        <source>Can detained persons have a relative or another person of their choice told of their detention from the outset?</source>
        <translation>هل يمكن للأشخاص المحتجزين إخطار قريب أو شخص آخر يختارونه باحتجازهم منذ البداية؟</translation>
    </message>
    <message>
        <source>Access to a lawyer</source>
        <translation>الوصول إلى محامٍ</translation>
    </message>
    <message>
        <source>Can detained persons consult a lawyer in private from the very outset of custody, including before and during questioning?</source>
        <translation>هل يمكن للأشخاص المحتجزين استشارة محامٍ على انفراد منذ اللحظة الأولى للاحتجاز، بما في ذلك قبل الاستجواب وأثناءه؟</translation>
    </message>
    <message>
        <source>Judicial control</source>
        <translation>الرقابة القضائية</translation>
    </message>
    <message>
        <source>Are all detained persons brought before a judge within the legal time limit, and at the latest within 48 hours?</source>
        <translation>هل يُمثَل جميع الأشخاص المحتجزين أمام قاضٍ في غضون المهلة القانونية، وفي موعد أقصاه 48 ساعة؟</translation>
    </message>
    <message>
        <source>Length of custody</source>
        <translation>مدة الاحتجاز لدى الشرطة</translation>
    </message>
    <message>
        <source>What was the longest time, in hours, that a person spent in the station&apos;s cells in the period checked?</source>
        <translation>ما أطول مدة، بالساعات، قضاها شخص في زنازين المركز خلال الفترة التي جرى فحصها؟</translation>
    </message>
    <message>
        <source>Are children&apos;s parents or guardians notified at once, and are children questioned only with a lawyer or appropriate adult present and held apart from adults?</source>
        <translation>هل يُخطَر والدا الأطفال أو أوصياؤهم فورًا، وهل يُشترط لاستجواب الأطفال حضور محامٍ أو شخص بالغ مناسب، وهل يُحتجزون بمعزل عن البالغين؟</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>الرعايا الأجانب</translation>
    </message>
    <message>
        <source>Are foreign nationals told they may contact their consulate, and is a professional interpreter provided when needed?</source>
        <translation>هل يُبلَّغ الرعايا الأجانب بإمكانية الاتصال بقنصلياتهم، وهل يُوفَّر مترجم شفوي محترف عند الحاجة؟</translation>
    </message>
    <message>
        <source>Is there an accessible way to complain about police treatment to a body independent of the police?</source>
        <translation>هل ثمة سبيل متاح لتقديم الشكاوى بشأن معاملة الشرطة إلى هيئة مستقلة عن الشرطة؟</translation>
    </message>
    <message>
        <source>Women detainees</source>
        <translation>المحتجزات</translation>
    </message>
    <message>
        <source>Are women detainees held apart from men and supervised and searched by female officers?</source>
        <translation>هل تُحتجز المحتجزات بمعزل عن الرجال، وتتولى شرطيات الإشراف عليهن وتفتيشهن؟</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>الممتلكات</translation>
    </message>
    <message>
        <source>Are detained persons&apos; belongings inventoried, signed for by them, and returned on release?</source>
        <translation>هل تُجرد متعلقات الأشخاص المحتجزين في قائمة يوقّعون عليها، وتُعاد إليهم عند الإفراج؟</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>مساحة الزنزانة</translation>
    </message>
    <message>
        <source>Are cells used for overnight stays at least 7 m² for one person, with 2 m or more between walls and 2.5 m between floor and ceiling?</source>
        <translation>هل تبلغ مساحة الزنازين المستخدمة للمبيت ليلًا 7 م² على الأقل للشخص الواحد، مع مسافة لا تقل عن مترين بين الجدران و2.5 م بين الأرضية والسقف؟</translation>
    </message>
    <message>
        <source>Measure the cells; note how many people were held in each on the busiest night in the record.</source>
        <translation>قِس الزنازين؛ ودوِّن عدد الأشخاص الذين احتُجزوا في كل منها في الليلة الأشد ازدحامًا وفق السجل.</translation>
    </message>
    <message>
        <source>Light, air and heating</source>
        <translation>الإضاءة والتهوية والتدفئة</translation>
    </message>
    <message>
        <source>Do cells have adequate lighting (natural light where possible), ventilation and heating?</source>
        <translation>هل تتوفر في الزنازين إضاءة كافية (إضاءة طبيعية حيثما أمكن) وتهوية وتدفئة؟</translation>
    </message>
    <message>
        <source>Bedding</source>
        <translation>الفراش</translation>
    </message>
    <message>
        <source>Are persons held overnight given a clean mattress and clean blankets?</source>
        <translation>هل يُزوَّد الأشخاص المحتجزون ليلًا بفرشة نظيفة وبطانيات نظيفة؟</translation>
    </message>
    <message>
        <source>Can detained persons use a toilet in decent conditions whenever needed, and wash?</source>
        <translation>هل يمكن للأشخاص المحتجزين استخدام المرحاض في ظروف لائقة كلما احتاجوا إلى ذلك، والاغتسال؟</translation>
    </message>
    <message>
        <source>Are detained persons given drinking water at all times and food at normal meal times, including at least one full meal a day?</source>
        <translation>هل تُقدَّم للأشخاص المحتجزين مياه الشرب في جميع الأوقات والطعام في مواعيد الوجبات المعتادة، بما في ذلك وجبة كاملة واحدة على الأقل يوميًا؟</translation>
    </message>
    <message>
        <source>Video surveillance</source>
        <translation>المراقبة بالفيديو</translation>
    </message>
    <message>
        <source>Do cameras cover cells, corridors and interview rooms, with recordings kept long enough to examine complaints, while respecting privacy at toilets?</source>
        <translation>هل تغطي الكاميرات الزنازين والممرات وغرف الاستجواب، مع الاحتفاظ بالتسجيلات مدة كافية لفحص الشكاوى، واحترام الخصوصية عند المراحيض؟</translation>
    </message>
    <message>
        <source>Outdoor exercise</source>
        <translation>التريّض في الهواء الطلق</translation>
    </message>
    <message>
        <source>Are persons held for 24 hours or more offered outdoor exercise every day?</source>
        <translation>هل يُتاح للأشخاص المحتجزين لمدة 24 ساعة أو أكثر التريّض في الهواء الطلق كل يوم؟</translation>
    </message>
    <message>
        <source>Can detained persons receive visits or make telephone calls, with any restriction justified by the investigation and recorded?</source>
        <translation>هل يمكن للأشخاص المحتجزين تلقي الزيارات أو إجراء مكالمات هاتفية، مع تبرير أي قيد بمقتضيات التحقيق وتسجيله؟</translation>
    </message>
    <message>
        <source>Reading and religion</source>
        <translation>القراءة والدين</translation>
    </message>
    <message>
        <source>Are persons held for longer periods offered reading material and allowed items needed for their religious practice?</source>
        <translation>هل تُوفَّر للأشخاص المحتجزين لفترات أطول مواد للقراءة، ويُسمح لهم بالأغراض اللازمة لممارسة شعائرهم الدينية؟</translation>
    </message>
    <message>
        <source>Access to a doctor</source>
        <translation>الوصول إلى طبيب</translation>
    </message>
    <message>
        <source>Can detained persons see a doctor on request, including one of their own choice, without police officers filtering the request?</source>
        <translation>هل يمكن للأشخاص المحتجزين مراجعة طبيب عند الطلب، بما في ذلك طبيب من اختيارهم، دون أن يتولى أفراد الشرطة فرز الطلب؟</translation>
    </message>
    <message>
        <source>Confidential examination</source>
        <translation>سرية الفحص الطبي</translation>
    </message>
    <message>
        <source>Are medical examinations held out of the hearing and, unless the doctor asks otherwise, out of the sight of police officers?</source>
        <translation>هل تُجرى الفحوص الطبية بعيدًا عن مسمع أفراد الشرطة، وبعيدًا عن مرآهم ما لم يطلب الطبيب خلاف ذلك؟</translation>
    </message>
    <message>
        <source>Documentation of injuries</source>
        <translation>توثيق الإصابات</translation>
    </message>
    <message>
        <source>Are injuries seen on arrival recorded with the person&apos;s own account and reported to the prosecutor?</source>
        <translation>هل تُسجَّل الإصابات الملاحظة عند الوصول مع رواية الشخص نفسه، ويُبلَّغ بها المدعي العام؟</translation>
    </message>
    <message>
        <source>Compare injury records with the time of arrest and the custody record.</source>
        <translation>قارن سجلات الإصابات بوقت القبض وبسجل الاحتجاز.</translation>
    </message>
    <message>
        <source>Can detained persons continue prescribed medication, including opioid substitution treatment, while in custody?</source>
        <translation>هل يمكن للأشخاص المحتجزين مواصلة تناول الأدوية الموصوفة لهم، بما فيها العلاج ببدائل المواد الأفيونية، أثناء الاحتجاز؟</translation>
    </message>
    <message>
        <source>Have officers been trained in human rights, de-escalation, safe restraint and investigative interviewing?</source>
        <translation>هل تلقّى أفراد الشرطة تدريبًا على حقوق الإنسان وخفض التصعيد والتقييد الآمن وإجراء المقابلات لأغراض التحقيق؟</translation>
    </message>
    <message>
        <source>Responsibility for detainees</source>
        <translation>المسؤولية عن المحتجزين</translation>
    </message>
    <message>
        <source>Is one officer, independent of the investigation, responsible on each shift for the welfare and record of detained persons?</source>
        <translation>هل يتولى في كل نوبة عمل شرطيٌّ مستقل عن التحقيق المسؤوليةَ عن رفاه الأشخاص المحتجزين وعن سجلهم؟</translation>
    </message>
    <message>
        <source>Identification of officers</source>
        <translation>تحديد هوية أفراد الشرطة</translation>
    </message>
    <message>
        <source>Can detained persons identify the officers dealing with them (name or number visible), and are those officers named in the custody record?</source>
        <translation>هل يمكن للأشخاص المحتجزين تحديد هوية أفراد الشرطة الذين يتعاملون معهم (الاسم أو الرقم ظاهر)، وهل ترد أسماء هؤلاء في سجل الاحتجاز؟</translation>
    </message>
    <message>
        <source>Prison: general visit</source>
        <translation>السجن: زيارة عامة</translation>
    </message>
    <message>
        <source>Did any prisoner interviewed in private allege physical ill-treatment, threats or verbal abuse by staff?</source>
        <translation>هل ادّعى أي سجين قوبل على انفراد تعرّضه لسوء معاملة جسدية أو لتهديدات أو لإساءة لفظية من جانب الموظفين؟</translation>
    </message>
    <message>
        <source>Record each allegation separately with the person&apos;s consent (time, place, unit, staff involved). Look for consistent accounts from independent sources and for medical evidence.</source>
        <translation>دوِّن كل ادعاء على حدة بموافقة الشخص (الوقت، المكان، الوحدة، الموظفون المعنيون). ابحث عن روايات متسقة من مصادر مستقلة وعن أدلة طبية.</translation>
    </message>
    <message>
        <source>Is every use of force recorded, reported to the director and reviewed, with a medical examination of the prisoner afterwards?</source>
        <translation>هل يُسجَّل كل استخدام للقوة ويُبلَّغ به مدير السجن ويُراجَع، مع إخضاع السجين لفحص طبي بعد ذلك؟</translation>
    </message>
    <message>
        <source>Compare the use-of-force register with the medical register and with what prisoners and staff say.</source>
        <translation>قارن سجل استخدام القوة بالسجل الطبي وبما يقوله السجناء والموظفون.</translation>
    </message>
    <message>
        <source>Instruments of restraint</source>
        <translation>أدوات تقييد الحرية</translation>
    </message>
    <message>
        <source>Are instruments of restraint used only where the law allows, for the shortest time, never as a punishment, and are chains, irons and other degrading restraints absent?</source>
        <translation>هل يقتصر استخدام أدوات تقييد الحرية على الحالات التي يجيزها القانون، ولأقصر مدة، ولا تُستخدم أبدًا عقوبةً، وهل تخلو المؤسسة من السلاسل والأصفاد الحديدية وغيرها من أدوات التقييد المهينة؟</translation>
    </message>
    <message>
        <source>Ask to see every type of restraint held; check who authorises their use and how long they were applied.</source>
        <translation>اطلب الاطلاع على كل نوع من أدوات التقييد الموجودة؛ وتحقق ممن يأذن باستخدامها ومن المدة التي استُخدمت فيها.</translation>
    </message>
    <message>
        <source>Is anyone held in solitary confinement (22 hours or more a day without meaningful human contact) for more than 15 consecutive days?</source>
        <translation>هل يُحتجز أي شخص في الحبس الانفرادي (22 ساعة أو أكثر يوميًا دون تواصل إنساني هادف) لأكثر من 15 يومًا متتالية؟</translation>
    </message>
    <message>
        <source>Check the segregation register and visit the segregation unit; count consecutive days, including back-to-back placements.</source>
        <translation>افحص سجل العزل وزُر وحدة العزل؛ احسب الأيام المتتالية، بما في ذلك حالات الإيداع المتعاقبة دون انقطاع.</translation>
    </message>
    <message>
        <source>Are prisoners with mental or physical disabilities, pregnant women, women with infants, breastfeeding mothers or children ever placed in solitary confinement or disciplinary segregation?</source>
        <translation>هل يُودَع في الحبس الانفرادي أو العزل التأديبي سجناء ذوو إعاقات عقلية أو بدنية، أو نساء حوامل، أو نساء مع أطفالهن الرضّع، أو أمهات مرضعات، أو أطفال؟</translation>
    </message>
    <message>
        <source>Are strip searches and body-cavity searches carried out only when strictly necessary, in private, by trained staff of the same gender, and recorded?</source>
        <translation>هل يقتصر إجراء التفتيش بتعرية الجسد والتفتيش الجسدي الداخلي على حالات الضرورة القصوى، على انفراد، وعلى أيدي موظفين مدرَّبين من نفس الجنس، مع تسجيله؟</translation>
    </message>
    <message>
        <source>Ask whether less intrusive methods (scanners) are available and how often strip searches follow visits.</source>
        <translation>اسأل عما إذا كانت تتوفر أساليب أقل تدخلًا (أجهزة المسح الضوئي) وعن مدى تكرار التفتيش بتعرية الجسد بعد الزيارات.</translation>
    </message>
    <message>
        <source>Inter-prisoner violence</source>
        <translation>العنف بين السجناء</translation>
    </message>
    <message>
        <source>How many incidents of violence between prisoners were recorded in the last 12 months?</source>
        <translation>كم عدد حوادث العنف بين السجناء المسجلة خلال الأشهر الاثني عشر الماضية؟</translation>
    </message>
    <message>
        <source>Compare the figure with what prisoners report; ask how vulnerable prisoners are protected and whether staff are present in the units.</source>
        <translation>قارن الرقم بما يفيد به السجناء؛ واسأل عن كيفية حماية السجناء المستضعفين وعما إذا كان الموظفون موجودين في الوحدات.</translation>
    </message>
    <message>
        <source>Deaths in custody</source>
        <translation>الوفيات أثناء الاحتجاز</translation>
    </message>
    <message>
        <source>Was every death in custody in the last three years reported to a judicial or other independent authority and investigated, with the family informed?</source>
        <translation>هل أُبلغت سلطة قضائية أو سلطة مستقلة أخرى بكل وفاة حدثت أثناء الاحتجاز خلال السنوات الثلاث الماضية، وهل جرى التحقيق فيها مع إبلاغ الأسرة؟</translation>
    </message>
    <message>
        <source>Collective punishment</source>
        <translation>العقوبات الجماعية</translation>
    </message>
    <message>
        <source>Are collective punishments imposed, such as locking down a whole unit or withdrawing privileges from everyone after one prisoner&apos;s offence?</source>
        <translation>هل تُفرض عقوبات جماعية، مثل إغلاق وحدة بأكملها أو سحب الامتيازات من الجميع بسبب مخالفة ارتكبها سجين واحد؟</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Is the admission register complete for every prisoner: identity, legal basis of detention, date and time of admission, transfers and release?</source>
        <translation>هل سجل الإيداع مكتمل بالنسبة لكل سجين: الهوية، والأساس القانوني للاحتجاز، وتاريخ الإيداع ووقته، وعمليات النقل، والإفراج؟</translation>
    </message>
    <message>
        <source>Pick names at random from the cells and trace them in the register, and the other way round.</source>
        <translation>اختر أسماء عشوائيًا من الزنازين وتتبّعها في السجل، والعكس بالعكس.</translation>
    </message>
    <message>
        <source>Are prisoners given written information on the rules, their rights, how to complain and how to obtain legal advice, on admission and in a language and form they understand?</source>
        <translation>هل يُزوَّد السجناء، عند إيداعهم، بمعلومات مكتوبة عن القواعد وحقوقهم وكيفية تقديم الشكاوى والحصول على المشورة القانونية، بلغة وشكل يفهمونهما؟</translation>
    </message>
    <message>
        <source>Notification of family</source>
        <translation>إخطار الأسرة</translation>
    </message>
    <message>
        <source>Can prisoners inform their family or a person of their choice of their imprisonment and of any transfer?</source>
        <translation>هل يمكن للسجناء إخطار أسرهم أو شخص يختارونه بسجنهم وبأي نقل لهم؟</translation>
    </message>
    <message>
        <source>Are prisoners charged with a disciplinary offence told the charge, given time to prepare, heard in person, helped by an interpreter or lawyer where needed, and able to seek review?</source>
        <translation>هل يُبلَّغ السجناء المتهمون بمخالفة تأديبية بالتهمة، ويُمنحون وقتًا للتحضير، ويُستمع إليهم شخصيًا، ويُساعَدون بمترجم شفوي أو محامٍ عند الحاجة، ويمكنهم طلب إعادة النظر؟</translation>
    </message>
    <message>
        <source>Read a sample of disciplinary files: look for unsigned sanctions, missing hearings and sanctions beyond what the law allows.</source>
        <translation>اطّلع على عيّنة من الملفات التأديبية: ابحث عن عقوبات غير موقَّعة وجلسات استماع لم تُعقد وعقوبات تتجاوز ما يجيزه القانون.</translation>
    </message>
    <message>
        <source>Can prisoners complain confidentially to the director and to an outside authority without fear of reprisal, and are complaints answered promptly?</source>
        <translation>هل يمكن للسجناء تقديم شكاوى سرية إلى مدير السجن وإلى سلطة خارجية دون خوف من الانتقام، وهل يُرد على الشكاوى دون إبطاء؟</translation>
    </message>
    <message>
        <source>Check that complaint boxes are not opened by the staff complained about; read replies to recent complaints.</source>
        <translation>تحقق من أن صناديق الشكاوى لا يفتحها الموظفون المشكو منهم؛ واطّلع على الردود على الشكاوى الأخيرة.</translation>
    </message>
    <message>
        <source>Separation of categories</source>
        <translation>الفصل بين الفئات</translation>
    </message>
    <message>
        <source>Are remand prisoners held apart from convicted prisoners, women from men, and children from adults?</source>
        <translation>هل يُحتجز المحبوسون احتياطيًا بمعزل عن السجناء المدانين، والنساء بمعزل عن الرجال، والأطفال بمعزل عن البالغين؟</translation>
    </message>
    <message>
        <source>Can prisoners consult their lawyer in confidence, without delay or censorship, in conditions where they cannot be overheard?</source>
        <translation>هل يمكن للسجناء استشارة محاميهم في سرية تامة، دون إبطاء أو رقابة، وفي ظروف لا يمكن فيها لأحد سماعهم؟</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>الأعمال الانتقامية</translation>
    </message>
    <message>
        <source>Did any prisoner report being threatened or sanctioned for complaining or for speaking with monitors?</source>
        <translation>هل أفاد أي سجين بأنه تعرّض للتهديد أو العقاب بسبب تقديم شكوى أو التحدث إلى الراصدين؟</translation>
    </message>
    <message>
        <source>Record reprisal allegations as confidential reprisal records; plan a follow-up contact.</source>
        <translation>سجِّل ادعاءات الانتقام بوصفها قيودًا سرية خاصة بالانتقام؛ وخطِّط لتواصل لاحق للمتابعة.</translation>
    </message>
    <message>
        <source>How many prisoners are held today? Compare with the official capacity.</source>
        <translation>كم عدد السجناء المحتجزين اليوم؟ قارنه بالطاقة الاستيعابية الرسمية.</translation>
    </message>
    <message>
        <source>Count by unit where possible; note people sleeping on mattresses on the floor.</source>
        <translation>احسب العدد حسب الوحدة حيثما أمكن؛ ودوِّن حالات النوم على فرش على الأرض.</translation>
    </message>
    <message>
        <source>Living space</source>
        <translation>مساحة المعيشة</translation>
    </message>
    <message>
        <source>Does each prisoner have at least 4 m² of living space in a shared cell, or 6 m² in a single cell, not counting the sanitary annex?</source>
        <translation>هل تتوفر لكل سجين مساحة معيشة لا تقل عن 4 م² في الزنزانة المشتركة، أو 6 م² في الزنزانة الفردية، دون احتساب المرافق الصحية الملحقة؟</translation>
    </message>
    <message>
        <source>Measure a sample of cells and count occupants.</source>
        <translation>قِس عيّنة من الزنازين واحسب عدد شاغليها.</translation>
    </message>
    <message>
        <source>Do cells have windows that let in enough natural light to read or work by, adequate artificial light, ventilation and heating suited to the climate?</source>
        <translation>هل في الزنازين نوافذ تسمح بدخول قدر كافٍ من الضوء الطبيعي للقراءة أو العمل، وهل تتوفر فيها إضاءة اصطناعية كافية وتهوية وتدفئة تلائم المناخ؟</translation>
    </message>
    <message>
        <source>Can prisoners use a toilet in privacy at any time, including at night, and shower as often as hygiene and the climate require?</source>
        <translation>هل يمكن للسجناء استخدام المرحاض بخصوصية في أي وقت، بما في ذلك ليلًا، والاستحمام بالقدر الذي تقتضيه النظافة والمناخ؟</translation>
    </message>
    <message>
        <source>Personal hygiene</source>
        <translation>النظافة الشخصية</translation>
    </message>
    <message>
        <source>Are prisoners given water and toilet articles free of charge, and women sanitary products free of charge?</source>
        <translation>هل يُزوَّد السجناء مجانًا بالماء وأدوات النظافة الشخصية، والنساء بمستلزمات النظافة الصحية مجانًا؟</translation>
    </message>
    <message>
        <source>Do prisoners receive food of adequate nutritional value at the usual hours, and is drinking water available whenever needed?</source>
        <translation>هل يحصل السجناء على طعام ذي قيمة غذائية كافية في الساعات المعتادة، وهل تتوفر مياه الشرب كلما احتاجوا إليها؟</translation>
    </message>
    <message>
        <source>Taste the food; check portions, special diets and the times of the last and first meals.</source>
        <translation>تذوّق الطعام؛ وتحقق من الحصص والأنظمة الغذائية الخاصة ومواعيد الوجبة الأخيرة في اليوم والأولى في اليوم التالي.</translation>
    </message>
    <message>
        <source>Clothing and bedding</source>
        <translation>الملابس والفراش</translation>
    </message>
    <message>
        <source>Does every prisoner have a separate bed with clean bedding, and adequate clean clothing?</source>
        <translation>هل لكل سجين سرير مستقل بفراش نظيف، وملابس نظيفة كافية؟</translation>
    </message>
    <message>
        <source>Time out of cell</source>
        <translation>الوقت خارج الزنزانة</translation>
    </message>
    <message>
        <source>How many hours a day do prisoners in the main units spend out of their cells in purposeful activity?</source>
        <translation>كم ساعة في اليوم يقضيها السجناء في الوحدات الرئيسية خارج زنازينهم في أنشطة هادفة؟</translation>
    </message>
    <message>
        <source>Ask prisoners and compare with the published regime; note units where the regime is restricted.</source>
        <translation>اسأل السجناء وقارن إجاباتهم بالنظام اليومي المعلن؛ ودوِّن الوحدات التي يُطبَّق فيها نظام مقيَّد.</translation>
    </message>
    <message>
        <source>Does every prisoner, including those in segregation, have at least one hour of exercise in the open air every day?</source>
        <translation>هل يحصل كل سجين، بمن فيهم المودَعون في العزل، على ساعة واحدة على الأقل يوميًا من التريّض في الهواء الطلق؟</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>العمل والتعليم</translation>
    </message>
    <message>
        <source>Are work, education and vocational training available to all prisoners who want them, and is work paid?</source>
        <translation>هل يتاح العمل والتعليم والتدريب المهني لجميع السجناء الراغبين فيها، وهل يُدفع أجر عن العمل؟</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>How often can prisoners receive visits from family?</source>
        <translation>كم مرة يمكن للسجناء تلقي زيارات من أسرهم؟</translation>
    </message>
    <message>
        <source>Note whether visits allow privacy and physical contact and whether children are received in child-friendly conditions.</source>
        <translation>لاحظ ما إذا كانت الزيارات تتيح الخصوصية والتلامس الجسدي، وما إذا كان الأطفال يُستقبلون في ظروف ملائمة لهم.</translation>
    </message>
    <message>
        <source>weekly or more often</source>
        <translation>أسبوعيًا أو أكثر</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>less than monthly</source>
        <translation>أقل من مرة في الشهر</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Telephone and mail</source>
        <translation>الهاتف والبريد</translation>
    </message>
    <message>
        <source>Can prisoners make telephone calls and send and receive letters regularly, with any monitoring authorised by law?</source>
        <translation>هل يمكن للسجناء إجراء مكالمات هاتفية وإرسال الرسائل وتلقيها بانتظام، على ألا تخضع لأي مراقبة إلا بإذن من القانون؟</translation>
    </message>
    <message>
        <source>Can prisoners practise their religion, take part in services and see a representative of their faith?</source>
        <translation>هل يمكن للسجناء ممارسة شعائرهم الدينية والمشاركة في الصلوات ومقابلة ممثل لدينهم؟</translation>
    </message>
    <message>
        <source>Is every prisoner examined by a health professional as soon as possible after admission (within 24 hours), including for injuries, mental health needs and withdrawal symptoms?</source>
        <translation>هل يخضع كل سجين لفحص يجريه أخصائي صحي في أقرب وقت ممكن بعد إيداعه (في غضون 24 ساعة)، بما في ذلك الكشف عن الإصابات واحتياجات الصحة العقلية وأعراض الانسحاب؟</translation>
    </message>
    <message>
        <source>When injuries are found, are they documented in detail (body chart, photographs, the prisoner&apos;s account, the doctor&apos;s opinion on consistency) and reported to a competent authority?</source>
        <translation>عند اكتشاف إصابات، هل تُوثَّق بالتفصيل (مخطط الجسم، والصور الفوتوغرافية، ورواية السجين، ورأي الطبيب بشأن مدى اتساقها مع الرواية) ويُبلَّغ بها إلى سلطة مختصة؟</translation>
    </message>
    <message>
        <source>Read a sample of injury records against the use-of-force register.</source>
        <translation>اطّلع على عيّنة من سجلات الإصابات وقارنها بسجل استخدام القوة.</translation>
    </message>
    <message>
        <source>Access and confidentiality</source>
        <translation>الوصول والسرية</translation>
    </message>
    <message>
        <source>Can prisoners see a doctor or nurse promptly on request, without staff filtering the requests, and are consultations held out of the hearing of custodial staff?</source>
        <translation>هل يمكن للسجناء مراجعة طبيب أو ممرض دون تأخير عند الطلب، دون أن يتولى الموظفون فرز الطلبات، وهل تُجرى الاستشارات بعيدًا عن مسمع موظفي الحراسة؟</translation>
    </message>
    <message>
        <source>Is there a suicide and self-harm prevention procedure, with psychiatric care available and transfer to hospital for those who need it?</source>
        <translation>هل ثمة إجراء لمنع الانتحار وإيذاء النفس، مع توفر الرعاية الطبية النفسية ونقل من يحتاجون إليها إلى المستشفى؟</translation>
    </message>
    <message>
        <source>Clinical independence</source>
        <translation>الاستقلالية السريرية</translation>
    </message>
    <message>
        <source>Do health-care staff stay out of disciplinary decisions, and do they visit prisoners held in solitary confinement every day?</source>
        <translation>هل يبقى موظفو الرعاية الصحية بمنأى عن القرارات التأديبية، وهل يزورون يوميًا السجناء المحتجزين في الحبس الانفرادي؟</translation>
    </message>
    <message>
        <source>How many custodial staff are on duty in the residential units at night?</source>
        <translation>كم عدد موظفي الحراسة المناوبين ليلًا في الوحدات السكنية؟</translation>
    </message>
    <message>
        <source>Compare with the number of prisoners and with the staffing plan; ask how cells are opened in an emergency.</source>
        <translation>قارن العدد بعدد السجناء وبخطة التوظيف؛ واسأل عن كيفية فتح الزنازين في حالات الطوارئ.</translation>
    </message>
    <message>
        <source>Have staff been trained in human rights, dynamic security, de-escalation, use of force and restraints, and mental health awareness?</source>
        <translation>هل تلقّى الموظفون تدريبًا على حقوق الإنسان، والأمن الدينامي، وخفض التصعيد، واستخدام القوة وأدوات التقييد، والتوعية بالصحة العقلية؟</translation>
    </message>
    <message>
        <source>Are women prisoners supervised and searched only by women staff?</source>
        <translation>هل يقتصر الإشراف على السجينات وتفتيشهن على الموظفات؟</translation>
    </message>
    <message>
        <source>Staff-prisoner relations</source>
        <translation>العلاقات بين الموظفين والسجناء</translation>
    </message>
    <message>
        <source>Do staff spend time in the units and talk with prisoners, and do both describe relations as respectful?</source>
        <translation>هل يقضي الموظفون وقتًا في الوحدات ويتحدثون مع السجناء، وهل يصف الطرفان العلاقات بينهما بأنها قائمة على الاحترام؟</translation>
    </message>
    <message>
        <source>Psychiatric hospital: ward visit</source>
        <translation>مستشفى الأمراض النفسية: زيارة جناح</translation>
    </message>
    <message>
        <source>Did any patient allege ill-treatment, humiliation or abuse by staff or other patients?</source>
        <translation>هل ادّعى أي مريض تعرّضه لسوء المعاملة أو الإذلال أو الإساءة من جانب الموظفين أو مرضى آخرين؟</translation>
    </message>
    <message>
        <source>Restraint</source>
        <translation>التقييد</translation>
    </message>
    <message>
        <source>Are mechanical, physical or chemical restraints used only as a last resort, for the shortest time, on a doctor&apos;s order, with continuous direct supervision?</source>
        <translation>هل يقتصر استخدام وسائل التقييد الميكانيكية أو الجسدية أو الكيميائية على الملجأ الأخير، ولأقصر مدة، بأمر من طبيب، مع إشراف مباشر ومستمر؟</translation>
    </message>
    <message>
        <source>Look at beds fitted with straps, seclusion rooms and &apos;as needed&apos; medication orders; compare with the restraint register.</source>
        <translation>افحص الأسرّة المجهزة بأحزمة، وغرف العزل، وأوامر الأدوية «عند الحاجة»؛ وقارنها بسجل التقييد.</translation>
    </message>
    <message>
        <source>Seclusion</source>
        <translation>الإيداع في غرف العزل</translation>
    </message>
    <message>
        <source>Is every episode of seclusion or restraint recorded in a dedicated register, with start, end, reason, the authorising doctor and observations?</source>
        <translation>هل تُسجَّل كل حالة عزل أو تقييد في سجل مخصص، مع بيان وقت بدئها وانتهائها وسببها والطبيب الذي أذن بها والملاحظات؟</translation>
    </message>
    <message>
        <source>How many restraint or seclusion episodes were recorded in the last three months?</source>
        <translation>كم عدد حالات التقييد أو العزل المسجلة خلال الأشهر الثلاثة الماضية؟</translation>
    </message>
    <message>
        <source>Are restraints ever applied in view of other patients, or used as punishment or for staff convenience?</source>
        <translation>هل تُطبَّق وسائل التقييد أحيانًا على مرأى من مرضى آخرين، أو تُستخدم عقوبةً أو لتيسير عمل الموظفين؟</translation>
    </message>
    <message>
        <source>Treatment without consent</source>
        <translation>العلاج دون موافقة</translation>
    </message>
    <message>
        <source>Is treatment, including electroconvulsive therapy, given without the patient&apos;s free and informed consent?</source>
        <translation>هل يُعطى العلاج، بما في ذلك العلاج بالتخليج الكهربائي، دون موافقة المريض الحرة المستنيرة؟</translation>
    </message>
    <message>
        <source>Protection from violence</source>
        <translation>الحماية من العنف</translation>
    </message>
    <message>
        <source>Are patients protected from violence and sexual abuse by other patients, including on mixed wards?</source>
        <translation>هل يحظى المرضى بالحماية من العنف والاعتداء الجنسي من جانب مرضى آخرين، بما في ذلك في الأجنحة المختلطة؟</translation>
    </message>
    <message>
        <source>Does every involuntary patient have a lawful placement decision, with reasons, reviewed by a court or independent body at regular intervals?</source>
        <translation>هل لدى كل مريض مودَع بصورة غير طوعية قرار إيداع قانوني ومعلَّل، تراجعه محكمة أو هيئة مستقلة على فترات منتظمة؟</translation>
    </message>
    <message>
        <source>Read a sample of files; note placements extended without a hearing.</source>
        <translation>اطّلع على عيّنة من الملفات؛ ودوِّن حالات الإيداع التي مُدِّدت دون جلسة استماع.</translation>
    </message>
    <message>
        <source>De facto detention</source>
        <translation>الاحتجاز بحكم الواقع</translation>
    </message>
    <message>
        <source>Are patients recorded as voluntary in fact prevented from leaving (locked doors, threats of involuntary placement)?</source>
        <translation>هل يُمنع فعليًا مرضى مسجَّلون بوصفهم طوعيين من المغادرة (أبواب مقفلة، أو تهديد بالإيداع غير الطوعي)؟</translation>
    </message>
    <message>
        <source>Are patients told their rights, the reasons for their placement and how to appeal, in an accessible form?</source>
        <translation>هل يُبلَّغ المرضى بحقوقهم وبأسباب إيداعهم وبكيفية الطعن، بصيغة ميسَّرة؟</translation>
    </message>
    <message>
        <source>Legal capacity and support</source>
        <translation>الأهلية القانونية والدعم</translation>
    </message>
    <message>
        <source>Do patients have access to a lawyer and to independent advocacy or support in making decisions?</source>
        <translation>هل يتاح للمرضى الوصول إلى محامٍ وإلى مناصرة مستقلة أو دعم في اتخاذ القرارات؟</translation>
    </message>
    <message>
        <source>Is there a confidential complaints procedure that reaches a body outside the hospital?</source>
        <translation>هل ثمة إجراء سري للشكاوى يصل إلى هيئة خارج المستشفى؟</translation>
    </message>
    <message>
        <source>Are the admission, restraint and incident registers complete and consistent with patients&apos; files?</source>
        <translation>هل سجلات الإيداع والتقييد والحوادث مكتملة ومتسقة مع ملفات المرضى؟</translation>
    </message>
    <message>
        <source>Are children accommodated separately from adult patients?</source>
        <translation>هل يُودَع الأطفال بمعزل عن المرضى البالغين؟</translation>
    </message>
    <message>
        <source>Therapeutic environment</source>
        <translation>البيئة العلاجية</translation>
    </message>
    <message>
        <source>Do wards offer a positive therapeutic environment: enough living space, light, ventilation, decoration and privacy?</source>
        <translation>هل توفر الأجنحة بيئة علاجية إيجابية: مساحة معيشة كافية، وإضاءة، وتهوية، وتزيين، وخصوصية؟</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>المساحة الشخصية</translation>
    </message>
    <message>
        <source>Do patients have lockable space for their belongings, and can they wear their own clothes?</source>
        <translation>هل لدى المرضى مكان يمكن قفله لحفظ متعلقاتهم، وهل يمكنهم ارتداء ملابسهم الخاصة؟</translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and accessible to patients with reduced mobility?</source>
        <translation>هل المراحيض والحمّامات نظيفة وتكفل الخصوصية ويسهل على المرضى ذوي الحركة المحدودة الوصول إليها؟</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>الطعام</translation>
    </message>
    <message>
        <source>Is food adequate in quantity and quality, with special diets provided?</source>
        <translation>هل الطعام كافٍ كمًّا ونوعًا، مع توفير أنظمة غذائية خاصة؟</translation>
    </message>
    <message>
        <source>Dormitories</source>
        <translation>المهاجع</translation>
    </message>
    <message>
        <source>How many patients share the largest dormitory?</source>
        <translation>كم عدد المرضى الذين يتقاسمون أكبر مهجع؟</translation>
    </message>
    <message>
        <source>Do all patients, including those on closed wards, have daily access to the open air?</source>
        <translation>هل يتاح لجميع المرضى، بمن فيهم نزلاء الأجنحة المغلقة، الخروج يوميًا إلى الهواء الطلق؟</translation>
    </message>
    <message>
        <source>Are therapeutic, recreational and occupational activities offered every day?</source>
        <translation>هل تُقدَّم أنشطة علاجية وترفيهية ومهنية كل يوم؟</translation>
    </message>
    <message>
        <source>Can patients receive visits, use a telephone and send and receive mail, with any restriction decided individually and recorded?</source>
        <translation>هل يمكن للمرضى تلقي الزيارات واستخدام الهاتف وإرسال البريد وتلقيه، مع تقرير أي قيد بصورة فردية وتسجيله؟</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>الخروج من المستشفى</translation>
    </message>
    <message>
        <source>How many patients are ready to leave but remain because no place in the community is available?</source>
        <translation>كم عدد المرضى الجاهزين للخروج الذين يبقون في المستشفى لعدم توفر مكان لهم في المجتمع؟</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>خطة العلاج</translation>
    </message>
    <message>
        <source>Does each patient have a written individual treatment plan, discussed with them and reviewed regularly?</source>
        <translation>هل لدى كل مريض خطة علاج فردية مكتوبة، تُناقَش معه وتُراجَع بانتظام؟</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>الموافقة المستنيرة</translation>
    </message>
    <message>
        <source>Is free and informed consent sought and recorded before treatment, after information on effects and alternatives?</source>
        <translation>هل تُلتمس الموافقة الحرة المستنيرة وتُسجَّل قبل العلاج، بعد تقديم المعلومات عن آثاره وبدائله؟</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>الصحة البدنية</translation>
    </message>
    <message>
        <source>Are patients&apos; physical health needs met (screening, dental care, treatment of chronic illness)?</source>
        <translation>هل تُلبّى احتياجات المرضى في مجال الصحة البدنية (الفحوص، ورعاية الأسنان، وعلاج الأمراض المزمنة)؟</translation>
    </message>
    <message>
        <source>Is medication prescribed individually, recorded and reviewed, and never used as punishment or for the convenience of others?</source>
        <translation>هل تُوصف الأدوية بصورة فردية وتُسجَّل وتُراجَع، ولا تُستخدم أبدًا عقوبةً أو لتيسير الأمور على الآخرين؟</translation>
    </message>
    <message>
        <source>Are injuries, including those from restraint, examined, recorded and reported?</source>
        <translation>هل تُفحص الإصابات، بما فيها الناجمة عن التقييد، وتُسجَّل ويُبلَّغ عنها؟</translation>
    </message>
    <message>
        <source>Electroconvulsive therapy</source>
        <translation>العلاج بالتخليج الكهربائي</translation>
    </message>
    <message>
        <source>Is electroconvulsive therapy given only in modified form (with anaesthesia and muscle relaxants), with consent, and recorded in a register?</source>
        <translation>هل يقتصر إعطاء العلاج بالتخليج الكهربائي على شكله المعدَّل (مع التخدير ومرخيات العضلات)، بموافقة المريض، مع تسجيله في سجل؟</translation>
    </message>
    <message>
        <source>How many nursing staff are on duty per ward at night?</source>
        <translation>كم عدد موظفي التمريض المناوبين ليلًا في كل جناح؟</translation>
    </message>
    <message>
        <source>Have staff been trained in de-escalation, safe restraint and the rights of persons with disabilities?</source>
        <translation>هل تلقّى الموظفون تدريبًا على خفض التصعيد والتقييد الآمن وحقوق الأشخاص ذوي الإعاقة؟</translation>
    </message>
    <message>
        <source>Multidisciplinary team</source>
        <translation>الفريق متعدد التخصصات</translation>
    </message>
    <message>
        <source>Is there a multidisciplinary team (psychiatrists, psychologists, occupational therapists, social workers) large enough for the number of patients?</source>
        <translation>هل يوجد فريق متعدد التخصصات (أطباء نفسيون، وأخصائيون نفسيون، وأخصائيو علاج وظيفي، وأخصائيون اجتماعيون) بحجم يكفي لعدد المرضى؟</translation>
    </message>
    <message>
        <source>Non-clinical staff</source>
        <translation>الموظفون غير السريريين</translation>
    </message>
    <message>
        <source>Are security staff or orderlies without clinical training involved in restraint or patient care?</source>
        <translation>هل يشارك موظفو الأمن أو المساعدون غير الحاصلين على تدريب سريري في التقييد أو في رعاية المرضى؟</translation>
    </message>
    <message>
        <source>Social care home: visit</source>
        <translation>دار الرعاية الاجتماعية: زيارة</translation>
    </message>
    <message>
        <source>Ill-treatment and neglect</source>
        <translation>سوء المعاملة والإهمال</translation>
    </message>
    <message>
        <source>Did residents describe being shouted at, mocked, neglected or hit by staff?</source>
        <translation>هل وصف المقيمون تعرّضهم للصراخ أو السخرية أو الإهمال أو الضرب من جانب الموظفين؟</translation>
    </message>
    <message>
        <source>Talk with residents who cannot easily complain, with support for communication where needed.</source>
        <translation>تحدّث مع المقيمين الذين لا يسهل عليهم تقديم الشكاوى، مع توفير الدعم للتواصل عند الحاجة.</translation>
    </message>
    <message>
        <source>Are residents tied to beds or chairs, kept in by bed rails against their will, or sedated to manage their behaviour?</source>
        <translation>هل يُربط المقيمون إلى الأسرّة أو الكراسي، أو يُبقَون في أسرّتهم بواسطة حواجز الأسرّة رغمًا عنهم، أو يُعطَون مهدئات للسيطرة على سلوكهم؟</translation>
    </message>
    <message>
        <source>Are residents locked in their rooms or in &apos;calming&apos; rooms?</source>
        <translation>هل يُحبس المقيمون في غرفهم أو في غرف «التهدئة»؟</translation>
    </message>
    <message>
        <source>Abuse prevention</source>
        <translation>منع الإساءة</translation>
    </message>
    <message>
        <source>Is there a policy to prevent, detect and report abuse, neglect and exploitation, including financial abuse, and are incidents investigated?</source>
        <translation>هل ثمة سياسة لمنع الإساءة والإهمال والاستغلال، بما فيها الإساءة المالية، وكشفها والإبلاغ عنها، وهل يُحقَّق في الحوادث؟</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>الوفيات</translation>
    </message>
    <message>
        <source>Are deaths of residents reviewed, and are unexpected deaths reported to an independent authority?</source>
        <translation>هل تُراجَع حالات وفاة المقيمين، وهل يُبلَّغ عن الوفيات غير المتوقعة إلى سلطة مستقلة؟</translation>
    </message>
    <message>
        <source>Is there a lawful basis, with independent review, for each resident who is not free to leave?</source>
        <translation>هل ثمة أساس قانوني، مع مراجعة مستقلة، لكل مقيم لا يتمتع بحرية المغادرة؟</translation>
    </message>
    <message>
        <source>Consent to placement</source>
        <translation>الموافقة على الإيداع</translation>
    </message>
    <message>
        <source>Did residents consent to living in the home, and do they know they may leave?</source>
        <translation>هل وافق المقيمون على العيش في الدار، وهل يعلمون أن بإمكانهم المغادرة؟</translation>
    </message>
    <message>
        <source>Legal capacity</source>
        <translation>الأهلية القانونية</translation>
    </message>
    <message>
        <source>How many residents are under full guardianship?</source>
        <translation>كم عدد المقيمين الخاضعين للوصاية الكاملة؟</translation>
    </message>
    <message>
        <source>Ask whether residents&apos; own will and preferences are sought in decisions about them, and whether supported decision-making exists.</source>
        <translation>اسأل عما إذا كانت إرادة المقيمين وأفضلياتهم تُلتمس في القرارات المتعلقة بهم، وعما إذا كان ثمة نظام لدعم اتخاذ القرار.</translation>
    </message>
    <message>
        <source>Can residents complain, in a way accessible to them, to someone outside the home?</source>
        <translation>هل يمكن للمقيمين تقديم شكاوى، بطريقة ميسَّرة لهم، إلى شخص من خارج الدار؟</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>المعلومات</translation>
    </message>
    <message>
        <source>Are residents given information on their rights and the home&apos;s rules in accessible formats (easy-read, sign language, Braille)?</source>
        <translation>هل تُقدَّم للمقيمين معلومات عن حقوقهم وعن قواعد الدار بأشكال ميسَّرة (صيغة سهلة القراءة، لغة الإشارة، طريقة برايل)؟</translation>
    </message>
    <message>
        <source>Money and belongings</source>
        <translation>الأموال والمتعلقات</translation>
    </message>
    <message>
        <source>Do residents control their own money and belongings, with any management by the home recorded and audited?</source>
        <translation>هل يتحكم المقيمون في أموالهم ومتعلقاتهم، مع تسجيل أي إدارة لها من جانب الدار وتدقيقها؟</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Is residents&apos; privacy respected: staff knock, residents have their own room or screens, and correspondence and records are confidential?</source>
        <translation>هل تُحترم خصوصية المقيمين: يطرق الموظفون الأبواب، ولدى المقيمين غرف خاصة بهم أو حواجز ساترة، وتُحفظ المراسلات والسجلات بسرية؟</translation>
    </message>
    <message>
        <source>Bedrooms</source>
        <translation>غرف النوم</translation>
    </message>
    <message>
        <source>How many residents share the largest bedroom?</source>
        <translation>كم عدد المقيمين الذين يتقاسمون أكبر غرفة نوم؟</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>Is the building accessible (ramps, lifts, adapted toilets, handrails) for residents with reduced mobility?</source>
        <translation>هل يتيح المبنى إمكانية الوصول (منحدرات، ومصاعد، ومراحيض مهيأة، ودرابزين) للمقيمين ذوي الحركة المحدودة؟</translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation>الرعاية الشخصية</translation>
    </message>
    <message>
        <source>Are residents helped to wash and use the toilet with dignity, and are continence products adequate and changed promptly?</source>
        <translation>هل يُساعَد المقيمون على الاغتسال واستخدام المرحاض بكرامة، وهل مستلزمات سلس البول كافية وتُغيَّر دون تأخير؟</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>الطعام والشراب</translation>
    </message>
    <message>
        <source>Is food adequate and varied, are residents who need help assisted to eat and drink, and is their weight monitored?</source>
        <translation>هل الطعام كافٍ ومتنوع، وهل يُساعَد المقيمون الذين يحتاجون إلى المساعدة على الأكل والشرب، وهل تُرصد أوزانهم؟</translation>
    </message>
    <message>
        <source>Heating and clothing</source>
        <translation>التدفئة والملابس</translation>
    </message>
    <message>
        <source>Is the home adequately heated, and do residents wear their own clothes?</source>
        <translation>هل الدار مدفأة بشكل كافٍ، وهل يرتدي المقيمون ملابسهم الخاصة؟</translation>
    </message>
    <message>
        <source>Going outside</source>
        <translation>الخروج من المبنى</translation>
    </message>
    <message>
        <source>Can every resident go outside each day, including those who need help to do so?</source>
        <translation>هل يمكن لكل مقيم الخروج من المبنى كل يوم، بمن فيهم من يحتاجون إلى المساعدة للقيام بذلك؟</translation>
    </message>
    <message>
        <source>Are meaningful daily activities, education or work offered according to residents&apos; wishes?</source>
        <translation>هل تُقدَّم أنشطة يومية هادفة أو تعليم أو عمل وفقًا لرغبات المقيمين؟</translation>
    </message>
    <message>
        <source>Can residents receive visitors at any reasonable time, use a telephone and the internet, and go out into the community?</source>
        <translation>هل يمكن للمقيمين استقبال الزوار في أي وقت معقول، واستخدام الهاتف والإنترنت، والخروج إلى المجتمع؟</translation>
    </message>
    <message>
        <source>Choice and routine</source>
        <translation>حرية الاختيار والروتين اليومي</translation>
    </message>
    <message>
        <source>Do residents choose when to get up, go to bed, eat and bathe, rather than follow institutional routines?</source>
        <translation>هل يختار المقيمون مواعيد استيقاظهم ونومهم وتناول طعامهم واستحمامهم، بدلًا من اتباع روتين مؤسسي؟</translation>
    </message>
    <message>
        <source>Community living</source>
        <translation>العيش في المجتمع</translation>
    </message>
    <message>
        <source>Does each resident have an individual plan for moving to community living?</source>
        <translation>هل لدى كل مقيم خطة فردية للانتقال إلى العيش في المجتمع؟</translation>
    </message>
    <message>
        <source>Do residents have access to a general practitioner, specialists, dental care and hospital care on the same basis as others?</source>
        <translation>هل يتاح للمقيمين الوصول إلى طبيب عام وأطباء أخصائيين ورعاية الأسنان والرعاية في المستشفيات على قدم المساواة مع الآخرين؟</translation>
    </message>
    <message>
        <source>Is medication, especially psychotropic and sedative medication, prescribed individually, reviewed regularly and given with consent?</source>
        <translation>هل تُوصف الأدوية، ولا سيما الأدوية النفسانية التأثير والمهدئة، بصورة فردية وتُراجَع بانتظام وتُعطى بموافقة المقيم؟</translation>
    </message>
    <message>
        <source>Pressure sores and falls</source>
        <translation>قرح الفراش والسقوط</translation>
    </message>
    <message>
        <source>Are pressure sores, falls and injuries recorded, treated and analysed to prevent recurrence?</source>
        <translation>هل تُسجَّل قرح الفراش وحالات السقوط والإصابات وتُعالَج وتُحلَّل لمنع تكرارها؟</translation>
    </message>
    <message>
        <source>End-of-life care</source>
        <translation>رعاية نهاية الحياة</translation>
    </message>
    <message>
        <source>Is palliative and end-of-life care available, respecting residents&apos; wishes?</source>
        <translation>هل تتوفر الرعاية التلطيفية ورعاية نهاية الحياة، مع احترام رغبات المقيمين؟</translation>
    </message>
    <message>
        <source>Is psychological or psychiatric support available to residents who need it?</source>
        <translation>هل يتوفر دعم نفسي أو رعاية طبية نفسية للمقيمين الذين يحتاجون إليهما؟</translation>
    </message>
    <message>
        <source>How many residents is each care worker responsible for at night?</source>
        <translation>كم عدد المقيمين الذين يتولى كل عامل رعاية المسؤولية عنهم ليلًا؟</translation>
    </message>
    <message>
        <source>Have staff been trained in residents&apos; rights, dementia and disability care, and alternatives to restraint?</source>
        <translation>هل تلقّى الموظفون تدريبًا على حقوق المقيمين، ورعاية المصابين بالخرف والأشخاص ذوي الإعاقة، وبدائل التقييد؟</translation>
    </message>
    <message>
        <source>Recruitment and supervision</source>
        <translation>التوظيف والإشراف</translation>
    </message>
    <message>
        <source>Are staff checked before recruitment, and supervised and supported in their work?</source>
        <translation>هل يخضع الموظفون للتدقيق قبل توظيفهم، ويحظون بالإشراف والدعم في عملهم؟</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>الاحترام</translation>
    </message>
    <message>
        <source>Do staff address residents respectfully, involve them in decisions and respect their privacy?</source>
        <translation>هل يخاطب الموظفون المقيمين باحترام، ويُشركونهم في القرارات، ويحترمون خصوصيتهم؟</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictLabels</name>
    <message>
        <source>Body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>عضو الفريق</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation>قيد الهوية</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Reprisal allegation</source>
        <translation>الادعاء بالانتقام</translation>
    </message>
    <message>
        <source>Follow-up step</source>
        <translation>خطوة المتابعة</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>قالب قائمة التحقق</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>إجابة قائمة التحقق</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>نص التقرير</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>ملاحظات المخاطر</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>الإجراءات المتخذة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>درجة الخطورة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>رقم %1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictListModel</name>
    <message>
        <source>Deleted, and %1 edited</source>
        <translation>حُذف، وعدّله %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictRepository</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>لم يعد هذا التعارض قائمًا.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>سبق حل هذا التعارض.</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved that way.</source>
        <translation>لا يمكن حل هذا التعارض بهذه الطريقة.</translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation>لم تصل بعدُ البيانات الكاملة لهذا التعارض؛ أجرِ المزامنة مرة أخرى ثم حُلّه.</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictView</name>
    <message>
        <source>Current text</source>
        <translation>النص الحالي</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>النسخة الأخرى</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>&amp;إبقاء الحالي</translation>
    </message>
    <message>
        <source>Keep the current text</source>
        <translation>إبقاء النص الحالي</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>&amp;استخدام النسخة الأخرى</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>استخدام النسخة الأخرى</translation>
    </message>
    <message>
        <source>&amp;Edit a merged text…</source>
        <translation>&amp;تحرير نص مدمج…</translation>
    </message>
    <message>
        <source>Edit a merged text from both versions</source>
        <translation>تحرير نص مدمج من النسختين</translation>
    </message>
    <message>
        <source>&amp;Keep deleted</source>
        <translation>&amp;إبقاؤه محذوفًا</translation>
    </message>
    <message>
        <source>Keep the record deleted</source>
        <translation>إبقاء السجل محذوفًا</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <source>Restore the record with the edit</source>
        <translation>استعادة السجل مع التعديل</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>النص المدمج</translation>
    </message>
    <message>
        <source>Both versions are below: edit them into one text, then save it.</source>
        <translation>النسختان أدناه: حرّرهما في نص واحد، ثم احفظه.</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>&amp;حفظ النص المدمج</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>حفظ النص المدمج</translation>
    </message>
    <message>
        <source>&amp;Discard merge</source>
        <translation>&amp;تجاهل الدمج</translation>
    </message>
    <message>
        <source>Discard the merged text</source>
        <translation>تجاهل النص المدمج</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to compare its two versions.</source>
        <translation>اختر تعارضًا من القائمة لمقارنة نسختيه.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation>لم يصل سجل هذا التعارض كاملًا بعدُ؛ أجرِ المزامنة مرة أخرى ثم حُلّه.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it.</source>
        <translation>حذف %1 هذا السجل بينما كان %2 لا يزال يعدّله.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it; it has been restored since.</source>
        <translation>حذف %1 هذا السجل بينما كان %2 لا يزال يعدّله؛ وقد استُعيد منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>%1 and %2 changed this text at the same time. Sync kept one version in the record and the other here; nothing is lost until you choose.</source>
        <translation>غيّر %1 و%2 هذا النص في الوقت نفسه. أبقت المزامنة نسخة في السجل والأخرى هنا؛ لا يضيع شيء حتى تختار.</translation>
    </message>
    <message>
        <source>Now: deleted by %1</source>
        <translation>الآن: حذفه %1</translation>
    </message>
    <message>
        <source>Now in the record</source>
        <translation>الموجود الآن في السجل</translation>
    </message>
    <message>
        <source>The edit made on %1</source>
        <translation>التعديل الذي أُجري على %1</translation>
    </message>
    <message>
        <source>Current text (last written on %1)</source>
        <translation>النص الحالي (آخر كتابة على %1)</translation>
    </message>
    <message>
        <source>Other version (written on %1)</source>
        <translation>النسخة الأخرى (كُتبت على %1)</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;إبقاؤه كما هو</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictsPage</name>
    <message>
        <source>Open conflicts</source>
        <translation>التعارضات المفتوحة</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>تحديد كل الصفوف</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No open conflicts: every edit made on several devices at once has been settled.</source>
        <translation>لا توجد تعارضات مفتوحة: سُوّي كل تعديل أُجري على عدة أجهزة في الوقت نفسه.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Compare the two versions and choose what the record should say.</source>
        <translation>
            <numerusform>%n تعارض مفتوح. قارن النسختين واختر ما ينبغي أن يتضمنه السجل.</numerusform>
            <numerusform>تعارض مفتوح واحد (%n). قارن النسختين واختر ما ينبغي أن يتضمنه السجل.</numerusform>
            <numerusform>تعارضان مفتوحان (%n). قارن النسختين واختر ما ينبغي أن يتضمنه السجل.</numerusform>
            <numerusform>%n تعارضات مفتوحة. قارن النسختين واختر ما ينبغي أن يتضمنه السجل.</numerusform>
            <numerusform>%n تعارضًا مفتوحًا. قارن النسختين واختر ما ينبغي أن يتضمنه السجل.</numerusform>
            <numerusform>%n تعارض مفتوح. قارن النسختين واختر ما ينبغي أن يتضمنه السجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled. Other devices learn of it with the next sync.</source>
        <translation>سُوّي. تعلم الأجهزة الأخرى بذلك في المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>vigil::ConsentSection</name>
    <message>
        <source>Consent — before anything is written</source>
        <translation>الموافقة — قبل تدوين أي شيء</translation>
    </message>
    <message>
        <source>&amp;Change consent…</source>
        <translation>&amp;تغيير الموافقة…</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>تغيير الموافقة</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>سحب الموافقة…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <source>Explain who the team is and what happens with what the person says. Tick only what they agreed to.</source>
        <translation>عرِّف بالفريق واشرح ما سيحدث لما يقوله الشخص. لا تحدِّد إلا ما وافق عليه.</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality, so it allows only aggregate use and anonymous quotes. Hear the person in private to go further.</source>
        <translation>لا تكفل المقابلة الجماعية أي سرية، لذا لا تسمح إلا بالاستخدام الإجمالي والاقتباس دون كشف الهوية. استمع إلى الشخص على انفراد للمضي أبعد من ذلك.</translation>
    </message>
    <message>
        <source>Consent sought in an adapted way for</source>
        <translation>طُلبت الموافقة بطريقة مكيَّفة لتناسب</translation>
    </message>
    <message>
        <source>Not adapted</source>
        <translation>غير مكيَّفة</translation>
    </message>
    <message>
        <source>Adapted for:</source>
        <translation>مكيَّفة لتناسب:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>إلغاء التغيير</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;تسجيل الموافقة</translation>
    </message>
    <message>
        <source>&amp;Record changed consent</source>
        <translation>&amp;تسجيل الموافقة المعدَّلة</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Record changed consent</source>
        <translation>تسجيل الموافقة المعدَّلة</translation>
    </message>
    <message>
        <source>Agreed to: %1.</source>
        <translation>وافق الشخص على: %1.</translation>
    </message>
    <message>
        <source>Sought in an adapted way for: %1.</source>
        <translation>طُلبت بطريقة مكيَّفة لتناسب: %1.</translation>
    </message>
    <message>
        <source>No consent recorded yet: no notes can be written.</source>
        <translation>لم تُسجَّل أي موافقة بعد: لا يمكن تدوين أي ملاحظات.</translation>
    </message>
    <message>
        <source>Consent recorded %1.</source>
        <translation>سُجِّلت الموافقة في %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn %1.</source>
        <translation>سُحبت الموافقة في %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>سُحبت الموافقة.</translation>
    </message>
    <message>
        <source>Nothing more can be recorded from this interview; what depended on the consent was withdrawn with it.</source>
        <translation>لا يمكن تسجيل أي شيء آخر من هذه المقابلة؛ وقد سُحب معها كل ما كان يستند إليها.</translation>
    </message>
    <message>
        <source>Withdraw this person&apos;s consent?</source>
        <translation>سحب موافقة هذا الشخص؟</translation>
    </message>
    <message>
        <source>The notes become read-only, nothing more can be recorded from this interview, identity entries are deleted and consent to act on allegations is removed. This cannot be undone.</source>
        <translation>ستصبح الملاحظات للقراءة فقط، ولن يمكن تسجيل أي شيء آخر من هذه المقابلة، وستُحذف قيود الهوية وتُلغى الموافقة على اتخاذ إجراء بشأن الادعاءات. لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>vigil::CoordinatorPanel</name>
    <message>
        <source>Select all rows</source>
        <translation>تحديد كل الصفوف</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>بصمة هذا الجهاز</translation>
    </message>
    <message>
        <source>Read it out when someone who is joining calls you: they compare it with the one their invitation shows.</source>
        <translation>اقرأها بصوت عالٍ عندما يتصل بك من ينضم: فهو يقارنها بالبصمة التي تعرضها دعوته.</translation>
    </message>
    <message>
        <source>Requests to join</source>
        <translation>طلبات الانضمام</translation>
    </message>
    <message>
        <source>Call the person on a number you already know and ask them to read out the fingerprint their device shows. Approve only if it matches the one listed here exactly.</source>
        <translation>اتصل بالشخص على رقم تعرفه مسبقًا واطلب منه أن يقرأ البصمة التي يعرضها جهازه. لا توافق إلا إذا تطابقت تمامًا مع البصمة المدرجة هنا.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;موافقة…</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>الموافقة على الطلب المحدد</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <source>Refuse the selected request</source>
        <translation>رفض الطلب المحدد</translation>
    </message>
    <message>
        <source>&amp;Import a request…</source>
        <translation>&amp;استيراد طلب…</translation>
    </message>
    <message>
        <source>Import an enrolment request file</source>
        <translation>استيراد ملف طلب تسجيل</translation>
    </message>
    <message>
        <source>Devices of the organisation</source>
        <translation>أجهزة المنظمة</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>إ&amp;بطال…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>إبطال الجهاز المحدد</translation>
    </message>
    <message>
        <source>In&amp;vite…</source>
        <translation>&amp;دعوة…</translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation>دعوة جهاز</translation>
    </message>
    <message>
        <source>A request that came with the last sync was not taken: %1</source>
        <translation>لم يُقبل طلب وصل مع المزامنة الأخيرة: %1</translation>
    </message>
    <message>
        <source>Import an enrolment request</source>
        <translation>استيراد طلب تسجيل</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge);;All files (*)</source>
        <translation>طلبات تسجيل Vigil (*.vge);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The request from “%1” was received. Call the person and compare the fingerprint before approving it.</source>
        <translation>استُلم الطلب من «%1». اتصل بالشخص وقارن البصمة قبل الموافقة عليه.</translation>
    </message>
    <message>
        <source>%1 (invited: %2)</source>
        <translation>%1 (مدعو: %2)</translation>
    </message>
    <message>
        <source>Approve a device</source>
        <translation>الموافقة على جهاز</translation>
    </message>
    <message>
        <source>&lt;p&gt;Approve %1 as %2?&lt;/p&gt;&lt;p&gt;Approve only if the person read out exactly these digits:&lt;/p&gt;</source>
        <translation>&lt;p&gt;الموافقة على %1 بصفة %2؟&lt;/p&gt;&lt;p&gt;لا توافق إلا إذا قرأ الشخص هذه الأرقام بالضبط:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If any group differs, refuse the request: someone else may have sent it.</source>
        <translation>إذا اختلفت أي مجموعة، فارفض الطلب: ربما أرسله شخص آخر.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>“%1” is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation>أصبح «%1» الآن في المنظمة بصفة %2. يتلقى قائمة الأجهزة مع مزامنتك التالية.</translation>
    </message>
    <message>
        <source>Refuse a request</source>
        <translation>رفض طلب</translation>
    </message>
    <message>
        <source>Refuse the request from “%1”?</source>
        <translation>رفض الطلب الوارد من «%1»؟</translation>
    </message>
    <message>
        <source>The invitation stays valid: the person it was for can still join with it.</source>
        <translation>تبقى الدعوة صالحة: لا يزال بإمكان الشخص الموجهة إليه الانضمام بها.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>The request from “%1” was refused.</source>
        <translation>رُفض الطلب الوارد من «%1».</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>إبطال جهاز</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>إبطال «%1»؟</translation>
    </message>
    <message>
        <source>From now on its bundles are refused by every device that has received the new device list, and nothing more is sent to it. What it sent before stays. This cannot be undone: to take part again, the person needs a new vault and a new invitation.</source>
        <translation>من الآن فصاعدًا، ترفض حزمَه كلُّ الأجهزة التي تلقت قائمة الأجهزة الجديدة، ولا يُرسَل إليه أي شيء بعد ذلك. ما أرسله من قبل يبقى. لا يمكن التراجع عن ذلك: ليشارك الشخص مجددًا، يحتاج إلى خزنة جديدة ودعوة جديدة.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <source>“%1” is revoked. Sync to tell the other devices.</source>
        <translation>أُبطل «%1». أجرِ المزامنة لإبلاغ الأجهزة الأخرى.</translation>
    </message>
</context>
<context>
    <name>vigil::CoordinatorSeal</name>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation>قيد الهوية تالف أو تم العبث به.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted for the coordinators.</source>
        <translation>تعذّر تشفير قيد الهوية للمنسقين.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation>تعذّر تشفير قيد الهوية.</translation>
    </message>
    <message>
        <source>This identity entry was sealed for the organisation&apos;s coordinators; it cannot be read on this device.</source>
        <translation>خُتم قيد الهوية هذا لمنسقي المنظمة؛ لا يمكن قراءته على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>vigil::CoverageItem</name>
    <message>
        <source>A bundle&apos;s list of what it carries is malformed.</source>
        <translation>قائمة محتويات إحدى الحزم مشوَّهة البنية.</translation>
    </message>
</context>
<context>
    <name>vigil::CreateOrganisationDialog</name>
    <message>
        <source>Create an organisation</source>
        <translation>إنشاء منظمة</translation>
    </message>
    <message>
        <source>Do this once, on the coordinator&apos;s computer at the secretariat. This vault becomes the organisation&apos;s coordinator: it issues invitations, approves and revokes devices, and receives what every device sends. The records already in this vault are kept. A vault cannot leave its organisation afterwards.</source>
        <translation>افعل ذلك مرة واحدة، على حاسوب المنسق في الأمانة. تصبح هذه الخزنة منسق المنظمة: فهي تُصدر الدعوات، وتوافق على الأجهزة وتُبطلها، وتتلقى ما يرسله كل جهاز. تُحفظ السجلات الموجودة في هذه الخزنة. ولا يمكن للخزنة مغادرة منظمتها بعد ذلك.</translation>
    </message>
    <message>
        <source>Members who only need to exchange records with a coordinator should not create an organisation: they join one with the invitation their coordinator gives them.</source>
        <translation>الأعضاء الذين يحتاجون فقط إلى تبادل السجلات مع منسق لا ينبغي لهم إنشاء منظمة: بل ينضمون إلى منظمة بالدعوة التي يعطيهم إياها منسقهم.</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>For example: National Preventive Mechanism</source>
        <translation>مثلًا: الآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;المنظمة:</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>اسم هذا الجهاز</translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation>&amp;اسم هذا الجهاز:</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;إنشاء…</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>إنشاء المنظمة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Make this vault the coordinator of “%1”?</source>
        <translation>جعل هذه الخزنة منسق «%1»؟</translation>
    </message>
    <message>
        <source>It cannot become a standalone vault again, nor join another organisation.</source>
        <translation>لا يمكن أن تعود خزنة مستقلة، ولا أن تنضم إلى منظمة أخرى.</translation>
    </message>
</context>
<context>
    <name>vigil::Database</name>
    <message>
        <source>The disk is full. Free some space; the last change was not saved and nothing else was lost.</source>
        <translation>القرص ممتلئ. حرِّر بعض المساحة؛ لم يُحفظ التغيير الأخير ولم يُفقد أي شيء آخر.</translation>
    </message>
    <message>
        <source>The vault is on storage Vigil may not write to.</source>
        <translation>الخزنة موجودة على وحدة تخزين لا يُسمح لـ Vigil بالكتابة عليها.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened.</source>
        <translation>تعذّر فتح قاعدة بيانات الخزنة.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or has been altered. Restore it from a backup.</source>
        <translation>قاعدة بيانات الخزنة تالفة أو جرى تعديلها. استعِدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The vault is in use by another Vigil window or program.</source>
        <translation>الخزنة قيد الاستخدام في نافذة أخرى لـ Vigil أو في برنامج آخر.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the record.</source>
        <translation>يخالف التغيير إحدى قواعد التسجيل.</translation>
    </message>
    <message>
        <source>Vigil ran out of memory.</source>
        <translation>نفدت الذاكرة المتاحة لـ Vigil.</translation>
    </message>
    <message>
        <source>Reading or writing the vault failed.</source>
        <translation>فشلت القراءة من الخزنة أو الكتابة إليها.</translation>
    </message>
    <message>
        <source>The vault&apos;s database reported an error.</source>
        <translation>أبلغت قاعدة بيانات الخزنة عن خطأ.</translation>
    </message>
</context>
<context>
    <name>vigil::DemoVault</name>
    <message>
        <source>The old demo vault at %1 could not be removed.</source>
        <translation>تعذّرت إزالة الخزنة التجريبية القديمة في %1.</translation>
    </message>
    <message>
        <source>%1 holds a vault that is not a demo vault; it is left as it is.</source>
        <translation>يحتوي %1 على خزنة ليست تجريبية؛ لذا تُركت كما هي.</translation>
    </message>
    <message>
        <source>Demo — National Preventive Mechanism of Westland (fictional)</source>
        <translation>عرض تجريبي — الآلية الوقائية الوطنية في ويستلاند (خيالية)</translation>
    </message>
</context>
<context>
    <name>vigil::DetailFrame</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>الرجوع إلى الصفحة السابقة (%1)</translation>
    </message>
</context>
<context>
    <name>vigil::DeviceIdentity</name>
    <message>
        <source>This vault has no device keys yet.</source>
        <translation>لا توجد بعدُ مفاتيح جهاز لهذه الخزنة.</translation>
    </message>
    <message>
        <source>This vault&apos;s device keys are damaged.</source>
        <translation>مفاتيح الجهاز لهذه الخزنة تالفة.</translation>
    </message>
</context>
<context>
    <name>vigil::DevicesPage</name>
    <message>
        <source>Organisation and devices</source>
        <translation>المنظمة والأجهزة</translation>
    </message>
    <message>
        <source>This vault is standalone: it belongs to no organisation and exchanges records with no other device.</source>
        <translation>هذه الخزنة مستقلة: لا تنتمي إلى أي منظمة ولا تتبادل السجلات مع أي جهاز آخر.</translation>
    </message>
    <message>
        <source>To work with a team, join your organisation with the invitation file your coordinator gives you in person. Nothing in this vault is lost by joining.</source>
        <translation>للعمل ضمن فريق، انضمّ إلى منظمتك بملف الدعوة الذي يسلّمك إياه منسقك شخصيًا. لا يضيع شيء من هذه الخزنة بالانضمام.</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;الانضمام إلى منظمة…</translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation>الانضمام إلى منظمة</translation>
    </message>
    <message>
        <source>Only the coordinator of the secretariat creates the organisation, once, on their own computer; every other device joins it.</source>
        <translation>لا ينشئ المنظمة إلا منسق الأمانة، مرة واحدة، على حاسوبه؛ وتنضم إليها كل الأجهزة الأخرى.</translation>
    </message>
    <message>
        <source>&amp;Create an organisation…</source>
        <translation>إ&amp;نشاء منظمة…</translation>
    </message>
    <message>
        <source>Create an organisation</source>
        <translation>إنشاء منظمة</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, for the coordinator to compare by phone:</source>
        <translation>بصمة هذا الجهاز، ليقارنها المنسق عبر الهاتف:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>بصمة هذا الجهاز</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation>&amp;حفظ نسخة من الطلب…</translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation>حفظ نسخة من طلب التسجيل</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation>المنظمة «%1»</translation>
    </message>
    <message>
        <source>This device belongs to “%1” as %2.</source>
        <translation>ينتمي هذا الجهاز إلى «%1» بصفة %2.</translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation>حفظ نسخة من الطلب</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation>طلبات تسجيل Vigil (*.vge)</translation>
    </message>
    <message>
        <source>The enrolment request is no longer on this device. Join again with the same invitation to make a new one.</source>
        <translation>لم يعد طلب التسجيل موجودًا على هذا الجهاز. انضمّ مجددًا بالدعوة نفسها لإنشاء طلب جديد.</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>حُفظت نسخة في %1.</translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentModel</name>
    <message>
        <source>(deleted person)</source>
        <translation>(شخص محذوف)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>المدعو</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentRequest</name>
    <message>
        <source>This enrolment request is damaged or was changed on the way.</source>
        <translation>طلب التسجيل هذا تالف أو غُيّر في الطريق.</translation>
    </message>
    <message>
        <source>The enrolment request could not be written.</source>
        <translation>تعذّرت كتابة طلب التسجيل.</translation>
    </message>
    <message>
        <source>The enrolment request could not be encrypted.</source>
        <translation>تعذّر تشفير طلب التسجيل.</translation>
    </message>
    <message>
        <source>The enrolment request could not be opened.</source>
        <translation>تعذّر فتح طلب التسجيل.</translation>
    </message>
    <message>
        <source>This file is not a Vigil enrolment request.</source>
        <translation>هذا الملف ليس طلب تسجيل Vigil.</translation>
    </message>
    <message>
        <source>This enrolment request was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation>أُنشئ طلب التسجيل هذا بإصدار أحدث من Vigil. حدّث Vigil وافتحه مرة أخرى.</translation>
    </message>
    <message>
        <source>This enrolment request is not addressed to this coordinator, or it is damaged.</source>
        <translation>طلب التسجيل هذا غير موجَّه إلى هذا المنسق، أو أنه تالف.</translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation>تعذّر التحقق من طلب التسجيل.</translation>
    </message>
    <message>
        <source>This enrolment request does not match the invitation it names: it may be forged. Ask the person to join again with the invitation you gave them.</source>
        <translation>لا يطابق طلب التسجيل هذا الدعوة التي يشير إليها: قد يكون مزوَّرًا. اطلب من الشخص الانضمام مجددًا بالدعوة التي أعطيته إياها.</translation>
    </message>
</context>
<context>
    <name>vigil::ErrorLabel</name>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not kept. Free some space and try again.</source>
        <translation>القرص ممتلئ، لذا لم يُحفظ التغيير. حرِّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The vault&apos;s storage cannot be written, so the change was not kept. Check the drive and its permissions.</source>
        <translation>تتعذّر الكتابة على وحدة تخزين الخزنة، لذا لم يُحفظ التغيير. تحقَّق من محرك الأقراص وأذوناته.</translation>
    </message>
    <message>
        <source>The vault may be damaged. Lock it, make a copy of the vault folder and check it before making further changes.</source>
        <translation>قد تكون الخزنة تالفة. أقفِلها، وانسخ مجلد الخزنة وافحصه قبل إجراء أي تغييرات أخرى.</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLinksWidget</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;ربط</translation>
    </message>
    <message>
        <source>Re&amp;move link</source>
        <translation>&amp;إزالة الربط</translation>
    </message>
    <message>
        <source>Evidence of the finding</source>
        <translation>أدلة الاستنتاج</translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation>الدليل المراد ربطه</translation>
    </message>
    <message>
        <source>Link the chosen evidence to the finding</source>
        <translation>ربط الدليل المختار بالاستنتاج</translation>
    </message>
    <message>
        <source>Remove the selected evidence from the finding</source>
        <translation>إزالة الدليل المحدد من الاستنتاج</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(حُذف لاحقًا)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Evidence of a finding: its kind, then its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>ربط دليل</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>إزالة دليل</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLookup</name>
    <message>
        <source>Interview %1</source>
        <translation>المقابلة %1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>فحص السجل: %1</translation>
    </message>
    <message>
        <source>Register check: %1, %2 to %3</source>
        <translation>فحص السجل: %1، من %2 إلى %3</translation>
    </message>
    <message>
        <source>Access %1: %2</source>
        <translation>الوصول (%1): %2</translation>
    </message>
    <message>
        <source>Checklist question %1</source>
        <translation>سؤال قائمة التحقق %1</translation>
    </message>
    <message>
        <source>Checklist question %1: %2</source>
        <translation>سؤال قائمة التحقق %1: %2</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: there is no %1 with this id</source>
        <translation>finding_evidence.evidence_id: لا يوجد %1 بهذا المعرّف</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_kind: &apos;%1&apos; is not a kind of evidence</source>
        <translation>finding_evidence.evidence_kind: «%1» ليس من أنواع الأدلة</translation>
    </message>
</context>
<context>
    <name>vigil::ExportReportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;اختيار…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1، باللغة %2</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>نص OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>صفحة ويب (HTML)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>اختيار الملف المراد كتابته</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;ملف:</translation>
    </message>
    <message>
        <source>What the publication guard found</source>
        <translation>ما وجده حارس النشر</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Close, or cancel the export</source>
        <translation>إغلاق، أو إلغاء التصدير</translation>
    </message>
    <message>
        <source>Checking the report with the publication guard…</source>
        <translation>جارٍ فحص التقرير بواسطة حارس النشر…</translation>
    </message>
    <message>
        <source>The report could not be checked: %1</source>
        <translation>تعذّر فحص التقرير: %1</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>حُفظ التقرير باسم %1.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>أُلغي التصدير. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The report could not be exported. %1</source>
        <translation>تعذّر تصدير التقرير. %1</translation>
    </message>
</context>
<context>
    <name>vigil::ExportWriter</name>
    <message>
        <source>A bundle could not be written to %1.</source>
        <translation>تعذّرت كتابة حزمة في %1.</translation>
    </message>
    <message>
        <source>The changes to send changed while the bundle was written.</source>
        <translation>تغيّرت التغييرات المراد إرسالها أثناء كتابة الحزمة.</translation>
    </message>
    <message>
        <source>An attachment file could not be read.</source>
        <translation>تعذّرت قراءة ملف مرفق.</translation>
    </message>
    <message>
        <source>An attachment file changed while the bundle was written.</source>
        <translation>تغيّر ملف مرفق أثناء كتابة الحزمة.</translation>
    </message>
</context>
<context>
    <name>vigil::FilteredTableView</name>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>تصفية %1</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>تحديد كل الصفوف</translation>
    </message>
</context>
<context>
    <name>vigil::FindingEditor</name>
    <message>
        <source>Finding title</source>
        <translation>عنوان الاستنتاج</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>الفئة الفرعية</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>درجة الخطورة</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>Standards cited</source>
        <translation>المعايير المستشهد بها</translation>
    </message>
    <message>
        <source>&amp;Good practice</source>
        <translation>&amp;ممارسة جيدة</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>ممارسة جيدة</translation>
    </message>
    <message>
        <source>Corroborating sources</source>
        <translation>المصادر المؤيِّدة</translation>
    </message>
    <message>
        <source>e.g. Mandela Rules 43-45</source>
        <translation>مثلًا: قواعد نيلسون مانديلا 43-45</translation>
    </message>
    <message>
        <source>Leave at the lowest value to count the linked interviews, observations and register checks.</source>
        <translation>اتركه على أدنى قيمة لاحتساب المقابلات والمشاهدات وفحوص السجلات المرتبطة.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;فئة:</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>فئة &amp;فرعية:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;خطورة:</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>&amp;وقائع:</translation>
    </message>
    <message>
        <source>&amp;Analysis:</source>
        <translation>&amp;تحليل:</translation>
    </message>
    <message>
        <source>Sta&amp;ndards:</source>
        <translation>&amp;معايير:</translation>
    </message>
    <message>
        <source>Sou&amp;rces:</source>
        <translation>&amp;مصادر:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;أدلة:</translation>
    </message>
    <message>
        <source>finding title</source>
        <translation>عنوان الاستنتاج</translation>
    </message>
    <message>
        <source>sub-category</source>
        <translation>الفئة الفرعية</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>standards</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>تغيير الفئة</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>تغيير درجة الخطورة</translation>
    </message>
    <message>
        <source>Change good practice</source>
        <translation>تغيير وسم الممارسة الجيدة</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <extracomment>Shown for corroborating sources not set by hand: the number counted from the evidence</extracomment>
        <translation>المحتسَب: %1</translation>
    </message>
</context>
<context>
    <name>vigil::FindingRepository</name>
    <message>
        <source>finding.sources: must be at least 1 (leave it empty to count the linked evidence)</source>
        <translation>finding.sources: يجب أن يكون 1 على الأقل (اتركه فارغًا لاحتساب الأدلة المرتبطة)</translation>
    </message>
    <message>
        <source>The finding does not exist or was deleted.</source>
        <translation>الاستنتاج غير موجود أو حُذف.</translation>
    </message>
    <message>
        <source>finding_evidence.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>finding_evidence.finding_id: يشير إلى استنتاج غير موجود أو محذوف</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was deleted</source>
        <translation>finding_evidence.evidence_id: العنصر %1 محذوف</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was recorded on another visit than the finding</source>
        <translation>finding_evidence.evidence_id: العنصر %1 مسجَّل في زيارة غير زيارة الاستنتاج</translation>
    </message>
    <message>
        <source>This evidence is not linked to the finding.</source>
        <translation>هذا الدليل غير مرتبط بالاستنتاج.</translation>
    </message>
</context>
<context>
    <name>vigil::FindingsPanel</name>
    <message>
        <source>&amp;Delete finding</source>
        <translation>&amp;حذف الاستنتاج</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>استنتاج &amp;جديد</translation>
    </message>
    <message>
        <source>Add a finding in the selected category</source>
        <translation>إضافة استنتاج في الفئة المحددة</translation>
    </message>
    <message>
        <source>Delete the selected finding</source>
        <translation>حذف الاستنتاج المحدد</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>الاستنتاجات حسب الفئة</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>استنتاج جديد</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>إضافة استنتاج</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>حذف الاستنتاج</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>استنتاج بلا عنوان</translation>
    </message>
    <message>
        <source>%1 [%2]%3</source>
        <extracomment>A finding in the tree: title and severity; &quot;good practice&quot; marked</extracomment>
        <translation>%1 [%2]%3</translation>
    </message>
    <message>
        <source> ✓ good practice</source>
        <translation> ✓ ممارسة جيدة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigil::FolderTransport</name>
    <message>
        <source>Folder %1</source>
        <translation>المجلد %1</translation>
    </message>
    <message>
        <source>The sync folder %1 is not available. Connect the USB stick or network drive that holds it and try again.</source>
        <translation>مجلد المزامنة %1 غير متاح. وصّل ذاكرة USB أو محرك الشبكة الذي يحتويه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose the folder that holds the sync mailbox.</source>
        <translation>%1 ليس مجلدًا؛ اختر المجلد الذي يحتوي على صندوق بريد المزامنة.</translation>
    </message>
</context>
<context>
    <name>vigil::GuardFindingsView</name>
    <message>
        <source>The publication guard found nothing to take out and nothing to warn about.</source>
        <translation>لم يجد حارس النشر ما يستوجب الاستبعاد ولا ما يستدعي التحذير.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix each in the builder, or accept it to export the report as it is. Your decision is recorded.</source>
        <translation>
            <numerusform>%n تحذير: صحِّح كلًّا منها في أداة إعداد التقرير، أو اقبله لتصدير التقرير كما هو. يُسجَّل قرارك.</numerusform>
            <numerusform>%n تحذير: صحِّح كلًّا منها في أداة إعداد التقرير، أو اقبله لتصدير التقرير كما هو. يُسجَّل قرارك.</numerusform>
            <numerusform>%n تحذير: صحِّح كلًّا منها في أداة إعداد التقرير، أو اقبله لتصدير التقرير كما هو. يُسجَّل قرارك.</numerusform>
            <numerusform>%n تحذيرات: صحِّح كلًّا منها في أداة إعداد التقرير، أو اقبله لتصدير التقرير كما هو. يُسجَّل قرارك.</numerusform>
            <numerusform>%n تحذيرًا: صحِّح كلًّا منها في أداة إعداد التقرير، أو اقبله لتصدير التقرير كما هو. يُسجَّل قرارك.</numerusform>
            <numerusform>%n تحذير: صحِّح كلًّا منها في أداة إعداد التقرير، أو اقبله لتصدير التقرير كما هو. يُسجَّل قرارك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are taken out of the exported file: this kind of report may not show them.</source>
        <translation>
            <numerusform>يُستبعد من الملف المصدَّر %n عنصر: لا يجوز أن يُظهرها هذا النوع من التقارير.</numerusform>
            <numerusform>يُستبعد من الملف المصدَّر %n عنصر: لا يجوز أن يُظهرها هذا النوع من التقارير.</numerusform>
            <numerusform>يُستبعد من الملف المصدَّر %n عنصر: لا يجوز أن يُظهرها هذا النوع من التقارير.</numerusform>
            <numerusform>يُستبعد من الملف المصدَّر %n عناصر: لا يجوز أن يُظهرها هذا النوع من التقارير.</numerusform>
            <numerusform>يُستبعد من الملف المصدَّر %n عنصرًا: لا يجوز أن يُظهرها هذا النوع من التقارير.</numerusform>
            <numerusform>يُستبعد من الملف المصدَّر %n عنصر: لا يجوز أن يُظهرها هذا النوع من التقارير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation>مستبعَد: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>القسم: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>I accept this</source>
        <translation>أقبل هذا</translation>
    </message>
    <message>
        <source>Accept the warning: %1</source>
        <translation>قبول التحذير: %1</translation>
    </message>
    <message>
        <source>Show in the builder</source>
        <translation>عرض في أداة إعداد التقرير</translation>
    </message>
    <message>
        <source>Show the item in the report builder to fix it</source>
        <translation>عرض العنصر في أداة إعداد التقرير لتصحيحه</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityCheckPanel</name>
    <message>
        <source>Check for &amp;names from identity entries…</source>
        <translation>&amp;البحث عن أسماء من قيود الهوية…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;تحقَّق</translation>
    </message>
    <message>
        <source>Check the report for names from identity entries</source>
        <translation>البحث في التقرير عن أسماء من قيود الهوية</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>عبارة مرور الخزنة</translation>
    </message>
    <message>
        <source>Check with this passphrase</source>
        <translation>التحقق باستخدام عبارة المرور هذه</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Names and numbers from the visit&apos;s identity entries were looked for in this report.</source>
        <translation>جرى البحث في هذا التقرير عن الأسماء والأرقام الواردة في قيود الهوية الخاصة بالزيارة.</translation>
    </message>
    <message>
        <source>Names and numbers typed into identity entries were not checked: the report may still contain one.</source>
        <translation>لم يجرِ التحقق من الأسماء والأرقام المدخلة في قيود الهوية: فقد يظل التقرير متضمنًا أحدها.</translation>
    </message>
    <message>
        <source>Enter the vault passphrase again to unseal the identity entries for this check. They are wiped from memory right after it.</source>
        <translation>أدخل عبارة مرور الخزنة مرة أخرى لفض ختم قيود الهوية لأغراض هذا التحقق. وتُمحى من الذاكرة فور انتهائه.</translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation>أدخل عبارة مرور الخزنة.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>جارٍ التحقق من عبارة المرور…</translation>
    </message>
    <message>
        <source>The passphrase is not correct. No identity entry was read.</source>
        <translation>عبارة المرور غير صحيحة. لم يُقرأ أي قيد من قيود الهوية.</translation>
    </message>
    <message>
        <source>The names could not be checked: %1</source>
        <translation>تعذّر التحقق من الأسماء: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n identity entry(ies) read and looked for in the report.</source>
        <translation>
            <numerusform>قُرئ %n قيد هوية وجرى البحث عنه في التقرير.</numerusform>
            <numerusform>قُرئ %n قيد هوية وجرى البحث عنه في التقرير.</numerusform>
            <numerusform>قُرئ %n قيد هوية وجرى البحث عنهما في التقرير.</numerusform>
            <numerusform>قُرئت %n قيود هوية وجرى البحث عنها في التقرير.</numerusform>
            <numerusform>قُرئ %n قيدًا للهوية وجرى البحث عنها في التقرير.</numerusform>
            <numerusform>قُرئ %n قيد هوية وجرى البحث عنها في التقرير.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::IdentityDialog</name>
    <message>
        <source>Identity behind %1</source>
        <translation>الهوية الحقيقية لـ %1</translation>
    </message>
    <message>
        <source>Names and ID numbers are kept sealed. Enter the vault passphrase again to see them: they are shown only while this window is open, and the reading is recorded in the audit log.</source>
        <translation>تُحفظ الأسماء وأرقام الهوية مختومة. أدخل عبارة مرور الخزنة مرة أخرى لرؤيتها: لا تُعرض إلا ما دامت هذه النافذة مفتوحة، ويُسجَّل الاطلاع عليها في سجل التدقيق.</translation>
    </message>
    <message>
        <source>See the identity</source>
        <translation>الاطلاع على الهوية</translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation>قيد الهوية</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>القيد:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>عبارة مرور الخزنة</translation>
    </message>
    <message>
        <source>&amp;Show identity</source>
        <translation>&amp;عرض الهوية</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>عرض الهوية</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Identity (hidden again when this window closes)</source>
        <translation>الهوية (تُخفى مجددًا عند إغلاق هذه النافذة)</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>الاسم الحقيقي</translation>
    </message>
    <message>
        <source>ID, prison or cell number</source>
        <translation>رقم الهوية أو السجين أو الزنزانة</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>تفاصيل أخرى</translation>
    </message>
    <message>
        <source>Real name:</source>
        <translation>الاسم الحقيقي:</translation>
    </message>
    <message>
        <source>ID, prison or cell number:</source>
        <translation>رقم الهوية أو السجين أو الزنزانة:</translation>
    </message>
    <message>
        <source>Other details:</source>
        <translation>تفاصيل أخرى:</translation>
    </message>
    <message>
        <source>Record an identity</source>
        <translation>تسجيل هوية</translation>
    </message>
    <message>
        <source>Only when the person consented to the use of their name or to the referral of their case.</source>
        <translation>فقط إذا وافق الشخص على استخدام اسمه أو على إحالة حالته.</translation>
    </message>
    <message>
        <source>Real name to record</source>
        <translation>الاسم الحقيقي المراد تسجيله</translation>
    </message>
    <message>
        <source>ID, prison or cell number to record</source>
        <translation>رقم الهوية أو السجين أو الزنزانة المراد تسجيله</translation>
    </message>
    <message>
        <source>Other details to record</source>
        <translation>التفاصيل الأخرى المراد تسجيلها</translation>
    </message>
    <message>
        <source>Seal and &amp;record</source>
        <translation>ختم و&amp;تسجيل</translation>
    </message>
    <message>
        <source>Seal and record the identity</source>
        <translation>ختم الهوية وتسجيلها</translation>
    </message>
    <message>
        <source>Close and hide the identity</source>
        <translation>الإغلاق وإخفاء الهوية</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>سُجِّل في %1</translation>
    </message>
    <message>
        <source>No identity is recorded for this interview</source>
        <translation>لم تُسجَّل أي هوية لهذه المقابلة</translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation>أدخل عبارة مرور الخزنة.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>جارٍ التحقق من عبارة المرور…</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Nothing was shown.</source>
        <translation>عبارة المرور غير صحيحة. لم يُعرض أي شيء.</translation>
    </message>
    <message>
        <source>Enter a name or an ID number to record.</source>
        <translation>أدخل اسمًا أو رقم هوية لتسجيله.</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityRepository</name>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation>قيد الهوية تالف أو تم العبث به.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation>تعذّر تشفير قيد الهوية.</translation>
    </message>
    <message>
        <source>The identity entry is empty.</source>
        <translation>قيد الهوية فارغ.</translation>
    </message>
    <message>
        <source>The identity entry does not exist or was deleted.</source>
        <translation>قيد الهوية غير موجود أو حُذف.</translation>
    </message>
    <message>
        <source>This device does not know the organisation&apos;s coordinators yet, so identity entries cannot be sealed for them. Sync once, then try again.</source>
        <translation>لا يعرف هذا الجهاز منسقي المنظمة بعدُ، لذا لا يمكن ختم قيود الهوية لهم. أجرِ المزامنة مرة، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>vigil::InactiveShield</name>
    <message>
        <source>Content hidden while Vigil is in the background</source>
        <translation>المحتوى مخفي ما دام Vigil يعمل في الخلفية</translation>
    </message>
    <message>
        <source>Hidden while Vigil is in the background</source>
        <translation>مخفي ما دام Vigil يعمل في الخلفية</translation>
    </message>
</context>
<context>
    <name>vigil::InboxModel</name>
    <message>
        <source>Imported</source>
        <translation>مستورَدة</translation>
    </message>
    <message>
        <source>Waiting for an earlier bundle</source>
        <translation>بانتظار حزمة سابقة</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>معزولة</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>جهاز غير معروف</translation>
    </message>
    <message>
        <source>Unknown device %1</source>
        <extracomment>A sender not in the roster, by the start of its device id</extracomment>
        <translation>جهاز غير معروف %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewCommands</name>
    <message>
        <source>New interview</source>
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <source>Edit interview notes</source>
        <translation>تعديل ملاحظات المقابلة</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewDetailsForm</name>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>نعم، لم يكن بوسع أي شخص آخر السماع</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>أُجريت دون شهود</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>لا، كان هناك آخرون حاضرون</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>كان هناك آخرون حاضرون</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>دون شهود:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <source>Where in the place</source>
        <translation>الموضع داخل المكان</translation>
    </message>
    <message>
        <source>For example: the library, out of sight of staff</source>
        <translation>مثلًا: المكتبة، بعيدًا عن أنظار الموظفين</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>الموضع:</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>المترجم الشفوي</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>المترجم الشفوي:</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>من اختار الشخص</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>جهة الاختيار:</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>خطر الانتقام</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>اسأل الشخص عمّا إذا كان يخشى أي عواقب.</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>خطر الانتقام:</translation>
    </message>
    <message>
        <source>Check on them at the next visit</source>
        <translation>الاطمئنان عليه في الزيارة التالية</translation>
    </message>
    <message>
        <source>Follow up at the next visit</source>
        <translation>المتابعة في الزيارة التالية</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>المتابعة:</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only with consent, and only when needed.</source>
        <translation>الإعاقة أو الانتماء إلى مجتمع الميم أو إلى أقلية أو إلى الشعوب الأصلية: بموافقة الشخص فقط، وعند الضرورة فقط.</translation>
    </message>
    <message>
        <source>Vulnerabilities:</source>
        <translation>أوجه الضعف:</translation>
    </message>
    <message>
        <source>Interviewer the person asked for</source>
        <translation>القائم بالمقابلة الذي طلبه الشخص</translation>
    </message>
    <message>
        <source>No preference stated</source>
        <translation>لم يُبدِ أي تفضيل</translation>
    </message>
    <message>
        <source>Asked to be heard by:</source>
        <translation>طلب أن يستمع إليه:</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>المواضيع، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>For example: use of force, health care, family contact</source>
        <translation>مثلًا: استخدام القوة، الرعاية الصحية، التواصل مع الأسرة</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>المواضيع:</translation>
    </message>
    <message>
        <source>Edit interview location</source>
        <translation>تعديل موضع المقابلة</translation>
    </message>
    <message>
        <source>Edit interview topics</source>
        <translation>تعديل مواضيع المقابلة</translation>
    </message>
    <message>
        <source>Change interview unit</source>
        <translation>تغيير وحدة المقابلة</translation>
    </message>
    <message>
        <source>Change interpreter</source>
        <translation>تغيير المترجم الشفوي</translation>
    </message>
    <message>
        <source>Change who chose the interviewee</source>
        <translation>تغيير من اختار الشخص الذي تمت مقابلته</translation>
    </message>
    <message>
        <source>Change reprisal risk</source>
        <translation>تغيير خطر الانتقام</translation>
    </message>
    <message>
        <source>Change follow-up</source>
        <translation>تغيير المتابعة</translation>
    </message>
    <message>
        <source>Change requested interviewer</source>
        <translation>تغيير القائم بالمقابلة المطلوب</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>لا وحدة بعينها</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only when needed.</source>
        <translation>الإعاقة أو الانتماء إلى مجتمع الميم أو إلى أقلية أو إلى الشعوب الأصلية: عند الضرورة فقط.</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can be recorded once consent is recorded, and only when needed.</source>
        <translation>لا يمكن تسجيل الإعاقة أو الانتماء إلى مجتمع الميم أو إلى أقلية أو إلى الشعوب الأصلية إلا بعد تسجيل الموافقة، وعند الضرورة فقط.</translation>
    </message>
    <message>
        <source>Change vulnerabilities</source>
        <translation>تغيير أوجه الضعف</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewEditor</name>
    <message>
        <source>Select an interview, or start a new one.</source>
        <translation>حدِّد مقابلة، أو ابدأ مقابلة جديدة.</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>&amp;الهوية…</translation>
    </message>
    <message>
        <source>Real identity (asks for the passphrase)</source>
        <translation>الهوية الحقيقية (تتطلب عبارة المرور)</translation>
    </message>
    <message>
        <source>Names and ID numbers are sealed; seeing them asks for the passphrase again.</source>
        <translation>الأسماء وأرقام الهوية مختومة؛ ويتطلب الاطلاع عليها إدخال عبارة المرور مرة أخرى.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>ملاحظات المقابلة</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>Pseudonym %1</source>
        <translation>الاسم المستعار %1</translation>
    </message>
    <message>
        <source>Notes open once consent is recorded above: nothing the person says is written down before they have agreed how it may be used.</source>
        <translation>تُتاح الملاحظات بعد تسجيل الموافقة أعلاه: لا يُدوَّن شيء مما يقوله الشخص قبل أن يوافق على طريقة استخدامه.</translation>
    </message>
    <message>
        <source>Record consent first.</source>
        <translation>سجِّل الموافقة أولًا.</translation>
    </message>
    <message>
        <source>Write what the person said, in their words where possible. Saved as you type.</source>
        <translation>اكتب ما قاله الشخص، بكلماته قدر الإمكان. يُحفظ النص أثناء الكتابة.</translation>
    </message>
    <message>
        <source>The person withdrew consent: the notes are read-only and nothing more can be added.</source>
        <translation>سحب الشخص موافقته: الملاحظات للقراءة فقط ولا يمكن إضافة أي شيء آخر.</translation>
    </message>
    <message numerus="yes">
        <source>%n safeguard warning(s) on this interview, shown next to the fields they concern.</source>
        <translation>
            <numerusform>في هذه المقابلة %n تحذير بشأن الضمانات، تظهر بجوار الحقول المعنية.</numerusform>
            <numerusform>في هذه المقابلة %n تحذير بشأن الضمانات، يظهر بجوار الحقل المعني.</numerusform>
            <numerusform>في هذه المقابلة %n تحذير بشأن الضمانات، يظهران بجوار الحقول المعنية.</numerusform>
            <numerusform>في هذه المقابلة %n تحذيرات بشأن الضمانات، تظهر بجوار الحقول المعنية.</numerusform>
            <numerusform>في هذه المقابلة %n تحذيرًا بشأن الضمانات، تظهر بجوار الحقول المعنية.</numerusform>
            <numerusform>في هذه المقابلة %n تحذير بشأن الضمانات، تظهر بجوار الحقول المعنية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::InterviewLabels</name>
    <message>
        <source>Individual, in private</source>
        <translation>فردية، على انفراد</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>جماعية</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>مع أحد الموظفين</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>مع الإدارة</translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation>مع جهة خارجية (الأسرة، محامٍ، منظمة غير حكومية)</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>بلا مترجم شفوي</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>مترجم شفوي محترف</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>أحد الموظفين</translation>
    </message>
    <message>
        <source>Fellow detainee</source>
        <translation>محتجز آخر</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>The person asked to be heard</source>
        <translation>طلب الشخص نفسه أن يُستمع إليه</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>شخص مسن</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>شخص أجنبي</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>شخص ذو إعاقة</translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation>شخص من مجتمع الميم</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>شخص من أقلية</translation>
    </message>
    <message>
        <source>Indigenous person</source>
        <translation>شخص من الشعوب الأصلية</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>جنس آخر</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>A person with an intellectual disability</source>
        <translation>شخص ذو إعاقة ذهنية</translation>
    </message>
    <message>
        <source>A person with a psychosocial disability</source>
        <translation>شخص ذو إعاقة نفسية اجتماعية</translation>
    </message>
    <message>
        <source>Aggregate use only</source>
        <translation>الاستخدام الإجمالي فقط</translation>
    </message>
    <message>
        <source>Quote anonymously</source>
        <translation>الاقتباس دون كشف الهوية</translation>
    </message>
    <message>
        <source>Use the name</source>
        <translation>استخدام الاسم</translation>
    </message>
    <message>
        <source>Share with the authorities</source>
        <translation>إطلاع السلطات</translation>
    </message>
    <message>
        <source>Refer the case</source>
        <translation>إحالة الحالة</translation>
    </message>
    <message>
        <source>Always given: what was said counts in anonymous totals, never traceable to the person.</source>
        <translation>ممنوحة دائمًا: يُحتسب ما قيل ضمن مجاميع مجهولة المصدر، ولا يمكن أبدًا نسبته إلى الشخص.</translation>
    </message>
    <message>
        <source>Their words may be quoted in a report without anything that identifies them.</source>
        <translation>يجوز اقتباس كلماته في تقرير دون أي شيء يكشف هويته.</translation>
    </message>
    <message>
        <source>Their name may be recorded and used, for example in a report or a letter.</source>
        <translation>يجوز تسجيل اسمه واستخدامه، مثلًا في تقرير أو رسالة.</translation>
    </message>
    <message>
        <source>Their account may be passed to the authorities responsible for the place.</source>
        <translation>يجوز نقل إفادته إلى السلطات المسؤولة عن المكان.</translation>
    </message>
    <message>
        <source>Their individual case may be referred to a body that can act on it.</source>
        <translation>يجوز إحالة حالته الفردية إلى جهة قادرة على اتخاذ إجراء بشأنها.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewListModel</name>
    <message>
        <source>Not yet recorded</source>
        <translation>لم تُسجَّل بعد</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ممنوحة</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Reprisal risk</source>
        <translation>خطر الانتقام</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewRepository</name>
    <message>
        <source>Record whether the interview was held without witnesses (OPCAT Art. 20).</source>
        <translation>سجِّل ما إذا كانت المقابلة قد أُجريت دون شهود (المادة 20 من البروتوكول الاختياري).</translation>
    </message>
    <message>
        <source>The unit does not belong to the place being visited.</source>
        <translation>لا تتبع الوحدة المكانَ الجاري زيارته.</translation>
    </message>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>المقابلة غير موجودة أو حُذفت.</translation>
    </message>
    <message>
        <source>No consent was recorded for this interview, so none can be withdrawn.</source>
        <translation>لم تُسجَّل أي موافقة لهذه المقابلة، لذا لا يوجد ما يمكن سحبه.</translation>
    </message>
    <message>
        <source>Consent was already withdrawn.</source>
        <translation>سبق أن سُحبت الموافقة.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewWarnings</name>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>المقابلة غير موجودة أو حُذفت.</translation>
    </message>
    <message>
        <source>A member of staff interpreted: the person may not have spoken freely, and staff may know what was said.</source>
        <translation>تولّى أحد الموظفين الترجمة الشفوية: ربما لم يتحدث الشخص بحرية، وقد يعلم الموظفون بما قيل.</translation>
    </message>
    <message>
        <source>A fellow detainee interpreted: confidentiality depends on them, and both may be exposed to pressure.</source>
        <translation>تولّى محتجز آخر الترجمة الشفوية: تتوقف السرية عليه، وقد يتعرض كلاهما للضغط.</translation>
    </message>
    <message>
        <source>Staff chose this interviewee: staff know who was heard. Interview people the team chooses as well.</source>
        <translation>اختار الموظفون هذا الشخص للمقابلة: فهم يعلمون من استُمع إليه. أجرِ مقابلات أيضًا مع أشخاص يختارهم الفريق.</translation>
    </message>
    <message>
        <source>This private interview was not held without witnesses (OPCAT Art. 20).</source>
        <translation>لم تُجرَ هذه المقابلة الخاصة دون شهود (المادة 20 من البروتوكول الاختياري).</translation>
    </message>
    <message>
        <source>Sensitive topics came up in a group interview, which carries no confidentiality: hear the people concerned in private.</source>
        <translation>أُثيرت مواضيع حساسة في مقابلة جماعية لا تكفل أي سرية: استمع إلى الأشخاص المعنيين على انفراد.</translation>
    </message>
    <message>
        <source>The risk of reprisal is high but no follow-up is planned: check on this person at the next visit.</source>
        <translation>خطر الانتقام مرتفع ولكن لم تُقرَّر أي متابعة: اطمئن على هذا الشخص في الزيارة التالية.</translation>
    </message>
    <message>
        <source>Only one person was interviewed in private in %1: staff can tell who spoke. Interview others in the unit as well.</source>
        <translation>لم تُجرَ مقابلة خاصة إلا مع شخص واحد في %1: يمكن للموظفين معرفة من تحدّث. أجرِ مقابلات مع آخرين في الوحدة أيضًا.</translation>
    </message>
    <message>
        <source>All interviewees in %1 were chosen by staff.</source>
        <translation>جميع من تمت مقابلتهم في %1 اختارهم الموظفون.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewsPanel</name>
    <message>
        <source>&amp;New interview…</source>
        <translation>مقابلة &amp;جديدة…</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <source>Interviews of this visit</source>
        <translation>مقابلات هذه الزيارة</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n private interview(s)</source>
        <translation>
            <numerusform>%1: %n مقابلة خاصة</numerusform>
            <numerusform>%1: %n مقابلة خاصة</numerusform>
            <numerusform>%1: %n مقابلة خاصة</numerusform>
            <numerusform>%1: %n مقابلات خاصة</numerusform>
            <numerusform>%1: %n مقابلةً خاصة</numerusform>
            <numerusform>%1: %n مقابلة خاصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group interview(s)</source>
        <translation>
            <numerusform>، %n مقابلة جماعية</numerusform>
            <numerusform>، %n مقابلة جماعية</numerusform>
            <numerusform>، %n مقابلة جماعية</numerusform>
            <numerusform>، %n مقابلات جماعية</numerusform>
            <numerusform>، %n مقابلةً جماعية</numerusform>
            <numerusform>، %n مقابلة جماعية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no unit: %n private interview(s)</source>
        <translation>
            <numerusform>بلا وحدة: %n مقابلة خاصة</numerusform>
            <numerusform>بلا وحدة: %n مقابلة خاصة</numerusform>
            <numerusform>بلا وحدة: %n مقابلة خاصة</numerusform>
            <numerusform>بلا وحدة: %n مقابلات خاصة</numerusform>
            <numerusform>بلا وحدة: %n مقابلةً خاصة</numerusform>
            <numerusform>بلا وحدة: %n مقابلة خاصة</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview coverage: the place has no units recorded.</source>
        <translation>تغطية المقابلات: لا توجد وحدات مسجَّلة لهذا المكان.</translation>
    </message>
    <message>
        <source>Interview coverage by unit — %1</source>
        <translation>تغطية المقابلات حسب الوحدة — %1</translation>
    </message>
</context>
<context>
    <name>vigil::InvitationFile</name>
    <message>
        <source>This invitation file is damaged or was changed after it was signed.</source>
        <translation>ملف الدعوة هذا تالف أو غُيّر بعد توقيعه.</translation>
    </message>
    <message>
        <source>The invitation could not be written.</source>
        <translation>تعذّرت كتابة الدعوة.</translation>
    </message>
    <message>
        <source>This file is not a Vigil invitation.</source>
        <translation>هذا الملف ليس دعوة Vigil.</translation>
    </message>
    <message>
        <source>This invitation was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation>أُنشئت هذه الدعوة بإصدار أحدث من Vigil. حدّث Vigil وافتحها مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>vigil::InviteDialog</name>
    <message>
        <source>invitation</source>
        <translation>دعوة</translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation>دعوة جهاز</translation>
    </message>
    <message>
        <source>The invitation file lets one device ask to join the organisation. Hand it over in person, on a USB stick you give yourself: whoever holds it can ask to join. It can be used once and expires in 14 days.</source>
        <translation>يتيح ملف الدعوة لجهاز واحد أن يطلب الانضمام إلى المنظمة. سلّمه شخصيًا، على ذاكرة USB تعطيها بنفسك: فمن يحوزه يمكنه طلب الانضمام. يمكن استخدامه مرة واحدة وتنتهي صلاحيته بعد 14 يومًا.</translation>
    </message>
    <message>
        <source>Role of the invited device</source>
        <translation>دور الجهاز المدعو</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <source>Person who will use the device</source>
        <translation>الشخص الذي سيستخدم الجهاز</translation>
    </message>
    <message>
        <source>Not linked to a person yet</source>
        <translation>غير مرتبط بشخص بعدُ</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <source>The device receives the visits whose team names this person.</source>
        <translation>يتلقى الجهاز الزيارات التي يذكر فريقها هذا الشخص.</translation>
    </message>
    <message>
        <source>Who the invitation is for</source>
        <translation>الشخص الموجهة إليه الدعوة</translation>
    </message>
    <message>
        <source>Shown to the person when they open it</source>
        <translation>يُعرض للشخص عند فتحها</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>No mailbox is set up yet, so the invitation names none: files will be exchanged by hand until you set one up in the sync settings and issue new invitations.</source>
        <translation>لم يُعدّ صندوق بريد بعدُ، لذا لا تذكر الدعوة أي صندوق: ستُتبادل الملفات يدويًا إلى أن تُعدّ صندوقًا في إعدادات المزامنة وتُصدر دعوات جديدة.</translation>
    </message>
    <message>
        <source>When the person opens the invitation, they will call you and read out the fingerprint they see. It must be exactly this device&apos;s fingerprint:</source>
        <translation>عندما يفتح الشخص الدعوة، سيتصل بك ويقرأ البصمة التي يراها. يجب أن تكون بالضبط بصمة هذا الجهاز:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>بصمة هذا الجهاز</translation>
    </message>
    <message>
        <source>&amp;Save the invitation…</source>
        <translation>&amp;حفظ الدعوة…</translation>
    </message>
    <message>
        <source>Save the invitation file</source>
        <translation>حفظ ملف الدعوة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>حفظ الدعوة</translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi)</source>
        <translation>دعوات Vigil (*.vgi)</translation>
    </message>
    <message>
        <source>The invitation was saved to %1. Hand it over in person before %2.</source>
        <translation>حُفظت الدعوة في %1. سلّمها شخصيًا قبل %2.</translation>
    </message>
</context>
<context>
    <name>vigil::IoError</name>
    <message>
        <source>The disk holding %1 is full. Free some space and try again; nothing was changed.</source>
        <translation>القرص الذي يحتوي على %1 ممتلئ. حرِّر بعض المساحة وحاول مجددًا؛ لم يتغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>Vigil may not write to %1. Check that the drive is not read-only and that you own the folder.</source>
        <translation>لا يُسمح لـ Vigil بالكتابة في %1. تحقَّق من أن محرك الأقراص ليس للقراءة فقط ومن أنك مالك المجلد.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed.</source>
        <translation>فشلت القراءة من %1 أو الكتابة إليه.</translation>
    </message>
</context>
<context>
    <name>vigil::JoinOrganisationDialog</name>
    <message>
        <source>Shared folder %1</source>
        <translation>المجلد المشترك %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>الخادم %1</translation>
    </message>
    <message>
        <source>Server %1, user %2</source>
        <translation>الخادم %1، المستخدم %2</translation>
    </message>
    <message>
        <source>None yet: exchange files with the coordinator by hand</source>
        <translation>لا يوجد بعدُ: تبادل الملفات مع المنسق يدويًا</translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation>الانضمام إلى منظمة</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation>تنتمي هذه الخزنة بالفعل إلى المنظمة «%1».</translation>
    </message>
    <message>
        <source>Open the invitation file your coordinator handed you. Nothing in this vault is lost by joining: your places, visits and notes stay as they are, and once the coordinator has approved this device they are shared with the organisation as your role allows.</source>
        <translation>افتح ملف الدعوة الذي سلّمك إياه منسقك. لا يضيع شيء من هذه الخزنة بالانضمام: تبقى أماكنك وزياراتك وملاحظاتك كما هي، وبعد أن يوافق المنسق على هذا الجهاز تُشارَك مع المنظمة بحسب ما يسمح به دورك.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>ملف الدعوة</translation>
    </message>
    <message>
        <source>Invitation file (.vgi)</source>
        <translation>ملف الدعوة (.vgi)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose the invitation file</source>
        <translation>اختيار ملف الدعوة</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>ال&amp;دعوة:</translation>
    </message>
    <message>
        <source>The invitation</source>
        <translation>الدعوة</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>المنظمة:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>صالحة حتى:</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>صندوق البريد:</translation>
    </message>
    <message>
        <source>Call the coordinator on a number you already know and compare these digits with the ones on their screen. Join only if every group matches exactly: otherwise the file did not come from your coordinator.</source>
        <translation>اتصل بالمنسق على رقم تعرفه مسبقًا وقارن هذه الأرقام بالأرقام الظاهرة على شاشته. لا تنضمّ إلا إذا تطابقت كل مجموعة تمامًا: وإلا فإن الملف لم يأتِ من منسقك.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint</source>
        <translation>بصمة المنسق</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>اسم هذا الجهاز</translation>
    </message>
    <message>
        <source>For example: Amina&apos;s laptop</source>
        <translation>مثلًا: الحاسوب المحمول لأمينة</translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation>&amp;اسم هذا الجهاز:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>ان&amp;ضمام</translation>
    </message>
    <message>
        <source>Join the organisation</source>
        <translation>الانضمام إلى المنظمة</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>إلغاء الانضمام</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation>&amp;حفظ نسخة من الطلب…</translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation>حفظ نسخة من طلب التسجيل</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. The coordinator compares it with you by phone before approving this device:</source>
        <translation>بصمة هذا الجهاز. يقارنها المنسق معك عبر الهاتف قبل الموافقة على هذا الجهاز:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>بصمة هذا الجهاز</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Open an invitation</source>
        <translation>فتح دعوة</translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi);;All files (*)</source>
        <translation>دعوات Vigil (*.vgi);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation>انتهت صلاحية هذه الدعوة في %1. اطلب دعوة جديدة من المنسق.</translation>
    </message>
    <message>
        <source>The request could not be kept for the next sync (%1). Save a copy and hand it to the coordinator.</source>
        <translation>تعذّر الاحتفاظ بالطلب للمزامنة التالية (%1). احفظ نسخة منه وسلّمها إلى المنسق.</translation>
    </message>
    <message>
        <source>The enrolment request goes to the coordinator with the next sync. If you have no shared mailbox yet, save a copy on a USB stick and hand it over.</source>
        <translation>يُرسَل طلب التسجيل إلى المنسق مع المزامنة التالية. إذا لم يكن لديك صندوق بريد مشترك بعدُ، فاحفظ نسخة على ذاكرة USB وسلّمها.</translation>
    </message>
    <message>
        <source>The server&apos;s password is not in the invitation: enter it in the sync settings.</source>
        <translation>كلمة مرور الخادم ليست في الدعوة: أدخلها في إعدادات المزامنة.</translation>
    </message>
    <message>
        <source>This device has joined “%1” and waits for the coordinator&apos;s approval.</source>
        <translation>انضمّ هذا الجهاز إلى «%1» وينتظر موافقة المنسق.</translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation>حفظ نسخة من الطلب</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation>طلبات تسجيل Vigil (*.vge)</translation>
    </message>
    <message>
        <source>Join the organisation first.</source>
        <translation>انضمّ إلى المنظمة أولًا.</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>حُفظت نسخة في %1.</translation>
    </message>
</context>
<context>
    <name>vigil::Kdf</name>
    <message>
        <source>The key file asks for unsupported key-derivation settings.</source>
        <translation>يطلب ملف المفتاح إعدادات اشتقاق مفاتيح غير مدعومة.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key. Close other programs and try again.</source>
        <translation>لا توجد ذاكرة كافية لاشتقاق مفتاح الخزنة. أغلق البرامج الأخرى وحاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>vigil::KeyEnvelope</name>
    <message>
        <source>The vault&apos;s key file is damaged or has been altered. Restore it from a backup.</source>
        <translation>ملف مفتاح الخزنة تالف أو جرى تعديله. استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Encrypting the vault key failed.</source>
        <translation>فشل تشفير مفتاح الخزنة.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>مفتاح الاسترداد لا يفتح هذه الخزنة.</translation>
    </message>
    <message>
        <source>This vault was created by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>أُنشئت هذه الخزنة بإصدار أحدث من Vigil. حدِّث Vigil لفتحها.</translation>
    </message>
</context>
<context>
    <name>vigil::LockScreen</name>
    <message>
        <source>e.g. Northern region visits</source>
        <translation>مثلًا: زيارات المنطقة الشمالية</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>اسم الخزنة</translation>
    </message>
    <message>
        <source>Vault &amp;name (optional)</source>
        <translation>&amp;اسم الخزنة (اختياري)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>تكرار عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;تكرار عبارة المرور</translation>
    </message>
    <message>
        <source>Deriving the keys… this takes a moment.</source>
        <translation>جارٍ اشتقاق المفاتيح… يستغرق ذلك بعض الوقت.</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>إنشاء خزنة</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>فتح قفل الخزنة</translation>
    </message>
    <message>
        <source>Everything you record is encrypted with this passphrase.</source>
        <translation>كل ما تسجّله يُشفَّر بعبارة المرور هذه.</translation>
    </message>
    <message>
        <source>Enter the passphrase to open the vault.</source>
        <translation>أدخل عبارة المرور لفتح الخزنة.</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;إنشاء الخزنة</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>أدخل عبارة مرور.</translation>
    </message>
    <message>
        <source>This passphrase is too weak. Use a longer one, for example several unrelated words.</source>
        <translation>عبارة المرور هذه ضعيفة جدًا. استخدم عبارة أطول، مثل عدة كلمات لا رابط بينها.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type it again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتبها مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
</context>
<context>
    <name>vigil::MailboxName</name>
    <message>
        <source>This is not a valid device id.</source>
        <translation>هذا ليس معرّف جهاز صالحًا.</translation>
    </message>
    <message>
        <source>This is not a valid name for a sync file.</source>
        <translation>هذا ليس اسمًا صالحًا لملف مزامنة.</translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>Time until the vault locks</source>
        <translation>الوقت المتبقي حتى قفل الخزنة</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;الخزنة</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Close the vault and wipe its keys from memory</source>
        <translation>إغلاق الخزنة ومحو مفاتيحها من الذاكرة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>&amp;حول Vigil</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>القائمة الرئيسية</translation>
    </message>
    <message>
        <source>Locks in %1</source>
        <translation>تُقفل بعد %1</translation>
    </message>
    <message>
        <source>About Vigil</source>
        <translation>حول Vigil</translation>
    </message>
    <message>
        <source>Vigil %1</source>
        <translation>Vigil %1</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for monitoring places of detention (OPCAT).

Built with Qt %1, running on Qt %2.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>سجلات مشفّرة تعمل دون اتصال أولًا، لرصد أماكن الاحتجاز (البروتوكول الاختياري لاتفاقية مناهضة التعذيب).

بُني باستخدام Qt %1، ويعمل على Qt %2.
مرخَّص بموجب رخصة GNU GPL، الإصدار 3 أو أي إصدار لاحق.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>مكان &amp;جديد…</translation>
    </message>
    <message>
        <source>Add a place of detention to visit</source>
        <translation>إضافة مكان احتجاز لزيارته</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>V&amp;isit</source>
        <translation>&amp;زيارة</translation>
    </message>
    <message>
        <source>Compile &amp;report…</source>
        <translation>إعداد &amp;التقرير…</translation>
    </message>
    <message>
        <source>Open the report builder of the open visit</source>
        <translation>فتح أداة إعداد التقرير للزيارة المفتوحة</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;تصدير التقرير…</translation>
    </message>
    <message>
        <source>Export the open visit&apos;s report as PDF, ODT or HTML</source>
        <translation>تصدير تقرير الزيارة المفتوحة بصيغة PDF أو ODT أو HTML</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>م&amp;زامنة</translation>
    </message>
</context>
<context>
    <name>vigil::MergeEngine</name>
    <message>
        <source>A received change names a record as being of another kind than it is; nothing was imported.</source>
        <translation>يَنسب تغييرٌ وارد قيدًا إلى نوع غير نوعه الفعلي؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Two different changes carry the same number from one device; nothing was imported.</source>
        <translation>يحمل تغييران مختلفان الرقم نفسه من جهاز واحد؛ لم يُستورد أي شيء.</translation>
    </message>
</context>
<context>
    <name>vigil::Migrations</name>
    <message>
        <source>This vault was written by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>كُتبت هذه الخزنة بإصدار أحدث من Vigil. حدِّث Vigil لفتحها.</translation>
    </message>
</context>
<context>
    <name>vigil::Navigator</name>
    <message>
        <source>Open vault</source>
        <translation>الخزنة المفتوحة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Sync inbox</source>
        <translation>وارد المزامنة</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
</context>
<context>
    <name>vigil::NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <source>Vigil gives the person a pseudonym. Record consent next, before any notes.</source>
        <translation>يمنح Vigil الشخص اسمًا مستعارًا. سجِّل الموافقة بعد ذلك، قبل أي ملاحظات.</translation>
    </message>
    <message>
        <source>Kind of interview</source>
        <translation>نوع المقابلة</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>نعم، لم يكن بوسع أي شخص آخر السماع</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>أُجريت دون شهود</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>لا، كان هناك آخرون حاضرون</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>كان هناك آخرون حاضرون</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>دون شهود:</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>من اختار الشخص</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>جهة الاختيار:</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>خطر الانتقام</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>اسأل الشخص عمّا إذا كان يخشى أي عواقب.</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>خطر الانتقام:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>لا وحدة بعينها</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>بدء المقابلة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>vigil::NewVisitCommand</name>
    <message>
        <source>New visit to %1</source>
        <translation>زيارة جديدة إلى %1</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationEditor</name>
    <message>
        <source>Kind of observation</source>
        <translation>نوع المشاهدة</translation>
    </message>
    <message>
        <source>Unit where it was observed</source>
        <translation>الوحدة التي جرت فيها المشاهدة</translation>
    </message>
    <message>
        <source>When it was observed</source>
        <translation>وقت المشاهدة</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>الوقت غير مسجَّل</translation>
    </message>
    <message>
        <source>Observation title</source>
        <translation>عنوان المشاهدة</translation>
    </message>
    <message>
        <source>What was observed, in a few words</source>
        <translation>ما شوهد، في كلمات قليلة</translation>
    </message>
    <message>
        <source>Observation notes</source>
        <translation>ملاحظات المشاهدة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;وحدة:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;وقت:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>observation time</source>
        <translation>وقت المشاهدة</translation>
    </message>
    <message>
        <source>observation title</source>
        <translation>عنوان المشاهدة</translation>
    </message>
    <message>
        <source>observation notes</source>
        <translation>ملاحظات المشاهدة</translation>
    </message>
    <message>
        <source>observation kind</source>
        <translation>نوع المشاهدة</translation>
    </message>
    <message>
        <source>observation unit</source>
        <translation>وحدة المشاهدة</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>لا وحدة بعينها</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationRepository</name>
    <message>
        <source>observation.unit_id: is not a unit of the visited place</source>
        <translation>observation.unit_id: ليست من وحدات المكان الذي تمت زيارته</translation>
    </message>
    <message>
        <source>The observation does not exist or was deleted.</source>
        <translation>المشاهدة غير موجودة أو حُذفت.</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationsPanel</name>
    <message>
        <source>&amp;Delete observation</source>
        <translation>&amp;حذف المشاهدة</translation>
    </message>
    <message>
        <source>Add &amp;observation</source>
        <translation>&amp;إضافة مشاهدة</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>إضافة مشاهدة</translation>
    </message>
    <message>
        <source>Delete the selected observation</source>
        <translation>حذف المشاهدة المحددة</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>مشاهدة جديدة</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>إضافة مشاهدة</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>حذف المشاهدة</translation>
    </message>
    <message>
        <source>Untitled observation</source>
        <translation>مشاهدة بلا عنوان</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An observation in the list: its kind, then its title</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigil::OpItem</name>
    <message>
        <source>A change received from another device is malformed.</source>
        <translation>تغيير وارد من جهاز آخر مشوَّه البنية.</translation>
    </message>
</context>
<context>
    <name>vigil::OpValidator</name>
    <message>
        <source>A received change is malformed; nothing was imported.</source>
        <translation>تغيير وارد مشوَّه البنية؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>A received change is for a kind of record this version of Vigil does not know (%1); nothing was imported. Update Vigil and import it again.</source>
        <translation>يخص تغيير وارد نوعًا من القيود لا يعرفه هذا الإصدار من Vigil (%1)؛ لم يُستورد أي شيء. حدِّث Vigil واستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>A received change is for a field this version of Vigil does not know (%1.%2); nothing was imported. Update Vigil and import it again.</source>
        <translation>يخص تغيير وارد حقلًا لا يعرفه هذا الإصدار من Vigil (%1.%2)؛ لم يُستورد أي شيء. حدِّث Vigil واستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>A received change holds an invalid value (%1); nothing was imported.</source>
        <translation>يحمل تغيير وارد قيمة غير صالحة (%1)؛ لم يُستورد أي شيء.</translation>
    </message>
</context>
<context>
    <name>vigil::OrgFiles</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذّر قراءة %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation>%1 أكبر من أن يكون ملف منظمة Vigil.</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>تعذّر إنشاء المجلد الخاص بـ %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
</context>
<context>
    <name>vigil::OrgLabels</name>
    <message>
        <source>Coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation>مفتش رئيسي</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>راصد</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval</source>
        <translation>بانتظار موافقة المنسق</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>الجهاز %1</translation>
    </message>
</context>
<context>
    <name>vigil::Organisation</name>
    <message>
        <source>Only an enrolled coordinator of an organisation can do this.</source>
        <translation>لا يمكن أن يقوم بذلك إلا منسق مسجَّل في المنظمة.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name must be 1 to 200 characters.</source>
        <translation>يجب أن يتكون اسم المنظمة من 1 إلى 200 حرف.</translation>
    </message>
    <message>
        <source>This device&apos;s name must be 1 to 200 characters.</source>
        <translation>يجب أن يتكون اسم هذا الجهاز من 1 إلى 200 حرف.</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation>تنتمي هذه الخزنة بالفعل إلى المنظمة «%1».</translation>
    </message>
    <message>
        <source>Choose the role of the invited device: coordinator, lead or monitor.</source>
        <translation>اختر دور الجهاز المدعو: منسق أو مفتش رئيسي أو راصد.</translation>
    </message>
    <message>
        <source>The person or the label of the invitation is too long.</source>
        <translation>الشخص أو وصف الدعوة طويل جدًا.</translation>
    </message>
    <message>
        <source>An invitation must be valid for between a moment and a year.</source>
        <translation>يجب أن تتراوح مدة صلاحية الدعوة بين لحظة وسنة.</translation>
    </message>
    <message>
        <source>This enrolment request answers an invitation this vault did not issue.</source>
        <translation>يجيب طلب التسجيل هذا عن دعوة لم تُصدرها هذه الخزنة.</translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation>تعذّر التحقق من طلب التسجيل.</translation>
    </message>
    <message>
        <source>The invitation of this request has already been used. Issue a new invitation.</source>
        <translation>سبق استخدام دعوة هذا الطلب. أصدِر دعوة جديدة.</translation>
    </message>
    <message>
        <source>The invitation of this request expired on %1. Issue a new invitation.</source>
        <translation>انتهت صلاحية دعوة هذا الطلب في %1. أصدِر دعوة جديدة.</translation>
    </message>
    <message>
        <source>This enrolment request comes from this device.</source>
        <translation>طلب التسجيل هذا صادر عن هذا الجهاز.</translation>
    </message>
    <message>
        <source>This device was revoked; it cannot enrol again with the same keys.</source>
        <translation>أُبطل هذا الجهاز؛ لا يمكنه التسجيل مجددًا بالمفاتيح نفسها.</translation>
    </message>
    <message>
        <source>This device is already enrolled.</source>
        <translation>هذا الجهاز مسجَّل بالفعل.</translation>
    </message>
    <message>
        <source>There is no pending request from this device.</source>
        <translation>لا يوجد طلب معلّق من هذا الجهاز.</translation>
    </message>
    <message>
        <source>The device could not be added to the roster.</source>
        <translation>تعذّرت إضافة الجهاز إلى قائمة الأجهزة.</translation>
    </message>
    <message>
        <source>A coordinator cannot revoke its own device.</source>
        <translation>لا يمكن للمنسق إبطال جهازه.</translation>
    </message>
    <message>
        <source>This device is not in the organisation.</source>
        <translation>هذا الجهاز ليس في المنظمة.</translation>
    </message>
    <message>
        <source>This device is already revoked.</source>
        <translation>هذا الجهاز مُبطَل بالفعل.</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation>انتهت صلاحية هذه الدعوة في %1. اطلب دعوة جديدة من المنسق.</translation>
    </message>
    <message>
        <source>This invitation was issued by this vault; open it on the device that is joining.</source>
        <translation>أصدرت هذه الخزنة هذه الدعوة؛ افتحها على الجهاز الذي ينضم.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>منسق</translation>
    </message>
</context>
<context>
    <name>vigil::PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>فارغة</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
</context>
<context>
    <name>vigil::PersonRepository</name>
    <message>
        <source>The team member does not exist or was deleted.</source>
        <translation>عضو الفريق غير موجود أو حُذف.</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceDetails</name>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>الجهة المشغِّلة:</translation>
    </message>
    <message>
        <source>Responsible authority:</source>
        <translation>السلطة المسؤولة:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Occupancy:</source>
        <translation>الإشغال:</translation>
    </message>
    <message>
        <source>Risk notes:</source>
        <translation>ملاحظات المخاطر:</translation>
    </message>
    <message>
        <source>%1 held for %2 places</source>
        <translation>عدد المحتجزين %1، والطاقة الاستيعابية %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>%1 places; population not recorded</source>
        <translation>الطاقة الاستيعابية %1؛ عدد المحتجزين غير مسجَّل</translation>
    </message>
    <message>
        <source>Overcrowded: %1</source>
        <translation>اكتظاظ: %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceEditorDialog</name>
    <message>
        <source>New place</source>
        <translation>مكان جديد</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>تعديل المكان</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>اسم المكان</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;اسم:</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>نوع المكان</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>اختر نوعًا…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>الجهة المشغِّلة</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;جهة التشغيل:</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>السلطة المسؤولة</translation>
    </message>
    <message>
        <source>Responsible a&amp;uthority:</source>
        <translation>&amp;سلطة مسؤولة:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>عدد المحتجزين</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>عدد صحيح؛ اتركه فارغًا إذا كان غير معروف</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;طاقة استيعابية:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;عدد المحتجزين:</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>ملاحظات المخاطر</translation>
    </message>
    <message>
        <source>&amp;Risk notes:</source>
        <translation>&amp;ملاحظات المخاطر:</translation>
    </message>
    <message>
        <source>What the place still needs</source>
        <translation>ما ينقص بيانات المكان</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Create place</source>
        <translation>إنشاء المكان</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name and choose its type.</source>
        <translation>أدخل اسم المكان واختر نوعه.</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name.</source>
        <translation>أدخل اسم المكان.</translation>
    </message>
    <message>
        <source>Choose the type of place.</source>
        <translation>اختر نوع المكان.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>يجب أن تكون الطاقة الاستيعابية عددًا صحيحًا، أو أن تُترك فارغة إذا كانت غير معروفة.</translation>
    </message>
    <message>
        <source>Population must be a whole number, or empty if unknown.</source>
        <translation>يجب أن يكون عدد المحتجزين عددًا صحيحًا، أو أن يُترك فارغًا إذا كان غير معروف.</translation>
    </message>
    <message>
        <source>The place could not be saved.</source>
        <translation>تعذّر حفظ المكان.</translation>
    </message>
    <message>
        <source>New place %1</source>
        <translation>مكان جديد: %1</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>تعديل المكان %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceListModel</name>
    <message>
        <source>Never</source>
        <translation>لم يُزَر بعد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>الجهة المشغِّلة</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>التوصيات المفتوحة</translation>
    </message>
</context>
<context>
    <name>vigil::PlacePage</name>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>تحديد كل الصفوف</translation>
    </message>
    <message>
        <source>Place sections</source>
        <translation>أقسام المكان</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;زيارات</translation>
    </message>
    <message>
        <source>Open &amp;recommendations</source>
        <translation>&amp;توصيات مفتوحة</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;وحدات</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>سجل الزيارات</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>زيارة &amp;جديدة</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>زيارة جديدة</translation>
    </message>
    <message>
        <source>Plan a visit to this place; it opens at once</source>
        <translation>التخطيط لزيارة إلى هذا المكان؛ تُفتح على الفور</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>التوصيات المفتوحة</translation>
    </message>
    <message>
        <source>E&amp;dit place…</source>
        <translation>&amp;تعديل المكان…</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>تعديل المكان</translation>
    </message>
    <message>
        <source>Change this place&apos;s particulars</source>
        <translation>تغيير بيانات هذا المكان</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;إضافة وحدة…</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>إضافة وحدة</translation>
    </message>
    <message>
        <source>Add a unit, wing or ward to this place</source>
        <translation>إضافة وحدة أو جناح أو عنبر إلى هذا المكان</translation>
    </message>
    <message>
        <source>Re&amp;move unit</source>
        <translation>&amp;إزالة الوحدة</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>إزالة الوحدة</translation>
    </message>
    <message>
        <source>Remove the selected unit; Undo brings it back</source>
        <translation>إزالة الوحدة المحددة؛ يمكن استعادتها بأمر التراجع</translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation>إزالة الوحدة %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceRepository</name>
    <message>
        <source>The place does not exist or was deleted.</source>
        <translation>المكان غير موجود أو حُذف.</translation>
    </message>
</context>
<context>
    <name>vigil::PlacesPage</name>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>مكان &amp;جديد…</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>مكان جديد</translation>
    </message>
    <message>
        <source>Record a place of detention; it opens once created</source>
        <translation>تسجيل مكان احتجاز؛ يُفتح فور إنشائه</translation>
    </message>
</context>
<context>
    <name>vigil::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the system&apos;s language in its own name, e.g. &quot;français&quot;</extracomment>
        <translation>لغة النظام الافتراضية (%1)</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>عدد دقائق عدم الاستخدام قبل قفل الخزنة</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes in the spin box</extracomment>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Hide the content while another application is active</source>
        <translation>&amp;إخفاء المحتوى ما دام تطبيق آخر نشطًا</translation>
    </message>
    <message>
        <source>Hide the content while another application is active</source>
        <translation>إخفاء المحتوى ما دام تطبيق آخر نشطًا</translation>
    </message>
    <message>
        <source>Covers the window when you switch away, so its content does not show behind other windows or in the window switcher.</source>
        <translation>يحجب النافذة عند الانتقال إلى غيرها، فلا يظهر محتواها خلف النوافذ الأخرى ولا في مبدِّل النوافذ.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>&amp;القفل بعد:</translation>
    </message>
    <message>
        <source>Vigil will speak the chosen language the next time it starts.</source>
        <translation>سيستخدم Vigil اللغة المختارة في المرة القادمة التي يُشغَّل فيها.</translation>
    </message>
</context>
<context>
    <name>vigil::PseudonymGenerator</name>
    <message>
        <source>This visit has no pseudonym codes left.</source>
        <translation>لم تتبقَّ لهذه الزيارة أي رموز أسماء مستعارة.</translation>
    </message>
</context>
<context>
    <name>vigil::Quarantine</name>
    <message>
        <source>An earlier bundle from this sender has not arrived yet (out-of-order gap); this one will be imported once it has.</source>
        <translation>لم تصل بعدُ حزمة سابقة من هذا المرسِل (فجوة في الترتيب)؛ ستُستورد هذه الحزمة بمجرد وصولها.</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing was changed.</source>
        <translation>سبق استيراد هذه الحزمة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This bundle holds changes that cannot be applied; nothing was imported. Ask the sender to send it again.</source>
        <translation>تحتوي هذه الحزمة على تغييرات لا يمكن تطبيقها؛ لم يُستورد أي شيء. اطلب من المرسِل إرسالها مرة أخرى.</translation>
    </message>
    <message>
        <source>This bundle holds records from a newer version of Vigil; nothing was imported. Update Vigil and import it again from the quarantine folder.</source>
        <translation>تحتوي هذه الحزمة على سجلات من إصدار أحدث من Vigil؛ لم يُستورد أي شيء. حدّث Vigil واستوردها مرة أخرى من مجلد العزل.</translation>
    </message>
    <message>
        <source>This bundle was refused; nothing was imported.</source>
        <translation>رُفضت هذه الحزمة؛ لم يُستورد أي شيء.</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationEditor</name>
    <message>
        <source>Recommendation text</source>
        <translation>نص التوصية</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>الجهة المخاطَبة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <source>Findings the recommendation is argued from</source>
        <translation>الاستنتاجات التي تستند إليها التوصية</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;نص:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;جهة مخاطَبة:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;مستوى:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;أولوية:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;موعد نهائي:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;استنتاجات:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>نص التوصية</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>الجهة المخاطَبة</translation>
    </message>
    <message>
        <source>level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>استنتاج بلا عنوان</translation>
    </message>
    <message>
        <source>Link finding</source>
        <translation>ربط استنتاج</translation>
    </message>
    <message>
        <source>Unlink finding</source>
        <translation>إلغاء ربط استنتاج</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationHistoryPanel</name>
    <message>
        <source>History of the selected recommendation</source>
        <translation>سجل التوصية المحددة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صدرت</translation>
    </message>
    <message>
        <source>Response of the authorities</source>
        <translation>رد السلطات</translation>
    </message>
    <message>
        <source>Implementation checked</source>
        <translation>جرى التحقق من التنفيذ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>أُغلقت</translation>
    </message>
    <message>
        <source>Made again</source>
        <translation>أُعيد تقديمها</translation>
    </message>
    <message>
        <source>Select a recommendation to see its history.</source>
        <translation>اختر توصية لعرض سجلها.</translation>
    </message>
    <message numerus="yes">
        <source>Made on %n visit(s)</source>
        <translation>
            <numerusform>قُدِّمت في %n زيارة</numerusform>
            <numerusform>قُدِّمت في %n زيارة</numerusform>
            <numerusform>قُدِّمت في %n زيارة</numerusform>
            <numerusform>قُدِّمت في %n زيارات</numerusform>
            <numerusform>قُدِّمت في %n زيارةً</numerusform>
            <numerusform>قُدِّمت في %n زيارة</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on one visit</source>
        <translation>قُدِّمت في زيارة واحدة</translation>
    </message>
    <message>
        <source>Recommendation %1 of the visit</source>
        <translation>التوصية %1 من توصيات الزيارة</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationLifecycle</name>
    <message>
        <source>recommendation.status: cannot change from %1 to %2</source>
        <translation>recommendation.status: لا يمكن التغيير من %1 إلى %2</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: an implementation check needs the later visit that checked it</source>
        <translation>recommendation_event.visit_id: يتطلب التحقق من التنفيذ الزيارةَ اللاحقة التي جرى فيها التحقق</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: a reissue needs the later visit that reissues it</source>
        <translation>recommendation_event.visit_id: تتطلب إعادة الإصدار الزيارةَ اللاحقة التي أُعيد فيها إصدار التوصية</translation>
    </message>
    <message>
        <source>recommendation_event.evidence: an implementation check needs the evidence it rests on</source>
        <translation>recommendation_event.evidence: يتطلب التحقق من التنفيذ الأدلةَ التي يستند إليها</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: refers to a visit that does not exist or was deleted</source>
        <translation>recommendation_event.visit_id: يشير إلى زيارة غير موجودة أو محذوفة</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: the visit was to another place</source>
        <translation>recommendation_event.visit_id: الزيارة كانت إلى مكان آخر</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: must be a later visit than the one the recommendation was made on</source>
        <translation>recommendation_event.visit_id: يجب أن تكون زيارة لاحقة للزيارة التي صدرت فيها التوصية</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationListModel</name>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationQueries</name>
    <message>
        <source>Say specifically what should change, and how it can be measured.</source>
        <translation>حدِّد بدقة ما ينبغي تغييره، وكيف يمكن قياسه.</translation>
    </message>
    <message>
        <source>Name who should act on the recommendation: someone who can act on it.</source>
        <translation>سمِّ الجهة التي ينبغي أن تعمل على تنفيذ التوصية: جهةً قادرة على تنفيذها.</translation>
    </message>
    <message>
        <source>A systemic recommendation needs an addressee who can change the system: the supervising authority, the ministry or the legislature.</source>
        <translation>تتطلب التوصية الهيكلية جهةً مخاطَبة قادرة على تغيير المنظومة: السلطة الإشرافية أو الوزارة أو السلطة التشريعية.</translation>
    </message>
    <message>
        <source>Set a deadline, so that implementation can be checked on a later visit.</source>
        <translation>حدِّد موعدًا نهائيًا، ليتسنّى التحقق من التنفيذ في زيارة لاحقة.</translation>
    </message>
    <message>
        <source>Link the findings the recommendation is argued from.</source>
        <translation>اربط الاستنتاجات التي تستند إليها التوصية.</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationRepository</name>
    <message>
        <source>The recommendation does not exist or was deleted.</source>
        <translation>التوصية غير موجودة أو حُذفت.</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>الزيارة غير موجودة أو حُذفت.</translation>
    </message>
    <message>
        <source>recommendation.status: a %1 recommendation can no longer be changed</source>
        <translation>recommendation.status: لم يعد من الممكن تغيير توصية حالتها «%1»</translation>
    </message>
    <message>
        <source>recommendation.%1: can only be changed while the recommendation is a draft</source>
        <translation>recommendation.%1: لا يمكن تغييره إلا ما دامت التوصية مسودة</translation>
    </message>
    <message>
        <source>recommendation.status: only a draft can be deleted; this one is %1 (close it instead)</source>
        <translation>recommendation.status: لا يمكن حذف سوى المسودة؛ وحالة هذه التوصية «%1» (أغلقها بدلًا من ذلك)</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>recommendation_finding.finding_id: يشير إلى استنتاج غير موجود أو محذوف</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: the finding was made on another visit than the recommendation</source>
        <translation>recommendation_finding.finding_id: الاستنتاج صادر في زيارة غير زيارة التوصية</translation>
    </message>
    <message>
        <source>The finding is not linked to this recommendation.</source>
        <translation>الاستنتاج غير مرتبط بهذه التوصية.</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: refers to a recommendation that does not exist or was deleted</source>
        <translation>recommendation.repeated_from: يشير إلى توصية غير موجودة أو محذوفة</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was never issued</source>
        <translation>recommendation.repeated_from: التوصية السابقة لم تصدر قط</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was made for another place</source>
        <translation>recommendation.repeated_from: التوصية السابقة صدرت بشأن مكان آخر</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: must be a recommendation of an earlier visit</source>
        <translation>recommendation.repeated_from: يجب أن تكون توصية من زيارة سابقة</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Words of the recommendation</source>
        <translation>كلمات من نص التوصية</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>متابعة التوصيات</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n توصية</numerusform>
            <numerusform>%n توصية</numerusform>
            <numerusform>%n توصية</numerusform>
            <numerusform>%n توصيات</numerusform>
            <numerusform>%n توصيةً</numerusform>
            <numerusform>%n توصية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPanel</name>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;حذف المسودة</translation>
    </message>
    <message>
        <source>&amp;New recommendation</source>
        <translation>توصية &amp;جديدة</translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translation>إضافة توصية</translation>
    </message>
    <message>
        <source>Delete the selected draft recommendation</source>
        <translation>حذف مسودة التوصية المحددة</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>توصية جديدة</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>إضافة توصية</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>حذف التوصية</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(لا نص بعد)</translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <extracomment>A recommendation in the list: number, start of its text, status</extracomment>
        <translation>%1. %2 [%3]</translation>
    </message>
</context>
<context>
    <name>vigil::RecordSafeguards</name>
    <message>
        <source>The interview does not exist.</source>
        <translation>المقابلة غير موجودة.</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation>لا يمكن تسجيل الإعاقة أو الانتماء إلى مجتمع الميم أو إلى أقلية أو إلى الشعوب الأصلية إلا بعد تسجيل موافقة الشخص الذي تمت مقابلته.</translation>
    </message>
    <message>
        <source>Interview pseudonyms are generated by Vigil and cannot be chosen.</source>
        <translation>يُنشئ Vigil الأسماء المستعارة للمقابلات تلقائيًا، ولا يمكن اختيارها.</translation>
    </message>
    <message>
        <source>Consent can only be withdrawn after it was recorded.</source>
        <translation>لا يمكن سحب الموافقة إلا بعد تسجيلها.</translation>
    </message>
    <message>
        <source>The visit, kind and pseudonym of an interview cannot be changed.</source>
        <translation>لا يمكن تغيير زيارة المقابلة ولا نوعها ولا اسمها المستعار.</translation>
    </message>
    <message>
        <source>A withdrawal of consent cannot be undone.</source>
        <translation>لا يمكن التراجع عن سحب الموافقة.</translation>
    </message>
    <message>
        <source>Consent always includes anonymous, aggregate use.</source>
        <translation>تشمل الموافقة دائمًا الاستخدام الإجمالي دون كشف الهوية.</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality: it allows only anonymous, aggregate use and anonymous quotes. Hear the person in a private interview to go further.</source>
        <translation>لا تكفل المقابلة الجماعية أي سرية: فهي لا تسمح إلا بالاستخدام الإجمالي والاقتباس دون كشف الهوية. استمع إلى الشخص في مقابلة خاصة للمضي أبعد من ذلك.</translation>
    </message>
    <message>
        <source>A child&apos;s consent must be sought in an adapted way; record how it was adapted.</source>
        <translation>يجب طلب موافقة الطفل بطريقة مكيَّفة؛ سجِّل كيف جرى تكييفها.</translation>
    </message>
    <message>
        <source>A consent record cannot be changed: record a new consent or withdraw it.</source>
        <translation>لا يمكن تغيير قيد الموافقة: سجِّل موافقة جديدة أو اسحبها.</translation>
    </message>
    <message>
        <source>Identity entries are restricted to coordinators.</source>
        <translation>قيود الهوية مقصورة على المنسقين.</translation>
    </message>
    <message>
        <source>Identity entries must be sealed.</source>
        <translation>يجب ختم قيود الهوية.</translation>
    </message>
    <message>
        <source>A name or ID number can only be recorded when the interviewee consented to the use of their name or to the referral of their case.</source>
        <translation>لا يمكن تسجيل اسم أو رقم هوية إلا إذا وافق الشخص الذي تمت مقابلته على استخدام اسمه أو على إحالة حالته.</translation>
    </message>
    <message>
        <source>An identity entry cannot be changed: delete it and write a new one.</source>
        <translation>لا يمكن تغيير قيد الهوية: احذفه واكتب قيدًا جديدًا.</translation>
    </message>
    <message>
        <source>Delete the identity entries of this interview first.</source>
        <translation>احذف قيود الهوية الخاصة بهذه المقابلة أولًا.</translation>
    </message>
    <message>
        <source>A consent record is kept as long as its interview.</source>
        <translation>يُحتفظ بقيد الموافقة ما دامت المقابلة التي يخصها محفوظة.</translation>
    </message>
    <message>
        <source>Notes cannot be written before the interviewee&apos;s consent is recorded.</source>
        <translation>لا يمكن تدوين الملاحظات قبل تسجيل موافقة الشخص الذي تمت مقابلته.</translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing more can be recorded from this interview.</source>
        <translation>سحب الشخص الذي تمت مقابلته موافقته: لا يمكن تسجيل أي شيء آخر من هذه المقابلة.</translation>
    </message>
    <message>
        <source>Deleted identity entries and consent records cannot be restored.</source>
        <translation>لا يمكن استعادة قيود الهوية وقيود الموافقة المحذوفة.</translation>
    </message>
    <message>
        <source>The interview this allegation came from was deleted.</source>
        <translation>حُذفت المقابلة التي ورد فيها هذا الادعاء.</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that cannot be part of it. Only letters and digits are used.</source>
        <translation>يحتوي مفتاح الاسترداد على محرف لا يمكن أن يكون جزءًا منه. لا يُستخدم فيه سوى الحروف اللاتينية والأرقام.</translation>
    </message>
    <message>
        <source>A recovery key has %1 groups of %2 characters; this one has %3 characters.</source>
        <translation>يتألف مفتاح الاسترداد من مجموعات عددها %1، وعدد المحارف في كل مجموعة %2؛ أما هذا المفتاح فعدد محارفه %3.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key is mistyped. Check it against the paper copy.</source>
        <translation>المجموعة %1 من مفتاح الاسترداد مكتوبة بشكل خاطئ. قارنها بالنسخة الورقية.</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>دوِّن مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way back into the vault. Write it on paper or print it now, and keep it somewhere safe, away from this computer. It will not be shown again.</source>
        <translation>إذا نُسيت عبارة المرور يومًا، فهذا المفتاح هو السبيل الوحيد للعودة إلى الخزنة. اكتبه على ورقة أو اطبعه الآن، واحفظه في مكان آمن بعيدًا عن هذا الحاسوب. لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>لقد دوّنته</translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation>لقد دوّنت مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>طباعة مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Vigil recovery key</source>
        <translation>مفتاح استرداد Vigil</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>الخزنة: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>طُبع في %1</translation>
    </message>
    <message>
        <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer. Letters O, I and L may be read as 0, 1 and 1.</source>
        <translation>يستطيع أي شخص يحوز هذا المفتاح فتح الخزنة. احفظه في مكان مقفل، بعيدًا عن الحاسوب. يمكن قراءة الحروف O وI وL على أنها 0 و1 و1.</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Period checked, from</source>
        <translation>الفترة المفحوصة، من</translation>
    </message>
    <message>
        <source>Period checked, to</source>
        <translation>الفترة المفحوصة، إلى</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Register check notes</source>
        <translation>ملاحظات فحص السجل</translation>
    </message>
    <message>
        <source>Anomalies found</source>
        <translation>حالات الخلل المكتشفة</translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation>حالة خلل: %1</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;سجل:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>start of period</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>end of period</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>register check notes</source>
        <translation>ملاحظات فحص السجل</translation>
    </message>
    <message>
        <source>Change register</source>
        <translation>تغيير السجل</translation>
    </message>
    <message>
        <source>Change anomalies</source>
        <translation>تغيير حالات الخلل</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckRepository</name>
    <message>
        <source>register_check.period_to: the period ends (%1) before it starts (%2)</source>
        <translation>register_check.period_to: تنتهي الفترة (%1) قبل أن تبدأ (%2)</translation>
    </message>
    <message>
        <source>The register check does not exist or was deleted.</source>
        <translation>فحص السجل غير موجود أو حُذف.</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterChecksPanel</name>
    <message>
        <source>Delete re&amp;gister check</source>
        <translation>حذف &amp;فحص السجل</translation>
    </message>
    <message>
        <source>Add register c&amp;heck</source>
        <translation>إضافة فحص &amp;سجل</translation>
    </message>
    <message>
        <source>Add a register check</source>
        <translation>إضافة فحص سجل</translation>
    </message>
    <message>
        <source>Delete the selected register check</source>
        <translation>حذف فحص السجل المحدد</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>فحوص السجلات</translation>
    </message>
    <message>
        <source>Add register check</source>
        <translation>إضافة فحص سجل</translation>
    </message>
    <message>
        <source>Delete register check</source>
        <translation>حذف فحص السجل</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A register and the period checked, e.g. &quot;Segregation, 1/3/24 – 31/3/24&quot;</extracomment>
        <translation>%1، %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n anomalies)</source>
        <translation>
            <numerusform> (%n حالة خلل)</numerusform>
            <numerusform> (%n حالة خلل)</numerusform>
            <numerusform> (%n حالة خلل)</numerusform>
            <numerusform> (%n حالات خلل)</numerusform>
            <numerusform> (%n حالةَ خلل)</numerusform>
            <numerusform> (%n حالة خلل)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportBuilderPage</name>
    <message>
        <source>Kind of report</source>
        <translation>نوع التقرير</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export the report as PDF, ODT or HTML</source>
        <translation>تصدير التقرير بصيغة PDF أو ODT أو HTML</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>جارٍ تحديث المعاينة…</translation>
    </message>
    <message>
        <source>The preview could not be built.</source>
        <translation>تعذّر إنشاء المعاينة.</translation>
    </message>
    <message numerus="yes">
        <source>On export, the publication guard takes out %n item(s) this kind of report may not show; the preview leaves them out already.</source>
        <translation>
            <numerusform>عند التصدير، يستبعد حارس النشر %n عنصر لا يجوز أن يُظهرها هذا النوع من التقارير؛ والمعاينة تستبعدها سلفًا.</numerusform>
            <numerusform>عند التصدير، يستبعد حارس النشر %n عنصر لا يجوز أن يُظهرها هذا النوع من التقارير؛ والمعاينة تستبعدها سلفًا.</numerusform>
            <numerusform>عند التصدير، يستبعد حارس النشر %n عنصر لا يجوز أن يُظهرها هذا النوع من التقارير؛ والمعاينة تستبعدها سلفًا.</numerusform>
            <numerusform>عند التصدير، يستبعد حارس النشر %n عناصر لا يجوز أن يُظهرها هذا النوع من التقارير؛ والمعاينة تستبعدها سلفًا.</numerusform>
            <numerusform>عند التصدير، يستبعد حارس النشر %n عنصرًا لا يجوز أن يُظهرها هذا النوع من التقارير؛ والمعاينة تستبعدها سلفًا.</numerusform>
            <numerusform>عند التصدير، يستبعد حارس النشر %n عنصر لا يجوز أن يُظهرها هذا النوع من التقارير؛ والمعاينة تستبعدها سلفًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to resolve or accept before export.</source>
        <translation>
            <numerusform>%n تحذير يلزم حلها أو قبولها قبل التصدير.</numerusform>
            <numerusform>%n تحذير يلزم حلها أو قبولها قبل التصدير.</numerusform>
            <numerusform>%n تحذير يلزم حلها أو قبولها قبل التصدير.</numerusform>
            <numerusform>%n تحذيرات يلزم حلها أو قبولها قبل التصدير.</numerusform>
            <numerusform>%n تحذيرًا يلزم حلها أو قبولها قبل التصدير.</numerusform>
            <numerusform>%n تحذير يلزم حلها أو قبولها قبل التصدير.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportEditCommands</name>
    <message>
        <source>Internal notes</source>
        <translation>الملاحظات الداخلية</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>الملخص العلني</translation>
    </message>
    <message>
        <source>Report to the authorities</source>
        <translation>التقرير المقدَّم إلى السلطات</translation>
    </message>
    <message>
        <source>Edit report text</source>
        <translation>تحرير نص التقرير</translation>
    </message>
    <message>
        <source>Restore the report&apos;s own text</source>
        <translation>استعادة النص الأصلي للتقرير</translation>
    </message>
    <message>
        <source>Include in: %1</source>
        <extracomment>%1 is a kind of report, e.g. &quot;Public summary&quot;</extracomment>
        <translation>تضمين في: %1</translation>
    </message>
    <message>
        <source>Leave out of: %1</source>
        <translation>استبعاد من: %1</translation>
    </message>
    <message>
        <source>Move in the report</source>
        <translation>نقل داخل التقرير</translation>
    </message>
    <message>
        <source>Add a paragraph to the report</source>
        <translation>إضافة فقرة إلى التقرير</translation>
    </message>
    <message>
        <source>Add a quote to the report</source>
        <translation>إضافة اقتباس إلى التقرير</translation>
    </message>
    <message>
        <source>Remove from the report</source>
        <translation>إزالة من التقرير</translation>
    </message>
</context>
<context>
    <name>vigil::ReportItemEditor</name>
    <message>
        <source>Restore the &amp;original text</source>
        <translation>استعادة النص &amp;الأصلي</translation>
    </message>
    <message>
        <source>Text of the selected part of the report</source>
        <translation>نص الجزء المحدد من التقرير</translation>
    </message>
    <message>
        <source>Restore the text the report builds from the record</source>
        <translation>استعادة النص الذي يُنشئه التقرير من البيانات المسجَّلة</translation>
    </message>
    <message>
        <source>Choose a part of the report in the outline to edit its text, move it, or untick it to leave it out of this kind of report.</source>
        <translation>اختر جزءًا من التقرير في المخطط لتحرير نصه أو نقله، أو ألغِ تحديده لاستبعاده من هذا النوع من التقارير.</translation>
    </message>
    <message>
        <source>This section has no text of its own; its parts are below it.</source>
        <translation>ليس لهذا القسم نص خاص به؛ وأجزاؤه مدرجة تحته.</translation>
    </message>
    <message>
        <source>You replaced the text the report builds from the record. Restore it to follow the record again.</source>
        <translation>لقد استبدلت النص الذي يُنشئه التقرير من البيانات المسجَّلة. استعِده ليتبع البيانات المسجَّلة من جديد.</translation>
    </message>
    <message>
        <source>Edits change the report only; the record stays as it is.</source>
        <translation>لا تغيّر التعديلات سوى التقرير؛ وتبقى البيانات المسجَّلة كما هي.</translation>
    </message>
    <message>
        <source>An excerpt of an interview. The publication guard checks its consent for each kind of report.</source>
        <translation>مقتطف من مقابلة. يتحقق حارس النشر من الموافقة المتعلقة به لكل نوع من أنواع التقارير.</translation>
    </message>
    <message>
        <source>A paragraph you added to the report.</source>
        <translation>فقرة أضفتها إلى التقرير.</translation>
    </message>
    <message>
        <source>Recommendations are edited on the visit&apos;s Recommendations tab.</source>
        <translation>تُحرَّر التوصيات في علامة التبويب «التوصيات» الخاصة بالزيارة.</translation>
    </message>
    <message>
        <source>A photo from the visit&apos;s attachments.</source>
        <translation>صورة من مرفقات الزيارة.</translation>
    </message>
    <message>
        <source>Tables are made from the record.</source>
        <translation>تُنشأ الجداول من البيانات المسجَّلة.</translation>
    </message>
</context>
<context>
    <name>vigil::ReportOutlineModel</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>vigil::ReportOutlinePane</name>
    <message>
        <source>Add &amp;quote…</source>
        <translation>إضافة &amp;اقتباس…</translation>
    </message>
    <message>
        <source>Add &amp;paragraph…</source>
        <translation>إضافة &amp;فقرة…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Outline of the report</source>
        <translation>مخطط التقرير</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>Add a quote from an interview</source>
        <translation>إضافة اقتباس من مقابلة</translation>
    </message>
    <message>
        <source>Add a paragraph of your own</source>
        <translation>إضافة فقرة من إعدادك</translation>
    </message>
    <message>
        <source>Remove the added quote or paragraph</source>
        <translation>إزالة الاقتباس أو الفقرة المضافة</translation>
    </message>
</context>
<context>
    <name>vigil::ReportPreview</name>
    <message>
        <source>Preview of the report</source>
        <translation>معاينة التقرير</translation>
    </message>
</context>
<context>
    <name>vigil::Roster</name>
    <message>
        <source>A device list entry received from the organisation is malformed.</source>
        <translation>قيد في قائمة الأجهزة وارد من المنظمة مشوَّه البنية.</translation>
    </message>
    <message>
        <source>The device keys could not be used.</source>
        <translation>تعذّر استخدام مفاتيح الجهاز.</translation>
    </message>
    <message>
        <source>A device list entry is signed by a device that is not a coordinator of this organisation.</source>
        <translation>قيد في قائمة الأجهزة موقَّع من جهاز ليس منسقًا لهذه المنظمة.</translation>
    </message>
    <message>
        <source>A device list entry failed its signature check.</source>
        <translation>فشل التحقق من توقيع قيد في قائمة الأجهزة.</translation>
    </message>
</context>
<context>
    <name>vigil::RosterModel</name>
    <message>
        <source>(deleted person)</source>
        <translation>(شخص محذوف)</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>أُبطل في %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>vigil::SearchPage</name>
    <message>
        <source>Any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>كلمات البحث</translation>
    </message>
    <message>
        <source>Words to find in findings, interviews, observations…</source>
        <translation>كلمات للبحث عنها في الاستنتاجات والمقابلات والمشاهدات…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Only this place</source>
        <translation>هذا المكان فقط</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>الزيارات من</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>الزيارات حتى</translation>
    </message>
    <message>
        <source>Finding category</source>
        <translation>فئة الاستنتاج</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;مكان:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;فئة:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;حتى:</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>تضمين %1</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>أي مكان</translation>
    </message>
    <message>
        <source>Type words to search the findings, recommendations, observations, interviews, register checks and access log.</source>
        <translation>اكتب كلمات للبحث في الاستنتاجات والتوصيات والمشاهدات والمقابلات وفحوص السجلات وسجل الوصول.</translation>
    </message>
    <message>
        <source>Choose at least one kind of record to search.</source>
        <translation>اختر نوعًا واحدًا على الأقل من البيانات للبحث فيه.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; add words or filters to narrow them.</source>
        <translation>
            <numerusform>أول %n نتيجة؛ أضف كلمات أو عوامل تصفية لتضييقها.</numerusform>
            <numerusform>أول %n نتيجة؛ أضف كلمات أو عوامل تصفية لتضييقها.</numerusform>
            <numerusform>أول %n نتيجة؛ أضف كلمات أو عوامل تصفية لتضييقها.</numerusform>
            <numerusform>أول %n نتائج؛ أضف كلمات أو عوامل تصفية لتضييقها.</numerusform>
            <numerusform>أول %n نتيجةً؛ أضف كلمات أو عوامل تصفية لتضييقها.</numerusform>
            <numerusform>أول %n نتيجة؛ أضف كلمات أو عوامل تصفية لتضييقها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n نتيجة.</numerusform>
            <numerusform>%n نتيجة.</numerusform>
            <numerusform>%n نتيجة.</numerusform>
            <numerusform>%n نتائج.</numerusform>
            <numerusform>%n نتيجةً.</numerusform>
            <numerusform>%n نتيجة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SearchResultModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>النص المطابق</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>تاريخ الزيارة</translation>
    </message>
</context>
<context>
    <name>vigil::SearchService</name>
    <message>
        <source>The search could not be run: %1</source>
        <translation>تعذّر إجراء البحث: %1</translation>
    </message>
</context>
<context>
    <name>vigil::SecretFile</name>
    <message>
        <source>%1 is empty; it must hold the passphrase on its first line.</source>
        <translation>%1 فارغ؛ يجب أن يحتوي على عبارة المرور في سطره الأول.</translation>
    </message>
</context>
<context>
    <name>vigil::SmartHintsWidget</name>
    <message>
        <source>&lt;b&gt;Is it SMART?&lt;/b&gt;</source>
        <translation>&lt;b&gt;هل تستوفي معايير SMART؟&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What exactly should change?</source>
        <translation>ما الذي ينبغي تغييره بالتحديد؟</translation>
    </message>
    <message>
        <source>Who can act on it?</source>
        <translation>من يستطيع تنفيذها؟</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>بحلول متى؟</translation>
    </message>
    <message>
        <source>Which finding supports it?</source>
        <translation>أي استنتاج يدعمها؟</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ تمت الإجابة</translation>
    </message>
</context>
<context>
    <name>vigil::StatisticsCharts</name>
    <message>
        <source>%1: nothing this year</source>
        <translation>%1: لا شيء هذه السنة</translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation>الأماكن التي جرت زيارتها، حسب النوع</translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation>الاستنتاجات، حسب الموضوع</translation>
    </message>
    <message>
        <source>Recommendations issued: implementation</source>
        <translation>التوصيات الصادرة: التنفيذ</translation>
    </message>
    <message>
        <source>No recommendation was issued this year</source>
        <translation>لم تصدر أي توصية هذه السنة</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>منفَّذة</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>منفَّذة جزئيًا</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>غير منفَّذة</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>لم يُتحقق منها بعد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigil::StatisticsPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Year of the figures</source>
        <translation>سنة الأرقام</translation>
    </message>
    <message>
        <source>Export the year&apos;s figures as CSV</source>
        <translation>تصدير أرقام السنة بصيغة CSV</translation>
    </message>
    <message>
        <source>Figures of the year</source>
        <translation>أرقام السنة</translation>
    </message>
    <message>
        <source>Charts of the year</source>
        <translation>الرسوم البيانية للسنة</translation>
    </message>
    <message>
        <source>Chart of the places visited, by type</source>
        <translation>رسم بياني للأماكن التي جرت زيارتها، حسب النوع</translation>
    </message>
    <message>
        <source>Chart of the findings, by theme</source>
        <translation>رسم بياني للاستنتاجات، حسب الموضوع</translation>
    </message>
    <message>
        <source>Chart of the implementation of recommendations</source>
        <translation>رسم بياني لتنفيذ التوصيات</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>الأماكن التي جرت زيارتها</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;سنة:</translation>
    </message>
    <message>
        <source>Annual figures</source>
        <translation>الأرقام السنوية</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <source>The figures could not be counted.</source>
        <translation>تعذّر عدّ الأرقام.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Annual figures %1.csv</source>
        <translation>الأرقام السنوية %1.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The figures could not be saved as %1.</source>
        <translation>تعذّر حفظ الأرقام باسم %1.</translation>
    </message>
    <message>
        <source>The figures were saved as %1.</source>
        <translation>حُفظت الأرقام باسم %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s), %L2 of them unannounced; places visited: %L3.</source>
        <translation>
            <numerusform>%1: %n زيارة، منها %L2 غير معلنة؛ الأماكن التي جرت زيارتها: %L3.</numerusform>
            <numerusform>%1: %n زيارة، منها %L2 غير معلنة؛ الأماكن التي جرت زيارتها: %L3.</numerusform>
            <numerusform>%1: %n زيارة، منها %L2 غير معلنة؛ الأماكن التي جرت زيارتها: %L3.</numerusform>
            <numerusform>%1: %n زيارات، منها %L2 غير معلنة؛ الأماكن التي جرت زيارتها: %L3.</numerusform>
            <numerusform>%1: %n زيارةً، منها %L2 غير معلنة؛ الأماكن التي جرت زيارتها: %L3.</numerusform>
            <numerusform>%1: %n زيارة، منها %L2 غير معلنة؛ الأماكن التي جرت زيارتها: %L3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Strength: –</source>
        <translation>القوة: –</translation>
    </message>
</context>
<context>
    <name>vigil::SyncActions</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>مزامنة ال&amp;آن</translation>
    </message>
    <message>
        <source>Send and receive the organisation&apos;s changes now</source>
        <translation>إرسال تغييرات المنظمة واستلامها الآن</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>إ&amp;عدادات المزامنة…</translation>
    </message>
    <message>
        <source>Choose the sync folder or server</source>
        <translation>اختيار مجلد المزامنة أو الخادم</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>الان&amp;ضمام إلى منظمة…</translation>
    </message>
    <message>
        <source>Join with an invitation file from your coordinator</source>
        <translation>الانضمام بملف دعوة من منسقك</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>الأ&amp;جهزة…</translation>
    </message>
    <message>
        <source>The organisation, its devices and enrolment requests</source>
        <translation>المنظمة وأجهزتها وطلبات التسجيل</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>ال&amp;تعارضات…</translation>
    </message>
    <message>
        <source>Edits made on two devices at once, to settle</source>
        <translation>تعديلات أُجريت على جهازين في الوقت نفسه، تنتظر التسوية</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
</context>
<context>
    <name>vigil::SyncController</name>
    <message>
        <source>The sync stopped unexpectedly.</source>
        <translation>توقفت المزامنة على نحو غير متوقع.</translation>
    </message>
    <message>
        <source>%1: the enrolment request could not be read.</source>
        <translation>%1: تعذّرت قراءة طلب التسجيل.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigil::SyncInboxPage</name>
    <message>
        <source>Sync inbox</source>
        <translation>وارد المزامنة</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>مزامنة ال&amp;آن</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>إ&amp;عدادات المزامنة…</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>إعدادات المزامنة</translation>
    </message>
    <message>
        <source>Open &amp;quarantine folder</source>
        <translation>فتح مجلد ال&amp;عزل</translation>
    </message>
    <message>
        <source>Open the quarantine folder</source>
        <translation>فتح مجلد العزل</translation>
    </message>
    <message>
        <source>Bundles that were refused stay there, still encrypted, with a file saying why.</source>
        <translation>تبقى الحزم المرفوضة هناك، مشفّرةً كما هي، مع ملف يبيّن السبب.</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>الحزم المستلمة</translation>
    </message>
    <message>
        <source>Nothing has been received yet. Bundles from the other devices of your organisation are listed here after each sync.</source>
        <translation>لم يُستلم شيء بعدُ. تُدرج هنا بعد كل مزامنة الحزمُ الواردة من الأجهزة الأخرى في منظمتك.</translation>
    </message>
    <message>
        <source>This vault is not in an organisation, so it has nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation>هذه الخزنة ليست في منظمة، لذا لا يوجد من تتزامن معه. انضمّ إلى منظمة بدعوة من منسقك.</translation>
    </message>
    <message>
        <source>Choose a sync folder (a USB stick or a shared drive) or a WebDAV server in the sync settings.</source>
        <translation>اختر مجلد مزامنة (ذاكرة USB أو محرك مشترك) أو خادم WebDAV في إعدادات المزامنة.</translation>
    </message>
    <message>
        <source>Last sync at %1: %2</source>
        <extracomment>%1 is the time of the last successful sync, %2 what it did</extracomment>
        <translation>آخر مزامنة في %1: %2</translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>المزامنة التلقائية التالية في %1.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncSession</name>
    <message>
        <source>The vault&apos;s sync folder could not be created.</source>
        <translation>تعذّر إنشاء مجلد المزامنة الخاص بالخزنة.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received</source>
        <translation>
            <numerusform>%n حزمة مستلمة</numerusform>
            <numerusform>حزمة واحدة (%n) مستلمة</numerusform>
            <numerusform>حزمتان (%n) مستلمتان</numerusform>
            <numerusform>%n حزم مستلمة</numerusform>
            <numerusform>%n حزمةً مستلمة</numerusform>
            <numerusform>%n حزمة مستلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n معزولة</numerusform>
            <numerusform>%n معزولة</numerusform>
            <numerusform>%n معزولتان</numerusform>
            <numerusform>%n معزولة</numerusform>
            <numerusform>%n معزولة</numerusform>
            <numerusform>%n معزولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an earlier one</source>
        <translation>
            <numerusform>%n بانتظار حزمة سابقة</numerusform>
            <numerusform>%n بانتظار حزمة سابقة</numerusform>
            <numerusform>%n بانتظار حزمة سابقة</numerusform>
            <numerusform>%n بانتظار حزمة سابقة</numerusform>
            <numerusform>%n بانتظار حزمة سابقة</numerusform>
            <numerusform>%n بانتظار حزمة سابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n مُرسَلة</numerusform>
            <numerusform>%n مُرسَلة</numerusform>
            <numerusform>%n مُرسَلتان</numerusform>
            <numerusform>%n مُرسَلة</numerusform>
            <numerusform>%n مُرسَلة</numerusform>
            <numerusform>%n مُرسَلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment request(s)</source>
        <translation>
            <numerusform>%n طلب تسجيل</numerusform>
            <numerusform>طلب تسجيل واحد (%n)</numerusform>
            <numerusform>طلبا تسجيل (%n)</numerusform>
            <numerusform>%n طلبات تسجيل</numerusform>
            <numerusform>%n طلبَ تسجيل</numerusform>
            <numerusform>%n طلب تسجيل</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>أُلغيت المزامنة.</translation>
    </message>
    <message>
        <source>This vault is not in an organisation yet, so there is nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation>هذه الخزنة ليست في منظمة بعدُ، لذا لا يوجد من تتزامن معه. انضمّ إلى منظمة بدعوة من منسقك.</translation>
    </message>
    <message>
        <source>Only an enrolled device of an organisation can send bundles.</source>
        <translation>لا يمكن إرسال الحزم إلا من جهاز مسجَّل في منظمة.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>إعدادات المزامنة</translation>
    </message>
    <message>
        <source>How this device syncs</source>
        <translation>كيفية مزامنة هذا الجهاز</translation>
    </message>
    <message>
        <source>A folder: USB stick or shared drive</source>
        <translation>مجلد: ذاكرة USB أو محرك مشترك</translation>
    </message>
    <message>
        <source>A WebDAV server: Nextcloud, ownCloud, …</source>
        <translation>خادم WebDAV: Nextcloud أو ownCloud أو …</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <source>For example /media/stick/vigil</source>
        <translation>مثلًا /media/stick/vigil</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>اختيار مجلد المزامنة</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>اسم المستخدم على الخادم</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>كلمة المرور على الخادم</translation>
    </message>
    <message>
        <source>Certificate pin</source>
        <translation>تثبيت الشهادة</translation>
    </message>
    <message>
        <source>Optional: 64 hexadecimal digits</source>
        <translation>اختياري: 64 رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>For a server with its own certificate: the SHA-256 of its public key, as your coordinator gave it. Sync refuses any other server.</source>
        <translation>لخادم بشهادته الخاصة: قيمة SHA-256 لمفتاحه العام، كما أعطاك إياها منسقك. ترفض المزامنة أي خادم آخر.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>مزامنة &amp;تلقائية</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>مزامنة تلقائية</translation>
    </message>
    <message>
        <source>&amp;Remove confirmed sensitive content from this laptop</source>
        <translation>إ&amp;زالة المحتوى الحساس المؤكَّد من هذا الحاسوب المحمول</translation>
    </message>
    <message>
        <source>Remove confirmed sensitive content from this laptop</source>
        <translation>إزالة المحتوى الحساس المؤكَّد من هذا الحاسوب المحمول</translation>
    </message>
    <message>
        <source>Once the coordinators have confirmed they received everything of a closed visit, remove its interview notes, identity entries and photos from this laptop. Off by default.</source>
        <translation>بعد أن يؤكد المنسقون أنهم تلقوا كل ما يتعلق بزيارة مغلقة، تُزال ملاحظات مقابلاتها وقيود الهوية والصور من هذا الحاسوب المحمول. معطَّل افتراضيًا.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>&amp;Sync through:</source>
        <translation>ال&amp;مزامنة عبر:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Certificate p&amp;in:</source>
        <translation>&amp;تثبيت الشهادة:</translation>
    </message>
    <message>
        <source>Runs every 15 minutes and when the network comes back; a sync folder is used whenever it is plugged in.</source>
        <translation>تعمل كل 15 دقيقة وعند عودة الشبكة؛ ويُستخدم مجلد المزامنة كلما كان موصولًا.</translation>
    </message>
    <message>
        <source>Save the sync settings</source>
        <translation>حفظ إعدادات المزامنة</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>اتركه فارغًا للإبقاء على كلمة المرور المخزنة</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n file(s) wait in this device&apos;s mailbox.</source>
        <translation>
            <numerusform>متصل. %n ملف ينتظر في صندوق بريد هذا الجهاز.</numerusform>
            <numerusform>متصل. ملف واحد (%n) ينتظر في صندوق بريد هذا الجهاز.</numerusform>
            <numerusform>متصل. ملفان (%n) ينتظران في صندوق بريد هذا الجهاز.</numerusform>
            <numerusform>متصل. %n ملفات تنتظر في صندوق بريد هذا الجهاز.</numerusform>
            <numerusform>متصل. %n ملفًا ينتظر في صندوق بريد هذا الجهاز.</numerusform>
            <numerusform>متصل. %n ملف ينتظر في صندوق بريد هذا الجهاز.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusText</name>
    <message>
        <source>connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>receiving %1 of %2</source>
        <extracomment>%1 of %2 files received from the mailbox</extracomment>
        <translation>جارٍ استلام %1 من %2</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>جارٍ الاستلام</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>sending %1 of %2</source>
        <extracomment>%1 of %2 devices the bundles are written for</extracomment>
        <translation>جارٍ الإرسال %1 من %2</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Not in an organisation</source>
        <translation>ليس في منظمة</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>المزامنة غير مُعدّة</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تُجرَ مزامنة بعدُ</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the step, e.g. &quot;receiving 2 of 5&quot;</extracomment>
        <translation>جارٍ المزامنة… %1</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n مستلمة</numerusform>
            <numerusform>%n مستلمة</numerusform>
            <numerusform>%n مستلمتان</numerusform>
            <numerusform>%n مستلمة</numerusform>
            <numerusform>%n مستلمة</numerusform>
            <numerusform>%n مستلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n معزولة</numerusform>
            <numerusform>%n معزولة</numerusform>
            <numerusform>%n معزولتان</numerusform>
            <numerusform>%n معزولة</numerusform>
            <numerusform>%n معزولة</numerusform>
            <numerusform>%n معزولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n منتظرة</numerusform>
            <numerusform>%n منتظرة</numerusform>
            <numerusform>%n منتظرتان</numerusform>
            <numerusform>%n منتظرة</numerusform>
            <numerusform>%n منتظرة</numerusform>
            <numerusform>%n منتظرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1 (%2)</source>
        <extracomment>%1 is the time, %2 what was received, e.g. &quot;3 received, 1 quarantined&quot;</extracomment>
        <translation>تمت المزامنة في %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <extracomment>%1 is the time, %2 the reason in a plain sentence</extracomment>
        <translation>فشلت المزامنة في %1: %2</translation>
    </message>
    <message>
        <source>Choose a sync folder or server in Sync &gt; Sync settings.</source>
        <translation>اختر مجلد مزامنة أو خادمًا في مزامنة &gt; إعدادات المزامنة.</translation>
    </message>
    <message>
        <source>This vault syncs once it has joined an organisation.</source>
        <translation>تتزامن هذه الخزنة بعد انضمامها إلى منظمة.</translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>المزامنة التلقائية التالية في %1.</translation>
    </message>
    <message>
        <source>Click to open the sync inbox.</source>
        <translation>انقر لفتح وارد المزامنة.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusWidget</name>
    <message>
        <source>Sync status: %1</source>
        <extracomment>Read by screen readers before the sync state, e.g. &quot;Sync status: Synced at 14:32&quot;</extracomment>
        <translation>حالة المزامنة: %1</translation>
    </message>
    <message>
        <source>Opens the sync inbox</source>
        <translation>يفتح وارد المزامنة</translation>
    </message>
</context>
<context>
    <name>vigil::TeamPanel</name>
    <message>
        <source>&amp;Add to team</source>
        <translation>&amp;إضافة إلى الفريق</translation>
    </message>
    <message>
        <source>&amp;Remove from team</source>
        <translation>&amp;إزالة من الفريق</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>أعضاء الفريق</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>الشخص المراد إضافته</translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation>دور الشخص المراد إضافته</translation>
    </message>
    <message>
        <source>Add the person to the team</source>
        <translation>إضافة الشخص إلى الفريق</translation>
    </message>
    <message>
        <source>Role of the selected member</source>
        <translation>دور العضو المحدد</translation>
    </message>
    <message>
        <source>Remove the selected member from the team</source>
        <translation>إزالة العضو المحدد من الفريق</translation>
    </message>
    <message>
        <source>Role on this &amp;visit:</source>
        <translation>&amp;الدور في هذه الزيارة:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A team member: name, then their role on the visit</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No one is on the team yet.</source>
        <translation>لا يوجد أحد في الفريق بعد.</translation>
    </message>
    <message>
        <source>The team has no lead.</source>
        <translation>ليس للفريق رئيس.</translation>
    </message>
    <message>
        <source>Add %1 to the team</source>
        <translation>إضافة %1 إلى الفريق</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>إزالة من الفريق</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
</context>
<context>
    <name>vigil::TemplateLoader</name>
    <message>
        <source>Checklist template, %1: %2</source>
        <translation>قالب قائمة التحقق، %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>عمق التداخل يتجاوز الحد الأقصى (%1)</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>قيمة منطقية (true/false)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>is not a field of the format (known: %1)</source>
        <translation>ليس حقلًا من حقول التنسيق (الحقول المعروفة: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>يجب أن يكون نصًا، لا %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>يتجاوز طوله الحد الأقصى البالغ %1 من المحارف</translation>
    </message>
    <message>
        <source>must be a list of text, not %1</source>
        <translation>يجب أن يكون قائمة نصوص، لا %1</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>يتجاوز عدد عناصره %1</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>يجب أن يتراوح طوله بين 1 و%1 من المحارف</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>يكرر «%1»</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>يجب أن يكون كائنًا، لا %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>«%1» لا يجوز أن يحتوي إلا على حروف وأرقام و«.» و«_» و«-»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier question</source>
        <translation>«%1» مستخدم في سؤال سابق</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«%1» ليس من بين: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: yes_no, yes_no_partly, number, text, choice</source>
        <translation>«%1» ليس من بين: yes_no, yes_no_partly, number, text, choice</translation>
    </message>
    <message>
        <source>must list at least two choices when answer is &quot;choice&quot;</source>
        <translation>يجب أن يتضمن خيارين على الأقل عندما تكون قيمة answer هي &quot;choice&quot;</translation>
    </message>
    <message>
        <source>is only allowed when answer is &quot;choice&quot;</source>
        <translation>لا يُسمح به إلا عندما تكون قيمة answer هي &quot;choice&quot;</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>is larger than %1 KiB</source>
        <translation>يتجاوز حجمه %1 KiB</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>ليس JSON صالحًا (%1)</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>يجب أن يحتوي على كائن JSON واحد</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;; this file is something else or needs a newer Vigil</source>
        <translation>يجب أن تكون القيمة &quot;%1&quot;؛ هذا الملف من نوع آخر أو يتطلب إصدارًا أحدث من Vigil</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000, not %1</source>
        <translation>يجب أن يكون عددًا صحيحًا من 1 إلى 1000000، لا %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>«%1» لا يجوز أن يحتوي إلا على حروف لاتينية صغيرة وأرقام و«.» و«_» و«-»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot; or &quot;zh-CN&quot;</source>
        <translation>«%1» ليس رمز لغة مثل &quot;en&quot; أو &quot;zh-CN&quot;</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>يجب أن يكون قائمة، لا %1</translation>
    </message>
    <message>
        <source>must hold 1 to %1 questions, not %2</source>
        <translation>يجب أن يحتوي على 1 إلى %1 من الأسئلة، لا %2</translation>
    </message>
</context>
<context>
    <name>vigil::TrackerFilterBar</name>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Filter by supervising authority</source>
        <translation>التصفية حسب السلطة الإشرافية</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>التصفية حسب الموضوع</translation>
    </message>
    <message>
        <source>Filter by place type</source>
        <translation>التصفية حسب نوع المكان</translation>
    </message>
    <message>
        <source>From the year</source>
        <translation>من السنة</translation>
    </message>
    <message>
        <source>To the year</source>
        <translation>إلى السنة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Drafts are listed only when chosen here</source>
        <translation>لا تُدرج المسودات إلا إذا اختيرت هنا</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>أي موضوع</translation>
    </message>
    <message>
        <source>Any type of place</source>
        <translation>أي نوع من الأماكن</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;سلطة:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <source>Place &amp;type:</source>
        <translation>&amp;نوع المكان:</translation>
    </message>
    <message>
        <source>Visits &amp;from:</source>
        <translation>&amp;زيارات من:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>أي سلطة</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>أي سنة</translation>
    </message>
</context>
<context>
    <name>vigil::TrackerModel</name>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2)، %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>How many times it was made before, on earlier visits</source>
        <translation>عدد مرات تقديمها من قبل، في زيارات سابقة</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>مكرَّرة</translation>
    </message>
</context>
<context>
    <name>vigil::TransportFactory</name>
    <message>
        <source>Sync is not set up on this device: choose a sync folder or a WebDAV server in the sync settings.</source>
        <translation>المزامنة غير مُعدّة على هذا الجهاز: اختر مجلد مزامنة أو خادم WebDAV في إعدادات المزامنة.</translation>
    </message>
</context>
<context>
    <name>vigil::TransportSettingsStore</name>
    <message>
        <source>Choose the sync folder (a USB stick or a shared drive) by its full path.</source>
        <translation>اختر مجلد المزامنة (ذاكرة USB أو محرك مشترك) بمساره الكامل.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (sync never uses an unencrypted connection).</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ https:// (لا تستخدم المزامنة أبدًا اتصالًا غير مشفّر).</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>ضع اسم المستخدم في حقله الخاص، لا في عنوان الخادم.</translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 value (64 hexadecimal digits).</source>
        <translation>يجب أن يكون تثبيت الشهادة قيمة SHA-256 (64 رقمًا ست عشريًا).</translation>
    </message>
    <message>
        <source>Choose how this device syncs: a folder or a WebDAV server.</source>
        <translation>اختر كيفية مزامنة هذا الجهاز: مجلد أو خادم WebDAV.</translation>
    </message>
</context>
<context>
    <name>vigil::UnitDialog</name>
    <message>
        <source>Add unit to %1</source>
        <translation>إضافة وحدة إلى %1</translation>
    </message>
    <message>
        <source>Name of the unit</source>
        <translation>اسم الوحدة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;اسم:</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>نوع الوحدة</translation>
    </message>
    <message>
        <source>For example: wing, segregation, health</source>
        <translation>مثلًا: جناح، عزل، رعاية صحية</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>عدد صحيح؛ اتركه فارغًا إذا كان غير معروف</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;طاقة استيعابية:</translation>
    </message>
    <message>
        <source>What the unit still needs</source>
        <translation>ما ينقص بيانات الوحدة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>إضافة وحدة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>أدخل اسم الوحدة.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>يجب أن تكون الطاقة الاستيعابية عددًا صحيحًا، أو أن تُترك فارغة إذا كانت غير معروفة.</translation>
    </message>
    <message>
        <source>The unit could not be added.</source>
        <translation>تعذّرت إضافة الوحدة.</translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation>إضافة الوحدة %1</translation>
    </message>
</context>
<context>
    <name>vigil::Vault</name>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>لا توجد خزنة Vigil في %1.</translation>
    </message>
    <message>
        <source>A vault already exists at %1.</source>
        <translation>توجد خزنة بالفعل في %1.</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty or new folder for the vault.</source>
        <translation>%1 ليس فارغًا. اختر مجلدًا فارغًا أو جديدًا للخزنة.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>يجب ألا تكون عبارة المرور فارغة.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>يجب ألا تكون عبارة المرور الجديدة فارغة.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing. Restore it from a backup.</source>
        <translation>ملف قاعدة بيانات الخزنة مفقود. استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is empty: the file was truncated or replaced. Restore it from a backup.</source>
        <translation>قاعدة بيانات الخزنة فارغة: اقتُطع الملف أو استُبدل. استعِدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>عبارة المرور غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitEvidence</name>
    <message>
        <source>Interview %1</source>
        <translation>المقابلة %1</translation>
    </message>
    <message>
        <source>Observation: %1</source>
        <translation>مشاهدة: %1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>فحص السجل: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Evidence: an access event, its kind and its time</extracomment>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>مرفق: %1</translation>
    </message>
    <message>
        <source>Checklist %1: %2</source>
        <translation>قائمة التحقق %1: %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>بلا إجابة</translation>
    </message>
</context>
<context>
    <name>vigil::VisitHeader</name>
    <message>
        <source>Unannounced</source>
        <translation>غير معلنة</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>زيارة غير معلنة</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>مكان غير معروف</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>الموعد المقرر: %1</translation>
    </message>
    <message>
        <source>On site %1</source>
        <translation>في الموقع: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>نقل إلى «%1»</translation>
    </message>
    <message>
        <source>Move the visit to %1</source>
        <translation>نقل الزيارة إلى «%1»</translation>
    </message>
    <message>
        <source>Move visit to %1</source>
        <translation>نقل الزيارة إلى «%1»</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>إلغاء الزيارة</translation>
    </message>
    <message>
        <source>The visit will be closed without taking place. This cannot be undone.
Why is it cancelled?</source>
        <translation>ستُغلق الزيارة دون أن تُجرى. لا يمكن التراجع عن ذلك.
ما سبب الإلغاء؟</translation>
    </message>
    <message>
        <source>Move the visit from %1 to %2?</source>
        <translation>نقل الزيارة من «%1» إلى «%2»؟</translation>
    </message>
    <message>
        <source>This step cannot be undone.</source>
        <translation>لا يمكن التراجع عن هذه الخطوة.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLabels</name>
    <message>
        <source>Team lead</source>
        <translation>رئيس الفريق</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>راصد</translation>
    </message>
    <message>
        <source>Medical doctor</source>
        <translation>طبيب</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم شفوي</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>خبير</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>تأخير</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>عرقلة</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>مشاهدة</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>رسم تخطيطي</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>قياس</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>مقتطف من سجل</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Custody and admission</source>
        <translation>الاحتجاز والإيداع</translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation>التأديب</translation>
    </message>
    <message>
        <source>Use of force and restraint</source>
        <translation>استخدام القوة ووسائل التقييد</translation>
    </message>
    <message>
        <source>Segregation</source>
        <translation>العزل</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>الرعاية الطبية</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <source>Incidents and deaths</source>
        <translation>الحوادث والوفيات</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>ثغرات</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>محو أو شطب</translation>
    </message>
    <message>
        <source>Late entries</source>
        <translation>قيود متأخرة</translation>
    </message>
    <message>
        <source>Unsigned sanctions</source>
        <translation>عقوبات غير موقَّعة</translation>
    </message>
    <message>
        <source>Register missing</source>
        <translation>السجل مفقود</translation>
    </message>
    <message>
        <source>Inconsistent with other sources</source>
        <translation>تعارض مع مصادر أخرى</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Place-specific</source>
        <translation>خاصة بالمكان</translation>
    </message>
    <message>
        <source>Systemic</source>
        <translation>هيكلية</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>فحص سجل</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>حدث وصول</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>إجابة قائمة التحقق</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLifecycle</name>
    <message>
        <source>Planned</source>
        <translation>مقررة</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>قيد التحضير</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>في الموقع</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>انتهى العمل الميداني</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>قيد الصياغة</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>مراجعة داخلية</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>مُرسلة إلى السلطات</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>قيد المتابعة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>الزيارة غير موجودة أو حُذفت.</translation>
    </message>
    <message>
        <source>A visit cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>لا يمكن أن تنتقل الزيارة من «%1» إلى «%2».</translation>
    </message>
</context>
<context>
    <name>vigil::VisitListModel</name>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>مكان غير معروف</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>غير معلنة</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>معلنة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>الإعلان المسبق</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>vigil::VisitRepository</name>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>النهاية المقررة سابقة للبداية المقررة.</translation>
    </message>
    <message>
        <source>The time the team left is before the time it arrived.</source>
        <translation>وقت مغادرة الفريق سابق لوقت وصوله.</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>الزيارة غير موجودة أو حُذفت.</translation>
    </message>
    <message>
        <source>This person is already on the visit&apos;s team.</source>
        <translation>هذا الشخص عضو بالفعل في فريق الزيارة.</translation>
    </message>
    <message>
        <source>The visit already has a lead; give the current lead another role first.</source>
        <translation>للزيارة رئيس فريق بالفعل؛ أسند إلى الرئيس الحالي دورًا آخر أولًا.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitWorkspace</name>
    <message>
        <source>Parts of the visit record</source>
        <translation>أقسام ملف الزيارة</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>فحوص السجلات</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>سجل الوصول</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>Observations and registers</source>
        <translation>المشاهدات والسجلات</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Refusals, delays and obstruction of access</source>
        <translation>حالات رفض الوصول وتأخيره وعرقلته</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Compile the visit report: outline, edits and a live preview</source>
        <translation>إعداد تقرير الزيارة: المخطط والتعديلات ومعاينة مباشرة</translation>
    </message>
</context>
<context>
    <name>vigil::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
</context>
<context>
    <name>vigil::VocabularyLabels</name>
    <message>
        <source>Prison</source>
        <translation>سجن</translation>
    </message>
    <message>
        <source>Remand centre</source>
        <translation>مركز حبس احتياطي</translation>
    </message>
    <message>
        <source>Police custody</source>
        <translation>احتجاز لدى الشرطة</translation>
    </message>
    <message>
        <source>Court cells</source>
        <translation>زنازين المحاكم</translation>
    </message>
    <message>
        <source>Immigration detention</source>
        <translation>احتجاز المهاجرين</translation>
    </message>
    <message>
        <source>Airport transit zone</source>
        <translation>منطقة العبور في المطار</translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation>مستشفى للأمراض النفسية</translation>
    </message>
    <message>
        <source>Social care home</source>
        <translation>دار رعاية اجتماعية</translation>
    </message>
    <message>
        <source>Juvenile centre</source>
        <translation>مركز احتجاز الأحداث</translation>
    </message>
    <message>
        <source>Military detention</source>
        <translation>احتجاز عسكري</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>وسائل النقل</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عامة</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>خاصة</translation>
    </message>
    <message>
        <source>In-depth</source>
        <translation>معمّقة</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>مخصّصة</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>مواضيعية</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مقررة</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>قيد التحضير</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>في الموقع</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>انتهى العمل الميداني</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>قيد الصياغة</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>مراجعة داخلية</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>مُرسلة إلى السلطات</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>مقبولة جزئيًا</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>غير منفَّذة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>منفَّذة جزئيًا</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>منفَّذة</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>أُعيد إصدارها</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Facility management</source>
        <translation>إدارة المرفق</translation>
    </message>
    <message>
        <source>Supervising authority</source>
        <translation>السلطة الإشرافية</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>الوزارة</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation>السلطة التشريعية</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>تدابير الحماية</translation>
    </message>
    <message>
        <source>Material conditions</source>
        <translation>الظروف المادية</translation>
    </message>
    <message>
        <source>Regime and activities</source>
        <translation>النظام والأنشطة</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>الرعاية الصحية</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>استنتاج</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>مشاهدة</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>فحص سجل</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>حدث وصول</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>فحوص السجلات</translation>
    </message>
    <message>
        <source>Access events</source>
        <translation>أحداث الوصول</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>visit type</comment>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>visit state</comment>
        <translation>صادرة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>visit state</comment>
        <translation>قيد المتابعة</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>visit state</comment>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>recommendation status</comment>
        <translation>صادرة</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>recommendation status</comment>
        <translation>مغلقة</translation>
    </message>
</context>
<context>
    <name>vigil::WebDavError</name>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة المرور.</translation>
    </message>
    <message>
        <source>The sync server is out of space. Ask whoever runs it to free some; nothing was lost.</source>
        <translation>لم تعد على خادم المزامنة مساحة كافية. اطلب ممن يديره تحرير بعض المساحة؛ لم يضع أي شيء.</translation>
    </message>
    <message>
        <source>The sync server does not accept files this large.</source>
        <translation>لا يقبل خادم المزامنة ملفات بهذا الحجم.</translation>
    </message>
    <message>
        <source>The file or folder is not on the sync server. Check the server address.</source>
        <translation>الملف أو المجلد غير موجود على خادم المزامنة. تحقّق من عنوان الخادم.</translation>
    </message>
    <message>
        <source>The sync server reported an error (HTTP %1). Vigil will try again later.</source>
        <translation>أبلغ خادم المزامنة عن خطأ (HTTP %1). سيعيد Vigil المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The sync server sent Vigil elsewhere (HTTP %1). Check the server address.</source>
        <translation>أعاد خادم المزامنة توجيه Vigil إلى مكان آخر (HTTP %1). تحقّق من عنوان الخادم.</translation>
    </message>
    <message>
        <source>The sync server refused the request (HTTP %1).</source>
        <translation>رفض خادم المزامنة الطلب (HTTP %1).</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Check the network connection and the server address.</source>
        <translation>يتعذّر الوصول إلى خادم المزامنة. تحقّق من الاتصال بالشبكة ومن عنوان الخادم.</translation>
    </message>
    <message>
        <source>The connection to the sync server was interrupted. Nothing was lost; Vigil will try again.</source>
        <translation>انقطع الاتصال بخادم المزامنة. لم يضع أي شيء؛ سيعيد Vigil المحاولة.</translation>
    </message>
    <message numerus="yes">
        <source>The sync server did not answer for %n second(s). Vigil will try again later.</source>
        <translation>
            <numerusform>لم يستجب خادم المزامنة لمدة %n ثانية. سيعيد Vigil المحاولة لاحقًا.</numerusform>
            <numerusform>لم يستجب خادم المزامنة لمدة ثانية واحدة (%n). سيعيد Vigil المحاولة لاحقًا.</numerusform>
            <numerusform>لم يستجب خادم المزامنة لمدة ثانيتين (%n). سيعيد Vigil المحاولة لاحقًا.</numerusform>
            <numerusform>لم يستجب خادم المزامنة لمدة %n ثوانٍ. سيعيد Vigil المحاولة لاحقًا.</numerusform>
            <numerusform>لم يستجب خادم المزامنة لمدة %n ثانيةً. سيعيد Vigil المحاولة لاحقًا.</numerusform>
            <numerusform>لم يستجب خادم المزامنة لمدة %n ثانية. سيعيد Vigil المحاولة لاحقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate cannot be trusted, so nothing was sent. Someone may be intercepting the connection, or the server is misconfigured; tell your coordinator.</source>
        <translation>لا يمكن الوثوق بشهادة خادم المزامنة، لذا لم يُرسَل أي شيء. ربما يعترض شخص ما الاتصال، أو أن الخادم مُعدّ إعدادًا خاطئًا؛ أبلغ منسقك.</translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate is not the one your organisation registered, so nothing was sent. Someone may be intercepting the connection; tell your coordinator.</source>
        <translation>شهادة خادم المزامنة ليست الشهادة التي سجّلتها منظمتك، لذا لم يُرسَل أي شيء. ربما يعترض شخص ما الاتصال؛ أبلغ منسقك.</translation>
    </message>
    <message>
        <source>The sync server sent a reply Vigil does not understand. Check the server address.</source>
        <translation>أرسل خادم المزامنة ردًّا لا يفهمه Vigil. تحقّق من عنوان الخادم.</translation>
    </message>
</context>
<context>
    <name>vigil::WebDavTransport</name>
    <message>
        <source>The sync server address must start with https://.</source>
        <translation>يجب أن يبدأ عنوان خادم المزامنة بـ https://.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>ضع اسم المستخدم في حقله الخاص، لا في عنوان الخادم.</translation>
    </message>
    <message>
        <source>The sync server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>يجب ألا يحتوي عنوان خادم المزامنة على &quot;?&quot; أو &quot;#&quot;.</translation>
    </message>
    <message>
        <source>The user name for the sync server must not contain a colon.</source>
        <translation>يجب ألا يحتوي اسم المستخدم لخادم المزامنة على نقطتين (:).</translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 digest of 32 bytes.</source>
        <translation>يجب أن يكون تثبيت الشهادة ملخص SHA-256 من 32 بايت.</translation>
    </message>
    <message>
        <source>WebDAV server %1</source>
        <translation>خادم WebDAV %1</translation>
    </message>
</context>
<context>
    <name>vigil::Workspace</name>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>مكان غير معروف</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>زيارة إلى %1</translation>
    </message>
    <message>
        <source>Visit to %1, %2</source>
        <translation>زيارة إلى %1، %2</translation>
    </message>
</context>
<context>
    <name>vigil::WriteTx</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>يتجاوز طوله %n محرف</numerusform>
            <numerusform>يتجاوز طوله %n محرف</numerusform>
            <numerusform>يتجاوز طوله %n محرف</numerusform>
            <numerusform>يتجاوز طوله %n محارف</numerusform>
            <numerusform>يتجاوز طوله %n محرفًا</numerusform>
            <numerusform>يتجاوز طوله %n محرف</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>يجب أن يكون بين %1 و%2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>يجب ألا يقل عن %1</translation>
    </message>
    <message>
        <source>must be a time after 1970</source>
        <translation>يجب أن يكون وقتًا بعد عام 1970</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>يجب أن يكون نعم أو لا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>«%1» ليس من بين: %2</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>يجب أن يكون تاريخًا بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation>يجب أن يكون معرّف قيد</translation>
    </message>
    <message>
        <source>must be binary data</source>
        <translation>يجب أن يكون بيانات ثنائية</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>نوعه غير معروف</translation>
    </message>
    <message>
        <source>%1.%2: refers to a %3 that does not exist or was deleted</source>
        <translation>%1.%2: يشير إلى %3 غير موجود أو محذوف</translation>
    </message>
    <message>
        <source>%1.%2: is required</source>
        <translation>%1.%2: مطلوب</translation>
    </message>
    <message>
        <source>The %1 being changed does not exist or was deleted.</source>
        <translation>العنصر %1 المراد تغييره غير موجود أو حُذف.</translation>
    </message>
    <message>
        <source>The %1 being deleted does not exist or was already deleted.</source>
        <translation>العنصر %1 المراد حذفه غير موجود أو سبق حذفه.</translation>
    </message>
    <message>
        <source>The %1 being restored does not exist or was not deleted.</source>
        <translation>العنصر %1 المراد استعادته غير موجود أو لم يُحذف.</translation>
    </message>
</context>
<context>
    <name>vigil::attachmentjobs</name>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <source>The attachment is not an image that can be shown.</source>
        <translation>المرفق ليس صورة يمكن عرضها.</translation>
    </message>
</context>
<context>
    <name>vigil::cli::CliText</name>
    <message>
        <source>Passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <source>warning: this passphrase is weak; a longer one made of several unrelated words is much harder to guess.</source>
        <translation>تحذير: عبارة المرور هذه ضعيفة؛ فالعبارة الأطول المؤلفة من عدة كلمات لا رابط بينها أصعب تخمينًا بكثير.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>This passphrase is too weak (%1). Use several unrelated words.</source>
        <translation>عبارة المرور هذه ضعيفة جدًا (%1). استخدم عدة كلمات لا رابط بينها.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>كرِّر عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>لا توجد خزنة Vigil في %1.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>مفتاح الاسترداد: %1</translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer, or give it to your coordinator. It is shown only once; with it, a forgotten passphrase can be replaced.</source>
        <translation>اكتب مفتاح الاسترداد على ورقة واحفظه بعيدًا عن هذا الحاسوب، أو سلِّمه إلى المنسق. لا يُعرض إلا مرة واحدة؛ وبه يمكن استبدال عبارة مرور منسية.</translation>
    </message>
    <message>
        <source>Created a vault at %1.</source>
        <translation>أُنشئت خزنة في %1.</translation>
    </message>
    <message>
        <source>Created a demo vault with fictional data at %1.</source>
        <translation>أُنشئت خزنة تجريبية ببيانات خيالية في %1.</translation>
    </message>
    <message>
        <source>Fictional records: %1 places, %2 visits, %3 interviews, %4 findings, %5 recommendations.</source>
        <translation>البيانات الخيالية: الأماكن %1، الزيارات %2، المقابلات %3، الاستنتاجات %4، التوصيات %5.</translation>
    </message>
    <message>
        <source>Passphrase: %1</source>
        <translation>عبارة المرور: %1</translation>
    </message>
    <message>
        <source>Vault:            %1</source>
        <translation>الخزنة:               %1</translation>
    </message>
    <message>
        <source>Name:             %1</source>
        <translation>الاسم:                %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <source>Vault id:         %1</source>
        <translation>معرّف الخزنة:         %1</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>تاريخ الإنشاء:        %1</translation>
    </message>
    <message>
        <source>Schema version:   %1</source>
        <translation>إصدار المخطط:         %1</translation>
    </message>
    <message>
        <source>Database size:    %1</source>
        <translation>حجم قاعدة البيانات:   %1</translation>
    </message>
    <message>
        <source>SQLCipher:        %1</source>
        <translation>SQLCipher:            %1</translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 passes, %2 MiB</source>
        <translation>اشتقاق المفتاح:       Argon2id، عدد التمريرات %1، الذاكرة %2 MiB</translation>
    </message>
    <message>
        <source>The vault is damaged or has been altered:</source>
        <translation>الخزنة تالفة أو جرى تعديلها:</translation>
    </message>
    <message>
        <source>The audit log has been altered:</source>
        <translation>جرى تعديل سجل التدقيق:</translation>
    </message>
    <message numerus="yes">
        <source>The vault is intact: every page decrypts and authenticates, the database is consistent, and the audit chain of %n event(s) verifies.</source>
        <translation>
            <numerusform>الخزنة سليمة: يُفك تشفير كل صفحة ويُتحقق من أصالتها، وقاعدة البيانات متسقة، وتم التحقق من سلسلة التدقيق المؤلفة من %n حدث.</numerusform>
            <numerusform>الخزنة سليمة: يُفك تشفير كل صفحة ويُتحقق من أصالتها، وقاعدة البيانات متسقة، وتم التحقق من سلسلة التدقيق المؤلفة من %n حدث.</numerusform>
            <numerusform>الخزنة سليمة: يُفك تشفير كل صفحة ويُتحقق من أصالتها، وقاعدة البيانات متسقة، وتم التحقق من سلسلة التدقيق المؤلفة من %n حدث.</numerusform>
            <numerusform>الخزنة سليمة: يُفك تشفير كل صفحة ويُتحقق من أصالتها، وقاعدة البيانات متسقة، وتم التحقق من سلسلة التدقيق المؤلفة من %n أحداث.</numerusform>
            <numerusform>الخزنة سليمة: يُفك تشفير كل صفحة ويُتحقق من أصالتها، وقاعدة البيانات متسقة، وتم التحقق من سلسلة التدقيق المؤلفة من %n حدثًا.</numerusform>
            <numerusform>الخزنة سليمة: يُفك تشفير كل صفحة ويُتحقق من أصالتها، وقاعدة البيانات متسقة، وتم التحقق من سلسلة التدقيق المؤلفة من %n حدث.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed. The old passphrase no longer opens the vault.</source>
        <translation>تم تغيير عبارة المرور. لم تعد عبارة المرور القديمة تفتح الخزنة.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>مفتاح الاسترداد: </translation>
    </message>
    <message>
        <source>The vault is open again and has a new passphrase. The recovery key stays the same.</source>
        <translation>الخزنة مفتوحة مجددًا ولها عبارة مرور جديدة. يبقى مفتاح الاسترداد كما هو.</translation>
    </message>
    <message>
        <source>This key decrypts the whole database. In the sqlcipher shell: PRAGMA key = &quot;x&apos;&lt;key&gt;&apos;&quot;; then query as usual. Do not store it.</source>
        <translation>هذا المفتاح يفك تشفير قاعدة البيانات بأكملها. في واجهة sqlcipher: PRAGMA key = &quot;x&apos;&lt;key&gt;&apos;&quot;; ثم نفِّذ الاستعلامات كالمعتاد. لا تخزّنه.</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>يتطلب الأمر search وسيطًا QUERY.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>تُكتب التواريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n نتيجة.</numerusform>
            <numerusform>%n نتيجة.</numerusform>
            <numerusform>%n نتيجة.</numerusform>
            <numerusform>%n نتائج.</numerusform>
            <numerusform>%n نتيجةً.</numerusform>
            <numerusform>%n نتيجة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for %2.</source>
        <translation>وسيط غير متوقع «%1» للأمر %2.</translation>
    </message>
    <message>
        <source>Try &apos;vigil-cli --help&apos;.</source>
        <translation>جرِّب &apos;vigil-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>أمر غير معروف: «%1».</translation>
    </message>
    <message>
        <source>--kdf-opslimit must be 1 to 64 and --kdf-memlimit-mib 8 to 4096.</source>
        <translation>يجب أن تكون قيمة --kdf-opslimit بين 1 و64، وقيمة --kdf-memlimit-mib بين 8 و4096.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>لم يُحدَّد أي أمر.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase; use --passphrase-file FILE.</source>
        <translation>لا توجد طرفية لطلب عبارة المرور؛ استخدم --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>تعذّرت كتابة التقرير.</translation>
    </message>
    <message>
        <source>There is no visit %1. &apos;vigil-cli report --list-visits&apos; shows the visits and their IDs.</source>
        <translation>لا توجد زيارة %1. يعرض الأمر &apos;vigil-cli report --list-visits&apos; الزيارات ومعرّفاتها.</translation>
    </message>
    <message>
        <source>report needs --visit ID (&apos;vigil-cli report --list-visits&apos; shows the visits and their IDs).</source>
        <translation>يتطلب الأمر report الخيار --visit ID (يعرض الأمر &apos;vigil-cli report --list-visits&apos; الزيارات ومعرّفاتها).</translation>
    </message>
    <message>
        <source>--kind is internal (confidential notes), authorities (the report to the authorities) or public (the public summary).</source>
        <translation>قيمة --kind هي internal (الملاحظات السرية) أو authorities (التقرير المقدَّم إلى السلطات) أو public (الملخص العلني).</translation>
    </message>
    <message>
        <source>report needs --out FILE, the file to write.</source>
        <translation>يتطلب الأمر report الخيار --out FILE، أي الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Say --format pdf, odt or html: the name %1 does not tell.</source>
        <translation>حدِّد --format pdf أو odt أو html: فالاسم %1 لا يدل على الصيغة.</translation>
    </message>
    <message>
        <source>--format is pdf, odt or html.</source>
        <translation>قيمة --format هي pdf أو odt أو html.</translation>
    </message>
    <message>
        <source>Vigil writes reports in these languages: %1.</source>
        <translation>يكتب Vigil التقارير بهذه اللغات: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The publication guard takes out %n item(s) this kind of report may not show:</source>
        <translation>
            <numerusform>يستبعد حارس النشر %n عنصر لا يجوز أن يُظهرها هذا النوع من التقارير:</numerusform>
            <numerusform>يستبعد حارس النشر %n عنصر لا يجوز أن يُظهرها هذا النوع من التقارير:</numerusform>
            <numerusform>يستبعد حارس النشر %n عنصر لا يجوز أن يُظهرها هذا النوع من التقارير:</numerusform>
            <numerusform>يستبعد حارس النشر %n عناصر لا يجوز أن يُظهرها هذا النوع من التقارير:</numerusform>
            <numerusform>يستبعد حارس النشر %n عنصرًا لا يجوز أن يُظهرها هذا النوع من التقارير:</numerusform>
            <numerusform>يستبعد حارس النشر %n عنصر لا يجوز أن يُظهرها هذا النوع من التقارير:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The publication guard has %n warning(s); no file was written.</source>
        <translation>
            <numerusform>لدى حارس النشر %n تحذير؛ لم يُكتب أي ملف.</numerusform>
            <numerusform>لدى حارس النشر %n تحذير؛ لم يُكتب أي ملف.</numerusform>
            <numerusform>لدى حارس النشر %n تحذير؛ لم يُكتب أي ملف.</numerusform>
            <numerusform>لدى حارس النشر %n تحذيرات؛ لم يُكتب أي ملف.</numerusform>
            <numerusform>لدى حارس النشر %n تحذيرًا؛ لم يُكتب أي ملف.</numerusform>
            <numerusform>لدى حارس النشر %n تحذير؛ لم يُكتب أي ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n warning(s) of the publication guard (recorded in the audit log):</source>
        <translation>
            <numerusform>قُبل %n تحذير من تحذيرات حارس النشر (مسجَّلة في سجل التدقيق):</numerusform>
            <numerusform>قُبل %n تحذير من تحذيرات حارس النشر (مسجَّلة في سجل التدقيق):</numerusform>
            <numerusform>قُبل %n تحذير من تحذيرات حارس النشر (مسجَّلة في سجل التدقيق):</numerusform>
            <numerusform>قُبل %n تحذيرات من تحذيرات حارس النشر (مسجَّلة في سجل التدقيق):</numerusform>
            <numerusform>قُبل %n تحذيرًا من تحذيرات حارس النشر (مسجَّلة في سجل التدقيق):</numerusform>
            <numerusform>قُبل %n تحذير من تحذيرات حارس النشر (مسجَّلة في سجل التدقيق):</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>كُتب %1.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(بلا تاريخ)</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 — %4, %5, %n recommendation(s)</source>
        <translation>
            <numerusform>%1  %2  %3 — %4، %5، %n توصية</numerusform>
            <numerusform>%1  %2  %3 — %4، %5، %n توصية</numerusform>
            <numerusform>%1  %2  %3 — %4، %5، %n توصية</numerusform>
            <numerusform>%1  %2  %3 — %4، %5، %n توصيات</numerusform>
            <numerusform>%1  %2  %3 — %4، %5، %n توصيةً</numerusform>
            <numerusform>%1  %2  %3 — %4، %5، %n توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s).</source>
        <translation>
            <numerusform>%n زيارة.</numerusform>
            <numerusform>%n زيارة.</numerusform>
            <numerusform>%n زيارة.</numerusform>
            <numerusform>%n زيارات.</numerusform>
            <numerusform>%n زيارةً.</numerusform>
            <numerusform>%n زيارة.</numerusform>
        </translation>
    </message>
    <message>
        <source>stats needs --year YYYY (or --year FROM-TO).</source>
        <translation>يتطلب الأمر stats الخيار --year YYYY (أو --year FROM-TO).</translation>
    </message>
    <message>
        <source>--year takes a year such as 2024, or a range of up to %1 years such as 2020-2024.</source>
        <translation>يقبل الخيار --year سنة مثل 2024، أو نطاقًا يصل إلى %1 سنة مثل 2020-2024.</translation>
    </message>
    <message>
        <source>stats writes --format csv only.</source>
        <translation>لا يكتب الأمر stats إلا بالصيغة --format csv.</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>تعذّرت الكتابة في المخرجات القياسية.</translation>
    </message>
    <message>
        <source>--accept-warnings needs the digest of the warnings to accept, as --accept-warnings=DIGEST: run the report without it, check the warnings it lists, and pass the digest it prints. A new or changed warning gives a new digest, so a script cannot accept warnings nobody has seen.</source>
        <translation>يتطلب الخيار --accept-warnings بصمة التحذيرات المراد قبولها، بالصيغة --accept-warnings=DIGEST: شغِّل الأمر report دونه، وافحص التحذيرات التي يسردها، ومرِّر البصمة التي يطبعها. وأي تحذير جديد أو معدَّل يعطي بصمة جديدة، فلا يمكن لبرنامج نصي أن يقبل تحذيرات لم يطّلع عليها أحد.</translation>
    </message>
    <message>
        <source>text holding a name or number of an identity entry</source>
        <translation>نص يتضمن اسمًا أو رقمًا من قيد هوية</translation>
    </message>
    <message>
        <source>a quote the interviewee&apos;s consent does not allow</source>
        <translation>اقتباس لا تسمح به موافقة الشخص الذي تمت مقابلته</translation>
    </message>
    <message>
        <source>a quote whose interviewee withdrew consent</source>
        <translation>اقتباس من شخص تمت مقابلته سحب موافقته</translation>
    </message>
    <message>
        <source>a quote from an interviewee at high risk of reprisals</source>
        <translation>اقتباس من شخص تمت مقابلته معرَّض لخطر شديد من الانتقام</translation>
    </message>
    <message>
        <source>a sentence or quote that may single out one person</source>
        <translation>جملة أو اقتباس قد يكشف عن شخص بعينه</translation>
    </message>
    <message>
        <source>an interview code that links the report to the interview record</source>
        <translation>رمز مقابلة يربط التقرير بسجل المقابلة</translation>
    </message>
    <message>
        <source>see Vigil&apos;s report builder</source>
        <translation>انظر أداة إعداد التقرير في Vigil</translation>
    </message>
    <message>
        <source>%1 (%2): %3 [%4]</source>
        <translation>%1 (%2): %3 [%4]</translation>
    </message>
    <message numerus="yes">
        <source>The publication guard&apos;s %n warning(s) are not those of the digest %1; no file was written.</source>
        <translation>
            <numerusform>تحذيرات حارس النشر (%n) ليست تلك التي تدل عليها البصمة %1؛ لم يُكتب أي ملف.</numerusform>
            <numerusform>تحذير حارس النشر (%n) ليس ذلك الذي تدل عليه البصمة %1؛ لم يُكتب أي ملف.</numerusform>
            <numerusform>تحذيرا حارس النشر (%n) ليسا اللذين تدل عليهما البصمة %1؛ لم يُكتب أي ملف.</numerusform>
            <numerusform>تحذيرات حارس النشر (%n) ليست تلك التي تدل عليها البصمة %1؛ لم يُكتب أي ملف.</numerusform>
            <numerusform>تحذيرات حارس النشر (%n) ليست تلك التي تدل عليها البصمة %1؛ لم يُكتب أي ملف.</numerusform>
            <numerusform>تحذيرات حارس النشر (%n) ليست تلك التي تدل عليها البصمة %1؛ لم يُكتب أي ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sentences are not printed; Vigil&apos;s report builder shows them, or --show-sentences at a terminal.</source>
        <translation>لا تُطبع الجمل؛ فهي تظهر في أداة إعداد التقرير في Vigil، أو باستخدام الخيار --show-sentences في طرفية.</translation>
    </message>
    <message>
        <source>Digest of these warnings: %1</source>
        <translation>بصمة هذه التحذيرات: %1</translation>
    </message>
    <message>
        <source>Change the text in Vigil&apos;s report builder, or accept exactly these warnings with --accept-warnings=%1 (the decision is recorded in the audit log).</source>
        <translation>غيِّر النص في أداة إعداد التقرير في Vigil، أو اقبل هذه التحذيرات بعينها بالخيار --accept-warnings=%1 (يُسجَّل القرار في سجل التدقيق).</translation>
    </message>
    <message>
        <source>bundle needs export or import.</source>
        <translation>يحتاج bundle إلى export أو import.</translation>
    </message>
    <message>
        <source>Usage: vigil-cli [OPTIONS] COMMAND [ARGS]

Vigil&apos;s command line: the same encrypted vault as the Vigil window.

Commands:
  init        create a new vault (prints the recovery key once)
  demo        create a vault filled with fictional demo data
  info        show the vault&apos;s identity, format and key-derivation settings
  verify      check every page&apos;s encryption, the database and the audit chain
  passwd      change the passphrase (the data is not re-encrypted)
  recover     set a new passphrase using the recovery key
  db-key      print the SQLCipher key, to open vigil.db in the sqlcipher shell
  search QUERY  full-text search of notes, findings, recommendations, observations
  stats       the annual figures of a year, or of several, as CSV
  report      a visit&apos;s report as PDF, ODT or HTML, through the publication guard
  org ACTION  the organisation: show, create, transport, invite, join, receive, devices, approve, refuse, revoke (see below)
  sync        one round of sync: receive, import, send (over the configured folder or WebDAV server, or --folder DIR)
  bundle export --out DIR | bundle import FILE... bundles for every peer into a mailbox folder, or import bundle files

Options:
  --vault DIR                the vault folder (default: %1)
  --passphrase-file FILE     read the passphrase from the first line of FILE
  --new-passphrase-file FILE the new passphrase, for init, passwd and recover
  --recovery-key-file FILE   the recovery key, for recover
  --name NAME                the vault&apos;s display name, for init and demo
  --force                    demo: replace an existing demo vault
  --place ID                 search: only this place&apos;s visits
  --from DATE, --to DATE     search: visits from/to this date (YYYY-MM-DD)
  --category CODE            search: only findings of this category
  --year YYYY[-YYYY]         stats: the year, or a series of years (one column each)
  --format csv               stats: the output format (default csv)
  --out FILE                 stats: write to FILE (with a UTF-8 byte order mark)
                             instead of standard output
  --list-visits              report: list the visits (ID, date, place, number of
                             recommendations), latest first; --place ID narrows it
  --visit ID                 report: the visit whose report to export
  --kind KIND                report: internal (confidential notes), authorities
                             (the report to the authorities) or public (summary)
  --format pdf|odt|html      report: the file format (default: from --out&apos;s ending)
  --out FILE                 report: the file to write, whole or not at all
  --language LANG            report: ar, en, es, fr, ru or zh_CN (default: the
                             visit&apos;s working language)
  --accept-warnings=DIGEST   report: accept the publication guard&apos;s warnings
                             whose digest a blocked run printed (recorded in the
                             audit log) and write the file
  --show-sentences           report: also print the sentence behind each warning,
                             only when standard error is a terminal
  --role ROLE                org invite: coordinator, lead or monitor
  --person ID                org invite: the person record of the invited user
  --label TEXT               org invite: who the invitation is for
  --folder DIR               org transport, sync: the mailbox folder
  --webdav URL               org transport: the mailbox on a WebDAV server (https)
  --user NAME, --password-file FILE
                             org transport: the WebDAV account (the password is
                             kept in the encrypted vault)
  --pin HEX                  org transport: SHA-256 of the server&apos;s public key
  --kdf-opslimit N           Argon2id passes (default 3)
  --kdf-memlimit-mib N       Argon2id memory in MiB (default 256)
  --verbose                  print technical details of errors
  -h, --help                 show this help
  --version                  show the version

Without a --passphrase-file, passphrases are read from the terminal without echo.

A report from the demo vault:
  vigil-cli demo                       (prints the passphrase)
  vigil-cli --vault %2 report --list-visits
  vigil-cli --vault %2 report --visit ID \
            --kind authorities --out report.pdf
Joining an organisation:
  coordinator: vigil-cli org create --name &quot;NPM&quot;
               vigil-cli org transport --webdav https://cloud.example.org/vigil/ \
                         --user npm-sync --password-file pw.txt
               vigil-cli org invite --role monitor --label &quot;Amina&quot; --out amina.vgi
  monitor:     vigil-cli org join amina.vgi --name &quot;Amina&apos;s laptop&quot;
               vigil-cli sync           (delivers the enrolment request)
  coordinator: vigil-cli sync           (receives it, prints its fingerprint)
               vigil-cli org approve DEVICE   (after comparing fingerprints by phone)

The publication guard always takes out what a kind of report may not show and
says so. If it warns (someone could be recognised), nothing is written and the
command exits 8 and prints the warnings&apos; digest: fix the text in Vigil&apos;s report
builder, or accept exactly these warnings with --accept-warnings=DIGEST (new or
changed warnings give a new digest and stop the export again).

Exit codes:
  0 success            1 other error          2 usage error
  3 wrong passphrase or recovery key          4 integrity failure (damaged or altered)
  5 vault not found    6 storage error (read-only, disk full, I/O)
  7 already exists     8 report not written: the publication guard warns
                         (and --accept-warnings names other warnings)
</source>
        <translation>الاستخدام: vigil-cli [OPTIONS] COMMAND [ARGS]

سطر أوامر Vigil: الخزنة المشفّرة نفسها التي تستخدمها نافذة Vigil.

الأوامر:
  init        إنشاء خزنة جديدة (يطبع مفتاح الاسترداد مرة واحدة)
  demo        إنشاء خزنة مملوءة ببيانات تجريبية خيالية
  info        عرض هوية الخزنة وتنسيقها وإعدادات اشتقاق المفتاح
  verify      التحقق من تشفير كل صفحة ومن قاعدة البيانات ومن سلسلة التدقيق
  passwd      تغيير عبارة المرور (لا يُعاد تشفير البيانات)
  recover     تعيين عبارة مرور جديدة باستخدام مفتاح الاسترداد
  db-key      طباعة مفتاح SQLCipher، لفتح vigil.db في واجهة sqlcipher
  search QUERY  بحث في النص الكامل للملاحظات والاستنتاجات والتوصيات والمشاهدات
  stats       الأرقام السنوية لسنة واحدة أو لعدة سنوات، بصيغة CSV
  report      تقرير زيارة بصيغة PDF أو ODT أو HTML، بعد مروره على حارس النشر
  org ACTION  المنظمة: show و create و transport و invite و join و receive و devices و approve و refuse و revoke (انظر أدناه)
  sync        جولة مزامنة واحدة: استلام، ثم استيراد، ثم إرسال (عبر المجلد أو خادم WebDAV المُعدّ، أو --folder DIR)
  bundle export --out DIR | bundle import FILE... حزم لكل نظير في مجلد صندوق بريد، أو استيراد ملفات حزم

الخيارات:
  --vault DIR                مجلد الخزنة (الافتراضي: %1)
  --passphrase-file FILE     قراءة عبارة المرور من السطر الأول من FILE
  --new-passphrase-file FILE عبارة المرور الجديدة، للأوامر init و passwd و recover
  --recovery-key-file FILE   مفتاح الاسترداد، للأمر recover
  --name NAME                الاسم المعروض للخزنة، للأمرين init و demo
  --force                    demo: استبدال خزنة تجريبية موجودة
  --place ID                 search: زيارات هذا المكان فقط
  --from DATE, --to DATE     search: الزيارات من هذا التاريخ / حتى هذا التاريخ (YYYY-MM-DD)
  --category CODE            search: استنتاجات هذه الفئة فقط
  --year YYYY[-YYYY]         stats: السنة، أو سلسلة من السنوات (عمود لكل سنة)
  --format csv               stats: صيغة المخرجات (الافتراضية csv)
  --out FILE                 stats: الكتابة في FILE (مع علامة ترتيب البايتات UTF-8)
                             بدلًا من المخرجات القياسية
  --list-visits              report: سرد الزيارات (المعرّف، التاريخ، المكان، عدد
                             التوصيات)، الأحدث أولًا؛ ويحصرها --place ID في مكان واحد
  --visit ID                 report: الزيارة المراد تصدير تقريرها
  --kind KIND                report: internal (الملاحظات السرية) أو authorities
                             (التقرير المقدَّم إلى السلطات) أو public (الملخص)
  --format pdf|odt|html      report: صيغة الملف (الافتراضية: حسب امتداد اسم --out)
  --out FILE                 report: الملف المراد كتابته، يُكتب كاملًا أو لا يُكتب إطلاقًا
  --language LANG            report: ar أو en أو es أو fr أو ru أو zh_CN (الافتراضية:
                             لغة عمل الزيارة)
  --accept-warnings=DIGEST   report: قبول تحذيرات حارس النشر التي طبع بصمتَها
                             تشغيلٌ أُوقف (يُسجَّل القبول في سجل
                             التدقيق) ثم كتابة الملف
  --show-sentences           report: طباعة الجملة التي يستند إليها كل تحذير أيضًا،
                             ولا يكون ذلك إلا عندما يكون الخطأ القياسي طرفية
  --role ROLE                org invite: coordinator أو lead أو monitor
  --person ID                org invite: سجل الشخص الخاص بالمستخدم المدعو
  --label TEXT               org invite: الشخص الموجهة إليه الدعوة
  --folder DIR               org transport, sync: مجلد صندوق البريد
  --webdav URL               org transport: صندوق البريد على خادم WebDAV (https)
  --user NAME, --password-file FILE
                             org transport: حساب WebDAV (تُحفظ كلمة المرور
                             في الخزنة المشفّرة)
  --pin HEX                  org transport: قيمة SHA-256 للمفتاح العام للخادم
  --kdf-opslimit N           عدد تمريرات Argon2id (الافتراضي 3)
  --kdf-memlimit-mib N       ذاكرة Argon2id بوحدة MiB (الافتراضي 256)
  --verbose                  طباعة التفاصيل التقنية للأخطاء
  -h, --help                 عرض هذه المساعدة
  --version                  عرض الإصدار

دون الخيار --passphrase-file، تُقرأ عبارات المرور من الطرفية دون إظهارها.

تقرير من الخزنة التجريبية:
  vigil-cli demo                       (يطبع عبارة المرور)
  vigil-cli --vault %2 report --list-visits
  vigil-cli --vault %2 report --visit ID \
            --kind authorities --out report.pdf
الانضمام إلى منظمة:
  المنسق:     vigil-cli org create --name &quot;NPM&quot;
               vigil-cli org transport --webdav https://cloud.example.org/vigil/ \
                         --user npm-sync --password-file pw.txt
               vigil-cli org invite --role monitor --label &quot;Amina&quot; --out amina.vgi
  الراصد:     vigil-cli org join amina.vgi --name &quot;Amina&apos;s laptop&quot;
               vigil-cli sync           (يسلّم طلب التسجيل)
  المنسق:     vigil-cli sync           (يستلمه ويطبع بصمته)
               vigil-cli org approve DEVICE   (بعد مقارنة البصمتين عبر الهاتف)

يستبعد حارس النشر دائمًا ما لا يجوز أن يُظهره نوع التقرير، ويُبيّن ذلك. وإذا أصدر
تحذيرات (لاحتمال التعرّف على شخص ما)، لا يُكتب أي شيء، وينتهي الأمر برمز الخروج 8
ويطبع بصمة التحذيرات: صحِّح النص في أداة إعداد التقرير في Vigil، أو اقبل هذه
التحذيرات بعينها بالخيار --accept-warnings=DIGEST (التحذيرات الجديدة أو المعدَّلة
تعطي بصمة جديدة وتوقف التصدير مرة أخرى).

رموز الخروج:
  0 نجاح                 1 خطأ آخر               2 خطأ في الاستخدام
  3 عبارة مرور أو مفتاح استرداد خاطئ             4 فشل التحقق من السلامة (تلف أو تعديل)
  5 لم يُعثر على الخزنة   6 خطأ في التخزين (للقراءة فقط، القرص ممتلئ، إدخال/إخراج)
  7 موجود بالفعل         8 لم يُكتب التقرير: حارس النشر يُصدر تحذيرات
                         (أو يشير --accept-warnings إلى تحذيرات أخرى)
</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذّر قراءة %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation>%1 أكبر من أن يكون ملف منظمة Vigil.</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <source>lead inspector</source>
        <translation>مفتش رئيسي</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>راصد</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>هذا الجهاز: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>البصمة: %1</translation>
    </message>
    <message>
        <source>Not in an organisation (standalone vault).</source>
        <translation>ليست في منظمة (خزنة مستقلة).</translation>
    </message>
    <message>
        <source>Organisation: %1 (%2)</source>
        <translation>المنظمة: %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>الدور: %1</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>مسجَّل.</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval.</source>
        <translation>بانتظار موافقة المنسق.</translation>
    </message>
    <message>
        <source>Give either --folder DIR or --webdav URL.</source>
        <translation>حدّد إما --folder DIR أو --webdav URL.</translation>
    </message>
    <message>
        <source>--pin takes the SHA-256 of the server&apos;s public key, 64 hexadecimal digits.</source>
        <translation>يأخذ الخيار --pin قيمة SHA-256 للمفتاح العام للخادم، 64 رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>org invite needs --role and --out FILE.vgi.</source>
        <translation>يحتاج org invite إلى --role و--out FILE.vgi.</translation>
    </message>
    <message>
        <source>Invitation written to %1. Hand it over in person or on a USB stick; it can be used once, within 14 days.</source>
        <translation>كُتبت الدعوة في %1. سلّمها شخصيًا أو على ذاكرة USB؛ يمكن استخدامها مرة واحدة، خلال 14 يومًا.</translation>
    </message>
    <message>
        <source>org join needs the invitation file.</source>
        <translation>يحتاج org join إلى ملف الدعوة.</translation>
    </message>
    <message>
        <source>Joined %1 as %2, waiting for approval.</source>
        <translation>انضممتَ إلى %1 بصفة %2، بانتظار الموافقة.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint: %1</source>
        <translation>بصمة المنسق: %1</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint: %1</source>
        <translation>بصمة هذا الجهاز: %1</translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator. Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation>ترسل مزامنتك التالية الطلب إلى المنسق. ثم اقرآ البصمتين كلٌّ للآخر عبر الهاتف: يجب أن تتطابقا تمامًا.</translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator (or carry %1 to them). Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation>ترسل مزامنتك التالية الطلب إلى المنسق (أو احمل %1 إليه). ثم اقرآ البصمتين كلٌّ للآخر عبر الهاتف: يجب أن تتطابقا تمامًا.</translation>
    </message>
    <message>
        <source>org receive needs the enrolment request file.</source>
        <translation>يحتاج org receive إلى ملف طلب التسجيل.</translation>
    </message>
    <message>
        <source>Request from %1 (%2, invited as %3).</source>
        <translation>طلب من %1 (%2، مدعو بصفة %3).</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>الجهاز: %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint by phone with the one shown on the device, then: vigil-cli org approve %1</source>
        <translation>قارن البصمة عبر الهاتف بالبصمة المعروضة على الجهاز، ثم: vigil-cli org approve %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>أُبطل %1</translation>
    </message>
    <message>
        <source>%1  waiting for approval  %2  %3</source>
        <translation>%1  بانتظار الموافقة  %2  %3</translation>
    </message>
    <message>
        <source>org %1 needs the device id.</source>
        <translation>يحتاج org %1 إلى معرّف الجهاز.</translation>
    </message>
    <message>
        <source>%1 is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation>أصبح %1 الآن في المنظمة بصفة %2. يتلقى قائمة الأجهزة مع مزامنتك التالية.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>رُفض الطلب.</translation>
    </message>
    <message>
        <source>The device is revoked: its bundles are refused from now on, and nothing more is sent to it.</source>
        <translation>أُبطل الجهاز: تُرفض حزمه من الآن فصاعدًا، ولا يُرسَل إليه أي شيء بعد ذلك.</translation>
    </message>
    <message>
        <source>org needs one of: %1.</source>
        <translation>يحتاج org إلى أحد ما يلي: %1.</translation>
    </message>
    <message>
        <source>org create needs --name, the organisation&apos;s name.</source>
        <translation>يحتاج org create إلى --name، اسم المنظمة.</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported (%n change(s)).</source>
        <translation>
            <numerusform>%1: استُورد (%n تغيير).</numerusform>
            <numerusform>%1: استُورد (تغيير واحد، %n).</numerusform>
            <numerusform>%1: استُورد (تغييران، %n).</numerusform>
            <numerusform>%1: استُورد (%n تغييرات).</numerusform>
            <numerusform>%1: استُورد (%n تغييرًا).</numerusform>
            <numerusform>%1: استُورد (%n تغيير).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported, nothing changed.</source>
        <translation>%1: سبق استيراده، لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1: waits for an earlier bundle from the same device.</source>
        <translation>%1: ينتظر حزمة سابقة من الجهاز نفسه.</translation>
    </message>
    <message>
        <source>%1: refused and moved to the quarantine folder. %2</source>
        <translation>%1: رُفض ونُقل إلى مجلد العزل. %2</translation>
    </message>
    <message>
        <source>Enrolment request from %1 (%2). Fingerprint: %3. Compare it by phone, then: vigil-cli org approve %4</source>
        <translation>طلب تسجيل من %1 (%2). البصمة: %3. قارنها عبر الهاتف، ثم: vigil-cli org approve %4</translation>
    </message>
    <message>
        <source>An enrolment request was refused: %1</source>
        <translation>رُفض طلب تسجيل: %1</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>جارٍ المزامنة مع %1…</translation>
    </message>
    <message>
        <source>Your enrolment request was delivered to the coordinator.</source>
        <translation>سُلّم طلب التسجيل الخاص بك إلى المنسق.</translation>
    </message>
    <message>
        <source>Attachment %1 is too large to travel in a bundle; it stays on this device.</source>
        <translation>المرفق %1 أكبر من أن يُنقل في حزمة؛ يبقى على هذا الجهاز.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: the sensitive content of %n closed visit(s) was removed from this device.</source>
        <translation>
            <numerusform>الاحتفاظ: أُزيل المحتوى الحساس لـ %n زيارة مغلقة من هذا الجهاز.</numerusform>
            <numerusform>الاحتفاظ: أُزيل المحتوى الحساس لزيارة مغلقة واحدة (%n) من هذا الجهاز.</numerusform>
            <numerusform>الاحتفاظ: أُزيل المحتوى الحساس لزيارتين مغلقتين (%n) من هذا الجهاز.</numerusform>
            <numerusform>الاحتفاظ: أُزيل المحتوى الحساس لـ %n زيارات مغلقة من هذا الجهاز.</numerusform>
            <numerusform>الاحتفاظ: أُزيل المحتوى الحساس لـ %n زيارةً مغلقة من هذا الجهاز.</numerusform>
            <numerusform>الاحتفاظ: أُزيل المحتوى الحساس لـ %n زيارة مغلقة من هذا الجهاز.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle export needs --out DIR, the mailbox folder (for example on a USB stick).</source>
        <translation>يحتاج bundle export إلى --out DIR، مجلد صندوق البريد (مثلًا على ذاكرة USB).</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) written to %1.</source>
        <translation>
            <numerusform>كُتبت %n حزمة في %1.</numerusform>
            <numerusform>كُتبت حزمة واحدة (%n) في %1.</numerusform>
            <numerusform>كُتبت حزمتان (%n) في %1.</numerusform>
            <numerusform>كُتبت %n حزم في %1.</numerusform>
            <numerusform>كُتبت %n حزمةً في %1.</numerusform>
            <numerusform>كُتبت %n حزمة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle import needs one or more files.</source>
        <translation>يحتاج bundle import إلى ملف واحد أو أكثر.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) were refused.</source>
        <translation>
            <numerusform>رُفضت %n حزمة.</numerusform>
            <numerusform>رُفضت حزمة واحدة (%n).</numerusform>
            <numerusform>رُفضت حزمتان (%n).</numerusform>
            <numerusform>رُفضت %n حزم.</numerusform>
            <numerusform>رُفضت %n حزمةً.</numerusform>
            <numerusform>رُفضت %n حزمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>This device was revoked by the coordinator: it no longer syncs.</source>
        <translation>أبطل المنسق تسجيل هذا الجهاز: لم يعد يُجري المزامنة.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ليس ملفًا.</translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnexSections</name>
    <message>
        <source>Annexes</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور الفوتوغرافية</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>الصورة %1: %2</translation>
    </message>
    <message>
        <source>Registers examined</source>
        <translation>السجلات التي جرى فحصها</translation>
    </message>
    <message>
        <source>Registers examined during the visit</source>
        <translation>السجلات التي جرى فحصها أثناء الزيارة</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Period examined</source>
        <translation>الفترة التي شملها الفحص</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>أوجه الخلل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>لم يُعثر على أي خلل</translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnualStatistics</name>
    <message>
        <source>Choose from one to %1 years between 1 and 9998.</source>
        <translation>اختر من سنة واحدة إلى %1 سنة، بين 1 و9998.</translation>
    </message>
</context>
<context>
    <name>vigil::report::FindingSections</name>
    <message>
        <source>Standards: %1</source>
        <translation>المعايير: %1</translation>
    </message>
    <message numerus="yes">
        <source>Severity: %1. Corroborated by %n source(s).</source>
        <translation>
            <numerusform>درجة الخطورة: %1. تؤيده %n مصدر.</numerusform>
            <numerusform>درجة الخطورة: %1. تؤيده %n مصدر.</numerusform>
            <numerusform>درجة الخطورة: %1. تؤيده %n مصدر.</numerusform>
            <numerusform>درجة الخطورة: %1. تؤيده %n مصادر.</numerusform>
            <numerusform>درجة الخطورة: %1. تؤيده %n مصدرًا.</numerusform>
            <numerusform>درجة الخطورة: %1. تؤيده %n مصدر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>الممارسات الجيدة</translation>
    </message>
    <message>
        <source>The team made no findings on this visit.</source>
        <translation>لم يخلص الفريق إلى أي استنتاج في هذه الزيارة.</translation>
    </message>
</context>
<context>
    <name>vigil::report::GuardText</name>
    <message>
        <source>the only woman;the only women;the only female;the only girl;the only boy;the only man;the only foreign national;the only foreigner;the only non-national;the only child;the only minor;the only juvenile;the only detainee;the only prisoner;the only patient;the only resident;the only person;the only one;only one woman;only one foreign national;only one child;sole woman;sole foreign national;sole detainee;sole</source>
        <comment>phrases of a report that single out one person, separated by semicolons; translate them and add the forms your language uses (genders, cases)</comment>
        <translation>المرأة الوحيدة;السيدة الوحيدة;الأنثى الوحيدة;الفتاة الوحيدة;الطفلة الوحيدة;الصبي الوحيد;الفتى الوحيد;الرجل الوحيد;الأجنبي الوحيد;الأجنبية الوحيدة;غير المواطن الوحيد;غير المواطنة الوحيدة;الطفل الوحيد;القاصر الوحيد;القاصرة الوحيدة;المحتجز الوحيد;المحتجزة الوحيدة;السجين الوحيد;السجينة الوحيدة;النزيل الوحيد;النزيلة الوحيدة;المريض الوحيد;المريضة الوحيدة;المقيم الوحيد;المقيمة الوحيدة;الشخص الوحيد;النساء الوحيدات;المرأتان الوحيدتان;المرأتين الوحيدتين;الوحيد من بين;الوحيدة من بين;الوحيد بين;الوحيدة بين;امرأة واحدة فقط;أجنبي واحد فقط;أجنبية واحدة فقط;طفل واحد فقط;طفلة واحدة فقط;محتجز واحد فقط;محتجزة واحدة فقط;سجين واحد فقط;سجينة واحدة فقط;سوى امرأة واحدة;سوى أجنبي واحد;سوى أجنبية واحدة;سوى طفل واحد;سوى طفلة واحدة;سوى محتجز واحد;سوى محتجزة واحدة;والمرأة الوحيدة;بالمرأة الوحيدة;للمرأة الوحيدة;والسيدة الوحيدة;بالسيدة الوحيدة;للسيدة الوحيدة;والأنثى الوحيدة;بالأنثى الوحيدة;للأنثى الوحيدة;والفتاة الوحيدة;بالفتاة الوحيدة;للفتاة الوحيدة;والطفلة الوحيدة;بالطفلة الوحيدة;للطفلة الوحيدة;والصبي الوحيد;بالصبي الوحيد;للصبي الوحيد;والفتى الوحيد;بالفتى الوحيد;للفتى الوحيد;والرجل الوحيد;بالرجل الوحيد;للرجل الوحيد;والأجنبي الوحيد;بالأجنبي الوحيد;للأجنبي الوحيد;والأجنبية الوحيدة;بالأجنبية الوحيدة;للأجنبية الوحيدة;وغير المواطن الوحيد;لغير المواطن الوحيد;وغير المواطنة الوحيدة;لغير المواطنة الوحيدة;والطفل الوحيد;بالطفل الوحيد;للطفل الوحيد;والقاصر الوحيد;بالقاصر الوحيد;للقاصر الوحيد;والقاصرة الوحيدة;بالقاصرة الوحيدة;للقاصرة الوحيدة;والمحتجز الوحيد;بالمحتجز الوحيد;للمحتجز الوحيد;والمحتجزة الوحيدة;بالمحتجزة الوحيدة;للمحتجزة الوحيدة;والسجين الوحيد;بالسجين الوحيد;للسجين الوحيد;والسجينة الوحيدة;بالسجينة الوحيدة;للسجينة الوحيدة;والنزيل الوحيد;بالنزيل الوحيد;للنزيل الوحيد;والنزيلة الوحيدة;بالنزيلة الوحيدة;للنزيلة الوحيدة;والمريض الوحيد;بالمريض الوحيد;للمريض الوحيد;والمريضة الوحيدة;بالمريضة الوحيدة;للمريضة الوحيدة;والمقيم الوحيد;بالمقيم الوحيد;للمقيم الوحيد;والمقيمة الوحيدة;بالمقيمة الوحيدة;للمقيمة الوحيدة;والشخص الوحيد;بالشخص الوحيد;للشخص الوحيد;والنساء الوحيدات;بالنساء الوحيدات;للنساء الوحيدات;والمرأتان الوحيدتان;والمرأتين الوحيدتين;بالمرأتين الوحيدتين;للمرأتين الوحيدتين</translation>
    </message>
</context>
<context>
    <name>vigil::report::HtmlRenderer</name>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>نوع المكان</translation>
    </message>
    <message>
        <source>Authority responsible</source>
        <translation>السلطة المسؤولة</translation>
    </message>
    <message>
        <source>Dates of the visit</source>
        <translation>تواريخ الزيارة</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>نوع الزيارة</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>الإعلان المسبق</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>زيارة غير معلنة</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>زيارة معلنة</translation>
    </message>
    <message>
        <source>Addressed to: %1</source>
        <translation>موجَّهة إلى: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>الأولوية: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>الموعد النهائي: %1</translation>
    </message>
</context>
<context>
    <name>vigil::report::ImageMetadata</name>
    <message>
        <source>The photo is damaged or not a JPEG or PNG image.</source>
        <translation>الصورة تالفة أو ليست صورة بصيغة JPEG أو PNG.</translation>
    </message>
</context>
<context>
    <name>vigil::report::MethodologySection</name>
    <message>
        <source>Methodology</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <source>Objectives of the visit: %1</source>
        <translation>أهداف الزيارة: %1</translation>
    </message>
    <message>
        <source>The team visited the following parts of the place: %1.</source>
        <translation>زار الفريق الأجزاء التالية من المكان: %1.</translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n observation(s) on site.</source>
        <translation>
            <numerusform>وسجّل %n مشاهدة في الموقع.</numerusform>
            <numerusform>وسجّل %n مشاهدة في الموقع.</numerusform>
            <numerusform>وسجّل %n مشاهدة في الموقع.</numerusform>
            <numerusform>وسجّل %n مشاهدات في الموقع.</numerusform>
            <numerusform>وسجّل %n مشاهدةً في الموقع.</numerusform>
            <numerusform>وسجّل %n مشاهدة في الموقع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team held %n interview(s): %1.</source>
        <translation>
            <numerusform>أجرى الفريق %n مقابلة: %1.</numerusform>
            <numerusform>أجرى الفريق %n مقابلة: %1.</numerusform>
            <numerusform>أجرى الفريق %n مقابلة: %1.</numerusform>
            <numerusform>أجرى الفريق %n مقابلات: %1.</numerusform>
            <numerusform>أجرى الفريق %n مقابلةً: %1.</numerusform>
            <numerusform>أجرى الفريق %n مقابلة: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) could not be held without witnesses.</source>
        <translation>
            <numerusform>تعذّر إجراء %n مقابلة خاصة دون شهود.</numerusform>
            <numerusform>تعذّر إجراء %n مقابلة خاصة دون شهود.</numerusform>
            <numerusform>تعذّر إجراء %n مقابلة خاصة دون شهود.</numerusform>
            <numerusform>تعذّر إجراء %n مقابلات خاصة دون شهود.</numerusform>
            <numerusform>تعذّر إجراء %n مقابلةً خاصة دون شهود.</numerusform>
            <numerusform>تعذّر إجراء %n مقابلة خاصة دون شهود.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team held no interviews.</source>
        <translation>لم يُجرِ الفريق أي مقابلة.</translation>
    </message>
    <message>
        <source>It examined the following registers: %1.</source>
        <translation>وفحص السجلات التالية: %1.</translation>
    </message>
    <message>
        <source>The team had access to every place and person it asked to see, without delay.</source>
        <translation>أُتيح للفريق دون تأخير الوصول إلى كل مكان وكل شخص طلب رؤيته.</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s access was refused, delayed or obstructed %n time(s).</source>
        <translation>
            <numerusform>رُفض وصول الفريق أو تأخّر أو عُرقل %n مرة.</numerusform>
            <numerusform>رُفض وصول الفريق أو تأخّر أو عُرقل %n مرة.</numerusform>
            <numerusform>رُفض وصول الفريق أو تأخّر أو عُرقل %n مرة.</numerusform>
            <numerusform>رُفض وصول الفريق أو تأخّر أو عُرقل %n مرات.</numerusform>
            <numerusform>رُفض وصول الفريق أو تأخّر أو عُرقل %n مرةً.</numerusform>
            <numerusform>رُفض وصول الفريق أو تأخّر أو عُرقل %n مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusals, delays and obstructions of access</source>
        <translation>حالات رفض الوصول وتأخيره وعرقلته</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>التأخير</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقةً</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Official: %1</source>
        <translation>المسؤول: %1</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>الوقت غير مسجَّل</translation>
    </message>
</context>
<context>
    <name>vigil::report::OdtRenderer</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation>تعذّرت كتابة مستند ODT.</translation>
    </message>
</context>
<context>
    <name>vigil::report::PdfRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>تعذّرت كتابة ملف PDF.</translation>
    </message>
</context>
<context>
    <name>vigil::report::PublicationGuard</name>
    <message>
        <source>Cover page</source>
        <translation>صفحة الغلاف</translation>
    </message>
    <message>
        <source>This text holds identity data of an interviewee (a name or number of an identity entry). It was taken out.</source>
        <translation>يتضمن هذا النص بيانات هوية لشخص تمت مقابلته (اسمًا أو رقمًا من قيد الهوية). وقد استُبعد.</translation>
    </message>
    <message>
        <source>The interview code %1 links the report to the interview record.</source>
        <translation>يربط رمز المقابلة %1 التقرير بسجل المقابلة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may single out one person.</source>
        <translation>قد تكشف عبارة «%1» عن شخص بعينه.</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>The quoted person is the only %1 among the people interviewed in %2: the quote may identify them.</source>
        <translation>الشخص المقتبَس كلامه هو الوحيد من فئة %1 بين الأشخاص الذين أُجريت معهم مقابلات في %2: قد يكشف الاقتباس هويته.</translation>
    </message>
</context>
<context>
    <name>vigil::report::QuoteConsent</name>
    <message>
        <source>The interviewee withdrew consent: the quote was taken out.</source>
        <translation>سحب الشخص الذي تمت مقابلته موافقته: استُبعد الاقتباس.</translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted: the quote was taken out.</source>
        <translation>لم يوافق الشخص الذي تمت مقابلته على الاقتباس من أقواله: استُبعد الاقتباس.</translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals: the quote was taken out of the public summary.</source>
        <translation>الشخص الذي تمت مقابلته معرَّض لخطر شديد من الانتقام: استُبعد الاقتباس من الملخص العلني.</translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals, and the authorities may recognise who said this.</source>
        <translation>الشخص الذي تمت مقابلته معرَّض لخطر شديد من الانتقام، وقد تتعرّف السلطات على قائل هذا الكلام.</translation>
    </message>
</context>
<context>
    <name>vigil::report::RecommendationSections</name>
    <message>
        <source>Repeats recommendation %1 of the visit of %2</source>
        <translation>تكرّر التوصية %1 من الزيارة التي جرت في %2</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>The team made no recommendations on this visit.</source>
        <translation>لم يقدّم الفريق أي توصية في هذه الزيارة.</translation>
    </message>
    <message>
        <source>Follow-up of earlier recommendations</source>
        <translation>متابعة التوصيات السابقة</translation>
    </message>
    <message>
        <source>No earlier recommendation to this place awaits implementation.</source>
        <translation>لا توجد توصية سابقة بشأن هذا المكان في انتظار التنفيذ.</translation>
    </message>
    <message>
        <source>Recommendations of earlier visits and their status</source>
        <translation>توصيات الزيارات السابقة وحالتها</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportBuilder</name>
    <message>
        <source>Internal notes on the visit to %1</source>
        <translation>ملاحظات داخلية بشأن زيارة %1</translation>
    </message>
    <message>
        <source>Visit to %1: public summary</source>
        <translation>زيارة %1: الملخص العلني</translation>
    </message>
    <message>
        <source>Report on the visit to %1</source>
        <translation>تقرير عن زيارة %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>The monitoring team</source>
        <translation>فريق الرصد</translation>
    </message>
    <message>
        <source>%1 visited %2 (%3).</source>
        <translation>زار %1 %2 (%3).</translation>
    </message>
    <message>
        <source>%1 visited %2 (%3) on %4.</source>
        <translation>زار %1 %2 (%3) في %4.</translation>
    </message>
    <message>
        <source>The visit was unannounced.</source>
        <translation>كانت الزيارة غير معلنة.</translation>
    </message>
    <message>
        <source>The visit was announced in advance.</source>
        <translation>أُعلن عن الزيارة مسبقًا.</translation>
    </message>
    <message numerus="yes">
        <source>The team made %n finding(s).</source>
        <translation>
            <numerusform>خلص الفريق إلى %n استنتاج.</numerusform>
            <numerusform>خلص الفريق إلى %n استنتاج.</numerusform>
            <numerusform>خلص الفريق إلى %n استنتاج.</numerusform>
            <numerusform>خلص الفريق إلى %n استنتاجات.</numerusform>
            <numerusform>خلص الفريق إلى %n استنتاجًا.</numerusform>
            <numerusform>خلص الفريق إلى %n استنتاج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report makes %n recommendation(s).</source>
        <translation>
            <numerusform>يتضمن هذا التقرير %n توصية.</numerusform>
            <numerusform>يتضمن هذا التقرير %n توصية.</numerusform>
            <numerusform>يتضمن هذا التقرير %n توصية.</numerusform>
            <numerusform>يتضمن هذا التقرير %n توصيات.</numerusform>
            <numerusform>يتضمن هذا التقرير %n توصيةً.</numerusform>
            <numerusform>يتضمن هذا التقرير %n توصية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential — internal notes of the monitoring body</source>
        <translation>سري — ملاحظات داخلية لهيئة الرصد</translation>
    </message>
    <message>
        <source>Confidential — internal notes of %1</source>
        <translation>سري — ملاحظات داخلية لـ %1</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportEditRepository</name>
    <message>
        <source>The report has no such part.</source>
        <translation>لا يتضمن التقرير جزءًا كهذا.</translation>
    </message>
    <message>
        <source>The quote or paragraph does not exist or was deleted.</source>
        <translation>الاقتباس أو الفقرة غير موجودة أو حُذفت.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s text is changed in the recommendation itself, so that the report and the follow-up say the same.</source>
        <translation>يُغيَّر نص التوصية في التوصية نفسها، كي يتطابق ما يقوله التقرير وما تقوله المتابعة.</translation>
    </message>
    <message>
        <source>A quote or paragraph cannot be empty; remove it instead.</source>
        <translation>لا يجوز أن يكون الاقتباس أو الفقرة فارغًا؛ أزِله بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Type or paste the words to quote.</source>
        <translation>اكتب الكلمات المراد اقتباسها أو الصقها.</translation>
    </message>
    <message>
        <source>Quotes come from the interviews of the report&apos;s own visit.</source>
        <translation>تؤخذ الاقتباسات من مقابلات الزيارة التي يخصها التقرير.</translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing said in this interview can be quoted.</source>
        <translation>سحب الشخص الذي تمت مقابلته موافقته: لا يجوز الاقتباس من أي شيء قيل في هذه المقابلة.</translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted.</source>
        <translation>لم يوافق الشخص الذي تمت مقابلته على الاقتباس من أقواله.</translation>
    </message>
    <message>
        <source>A paragraph cannot be empty.</source>
        <translation>لا يجوز أن تكون الفقرة فارغة.</translation>
    </message>
    <message>
        <source>The report edit does not exist or was deleted.</source>
        <translation>تعديل التقرير غير موجود أو حُذف.</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportFile</name>
    <message>
        <source>No file name was given for the report.</source>
        <translation>لم يُحدَّد اسم ملف للتقرير.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the report.</source>
        <translation>%1 مجلد؛ اختر اسم ملف للتقرير.</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportLabels</name>
    <message>
        <source>Custody and admission register</source>
        <translation>سجل الاحتجاز والإيداع</translation>
    </message>
    <message>
        <source>Disciplinary register</source>
        <translation>السجل التأديبي</translation>
    </message>
    <message>
        <source>Use of force and restraint register</source>
        <translation>سجل استخدام القوة ووسائل التقييد</translation>
    </message>
    <message>
        <source>Segregation register</source>
        <translation>سجل العزل</translation>
    </message>
    <message>
        <source>Medical register</source>
        <translation>السجل الطبي</translation>
    </message>
    <message>
        <source>Complaints register</source>
        <translation>سجل الشكاوى</translation>
    </message>
    <message>
        <source>Register of incidents and deaths</source>
        <translation>سجل الحوادث والوفيات</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>ثغرات</translation>
    </message>
    <message>
        <source>erasures</source>
        <translation>محو أو شطب</translation>
    </message>
    <message>
        <source>late entries</source>
        <translation>قيود متأخرة</translation>
    </message>
    <message>
        <source>unsigned sanctions</source>
        <translation>عقوبات غير موقَّعة</translation>
    </message>
    <message>
        <source>register missing</source>
        <translation>السجل مفقود</translation>
    </message>
    <message>
        <source>inconsistent with other sources</source>
        <translation>تعارض مع مصادر أخرى</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>رُفض الوصول</translation>
    </message>
    <message>
        <source>Access delayed</source>
        <translation>تأخّر الوصول</translation>
    </message>
    <message>
        <source>Work obstructed</source>
        <translation>عُرقل العمل</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>رئيس الوفد</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>الراصدون</translation>
    </message>
    <message>
        <source>Medical experts</source>
        <translation>الخبراء الطبيون</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>المترجمون الشفويون</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>الخبراء</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>المنسقون</translation>
    </message>
    <message>
        <source>Detainee, private interview</source>
        <translation>محتجز، مقابلة على انفراد</translation>
    </message>
    <message>
        <source>Group interview</source>
        <translation>مقابلة جماعية</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>أحد الموظفين</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>External source</source>
        <translation>مصدر خارجي</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>high</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>child</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>person with a disability</source>
        <translation>الأشخاص ذوي الإعاقة</translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation>أفراد مجتمع الميم</translation>
    </message>
    <message>
        <source>member of a minority</source>
        <translation>أفراد الأقليات</translation>
    </message>
    <message>
        <source>indigenous person</source>
        <translation>الشعوب الأصلية</translation>
    </message>
    <message>
        <source>foreign national</source>
        <translation>الرعايا الأجانب</translation>
    </message>
    <message>
        <source>older person</source>
        <translation>كبار السن</translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) with detainees</source>
        <translation>
            <numerusform>%n مقابلة خاصة مع محتجزين</numerusform>
            <numerusform>%n مقابلة خاصة مع محتجزين</numerusform>
            <numerusform>%n مقابلة خاصة مع محتجزين</numerusform>
            <numerusform>%n مقابلات خاصة مع محتجزين</numerusform>
            <numerusform>%n مقابلةً خاصة مع محتجزين</numerusform>
            <numerusform>%n مقابلة خاصة مع محتجزين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group interview(s)</source>
        <translation>
            <numerusform>%n مقابلة جماعية</numerusform>
            <numerusform>%n مقابلة جماعية</numerusform>
            <numerusform>%n مقابلة جماعية</numerusform>
            <numerusform>%n مقابلات جماعية</numerusform>
            <numerusform>%n مقابلةً جماعية</numerusform>
            <numerusform>%n مقابلة جماعية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with staff</source>
        <translation>
            <numerusform>%n مقابلة مع موظفين</numerusform>
            <numerusform>%n مقابلة مع موظفين</numerusform>
            <numerusform>%n مقابلة مع موظفين</numerusform>
            <numerusform>%n مقابلات مع موظفين</numerusform>
            <numerusform>%n مقابلةً مع موظفين</numerusform>
            <numerusform>%n مقابلة مع موظفين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with the management</source>
        <translation>
            <numerusform>%n مقابلة مع الإدارة</numerusform>
            <numerusform>%n مقابلة مع الإدارة</numerusform>
            <numerusform>%n مقابلة مع الإدارة</numerusform>
            <numerusform>%n مقابلات مع الإدارة</numerusform>
            <numerusform>%n مقابلةً مع الإدارة</numerusform>
            <numerusform>%n مقابلة مع الإدارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with external sources</source>
        <translation>
            <numerusform>%n مقابلة مع مصادر خارجية</numerusform>
            <numerusform>%n مقابلة مع مصادر خارجية</numerusform>
            <numerusform>%n مقابلة مع مصادر خارجية</numerusform>
            <numerusform>%n مقابلات مع مصادر خارجية</numerusform>
            <numerusform>%n مقابلةً مع مصادر خارجية</numerusform>
            <numerusform>%n مقابلة مع مصادر خارجية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>vigil::report::StatisticRows</name>
    <message>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation>الأماكن التي جرت زيارتها، حسب النوع</translation>
    </message>
    <message>
        <source>Places on record, by type</source>
        <translation>الأماكن المسجَّلة، حسب النوع</translation>
    </message>
    <message>
        <source>Visits, by type</source>
        <translation>الزيارات، حسب النوع</translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation>الاستنتاجات، حسب الموضوع</translation>
    </message>
    <message>
        <source>Good practices, by theme</source>
        <translation>الممارسات الجيدة، حسب الموضوع</translation>
    </message>
    <message>
        <source>Interviews, by kind</source>
        <translation>المقابلات، حسب النوع</translation>
    </message>
    <message>
        <source>Obstruction of access, by kind</source>
        <translation>عرقلة الوصول، حسب النوع</translation>
    </message>
    <message>
        <source>Recommendations issued and their follow-up</source>
        <translation>التوصيات الصادرة ومتابعتها</translation>
    </message>
    <message>
        <source>Recommendations, by current status</source>
        <translation>التوصيات، حسب الحالة الراهنة</translation>
    </message>
    <message>
        <source>Individual, in private</source>
        <translation>فردية، على انفراد</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>جماعية</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>مع أحد الموظفين</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>مع الإدارة</translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation>مع جهة خارجية (الأسرة، محامٍ، منظمة غير حكومية)</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>تأخير</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>عرقلة</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>الأماكن التي جرت زيارتها</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Unannounced visits</source>
        <translation>الزيارات غير المعلنة</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>الممارسات الجيدة</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>Recommendations issued</source>
        <translation>التوصيات الصادرة</translation>
    </message>
    <message>
        <source>Reprisal cases</source>
        <translation>حالات الانتقام</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <source>Accepted by the authority</source>
        <translation>قبلتها السلطة</translation>
    </message>
    <message>
        <source>Partly accepted by the authority</source>
        <translation>قبلتها السلطة جزئيًا</translation>
    </message>
    <message>
        <source>Rejected by the authority</source>
        <translation>رفضتها السلطة</translation>
    </message>
    <message>
        <source>No response recorded</source>
        <translation>لم يُسجَّل أي رد</translation>
    </message>
    <message>
        <source>Accepted fully or partly (%)</source>
        <translation>المقبولة كليًا أو جزئيًا (٪)</translation>
    </message>
    <message>
        <source>Implemented fully</source>
        <translation>منفَّذة كليًا</translation>
    </message>
    <message>
        <source>Implemented partly</source>
        <translation>منفَّذة جزئيًا</translation>
    </message>
    <message>
        <source>Implementation in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>غير منفَّذة</translation>
    </message>
    <message>
        <source>Implementation not checked yet</source>
        <translation>لم يُتحقق من التنفيذ بعد</translation>
    </message>
    <message>
        <source>Implemented fully (%)</source>
        <translation>منفَّذة كليًا (٪)</translation>
    </message>
    <message>
        <source>Implemented partly (%)</source>
        <translation>منفَّذة جزئيًا (٪)</translation>
    </message>
</context>
<context>
    <name>vigil::report::TextDocumentBuilder</name>
    <message>
        <source>Responsible authority: %1</source>
        <translation>السلطة المسؤولة: %1</translation>
    </message>
    <message>
        <source>Dates of the visit: %1</source>
        <translation>تواريخ الزيارة: %1</translation>
    </message>
    <message>
        <source>unannounced</source>
        <translation>غير معلنة</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>معلنة</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>زيارة غير معلنة</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>زيارة معلنة</translation>
    </message>
    <message>
        <source>Type of visit: %1 (%2)</source>
        <translation>نوع الزيارة: %1 (%2)</translation>
    </message>
    <message>
        <source>Visit team</source>
        <translation>فريق الزيارة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: names</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Addressee: %1</source>
        <translation>الجهة المخاطَبة: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>الأولوية: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>الموعد النهائي: %1</translation>
    </message>
    <message>
        <source>(A picture that could not be read.)</source>
        <translation>(صورة تعذّرت قراءتها.)</translation>
    </message>
    <message>
        <source>Rendering the report was cancelled.</source>
        <translation>أُلغي إنشاء التقرير.</translation>
    </message>
</context>
<context>
    <name>vigil::reportjobs</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>تعذّرت كتابة التقرير.</translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <source>The report changed since it was checked. Nothing was written: look at what the publication guard finds now.</source>
        <translation>تغيَّر التقرير منذ فحصه. لم يُكتب أي شيء: اطّلع على ما يرصده حارس النشر الآن.</translation>
    </message>
</context>
<context>
    <name>vigil::syncjobs</name>
    <message>
        <source>Sync is not set up yet. Choose a sync folder or server in Sync settings.</source>
        <translation>المزامنة غير مُعدّة بعدُ. اختر مجلد مزامنة أو خادمًا في إعدادات المزامنة.</translation>
    </message>
</context>
</TS>
