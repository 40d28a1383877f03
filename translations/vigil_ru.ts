<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <translation>Открыть или создать хранилище в каталоге &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for detention monitoring (OPCAT).</source>
        <translation>Автономный зашифрованный учёт мониторинга мест лишения свободы (ФПКП).</translation>
    </message>
</context>
<context>
    <name>vigil::AccessEventEditor</name>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Удалить событие</translation>
    </message>
    <message>
        <source>Kind of access event</source>
        <translation>Вид события доступа</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Когда это произошло</translation>
    </message>
    <message>
        <source>Area concerned</source>
        <translation>Зона учреждения</translation>
    </message>
    <message>
        <source>e.g. segregation unit</source>
        <translation>напр., отделение изоляции</translation>
    </message>
    <message>
        <source>Official responsible</source>
        <translation>Ответственное должностное лицо</translation>
    </message>
    <message>
        <source>Name or function</source>
        <translation>Имя или должность</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Delay in minutes</source>
        <translation>Задержка в минутах</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Delete the selected access event</source>
        <translation>Удалить выбранное событие доступа</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>В&amp;ремя:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Зона:</translation>
    </message>
    <message>
        <source>&amp;Official:</source>
        <translation>&amp;Должностное лицо:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>D&amp;elay:</source>
        <translation>Задер&amp;жка:</translation>
    </message>
    <message>
        <source>time of access event</source>
        <translation>время события доступа</translation>
    </message>
    <message>
        <source>area</source>
        <translation>зону</translation>
    </message>
    <message>
        <source>official</source>
        <translation>должностное лицо</translation>
    </message>
    <message>
        <source>description of access event</source>
        <translation>описание события доступа</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>задержку</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>Change kind of access event</source>
        <translation>Изменить вид события доступа</translation>
    </message>
    <message>
        <source>Delete access event</source>
        <translation>Удалить событие доступа</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>Время не указано</translation>
    </message>
</context>
<context>
    <name>vigil::AccessLogPanel</name>
    <message>
        <source>Record &amp;refusal</source>
        <translation>Зафиксировать от&amp;каз</translation>
    </message>
    <message>
        <source>Record a refusal of access now</source>
        <translation>Зафиксировать отказ в доступе сейчас</translation>
    </message>
    <message>
        <source>Record de&amp;lay</source>
        <translation>Зафиксировать зад&amp;ержку</translation>
    </message>
    <message>
        <source>Record a delay of access now</source>
        <translation>Зафиксировать задержку доступа сейчас</translation>
    </message>
    <message>
        <source>Record o&amp;bstruction</source>
        <translation>Зафиксировать во&amp;спрепятствование</translation>
    </message>
    <message>
        <source>Record an obstruction now</source>
        <translation>Зафиксировать воспрепятствование доступу сейчас</translation>
    </message>
    <message>
        <source>Access events, by time</source>
        <translation>События доступа по времени</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Зафиксировать: %1</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>время не указано</translation>
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
        <translation>Запись журнала доступа не существует или была удалена.</translation>
    </message>
</context>
<context>
    <name>vigil::AccessibleParts</name>
    <message>
        <source>Scroll %1 sideways</source>
        <translation>Прокрутка по горизонтали: %1</translation>
    </message>
    <message>
        <source>Scroll %1 up and down</source>
        <translation>Прокрутка по вертикали: %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Очистить: %1</translation>
    </message>
</context>
<context>
    <name>vigil::AddReportItemDialog</name>
    <message>
        <source>Add a quote</source>
        <translation>Добавить цитату</translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation>Добавить абзац</translation>
    </message>
    <message>
        <source>Section it goes in</source>
        <translation>Раздел, в который добавляется элемент</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>Paragraph text</source>
        <translation>Текст абзаца</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Раздел:</translation>
    </message>
    <message>
        <source>Interview quoted</source>
        <translation>Цитируемая беседа</translation>
    </message>
    <message>
        <source>&amp;Interview:</source>
        <translation>&amp;Беседа:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Фрагмент:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the kind of interview, %2 its pseudonym, e.g. &quot;Detainee, private (D-07)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No interview of this visit has consent to be quoted.</source>
        <translation>Ни по одной беседе этого посещения нет согласия на цитирование.</translation>
    </message>
    <message>
        <source>A report names no one: the quote is attributed only to the kind of interview. Whether it appears in a report depends on the consent and the kind of report.</source>
        <translation>В отчёте никто не называется по имени: цитата сопровождается только указанием вида беседы. Появится ли она в отчёте, зависит от согласия и вида отчёта.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) without consent to be quoted are not listed.</source>
        <translation>
            <numerusform>%n беседа без согласия на цитирование не показана.</numerusform>
            <numerusform>%n беседы без согласия на цитирование не показаны.</numerusform>
            <numerusform>%n бесед без согласия на цитирование не показаны.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AllegationRepository</name>
    <message>
        <source>The allegation does not exist or was deleted.</source>
        <translation>Заявление не существует или было удалено.</translation>
    </message>
    <message>
        <source>The reprisal allegation does not exist or was deleted.</source>
        <translation>Заявление о репрессалиях не существует или было удалено.</translation>
    </message>
</context>
<context>
    <name>vigil::AllegationSafeguards</name>
    <message>
        <source>A referral needs the interviewee&apos;s consent to act.</source>
        <translation>Для передачи дела требуется согласие собеседника на принятие мер.</translation>
    </message>
    <message>
        <source>An allegation can only be linked to an interview of the same visit.</source>
        <translation>Заявление можно связать только с беседой в рамках того же посещения.</translation>
    </message>
    <message>
        <source>An allegation heard in an interview can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation>Заявление, прозвучавшее в беседе, можно записать только после того, как зафиксировано согласие собеседника.</translation>
    </message>
    <message>
        <source>Acting on an allegation needs the interviewee&apos;s consent to share it with the authorities or to refer the case.</source>
        <translation>Для принятия мер по заявлению требуется согласие собеседника на передачу сведений органам власти или на передачу дела.</translation>
    </message>
    <message>
        <source>Reprisal allegations are restricted to coordinators.</source>
        <translation>Доступ к заявлениям о репрессалиях есть только у координаторов.</translation>
    </message>
    <message>
        <source>A reprisal allegation names the person only by an interview&apos;s pseudonym code, such as D-07.</source>
        <translation>В заявлении о репрессалиях лицо обозначается только кодом-псевдонимом беседы, например D-07.</translation>
    </message>
    <message>
        <source>No interview of this visit has the pseudonym %1.</source>
        <translation>Ни у одной беседы этого посещения нет псевдонима %1.</translation>
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
        <translation>Файл %1 больше допустимого размера; возможно, он повреждён или не является файлом Vigil.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentCipher</name>
    <message>
        <source>The file being read could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <source>The attachment file is damaged or was tampered with; it cannot be opened.</source>
        <translation>Файл вложения повреждён или был изменён; открыть его нельзя.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The attachment could not be written out.</source>
        <translation>Не удалось записать вложение.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Просмотр: %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Изображение %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Закрыть просмотр</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentStore</name>
    <message>
        <source>attachment.owner_id: must be the id of a record</source>
        <translation>attachment.owner_id: должно быть идентификатором записи</translation>
    </message>
    <message>
        <source>The attachment does not exist or was deleted.</source>
        <translation>Вложение не существует или было удалено.</translation>
    </message>
    <message>
        <source>The file of attachment &apos;%1&apos; is missing from the vault.</source>
        <translation>Файл вложения «%1» отсутствует в хранилище.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentsPanel</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Delete attachment…</source>
        <translation>&amp;Удалить вложение…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Import photos or documents</source>
        <translation>Импортировать фотографии или документы</translation>
    </message>
    <message>
        <source>Preview the selected image</source>
        <translation>Просмотреть выбранное изображение</translation>
    </message>
    <message>
        <source>Delete the selected attachment</source>
        <translation>Удалить выбранное вложение</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Encrypting %1…</source>
        <translation>Шифрование: %1…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;All files (*)</source>
        <translation>Фотографии и документы (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Импорт %n файла…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n файл.</numerusform>
            <numerusform>Импортировано %n файла.</numerusform>
            <numerusform>Импортировано %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <source>Only images can be previewed.</source>
        <translation>Просматривать можно только изображения.</translation>
    </message>
    <message>
        <source>Decrypting %1…</source>
        <translation>Расшифровка: %1…</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>The encrypted file and its key are destroyed. This cannot be undone.</source>
        <translation>Зашифрованный файл и его ключ будут уничтожены. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>vigil::AuditLog</name>
    <message>
        <source>audit event %1 is missing (the log jumps from %2 to %3)</source>
        <translation>событие аудита %1 отсутствует (журнал перескакивает с %2 на %3)</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3) does not follow event %4</source>
        <translation>событие аудита %1 (%2 %3) не следует за событием %4</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3, %4) was altered after it was written</source>
        <translation>событие аудита %1 (%2 %3, %4) было изменено после записи</translation>
    </message>
</context>
<context>
    <name>vigil::BodyRepository</name>
    <message>
        <source>A body cannot be placed under itself or one of its member bodies.</source>
        <translation>Орган нельзя подчинить самому себе или одному из входящих в него органов.</translation>
    </message>
    <message>
        <source>The body does not exist or was deleted.</source>
        <translation>Орган не существует или был удалён.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleError</name>
    <message>
        <source>This file is not a Vigil bundle.</source>
        <translation>Этот файл не является пакетом Vigil.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Vigil. Update Vigil and import it again.</source>
        <translation>Этот пакет создан более новой версией Vigil. Обновите Vigil и импортируйте пакет снова.</translation>
    </message>
    <message>
        <source>This bundle is larger than Vigil accepts; it was not imported.</source>
        <translation>Размер этого пакета превышает допустимый для Vigil; пакет не импортирован.</translation>
    </message>
    <message>
        <source>This bundle is incomplete; it was probably not copied or downloaded completely. Copy it again and retry.</source>
        <translation>Этот пакет неполный; вероятно, он был скопирован или загружен не полностью. Скопируйте его ещё раз и повторите попытку.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was tampered with; nothing was imported. Ask the sender to send it again.</source>
        <translation>Этот пакет повреждён или был изменён; ничего не импортировано. Попросите отправителя прислать его ещё раз.</translation>
    </message>
    <message>
        <source>This bundle comes from a device that is not enrolled in your organisation; it was not imported.</source>
        <translation>Этот пакет получен с устройства, не зарегистрированного в Вашей организации; пакет не импортирован.</translation>
    </message>
    <message>
        <source>This bundle comes from a device that was revoked; it was not imported.</source>
        <translation>Этот пакет получен с устройства, регистрация которого отозвана; пакет не импортирован.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device; it was not imported.</source>
        <translation>Этот пакет адресован не этому устройству; пакет не импортирован.</translation>
    </message>
    <message>
        <source>This bundle holds more or larger records than Vigil accepts; it was not imported.</source>
        <translation>Этот пакет содержит больше записей или записи большего размера, чем допускает Vigil; пакет не импортирован.</translation>
    </message>
    <message>
        <source>The bundle is full; the rest goes into another bundle.</source>
        <translation>Пакет заполнен; остальное будет помещено в другой пакет.</translation>
    </message>
    <message>
        <source>A record is too large to be sent in a bundle.</source>
        <translation>Запись слишком велика для отправки в пакете.</translation>
    </message>
    <message>
        <source>The bundle could not be written because of an internal error.</source>
        <translation>Не удалось записать пакет из-за внутренней ошибки.</translation>
    </message>
    <message>
        <source>Reading or writing the bundle file failed.</source>
        <translation>Ошибка чтения или записи файла пакета.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleExporter</name>
    <message>
        <source>A device does not send bundles to itself.</source>
        <translation>Устройство не отправляет пакеты самому себе.</translation>
    </message>
    <message>
        <source>Nothing is sent to “%1”: the device was revoked.</source>
        <translation>Устройству «%1» ничего не отправляется: оно отозвано.</translation>
    </message>
    <message>
        <source>The organisation&apos;s entry for “%1” has no usable key.</source>
        <translation>В записи организации для «%1» нет пригодного ключа.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleImporter</name>
    <message>
        <source>This vault is not part of an organisation, so it cannot import bundles. Join an organisation first.</source>
        <translation>Это хранилище не входит в организацию, поэтому не может импортировать пакеты. Сначала присоединитесь к организации.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from another device.</source>
        <translation>
            <numerusform>Импортировано %n изменение с другого устройства.</numerusform>
            <numerusform>Импортировано %n изменения с другого устройства.</numerusform>
            <numerusform>Импортировано %n изменений с другого устройства.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle holds changes that claim to come from this device but were not made here.</source>
        <translation>Этот пакет содержит изменения, якобы сделанные на этом устройстве, но сделанные не здесь.</translation>
    </message>
    <message>
        <source>This bundle holds changes from a device that is not in your organisation.</source>
        <translation>Этот пакет содержит изменения с устройства, не входящего в Вашу организацию.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Контрольный список:</translation>
    </message>
    <message>
        <source>There is no checklist yet for this type of place (%1).</source>
        <extracomment>%1 is a place type, e.g. &quot;Airport transit zone&quot;</extracomment>
        <translation>Для этого типа мест (%1) контрольного списка пока нет.</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Без вывода</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Вывод без названия</translation>
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
        <translation>Стандарты: %1</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Ответ на вопрос %1</translation>
    </message>
    <message>
        <source>Notes on question %1</source>
        <translation>Заметки к вопросу %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Edit checklist notes</source>
        <translation>Изменить заметки контрольного списка</translation>
    </message>
    <message>
        <source>Finding that question %1 led to</source>
        <translation>Вывод, к которому привёл вопрос %1</translation>
    </message>
    <message>
        <source>Link to finding</source>
        <translation>Связать с выводом</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>Ответить на вопрос контрольного списка</translation>
    </message>
    <message>
        <source>Link checklist answer to finding</source>
        <translation>Связать ответ контрольного списка с выводом</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistResponseRepository</name>
    <message>
        <source>The checklist answer does not exist or was deleted.</source>
        <translation>Ответ контрольного списка не существует или был удалён.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplateRepository</name>
    <message>
        <source>The checklist template does not exist or was deleted.</source>
        <translation>Шаблон контрольного списка не существует или был удалён.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplates</name>
    <message>
        <source>Immigration detention: centre visit</source>
        <translation>Места содержания мигрантов: посещение центра</translation>
    </message>
    <message>
        <source>Ill-treatment</source>
        <translation>Жестокое обращение</translation>
    </message>
    <message>
        <source>Did any detainee allege ill-treatment by staff or escorts, including during attempted removals?</source>
        <translation>Заявлял ли кто-либо из содержащихся о жестоком обращении со стороны персонала или конвоя, в том числе при попытках выдворения?</translation>
    </message>
    <message>
        <source>Ask specifically about removal attempts, transfers and the first days after arrival.</source>
        <translation>Отдельно спросите о попытках выдворения, переводах и первых днях после поступления.</translation>
    </message>
    <message>
        <source>Removal operations</source>
        <translation>Операции по выдворению</translation>
    </message>
    <message>
        <source>Are removal operations monitored, and are means of restraint during removal limited to what is strictly necessary, with nothing that may obstruct the airways?</source>
        <translation>Осуществляется ли мониторинг операций по выдворению и ограничивается ли применение средств усмирения при выдворении строго необходимым, без каких-либо средств, способных перекрыть дыхательные пути?</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Изоляция</translation>
    </message>
    <message>
        <source>Is isolation used as a punishment, to manage people who resist removal, or for longer than strictly necessary?</source>
        <translation>Применяется ли изоляция в качестве наказания, для воздействия на лиц, сопротивляющихся выдворению, или дольше, чем строго необходимо?</translation>
    </message>
    <message>
        <source>Check the isolation register for reasons, duration and who decided.</source>
        <translation>Проверьте по журналу изоляции основания, продолжительность и кем было принято решение.</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Обыски</translation>
    </message>
    <message>
        <source>Are searches carried out with respect for dignity, by staff of the same gender, without routine strip searches?</source>
        <translation>Проводятся ли обыски с уважением достоинства, сотрудниками того же пола, без планового применения обысков с раздеванием?</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовые основания</translation>
    </message>
    <message>
        <source>Does every detainee have a written, reasoned detention order based on an individual assessment of necessity and proportionality?</source>
        <translation>Имеется ли у каждого содержащегося письменное мотивированное решение о помещении под стражу, основанное на индивидуальной оценке необходимости и соразмерности?</translation>
    </message>
    <message>
        <source>Read a sample of orders: look for standard wording that shows no individual assessment.</source>
        <translation>Изучите выборку решений: обращайте внимание на шаблонные формулировки, свидетельствующие об отсутствии индивидуальной оценки.</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>Альтернативы содержанию под стражей</translation>
    </message>
    <message>
        <source>Were alternatives to detention considered and recorded in the decision to detain?</source>
        <translation>Рассматривались ли альтернативы содержанию под стражей и отражено ли это в решении о помещении под стражу?</translation>
    </message>
    <message>
        <source>Length of detention</source>
        <translation>Срок содержания</translation>
    </message>
    <message>
        <source>What is the longest current period of detention, in days? Compare with the maximum set in law.</source>
        <translation>Каков самый длительный текущий срок содержания (в днях)? Сравните с максимальным сроком, установленным законом.</translation>
    </message>
    <message>
        <source>Judicial review</source>
        <translation>Судебный контроль</translation>
    </message>
    <message>
        <source>Are detainees brought promptly before a judge, and is their detention reviewed at regular intervals?</source>
        <translation>Доставляются ли содержащиеся безотлагательно к судье и пересматривается ли законность их содержания через регулярные промежутки времени?</translation>
    </message>
    <message>
        <source>Information on rights</source>
        <translation>Информирование о правах</translation>
    </message>
    <message>
        <source>Are detainees told the reasons for their detention and their rights, orally and in writing, in a language they understand?</source>
        <translation>Сообщают ли содержащимся причины их помещения под стражу и их права — устно и письменно, на понятном им языке?</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <source>Do detainees have access to free legal advice, and can they meet lawyers in private?</source>
        <translation>Имеют ли содержащиеся доступ к бесплатной юридической консультации и могут ли они встречаться с адвокатами наедине?</translation>
    </message>
    <message>
        <source>Access to asylum</source>
        <translation>Доступ к процедуре убежища</translation>
    </message>
    <message>
        <source>Can detainees apply for asylum and contact UNHCR, NGOs and (unless they seek protection from that state) their consulate?</source>
        <translation>Могут ли содержащиеся подать ходатайство об убежище и связаться с УВКБ ООН, НПО и (если они не ищут защиты от этого государства) со своим консульством?</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Are any children detained, accompanied or unaccompanied?</source>
        <translation>Содержатся ли в центре дети — сопровождаемые или несопровождаемые?</translation>
    </message>
    <message>
        <source>Children should not be detained for immigration purposes. Record ages, length of detention and how age was assessed.</source>
        <translation>Дети не должны содержаться под стражей по иммиграционным основаниям. Зафиксируйте возраст, срок содержания и способ определения возраста.</translation>
    </message>
    <message>
        <source>Vulnerable persons</source>
        <translation>Уязвимые лица</translation>
    </message>
    <message>
        <source>Is there a procedure that identifies victims of torture or trafficking, persons with disabilities and other vulnerable persons, and leads to their release or an alternative?</source>
        <translation>Существует ли процедура выявления жертв пыток или торговли людьми, лиц с инвалидностью и других уязвимых лиц, ведущая к их освобождению или применению альтернативных мер?</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Раздельное содержание</translation>
    </message>
    <message>
        <source>Are men and women held separately (families together), and are immigration detainees held apart from people convicted of crimes?</source>
        <translation>Содержатся ли мужчины и женщины раздельно (а семьи — вместе) и содержатся ли задержанные мигранты отдельно от лиц, осуждённых за преступления?</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Can detainees complain confidentially, in their own language, to a body independent of the centre?</source>
        <translation>Могут ли содержащиеся конфиденциально, на своём языке подать жалобу в орган, независимый от центра?</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Устный перевод</translation>
    </message>
    <message>
        <source>Is professional interpretation used for medical, legal and disciplinary matters, rather than staff or other detainees?</source>
        <translation>Привлекаются ли по медицинским, правовым и дисциплинарным вопросам профессиональные переводчики, а не сотрудники или другие содержащиеся?</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Условия размещения</translation>
    </message>
    <message>
        <source>Is the accommodation suited to people who are not held for a crime, with adequate space, light, ventilation and privacy, rather than prison-like?</source>
        <translation>Соответствуют ли условия размещения тому, что эти люди содержатся не за преступление: достаточны ли площадь, освещение, вентиляция и возможность уединения, не напоминают ли условия тюремные?</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>Санитарные условия</translation>
    </message>
    <message>
        <source>Are toilets and showers sufficient in number, clean, separate for women and men, and private?</source>
        <translation>Достаточно ли туалетов и душевых, чисты ли они, раздельны ли для женщин и мужчин и обеспечивают ли уединение?</translation>
    </message>
    <message>
        <source>Food and water</source>
        <translation>Питание и вода</translation>
    </message>
    <message>
        <source>Is food adequate and culturally and religiously appropriate, and is drinking water always available?</source>
        <translation>Является ли питание достаточным и соответствующим культурным и религиозным требованиям, и всегда ли доступна питьевая вода?</translation>
    </message>
    <message>
        <source>Clothing and hygiene</source>
        <translation>Одежда и гигиена</translation>
    </message>
    <message>
        <source>Are detainees given clean clothing, bedding and hygiene products, including sanitary products for women?</source>
        <translation>Выдаются ли содержащимся чистая одежда, постельные принадлежности и средства гигиены, включая средства женской гигиены?</translation>
    </message>
    <message>
        <source>Outdoor access</source>
        <translation>Пребывание на открытом воздухе</translation>
    </message>
    <message>
        <source>Do detainees have daily access to the open air and to recreation?</source>
        <translation>Имеют ли содержащиеся ежедневный доступ на открытый воздух и к досугу?</translation>
    </message>
    <message>
        <source>Contact with the outside world</source>
        <translation>Связь с внешним миром</translation>
    </message>
    <message>
        <source>Can detainees keep or use mobile phones, make calls free of charge, and receive visits from family, friends and lawyers?</source>
        <translation>Могут ли содержащиеся хранить и использовать мобильные телефоны, бесплатно звонить, а также принимать посетителей — родственников, друзей и адвокатов?</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Are education, recreation and, for longer stays, work or training available?</source>
        <translation>Доступны ли обучение, досуг, а при длительном пребывании — работа или профессиональная подготовка?</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Религия</translation>
    </message>
    <message>
        <source>Can detainees practise their religion?</source>
        <translation>Могут ли содержащиеся исповедовать свою религию?</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>Свобода передвижения</translation>
    </message>
    <message>
        <source>Can detainees move freely within the centre during the day rather than being locked in their rooms?</source>
        <translation>Могут ли содержащиеся в дневное время свободно передвигаться по центру, а не находиться запертыми в своих комнатах?</translation>
    </message>
    <message>
        <source>Screening on arrival</source>
        <translation>Медицинский осмотр при поступлении</translation>
    </message>
    <message>
        <source>Is every detainee medically screened on arrival, including for signs of torture, trauma and infectious disease?</source>
        <translation>Проходит ли каждый содержащийся медицинский осмотр при поступлении, в том числе на предмет признаков пыток, психологической травмы и инфекционных заболеваний?</translation>
    </message>
    <message>
        <source>Harm from detention</source>
        <translation>Вред от содержания под стражей</translation>
    </message>
    <message>
        <source>When a doctor reports that detention is harming a detainee&apos;s physical or mental health, does this lead to a review of the detention?</source>
        <translation>Если врач сообщает, что содержание под стражей наносит вред физическому или психическому здоровью содержащегося, ведёт ли это к пересмотру решения о содержании?</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Психическое здоровье</translation>
    </message>
    <message>
        <source>Is psychological support available, and is there a protocol on self-harm and hunger strikes that respects medical ethics?</source>
        <translation>Доступна ли психологическая помощь и существует ли протокол действий при самоповреждениях и голодовках, соответствующий принципам медицинской этики?</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Are medical consultations confidential, with professional interpreters rather than staff or other detainees?</source>
        <translation>Являются ли медицинские консультации конфиденциальными, с участием профессиональных переводчиков, а не сотрудников или других содержащихся?</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Подготовка персонала</translation>
    </message>
    <message>
        <source>Have staff been trained in refugee and asylum law, gender and cultural awareness, and de-escalation?</source>
        <translation>Прошёл ли персонал подготовку по беженскому праву и праву убежища, гендерной и культурной восприимчивости и деэскалации?</translation>
    </message>
    <message>
        <source>Women staff</source>
        <translation>Сотрудницы</translation>
    </message>
    <message>
        <source>Are there women staff on every shift, and are women detainees searched and supervised by women?</source>
        <translation>Есть ли сотрудницы в каждой смене и осуществляют ли обыск и надзор в отношении содержащихся женщин сотрудницы?</translation>
    </message>
    <message>
        <source>Staffing levels</source>
        <translation>Укомплектованность персоналом</translation>
    </message>
    <message>
        <source>Are there enough staff for detainees to be escorted to appointments, visits and activities without cancellations?</source>
        <translation>Достаточно ли персонала, чтобы сопровождать содержащихся на приёмы, встречи с посетителями и занятия без их отмены?</translation>
    </message>
    <message>
        <source>Juvenile centre: visit</source>
        <translation>Учреждение для несовершеннолетних: посещение</translation>
    </message>
    <message>
        <source>Did any child report violence, humiliation or threats by staff?</source>
        <translation>Сообщал ли кто-либо из детей о насилии, унижениях или угрозах со стороны персонала?</translation>
    </message>
    <message>
        <source>Interview children in private, in language suited to their age, with their consent and, where needed, support.</source>
        <translation>Беседуйте с детьми наедине, языком, соответствующим их возрасту, с их согласия и, при необходимости, с поддержкой.</translation>
    </message>
    <message>
        <source>Violence between children</source>
        <translation>Насилие между детьми</translation>
    </message>
    <message>
        <source>Are children protected from violence, bullying and sexual abuse by other children, with incidents recorded and followed up?</source>
        <translation>Защищены ли дети от насилия, травли и сексуального насилия со стороны других детей, регистрируются ли такие случаи и принимаются ли по ним меры?</translation>
    </message>
    <message>
        <source>Force and restraint</source>
        <translation>Применение силы и средств усмирения</translation>
    </message>
    <message>
        <source>Is force or restraint used only in exceptional cases when all other means of control have failed, as authorised by law, and never to cause pain?</source>
        <translation>Применяются ли сила или средства усмирения только в исключительных случаях, когда все иные средства контроля исчерпаны, в порядке, установленном законом, и никогда — с целью причинения боли?</translation>
    </message>
    <message>
        <source>Solitary confinement</source>
        <translation>Одиночное заключение</translation>
    </message>
    <message>
        <source>Are children ever placed in solitary confinement, closed or dark cells?</source>
        <translation>Помещают ли когда-либо детей в одиночное заключение, в карцер или в тёмную камеру?</translation>
    </message>
    <message>
        <source>Prohibited sanctions</source>
        <translation>Запрещённые взыскания</translation>
    </message>
    <message>
        <source>Are prohibited sanctions used: corporal punishment, reduction of food, restriction of family contact, collective sanctions or labour as punishment?</source>
        <translation>Применяются ли запрещённые взыскания: телесные наказания, сокращение питания, ограничение контактов с семьёй, коллективные наказания или труд в качестве наказания?</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Оружие</translation>
    </message>
    <message>
        <source>Do staff carry weapons inside the centre?</source>
        <translation>Носит ли персонал оружие на территории учреждения?</translation>
    </message>
    <message>
        <source>Last resort</source>
        <translation>Крайняя мера</translation>
    </message>
    <message>
        <source>Is every child held under a valid order of a judicial authority, with detention used as a last resort and for the shortest appropriate time?</source>
        <translation>Содержится ли каждый ребёнок на основании действительного решения судебного органа, при этом лишение свободы применяется лишь в качестве крайней меры и в течение как можно более короткого надлежащего срока?</translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation>Досудебное содержание под стражей</translation>
    </message>
    <message>
        <source>What is the longest current pre-trial detention of a child, in days?</source>
        <translation>Каков самый длительный текущий срок досудебного содержания ребёнка под стражей (в днях)?</translation>
    </message>
    <message>
        <source>Separation from adults</source>
        <translation>Содержание отдельно от взрослых</translation>
    </message>
    <message>
        <source>Are children held apart from adults, except family members in family units?</source>
        <translation>Содержатся ли дети отдельно от взрослых, за исключением членов семьи в семейных блоках?</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <source>Are girls held apart from boys, supervised by women staff, and is attention paid to their specific needs?</source>
        <translation>Содержатся ли девочки отдельно от мальчиков под надзором сотрудниц и учитываются ли их особые потребности?</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>Уведомление родителей</translation>
    </message>
    <message>
        <source>Are parents or guardians informed at once of admission, transfer, illness, injury and release?</source>
        <translation>Незамедлительно ли уведомляются родители или опекуны о поступлении ребёнка, его переводе, болезни, травме и освобождении?</translation>
    </message>
    <message>
        <source>Are children told the rules, their rights and how to complain, in a way they understand?</source>
        <translation>Разъясняют ли детям правила, их права и порядок подачи жалоб в понятной им форме?</translation>
    </message>
    <message>
        <source>Disciplinary procedure</source>
        <translation>Дисциплинарная процедура</translation>
    </message>
    <message>
        <source>Are disciplinary sanctions decided under written rules, after the child has been heard, and recorded?</source>
        <translation>Назначаются ли дисциплинарные взыскания на основании письменных правил, после того как ребёнок был выслушан, и фиксируются ли они?</translation>
    </message>
    <message>
        <source>Can children complain confidentially to the director, to an independent body such as an ombudsperson, and through their family or lawyer?</source>
        <translation>Могут ли дети конфиденциально подать жалобу директору, в независимый орган, например омбудсмену, а также через свою семью или адвоката?</translation>
    </message>
    <message>
        <source>Do children have prompt access to a lawyer and free legal aid, with private meetings?</source>
        <translation>Имеют ли дети незамедлительный доступ к адвокату и бесплатной юридической помощи с возможностью встреч наедине?</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Документация</translation>
    </message>
    <message>
        <source>Are children&apos;s files complete and kept confidential?</source>
        <translation>Ведутся ли личные дела детей в полном объёме и обеспечивается ли их конфиденциальность?</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Наполняемость</translation>
    </message>
    <message>
        <source>How many children are held today? Compare with the capacity.</source>
        <translation>Сколько детей содержится сегодня? Сравните с вместимостью учреждения.</translation>
    </message>
    <message>
        <source>Do children sleep in individual rooms or small dormitories, with supervision at night?</source>
        <translation>Спят ли дети в отдельных комнатах или небольших спальнях и обеспечивается ли надзор в ночное время?</translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and available when needed?</source>
        <translation>Чисты ли туалеты и душевые, обеспечивают ли они уединение и доступны ли по мере необходимости?</translation>
    </message>
    <message>
        <source>Is food adequate for growing children and suited to their culture and religion, and is drinking water always available?</source>
        <translation>Достаточно ли питание для растущего организма и соответствует ли оно культуре и религии детей, и всегда ли доступна питьевая вода?</translation>
    </message>
    <message>
        <source>Clothing and belongings</source>
        <translation>Одежда и личные вещи</translation>
    </message>
    <message>
        <source>Can children wear their own clothes and keep personal belongings?</source>
        <translation>Могут ли дети носить собственную одежду и хранить личные вещи?</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Do all children of compulsory school age receive education suited to their needs, from qualified teachers, leading to recognised qualifications?</source>
        <translation>Получают ли все дети школьного возраста, подлежащие обязательному обучению, образование, соответствующее их потребностям, от квалифицированных педагогов и с получением признанных документов об образовании?</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Профессиональная подготовка</translation>
    </message>
    <message>
        <source>Is vocational training available to children who want it?</source>
        <translation>Доступна ли профессиональная подготовка детям, которые этого хотят?</translation>
    </message>
    <message>
        <source>Exercise and recreation</source>
        <translation>Физические упражнения и досуг</translation>
    </message>
    <message>
        <source>Do children have daily free exercise outdoors and time for recreation?</source>
        <translation>Есть ли у детей ежедневно время для свободных физических упражнений на открытом воздухе и для досуга?</translation>
    </message>
    <message>
        <source>Time out of room</source>
        <translation>Время вне комнаты</translation>
    </message>
    <message>
        <source>How many hours a day do children spend outside their rooms?</source>
        <translation>Сколько часов в день дети проводят вне своих комнат?</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Контакты с семьёй</translation>
    </message>
    <message>
        <source>Can children receive visits at least once a week and write or telephone at least twice a week?</source>
        <translation>Могут ли дети получать свидания не реже одного раза в неделю и писать письма или звонить не реже двух раз в неделю?</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>Реинтеграция</translation>
    </message>
    <message>
        <source>Does each child have an individual plan for release and return to the community?</source>
        <translation>Есть ли у каждого ребёнка индивидуальный план подготовки к освобождению и возвращению в общество?</translation>
    </message>
    <message>
        <source>Examination on admission</source>
        <translation>Медицинский осмотр при поступлении</translation>
    </message>
    <message>
        <source>Is every child medically examined on admission, with injuries recorded and reported?</source>
        <translation>Проходит ли каждый ребёнок медицинский осмотр при поступлении, фиксируются ли выявленные телесные повреждения и сообщается ли о них?</translation>
    </message>
    <message>
        <source>Access to health care</source>
        <translation>Доступ к медицинской помощи</translation>
    </message>
    <message>
        <source>Can children see a doctor, nurse or dentist promptly?</source>
        <translation>Могут ли дети без промедления попасть к врачу, медсестре или стоматологу?</translation>
    </message>
    <message>
        <source>Mental health and drug dependence</source>
        <translation>Психическое здоровье и наркотическая зависимость</translation>
    </message>
    <message>
        <source>Are mental health care and treatment for drug dependence available?</source>
        <translation>Доступны ли помощь в области психического здоровья и лечение наркотической зависимости?</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Лекарственные препараты</translation>
    </message>
    <message>
        <source>Is medication given only for treatment, never to obtain information or as restraint or punishment?</source>
        <translation>Назначаются ли лекарственные препараты только в целях лечения и никогда — для получения информации, в качестве средства усмирения или наказания?</translation>
    </message>
    <message>
        <source>Qualified staff</source>
        <translation>Квалифицированный персонал</translation>
    </message>
    <message>
        <source>Are staff qualified, carefully selected, and do they include educators, social workers and psychologists?</source>
        <translation>Обладает ли персонал надлежащей квалификацией, тщательно ли он отобран и входят ли в его состав педагоги, социальные работники и психологи?</translation>
    </message>
    <message>
        <source>Have staff been trained in child psychology, child protection and international standards?</source>
        <translation>Прошёл ли персонал подготовку по детской психологии, защите детей и международным стандартам?</translation>
    </message>
    <message>
        <source>Mixed-gender staffing</source>
        <translation>Смешанный по полу состав персонала</translation>
    </message>
    <message>
        <source>Are women and men staff on duty on every shift?</source>
        <translation>Дежурят ли в каждой смене сотрудники обоего пола?</translation>
    </message>
    <message>
        <source>How many staff are present with each group of children during the day?</source>
        <translation>Сколько сотрудников находится с каждой группой детей в дневное время?</translation>
    </message>
    <message>
        <source>Police custody: station visit</source>
        <translation>Места содержания в полиции: посещение отдела полиции</translation>
    </message>
    <message>
        <source>Did any person interviewed in private allege ill-treatment at arrest, during transport or during questioning?</source>
        <translation>Заявлял ли кто-либо из опрошенных наедине о жестоком обращении при задержании, во время перевозки или допроса?</translation>
    </message>
    <message>
        <source>Ask about the first hours of custody in particular; record allegations with consent and look for visible injuries.</source>
        <translation>Особо расспрашивайте о первых часах содержания под стражей; фиксируйте заявления с согласия лица и обращайте внимание на видимые телесные повреждения.</translation>
    </message>
    <message>
        <source>Use of force</source>
        <translation>Применение силы</translation>
    </message>
    <message>
        <source>Is every use of force at arrest or in the station recorded, with the officer&apos;s report reviewed by a supervisor?</source>
        <translation>Фиксируется ли каждый случай применения силы при задержании или в отделе полиции и проверяется ли рапорт сотрудника вышестоящим начальником?</translation>
    </message>
    <message>
        <source>Questioning</source>
        <translation>Допрос</translation>
    </message>
    <message>
        <source>Are interviews recorded (audio or video), with their start, end, breaks and everyone present logged?</source>
        <translation>Ведётся ли аудио- или видеозапись допросов с фиксацией их начала, окончания, перерывов и всех присутствующих?</translation>
    </message>
    <message>
        <source>Check the interview log against the custody record for unexplained gaps or interviews outside the record.</source>
        <translation>Сверьте журнал допросов с журналом содержания под стражей: нет ли необъяснимых промежутков или допросов, не отражённых в журнале.</translation>
    </message>
    <message>
        <source>Coerced statements</source>
        <translation>Показания под принуждением</translation>
    </message>
    <message>
        <source>Are detained persons ever questioned without their lawyer after asking for one, or pressed to confess?</source>
        <translation>Допрашивают ли когда-либо задержанных без адвоката после того, как они его потребовали, или склоняют ли их к признанию?</translation>
    </message>
    <message>
        <source>Restraints</source>
        <translation>Средства усмирения</translation>
    </message>
    <message>
        <source>Are handcuffs and other restraints used in the station only when strictly necessary, and never to attach people to fixed objects?</source>
        <translation>Применяются ли в отделе полиции наручники и иные средства усмирения только при строгой необходимости и без пристёгивания людей к неподвижным предметам?</translation>
    </message>
    <message>
        <source>Suspicious objects</source>
        <translation>Подозрительные предметы</translation>
    </message>
    <message>
        <source>Were any non-regulation objects (bats, cables, pipes, electric-shock devices) found in offices or interview rooms?</source>
        <translation>Обнаружены ли в кабинетах или помещениях для допросов нештатные предметы (биты, кабели, трубы, электрошоковые устройства)?</translation>
    </message>
    <message>
        <source>Note the room and describe the object; photograph it if the team&apos;s mandate allows.</source>
        <translation>Укажите помещение и опишите предмет; сфотографируйте его, если это допускает мандат группы.</translation>
    </message>
    <message>
        <source>Custody record</source>
        <translation>Журнал содержания под стражей</translation>
    </message>
    <message>
        <source>Does the custody record show, for every person, the time and reason of arrest and arrival, the officers involved, rights given, visits, meals, questioning and release or transfer?</source>
        <translation>Отражены ли в журнале содержания под стражей по каждому лицу время и основание задержания и доставки, участвовавшие сотрудники, разъяснение прав, свидания, приём пищи, допросы, освобождение или перевод?</translation>
    </message>
    <message>
        <source>Trace a sample of people from the record to the cells and back; look for late entries and blank lines.</source>
        <translation>Проследите выборку лиц от журнала до камер и обратно; обращайте внимание на поздние записи и пустые строки.</translation>
    </message>
    <message>
        <source>Are detained persons told their rights (lawyer, notifying someone, doctor, interpreter, silence) at once, orally and in writing, in a language they understand?</source>
        <translation>Разъясняются ли задержанным их права (на адвоката, на уведомление третьего лица, на врача, на переводчика, право хранить молчание) незамедлительно, устно и письменно, на понятном им языке?</translation>
    </message>
    <message>
        <source>Notification of custody</source>
        <translation>Уведомление о задержании</translation>
    </message>
    <message>
        <source>Can detained persons have a relative or another person of their choice told of their detention from the outset?</source>
        <translation>Могут ли задержанные с самого начала уведомить о своём задержании родственника или иное лицо по своему выбору?</translation>
    </message>
    <message>
        <source>Access to a lawyer</source>
        <translation>Доступ к адвокату</translation>
    </message>
    <message>
        <source>Can detained persons consult a lawyer in private from the very outset of custody, including before and during questioning?</source>
        <translation>Могут ли задержанные консультироваться с адвокатом наедине с самого начала содержания под стражей, в том числе до и во время допроса?</translation>
    </message>
    <message>
        <source>Judicial control</source>
        <translation>Судебный контроль</translation>
    </message>
    <message>
        <source>Are all detained persons brought before a judge within the legal time limit, and at the latest within 48 hours?</source>
        <translation>Доставляются ли все задержанные к судье в установленный законом срок и в любом случае не позднее чем через 48 часов?</translation>
    </message>
    <message>
        <source>Length of custody</source>
        <translation>Срок содержания под стражей</translation>
    </message>
    <message>
        <source>What was the longest time, in hours, that a person spent in the station&apos;s cells in the period checked?</source>
        <translation>Каково самое длительное время (в часах), которое лицо провело в камерах отдела полиции за проверенный период?</translation>
    </message>
    <message>
        <source>Are children&apos;s parents or guardians notified at once, and are children questioned only with a lawyer or appropriate adult present and held apart from adults?</source>
        <translation>Незамедлительно ли уведомляются родители или опекуны детей, допрашивают ли детей только в присутствии адвоката или надлежащего взрослого лица и содержатся ли дети отдельно от взрослых?</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>Иностранные граждане</translation>
    </message>
    <message>
        <source>Are foreign nationals told they may contact their consulate, and is a professional interpreter provided when needed?</source>
        <translation>Сообщают ли иностранным гражданам о праве связаться со своим консульством и предоставляется ли при необходимости профессиональный переводчик?</translation>
    </message>
    <message>
        <source>Is there an accessible way to complain about police treatment to a body independent of the police?</source>
        <translation>Существует ли доступный порядок подачи жалоб на обращение со стороны полиции в орган, независимый от полиции?</translation>
    </message>
    <message>
        <source>Women detainees</source>
        <translation>Задержанные женщины</translation>
    </message>
    <message>
        <source>Are women detainees held apart from men and supervised and searched by female officers?</source>
        <translation>Содержатся ли задержанные женщины отдельно от мужчин и осуществляют ли надзор за ними и их досмотр сотрудницы полиции?</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Личные вещи</translation>
    </message>
    <message>
        <source>Are detained persons&apos; belongings inventoried, signed for by them, and returned on release?</source>
        <translation>Составляется ли опись вещей задержанных за их подписью и возвращаются ли вещи при освобождении?</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>Размер камер</translation>
    </message>
    <message>
        <source>Are cells used for overnight stays at least 7 m² for one person, with 2 m or more between walls and 2.5 m between floor and ceiling?</source>
        <translation>Составляет ли площадь камер, используемых для ночного содержания, не менее 7 м² на одного человека при расстоянии между стенами не менее 2 м и между полом и потолком — не менее 2,5 м?</translation>
    </message>
    <message>
        <source>Measure the cells; note how many people were held in each on the busiest night in the record.</source>
        <translation>Измерьте камеры; отметьте, сколько человек содержалось в каждой из них в самую загруженную ночь по журналу.</translation>
    </message>
    <message>
        <source>Light, air and heating</source>
        <translation>Освещение, вентиляция и отопление</translation>
    </message>
    <message>
        <source>Do cells have adequate lighting (natural light where possible), ventilation and heating?</source>
        <translation>Обеспечены ли в камерах надлежащее освещение (по возможности естественное), вентиляция и отопление?</translation>
    </message>
    <message>
        <source>Bedding</source>
        <translation>Постельные принадлежности</translation>
    </message>
    <message>
        <source>Are persons held overnight given a clean mattress and clean blankets?</source>
        <translation>Выдаются ли лицам, содержащимся в ночное время, чистый матрас и чистые одеяла?</translation>
    </message>
    <message>
        <source>Can detained persons use a toilet in decent conditions whenever needed, and wash?</source>
        <translation>Могут ли задержанные в любое время по необходимости пользоваться туалетом в достойных условиях и умываться?</translation>
    </message>
    <message>
        <source>Are detained persons given drinking water at all times and food at normal meal times, including at least one full meal a day?</source>
        <translation>Обеспечиваются ли задержанные питьевой водой в любое время и питанием в обычное время приёма пищи, включая не менее одного полноценного приёма пищи в день?</translation>
    </message>
    <message>
        <source>Video surveillance</source>
        <translation>Видеонаблюдение</translation>
    </message>
    <message>
        <source>Do cameras cover cells, corridors and interview rooms, with recordings kept long enough to examine complaints, while respecting privacy at toilets?</source>
        <translation>Ведётся ли видеонаблюдение в камерах, коридорах и помещениях для допросов, хранятся ли записи достаточно долго для проверки жалоб и обеспечивается ли при этом приватность в туалетах?</translation>
    </message>
    <message>
        <source>Outdoor exercise</source>
        <translation>Прогулки</translation>
    </message>
    <message>
        <source>Are persons held for 24 hours or more offered outdoor exercise every day?</source>
        <translation>Предоставляется ли лицам, содержащимся 24 часа и более, ежедневная прогулка на открытом воздухе?</translation>
    </message>
    <message>
        <source>Can detained persons receive visits or make telephone calls, with any restriction justified by the investigation and recorded?</source>
        <translation>Могут ли задержанные получать свидания или звонить по телефону, при этом любые ограничения обоснованы интересами следствия и зафиксированы?</translation>
    </message>
    <message>
        <source>Reading and religion</source>
        <translation>Чтение и религия</translation>
    </message>
    <message>
        <source>Are persons held for longer periods offered reading material and allowed items needed for their religious practice?</source>
        <translation>Предоставляются ли лицам, содержащимся длительное время, материалы для чтения и разрешаются ли предметы, необходимые для отправления религиозных обрядов?</translation>
    </message>
    <message>
        <source>Access to a doctor</source>
        <translation>Доступ к врачу</translation>
    </message>
    <message>
        <source>Can detained persons see a doctor on request, including one of their own choice, without police officers filtering the request?</source>
        <translation>Могут ли задержанные по своей просьбе получить осмотр врача, в том числе врача по своему выбору, без отбора обращений сотрудниками полиции?</translation>
    </message>
    <message>
        <source>Confidential examination</source>
        <translation>Конфиденциальность осмотра</translation>
    </message>
    <message>
        <source>Are medical examinations held out of the hearing and, unless the doctor asks otherwise, out of the sight of police officers?</source>
        <translation>Проводятся ли медицинские осмотры вне пределов слышимости и, если врач не просит об ином, вне пределов видимости сотрудников полиции?</translation>
    </message>
    <message>
        <source>Documentation of injuries</source>
        <translation>Документирование телесных повреждений</translation>
    </message>
    <message>
        <source>Are injuries seen on arrival recorded with the person&apos;s own account and reported to the prosecutor?</source>
        <translation>Фиксируются ли телесные повреждения, выявленные при поступлении, вместе с объяснениями самого лица и сообщается ли о них прокурору?</translation>
    </message>
    <message>
        <source>Compare injury records with the time of arrest and the custody record.</source>
        <translation>Сопоставьте записи о телесных повреждениях со временем задержания и журналом содержания под стражей.</translation>
    </message>
    <message>
        <source>Can detained persons continue prescribed medication, including opioid substitution treatment, while in custody?</source>
        <translation>Могут ли задержанные во время содержания под стражей продолжать приём назначенных лекарств, включая опиоидную заместительную терапию?</translation>
    </message>
    <message>
        <source>Have officers been trained in human rights, de-escalation, safe restraint and investigative interviewing?</source>
        <translation>Прошли ли сотрудники подготовку по правам человека, деэскалации, безопасному применению средств усмирения и эффективному интервьюированию в ходе расследований?</translation>
    </message>
    <message>
        <source>Responsibility for detainees</source>
        <translation>Ответственность за задержанных</translation>
    </message>
    <message>
        <source>Is one officer, independent of the investigation, responsible on each shift for the welfare and record of detained persons?</source>
        <translation>Назначается ли в каждой смене сотрудник, не участвующий в расследовании, который отвечает за благополучие задержанных и ведение их учёта?</translation>
    </message>
    <message>
        <source>Identification of officers</source>
        <translation>Идентификация сотрудников</translation>
    </message>
    <message>
        <source>Can detained persons identify the officers dealing with them (name or number visible), and are those officers named in the custody record?</source>
        <translation>Могут ли задержанные идентифицировать работающих с ними сотрудников (видимые фамилия или номер) и указываются ли эти сотрудники в журнале содержания под стражей?</translation>
    </message>
    <message>
        <source>Prison: general visit</source>
        <translation>Исправительное учреждение: общее посещение</translation>
    </message>
    <message>
        <source>Did any prisoner interviewed in private allege physical ill-treatment, threats or verbal abuse by staff?</source>
        <translation>Заявлял ли кто-либо из заключённых, опрошенных наедине, о физическом жестоком обращении, угрозах или словесных оскорблениях со стороны персонала?</translation>
    </message>
    <message>
        <source>Record each allegation separately with the person&apos;s consent (time, place, unit, staff involved). Look for consistent accounts from independent sources and for medical evidence.</source>
        <translation>Фиксируйте каждое заявление отдельно с согласия лица (время, место, отделение, причастные сотрудники). Ищите согласующиеся сведения из независимых источников и медицинские доказательства.</translation>
    </message>
    <message>
        <source>Is every use of force recorded, reported to the director and reviewed, with a medical examination of the prisoner afterwards?</source>
        <translation>Фиксируется ли каждый случай применения силы, докладывается ли о нём начальнику учреждения и проверяется ли он, проводится ли затем медицинский осмотр заключённого?</translation>
    </message>
    <message>
        <source>Compare the use-of-force register with the medical register and with what prisoners and staff say.</source>
        <translation>Сопоставьте журнал применения силы с медицинским журналом и со словами заключённых и сотрудников.</translation>
    </message>
    <message>
        <source>Instruments of restraint</source>
        <translation>Средства усмирения</translation>
    </message>
    <message>
        <source>Are instruments of restraint used only where the law allows, for the shortest time, never as a punishment, and are chains, irons and other degrading restraints absent?</source>
        <translation>Применяются ли средства усмирения только в случаях, предусмотренных законом, в течение как можно более короткого времени и никогда — в качестве наказания, и отсутствуют ли цепи, кандалы и другие унижающие достоинство средства усмирения?</translation>
    </message>
    <message>
        <source>Ask to see every type of restraint held; check who authorises their use and how long they were applied.</source>
        <translation>Попросите показать все имеющиеся виды средств усмирения; проверьте, кто санкционирует их применение и как долго они применялись.</translation>
    </message>
    <message>
        <source>Is anyone held in solitary confinement (22 hours or more a day without meaningful human contact) for more than 15 consecutive days?</source>
        <translation>Содержится ли кто-либо в одиночном заключении (22 часа или более в сутки без значимого человеческого контакта) свыше 15 дней подряд?</translation>
    </message>
    <message>
        <source>Check the segregation register and visit the segregation unit; count consecutive days, including back-to-back placements.</source>
        <translation>Проверьте журнал изоляции и посетите отделение изоляции; подсчитайте число дней подряд, включая последовательные помещения в изоляцию без перерыва.</translation>
    </message>
    <message>
        <source>Are prisoners with mental or physical disabilities, pregnant women, women with infants, breastfeeding mothers or children ever placed in solitary confinement or disciplinary segregation?</source>
        <translation>Помещают ли когда-либо в одиночное заключение или дисциплинарную изоляцию заключённых с психической или физической инвалидностью, беременных женщин, женщин с младенцами, кормящих матерей или детей?</translation>
    </message>
    <message>
        <source>Are strip searches and body-cavity searches carried out only when strictly necessary, in private, by trained staff of the same gender, and recorded?</source>
        <translation>Проводятся ли обыски с раздеванием и обыски полостей тела только при строгой необходимости, без посторонних, обученными сотрудниками того же пола, и фиксируются ли они?</translation>
    </message>
    <message>
        <source>Ask whether less intrusive methods (scanners) are available and how often strip searches follow visits.</source>
        <translation>Спросите, есть ли менее инвазивные методы (сканеры) и как часто после свиданий проводятся обыски с раздеванием.</translation>
    </message>
    <message>
        <source>Inter-prisoner violence</source>
        <translation>Насилие между заключёнными</translation>
    </message>
    <message>
        <source>How many incidents of violence between prisoners were recorded in the last 12 months?</source>
        <translation>Сколько случаев насилия между заключёнными зарегистрировано за последние 12 месяцев?</translation>
    </message>
    <message>
        <source>Compare the figure with what prisoners report; ask how vulnerable prisoners are protected and whether staff are present in the units.</source>
        <translation>Сравните эту цифру с рассказами заключённых; выясните, как защищают уязвимых заключённых и присутствует ли персонал в отделениях.</translation>
    </message>
    <message>
        <source>Deaths in custody</source>
        <translation>Случаи смерти под стражей</translation>
    </message>
    <message>
        <source>Was every death in custody in the last three years reported to a judicial or other independent authority and investigated, with the family informed?</source>
        <translation>Сообщалось ли о каждом случае смерти под стражей за последние три года в судебный или иной независимый орган, проводилось ли расследование и была ли уведомлена семья?</translation>
    </message>
    <message>
        <source>Collective punishment</source>
        <translation>Коллективные наказания</translation>
    </message>
    <message>
        <source>Are collective punishments imposed, such as locking down a whole unit or withdrawing privileges from everyone after one prisoner&apos;s offence?</source>
        <translation>Применяются ли коллективные наказания, например закрытие целого отделения или лишение всех льгот из-за проступка одного заключённого?</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Is the admission register complete for every prisoner: identity, legal basis of detention, date and time of admission, transfers and release?</source>
        <translation>Полностью ли ведётся журнал учёта поступивших по каждому заключённому: личность, правовое основание содержания, дата и время поступления, переводы и освобождение?</translation>
    </message>
    <message>
        <source>Pick names at random from the cells and trace them in the register, and the other way round.</source>
        <translation>Выберите наугад фамилии в камерах и найдите их в журнале, а затем наоборот.</translation>
    </message>
    <message>
        <source>Are prisoners given written information on the rules, their rights, how to complain and how to obtain legal advice, on admission and in a language and form they understand?</source>
        <translation>Получают ли заключённые при поступлении письменную информацию о правилах, своих правах, порядке подачи жалоб и получения юридической консультации на понятном им языке и в понятной форме?</translation>
    </message>
    <message>
        <source>Notification of family</source>
        <translation>Уведомление семьи</translation>
    </message>
    <message>
        <source>Can prisoners inform their family or a person of their choice of their imprisonment and of any transfer?</source>
        <translation>Могут ли заключённые сообщить семье или лицу по своему выбору о своём заключении и о любом переводе?</translation>
    </message>
    <message>
        <source>Are prisoners charged with a disciplinary offence told the charge, given time to prepare, heard in person, helped by an interpreter or lawyer where needed, and able to seek review?</source>
        <translation>Сообщают ли заключённым, обвиняемым в дисциплинарном проступке, суть обвинения, дают ли время на подготовку, выслушивают ли их лично, обеспечивают ли при необходимости помощь переводчика или адвоката и могут ли они добиваться пересмотра решения?</translation>
    </message>
    <message>
        <source>Read a sample of disciplinary files: look for unsigned sanctions, missing hearings and sanctions beyond what the law allows.</source>
        <translation>Изучите выборку дисциплинарных дел: ищите неподписанные взыскания, отсутствие слушаний и взыскания сверх предусмотренных законом.</translation>
    </message>
    <message>
        <source>Can prisoners complain confidentially to the director and to an outside authority without fear of reprisal, and are complaints answered promptly?</source>
        <translation>Могут ли заключённые конфиденциально подавать жалобы начальнику учреждения и во внешний орган, не опасаясь репрессалий, и своевременно ли на жалобы отвечают?</translation>
    </message>
    <message>
        <source>Check that complaint boxes are not opened by the staff complained about; read replies to recent complaints.</source>
        <translation>Убедитесь, что ящики для жалоб не вскрывают сотрудники, на которых жалуются; прочитайте ответы на недавние жалобы.</translation>
    </message>
    <message>
        <source>Separation of categories</source>
        <translation>Раздельное содержание категорий</translation>
    </message>
    <message>
        <source>Are remand prisoners held apart from convicted prisoners, women from men, and children from adults?</source>
        <translation>Содержатся ли подследственные отдельно от осуждённых, женщины — от мужчин, а дети — от взрослых?</translation>
    </message>
    <message>
        <source>Can prisoners consult their lawyer in confidence, without delay or censorship, in conditions where they cannot be overheard?</source>
        <translation>Могут ли заключённые консультироваться со своим адвокатом конфиденциально, без задержек и цензуры, в условиях, исключающих прослушивание?</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>Репрессалии</translation>
    </message>
    <message>
        <source>Did any prisoner report being threatened or sanctioned for complaining or for speaking with monitors?</source>
        <translation>Сообщал ли кто-либо из заключённых об угрозах или наказаниях за подачу жалоб или беседы с наблюдателями?</translation>
    </message>
    <message>
        <source>Record reprisal allegations as confidential reprisal records; plan a follow-up contact.</source>
        <translation>Оформляйте заявления о репрессалиях как конфиденциальные записи о репрессалиях; запланируйте последующий контакт.</translation>
    </message>
    <message>
        <source>How many prisoners are held today? Compare with the official capacity.</source>
        <translation>Сколько заключённых содержится сегодня? Сравните с установленным лимитом наполнения.</translation>
    </message>
    <message>
        <source>Count by unit where possible; note people sleeping on mattresses on the floor.</source>
        <translation>По возможности ведите подсчёт по отделениям; отметьте людей, спящих на матрасах на полу.</translation>
    </message>
    <message>
        <source>Living space</source>
        <translation>Жилая площадь</translation>
    </message>
    <message>
        <source>Does each prisoner have at least 4 m² of living space in a shared cell, or 6 m² in a single cell, not counting the sanitary annex?</source>
        <translation>Приходится ли на каждого заключённого не менее 4 м² жилой площади в общей камере или 6 м² в одиночной, не считая санузла?</translation>
    </message>
    <message>
        <source>Measure a sample of cells and count occupants.</source>
        <translation>Измерьте выборку камер и подсчитайте число находящихся в них лиц.</translation>
    </message>
    <message>
        <source>Do cells have windows that let in enough natural light to read or work by, adequate artificial light, ventilation and heating suited to the climate?</source>
        <translation>Есть ли в камерах окна, пропускающие достаточно естественного света для чтения или работы, надлежащее искусственное освещение, вентиляция и отопление, соответствующие климату?</translation>
    </message>
    <message>
        <source>Can prisoners use a toilet in privacy at any time, including at night, and shower as often as hygiene and the climate require?</source>
        <translation>Могут ли заключённые в любое время, в том числе ночью, пользоваться туалетом в условиях уединения и принимать душ так часто, как того требуют гигиена и климат?</translation>
    </message>
    <message>
        <source>Personal hygiene</source>
        <translation>Личная гигиена</translation>
    </message>
    <message>
        <source>Are prisoners given water and toilet articles free of charge, and women sanitary products free of charge?</source>
        <translation>Бесплатно ли предоставляются заключённым вода и туалетные принадлежности, а женщинам — средства женской гигиены?</translation>
    </message>
    <message>
        <source>Do prisoners receive food of adequate nutritional value at the usual hours, and is drinking water available whenever needed?</source>
        <translation>Получают ли заключённые в обычные часы пищу достаточной питательной ценности и доступна ли питьевая вода всякий раз, когда она нужна?</translation>
    </message>
    <message>
        <source>Taste the food; check portions, special diets and the times of the last and first meals.</source>
        <translation>Попробуйте пищу; проверьте размер порций, специальные диеты и время последнего и первого приёма пищи.</translation>
    </message>
    <message>
        <source>Clothing and bedding</source>
        <translation>Одежда и постельные принадлежности</translation>
    </message>
    <message>
        <source>Does every prisoner have a separate bed with clean bedding, and adequate clean clothing?</source>
        <translation>Есть ли у каждого заключённого отдельная кровать с чистым постельным бельём и достаточная чистая одежда?</translation>
    </message>
    <message>
        <source>Time out of cell</source>
        <translation>Время вне камеры</translation>
    </message>
    <message>
        <source>How many hours a day do prisoners in the main units spend out of their cells in purposeful activity?</source>
        <translation>Сколько часов в день заключённые в основных отделениях проводят вне камер, занимаясь полезной деятельностью?</translation>
    </message>
    <message>
        <source>Ask prisoners and compare with the published regime; note units where the regime is restricted.</source>
        <translation>Спросите заключённых и сравните с опубликованным распорядком дня; отметьте отделения с ограниченным режимом.</translation>
    </message>
    <message>
        <source>Does every prisoner, including those in segregation, have at least one hour of exercise in the open air every day?</source>
        <translation>Предоставляется ли каждому заключённому, в том числе находящемуся в изоляции, не менее одного часа физических упражнений на открытом воздухе ежедневно?</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Труд и образование</translation>
    </message>
    <message>
        <source>Are work, education and vocational training available to all prisoners who want them, and is work paid?</source>
        <translation>Доступны ли труд, образование и профессиональная подготовка всем желающим заключённым и оплачивается ли труд?</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Свидания</translation>
    </message>
    <message>
        <source>How often can prisoners receive visits from family?</source>
        <translation>Как часто заключённые могут получать свидания с родственниками?</translation>
    </message>
    <message>
        <source>Note whether visits allow privacy and physical contact and whether children are received in child-friendly conditions.</source>
        <translation>Отметьте, обеспечивают ли свидания уединение и физический контакт и принимают ли детей в условиях, благоприятных для детей.</translation>
    </message>
    <message>
        <source>weekly or more often</source>
        <translation>раз в неделю или чаще</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>раз в две недели</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>раз в месяц</translation>
    </message>
    <message>
        <source>less than monthly</source>
        <translation>реже раза в месяц</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Telephone and mail</source>
        <translation>Телефон и переписка</translation>
    </message>
    <message>
        <source>Can prisoners make telephone calls and send and receive letters regularly, with any monitoring authorised by law?</source>
        <translation>Могут ли заключённые регулярно звонить по телефону, отправлять и получать письма, при этом любой контроль осуществляется на основании закона?</translation>
    </message>
    <message>
        <source>Can prisoners practise their religion, take part in services and see a representative of their faith?</source>
        <translation>Могут ли заключённые исповедовать свою религию, участвовать в богослужениях и встречаться с представителем своей веры?</translation>
    </message>
    <message>
        <source>Is every prisoner examined by a health professional as soon as possible after admission (within 24 hours), including for injuries, mental health needs and withdrawal symptoms?</source>
        <translation>Проходит ли каждый заключённый осмотр медицинским работником как можно скорее после поступления (в течение 24 часов), в том числе на предмет телесных повреждений, потребности в психиатрической помощи и симптомов абстиненции?</translation>
    </message>
    <message>
        <source>When injuries are found, are they documented in detail (body chart, photographs, the prisoner&apos;s account, the doctor&apos;s opinion on consistency) and reported to a competent authority?</source>
        <translation>Документируются ли выявленные телесные повреждения подробно (схема тела, фотографии, объяснения заключённого, заключение врача о соответствии) и сообщается ли о них в компетентный орган?</translation>
    </message>
    <message>
        <source>Read a sample of injury records against the use-of-force register.</source>
        <translation>Сопоставьте выборку записей о телесных повреждениях с журналом применения силы.</translation>
    </message>
    <message>
        <source>Access and confidentiality</source>
        <translation>Доступ и конфиденциальность</translation>
    </message>
    <message>
        <source>Can prisoners see a doctor or nurse promptly on request, without staff filtering the requests, and are consultations held out of the hearing of custodial staff?</source>
        <translation>Могут ли заключённые по своей просьбе без промедления попасть к врачу или медсестре без отбора обращений сотрудниками и проводятся ли консультации вне пределов слышимости сотрудников охраны?</translation>
    </message>
    <message>
        <source>Is there a suicide and self-harm prevention procedure, with psychiatric care available and transfer to hospital for those who need it?</source>
        <translation>Существует ли порядок предотвращения самоубийств и самоповреждений, с доступной психиатрической помощью и переводом в больницу тех, кто в этом нуждается?</translation>
    </message>
    <message>
        <source>Clinical independence</source>
        <translation>Клиническая независимость</translation>
    </message>
    <message>
        <source>Do health-care staff stay out of disciplinary decisions, and do they visit prisoners held in solitary confinement every day?</source>
        <translation>Исключено ли участие медицинских работников в принятии дисциплинарных решений и посещают ли они ежедневно заключённых, находящихся в одиночном заключении?</translation>
    </message>
    <message>
        <source>How many custodial staff are on duty in the residential units at night?</source>
        <translation>Сколько сотрудников охраны дежурит в жилых отделениях ночью?</translation>
    </message>
    <message>
        <source>Compare with the number of prisoners and with the staffing plan; ask how cells are opened in an emergency.</source>
        <translation>Сравните с числом заключённых и штатным расписанием; выясните, как открываются камеры в чрезвычайной ситуации.</translation>
    </message>
    <message>
        <source>Have staff been trained in human rights, dynamic security, de-escalation, use of force and restraints, and mental health awareness?</source>
        <translation>Прошёл ли персонал подготовку по правам человека, динамической безопасности, деэскалации, применению силы и средств усмирения, а также по вопросам психического здоровья?</translation>
    </message>
    <message>
        <source>Are women prisoners supervised and searched only by women staff?</source>
        <translation>Осуществляют ли надзор за женщинами-заключёнными и их обыск только сотрудницы?</translation>
    </message>
    <message>
        <source>Staff-prisoner relations</source>
        <translation>Отношения между персоналом и заключёнными</translation>
    </message>
    <message>
        <source>Do staff spend time in the units and talk with prisoners, and do both describe relations as respectful?</source>
        <translation>Проводят ли сотрудники время в отделениях и общаются ли с заключёнными, и характеризуют ли обе стороны отношения как уважительные?</translation>
    </message>
    <message>
        <source>Psychiatric hospital: ward visit</source>
        <translation>Психиатрическая больница: посещение отделения</translation>
    </message>
    <message>
        <source>Did any patient allege ill-treatment, humiliation or abuse by staff or other patients?</source>
        <translation>Заявлял ли кто-либо из пациентов о жестоком обращении, унижении или насилии со стороны персонала или других пациентов?</translation>
    </message>
    <message>
        <source>Restraint</source>
        <translation>Средства усмирения</translation>
    </message>
    <message>
        <source>Are mechanical, physical or chemical restraints used only as a last resort, for the shortest time, on a doctor&apos;s order, with continuous direct supervision?</source>
        <translation>Применяются ли механические, физические или химические средства усмирения только в качестве крайней меры, в течение как можно более короткого времени, по назначению врача и при постоянном непосредственном наблюдении?</translation>
    </message>
    <message>
        <source>Look at beds fitted with straps, seclusion rooms and &apos;as needed&apos; medication orders; compare with the restraint register.</source>
        <translation>Осмотрите кровати с фиксирующими ремнями, изоляторы и назначения препаратов «по необходимости»; сверьте с журналом применения средств усмирения.</translation>
    </message>
    <message>
        <source>Seclusion</source>
        <translation>Изоляция</translation>
    </message>
    <message>
        <source>Is every episode of seclusion or restraint recorded in a dedicated register, with start, end, reason, the authorising doctor and observations?</source>
        <translation>Фиксируется ли каждый случай изоляции или применения средств усмирения в специальном журнале с указанием начала, окончания, причины, санкционировавшего врача и результатов наблюдения?</translation>
    </message>
    <message>
        <source>How many restraint or seclusion episodes were recorded in the last three months?</source>
        <translation>Сколько случаев применения средств усмирения или изоляции зарегистрировано за последние три месяца?</translation>
    </message>
    <message>
        <source>Are restraints ever applied in view of other patients, or used as punishment or for staff convenience?</source>
        <translation>Применяются ли когда-либо средства усмирения на виду у других пациентов, в качестве наказания или ради удобства персонала?</translation>
    </message>
    <message>
        <source>Treatment without consent</source>
        <translation>Лечение без согласия</translation>
    </message>
    <message>
        <source>Is treatment, including electroconvulsive therapy, given without the patient&apos;s free and informed consent?</source>
        <translation>Проводится ли лечение, включая электросудорожную терапию, без свободного и информированного согласия пациента?</translation>
    </message>
    <message>
        <source>Protection from violence</source>
        <translation>Защита от насилия</translation>
    </message>
    <message>
        <source>Are patients protected from violence and sexual abuse by other patients, including on mixed wards?</source>
        <translation>Защищены ли пациенты от насилия и сексуального насилия со стороны других пациентов, в том числе в смешанных отделениях?</translation>
    </message>
    <message>
        <source>Does every involuntary patient have a lawful placement decision, with reasons, reviewed by a court or independent body at regular intervals?</source>
        <translation>Имеется ли по каждому пациенту, госпитализированному в недобровольном порядке, законное мотивированное решение о госпитализации, пересматриваемое судом или независимым органом через регулярные промежутки времени?</translation>
    </message>
    <message>
        <source>Read a sample of files; note placements extended without a hearing.</source>
        <translation>Изучите выборку медицинских карт; отметьте случаи продления госпитализации без судебного заседания.</translation>
    </message>
    <message>
        <source>De facto detention</source>
        <translation>Фактическое лишение свободы</translation>
    </message>
    <message>
        <source>Are patients recorded as voluntary in fact prevented from leaving (locked doors, threats of involuntary placement)?</source>
        <translation>Препятствуют ли фактически пациентам, числящимся добровольными, покинуть больницу (запертые двери, угрозы недобровольной госпитализацией)?</translation>
    </message>
    <message>
        <source>Are patients told their rights, the reasons for their placement and how to appeal, in an accessible form?</source>
        <translation>Разъясняют ли пациентам в доступной форме их права, основания госпитализации и порядок обжалования?</translation>
    </message>
    <message>
        <source>Legal capacity and support</source>
        <translation>Дееспособность и поддержка</translation>
    </message>
    <message>
        <source>Do patients have access to a lawyer and to independent advocacy or support in making decisions?</source>
        <translation>Имеют ли пациенты доступ к адвокату и к независимой правозащитной помощи или поддержке в принятии решений?</translation>
    </message>
    <message>
        <source>Is there a confidential complaints procedure that reaches a body outside the hospital?</source>
        <translation>Существует ли конфиденциальная процедура подачи жалоб, позволяющая обратиться в орган за пределами больницы?</translation>
    </message>
    <message>
        <source>Are the admission, restraint and incident registers complete and consistent with patients&apos; files?</source>
        <translation>Полностью ли ведутся журналы госпитализации, применения средств усмирения и происшествий и согласуются ли они с медицинскими картами пациентов?</translation>
    </message>
    <message>
        <source>Are children accommodated separately from adult patients?</source>
        <translation>Размещаются ли дети отдельно от взрослых пациентов?</translation>
    </message>
    <message>
        <source>Therapeutic environment</source>
        <translation>Терапевтическая среда</translation>
    </message>
    <message>
        <source>Do wards offer a positive therapeutic environment: enough living space, light, ventilation, decoration and privacy?</source>
        <translation>Обеспечивают ли отделения благоприятную терапевтическую среду: достаточную жилую площадь, освещение, вентиляцию, оформление помещений и возможность уединения?</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>Личное пространство</translation>
    </message>
    <message>
        <source>Do patients have lockable space for their belongings, and can they wear their own clothes?</source>
        <translation>Есть ли у пациентов запирающееся место для хранения вещей и могут ли они носить собственную одежду?</translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and accessible to patients with reduced mobility?</source>
        <translation>Чисты ли туалеты и душевые, обеспечивают ли они уединение и доступны ли для пациентов с ограниченной мобильностью?</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Питание</translation>
    </message>
    <message>
        <source>Is food adequate in quantity and quality, with special diets provided?</source>
        <translation>Достаточно ли питание по количеству и качеству, предоставляется ли диетическое питание?</translation>
    </message>
    <message>
        <source>Dormitories</source>
        <translation>Палаты</translation>
    </message>
    <message>
        <source>How many patients share the largest dormitory?</source>
        <translation>Сколько пациентов размещено в самой большой палате?</translation>
    </message>
    <message>
        <source>Do all patients, including those on closed wards, have daily access to the open air?</source>
        <translation>Имеют ли все пациенты, в том числе находящиеся в закрытых отделениях, ежедневный доступ на открытый воздух?</translation>
    </message>
    <message>
        <source>Are therapeutic, recreational and occupational activities offered every day?</source>
        <translation>Проводятся ли ежедневно терапевтические, досуговые и трудовые занятия?</translation>
    </message>
    <message>
        <source>Can patients receive visits, use a telephone and send and receive mail, with any restriction decided individually and recorded?</source>
        <translation>Могут ли пациенты принимать посетителей, пользоваться телефоном, отправлять и получать почту, при этом любые ограничения устанавливаются индивидуально и фиксируются?</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <source>How many patients are ready to leave but remain because no place in the community is available?</source>
        <translation>Сколько пациентов готовы к выписке, но остаются в больнице из-за отсутствия места для проживания в обществе?</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>План лечения</translation>
    </message>
    <message>
        <source>Does each patient have a written individual treatment plan, discussed with them and reviewed regularly?</source>
        <translation>Есть ли у каждого пациента письменный индивидуальный план лечения, обсуждённый с ним и регулярно пересматриваемый?</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Информированное согласие</translation>
    </message>
    <message>
        <source>Is free and informed consent sought and recorded before treatment, after information on effects and alternatives?</source>
        <translation>Запрашивается ли и фиксируется ли свободное и информированное согласие перед лечением после предоставления информации о его действии и альтернативах?</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Физическое здоровье</translation>
    </message>
    <message>
        <source>Are patients&apos; physical health needs met (screening, dental care, treatment of chronic illness)?</source>
        <translation>Удовлетворяются ли потребности пациентов в соматической помощи (обследования, стоматологическая помощь, лечение хронических заболеваний)?</translation>
    </message>
    <message>
        <source>Is medication prescribed individually, recorded and reviewed, and never used as punishment or for the convenience of others?</source>
        <translation>Назначаются ли лекарственные препараты индивидуально, фиксируются ли и пересматриваются ли назначения, и исключено ли их использование в качестве наказания или ради удобства других?</translation>
    </message>
    <message>
        <source>Are injuries, including those from restraint, examined, recorded and reported?</source>
        <translation>Осматриваются ли и фиксируются ли телесные повреждения, в том числе полученные при применении средств усмирения, и сообщается ли о них?</translation>
    </message>
    <message>
        <source>Electroconvulsive therapy</source>
        <translation>Электросудорожная терапия</translation>
    </message>
    <message>
        <source>Is electroconvulsive therapy given only in modified form (with anaesthesia and muscle relaxants), with consent, and recorded in a register?</source>
        <translation>Применяется ли электросудорожная терапия только в модифицированной форме (с анестезией и миорелаксантами), с согласия пациента и с регистрацией в журнале?</translation>
    </message>
    <message>
        <source>How many nursing staff are on duty per ward at night?</source>
        <translation>Сколько среднего медицинского персонала дежурит в каждом отделении ночью?</translation>
    </message>
    <message>
        <source>Have staff been trained in de-escalation, safe restraint and the rights of persons with disabilities?</source>
        <translation>Прошёл ли персонал подготовку по деэскалации, безопасному применению средств усмирения и правам лиц с инвалидностью?</translation>
    </message>
    <message>
        <source>Multidisciplinary team</source>
        <translation>Мультидисциплинарная команда</translation>
    </message>
    <message>
        <source>Is there a multidisciplinary team (psychiatrists, psychologists, occupational therapists, social workers) large enough for the number of patients?</source>
        <translation>Есть ли мультидисциплинарная команда (психиатры, психологи, эрготерапевты, социальные работники), численность которой соответствует числу пациентов?</translation>
    </message>
    <message>
        <source>Non-clinical staff</source>
        <translation>Немедицинский персонал</translation>
    </message>
    <message>
        <source>Are security staff or orderlies without clinical training involved in restraint or patient care?</source>
        <translation>Привлекаются ли сотрудники охраны или санитары без медицинской подготовки к применению средств усмирения или уходу за пациентами?</translation>
    </message>
    <message>
        <source>Social care home: visit</source>
        <translation>Учреждение социального обслуживания: посещение</translation>
    </message>
    <message>
        <source>Ill-treatment and neglect</source>
        <translation>Жестокое обращение и ненадлежащий уход</translation>
    </message>
    <message>
        <source>Did residents describe being shouted at, mocked, neglected or hit by staff?</source>
        <translation>Рассказывали ли проживающие о том, что персонал кричит на них, насмехается над ними, оставляет их без ухода или бьёт?</translation>
    </message>
    <message>
        <source>Talk with residents who cannot easily complain, with support for communication where needed.</source>
        <translation>Побеседуйте с проживающими, которым трудно пожаловаться, при необходимости обеспечив поддержку в общении.</translation>
    </message>
    <message>
        <source>Are residents tied to beds or chairs, kept in by bed rails against their will, or sedated to manage their behaviour?</source>
        <translation>Привязывают ли проживающих к кроватям или стульям, удерживают ли их прикроватными бортиками против их воли или дают ли им седативные препараты для контроля поведения?</translation>
    </message>
    <message>
        <source>Are residents locked in their rooms or in &apos;calming&apos; rooms?</source>
        <translation>Запирают ли проживающих в их комнатах или в «комнатах успокоения»?</translation>
    </message>
    <message>
        <source>Abuse prevention</source>
        <translation>Предотвращение насилия и злоупотреблений</translation>
    </message>
    <message>
        <source>Is there a policy to prevent, detect and report abuse, neglect and exploitation, including financial abuse, and are incidents investigated?</source>
        <translation>Действует ли порядок предотвращения и выявления насилия, ненадлежащего ухода и эксплуатации, включая финансовые злоупотребления, и сообщения о них, и расследуются ли такие случаи?</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Случаи смерти</translation>
    </message>
    <message>
        <source>Are deaths of residents reviewed, and are unexpected deaths reported to an independent authority?</source>
        <translation>Анализируются ли случаи смерти проживающих и сообщается ли о неожиданных случаях смерти в независимый орган?</translation>
    </message>
    <message>
        <source>Is there a lawful basis, with independent review, for each resident who is not free to leave?</source>
        <translation>Имеется ли законное основание с независимым контролем в отношении каждого проживающего, который не может свободно покинуть учреждение?</translation>
    </message>
    <message>
        <source>Consent to placement</source>
        <translation>Согласие на помещение в учреждение</translation>
    </message>
    <message>
        <source>Did residents consent to living in the home, and do they know they may leave?</source>
        <translation>Давали ли проживающие согласие на проживание в учреждении и знают ли они, что могут его покинуть?</translation>
    </message>
    <message>
        <source>Legal capacity</source>
        <translation>Дееспособность</translation>
    </message>
    <message>
        <source>How many residents are under full guardianship?</source>
        <translation>Сколько проживающих находятся под полной опекой?</translation>
    </message>
    <message>
        <source>Ask whether residents&apos; own will and preferences are sought in decisions about them, and whether supported decision-making exists.</source>
        <translation>Выясните, учитываются ли собственные воля и предпочтения проживающих при принятии касающихся их решений и существует ли поддержка в принятии решений.</translation>
    </message>
    <message>
        <source>Can residents complain, in a way accessible to them, to someone outside the home?</source>
        <translation>Могут ли проживающие в доступной для них форме подать жалобу лицу или органу за пределами учреждения?</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информирование</translation>
    </message>
    <message>
        <source>Are residents given information on their rights and the home&apos;s rules in accessible formats (easy-read, sign language, Braille)?</source>
        <translation>Предоставляется ли проживающим информация об их правах и правилах учреждения в доступных форматах (лёгкий для чтения текст, жестовый язык, шрифт Брайля)?</translation>
    </message>
    <message>
        <source>Money and belongings</source>
        <translation>Деньги и личные вещи</translation>
    </message>
    <message>
        <source>Do residents control their own money and belongings, with any management by the home recorded and audited?</source>
        <translation>Распоряжаются ли проживающие своими деньгами и вещами сами, а если ими управляет учреждение, ведётся ли учёт и проводятся ли проверки?</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Неприкосновенность частной жизни</translation>
    </message>
    <message>
        <source>Is residents&apos; privacy respected: staff knock, residents have their own room or screens, and correspondence and records are confidential?</source>
        <translation>Уважается ли частная жизнь проживающих: стучит ли персонал перед входом, есть ли у проживающих отдельная комната или ширмы, конфиденциальны ли переписка и документы?</translation>
    </message>
    <message>
        <source>Bedrooms</source>
        <translation>Спальные комнаты</translation>
    </message>
    <message>
        <source>How many residents share the largest bedroom?</source>
        <translation>Сколько проживающих размещено в самой большой спальной комнате?</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>Is the building accessible (ramps, lifts, adapted toilets, handrails) for residents with reduced mobility?</source>
        <translation>Доступно ли здание (пандусы, лифты, приспособленные туалеты, поручни) для проживающих с ограниченной мобильностью?</translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation>Личный уход</translation>
    </message>
    <message>
        <source>Are residents helped to wash and use the toilet with dignity, and are continence products adequate and changed promptly?</source>
        <translation>Помогают ли проживающим мыться и пользоваться туалетом с соблюдением достоинства, достаточно ли средств при недержании и своевременно ли их меняют?</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Питание и питьё</translation>
    </message>
    <message>
        <source>Is food adequate and varied, are residents who need help assisted to eat and drink, and is their weight monitored?</source>
        <translation>Достаточно ли и разнообразно ли питание, помогают ли проживающим, нуждающимся в помощи, есть и пить, и контролируется ли их вес?</translation>
    </message>
    <message>
        <source>Heating and clothing</source>
        <translation>Отопление и одежда</translation>
    </message>
    <message>
        <source>Is the home adequately heated, and do residents wear their own clothes?</source>
        <translation>Достаточно ли отапливается учреждение и носят ли проживающие собственную одежду?</translation>
    </message>
    <message>
        <source>Going outside</source>
        <translation>Выход на улицу</translation>
    </message>
    <message>
        <source>Can every resident go outside each day, including those who need help to do so?</source>
        <translation>Может ли каждый проживающий ежедневно выходить на улицу, в том числе тот, кому для этого нужна помощь?</translation>
    </message>
    <message>
        <source>Are meaningful daily activities, education or work offered according to residents&apos; wishes?</source>
        <translation>Предлагаются ли содержательные ежедневные занятия, обучение или работа в соответствии с пожеланиями проживающих?</translation>
    </message>
    <message>
        <source>Can residents receive visitors at any reasonable time, use a telephone and the internet, and go out into the community?</source>
        <translation>Могут ли проживающие принимать посетителей в любое разумное время, пользоваться телефоном и интернетом и выходить за пределы учреждения?</translation>
    </message>
    <message>
        <source>Choice and routine</source>
        <translation>Выбор и распорядок дня</translation>
    </message>
    <message>
        <source>Do residents choose when to get up, go to bed, eat and bathe, rather than follow institutional routines?</source>
        <translation>Сами ли проживающие выбирают, когда вставать, ложиться спать, есть и мыться, или они подчиняются распорядку учреждения?</translation>
    </message>
    <message>
        <source>Community living</source>
        <translation>Жизнь в местном сообществе</translation>
    </message>
    <message>
        <source>Does each resident have an individual plan for moving to community living?</source>
        <translation>Есть ли у каждого проживающего индивидуальный план перехода к самостоятельной жизни в местном сообществе?</translation>
    </message>
    <message>
        <source>Do residents have access to a general practitioner, specialists, dental care and hospital care on the same basis as others?</source>
        <translation>Имеют ли проживающие доступ к врачу общей практики, специалистам, стоматологической и стационарной помощи наравне с другими?</translation>
    </message>
    <message>
        <source>Is medication, especially psychotropic and sedative medication, prescribed individually, reviewed regularly and given with consent?</source>
        <translation>Назначаются ли лекарственные препараты, особенно психотропные и седативные, индивидуально, регулярно ли пересматриваются назначения и даются ли препараты с согласия проживающих?</translation>
    </message>
    <message>
        <source>Pressure sores and falls</source>
        <translation>Пролежни и падения</translation>
    </message>
    <message>
        <source>Are pressure sores, falls and injuries recorded, treated and analysed to prevent recurrence?</source>
        <translation>Фиксируются ли пролежни, падения и травмы, проводятся ли их лечение и анализ для предотвращения повторения?</translation>
    </message>
    <message>
        <source>End-of-life care</source>
        <translation>Уход в конце жизни</translation>
    </message>
    <message>
        <source>Is palliative and end-of-life care available, respecting residents&apos; wishes?</source>
        <translation>Доступны ли паллиативная помощь и уход в конце жизни с учётом пожеланий проживающих?</translation>
    </message>
    <message>
        <source>Is psychological or psychiatric support available to residents who need it?</source>
        <translation>Доступна ли психологическая или психиатрическая помощь проживающим, которые в ней нуждаются?</translation>
    </message>
    <message>
        <source>How many residents is each care worker responsible for at night?</source>
        <translation>За сколько проживающих отвечает ночью каждый работник по уходу?</translation>
    </message>
    <message>
        <source>Have staff been trained in residents&apos; rights, dementia and disability care, and alternatives to restraint?</source>
        <translation>Прошёл ли персонал подготовку по правам проживающих, уходу за людьми с деменцией и инвалидностью и альтернативам применению средств усмирения?</translation>
    </message>
    <message>
        <source>Recruitment and supervision</source>
        <translation>Подбор персонала и супервизия</translation>
    </message>
    <message>
        <source>Are staff checked before recruitment, and supervised and supported in their work?</source>
        <translation>Проходят ли сотрудники проверку при приёме на работу, обеспечиваются ли супервизия и поддержка в их работе?</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>Уважение</translation>
    </message>
    <message>
        <source>Do staff address residents respectfully, involve them in decisions and respect their privacy?</source>
        <translation>Обращается ли персонал к проживающим уважительно, вовлекает ли их в принятие решений и уважает ли их частную жизнь?</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictLabels</name>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Член группы</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation>Запись о личности</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Reprisal allegation</source>
        <translation>Заявление о репрессалиях</translation>
    </message>
    <message>
        <source>Follow-up step</source>
        <translation>Шаг последующих мер</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Шаблон контрольного списка</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Ответ контрольного списка</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Текст отчёта</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Заметки о рисках</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>№ %1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictListModel</name>
    <message>
        <source>Deleted, and %1 edited</source>
        <translation>Удалено, а %1 изменено</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictRepository</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Этот конфликт больше не существует.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Этот конфликт уже разрешён.</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved that way.</source>
        <translation>Этот конфликт нельзя разрешить таким способом.</translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation>Запись об этом конфликте получена ещё не полностью; выполните синхронизацию ещё раз, а затем разрешите конфликт.</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictView</name>
    <message>
        <source>Current text</source>
        <translation>Текущий текст</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Другая версия</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>&amp;Оставить текущий</translation>
    </message>
    <message>
        <source>Keep the current text</source>
        <translation>Оставить текущий текст</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>&amp;Использовать другую версию</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Использовать другую версию</translation>
    </message>
    <message>
        <source>&amp;Edit a merged text…</source>
        <translation>&amp;Объединить тексты вручную…</translation>
    </message>
    <message>
        <source>Edit a merged text from both versions</source>
        <translation>Составить объединённый текст из обеих версий</translation>
    </message>
    <message>
        <source>&amp;Keep deleted</source>
        <translation>Оставить &amp;удалённой</translation>
    </message>
    <message>
        <source>Keep the record deleted</source>
        <translation>Оставить запись удалённой</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore the record with the edit</source>
        <translation>Восстановить запись с внесённым изменением</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Объединённый текст</translation>
    </message>
    <message>
        <source>Both versions are below: edit them into one text, then save it.</source>
        <translation>Ниже приведены обе версии: сведите их в один текст, затем сохраните его.</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>&amp;Сохранить объединённый</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Сохранить объединённый текст</translation>
    </message>
    <message>
        <source>&amp;Discard merge</source>
        <translation>&amp;Отменить объединение</translation>
    </message>
    <message>
        <source>Discard the merged text</source>
        <translation>Отменить объединённый текст</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to compare its two versions.</source>
        <translation>Выберите конфликт в списке, чтобы сравнить две его версии.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation>Запись об этом конфликте получена ещё не полностью; выполните синхронизацию ещё раз, а затем разрешите конфликт.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it.</source>
        <translation>Эту запись удалили (%1), пока её ещё редактировали (%2).</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it; it has been restored since.</source>
        <translation>Эту запись удалили (%1), пока её ещё редактировали (%2); с тех пор она восстановлена.</translation>
    </message>
    <message>
        <source>%1 and %2 changed this text at the same time. Sync kept one version in the record and the other here; nothing is lost until you choose.</source>
        <translation>%1 и %2 изменили этот текст одновременно. При синхронизации одна версия сохранена в записи, а другая — здесь; ничего не будет потеряно, пока вы не сделаете выбор.</translation>
    </message>
    <message>
        <source>Now: deleted by %1</source>
        <translation>Сейчас: удалено (%1)</translation>
    </message>
    <message>
        <source>Now in the record</source>
        <translation>Сейчас в записи</translation>
    </message>
    <message>
        <source>The edit made on %1</source>
        <translation>Внесённое изменение (%1)</translation>
    </message>
    <message>
        <source>Current text (last written on %1)</source>
        <translation>Текущий текст (последняя запись: %1)</translation>
    </message>
    <message>
        <source>Other version (written on %1)</source>
        <translation>Другая версия (записана: %1)</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Оставить как есть</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictsPage</name>
    <message>
        <source>Open conflicts</source>
        <translation>Открытые конфликты</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Выделить все строки</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>это устройство</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No open conflicts: every edit made on several devices at once has been settled.</source>
        <translation>Открытых конфликтов нет: все изменения, внесённые одновременно на нескольких устройствах, урегулированы.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Compare the two versions and choose what the record should say.</source>
        <translation>
            <numerusform>%n открытый конфликт. Сравните две версии и выберите, что должно быть в записи.</numerusform>
            <numerusform>%n открытых конфликта. Сравните две версии и выберите, что должно быть в записи.</numerusform>
            <numerusform>%n открытых конфликтов. Сравните две версии и выберите, что должно быть в записи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled. Other devices learn of it with the next sync.</source>
        <translation>Урегулировано. Другие устройства узнают об этом при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>vigil::ConsentSection</name>
    <message>
        <source>Consent — before anything is written</source>
        <translation>Согласие — прежде чем что-либо записывать</translation>
    </message>
    <message>
        <source>&amp;Change consent…</source>
        <translation>&amp;Изменить согласие…</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Изменить согласие</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Отозвать согласие…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>Explain who the team is and what happens with what the person says. Tick only what they agreed to.</source>
        <translation>Объясните, кто входит в группу и что будет с тем, что скажет человек. Отметьте только то, на что он согласился.</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality, so it allows only aggregate use and anonymous quotes. Hear the person in private to go further.</source>
        <translation>Групповая беседа не обеспечивает конфиденциальности, поэтому допускает только обобщённое использование и анонимное цитирование. Чтобы пойти дальше, побеседуйте с человеком наедине.</translation>
    </message>
    <message>
        <source>Consent sought in an adapted way for</source>
        <translation>Согласие получено в адаптированной форме для</translation>
    </message>
    <message>
        <source>Not adapted</source>
        <translation>Без адаптации</translation>
    </message>
    <message>
        <source>Adapted for:</source>
        <translation>Адаптировано для:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Отменить изменение</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Зафиксировать согласие</translation>
    </message>
    <message>
        <source>&amp;Record changed consent</source>
        <translation>&amp;Зафиксировать изменённое согласие</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Зафиксировать согласие</translation>
    </message>
    <message>
        <source>Record changed consent</source>
        <translation>Зафиксировать изменённое согласие</translation>
    </message>
    <message>
        <source>Agreed to: %1.</source>
        <translation>Согласие на: %1.</translation>
    </message>
    <message>
        <source>Sought in an adapted way for: %1.</source>
        <translation>Получено в адаптированной форме для: %1.</translation>
    </message>
    <message>
        <source>No consent recorded yet: no notes can be written.</source>
        <translation>Согласие ещё не зафиксировано: вести заметки нельзя.</translation>
    </message>
    <message>
        <source>Consent recorded %1.</source>
        <translation>Согласие зафиксировано %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn %1.</source>
        <translation>Согласие отозвано %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Согласие отозвано.</translation>
    </message>
    <message>
        <source>Nothing more can be recorded from this interview; what depended on the consent was withdrawn with it.</source>
        <translation>Из этой беседы больше ничего нельзя записать; всё, что зависело от согласия, отозвано вместе с ним.</translation>
    </message>
    <message>
        <source>Withdraw this person&apos;s consent?</source>
        <translation>Отозвать согласие этого человека?</translation>
    </message>
    <message>
        <source>The notes become read-only, nothing more can be recorded from this interview, identity entries are deleted and consent to act on allegations is removed. This cannot be undone.</source>
        <translation>Заметки станут доступны только для чтения, из этой беседы больше ничего нельзя будет записать, записи о личности будут удалены, а согласие на принятие мер по заявлениям — снято. Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>vigil::CoordinatorPanel</name>
    <message>
        <source>Select all rows</source>
        <translation>Выделить все строки</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Отпечаток этого устройства</translation>
    </message>
    <message>
        <source>Read it out when someone who is joining calls you: they compare it with the one their invitation shows.</source>
        <translation>Зачитайте его, когда вам позвонит присоединяющийся участник: он сравнит его с отпечатком, показанным в его приглашении.</translation>
    </message>
    <message>
        <source>Requests to join</source>
        <translation>Запросы на подключение</translation>
    </message>
    <message>
        <source>Call the person on a number you already know and ask them to read out the fingerprint their device shows. Approve only if it matches the one listed here exactly.</source>
        <translation>Позвоните этому человеку по уже известному вам номеру и попросите зачитать отпечаток, который показывает его устройство. Одобряйте запрос, только если он в точности совпадает с указанным здесь.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Одобрить…</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Одобрить выбранный запрос</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>Refuse the selected request</source>
        <translation>Отклонить выбранный запрос</translation>
    </message>
    <message>
        <source>&amp;Import a request…</source>
        <translation>&amp;Импортировать запрос…</translation>
    </message>
    <message>
        <source>Import an enrolment request file</source>
        <translation>Импортировать файл запроса на подключение</translation>
    </message>
    <message>
        <source>Devices of the organisation</source>
        <translation>Устройства организации</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Отоз&amp;вать…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>Отозвать выбранное устройство</translation>
    </message>
    <message>
        <source>In&amp;vite…</source>
        <translation>&amp;Пригласить…</translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation>Пригласить устройство</translation>
    </message>
    <message>
        <source>A request that came with the last sync was not taken: %1</source>
        <translation>Запрос, поступивший при последней синхронизации, не принят: %1</translation>
    </message>
    <message>
        <source>Import an enrolment request</source>
        <translation>Импорт запроса на подключение</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge);;All files (*)</source>
        <translation>Запросы на подключение Vigil (*.vge);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The request from “%1” was received. Call the person and compare the fingerprint before approving it.</source>
        <translation>Запрос от «%1» получен. Позвоните этому человеку и сверьте отпечаток, прежде чем одобрить запрос.</translation>
    </message>
    <message>
        <source>%1 (invited: %2)</source>
        <translation>%1 (приглашение: %2)</translation>
    </message>
    <message>
        <source>Approve a device</source>
        <translation>Одобрение устройства</translation>
    </message>
    <message>
        <source>&lt;p&gt;Approve %1 as %2?&lt;/p&gt;&lt;p&gt;Approve only if the person read out exactly these digits:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Одобрить %1 в роли «%2»?&lt;/p&gt;&lt;p&gt;Одобряйте, только если человек зачитал именно эти цифры:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If any group differs, refuse the request: someone else may have sent it.</source>
        <translation>Если хотя бы одна группа отличается, отклоните запрос: его мог отправить кто-то другой.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>“%1” is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation>«%1» теперь входит в организацию в роли «%2». Список устройств будет передан ему при вашей следующей синхронизации.</translation>
    </message>
    <message>
        <source>Refuse a request</source>
        <translation>Отклонение запроса</translation>
    </message>
    <message>
        <source>Refuse the request from “%1”?</source>
        <translation>Отклонить запрос от «%1»?</translation>
    </message>
    <message>
        <source>The invitation stays valid: the person it was for can still join with it.</source>
        <translation>Приглашение остаётся действительным: человек, для которого оно предназначено, по-прежнему может присоединиться с его помощью.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>The request from “%1” was refused.</source>
        <translation>Запрос от «%1» отклонён.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Отзыв устройства</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>Отозвать «%1»?</translation>
    </message>
    <message>
        <source>From now on its bundles are refused by every device that has received the new device list, and nothing more is sent to it. What it sent before stays. This cannot be undone: to take part again, the person needs a new vault and a new invitation.</source>
        <translation>С этого момента его пакеты отклоняются всеми устройствами, получившими новый список устройств, и ему больше ничего не отправляется. Отправленное им ранее сохраняется. Это действие нельзя отменить: чтобы снова участвовать, человеку потребуются новое хранилище и новое приглашение.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>“%1” is revoked. Sync to tell the other devices.</source>
        <translation>«%1» отозвано. Выполните синхронизацию, чтобы сообщить об этом другим устройствам.</translation>
    </message>
</context>
<context>
    <name>vigil::CoordinatorSeal</name>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation>Запись о личности повреждена или была изменена.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted for the coordinators.</source>
        <translation>Не удалось зашифровать запись о личности для координаторов.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation>Не удалось зашифровать запись о личности.</translation>
    </message>
    <message>
        <source>This identity entry was sealed for the organisation&apos;s coordinators; it cannot be read on this device.</source>
        <translation>Эта запись о личности запечатана для координаторов организации; на этом устройстве её прочитать нельзя.</translation>
    </message>
</context>
<context>
    <name>vigil::CoverageItem</name>
    <message>
        <source>A bundle&apos;s list of what it carries is malformed.</source>
        <translation>Перечень содержимого пакета имеет неверный формат.</translation>
    </message>
</context>
<context>
    <name>vigil::CreateOrganisationDialog</name>
    <message>
        <source>Create an organisation</source>
        <translation>Создание организации</translation>
    </message>
    <message>
        <source>Do this once, on the coordinator&apos;s computer at the secretariat. This vault becomes the organisation&apos;s coordinator: it issues invitations, approves and revokes devices, and receives what every device sends. The records already in this vault are kept. A vault cannot leave its organisation afterwards.</source>
        <translation>Сделайте это один раз, на компьютере координатора в секретариате. Это хранилище станет координатором организации: оно выдаёт приглашения, одобряет и отзывает устройства и получает всё, что отправляет каждое устройство. Записи, уже имеющиеся в хранилище, сохраняются. Впоследствии хранилище не сможет выйти из организации.</translation>
    </message>
    <message>
        <source>Members who only need to exchange records with a coordinator should not create an organisation: they join one with the invitation their coordinator gives them.</source>
        <translation>Участникам, которым нужно лишь обмениваться записями с координатором, не следует создавать организацию: они присоединяются к ней с помощью приглашения, которое им выдаёт координатор.</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>For example: National Preventive Mechanism</source>
        <translation>Например: Национальный превентивный механизм</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Имя этого устройства</translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation>&amp;Имя этого устройства:</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Создать организацию</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Make this vault the coordinator of “%1”?</source>
        <translation>Сделать это хранилище координатором «%1»?</translation>
    </message>
    <message>
        <source>It cannot become a standalone vault again, nor join another organisation.</source>
        <translation>Оно уже не сможет снова стать автономным хранилищем или присоединиться к другой организации.</translation>
    </message>
</context>
<context>
    <name>vigil::Database</name>
    <message>
        <source>The disk is full. Free some space; the last change was not saved and nothing else was lost.</source>
        <translation>Диск заполнен. Освободите место; последнее изменение не сохранено, остальные данные не потеряны.</translation>
    </message>
    <message>
        <source>The vault is on storage Vigil may not write to.</source>
        <translation>Хранилище находится на носителе, запись на который для Vigil запрещена.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened.</source>
        <translation>Не удалось открыть базу данных хранилища.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or has been altered. Restore it from a backup.</source>
        <translation>База данных хранилища повреждена или была изменена. Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <source>The vault is in use by another Vigil window or program.</source>
        <translation>Хранилище используется другим окном Vigil или другой программой.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the record.</source>
        <translation>Изменение нарушает правило ведения записи.</translation>
    </message>
    <message>
        <source>Vigil ran out of memory.</source>
        <translation>Программе Vigil не хватило памяти.</translation>
    </message>
    <message>
        <source>Reading or writing the vault failed.</source>
        <translation>Ошибка чтения или записи хранилища.</translation>
    </message>
    <message>
        <source>The vault&apos;s database reported an error.</source>
        <translation>База данных хранилища сообщила об ошибке.</translation>
    </message>
</context>
<context>
    <name>vigil::DemoVault</name>
    <message>
        <source>The old demo vault at %1 could not be removed.</source>
        <translation>Не удалось удалить старое демонстрационное хранилище в %1.</translation>
    </message>
    <message>
        <source>%1 holds a vault that is not a demo vault; it is left as it is.</source>
        <translation>В %1 находится хранилище, не являющееся демонстрационным; оно оставлено без изменений.</translation>
    </message>
    <message>
        <source>Demo — National Preventive Mechanism of Westland (fictional)</source>
        <translation>Демо — Национальный превентивный механизм Вестландии (вымышленный)</translation>
    </message>
</context>
<context>
    <name>vigil::DetailFrame</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Назад на предыдущую страницу (%1)</translation>
    </message>
</context>
<context>
    <name>vigil::DeviceIdentity</name>
    <message>
        <source>This vault has no device keys yet.</source>
        <translation>У этого хранилища ещё нет ключей устройства.</translation>
    </message>
    <message>
        <source>This vault&apos;s device keys are damaged.</source>
        <translation>Ключи устройства в этом хранилище повреждены.</translation>
    </message>
</context>
<context>
    <name>vigil::DevicesPage</name>
    <message>
        <source>Organisation and devices</source>
        <translation>Организация и устройства</translation>
    </message>
    <message>
        <source>This vault is standalone: it belongs to no organisation and exchanges records with no other device.</source>
        <translation>Это хранилище автономно: оно не входит ни в одну организацию и не обменивается записями ни с одним другим устройством.</translation>
    </message>
    <message>
        <source>To work with a team, join your organisation with the invitation file your coordinator gives you in person. Nothing in this vault is lost by joining.</source>
        <translation>Чтобы работать в команде, присоединитесь к своей организации с помощью файла приглашения, который координатор передаст вам лично. При присоединении ничего из этого хранилища не теряется.</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Присоединиться к организации…</translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation>Присоединиться к организации</translation>
    </message>
    <message>
        <source>Only the coordinator of the secretariat creates the organisation, once, on their own computer; every other device joins it.</source>
        <translation>Организацию создаёт только координатор секретариата, один раз, на своём компьютере; все остальные устройства присоединяются к ней.</translation>
    </message>
    <message>
        <source>&amp;Create an organisation…</source>
        <translation>&amp;Создать организацию…</translation>
    </message>
    <message>
        <source>Create an organisation</source>
        <translation>Создать организацию</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, for the coordinator to compare by phone:</source>
        <translation>Отпечаток этого устройства, который координатор сверит по телефону:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Отпечаток этого устройства</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation>&amp;Сохранить копию запроса…</translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation>Сохранить копию запроса на подключение</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation>Организация «%1»</translation>
    </message>
    <message>
        <source>This device belongs to “%1” as %2.</source>
        <translation>Это устройство входит в «%1» в роли «%2».</translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation>Сохранение копии запроса</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation>Запросы на подключение Vigil (*.vge)</translation>
    </message>
    <message>
        <source>The enrolment request is no longer on this device. Join again with the same invitation to make a new one.</source>
        <translation>Запроса на подключение больше нет на этом устройстве. Присоединитесь ещё раз с тем же приглашением, чтобы создать новый.</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Копия сохранена в %1.</translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentModel</name>
    <message>
        <source>(deleted person)</source>
        <translation>(удалённое лицо)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашение</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentRequest</name>
    <message>
        <source>This enrolment request is damaged or was changed on the way.</source>
        <translation>Этот запрос на подключение повреждён или был изменён в пути.</translation>
    </message>
    <message>
        <source>The enrolment request could not be written.</source>
        <translation>Не удалось записать запрос на подключение.</translation>
    </message>
    <message>
        <source>The enrolment request could not be encrypted.</source>
        <translation>Не удалось зашифровать запрос на подключение.</translation>
    </message>
    <message>
        <source>The enrolment request could not be opened.</source>
        <translation>Не удалось открыть запрос на подключение.</translation>
    </message>
    <message>
        <source>This file is not a Vigil enrolment request.</source>
        <translation>Этот файл не является запросом на подключение Vigil.</translation>
    </message>
    <message>
        <source>This enrolment request was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation>Этот запрос на подключение создан более новой версией Vigil. Обновите Vigil и откройте его снова.</translation>
    </message>
    <message>
        <source>This enrolment request is not addressed to this coordinator, or it is damaged.</source>
        <translation>Этот запрос на подключение адресован не этому координатору или повреждён.</translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation>Не удалось проверить запрос на подключение.</translation>
    </message>
    <message>
        <source>This enrolment request does not match the invitation it names: it may be forged. Ask the person to join again with the invitation you gave them.</source>
        <translation>Этот запрос на подключение не соответствует указанному в нём приглашению: возможно, он подделан. Попросите человека присоединиться ещё раз с приглашением, которое вы ему выдали.</translation>
    </message>
</context>
<context>
    <name>vigil::ErrorLabel</name>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not kept. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому изменение не сохранено. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The vault&apos;s storage cannot be written, so the change was not kept. Check the drive and its permissions.</source>
        <translation>Запись в хранилище невозможна, поэтому изменение не сохранено. Проверьте диск и права доступа к нему.</translation>
    </message>
    <message>
        <source>The vault may be damaged. Lock it, make a copy of the vault folder and check it before making further changes.</source>
        <translation>Возможно, хранилище повреждено. Заблокируйте его, сделайте копию папки хранилища и проверьте её, прежде чем вносить новые изменения.</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLinksWidget</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Связать</translation>
    </message>
    <message>
        <source>Re&amp;move link</source>
        <translation>&amp;Убрать связь</translation>
    </message>
    <message>
        <source>Evidence of the finding</source>
        <translation>Доказательства по выводу</translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation>Доказательство для связи</translation>
    </message>
    <message>
        <source>Link the chosen evidence to the finding</source>
        <translation>Связать выбранное доказательство с выводом</translation>
    </message>
    <message>
        <source>Remove the selected evidence from the finding</source>
        <translation>Убрать выбранное доказательство из вывода</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(с тех пор удалено)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Evidence of a finding: its kind, then its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Связать доказательство</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Убрать доказательство</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLookup</name>
    <message>
        <source>Interview %1</source>
        <translation>Беседа %1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>Проверка журнала: %1</translation>
    </message>
    <message>
        <source>Register check: %1, %2 to %3</source>
        <translation>Проверка журнала: %1, с %2 по %3</translation>
    </message>
    <message>
        <source>Access %1: %2</source>
        <translation>Доступ (%1): %2</translation>
    </message>
    <message>
        <source>Checklist question %1</source>
        <translation>Вопрос контрольного списка %1</translation>
    </message>
    <message>
        <source>Checklist question %1: %2</source>
        <translation>Вопрос контрольного списка %1: %2</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: there is no %1 with this id</source>
        <translation>finding_evidence.evidence_id: нет записи %1 с таким идентификатором</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_kind: &apos;%1&apos; is not a kind of evidence</source>
        <translation>finding_evidence.evidence_kind: «%1» не является видом доказательств</translation>
    </message>
</context>
<context>
    <name>vigil::ExportReportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, язык: %2</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Текст OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Веб-страница (HTML)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Выберите файл для записи</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Фа&amp;йл:</translation>
    </message>
    <message>
        <source>What the publication guard found</source>
        <translation>Результаты контроля публикации</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспортировать отчёт</translation>
    </message>
    <message>
        <source>Close, or cancel the export</source>
        <translation>Закрыть или отменить экспорт</translation>
    </message>
    <message>
        <source>Checking the report with the publication guard…</source>
        <translation>Проверка отчёта контролем публикации…</translation>
    </message>
    <message>
        <source>The report could not be checked: %1</source>
        <translation>Не удалось проверить отчёт: %1</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись: %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Отчёт сохранён как %1.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Экспорт отменён. Файл не записан.</translation>
    </message>
    <message>
        <source>The report could not be exported. %1</source>
        <translation>Не удалось экспортировать отчёт. %1</translation>
    </message>
</context>
<context>
    <name>vigil::ExportWriter</name>
    <message>
        <source>A bundle could not be written to %1.</source>
        <translation>Не удалось записать пакет в %1.</translation>
    </message>
    <message>
        <source>The changes to send changed while the bundle was written.</source>
        <translation>Изменения для отправки поменялись во время записи пакета.</translation>
    </message>
    <message>
        <source>An attachment file could not be read.</source>
        <translation>Не удалось прочитать файл вложения.</translation>
    </message>
    <message>
        <source>An attachment file changed while the bundle was written.</source>
        <translation>Файл вложения изменился во время записи пакета.</translation>
    </message>
</context>
<context>
    <name>vigil::FilteredTableView</name>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Фильтр: %1</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Выделить все строки</translation>
    </message>
</context>
<context>
    <name>vigil::FindingEditor</name>
    <message>
        <source>Finding title</source>
        <translation>Название вывода</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>Подкатегория</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Standards cited</source>
        <translation>Ссылки на стандарты</translation>
    </message>
    <message>
        <source>&amp;Good practice</source>
        <translation>По&amp;ложительная практика</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Положительная практика</translation>
    </message>
    <message>
        <source>Corroborating sources</source>
        <translation>Подтверждающие источники</translation>
    </message>
    <message>
        <source>e.g. Mandela Rules 43-45</source>
        <translation>напр., Правила Манделы 43–45</translation>
    </message>
    <message>
        <source>Leave at the lowest value to count the linked interviews, observations and register checks.</source>
        <translation>Оставьте минимальное значение, чтобы учитывались связанные беседы, наблюдения и проверки журналов.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>&amp;Подкатегория:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Серьёзность:</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>&amp;Факты:</translation>
    </message>
    <message>
        <source>&amp;Analysis:</source>
        <translation>&amp;Анализ:</translation>
    </message>
    <message>
        <source>Sta&amp;ndards:</source>
        <translation>Станда&amp;рты:</translation>
    </message>
    <message>
        <source>Sou&amp;rces:</source>
        <translation>&amp;Источники:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Доказательства:</translation>
    </message>
    <message>
        <source>finding title</source>
        <translation>название вывода</translation>
    </message>
    <message>
        <source>sub-category</source>
        <translation>подкатегорию</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>факты</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>анализ</translation>
    </message>
    <message>
        <source>standards</source>
        <translation>стандарты</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Изменить категорию</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Изменить серьёзность</translation>
    </message>
    <message>
        <source>Change good practice</source>
        <translation>Изменить отметку о положительной практике</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <extracomment>Shown for corroborating sources not set by hand: the number counted from the evidence</extracomment>
        <translation>Подсчитано: %1</translation>
    </message>
</context>
<context>
    <name>vigil::FindingRepository</name>
    <message>
        <source>finding.sources: must be at least 1 (leave it empty to count the linked evidence)</source>
        <translation>finding.sources: должно быть не меньше 1 (оставьте пустым, чтобы подсчитать связанные доказательства)</translation>
    </message>
    <message>
        <source>The finding does not exist or was deleted.</source>
        <translation>Вывод не существует или был удалён.</translation>
    </message>
    <message>
        <source>finding_evidence.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>finding_evidence.finding_id: ссылается на вывод, который не существует или был удалён</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was deleted</source>
        <translation>finding_evidence.evidence_id: запись %1 удалена</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was recorded on another visit than the finding</source>
        <translation>finding_evidence.evidence_id: запись %1 сделана в ходе другого посещения, чем вывод</translation>
    </message>
    <message>
        <source>This evidence is not linked to the finding.</source>
        <translation>Это доказательство не связано с выводом.</translation>
    </message>
</context>
<context>
    <name>vigil::FindingsPanel</name>
    <message>
        <source>&amp;Delete finding</source>
        <translation>&amp;Удалить вывод</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>Н&amp;овый вывод</translation>
    </message>
    <message>
        <source>Add a finding in the selected category</source>
        <translation>Добавить вывод в выбранную категорию</translation>
    </message>
    <message>
        <source>Delete the selected finding</source>
        <translation>Удалить выбранный вывод</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Выводы по категориям</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Новый вывод</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Добавить вывод</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Удалить вывод</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Вывод без названия</translation>
    </message>
    <message>
        <source>%1 [%2]%3</source>
        <extracomment>A finding in the tree: title and severity; &quot;good practice&quot; marked</extracomment>
        <translation>%1 [%2]%3</translation>
    </message>
    <message>
        <source> ✓ good practice</source>
        <translation> ✓ положительная практика</translation>
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
        <translation>Папка %1</translation>
    </message>
    <message>
        <source>The sync folder %1 is not available. Connect the USB stick or network drive that holds it and try again.</source>
        <translation>Папка синхронизации %1 недоступна. Подключите USB-накопитель или сетевой диск, на котором она находится, и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose the folder that holds the sync mailbox.</source>
        <translation>%1 не является папкой; выберите папку, в которой находится почтовый ящик синхронизации.</translation>
    </message>
</context>
<context>
    <name>vigil::GuardFindingsView</name>
    <message>
        <source>The publication guard found nothing to take out and nothing to warn about.</source>
        <translation>Контроль публикации не нашёл ничего, что нужно исключить, и ничего, о чём нужно предупредить.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix each in the builder, or accept it to export the report as it is. Your decision is recorded.</source>
        <translation>
            <numerusform>%n предупреждение: исправьте его в конструкторе или примите, чтобы экспортировать отчёт как есть. Ваше решение фиксируется.</numerusform>
            <numerusform>%n предупреждения: исправьте каждое в конструкторе или примите его, чтобы экспортировать отчёт как есть. Ваше решение фиксируется.</numerusform>
            <numerusform>%n предупреждений: исправьте каждое в конструкторе или примите его, чтобы экспортировать отчёт как есть. Ваше решение фиксируется.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are taken out of the exported file: this kind of report may not show them.</source>
        <translation>
            <numerusform>%n элемент исключён из экспортируемого файла: в отчёте этого вида его показывать нельзя.</numerusform>
            <numerusform>%n элемента исключены из экспортируемого файла: в отчёте этого вида их показывать нельзя.</numerusform>
            <numerusform>%n элементов исключены из экспортируемого файла: в отчёте этого вида их показывать нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation>Исключено: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Раздел: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>I accept this</source>
        <translation>Принимаю</translation>
    </message>
    <message>
        <source>Accept the warning: %1</source>
        <translation>Принять предупреждение: %1</translation>
    </message>
    <message>
        <source>Show in the builder</source>
        <translation>Показать в конструкторе</translation>
    </message>
    <message>
        <source>Show the item in the report builder to fix it</source>
        <translation>Показать элемент в конструкторе отчёта, чтобы исправить его</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityCheckPanel</name>
    <message>
        <source>Check for &amp;names from identity entries…</source>
        <translation>Проверить на &amp;имена из записей о личности…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Пров&amp;ерить</translation>
    </message>
    <message>
        <source>Check the report for names from identity entries</source>
        <translation>Проверить отчёт на имена из записей о личности</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Парольная фраза хранилища</translation>
    </message>
    <message>
        <source>Check with this passphrase</source>
        <translation>Проверить с этой парольной фразой</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Names and numbers from the visit&apos;s identity entries were looked for in this report.</source>
        <translation>Отчёт проверен на наличие имён и номеров из записей о личности этого посещения.</translation>
    </message>
    <message>
        <source>Names and numbers typed into identity entries were not checked: the report may still contain one.</source>
        <translation>Имена и номера, введённые в записи о личности, не проверялись: отчёт всё ещё может содержать какое-либо из них.</translation>
    </message>
    <message>
        <source>Enter the vault passphrase again to unseal the identity entries for this check. They are wiped from memory right after it.</source>
        <translation>Введите парольную фразу хранилища ещё раз, чтобы расшифровать записи о личности для этой проверки. Сразу после неё они будут стёрты из памяти.</translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation>Введите парольную фразу хранилища.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
    <message>
        <source>The passphrase is not correct. No identity entry was read.</source>
        <translation>Неверная парольная фраза. Ни одна запись о личности не прочитана.</translation>
    </message>
    <message>
        <source>The names could not be checked: %1</source>
        <translation>Не удалось проверить имена: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n identity entry(ies) read and looked for in the report.</source>
        <translation>
            <numerusform>Прочитана %n запись о личности; отчёт проверен на наличие её данных.</numerusform>
            <numerusform>Прочитаны %n записи о личности; отчёт проверен на наличие их данных.</numerusform>
            <numerusform>Прочитано %n записей о личности; отчёт проверен на наличие их данных.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::IdentityDialog</name>
    <message>
        <source>Identity behind %1</source>
        <translation>Личность за псевдонимом %1</translation>
    </message>
    <message>
        <source>Names and ID numbers are kept sealed. Enter the vault passphrase again to see them: they are shown only while this window is open, and the reading is recorded in the audit log.</source>
        <translation>Имена и номера документов хранятся в зашифрованном виде. Чтобы увидеть их, введите парольную фразу хранилища ещё раз: они показываются, только пока открыто это окно, а сам просмотр фиксируется в журнале аудита.</translation>
    </message>
    <message>
        <source>See the identity</source>
        <translation>Просмотр данных о личности</translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation>Запись о личности</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Парольная фраза хранилища</translation>
    </message>
    <message>
        <source>&amp;Show identity</source>
        <translation>&amp;Показать данные о личности</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>Показать данные о личности</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Identity (hidden again when this window closes)</source>
        <translation>Данные о личности (будут скрыты при закрытии окна)</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Настоящее имя</translation>
    </message>
    <message>
        <source>ID, prison or cell number</source>
        <translation>Номер документа, личного дела или камеры</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Другие сведения</translation>
    </message>
    <message>
        <source>Real name:</source>
        <translation>Настоящее имя:</translation>
    </message>
    <message>
        <source>ID, prison or cell number:</source>
        <translation>Номер документа, личного дела или камеры:</translation>
    </message>
    <message>
        <source>Other details:</source>
        <translation>Другие сведения:</translation>
    </message>
    <message>
        <source>Record an identity</source>
        <translation>Записать данные о личности</translation>
    </message>
    <message>
        <source>Only when the person consented to the use of their name or to the referral of their case.</source>
        <translation>Только если человек дал согласие на использование своего имени или на передачу своего дела.</translation>
    </message>
    <message>
        <source>Real name to record</source>
        <translation>Настоящее имя для записи</translation>
    </message>
    <message>
        <source>ID, prison or cell number to record</source>
        <translation>Номер документа, личного дела или камеры для записи</translation>
    </message>
    <message>
        <source>Other details to record</source>
        <translation>Другие сведения для записи</translation>
    </message>
    <message>
        <source>Seal and &amp;record</source>
        <translation>Зашифровать и &amp;записать</translation>
    </message>
    <message>
        <source>Seal and record the identity</source>
        <translation>Зашифровать и записать данные о личности</translation>
    </message>
    <message>
        <source>Close and hide the identity</source>
        <translation>Закрыть и скрыть данные о личности</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Записано %1</translation>
    </message>
    <message>
        <source>No identity is recorded for this interview</source>
        <translation>Для этой беседы данные о личности не записаны</translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation>Введите парольную фразу хранилища.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Nothing was shown.</source>
        <translation>Парольная фраза неверна. Ничего не показано.</translation>
    </message>
    <message>
        <source>Enter a name or an ID number to record.</source>
        <translation>Введите имя или номер документа для записи.</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityRepository</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation>Запись о личности повреждена или была изменена.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation>Не удалось зашифровать запись о личности.</translation>
    </message>
    <message>
        <source>The identity entry is empty.</source>
        <translation>Запись о личности пуста.</translation>
    </message>
    <message>
        <source>The identity entry does not exist or was deleted.</source>
        <translation>Запись о личности не существует или была удалена.</translation>
    </message>
    <message>
        <source>This device does not know the organisation&apos;s coordinators yet, so identity entries cannot be sealed for them. Sync once, then try again.</source>
        <translation>Этому устройству ещё не известны координаторы организации, поэтому записи о личности нельзя запечатать для них. Выполните синхронизацию один раз и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>vigil::InactiveShield</name>
    <message>
        <source>Content hidden while Vigil is in the background</source>
        <translation>Содержимое скрыто, пока Vigil работает в фоновом режиме</translation>
    </message>
    <message>
        <source>Hidden while Vigil is in the background</source>
        <translation>Скрыто, пока Vigil работает в фоновом режиме</translation>
    </message>
</context>
<context>
    <name>vigil::InboxModel</name>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Waiting for an earlier bundle</source>
        <translation>Ожидает более раннего пакета</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>В карантине</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Неизвестное устройство</translation>
    </message>
    <message>
        <source>Unknown device %1</source>
        <extracomment>A sender not in the roster, by the start of its device id</extracomment>
        <translation>Неизвестное устройство %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewCommands</name>
    <message>
        <source>New interview</source>
        <translation>Новая беседа</translation>
    </message>
    <message>
        <source>Edit interview notes</source>
        <translation>Изменить заметки беседы</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewDetailsForm</name>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>Да, никто больше не мог слышать</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>Проведена без свидетелей</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>Нет, присутствовали другие лица</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>Присутствовали другие лица</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>Без свидетелей:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Отделение:</translation>
    </message>
    <message>
        <source>Where in the place</source>
        <translation>Где в учреждении</translation>
    </message>
    <message>
        <source>For example: the library, out of sight of staff</source>
        <translation>Например: в библиотеке, вне поля зрения персонала</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Переводчик:</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>Кто выбрал собеседника</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Кем выбран:</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>Риск репрессалий</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>Спросите, опасается ли человек последствий.</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>Риск репрессалий:</translation>
    </message>
    <message>
        <source>Check on them at the next visit</source>
        <translation>Проверить положение при следующем посещении</translation>
    </message>
    <message>
        <source>Follow up at the next visit</source>
        <translation>Последующая проверка при следующем посещении</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Последующие меры:</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only with consent, and only when needed.</source>
        <translation>Инвалидность, принадлежность к ЛГБТИ, меньшинству или коренному народу: только с согласия и только при необходимости.</translation>
    </message>
    <message>
        <source>Vulnerabilities:</source>
        <translation>Уязвимость:</translation>
    </message>
    <message>
        <source>Interviewer the person asked for</source>
        <translation>С кем человек просит провести беседу</translation>
    </message>
    <message>
        <source>No preference stated</source>
        <translation>Пожеланий не высказано</translation>
    </message>
    <message>
        <source>Asked to be heard by:</source>
        <translation>Просит о беседе с:</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Темы через запятую</translation>
    </message>
    <message>
        <source>For example: use of force, health care, family contact</source>
        <translation>Например: применение силы, медицинская помощь, контакты с семьёй</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Темы:</translation>
    </message>
    <message>
        <source>Edit interview location</source>
        <translation>Изменить место проведения беседы</translation>
    </message>
    <message>
        <source>Edit interview topics</source>
        <translation>Изменить темы беседы</translation>
    </message>
    <message>
        <source>Change interview unit</source>
        <translation>Изменить отделение беседы</translation>
    </message>
    <message>
        <source>Change interpreter</source>
        <translation>Изменить переводчика</translation>
    </message>
    <message>
        <source>Change who chose the interviewee</source>
        <translation>Изменить, кем выбран собеседник</translation>
    </message>
    <message>
        <source>Change reprisal risk</source>
        <translation>Изменить риск репрессалий</translation>
    </message>
    <message>
        <source>Change follow-up</source>
        <translation>Изменить последующие меры</translation>
    </message>
    <message>
        <source>Change requested interviewer</source>
        <translation>Изменить пожелание о том, кто проводит беседу</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Без привязки к отделению</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only when needed.</source>
        <translation>Инвалидность, принадлежность к ЛГБТИ, меньшинству или коренному народу: только при необходимости.</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can be recorded once consent is recorded, and only when needed.</source>
        <translation>Инвалидность, принадлежность к ЛГБТИ, меньшинству или коренному народу можно записать после того, как зафиксировано согласие, и только при необходимости.</translation>
    </message>
    <message>
        <source>Change vulnerabilities</source>
        <translation>Изменить уязвимость</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewEditor</name>
    <message>
        <source>Select an interview, or start a new one.</source>
        <translation>Выберите беседу или начните новую.</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>&amp;Личность…</translation>
    </message>
    <message>
        <source>Real identity (asks for the passphrase)</source>
        <translation>Настоящая личность (запрашивается парольная фраза)</translation>
    </message>
    <message>
        <source>Names and ID numbers are sealed; seeing them asks for the passphrase again.</source>
        <translation>Имена и номера документов зашифрованы; для их просмотра снова запрашивается парольная фраза.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Заметки беседы</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>Беседа</translation>
    </message>
    <message>
        <source>Pseudonym %1</source>
        <translation>Псевдоним %1</translation>
    </message>
    <message>
        <source>Notes open once consent is recorded above: nothing the person says is written down before they have agreed how it may be used.</source>
        <translation>Заметки станут доступны после того, как выше будет зафиксировано согласие: ничто из сказанного человеком не записывается, пока он не согласится с тем, как это может быть использовано.</translation>
    </message>
    <message>
        <source>Record consent first.</source>
        <translation>Сначала зафиксируйте согласие.</translation>
    </message>
    <message>
        <source>Write what the person said, in their words where possible. Saved as you type.</source>
        <translation>Запишите, что сказал человек, по возможности его словами. Текст сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>The person withdrew consent: the notes are read-only and nothing more can be added.</source>
        <translation>Человек отозвал согласие: заметки доступны только для чтения, добавить ничего нельзя.</translation>
    </message>
    <message numerus="yes">
        <source>%n safeguard warning(s) on this interview, shown next to the fields they concern.</source>
        <translation>
            <numerusform>%n предупреждение о гарантиях защиты в этой беседе; оно показано рядом с соответствующим полем.</numerusform>
            <numerusform>%n предупреждения о гарантиях защиты в этой беседе; они показаны рядом с соответствующими полями.</numerusform>
            <numerusform>%n предупреждений о гарантиях защиты в этой беседе; они показаны рядом с соответствующими полями.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::InterviewLabels</name>
    <message>
        <source>Individual, in private</source>
        <translation>Индивидуальная, конфиденциальная</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Групповая</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>С сотрудником</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>С администрацией</translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation>С внешними лицами (родственники, адвокат, НКО)</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Без переводчика</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>Профессиональный переводчик</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Сотрудник учреждения</translation>
    </message>
    <message>
        <source>Fellow detainee</source>
        <translation>Лицо из числа содержащихся</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>The person asked to be heard</source>
        <translation>Человек сам попросил о беседе</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>Пожилой человек</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>Иностранный гражданин</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>Человек с инвалидностью</translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation>ЛГБТИ</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Представитель меньшинства</translation>
    </message>
    <message>
        <source>Indigenous person</source>
        <translation>Представитель коренного народа</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>женщиной</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>мужчиной</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>человеком другого пола</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>ребёнка</translation>
    </message>
    <message>
        <source>A person with an intellectual disability</source>
        <translation>человека с интеллектуальной инвалидностью</translation>
    </message>
    <message>
        <source>A person with a psychosocial disability</source>
        <translation>человека с психосоциальной инвалидностью</translation>
    </message>
    <message>
        <source>Aggregate use only</source>
        <translation>Только в обобщённом виде</translation>
    </message>
    <message>
        <source>Quote anonymously</source>
        <translation>Анонимное цитирование</translation>
    </message>
    <message>
        <source>Use the name</source>
        <translation>Использование имени</translation>
    </message>
    <message>
        <source>Share with the authorities</source>
        <translation>Передача органам власти</translation>
    </message>
    <message>
        <source>Refer the case</source>
        <translation>Передача дела</translation>
    </message>
    <message>
        <source>Always given: what was said counts in anonymous totals, never traceable to the person.</source>
        <translation>Даётся всегда: сказанное учитывается в анонимных обобщённых данных и никогда не может быть соотнесено с человеком.</translation>
    </message>
    <message>
        <source>Their words may be quoted in a report without anything that identifies them.</source>
        <translation>Слова человека могут цитироваться в отчёте без каких-либо сведений, позволяющих его опознать.</translation>
    </message>
    <message>
        <source>Their name may be recorded and used, for example in a report or a letter.</source>
        <translation>Имя человека может быть записано и использовано, например в отчёте или письме.</translation>
    </message>
    <message>
        <source>Their account may be passed to the authorities responsible for the place.</source>
        <translation>Рассказ человека может быть передан органам власти, отвечающим за это место.</translation>
    </message>
    <message>
        <source>Their individual case may be referred to a body that can act on it.</source>
        <translation>Индивидуальное дело человека может быть передано органу, способному принять по нему меры.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewListModel</name>
    <message>
        <source>Not yet recorded</source>
        <translation>Ещё не зафиксировано</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Reprisal risk</source>
        <translation>Риск репрессалий</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewRepository</name>
    <message>
        <source>Record whether the interview was held without witnesses (OPCAT Art. 20).</source>
        <translation>Укажите, проводилась ли беседа без свидетелей (ст. 20 ФПКП).</translation>
    </message>
    <message>
        <source>The unit does not belong to the place being visited.</source>
        <translation>Отделение не относится к посещаемому месту.</translation>
    </message>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>Беседа не существует или была удалена.</translation>
    </message>
    <message>
        <source>No consent was recorded for this interview, so none can be withdrawn.</source>
        <translation>Для этой беседы согласие не зафиксировано, поэтому отозвать его нельзя.</translation>
    </message>
    <message>
        <source>Consent was already withdrawn.</source>
        <translation>Согласие уже отозвано.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewWarnings</name>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>Беседа не существует или была удалена.</translation>
    </message>
    <message>
        <source>A member of staff interpreted: the person may not have spoken freely, and staff may know what was said.</source>
        <translation>Переводил сотрудник учреждения: человек мог говорить несвободно, а персоналу может стать известно сказанное.</translation>
    </message>
    <message>
        <source>A fellow detainee interpreted: confidentiality depends on them, and both may be exposed to pressure.</source>
        <translation>Переводило лицо из числа содержащихся: конфиденциальность зависит от него, и оба могут подвергнуться давлению.</translation>
    </message>
    <message>
        <source>Staff chose this interviewee: staff know who was heard. Interview people the team chooses as well.</source>
        <translation>Собеседника выбрал персонал: персоналу известно, с кем проводилась беседа. Побеседуйте также с людьми, выбранными группой.</translation>
    </message>
    <message>
        <source>This private interview was not held without witnesses (OPCAT Art. 20).</source>
        <translation>Эта конфиденциальная беседа проводилась при свидетелях (ст. 20 ФПКП).</translation>
    </message>
    <message>
        <source>Sensitive topics came up in a group interview, which carries no confidentiality: hear the people concerned in private.</source>
        <translation>В групповой беседе, не обеспечивающей конфиденциальности, затрагивались деликатные темы: побеседуйте с этими людьми наедине.</translation>
    </message>
    <message>
        <source>The risk of reprisal is high but no follow-up is planned: check on this person at the next visit.</source>
        <translation>Риск репрессалий высокий, но последующие меры не запланированы: проверьте положение этого человека при следующем посещении.</translation>
    </message>
    <message>
        <source>Only one person was interviewed in private in %1: staff can tell who spoke. Interview others in the unit as well.</source>
        <translation>В отделении «%1» наедине опрошен только один человек: персонал может понять, кто говорил. Побеседуйте и с другими людьми в этом отделении.</translation>
    </message>
    <message>
        <source>All interviewees in %1 were chosen by staff.</source>
        <translation>Всех собеседников в отделении «%1» выбрал персонал.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewsPanel</name>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Новая беседа…</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Новая беседа</translation>
    </message>
    <message>
        <source>Interviews of this visit</source>
        <translation>Беседы в ходе этого посещения</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n private interview(s)</source>
        <translation>
            <numerusform>%1: %n конфиденциальная беседа</numerusform>
            <numerusform>%1: %n конфиденциальные беседы</numerusform>
            <numerusform>%1: %n конфиденциальных бесед</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group interview(s)</source>
        <translation>
            <numerusform>, %n групповая беседа</numerusform>
            <numerusform>, %n групповые беседы</numerusform>
            <numerusform>, %n групповых бесед</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no unit: %n private interview(s)</source>
        <translation>
            <numerusform>без отделения: %n конфиденциальная беседа</numerusform>
            <numerusform>без отделения: %n конфиденциальные беседы</numerusform>
            <numerusform>без отделения: %n конфиденциальных бесед</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview coverage: the place has no units recorded.</source>
        <translation>Охват бесед: у этого места не указаны отделения.</translation>
    </message>
    <message>
        <source>Interview coverage by unit — %1</source>
        <translation>Охват бесед по отделениям — %1</translation>
    </message>
</context>
<context>
    <name>vigil::InvitationFile</name>
    <message>
        <source>This invitation file is damaged or was changed after it was signed.</source>
        <translation>Этот файл приглашения повреждён или был изменён после подписания.</translation>
    </message>
    <message>
        <source>The invitation could not be written.</source>
        <translation>Не удалось записать приглашение.</translation>
    </message>
    <message>
        <source>This file is not a Vigil invitation.</source>
        <translation>Этот файл не является приглашением Vigil.</translation>
    </message>
    <message>
        <source>This invitation was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation>Это приглашение создано более новой версией Vigil. Обновите Vigil и откройте его снова.</translation>
    </message>
</context>
<context>
    <name>vigil::InviteDialog</name>
    <message>
        <source>invitation</source>
        <translation>приглашение</translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation>Приглашение устройства</translation>
    </message>
    <message>
        <source>The invitation file lets one device ask to join the organisation. Hand it over in person, on a USB stick you give yourself: whoever holds it can ask to join. It can be used once and expires in 14 days.</source>
        <translation>Файл приглашения позволяет одному устройству запросить присоединение к организации. Передайте его лично, на USB-накопителе, который вы вручаете сами: любой, у кого он окажется, может запросить присоединение. Его можно использовать один раз, срок его действия — 14 дней.</translation>
    </message>
    <message>
        <source>Role of the invited device</source>
        <translation>Роль приглашаемого устройства</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Person who will use the device</source>
        <translation>Лицо, которое будет пользоваться устройством</translation>
    </message>
    <message>
        <source>Not linked to a person yet</source>
        <translation>Пока не связано с лицом</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Лицо:</translation>
    </message>
    <message>
        <source>The device receives the visits whose team names this person.</source>
        <translation>Устройство получает посещения, в составе группы которых указано это лицо.</translation>
    </message>
    <message>
        <source>Who the invitation is for</source>
        <translation>Для кого предназначено приглашение</translation>
    </message>
    <message>
        <source>Shown to the person when they open it</source>
        <translation>Показывается человеку при открытии приглашения</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для кого:</translation>
    </message>
    <message>
        <source>No mailbox is set up yet, so the invitation names none: files will be exchanged by hand until you set one up in the sync settings and issue new invitations.</source>
        <translation>Почтовый ящик ещё не настроен, поэтому в приглашении он не указан: файлы будут передаваться вручную, пока вы не настроите его в параметрах синхронизации и не выдадите новые приглашения.</translation>
    </message>
    <message>
        <source>When the person opens the invitation, they will call you and read out the fingerprint they see. It must be exactly this device&apos;s fingerprint:</source>
        <translation>Открыв приглашение, человек позвонит вам и зачитает отпечаток, который видит. Он должен в точности совпадать с отпечатком этого устройства:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Отпечаток этого устройства</translation>
    </message>
    <message>
        <source>&amp;Save the invitation…</source>
        <translation>&amp;Сохранить приглашение…</translation>
    </message>
    <message>
        <source>Save the invitation file</source>
        <translation>Сохранить файл приглашения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Сохранение приглашения</translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi)</source>
        <translation>Приглашения Vigil (*.vgi)</translation>
    </message>
    <message>
        <source>The invitation was saved to %1. Hand it over in person before %2.</source>
        <translation>Приглашение сохранено в %1. Передайте его лично до %2.</translation>
    </message>
</context>
<context>
    <name>vigil::IoError</name>
    <message>
        <source>The disk holding %1 is full. Free some space and try again; nothing was changed.</source>
        <translation>Диск, на котором находится %1, заполнен. Освободите место и повторите попытку; ничего не изменено.</translation>
    </message>
    <message>
        <source>Vigil may not write to %1. Check that the drive is not read-only and that you own the folder.</source>
        <translation>Vigil не может выполнять запись в %1. Убедитесь, что диск не защищён от записи и что папка принадлежит Вам.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed.</source>
        <translation>Ошибка чтения или записи %1.</translation>
    </message>
</context>
<context>
    <name>vigil::JoinOrganisationDialog</name>
    <message>
        <source>Shared folder %1</source>
        <translation>Общая папка %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Сервер %1</translation>
    </message>
    <message>
        <source>Server %1, user %2</source>
        <translation>Сервер %1, пользователь %2</translation>
    </message>
    <message>
        <source>None yet: exchange files with the coordinator by hand</source>
        <translation>Пока нет: обменивайтесь файлами с координатором вручную</translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation>Присоединение к организации</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation>Это хранилище уже входит в организацию «%1».</translation>
    </message>
    <message>
        <source>Open the invitation file your coordinator handed you. Nothing in this vault is lost by joining: your places, visits and notes stay as they are, and once the coordinator has approved this device they are shared with the organisation as your role allows.</source>
        <translation>Откройте файл приглашения, который вам передал координатор. При присоединении ничего из этого хранилища не теряется: ваши места, посещения и заметки остаются как есть, а после того как координатор одобрит это устройство, они станут доступны организации в пределах, допускаемых вашей ролью.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Файл приглашения</translation>
    </message>
    <message>
        <source>Invitation file (.vgi)</source>
        <translation>Файл приглашения (.vgi)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the invitation file</source>
        <translation>Выбрать файл приглашения</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Приглашение:</translation>
    </message>
    <message>
        <source>The invitation</source>
        <translation>Приглашение</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Для кого:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действительно до:</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Почтовый ящик:</translation>
    </message>
    <message>
        <source>Call the coordinator on a number you already know and compare these digits with the ones on their screen. Join only if every group matches exactly: otherwise the file did not come from your coordinator.</source>
        <translation>Позвоните координатору по уже известному вам номеру и сравните эти цифры с цифрами на его экране. Присоединяйтесь, только если все группы в точности совпадают: иначе файл получен не от вашего координатора.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint</source>
        <translation>Отпечаток координатора</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Имя этого устройства</translation>
    </message>
    <message>
        <source>For example: Amina&apos;s laptop</source>
        <translation>Например: ноутбук Амины</translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation>&amp;Имя этого устройства:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Присоединиться</translation>
    </message>
    <message>
        <source>Join the organisation</source>
        <translation>Присоединиться к организации</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>Отменить присоединение</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation>&amp;Сохранить копию запроса…</translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation>Сохранить копию запроса на подключение</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. The coordinator compares it with you by phone before approving this device:</source>
        <translation>Отпечаток этого устройства. Прежде чем одобрить это устройство, координатор сверит его с вами по телефону:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Отпечаток этого устройства</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Open an invitation</source>
        <translation>Открытие приглашения</translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi);;All files (*)</source>
        <translation>Приглашения Vigil (*.vgi);;Все файлы (*)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation>Срок действия этого приглашения истёк %1. Попросите у координатора новое.</translation>
    </message>
    <message>
        <source>The request could not be kept for the next sync (%1). Save a copy and hand it to the coordinator.</source>
        <translation>Не удалось сохранить запрос до следующей синхронизации (%1). Сохраните копию и передайте её координатору.</translation>
    </message>
    <message>
        <source>The enrolment request goes to the coordinator with the next sync. If you have no shared mailbox yet, save a copy on a USB stick and hand it over.</source>
        <translation>Запрос на подключение будет передан координатору при следующей синхронизации. Если общего почтового ящика ещё нет, сохраните копию на USB-накопитель и передайте её.</translation>
    </message>
    <message>
        <source>The server&apos;s password is not in the invitation: enter it in the sync settings.</source>
        <translation>Пароля от сервера нет в приглашении: введите его в параметрах синхронизации.</translation>
    </message>
    <message>
        <source>This device has joined “%1” and waits for the coordinator&apos;s approval.</source>
        <translation>Это устройство присоединилось к «%1» и ожидает одобрения координатора.</translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation>Сохранение копии запроса</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation>Запросы на подключение Vigil (*.vge)</translation>
    </message>
    <message>
        <source>Join the organisation first.</source>
        <translation>Сначала присоединитесь к организации.</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Копия сохранена в %1.</translation>
    </message>
</context>
<context>
    <name>vigil::Kdf</name>
    <message>
        <source>The key file asks for unsupported key-derivation settings.</source>
        <translation>Файл ключа требует неподдерживаемых параметров формирования ключа.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key. Close other programs and try again.</source>
        <translation>Недостаточно памяти для формирования ключа хранилища. Закройте другие программы и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>vigil::KeyEnvelope</name>
    <message>
        <source>The vault&apos;s key file is damaged or has been altered. Restore it from a backup.</source>
        <translation>Файл ключа хранилища повреждён или был изменён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>Encrypting the vault key failed.</source>
        <translation>Не удалось зашифровать ключ хранилища.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Парольная фраза неверна.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>Этот ключ восстановления не открывает данное хранилище.</translation>
    </message>
    <message>
        <source>This vault was created by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>Это хранилище создано более новой версией Vigil. Обновите Vigil, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>vigil::LockScreen</name>
    <message>
        <source>e.g. Northern region visits</source>
        <translation>напр., Посещения в Северном регионе</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Имя хранилища</translation>
    </message>
    <message>
        <source>Vault &amp;name (optional)</source>
        <translation>&amp;Имя хранилища (необязательно)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>П&amp;овторите парольную фразу</translation>
    </message>
    <message>
        <source>Deriving the keys… this takes a moment.</source>
        <translation>Формирование ключей… это займёт некоторое время.</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Разблокировка хранилища</translation>
    </message>
    <message>
        <source>Everything you record is encrypted with this passphrase.</source>
        <translation>Всё, что Вы записываете, шифруется с помощью этой парольной фразы.</translation>
    </message>
    <message>
        <source>Enter the passphrase to open the vault.</source>
        <translation>Введите парольную фразу, чтобы открыть хранилище.</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Расположение: %1</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>This passphrase is too weak. Use a longer one, for example several unrelated words.</source>
        <translation>Эта парольная фраза слишком слабая. Используйте более длинную, например из нескольких не связанных между собой слов.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type it again.</source>
        <translation>Парольные фразы не совпадают. Введите её ещё раз.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>vigil::MailboxName</name>
    <message>
        <source>This is not a valid device id.</source>
        <translation>Это недопустимый идентификатор устройства.</translation>
    </message>
    <message>
        <source>This is not a valid name for a sync file.</source>
        <translation>Это недопустимое имя для файла синхронизации.</translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>Time until the vault locks</source>
        <translation>Время до блокировки хранилища</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Close the vault and wipe its keys from memory</source>
        <translation>Закрыть хранилище и стереть его ключи из памяти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>&amp;О программе Vigil</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Главное меню</translation>
    </message>
    <message>
        <source>Locks in %1</source>
        <translation>Блокировка через %1</translation>
    </message>
    <message>
        <source>About Vigil</source>
        <translation>О программе Vigil</translation>
    </message>
    <message>
        <source>Vigil %1</source>
        <translation>Vigil %1</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for monitoring places of detention (OPCAT).

Built with Qt %1, running on Qt %2.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Автономный зашифрованный учёт мониторинга мест лишения свободы (ФПКП).

Собрано с Qt %1, работает на Qt %2.
Распространяется по лицензии GNU GPL версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>Новое &amp;место…</translation>
    </message>
    <message>
        <source>Add a place of detention to visit</source>
        <translation>Добавить место лишения свободы для посещения</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>V&amp;isit</source>
        <translation>П&amp;осещение</translation>
    </message>
    <message>
        <source>Compile &amp;report…</source>
        <translation>Составить &amp;отчёт…</translation>
    </message>
    <message>
        <source>Open the report builder of the open visit</source>
        <translation>Открыть конструктор отчёта для открытого посещения</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Export the open visit&apos;s report as PDF, ODT or HTML</source>
        <translation>Экспортировать отчёт об открытом посещении в формате PDF, ODT или HTML</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
</context>
<context>
    <name>vigil::MergeEngine</name>
    <message>
        <source>A received change names a record as being of another kind than it is; nothing was imported.</source>
        <translation>В полученном изменении для записи указан не тот вид, к которому она относится; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Two different changes carry the same number from one device; nothing was imported.</source>
        <translation>Два разных изменения с одного устройства имеют одинаковый номер; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>vigil::Migrations</name>
    <message>
        <source>This vault was written by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>Это хранилище записано более новой версией Vigil. Обновите Vigil, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>vigil::Navigator</name>
    <message>
        <source>Open vault</source>
        <translation>Открытое хранилище</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Sync inbox</source>
        <translation>Входящие синхронизации</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
</context>
<context>
    <name>vigil::NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Новая беседа</translation>
    </message>
    <message>
        <source>Vigil gives the person a pseudonym. Record consent next, before any notes.</source>
        <translation>Vigil присвоит человеку псевдоним. Затем, прежде чем вести заметки, зафиксируйте согласие.</translation>
    </message>
    <message>
        <source>Kind of interview</source>
        <translation>Вид беседы</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>Да, никто больше не мог слышать</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>Проведена без свидетелей</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>Нет, присутствовали другие лица</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>Присутствовали другие лица</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>Без свидетелей:</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>Кто выбрал собеседника</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Кем выбран:</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>Риск репрессалий</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>Спросите, опасается ли человек последствий.</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>Риск репрессалий:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Без привязки к отделению</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Отделение:</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Начать беседу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>vigil::NewVisitCommand</name>
    <message>
        <source>New visit to %1</source>
        <translation>Новое посещение: %1</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationEditor</name>
    <message>
        <source>Kind of observation</source>
        <translation>Вид наблюдения</translation>
    </message>
    <message>
        <source>Unit where it was observed</source>
        <translation>Отделение, где сделано наблюдение</translation>
    </message>
    <message>
        <source>When it was observed</source>
        <translation>Когда сделано наблюдение</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>Время не указано</translation>
    </message>
    <message>
        <source>Observation title</source>
        <translation>Название наблюдения</translation>
    </message>
    <message>
        <source>What was observed, in a few words</source>
        <translation>Что наблюдалось, в нескольких словах</translation>
    </message>
    <message>
        <source>Observation notes</source>
        <translation>Заметки к наблюдению</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Отделение:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>В&amp;ремя:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>observation time</source>
        <translation>время наблюдения</translation>
    </message>
    <message>
        <source>observation title</source>
        <translation>название наблюдения</translation>
    </message>
    <message>
        <source>observation notes</source>
        <translation>заметки к наблюдению</translation>
    </message>
    <message>
        <source>observation kind</source>
        <translation>вид наблюдения</translation>
    </message>
    <message>
        <source>observation unit</source>
        <translation>отделение наблюдения</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Без привязки к отделению</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationRepository</name>
    <message>
        <source>observation.unit_id: is not a unit of the visited place</source>
        <translation>observation.unit_id: не является отделением посещаемого места</translation>
    </message>
    <message>
        <source>The observation does not exist or was deleted.</source>
        <translation>Наблюдение не существует или было удалено.</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationsPanel</name>
    <message>
        <source>&amp;Delete observation</source>
        <translation>&amp;Удалить наблюдение</translation>
    </message>
    <message>
        <source>Add &amp;observation</source>
        <translation>&amp;Добавить наблюдение</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>Добавить наблюдение</translation>
    </message>
    <message>
        <source>Delete the selected observation</source>
        <translation>Удалить выбранное наблюдение</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Новое наблюдение</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>Добавить наблюдение</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Удалить наблюдение</translation>
    </message>
    <message>
        <source>Untitled observation</source>
        <translation>Наблюдение без названия</translation>
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
        <translation>Изменение, полученное с другого устройства, имеет неверный формат.</translation>
    </message>
</context>
<context>
    <name>vigil::OpValidator</name>
    <message>
        <source>A received change is malformed; nothing was imported.</source>
        <translation>Полученное изменение имеет неверный формат; ничего не импортировано.</translation>
    </message>
    <message>
        <source>A received change is for a kind of record this version of Vigil does not know (%1); nothing was imported. Update Vigil and import it again.</source>
        <translation>Полученное изменение относится к виду записей, неизвестному этой версии Vigil (%1); ничего не импортировано. Обновите Vigil и импортируйте его снова.</translation>
    </message>
    <message>
        <source>A received change is for a field this version of Vigil does not know (%1.%2); nothing was imported. Update Vigil and import it again.</source>
        <translation>Полученное изменение относится к полю, неизвестному этой версии Vigil (%1.%2); ничего не импортировано. Обновите Vigil и импортируйте его снова.</translation>
    </message>
    <message>
        <source>A received change holds an invalid value (%1); nothing was imported.</source>
        <translation>Полученное изменение содержит недопустимое значение (%1); ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>vigil::OrgFiles</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation>%1 слишком велик для файла организации Vigil.</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>Не удалось создать папку для %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>vigil::OrgLabels</name>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation>Ведущий инспектор</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval</source>
        <translation>Ожидает одобрения координатора</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>устройство %1</translation>
    </message>
</context>
<context>
    <name>vigil::Organisation</name>
    <message>
        <source>Only an enrolled coordinator of an organisation can do this.</source>
        <translation>Это может сделать только подключённый координатор организации.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name must be 1 to 200 characters.</source>
        <translation>Название организации должно содержать от 1 до 200 символов.</translation>
    </message>
    <message>
        <source>This device&apos;s name must be 1 to 200 characters.</source>
        <translation>Имя этого устройства должно содержать от 1 до 200 символов.</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation>Это хранилище уже входит в организацию «%1».</translation>
    </message>
    <message>
        <source>Choose the role of the invited device: coordinator, lead or monitor.</source>
        <translation>Выберите роль приглашаемого устройства: координатор, ведущий инспектор или наблюдатель.</translation>
    </message>
    <message>
        <source>The person or the label of the invitation is too long.</source>
        <translation>Слишком длинное имя лица или метка приглашения.</translation>
    </message>
    <message>
        <source>An invitation must be valid for between a moment and a year.</source>
        <translation>Срок действия приглашения должен быть больше нуля и не больше года.</translation>
    </message>
    <message>
        <source>This enrolment request answers an invitation this vault did not issue.</source>
        <translation>Этот запрос на подключение отвечает на приглашение, которое это хранилище не выдавало.</translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation>Не удалось проверить запрос на подключение.</translation>
    </message>
    <message>
        <source>The invitation of this request has already been used. Issue a new invitation.</source>
        <translation>Приглашение, указанное в этом запросе, уже использовано. Выдайте новое приглашение.</translation>
    </message>
    <message>
        <source>The invitation of this request expired on %1. Issue a new invitation.</source>
        <translation>Срок действия приглашения, указанного в этом запросе, истёк %1. Выдайте новое приглашение.</translation>
    </message>
    <message>
        <source>This enrolment request comes from this device.</source>
        <translation>Этот запрос на подключение исходит от этого же устройства.</translation>
    </message>
    <message>
        <source>This device was revoked; it cannot enrol again with the same keys.</source>
        <translation>Это устройство отозвано; оно не может подключиться снова с теми же ключами.</translation>
    </message>
    <message>
        <source>This device is already enrolled.</source>
        <translation>Это устройство уже подключено.</translation>
    </message>
    <message>
        <source>There is no pending request from this device.</source>
        <translation>От этого устройства нет ожидающего запроса.</translation>
    </message>
    <message>
        <source>The device could not be added to the roster.</source>
        <translation>Не удалось добавить устройство в список устройств.</translation>
    </message>
    <message>
        <source>A coordinator cannot revoke its own device.</source>
        <translation>Координатор не может отозвать собственное устройство.</translation>
    </message>
    <message>
        <source>This device is not in the organisation.</source>
        <translation>Этого устройства нет в организации.</translation>
    </message>
    <message>
        <source>This device is already revoked.</source>
        <translation>Это устройство уже отозвано.</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation>Срок действия этого приглашения истёк %1. Попросите у координатора новое.</translation>
    </message>
    <message>
        <source>This invitation was issued by this vault; open it on the device that is joining.</source>
        <translation>Это приглашение выдано этим хранилищем; откройте его на присоединяющемся устройстве.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
</context>
<context>
    <name>vigil::PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Пусто</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
</context>
<context>
    <name>vigil::PersonRepository</name>
    <message>
        <source>The team member does not exist or was deleted.</source>
        <translation>Член группы не существует или был удалён.</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceDetails</name>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Форма управления:</translation>
    </message>
    <message>
        <source>Responsible authority:</source>
        <translation>Ответственный орган:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Occupancy:</source>
        <translation>Наполняемость:</translation>
    </message>
    <message>
        <source>Risk notes:</source>
        <translation>Заметки о рисках:</translation>
    </message>
    <message>
        <source>%1 held for %2 places</source>
        <translation>%1 чел. при вместимости %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 places; population not recorded</source>
        <translation>Вместимость %1; численность не указана</translation>
    </message>
    <message>
        <source>Overcrowded: %1</source>
        <translation>Переполнено: %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceEditorDialog</name>
    <message>
        <source>New place</source>
        <translation>Новое место</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Изменение места</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Название места</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>Выберите тип…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Форма управления</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Форма управления:</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>Responsible a&amp;uthority:</source>
        <translation>Ответственный &amp;орган:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Вместимость</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Численность</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>Целое число; оставьте пустым, если неизвестно</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Вместимость:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Численность:</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Заметки о рисках</translation>
    </message>
    <message>
        <source>&amp;Risk notes:</source>
        <translation>&amp;Заметки о рисках:</translation>
    </message>
    <message>
        <source>What the place still needs</source>
        <translation>Что ещё нужно указать для места</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Create place</source>
        <translation>Создать место</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name and choose its type.</source>
        <translation>Введите название места и выберите его тип.</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name.</source>
        <translation>Введите название места.</translation>
    </message>
    <message>
        <source>Choose the type of place.</source>
        <translation>Выберите тип места.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>Вместимость должна быть целым числом; если она неизвестна, оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Population must be a whole number, or empty if unknown.</source>
        <translation>Численность должна быть целым числом; если она неизвестна, оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The place could not be saved.</source>
        <translation>Не удалось сохранить место.</translation>
    </message>
    <message>
        <source>New place %1</source>
        <translation>Новое место: %1</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>Изменить место: %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceListModel</name>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Форма управления</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последнее посещение</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>Незакрытые рекомендации</translation>
    </message>
</context>
<context>
    <name>vigil::PlacePage</name>
    <message>
        <source>Units</source>
        <translation>Отделения</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Вместимость</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Выделить все строки</translation>
    </message>
    <message>
        <source>Place sections</source>
        <translation>Разделы места</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Посещения</translation>
    </message>
    <message>
        <source>Open &amp;recommendations</source>
        <translation>&amp;Незакрытые рекомендации</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Отделения</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>История посещений</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>Но&amp;вое посещение</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Новое посещение</translation>
    </message>
    <message>
        <source>Plan a visit to this place; it opens at once</source>
        <translation>Запланировать посещение этого места; оно сразу откроется</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>Незакрытые рекомендации</translation>
    </message>
    <message>
        <source>E&amp;dit place…</source>
        <translation>&amp;Изменить место…</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Изменить место</translation>
    </message>
    <message>
        <source>Change this place&apos;s particulars</source>
        <translation>Изменить сведения об этом месте</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Добавить отделение…</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Добавить отделение</translation>
    </message>
    <message>
        <source>Add a unit, wing or ward to this place</source>
        <translation>Добавить в это место отделение, корпус или блок</translation>
    </message>
    <message>
        <source>Re&amp;move unit</source>
        <translation>&amp;Удалить отделение</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Удалить отделение</translation>
    </message>
    <message>
        <source>Remove the selected unit; Undo brings it back</source>
        <translation>Удалить выбранное отделение; команда «Отменить» вернёт его</translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation>Удалить отделение: %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceRepository</name>
    <message>
        <source>The place does not exist or was deleted.</source>
        <translation>Место не существует или было удалено.</translation>
    </message>
</context>
<context>
    <name>vigil::PlacesPage</name>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>&amp;Новое место…</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Новое место</translation>
    </message>
    <message>
        <source>Record a place of detention; it opens once created</source>
        <translation>Внести место лишения свободы; после создания оно откроется</translation>
    </message>
</context>
<context>
    <name>vigil::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the system&apos;s language in its own name, e.g. &quot;français&quot;</extracomment>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>Минуты бездействия до блокировки хранилища</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes in the spin box</extracomment>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Hide the content while another application is active</source>
        <translation>&amp;Скрывать содержимое, когда активно другое приложение</translation>
    </message>
    <message>
        <source>Hide the content while another application is active</source>
        <translation>Скрывать содержимое, когда активно другое приложение</translation>
    </message>
    <message>
        <source>Covers the window when you switch away, so its content does not show behind other windows or in the window switcher.</source>
        <translation>Закрывает содержимое окна, когда Вы переключаетесь на другое приложение, чтобы оно не было видно за другими окнами или в переключателе окон.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
        <source>Vigil will speak the chosen language the next time it starts.</source>
        <translation>Выбранный язык будет применён при следующем запуске Vigil.</translation>
    </message>
</context>
<context>
    <name>vigil::PseudonymGenerator</name>
    <message>
        <source>This visit has no pseudonym codes left.</source>
        <translation>В этом посещении не осталось свободных кодов-псевдонимов.</translation>
    </message>
</context>
<context>
    <name>vigil::Quarantine</name>
    <message>
        <source>An earlier bundle from this sender has not arrived yet (out-of-order gap); this one will be imported once it has.</source>
        <translation>Более ранний пакет от этого отправителя ещё не поступил (нарушен порядок); этот пакет будет импортирован, когда тот поступит.</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing was changed.</source>
        <translation>Этот пакет уже был импортирован; ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle holds changes that cannot be applied; nothing was imported. Ask the sender to send it again.</source>
        <translation>Этот пакет содержит изменения, которые невозможно применить; ничего не импортировано. Попросите отправителя отправить его снова.</translation>
    </message>
    <message>
        <source>This bundle holds records from a newer version of Vigil; nothing was imported. Update Vigil and import it again from the quarantine folder.</source>
        <translation>Этот пакет содержит записи из более новой версии Vigil; ничего не импортировано. Обновите Vigil и импортируйте его снова из папки карантина.</translation>
    </message>
    <message>
        <source>This bundle was refused; nothing was imported.</source>
        <translation>Этот пакет отклонён; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationEditor</name>
    <message>
        <source>Recommendation text</source>
        <translation>Текст рекомендации</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>Findings the recommendation is argued from</source>
        <translation>Выводы, на которых основана рекомендация</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Выводы:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>текст рекомендации</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>адресата</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Вывод без названия</translation>
    </message>
    <message>
        <source>Link finding</source>
        <translation>Связать вывод</translation>
    </message>
    <message>
        <source>Unlink finding</source>
        <translation>Отвязать вывод</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationHistoryPanel</name>
    <message>
        <source>History of the selected recommendation</source>
        <translation>История выбранной рекомендации</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Вынесение</translation>
    </message>
    <message>
        <source>Response of the authorities</source>
        <translation>Ответ органов власти</translation>
    </message>
    <message>
        <source>Implementation checked</source>
        <translation>Проверка выполнения</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Made again</source>
        <translation>Повторное вынесение</translation>
    </message>
    <message>
        <source>Select a recommendation to see its history.</source>
        <translation>Выберите рекомендацию, чтобы увидеть её историю.</translation>
    </message>
    <message numerus="yes">
        <source>Made on %n visit(s)</source>
        <translation>
            <numerusform>Вынесена при %n посещении</numerusform>
            <numerusform>Вынесена при %n посещениях</numerusform>
            <numerusform>Вынесена при %n посещениях</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on one visit</source>
        <translation>Вынесена при одном посещении</translation>
    </message>
    <message>
        <source>Recommendation %1 of the visit</source>
        <translation>Рекомендация %1 по итогам посещения</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationLifecycle</name>
    <message>
        <source>recommendation.status: cannot change from %1 to %2</source>
        <translation>recommendation.status: нельзя перейти из статуса %1 в статус %2</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: an implementation check needs the later visit that checked it</source>
        <translation>recommendation_event.visit_id: для проверки выполнения нужно более позднее посещение, в ходе которого она проводилась</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: a reissue needs the later visit that reissues it</source>
        <translation>recommendation_event.visit_id: для повторного вынесения нужно более позднее посещение, в ходе которого рекомендация выносится повторно</translation>
    </message>
    <message>
        <source>recommendation_event.evidence: an implementation check needs the evidence it rests on</source>
        <translation>recommendation_event.evidence: для проверки выполнения нужны доказательства, на которых она основана</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: refers to a visit that does not exist or was deleted</source>
        <translation>recommendation_event.visit_id: ссылается на посещение, которое не существует или было удалено</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: the visit was to another place</source>
        <translation>recommendation_event.visit_id: посещение относилось к другому месту</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: must be a later visit than the one the recommendation was made on</source>
        <translation>recommendation_event.visit_id: должно быть более поздним посещением, чем то, в ходе которого вынесена рекомендация</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationListModel</name>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationQueries</name>
    <message>
        <source>Say specifically what should change, and how it can be measured.</source>
        <translation>Укажите конкретно, что должно измениться и как это можно измерить.</translation>
    </message>
    <message>
        <source>Name who should act on the recommendation: someone who can act on it.</source>
        <translation>Укажите адресата рекомендации — того, кто в состоянии принять по ней меры.</translation>
    </message>
    <message>
        <source>A systemic recommendation needs an addressee who can change the system: the supervising authority, the ministry or the legislature.</source>
        <translation>Системной рекомендации нужен адресат, способный изменить систему: вышестоящий орган, министерство или законодательный орган.</translation>
    </message>
    <message>
        <source>Set a deadline, so that implementation can be checked on a later visit.</source>
        <translation>Установите срок, чтобы выполнение можно было проверить при последующем посещении.</translation>
    </message>
    <message>
        <source>Link the findings the recommendation is argued from.</source>
        <translation>Свяжите выводы, на которых основана рекомендация.</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationRepository</name>
    <message>
        <source>The recommendation does not exist or was deleted.</source>
        <translation>Рекомендация не существует или была удалена.</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>Посещение не существует или было удалено.</translation>
    </message>
    <message>
        <source>recommendation.status: a %1 recommendation can no longer be changed</source>
        <translation>recommendation.status: рекомендацию в статусе %1 изменить уже нельзя</translation>
    </message>
    <message>
        <source>recommendation.%1: can only be changed while the recommendation is a draft</source>
        <translation>recommendation.%1: можно изменить, только пока рекомендация находится в статусе проекта</translation>
    </message>
    <message>
        <source>recommendation.status: only a draft can be deleted; this one is %1 (close it instead)</source>
        <translation>recommendation.status: удалить можно только проект; эта рекомендация в статусе %1 (вместо удаления закройте её)</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>recommendation_finding.finding_id: ссылается на вывод, который не существует или был удалён</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: the finding was made on another visit than the recommendation</source>
        <translation>recommendation_finding.finding_id: вывод сделан в ходе другого посещения, чем рекомендация</translation>
    </message>
    <message>
        <source>The finding is not linked to this recommendation.</source>
        <translation>Этот вывод не связан с рекомендацией.</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: refers to a recommendation that does not exist or was deleted</source>
        <translation>recommendation.repeated_from: ссылается на рекомендацию, которая не существует или была удалена</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was never issued</source>
        <translation>recommendation.repeated_from: предыдущая рекомендация так и не была вынесена</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was made for another place</source>
        <translation>recommendation.repeated_from: предыдущая рекомендация была вынесена для другого места</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: must be a recommendation of an earlier visit</source>
        <translation>recommendation.repeated_from: должна быть рекомендацией более раннего посещения</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Words of the recommendation</source>
        <translation>Слова из текста рекомендации</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>Контроль выполнения рекомендаций</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n рекомендация</numerusform>
            <numerusform>%n рекомендации</numerusform>
            <numerusform>%n рекомендаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPanel</name>
    <message>
        <source>&amp;Delete draft</source>
        <translation>Удалить пр&amp;оект</translation>
    </message>
    <message>
        <source>&amp;New recommendation</source>
        <translation>&amp;Новая рекомендация</translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translation>Добавить рекомендацию</translation>
    </message>
    <message>
        <source>Delete the selected draft recommendation</source>
        <translation>Удалить выбранный проект рекомендации</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Новая рекомендация</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>Добавить рекомендацию</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Удалить рекомендацию</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(текста пока нет)</translation>
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
        <translation>Беседа не существует.</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation>Инвалидность, принадлежность к ЛГБТИ, меньшинству или коренному народу можно записать только после того, как зафиксировано согласие собеседника.</translation>
    </message>
    <message>
        <source>Interview pseudonyms are generated by Vigil and cannot be chosen.</source>
        <translation>Псевдонимы бесед генерируются Vigil, и выбрать их нельзя.</translation>
    </message>
    <message>
        <source>Consent can only be withdrawn after it was recorded.</source>
        <translation>Отозвать согласие можно только после того, как оно зафиксировано.</translation>
    </message>
    <message>
        <source>The visit, kind and pseudonym of an interview cannot be changed.</source>
        <translation>Посещение, вид и псевдоним беседы изменить нельзя.</translation>
    </message>
    <message>
        <source>A withdrawal of consent cannot be undone.</source>
        <translation>Отзыв согласия нельзя отменить.</translation>
    </message>
    <message>
        <source>Consent always includes anonymous, aggregate use.</source>
        <translation>Согласие всегда включает анонимное использование в обобщённом виде.</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality: it allows only anonymous, aggregate use and anonymous quotes. Hear the person in a private interview to go further.</source>
        <translation>Групповая беседа не обеспечивает конфиденциальности: она допускает только анонимное использование в обобщённом виде и анонимное цитирование. Чтобы пойти дальше, проведите с человеком конфиденциальную беседу.</translation>
    </message>
    <message>
        <source>A child&apos;s consent must be sought in an adapted way; record how it was adapted.</source>
        <translation>Согласие ребёнка должно быть получено в адаптированной форме; укажите, в чём заключалась адаптация.</translation>
    </message>
    <message>
        <source>A consent record cannot be changed: record a new consent or withdraw it.</source>
        <translation>Запись о согласии нельзя изменить: зафиксируйте новое согласие или отзовите его.</translation>
    </message>
    <message>
        <source>Identity entries are restricted to coordinators.</source>
        <translation>Доступ к записям о личности есть только у координаторов.</translation>
    </message>
    <message>
        <source>Identity entries must be sealed.</source>
        <translation>Записи о личности должны быть зашифрованы.</translation>
    </message>
    <message>
        <source>A name or ID number can only be recorded when the interviewee consented to the use of their name or to the referral of their case.</source>
        <translation>Имя или номер документа можно записать, только если собеседник дал согласие на использование своего имени или на передачу своего дела.</translation>
    </message>
    <message>
        <source>An identity entry cannot be changed: delete it and write a new one.</source>
        <translation>Запись о личности нельзя изменить: удалите её и создайте новую.</translation>
    </message>
    <message>
        <source>Delete the identity entries of this interview first.</source>
        <translation>Сначала удалите записи о личности, относящиеся к этой беседе.</translation>
    </message>
    <message>
        <source>A consent record is kept as long as its interview.</source>
        <translation>Запись о согласии хранится столько же, сколько и беседа.</translation>
    </message>
    <message>
        <source>Notes cannot be written before the interviewee&apos;s consent is recorded.</source>
        <translation>Нельзя вести заметки до того, как зафиксировано согласие собеседника.</translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing more can be recorded from this interview.</source>
        <translation>Собеседник отозвал согласие: из этой беседы больше ничего нельзя записать.</translation>
    </message>
    <message>
        <source>Deleted identity entries and consent records cannot be restored.</source>
        <translation>Удалённые записи о личности и записи о согласии восстановить нельзя.</translation>
    </message>
    <message>
        <source>The interview this allegation came from was deleted.</source>
        <translation>Беседа, в которой прозвучало это заявление, была удалена.</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that cannot be part of it. Only letters and digits are used.</source>
        <translation>Ключ восстановления содержит недопустимый символ. Используются только буквы и цифры.</translation>
    </message>
    <message>
        <source>A recovery key has %1 groups of %2 characters; this one has %3 characters.</source>
        <translation>Ключ восстановления состоит из групп символов (групп: %1, символов в группе: %2); в введённом ключе символов: %3.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key is mistyped. Check it against the paper copy.</source>
        <translation>Группа %1 ключа восстановления введена с ошибкой. Сверьте её с бумажной копией.</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Запишите ключ восстановления</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way back into the vault. Write it on paper or print it now, and keep it somewhere safe, away from this computer. It will not be shown again.</source>
        <translation>Если парольная фраза будет забыта, этот ключ — единственный способ снова открыть хранилище. Запишите его на бумаге или распечатайте сейчас и храните в надёжном месте, отдельно от этого компьютера. Больше он показан не будет.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Я записал(а) ключ</translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation>Я записал(а) ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Распечатать ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Vigil recovery key</source>
        <translation>Ключ восстановления Vigil</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer. Letters O, I and L may be read as 0, 1 and 1.</source>
        <translation>Любой, у кого есть этот ключ, может открыть хранилище. Храните его под замком, отдельно от компьютера. Буквы O, I и L могут читаться как 0, 1 и 1.</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Period checked, from</source>
        <translation>Проверенный период, с</translation>
    </message>
    <message>
        <source>Period checked, to</source>
        <translation>Проверенный период, по</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Register check notes</source>
        <translation>Заметки о проверке журнала</translation>
    </message>
    <message>
        <source>Anomalies found</source>
        <translation>Выявленные несоответствия</translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation>Несоответствие: %1</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Журнал:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>start of period</source>
        <translation>начало периода</translation>
    </message>
    <message>
        <source>end of period</source>
        <translation>конец периода</translation>
    </message>
    <message>
        <source>register check notes</source>
        <translation>заметки о проверке журнала</translation>
    </message>
    <message>
        <source>Change register</source>
        <translation>Изменить журнал</translation>
    </message>
    <message>
        <source>Change anomalies</source>
        <translation>Изменить несоответствия</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckRepository</name>
    <message>
        <source>register_check.period_to: the period ends (%1) before it starts (%2)</source>
        <translation>register_check.period_to: период заканчивается (%1) раньше, чем начинается (%2)</translation>
    </message>
    <message>
        <source>The register check does not exist or was deleted.</source>
        <translation>Проверка журнала не существует или была удалена.</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterChecksPanel</name>
    <message>
        <source>Delete re&amp;gister check</source>
        <translation>Удалить про&amp;верку журнала</translation>
    </message>
    <message>
        <source>Add register c&amp;heck</source>
        <translation>Добавить п&amp;роверку журнала</translation>
    </message>
    <message>
        <source>Add a register check</source>
        <translation>Добавить проверку журнала</translation>
    </message>
    <message>
        <source>Delete the selected register check</source>
        <translation>Удалить выбранную проверку журнала</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Проверки журналов</translation>
    </message>
    <message>
        <source>Add register check</source>
        <translation>Добавить проверку журнала</translation>
    </message>
    <message>
        <source>Delete register check</source>
        <translation>Удалить проверку журнала</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A register and the period checked, e.g. &quot;Segregation, 1/3/24 – 31/3/24&quot;</extracomment>
        <translation>%1, %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n anomalies)</source>
        <translation>
            <numerusform> (%n несоответствие)</numerusform>
            <numerusform> (%n несоответствия)</numerusform>
            <numerusform> (%n несоответствий)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportBuilderPage</name>
    <message>
        <source>Kind of report</source>
        <translation>Вид отчёта</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the report as PDF, ODT or HTML</source>
        <translation>Экспортировать отчёт в формате PDF, ODT или HTML</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Обновление предварительного просмотра…</translation>
    </message>
    <message>
        <source>The preview could not be built.</source>
        <translation>Не удалось сформировать предварительный просмотр.</translation>
    </message>
    <message numerus="yes">
        <source>On export, the publication guard takes out %n item(s) this kind of report may not show; the preview leaves them out already.</source>
        <translation>
            <numerusform>При экспорте контроль публикации исключит %n элемент, который нельзя показывать в отчёте этого вида; в предварительном просмотре он уже не показан.</numerusform>
            <numerusform>При экспорте контроль публикации исключит %n элемента, которые нельзя показывать в отчёте этого вида; в предварительном просмотре они уже не показаны.</numerusform>
            <numerusform>При экспорте контроль публикации исключит %n элементов, которые нельзя показывать в отчёте этого вида; в предварительном просмотре они уже не показаны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to resolve or accept before export.</source>
        <translation>
            <numerusform>%n предупреждение нужно устранить или принять до экспорта.</numerusform>
            <numerusform>%n предупреждения нужно устранить или принять до экспорта.</numerusform>
            <numerusform>%n предупреждений нужно устранить или принять до экспорта.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportEditCommands</name>
    <message>
        <source>Internal notes</source>
        <translation>Внутренние заметки</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>Публичное резюме</translation>
    </message>
    <message>
        <source>Report to the authorities</source>
        <translation>Отчёт для органов власти</translation>
    </message>
    <message>
        <source>Edit report text</source>
        <translation>Изменить текст отчёта</translation>
    </message>
    <message>
        <source>Restore the report&apos;s own text</source>
        <translation>Восстановить исходный текст отчёта</translation>
    </message>
    <message>
        <source>Include in: %1</source>
        <extracomment>%1 is a kind of report, e.g. &quot;Public summary&quot;</extracomment>
        <translation>Включить в: %1</translation>
    </message>
    <message>
        <source>Leave out of: %1</source>
        <translation>Исключить из: %1</translation>
    </message>
    <message>
        <source>Move in the report</source>
        <translation>Переместить в отчёте</translation>
    </message>
    <message>
        <source>Add a paragraph to the report</source>
        <translation>Добавить абзац в отчёт</translation>
    </message>
    <message>
        <source>Add a quote to the report</source>
        <translation>Добавить цитату в отчёт</translation>
    </message>
    <message>
        <source>Remove from the report</source>
        <translation>Удалить из отчёта</translation>
    </message>
</context>
<context>
    <name>vigil::ReportItemEditor</name>
    <message>
        <source>Restore the &amp;original text</source>
        <translation>Восстановить &amp;исходный текст</translation>
    </message>
    <message>
        <source>Text of the selected part of the report</source>
        <translation>Текст выбранной части отчёта</translation>
    </message>
    <message>
        <source>Restore the text the report builds from the record</source>
        <translation>Восстановить текст, который отчёт формирует из записей</translation>
    </message>
    <message>
        <source>Choose a part of the report in the outline to edit its text, move it, or untick it to leave it out of this kind of report.</source>
        <translation>Выберите часть отчёта в структуре, чтобы изменить её текст или переместить её, либо снимите отметку, чтобы исключить её из отчёта этого вида.</translation>
    </message>
    <message>
        <source>This section has no text of its own; its parts are below it.</source>
        <translation>У этого раздела нет собственного текста; его части расположены ниже.</translation>
    </message>
    <message>
        <source>You replaced the text the report builds from the record. Restore it to follow the record again.</source>
        <translation>Вы заменили текст, который отчёт формирует из записей. Восстановите его, чтобы отчёт снова следовал записям.</translation>
    </message>
    <message>
        <source>Edits change the report only; the record stays as it is.</source>
        <translation>Правки изменяют только отчёт; записи остаются без изменений.</translation>
    </message>
    <message>
        <source>An excerpt of an interview. The publication guard checks its consent for each kind of report.</source>
        <translation>Фрагмент беседы. Контроль публикации проверяет согласие на его использование для каждого вида отчёта.</translation>
    </message>
    <message>
        <source>A paragraph you added to the report.</source>
        <translation>Абзац, добавленный Вами в отчёт.</translation>
    </message>
    <message>
        <source>Recommendations are edited on the visit&apos;s Recommendations tab.</source>
        <translation>Рекомендации редактируются на вкладке «Рекомендации» посещения.</translation>
    </message>
    <message>
        <source>A photo from the visit&apos;s attachments.</source>
        <translation>Фотография из вложений посещения.</translation>
    </message>
    <message>
        <source>Tables are made from the record.</source>
        <translation>Таблицы формируются из записей.</translation>
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
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотография</translation>
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
        <translation>Добавить &amp;цитату…</translation>
    </message>
    <message>
        <source>Add &amp;paragraph…</source>
        <translation>Добавить &amp;абзац…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Outline of the report</source>
        <translation>Структура отчёта</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Add a quote from an interview</source>
        <translation>Добавить цитату из беседы</translation>
    </message>
    <message>
        <source>Add a paragraph of your own</source>
        <translation>Добавить собственный абзац</translation>
    </message>
    <message>
        <source>Remove the added quote or paragraph</source>
        <translation>Удалить добавленную цитату или абзац</translation>
    </message>
</context>
<context>
    <name>vigil::ReportPreview</name>
    <message>
        <source>Preview of the report</source>
        <translation>Предварительный просмотр отчёта</translation>
    </message>
</context>
<context>
    <name>vigil::Roster</name>
    <message>
        <source>A device list entry received from the organisation is malformed.</source>
        <translation>Запись списка устройств, полученная от организации, имеет неверный формат.</translation>
    </message>
    <message>
        <source>The device keys could not be used.</source>
        <translation>Не удалось использовать ключи устройства.</translation>
    </message>
    <message>
        <source>A device list entry is signed by a device that is not a coordinator of this organisation.</source>
        <translation>Запись списка устройств подписана устройством, которое не является координатором этой организации.</translation>
    </message>
    <message>
        <source>A device list entry failed its signature check.</source>
        <translation>Запись списка устройств не прошла проверку подписи.</translation>
    </message>
</context>
<context>
    <name>vigil::RosterModel</name>
    <message>
        <source>(deleted person)</source>
        <translation>(удалённое лицо)</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Отозвано %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>vigil::SearchPage</name>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Слова для поиска</translation>
    </message>
    <message>
        <source>Words to find in findings, interviews, observations…</source>
        <translation>Слова для поиска в выводах, беседах, наблюдениях…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Only this place</source>
        <translation>Только это место</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>Посещения с</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>Посещения по</translation>
    </message>
    <message>
        <source>Finding category</source>
        <translation>Категория вывода</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Включить: %1</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Любое место</translation>
    </message>
    <message>
        <source>Type words to search the findings, recommendations, observations, interviews, register checks and access log.</source>
        <translation>Введите слова для поиска по выводам, рекомендациям, наблюдениям, беседам, проверкам журналов и журналу доступа.</translation>
    </message>
    <message>
        <source>Choose at least one kind of record to search.</source>
        <translation>Выберите хотя бы один вид записей для поиска.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; add words or filters to narrow them.</source>
        <translation>
            <numerusform>Показан первый %n результат; добавьте слова или фильтры, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны первые %n результата; добавьте слова или фильтры, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны первые %n результатов; добавьте слова или фильтры, чтобы сузить поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n результат.</numerusform>
            <numerusform>%n результата.</numerusform>
            <numerusform>%n результатов.</numerusform>
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
        <translation>Результат</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Дата посещения</translation>
    </message>
</context>
<context>
    <name>vigil::SearchService</name>
    <message>
        <source>The search could not be run: %1</source>
        <translation>Не удалось выполнить поиск: %1</translation>
    </message>
</context>
<context>
    <name>vigil::SecretFile</name>
    <message>
        <source>%1 is empty; it must hold the passphrase on its first line.</source>
        <translation>Файл %1 пуст; в его первой строке должна быть парольная фраза.</translation>
    </message>
</context>
<context>
    <name>vigil::SmartHintsWidget</name>
    <message>
        <source>&lt;b&gt;Is it SMART?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Соответствует ли критериям SMART?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What exactly should change?</source>
        <translation>Что именно должно измениться?</translation>
    </message>
    <message>
        <source>Who can act on it?</source>
        <translation>Кто может принять меры?</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>К какому сроку?</translation>
    </message>
    <message>
        <source>Which finding supports it?</source>
        <translation>На каком выводе она основана?</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ Есть ответ</translation>
    </message>
</context>
<context>
    <name>vigil::StatisticsCharts</name>
    <message>
        <source>%1: nothing this year</source>
        <translation>%1: в этом году нет данных</translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation>Посещённые места по типам</translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation>Выводы по темам</translation>
    </message>
    <message>
        <source>Recommendations issued: implementation</source>
        <translation>Вынесенные рекомендации: выполнение</translation>
    </message>
    <message>
        <source>No recommendation was issued this year</source>
        <translation>В этом году рекомендации не выносились</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Частично выполнено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Year of the figures</source>
        <translation>Год показателей</translation>
    </message>
    <message>
        <source>Export the year&apos;s figures as CSV</source>
        <translation>Экспортировать показатели за год в CSV</translation>
    </message>
    <message>
        <source>Figures of the year</source>
        <translation>Показатели за год</translation>
    </message>
    <message>
        <source>Charts of the year</source>
        <translation>Диаграммы за год</translation>
    </message>
    <message>
        <source>Chart of the places visited, by type</source>
        <translation>Диаграмма посещённых мест по типам</translation>
    </message>
    <message>
        <source>Chart of the findings, by theme</source>
        <translation>Диаграмма выводов по темам</translation>
    </message>
    <message>
        <source>Chart of the implementation of recommendations</source>
        <translation>Диаграмма выполнения рекомендаций</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>Посещённые места</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Annual figures</source>
        <translation>Годовые показатели</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>The figures could not be counted.</source>
        <translation>Не удалось подсчитать показатели.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Annual figures %1.csv</source>
        <translation>Годовые показатели %1.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The figures could not be saved as %1.</source>
        <translation>Не удалось сохранить показатели как %1.</translation>
    </message>
    <message>
        <source>The figures were saved as %1.</source>
        <translation>Показатели сохранены как %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s), %L2 of them unannounced; places visited: %L3.</source>
        <translation>
            <numerusform>%1: %n посещение, из них без предупреждения — %L2; посещено мест: %L3.</numerusform>
            <numerusform>%1: %n посещения, из них без предупреждения — %L2; посещено мест: %L3.</numerusform>
            <numerusform>%1: %n посещений, из них без предупреждения — %L2; посещено мест: %L3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Strength: –</source>
        <translation>Надёжность: –</translation>
    </message>
</context>
<context>
    <name>vigil::SyncActions</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Send and receive the organisation&apos;s changes now</source>
        <translation>Отправить и получить изменения организации сейчас</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>&amp;Параметры синхронизации…</translation>
    </message>
    <message>
        <source>Choose the sync folder or server</source>
        <translation>Выбрать папку или сервер синхронизации</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Присоединиться к организации…</translation>
    </message>
    <message>
        <source>Join with an invitation file from your coordinator</source>
        <translation>Присоединиться с помощью файла приглашения от координатора</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Устройства…</translation>
    </message>
    <message>
        <source>The organisation, its devices and enrolment requests</source>
        <translation>Организация, её устройства и запросы на подключение</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>Edits made on two devices at once, to settle</source>
        <translation>Изменения, внесённые одновременно на двух устройствах, которые нужно урегулировать</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
</context>
<context>
    <name>vigil::SyncController</name>
    <message>
        <source>The sync stopped unexpectedly.</source>
        <translation>Синхронизация неожиданно прервалась.</translation>
    </message>
    <message>
        <source>%1: the enrolment request could not be read.</source>
        <translation>%1: не удалось прочитать запрос на подключение.</translation>
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
        <translation>Входящие синхронизации</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>П&amp;араметры синхронизации…</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Параметры синхронизации</translation>
    </message>
    <message>
        <source>Open &amp;quarantine folder</source>
        <translation>Открыть папку &amp;карантина</translation>
    </message>
    <message>
        <source>Open the quarantine folder</source>
        <translation>Открыть папку карантина</translation>
    </message>
    <message>
        <source>Bundles that were refused stay there, still encrypted, with a file saying why.</source>
        <translation>Отклонённые пакеты остаются там, по-прежнему зашифрованными, вместе с файлом, в котором указана причина.</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Полученные пакеты</translation>
    </message>
    <message>
        <source>Nothing has been received yet. Bundles from the other devices of your organisation are listed here after each sync.</source>
        <translation>Пока ничего не получено. Пакеты от других устройств вашей организации появляются здесь после каждой синхронизации.</translation>
    </message>
    <message>
        <source>This vault is not in an organisation, so it has nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation>Это хранилище не входит в организацию, поэтому синхронизироваться не с кем. Присоединитесь к организации с помощью приглашения от координатора.</translation>
    </message>
    <message>
        <source>Choose a sync folder (a USB stick or a shared drive) or a WebDAV server in the sync settings.</source>
        <translation>Выберите в параметрах синхронизации папку синхронизации (USB-накопитель или общий диск) или сервер WebDAV.</translation>
    </message>
    <message>
        <source>Last sync at %1: %2</source>
        <extracomment>%1 is the time of the last successful sync, %2 what it did</extracomment>
        <translation>Последняя синхронизация в %1: %2</translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>Следующая автоматическая синхронизация в %1.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncSession</name>
    <message>
        <source>The vault&apos;s sync folder could not be created.</source>
        <translation>Не удалось создать папку синхронизации хранилища.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received</source>
        <translation>
            <numerusform>получен %n пакет</numerusform>
            <numerusform>получено %n пакета</numerusform>
            <numerusform>получено %n пакетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n в карантине</numerusform>
            <numerusform>%n в карантине</numerusform>
            <numerusform>%n в карантине</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an earlier one</source>
        <translation>
            <numerusform>%n ожидает более раннего</numerusform>
            <numerusform>%n ожидают более раннего</numerusform>
            <numerusform>%n ожидают более раннего</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>отправлен %n</numerusform>
            <numerusform>отправлено %n</numerusform>
            <numerusform>отправлено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment request(s)</source>
        <translation>
            <numerusform>%n запрос на подключение</numerusform>
            <numerusform>%n запроса на подключение</numerusform>
            <numerusform>%n запросов на подключение</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Синхронизация отменена.</translation>
    </message>
    <message>
        <source>This vault is not in an organisation yet, so there is nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation>Это хранилище ещё не входит в организацию, поэтому синхронизироваться не с кем. Присоединитесь к организации с помощью приглашения от координатора.</translation>
    </message>
    <message>
        <source>Only an enrolled device of an organisation can send bundles.</source>
        <translation>Отправлять пакеты может только подключённое устройство организации.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Параметры синхронизации</translation>
    </message>
    <message>
        <source>How this device syncs</source>
        <translation>Как синхронизируется это устройство</translation>
    </message>
    <message>
        <source>A folder: USB stick or shared drive</source>
        <translation>Папка: USB-накопитель или общий диск</translation>
    </message>
    <message>
        <source>A WebDAV server: Nextcloud, ownCloud, …</source>
        <translation>Сервер WebDAV: Nextcloud, ownCloud, …</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Папка синхронизации</translation>
    </message>
    <message>
        <source>For example /media/stick/vigil</source>
        <translation>Например, /media/stick/vigil</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Выбрать папку синхронизации</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Имя пользователя на сервере</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Пароль на сервере</translation>
    </message>
    <message>
        <source>Certificate pin</source>
        <translation>Закреплённый сертификат</translation>
    </message>
    <message>
        <source>Optional: 64 hexadecimal digits</source>
        <translation>Необязательно: 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>For a server with its own certificate: the SHA-256 of its public key, as your coordinator gave it. Sync refuses any other server.</source>
        <translation>Для сервера с собственным сертификатом: SHA-256 его открытого ключа, полученный от координатора. С любым другим сервером синхронизация не выполняется.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>Синхронизировать &amp;автоматически</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Синхронизировать автоматически</translation>
    </message>
    <message>
        <source>&amp;Remove confirmed sensitive content from this laptop</source>
        <translation>&amp;Удалять с этого ноутбука подтверждённое конфиденциальное содержимое</translation>
    </message>
    <message>
        <source>Remove confirmed sensitive content from this laptop</source>
        <translation>Удалять с этого ноутбука подтверждённое конфиденциальное содержимое</translation>
    </message>
    <message>
        <source>Once the coordinators have confirmed they received everything of a closed visit, remove its interview notes, identity entries and photos from this laptop. Off by default.</source>
        <translation>Когда координаторы подтвердят получение всех данных закрытого посещения, удалять с этого ноутбука его заметки бесед, записи о личности и фотографии. По умолчанию выключено.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>&amp;Sync through:</source>
        <translation>&amp;Синхронизация через:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Certificate p&amp;in:</source>
        <translation>&amp;Закреплённый сертификат:</translation>
    </message>
    <message>
        <source>Runs every 15 minutes and when the network comes back; a sync folder is used whenever it is plugged in.</source>
        <translation>Выполняется каждые 15 минут и при восстановлении сети; папка синхронизации используется всякий раз, когда она подключена.</translation>
    </message>
    <message>
        <source>Save the sync settings</source>
        <translation>Сохранить параметры синхронизации</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Оставьте пустым, чтобы сохранить прежний пароль</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n file(s) wait in this device&apos;s mailbox.</source>
        <translation>
            <numerusform>Подключено. В почтовом ящике этого устройства ожидает %n файл.</numerusform>
            <numerusform>Подключено. В почтовом ящике этого устройства ожидают %n файла.</numerusform>
            <numerusform>Подключено. В почтовом ящике этого устройства ожидают %n файлов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusText</name>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>receiving %1 of %2</source>
        <extracomment>%1 of %2 files received from the mailbox</extracomment>
        <translation>получение %1 из %2</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>получение</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>sending %1 of %2</source>
        <extracomment>%1 of %2 devices the bundles are written for</extracomment>
        <translation>отправка %1 из %2</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправка</translation>
    </message>
    <message>
        <source>Not in an organisation</source>
        <translation>Не входит в организацию</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Синхронизация не настроена</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Синхронизация ещё не выполнялась</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the step, e.g. &quot;receiving 2 of 5&quot;</extracomment>
        <translation>Синхронизация… %1</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>получен %n</numerusform>
            <numerusform>получено %n</numerusform>
            <numerusform>получено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n в карантине</numerusform>
            <numerusform>%n в карантине</numerusform>
            <numerusform>%n в карантине</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ожидает</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1 (%2)</source>
        <extracomment>%1 is the time, %2 what was received, e.g. &quot;3 received, 1 quarantined&quot;</extracomment>
        <translation>Синхронизировано в %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <extracomment>%1 is the time, %2 the reason in a plain sentence</extracomment>
        <translation>Сбой синхронизации в %1: %2</translation>
    </message>
    <message>
        <source>Choose a sync folder or server in Sync &gt; Sync settings.</source>
        <translation>Выберите папку или сервер синхронизации в меню «Синхронизация» &gt; «Параметры синхронизации».</translation>
    </message>
    <message>
        <source>This vault syncs once it has joined an organisation.</source>
        <translation>Это хранилище будет синхронизироваться после присоединения к организации.</translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>Следующая автоматическая синхронизация в %1.</translation>
    </message>
    <message>
        <source>Click to open the sync inbox.</source>
        <translation>Щёлкните, чтобы открыть входящие синхронизации.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusWidget</name>
    <message>
        <source>Sync status: %1</source>
        <extracomment>Read by screen readers before the sync state, e.g. &quot;Sync status: Synced at 14:32&quot;</extracomment>
        <translation>Состояние синхронизации: %1</translation>
    </message>
    <message>
        <source>Opens the sync inbox</source>
        <translation>Открывает входящие синхронизации</translation>
    </message>
</context>
<context>
    <name>vigil::TeamPanel</name>
    <message>
        <source>&amp;Add to team</source>
        <translation>&amp;Добавить в группу</translation>
    </message>
    <message>
        <source>&amp;Remove from team</source>
        <translation>&amp;Убрать из группы</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Члены группы</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Кого добавить</translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation>Роль добавляемого человека</translation>
    </message>
    <message>
        <source>Add the person to the team</source>
        <translation>Добавить человека в группу</translation>
    </message>
    <message>
        <source>Role of the selected member</source>
        <translation>Роль выбранного члена группы</translation>
    </message>
    <message>
        <source>Remove the selected member from the team</source>
        <translation>Убрать выбранного члена из группы</translation>
    </message>
    <message>
        <source>Role on this &amp;visit:</source>
        <translation>&amp;Роль в этом посещении:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A team member: name, then their role on the visit</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No one is on the team yet.</source>
        <translation>В группе пока никого нет.</translation>
    </message>
    <message>
        <source>The team has no lead.</source>
        <translation>У группы нет руководителя.</translation>
    </message>
    <message>
        <source>Add %1 to the team</source>
        <translation>Добавить в группу: %1</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Убрать из группы</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
</context>
<context>
    <name>vigil::TemplateLoader</name>
    <message>
        <source>Checklist template, %1: %2</source>
        <translation>Шаблон контрольного списка, %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>превышена допустимая глубина вложенности (%1)</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>пустое значение</translation>
    </message>
    <message>
        <source>is not a field of the format (known: %1)</source>
        <translation>не является полем формата (допустимые поля: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>должно быть текстом (получено: %1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>длина превышает %1 симв.</translation>
    </message>
    <message>
        <source>must be a list of text, not %1</source>
        <translation>должно быть списком строк (получено: %1)</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>число элементов превышает %1</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>длина должна быть от 1 до %1 симв.</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>значение «%1» повторяется</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>должно быть объектом (получено: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>«%1» может содержать только буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier question</source>
        <translation>«%1» уже используется в одном из предыдущих вопросов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«%1» не входит в число допустимых значений: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: yes_no, yes_no_partly, number, text, choice</source>
        <translation>«%1» не входит в число допустимых значений: yes_no, yes_no_partly, number, text, choice</translation>
    </message>
    <message>
        <source>must list at least two choices when answer is &quot;choice&quot;</source>
        <translation>должно содержать не менее двух вариантов, если answer равно &quot;choice&quot;</translation>
    </message>
    <message>
        <source>is only allowed when answer is &quot;choice&quot;</source>
        <translation>допускается, только если answer равно &quot;choice&quot;</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>is larger than %1 KiB</source>
        <translation>размер превышает %1 КиБ</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>недопустимый JSON (%1)</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>должен содержать один объект JSON</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;; this file is something else or needs a newer Vigil</source>
        <translation>должно быть равно &quot;%1&quot;; это файл другого типа или для него нужна более новая версия Vigil</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000, not %1</source>
        <translation>должно быть целым числом от 1 до 1000000 (получено: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>«%1» может содержать только строчные буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot; or &quot;zh-CN&quot;</source>
        <translation>«%1» не является кодом языка, например &quot;en&quot; или &quot;zh-CN&quot;</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>должно быть списком (получено: %1)</translation>
    </message>
    <message>
        <source>must hold 1 to %1 questions, not %2</source>
        <translation>должно содержать от 1 до %1 вопросов (получено: %2)</translation>
    </message>
</context>
<context>
    <name>vigil::TrackerFilterBar</name>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Filter by supervising authority</source>
        <translation>Фильтр по вышестоящему органу</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Фильтр по теме</translation>
    </message>
    <message>
        <source>Filter by place type</source>
        <translation>Фильтр по типу места</translation>
    </message>
    <message>
        <source>From the year</source>
        <translation>Начальный год</translation>
    </message>
    <message>
        <source>To the year</source>
        <translation>Конечный год</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Drafts are listed only when chosen here</source>
        <translation>Проекты показываются, только если выбраны здесь</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <source>Any type of place</source>
        <translation>Любой тип места</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Place &amp;type:</source>
        <translation>Тип &amp;места:</translation>
    </message>
    <message>
        <source>Visits &amp;from:</source>
        <translation>&amp;Посещения с:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;до:</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Любой орган</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Любой год</translation>
    </message>
</context>
<context>
    <name>vigil::TrackerModel</name>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>How many times it was made before, on earlier visits</source>
        <translation>Сколько раз она выносилась ранее, при прежних посещениях</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>Повторы</translation>
    </message>
</context>
<context>
    <name>vigil::TransportFactory</name>
    <message>
        <source>Sync is not set up on this device: choose a sync folder or a WebDAV server in the sync settings.</source>
        <translation>Синхронизация на этом устройстве не настроена: выберите папку синхронизации или сервер WebDAV в параметрах синхронизации.</translation>
    </message>
</context>
<context>
    <name>vigil::TransportSettingsStore</name>
    <message>
        <source>Choose the sync folder (a USB stick or a shared drive) by its full path.</source>
        <translation>Укажите папку синхронизации (USB-накопитель или общий диск) полным путём.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (sync never uses an unencrypted connection).</source>
        <translation>Адрес сервера должен начинаться с https:// (синхронизация никогда не использует незашифрованное соединение).</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>Укажите имя пользователя в отдельном поле, а не в адресе сервера.</translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 value (64 hexadecimal digits).</source>
        <translation>Закреплённый сертификат должен быть значением SHA-256 (64 шестнадцатеричные цифры).</translation>
    </message>
    <message>
        <source>Choose how this device syncs: a folder or a WebDAV server.</source>
        <translation>Выберите способ синхронизации этого устройства: папка или сервер WebDAV.</translation>
    </message>
</context>
<context>
    <name>vigil::UnitDialog</name>
    <message>
        <source>Add unit to %1</source>
        <translation>Добавление отделения: %1</translation>
    </message>
    <message>
        <source>Name of the unit</source>
        <translation>Название отделения</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Вид отделения</translation>
    </message>
    <message>
        <source>For example: wing, segregation, health</source>
        <translation>Например: корпус, изоляция, медицинская часть</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Вместимость</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>Целое число; оставьте пустым, если неизвестно</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>В&amp;местимость:</translation>
    </message>
    <message>
        <source>What the unit still needs</source>
        <translation>Что ещё нужно указать для отделения</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Добавить отделение</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>Введите название отделения.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>Вместимость должна быть целым числом; если она неизвестна, оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The unit could not be added.</source>
        <translation>Не удалось добавить отделение.</translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation>Добавить отделение: %1</translation>
    </message>
</context>
<context>
    <name>vigil::Vault</name>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>В %1 нет хранилища Vigil.</translation>
    </message>
    <message>
        <source>A vault already exists at %1.</source>
        <translation>В %1 уже есть хранилище.</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty or new folder for the vault.</source>
        <translation>Папка %1 не пуста. Выберите для хранилища пустую или новую папку.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Парольная фраза не может быть пустой.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>Новая парольная фраза не может быть пустой.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing. Restore it from a backup.</source>
        <translation>Файл базы данных хранилища отсутствует. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is empty: the file was truncated or replaced. Restore it from a backup.</source>
        <translation>База данных хранилища пуста: файл был усечён или заменён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Парольная фраза неверна.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitEvidence</name>
    <message>
        <source>Interview %1</source>
        <translation>Беседа %1</translation>
    </message>
    <message>
        <source>Observation: %1</source>
        <translation>Наблюдение: %1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>Проверка журнала: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Evidence: an access event, its kind and its time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Вложение: %1</translation>
    </message>
    <message>
        <source>Checklist %1: %2</source>
        <translation>Контрольный список, %1: %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
</context>
<context>
    <name>vigil::VisitHeader</name>
    <message>
        <source>Unannounced</source>
        <translation>Без предупреждения</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Посещение без предупреждения</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>Неизвестное место</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Запланировано: %1</translation>
    </message>
    <message>
        <source>On site %1</source>
        <translation>На месте: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Этап: %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>На этап «%1»</translation>
    </message>
    <message>
        <source>Move the visit to %1</source>
        <translation>Перевести посещение на этап «%1»</translation>
    </message>
    <message>
        <source>Move visit to %1</source>
        <translation>Перевести посещение на этап «%1»</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Отменить посещение</translation>
    </message>
    <message>
        <source>The visit will be closed without taking place. This cannot be undone.
Why is it cancelled?</source>
        <translation>Посещение будет закрыто, так и не состоявшись. Это действие нельзя отменить.
По какой причине оно отменяется?</translation>
    </message>
    <message>
        <source>Move the visit from %1 to %2?</source>
        <translation>Перевести посещение с этапа «%1» на этап «%2»?</translation>
    </message>
    <message>
        <source>This step cannot be undone.</source>
        <translation>Этот шаг нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLabels</name>
    <message>
        <source>Team lead</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Medical doctor</source>
        <translation>Врач</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Воспрепятствование</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Зарисовка</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Выписка из журнала</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Custody and admission</source>
        <translation>Приём и содержание под стражей</translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation>Дисциплинарные взыскания</translation>
    </message>
    <message>
        <source>Use of force and restraint</source>
        <translation>Применение силы и средств усмирения</translation>
    </message>
    <message>
        <source>Segregation</source>
        <translation>Изоляция</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Incidents and deaths</source>
        <translation>Происшествия и случаи смерти</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пропуски</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Подчистки</translation>
    </message>
    <message>
        <source>Late entries</source>
        <translation>Несвоевременные записи</translation>
    </message>
    <message>
        <source>Unsigned sanctions</source>
        <translation>Взыскания без подписи</translation>
    </message>
    <message>
        <source>Register missing</source>
        <translation>Журнал отсутствует</translation>
    </message>
    <message>
        <source>Inconsistent with other sources</source>
        <translation>Расхождения с другими источниками</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Неотложная</translation>
    </message>
    <message>
        <source>Place-specific</source>
        <translation>Для конкретного места</translation>
    </message>
    <message>
        <source>Systemic</source>
        <translation>Системный</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Беседа</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Проверка журнала</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>Событие доступа</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Ответ контрольного списка</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLifecycle</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>Работа на месте завершена</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Составление отчёта</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>Внутреннее рассмотрение</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>Направлено органам власти</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Отчёт выпущен</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>Посещение не существует или было удалено.</translation>
    </message>
    <message>
        <source>A visit cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Посещение нельзя перевести с этапа «%1» на этап «%2».</translation>
    </message>
</context>
<context>
    <name>vigil::VisitListModel</name>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>Неизвестное место</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>Без предупреждения</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>С предупреждением</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Этап</translation>
    </message>
</context>
<context>
    <name>vigil::VisitRepository</name>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>Запланированное окончание раньше запланированного начала.</translation>
    </message>
    <message>
        <source>The time the team left is before the time it arrived.</source>
        <translation>Время ухода группы раньше времени её прибытия.</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>Посещение не существует или было удалено.</translation>
    </message>
    <message>
        <source>This person is already on the visit&apos;s team.</source>
        <translation>Этот человек уже входит в группу посещения.</translation>
    </message>
    <message>
        <source>The visit already has a lead; give the current lead another role first.</source>
        <translation>У посещения уже есть руководитель группы; сначала назначьте нынешнему руководителю другую роль.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitWorkspace</name>
    <message>
        <source>Parts of the visit record</source>
        <translation>Разделы записи о посещении</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Проверки журналов</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Журнал доступа</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <source>Observations and registers</source>
        <translation>Наблюдения и журналы</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Refusals, delays and obstruction of access</source>
        <translation>Отказы в доступе, задержки и воспрепятствование доступу</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Compile the visit report: outline, edits and a live preview</source>
        <translation>Составление отчёта о посещении: структура, правки и предварительный просмотр в реальном времени</translation>
    </message>
</context>
<context>
    <name>vigil::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
</context>
<context>
    <name>vigil::VocabularyLabels</name>
    <message>
        <source>Prison</source>
        <translation>Исправительное учреждение</translation>
    </message>
    <message>
        <source>Remand centre</source>
        <translation>Следственный изолятор</translation>
    </message>
    <message>
        <source>Police custody</source>
        <translation>Места содержания в полиции</translation>
    </message>
    <message>
        <source>Court cells</source>
        <translation>Конвойные помещения суда</translation>
    </message>
    <message>
        <source>Immigration detention</source>
        <translation>Места содержания мигрантов</translation>
    </message>
    <message>
        <source>Airport transit zone</source>
        <translation>Транзитная зона аэропорта</translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation>Психиатрическая больница</translation>
    </message>
    <message>
        <source>Social care home</source>
        <translation>Учреждение социального обслуживания</translation>
    </message>
    <message>
        <source>Juvenile centre</source>
        <translation>Учреждение для несовершеннолетних</translation>
    </message>
    <message>
        <source>Military detention</source>
        <translation>Места содержания военнослужащих</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Государственная</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Частная</translation>
    </message>
    <message>
        <source>In-depth</source>
        <translation>Углублённое</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Внеплановое</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Тематическое</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>Работа на месте завершена</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Составление отчёта</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>Внутреннее рассмотрение</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>Направлено органам власти</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Частично принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Частично выполнено</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>Вынесено повторно</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Facility management</source>
        <translation>Администрация учреждения</translation>
    </message>
    <message>
        <source>Supervising authority</source>
        <translation>Вышестоящий орган</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation>Законодательный орган</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Меры защиты</translation>
    </message>
    <message>
        <source>Material conditions</source>
        <translation>Материальные условия</translation>
    </message>
    <message>
        <source>Regime and activities</source>
        <translation>Режим и занятия</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Беседа</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Проверка журнала</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>Событие доступа</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Проверки журналов</translation>
    </message>
    <message>
        <source>Access events</source>
        <translation>События доступа</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>visit type</comment>
        <translation>Повторное</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>visit state</comment>
        <translation>Отчёт выпущен</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>visit state</comment>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>visit state</comment>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>recommendation status</comment>
        <translation>Вынесено</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>recommendation status</comment>
        <translation>Закрыто</translation>
    </message>
</context>
<context>
    <name>vigil::WebDavError</name>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Сервер отклонил имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The sync server is out of space. Ask whoever runs it to free some; nothing was lost.</source>
        <translation>На сервере синхронизации закончилось место. Попросите администратора сервера освободить место; ничего не потеряно.</translation>
    </message>
    <message>
        <source>The sync server does not accept files this large.</source>
        <translation>Сервер синхронизации не принимает файлы такого размера.</translation>
    </message>
    <message>
        <source>The file or folder is not on the sync server. Check the server address.</source>
        <translation>Файла или папки нет на сервере синхронизации. Проверьте адрес сервера.</translation>
    </message>
    <message>
        <source>The sync server reported an error (HTTP %1). Vigil will try again later.</source>
        <translation>Сервер синхронизации сообщил об ошибке (HTTP %1). Vigil повторит попытку позже.</translation>
    </message>
    <message>
        <source>The sync server sent Vigil elsewhere (HTTP %1). Check the server address.</source>
        <translation>Сервер синхронизации перенаправил Vigil по другому адресу (HTTP %1). Проверьте адрес сервера.</translation>
    </message>
    <message>
        <source>The sync server refused the request (HTTP %1).</source>
        <translation>Сервер синхронизации отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Check the network connection and the server address.</source>
        <translation>Сервер синхронизации недоступен. Проверьте сетевое подключение и адрес сервера.</translation>
    </message>
    <message>
        <source>The connection to the sync server was interrupted. Nothing was lost; Vigil will try again.</source>
        <translation>Соединение с сервером синхронизации прервано. Ничего не потеряно; Vigil повторит попытку.</translation>
    </message>
    <message numerus="yes">
        <source>The sync server did not answer for %n second(s). Vigil will try again later.</source>
        <translation>
            <numerusform>Сервер синхронизации не отвечал %n секунду. Vigil повторит попытку позже.</numerusform>
            <numerusform>Сервер синхронизации не отвечал %n секунды. Vigil повторит попытку позже.</numerusform>
            <numerusform>Сервер синхронизации не отвечал %n секунд. Vigil повторит попытку позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate cannot be trusted, so nothing was sent. Someone may be intercepting the connection, or the server is misconfigured; tell your coordinator.</source>
        <translation>Сертификату сервера синхронизации нельзя доверять, поэтому ничего не отправлено. Возможно, кто-то перехватывает соединение или сервер неправильно настроен; сообщите координатору.</translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate is not the one your organisation registered, so nothing was sent. Someone may be intercepting the connection; tell your coordinator.</source>
        <translation>Сертификат сервера синхронизации не совпадает с зарегистрированным вашей организацией, поэтому ничего не отправлено. Возможно, кто-то перехватывает соединение; сообщите координатору.</translation>
    </message>
    <message>
        <source>The sync server sent a reply Vigil does not understand. Check the server address.</source>
        <translation>Сервер синхронизации прислал ответ, непонятный Vigil. Проверьте адрес сервера.</translation>
    </message>
</context>
<context>
    <name>vigil::WebDavTransport</name>
    <message>
        <source>The sync server address must start with https://.</source>
        <translation>Адрес сервера синхронизации должен начинаться с https://.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>Укажите имя пользователя в отдельном поле, а не в адресе сервера.</translation>
    </message>
    <message>
        <source>The sync server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Адрес сервера синхронизации не должен содержать «?» или «#».</translation>
    </message>
    <message>
        <source>The user name for the sync server must not contain a colon.</source>
        <translation>Имя пользователя для сервера синхронизации не должно содержать двоеточие.</translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 digest of 32 bytes.</source>
        <translation>Закреплённый сертификат должен быть дайджестом SHA-256 длиной 32 байта.</translation>
    </message>
    <message>
        <source>WebDAV server %1</source>
        <translation>Сервер WebDAV %1</translation>
    </message>
</context>
<context>
    <name>vigil::Workspace</name>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>неизвестное место</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>Посещение: %1</translation>
    </message>
    <message>
        <source>Visit to %1, %2</source>
        <translation>Посещение: %1, %2</translation>
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
        <translation>обязательно для заполнения</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>длиннее %n символа</numerusform>
            <numerusform>длиннее %n символов</numerusform>
            <numerusform>длиннее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>должно быть от %1 до %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>должно быть не меньше %1</translation>
    </message>
    <message>
        <source>must be a time after 1970</source>
        <translation>должно быть моментом времени после 1970 года</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>должно быть «да» или «нет»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>«%1» не входит в число допустимых значений: %2</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>должно быть датой в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation>должно быть идентификатором записи</translation>
    </message>
    <message>
        <source>must be binary data</source>
        <translation>должно содержать двоичные данные</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>имеет неизвестный тип</translation>
    </message>
    <message>
        <source>%1.%2: refers to a %3 that does not exist or was deleted</source>
        <translation>%1.%2: ссылается на запись %3, которая не существует или была удалена</translation>
    </message>
    <message>
        <source>%1.%2: is required</source>
        <translation>%1.%2: обязательно для заполнения</translation>
    </message>
    <message>
        <source>The %1 being changed does not exist or was deleted.</source>
        <translation>Изменяемая запись (%1) не существует или была удалена.</translation>
    </message>
    <message>
        <source>The %1 being deleted does not exist or was already deleted.</source>
        <translation>Удаляемая запись (%1) не существует или уже была удалена.</translation>
    </message>
    <message>
        <source>The %1 being restored does not exist or was not deleted.</source>
        <translation>Восстанавливаемая запись (%1) не существует или не была удалена.</translation>
    </message>
</context>
<context>
    <name>vigil::attachmentjobs</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>The attachment is not an image that can be shown.</source>
        <translation>Вложение не является изображением, которое можно показать.</translation>
    </message>
</context>
<context>
    <name>vigil::cli::CliText</name>
    <message>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <source>warning: this passphrase is weak; a longer one made of several unrelated words is much harder to guess.</source>
        <translation>предупреждение: эта парольная фраза слабая; более длинную фразу из нескольких не связанных между собой слов подобрать гораздо труднее.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>This passphrase is too weak (%1). Use several unrelated words.</source>
        <translation>Эта парольная фраза слишком слабая (%1). Используйте несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Повторите новую парольную фразу: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>В %1 нет хранилища Vigil.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Ключ восстановления: %1</translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer, or give it to your coordinator. It is shown only once; with it, a forgotten passphrase can be replaced.</source>
        <translation>Запишите ключ восстановления на бумаге и храните его отдельно от этого компьютера или передайте координатору. Он показывается только один раз; с его помощью можно заменить забытую парольную фразу.</translation>
    </message>
    <message>
        <source>Created a vault at %1.</source>
        <translation>Хранилище создано в %1.</translation>
    </message>
    <message>
        <source>Created a demo vault with fictional data at %1.</source>
        <translation>Демонстрационное хранилище с вымышленными данными создано в %1.</translation>
    </message>
    <message>
        <source>Fictional records: %1 places, %2 visits, %3 interviews, %4 findings, %5 recommendations.</source>
        <translation>Вымышленные записи: мест — %1, посещений — %2, бесед — %3, выводов — %4, рекомендаций — %5.</translation>
    </message>
    <message>
        <source>Passphrase: %1</source>
        <translation>Парольная фраза: %1</translation>
    </message>
    <message>
        <source>Vault:            %1</source>
        <translation>Хранилище:           %1</translation>
    </message>
    <message>
        <source>Name:             %1</source>
        <translation>Имя:                 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Vault id:         %1</source>
        <translation>ID хранилища:        %1</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>Создано:             %1</translation>
    </message>
    <message>
        <source>Schema version:   %1</source>
        <translation>Версия схемы:        %1</translation>
    </message>
    <message>
        <source>Database size:    %1</source>
        <translation>Размер базы данных:  %1</translation>
    </message>
    <message>
        <source>SQLCipher:        %1</source>
        <translation>SQLCipher:           %1</translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 passes, %2 MiB</source>
        <translation>Формирование ключа:  Argon2id, проходов: %1, память: %2 МиБ</translation>
    </message>
    <message>
        <source>The vault is damaged or has been altered:</source>
        <translation>Хранилище повреждено или было изменено:</translation>
    </message>
    <message>
        <source>The audit log has been altered:</source>
        <translation>Журнал аудита был изменён:</translation>
    </message>
    <message numerus="yes">
        <source>The vault is intact: every page decrypts and authenticates, the database is consistent, and the audit chain of %n event(s) verifies.</source>
        <translation>
            <numerusform>Хранилище цело: каждая страница расшифровывается и проходит проверку подлинности, база данных согласована, цепочка аудита из %n события проверена.</numerusform>
            <numerusform>Хранилище цело: каждая страница расшифровывается и проходит проверку подлинности, база данных согласована, цепочка аудита из %n событий проверена.</numerusform>
            <numerusform>Хранилище цело: каждая страница расшифровывается и проходит проверку подлинности, база данных согласована, цепочка аудита из %n событий проверена.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed. The old passphrase no longer opens the vault.</source>
        <translation>Парольная фраза изменена. Старая парольная фраза больше не открывает хранилище.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Ключ восстановления: </translation>
    </message>
    <message>
        <source>The vault is open again and has a new passphrase. The recovery key stays the same.</source>
        <translation>Хранилище снова открыто, и у него новая парольная фраза. Ключ восстановления остаётся прежним.</translation>
    </message>
    <message>
        <source>This key decrypts the whole database. In the sqlcipher shell: PRAGMA key = &quot;x&apos;&lt;key&gt;&apos;&quot;; then query as usual. Do not store it.</source>
        <translation>Этот ключ расшифровывает всю базу данных. В оболочке sqlcipher: PRAGMA key = &quot;x&apos;&lt;key&gt;&apos;&quot;; затем выполняйте запросы как обычно. Не сохраняйте его.</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>Для команды search требуется QUERY.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Даты записываются в формате YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n результат.</numerusform>
            <numerusform>%n результата.</numerusform>
            <numerusform>%n результатов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for %2.</source>
        <translation>Непредвиденный аргумент &apos;%1&apos; для %2.</translation>
    </message>
    <message>
        <source>Try &apos;vigil-cli --help&apos;.</source>
        <translation>Попробуйте &apos;vigil-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--kdf-opslimit must be 1 to 64 and --kdf-memlimit-mib 8 to 4096.</source>
        <translation>--kdf-opslimit должен быть от 1 до 64, а --kdf-memlimit-mib — от 8 до 4096.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase; use --passphrase-file FILE.</source>
        <translation>Нет терминала для запроса парольной фразы; используйте --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Не удалось записать отчёт.</translation>
    </message>
    <message>
        <source>There is no visit %1. &apos;vigil-cli report --list-visits&apos; shows the visits and their IDs.</source>
        <translation>Посещения %1 нет. Команда &apos;vigil-cli report --list-visits&apos; выводит посещения и их ID.</translation>
    </message>
    <message>
        <source>report needs --visit ID (&apos;vigil-cli report --list-visits&apos; shows the visits and their IDs).</source>
        <translation>Для команды report требуется --visit ID (&apos;vigil-cli report --list-visits&apos; выводит посещения и их ID).</translation>
    </message>
    <message>
        <source>--kind is internal (confidential notes), authorities (the report to the authorities) or public (the public summary).</source>
        <translation>--kind принимает значения internal (конфиденциальные заметки), authorities (отчёт для органов власти) или public (публичное резюме).</translation>
    </message>
    <message>
        <source>report needs --out FILE, the file to write.</source>
        <translation>Для команды report требуется --out FILE — файл для записи.</translation>
    </message>
    <message>
        <source>Say --format pdf, odt or html: the name %1 does not tell.</source>
        <translation>Укажите --format pdf, odt или html: по имени %1 формат определить нельзя.</translation>
    </message>
    <message>
        <source>--format is pdf, odt or html.</source>
        <translation>--format принимает значения pdf, odt или html.</translation>
    </message>
    <message>
        <source>Vigil writes reports in these languages: %1.</source>
        <translation>Vigil составляет отчёты на следующих языках: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The publication guard takes out %n item(s) this kind of report may not show:</source>
        <translation>
            <numerusform>Контроль публикации исключает %n элемент, который нельзя показывать в отчёте этого вида:</numerusform>
            <numerusform>Контроль публикации исключает %n элемента, которые нельзя показывать в отчёте этого вида:</numerusform>
            <numerusform>Контроль публикации исключает %n элементов, которые нельзя показывать в отчёте этого вида:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The publication guard has %n warning(s); no file was written.</source>
        <translation>
            <numerusform>Контроль публикации выдал %n предупреждение; файл не записан.</numerusform>
            <numerusform>Контроль публикации выдал %n предупреждения; файл не записан.</numerusform>
            <numerusform>Контроль публикации выдал %n предупреждений; файл не записан.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n warning(s) of the publication guard (recorded in the audit log):</source>
        <translation>
            <numerusform>Принято %n предупреждение контроля публикации (зафиксировано в журнале аудита):</numerusform>
            <numerusform>Приняты %n предупреждения контроля публикации (зафиксировано в журнале аудита):</numerusform>
            <numerusform>Принято %n предупреждений контроля публикации (зафиксировано в журнале аудита):</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записан файл %1.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 — %4, %5, %n recommendation(s)</source>
        <translation>
            <numerusform>%1  %2  %3 — %4, %5, %n рекомендация</numerusform>
            <numerusform>%1  %2  %3 — %4, %5, %n рекомендации</numerusform>
            <numerusform>%1  %2  %3 — %4, %5, %n рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s).</source>
        <translation>
            <numerusform>%n посещение.</numerusform>
            <numerusform>%n посещения.</numerusform>
            <numerusform>%n посещений.</numerusform>
        </translation>
    </message>
    <message>
        <source>stats needs --year YYYY (or --year FROM-TO).</source>
        <translation>Для команды stats требуется --year YYYY (или --year FROM-TO).</translation>
    </message>
    <message>
        <source>--year takes a year such as 2024, or a range of up to %1 years such as 2020-2024.</source>
        <translation>--year принимает год, например 2024, или диапазон лет, например 2020-2024 (число лет — не более %1).</translation>
    </message>
    <message>
        <source>stats writes --format csv only.</source>
        <translation>Команда stats поддерживает только --format csv.</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Не удалось выполнить запись в стандартный вывод.</translation>
    </message>
    <message>
        <source>--accept-warnings needs the digest of the warnings to accept, as --accept-warnings=DIGEST: run the report without it, check the warnings it lists, and pass the digest it prints. A new or changed warning gives a new digest, so a script cannot accept warnings nobody has seen.</source>
        <translation>Для --accept-warnings нужен хеш принимаемых предупреждений в виде --accept-warnings=DIGEST: запустите формирование отчёта без этого параметра, проверьте перечисленные предупреждения и передайте выведенный хеш. Новое или изменённое предупреждение даёт новый хеш, поэтому сценарий не может принять предупреждения, которых никто не видел.</translation>
    </message>
    <message>
        <source>text holding a name or number of an identity entry</source>
        <translation>текст с именем или номером из записи о личности</translation>
    </message>
    <message>
        <source>a quote the interviewee&apos;s consent does not allow</source>
        <translation>цитата, которую не допускает согласие собеседника</translation>
    </message>
    <message>
        <source>a quote whose interviewee withdrew consent</source>
        <translation>цитата собеседника, отозвавшего согласие</translation>
    </message>
    <message>
        <source>a quote from an interviewee at high risk of reprisals</source>
        <translation>цитата собеседника, которому грозит высокий риск репрессалий</translation>
    </message>
    <message>
        <source>a sentence or quote that may single out one person</source>
        <translation>предложение или цитата, которые могут указывать на конкретного человека</translation>
    </message>
    <message>
        <source>an interview code that links the report to the interview record</source>
        <translation>код беседы, связывающий отчёт с записью о беседе</translation>
    </message>
    <message>
        <source>see Vigil&apos;s report builder</source>
        <translation>см. конструктор отчёта Vigil</translation>
    </message>
    <message>
        <source>%1 (%2): %3 [%4]</source>
        <translation>%1 (%2): %3 [%4]</translation>
    </message>
    <message numerus="yes">
        <source>The publication guard&apos;s %n warning(s) are not those of the digest %1; no file was written.</source>
        <translation>
            <numerusform>Контроль публикации выдал %n предупреждение, не соответствующее хешу %1; файл не записан.</numerusform>
            <numerusform>Контроль публикации выдал %n предупреждения, не соответствующие хешу %1; файл не записан.</numerusform>
            <numerusform>Контроль публикации выдал %n предупреждений, не соответствующих хешу %1; файл не записан.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sentences are not printed; Vigil&apos;s report builder shows them, or --show-sentences at a terminal.</source>
        <translation>Предложения не выводятся; их показывает конструктор отчёта Vigil, а в терминале — параметр --show-sentences.</translation>
    </message>
    <message>
        <source>Digest of these warnings: %1</source>
        <translation>Хеш этих предупреждений: %1</translation>
    </message>
    <message>
        <source>Change the text in Vigil&apos;s report builder, or accept exactly these warnings with --accept-warnings=%1 (the decision is recorded in the audit log).</source>
        <translation>Измените текст в конструкторе отчёта Vigil или примите именно эти предупреждения с помощью --accept-warnings=%1 (решение фиксируется в журнале аудита).</translation>
    </message>
    <message>
        <source>bundle needs export or import.</source>
        <translation>Для bundle требуется export или import.</translation>
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
        <translation>Использование: vigil-cli [OPTIONS] COMMAND [ARGS]

Командная строка Vigil: то же зашифрованное хранилище, что и в окне Vigil.

Команды:
  init        создать новое хранилище (ключ восстановления выводится один раз)
  demo        создать хранилище с вымышленными демонстрационными данными
  info        показать идентификатор, формат и параметры выведения ключа хранилища
  verify      проверить шифрование каждой страницы, базу данных и цепочку аудита
  passwd      сменить парольную фразу (данные не перешифровываются)
  recover     задать новую парольную фразу с помощью ключа восстановления
  db-key      вывести ключ SQLCipher, чтобы открыть vigil.db в оболочке sqlcipher
  search QUERY  полнотекстовый поиск по заметкам, выводам, рекомендациям, наблюдениям
  stats       годовые показатели за один или несколько лет в формате CSV
  report      отчёт о посещении в формате PDF, ODT или HTML, через контроль публикации
  org ACTION  организация: show, create, transport, invite, join, receive, devices, approve, refuse, revoke (см. ниже)
  sync        один цикл синхронизации: получение, импорт, отправка (через настроенную папку или сервер WebDAV либо через --folder DIR)
  bundle export --out DIR | bundle import FILE... пакеты для всех участников в папку почтового ящика или импорт файлов пакетов

Параметры:
  --vault DIR                папка хранилища (по умолчанию: %1)
  --passphrase-file FILE     прочитать парольную фразу из первой строки FILE
  --new-passphrase-file FILE новая парольная фраза, для init, passwd и recover
  --recovery-key-file FILE   ключ восстановления, для recover
  --name NAME                отображаемое имя хранилища, для init и demo
  --force                    demo: заменить существующее демонстрационное хранилище
  --place ID                 search: только посещения этого места
  --from DATE, --to DATE     search: посещения с этой даты / по эту дату (YYYY-MM-DD)
  --category CODE            search: только выводы этой категории
  --year YYYY[-YYYY]         stats: год или ряд лет (по столбцу на каждый)
  --format csv               stats: формат вывода (по умолчанию csv)
  --out FILE                 stats: записать в FILE (с меткой порядка байтов UTF-8)
                             вместо стандартного вывода
  --list-visits              report: перечислить посещения (ID, дата, место, число
                             рекомендаций), начиная с последних; --place ID сужает список
  --visit ID                 report: посещение, отчёт о котором нужно экспортировать
  --kind KIND                report: internal (конфиденциальные заметки), authorities
                             (отчёт для органов власти) или public (резюме)
  --format pdf|odt|html      report: формат файла (по умолчанию: по расширению --out)
  --out FILE                 report: записываемый файл — целиком или никак
  --language LANG            report: ar, en, es, fr, ru или zh_CN (по умолчанию: рабочий
                             язык посещения)
  --accept-warnings=DIGEST   report: принять предупреждения контроля публикации,
                             дайджест которых вывел заблокированный запуск (фиксируется в
                             журнале аудита), и записать файл
  --show-sentences           report: также выводить предложение, вызвавшее каждое
                             предупреждение, только если стандартный поток ошибок — терминал
  --role ROLE                org invite: coordinator, lead или monitor
  --person ID                org invite: запись о лице приглашённого пользователя
  --label TEXT               org invite: для кого предназначено приглашение
  --folder DIR               org transport, sync: папка почтового ящика
  --webdav URL               org transport: почтовый ящик на сервере WebDAV (https)
  --user NAME, --password-file FILE
                             org transport: учётная запись WebDAV (пароль
                             хранится в зашифрованном хранилище)
  --pin HEX                  org transport: SHA-256 открытого ключа сервера
  --kdf-opslimit N           число проходов Argon2id (по умолчанию 3)
  --kdf-memlimit-mib N       память для Argon2id в МиБ (по умолчанию 256)
  --verbose                  выводить технические подробности ошибок
  -h, --help                 показать эту справку
  --version                  показать версию

Без --passphrase-file парольные фразы считываются с терминала без отображения.

Отчёт из демонстрационного хранилища:
  vigil-cli demo                       (выводит парольную фразу)
  vigil-cli --vault %2 report --list-visits
  vigil-cli --vault %2 report --visit ID \
            --kind authorities --out report.pdf
Присоединение к организации:
  координатор: vigil-cli org create --name &quot;NPM&quot;
               vigil-cli org transport --webdav https://cloud.example.org/vigil/ \
                         --user npm-sync --password-file pw.txt
               vigil-cli org invite --role monitor --label &quot;Amina&quot; --out amina.vgi
  наблюдатель: vigil-cli org join amina.vgi --name &quot;Amina&apos;s laptop&quot;
               vigil-cli sync           (доставляет запрос на подключение)
  координатор: vigil-cli sync           (получает его, выводит его отпечаток)
               vigil-cli org approve DEVICE   (после сверки отпечатков по телефону)

Контроль публикации всегда исключает то, что данный вид отчёта показывать не может,
и сообщает об этом. Если он предупреждает (кого-то можно узнать), ничего не записывается,
команда завершается с кодом 8 и выводит дайджест предупреждений: исправьте текст в конструкторе
отчёта Vigil или примите именно эти предупреждения с --accept-warnings=DIGEST (новые или
изменённые предупреждения дают новый дайджест и снова останавливают экспорт).

Коды выхода:
  0 успех              1 прочая ошибка        2 ошибка использования
  3 неверная парольная фраза или ключ восстановления  4 нарушение целостности (повреждено или изменено)
  5 нет хранилища      6 ошибка хранения (только чтение, диск заполнен, ввод-вывод)
  7 уже существует     8 отчёт не записан: контроль публикации предупреждает
                         (а --accept-warnings указывает другие предупреждения)
</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation>%1 слишком велик для файла организации Vigil.</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>lead inspector</source>
        <translation>ведущий инспектор</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>Это устройство: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Отпечаток: %1</translation>
    </message>
    <message>
        <source>Not in an organisation (standalone vault).</source>
        <translation>Не входит в организацию (автономное хранилище).</translation>
    </message>
    <message>
        <source>Organisation: %1 (%2)</source>
        <translation>Организация: %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>Подключено.</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval.</source>
        <translation>Ожидает одобрения координатора.</translation>
    </message>
    <message>
        <source>Give either --folder DIR or --webdav URL.</source>
        <translation>Укажите либо --folder DIR, либо --webdav URL.</translation>
    </message>
    <message>
        <source>--pin takes the SHA-256 of the server&apos;s public key, 64 hexadecimal digits.</source>
        <translation>--pin принимает SHA-256 открытого ключа сервера — 64 шестнадцатеричные цифры.</translation>
    </message>
    <message>
        <source>org invite needs --role and --out FILE.vgi.</source>
        <translation>Для org invite требуются --role и --out FILE.vgi.</translation>
    </message>
    <message>
        <source>Invitation written to %1. Hand it over in person or on a USB stick; it can be used once, within 14 days.</source>
        <translation>Приглашение записано в %1. Передайте его лично или на USB-накопителе; его можно использовать один раз в течение 14 дней.</translation>
    </message>
    <message>
        <source>org join needs the invitation file.</source>
        <translation>Для org join требуется файл приглашения.</translation>
    </message>
    <message>
        <source>Joined %1 as %2, waiting for approval.</source>
        <translation>Выполнено присоединение к %1 в роли «%2», ожидается одобрение.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint: %1</source>
        <translation>Отпечаток координатора: %1</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint: %1</source>
        <translation>Отпечаток этого устройства: %1</translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator. Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation>При следующей синхронизации запрос будет отправлен координатору. Затем зачитайте друг другу оба отпечатка по телефону: они должны в точности совпадать.</translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator (or carry %1 to them). Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation>При следующей синхронизации запрос будет отправлен координатору (или передайте ему %1). Затем зачитайте друг другу оба отпечатка по телефону: они должны в точности совпадать.</translation>
    </message>
    <message>
        <source>org receive needs the enrolment request file.</source>
        <translation>Для org receive требуется файл запроса на подключение.</translation>
    </message>
    <message>
        <source>Request from %1 (%2, invited as %3).</source>
        <translation>Запрос от %1 (%2, приглашён в роли «%3»).</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Устройство: %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint by phone with the one shown on the device, then: vigil-cli org approve %1</source>
        <translation>Сверьте по телефону отпечаток с тем, что показан на устройстве, затем выполните: vigil-cli org approve %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>отозвано %1</translation>
    </message>
    <message>
        <source>%1  waiting for approval  %2  %3</source>
        <translation>%1  ожидает одобрения  %2  %3</translation>
    </message>
    <message>
        <source>org %1 needs the device id.</source>
        <translation>Для org %1 требуется идентификатор устройства.</translation>
    </message>
    <message>
        <source>%1 is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation>%1 теперь входит в организацию в роли «%2». Список устройств будет передан ему при вашей следующей синхронизации.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>Запрос отклонён.</translation>
    </message>
    <message>
        <source>The device is revoked: its bundles are refused from now on, and nothing more is sent to it.</source>
        <translation>Устройство отозвано: с этого момента его пакеты отклоняются и ему больше ничего не отправляется.</translation>
    </message>
    <message>
        <source>org needs one of: %1.</source>
        <translation>Для org требуется одно из: %1.</translation>
    </message>
    <message>
        <source>org create needs --name, the organisation&apos;s name.</source>
        <translation>Для org create требуется --name — название организации.</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported (%n change(s)).</source>
        <translation>
            <numerusform>%1: импортировано (%n изменение).</numerusform>
            <numerusform>%1: импортировано (%n изменения).</numerusform>
            <numerusform>%1: импортировано (%n изменений).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported, nothing changed.</source>
        <translation>%1: уже импортирован, ничего не изменено.</translation>
    </message>
    <message>
        <source>%1: waits for an earlier bundle from the same device.</source>
        <translation>%1: ожидает более раннего пакета с того же устройства.</translation>
    </message>
    <message>
        <source>%1: refused and moved to the quarantine folder. %2</source>
        <translation>%1: отклонён и перемещён в папку карантина. %2</translation>
    </message>
    <message>
        <source>Enrolment request from %1 (%2). Fingerprint: %3. Compare it by phone, then: vigil-cli org approve %4</source>
        <translation>Запрос на подключение от %1 (%2). Отпечаток: %3. Сверьте его по телефону, затем выполните: vigil-cli org approve %4</translation>
    </message>
    <message>
        <source>An enrolment request was refused: %1</source>
        <translation>Запрос на подключение отклонён: %1</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Синхронизация с %1…</translation>
    </message>
    <message>
        <source>Your enrolment request was delivered to the coordinator.</source>
        <translation>Ваш запрос на подключение доставлен координатору.</translation>
    </message>
    <message>
        <source>Attachment %1 is too large to travel in a bundle; it stays on this device.</source>
        <translation>Вложение %1 слишком велико для передачи в пакете; оно остаётся на этом устройстве.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: the sensitive content of %n closed visit(s) was removed from this device.</source>
        <translation>
            <numerusform>Хранение: конфиденциальное содержимое %n закрытого посещения удалено с этого устройства.</numerusform>
            <numerusform>Хранение: конфиденциальное содержимое %n закрытых посещений удалено с этого устройства.</numerusform>
            <numerusform>Хранение: конфиденциальное содержимое %n закрытых посещений удалено с этого устройства.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle export needs --out DIR, the mailbox folder (for example on a USB stick).</source>
        <translation>Для bundle export требуется --out DIR — папка почтового ящика (например, на USB-накопителе).</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) written to %1.</source>
        <translation>
            <numerusform>%n пакет записан в %1.</numerusform>
            <numerusform>%n пакета записано в %1.</numerusform>
            <numerusform>%n пакетов записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle import needs one or more files.</source>
        <translation>Для bundle import требуется один или несколько файлов.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) were refused.</source>
        <translation>
            <numerusform>%n пакет отклонён.</numerusform>
            <numerusform>%n пакета отклонено.</numerusform>
            <numerusform>%n пакетов отклонено.</numerusform>
        </translation>
    </message>
    <message>
        <source>This device was revoked by the coordinator: it no longer syncs.</source>
        <translation>Регистрация этого устройства отозвана координатором: оно больше не синхронизируется.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не является файлом.</translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnexSections</name>
    <message>
        <source>Annexes</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>Фотография %1: %2</translation>
    </message>
    <message>
        <source>Registers examined</source>
        <translation>Изученные журналы</translation>
    </message>
    <message>
        <source>Registers examined during the visit</source>
        <translation>Журналы, изученные в ходе посещения</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Period examined</source>
        <translation>Изученный период</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>не выявлено</translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnualStatistics</name>
    <message>
        <source>Choose from one to %1 years between 1 and 9998.</source>
        <translation>Выберите период от одного года до %1 лет в пределах от 1 до 9998 года.</translation>
    </message>
</context>
<context>
    <name>vigil::report::FindingSections</name>
    <message>
        <source>Standards: %1</source>
        <translation>Стандарты: %1</translation>
    </message>
    <message numerus="yes">
        <source>Severity: %1. Corroborated by %n source(s).</source>
        <translation>
            <numerusform>Серьёзность: %1. Подтверждается %n источником.</numerusform>
            <numerusform>Серьёзность: %1. Подтверждается %n источниками.</numerusform>
            <numerusform>Серьёзность: %1. Подтверждается %n источниками.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Положительная практика</translation>
    </message>
    <message>
        <source>The team made no findings on this visit.</source>
        <translation>По итогам этого посещения группа не сделала выводов.</translation>
    </message>
</context>
<context>
    <name>vigil::report::GuardText</name>
    <message>
        <source>the only woman;the only women;the only female;the only girl;the only boy;the only man;the only foreign national;the only foreigner;the only non-national;the only child;the only minor;the only juvenile;the only detainee;the only prisoner;the only patient;the only resident;the only person;the only one;only one woman;only one foreign national;only one child;sole woman;sole foreign national;sole detainee;sole</source>
        <comment>phrases of a report that single out one person, separated by semicolons; translate them and add the forms your language uses (genders, cases)</comment>
        <translation>единственная женщина;единственной женщины;единственной женщине;единственную женщину;единственной женщиной;единственная девушка;единственной девушки;единственной девушке;единственную девушку;единственной девушкой;единственная девочка;единственной девочки;единственной девочке;единственную девочку;единственной девочкой;единственный мальчик;единственного мальчика;единственному мальчику;единственным мальчиком;единственном мальчике;единственный мужчина;единственного мужчины;единственному мужчине;единственного мужчину;единственным мужчиной;единственном мужчине;единственный иностранец;единственного иностранца;единственному иностранцу;единственным иностранцем;единственном иностранце;единственная иностранка;единственной иностранки;единственной иностранке;единственную иностранку;единственной иностранкой;единственный иностранный гражданин;единственного иностранного гражданина;единственному иностранному гражданину;единственным иностранным гражданином;единственном иностранном гражданине;единственная иностранная гражданка;единственной иностранной гражданки;единственной иностранной гражданке;единственную иностранную гражданку;единственной иностранной гражданкой;единственный негражданин;единственного негражданина;единственному негражданину;единственным негражданином;единственном негражданине;единственный ребёнок;единственный ребенок;единственного ребёнка;единственного ребенка;единственному ребёнку;единственному ребенку;единственным ребёнком;единственным ребенком;единственном ребёнке;единственном ребенке;единственный несовершеннолетний;единственного несовершеннолетнего;единственному несовершеннолетнему;единственным несовершеннолетним;единственном несовершеннолетнем;единственная несовершеннолетняя;единственной несовершеннолетней;единственную несовершеннолетнюю;единственный подросток;единственного подростка;единственному подростку;единственным подростком;единственном подростке;единственный содержащийся;единственного содержащегося;единственному содержащемуся;единственным содержащимся;единственном содержащемся;единственная содержащаяся;единственной содержащейся;единственную содержащуюся;единственный задержанный;единственного задержанного;единственному задержанному;единственным задержанным;единственном задержанном;единственная задержанная;единственной задержанной;единственную задержанную;единственный заключённый;единственный заключенный;единственного заключённого;единственного заключенного;единственному заключённому;единственному заключенному;единственным заключённым;единственным заключенным;единственном заключённом;единственном заключенном;единственная заключённая;единственная заключенная;единственной заключённой;единственной заключенной;единственную заключённую;единственную заключенную;единственный осуждённый;единственный осужденный;единственного осуждённого;единственного осужденного;единственному осуждённому;единственному осужденному;единственным осуждённым;единственным осужденным;единственном осуждённом;единственном осужденном;единственная осуждённая;единственная осужденная;единственной осуждённой;единственной осужденной;единственную осуждённую;единственную осужденную;единственный пациент;единственного пациента;единственному пациенту;единственным пациентом;единственном пациенте;единственная пациентка;единственной пациентки;единственной пациентке;единственную пациентку;единственной пациенткой;единственный проживающий;единственного проживающего;единственному проживающему;единственным проживающим;единственном проживающем;единственная проживающая;единственной проживающей;единственную проживающую;единственный человек;единственного человека;единственному человеку;единственным человеком;единственном человеке;единственное лицо;единственного лица;единственному лицу;единственным лицом;единственном лице;единственные женщины;единственных женщин;единственным женщинам;единственными женщинами;единственные иностранцы;единственных иностранцев;единственным иностранцам;единственными иностранцами;единственные дети;единственных детей;единственным детям;единственными детьми;лишь один иностранец;лишь один иностранный гражданин;лишь один ребёнок;лишь один ребенок;лишь одна женщина;лишь одна иностранка;лишь одного иностранного гражданина;лишь одного иностранца;лишь одного ребёнка;лишь одного ребенка;лишь одной женщины;лишь одну женщину;лишь одну иностранку;только один иностранец;только один иностранный гражданин;только один ребёнок;только один ребенок;только одна женщина;только одна иностранка;только одного иностранного гражданина;только одного иностранца;только одного ребёнка;только одного ребенка;только одной женщины;только одну женщину;только одну иностранку;единственный, кто;единственная, кто;единственным, кто;единственной, кто;единственного, кто;единственную, кто;единственные, кто;единственными, кто</translation>
    </message>
</context>
<context>
    <name>vigil::report::HtmlRenderer</name>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <source>Authority responsible</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>Dates of the visit</source>
        <translation>Даты посещения</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Тип посещения</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Посещение без предупреждения</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>Посещение с предупреждением</translation>
    </message>
    <message>
        <source>Addressed to: %1</source>
        <translation>Адресат: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Приоритет: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Срок: %1</translation>
    </message>
</context>
<context>
    <name>vigil::report::ImageMetadata</name>
    <message>
        <source>The photo is damaged or not a JPEG or PNG image.</source>
        <translation>Фотография повреждена или не является изображением JPEG или PNG.</translation>
    </message>
</context>
<context>
    <name>vigil::report::MethodologySection</name>
    <message>
        <source>Methodology</source>
        <translation>Методология</translation>
    </message>
    <message>
        <source>Objectives of the visit: %1</source>
        <translation>Цели посещения: %1</translation>
    </message>
    <message>
        <source>The team visited the following parts of the place: %1.</source>
        <translation>Группа посетила следующие части учреждения: %1.</translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n observation(s) on site.</source>
        <translation>
            <numerusform>На месте зафиксировано %n наблюдение.</numerusform>
            <numerusform>На месте зафиксированы %n наблюдения.</numerusform>
            <numerusform>На месте зафиксировано %n наблюдений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team held %n interview(s): %1.</source>
        <translation>
            <numerusform>Группа провела %n беседу: %1.</numerusform>
            <numerusform>Группа провела %n беседы: %1.</numerusform>
            <numerusform>Группа провела %n бесед: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) could not be held without witnesses.</source>
        <translation>
            <numerusform>%n конфиденциальную беседу не удалось провести без свидетелей.</numerusform>
            <numerusform>%n конфиденциальные беседы не удалось провести без свидетелей.</numerusform>
            <numerusform>%n конфиденциальных бесед не удалось провести без свидетелей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team held no interviews.</source>
        <translation>Группа не проводила бесед.</translation>
    </message>
    <message>
        <source>It examined the following registers: %1.</source>
        <translation>Группа изучила следующие журналы: %1.</translation>
    </message>
    <message>
        <source>The team had access to every place and person it asked to see, without delay.</source>
        <translation>Группа без задержек получила доступ ко всем помещениям и лицам, о которых просила.</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s access was refused, delayed or obstructed %n time(s).</source>
        <translation>
            <numerusform>Группе отказывали в доступе, задерживали его или препятствовали ему %n раз.</numerusform>
            <numerusform>Группе отказывали в доступе, задерживали его или препятствовали ему %n раза.</numerusform>
            <numerusform>Группе отказывали в доступе, задерживали его или препятствовали ему %n раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusals, delays and obstructions of access</source>
        <translation>Отказы в доступе, задержки и воспрепятствование доступу</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Official: %1</source>
        <translation>Должностное лицо: %1</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>время не указано</translation>
    </message>
</context>
<context>
    <name>vigil::report::OdtRenderer</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation>Не удалось записать документ ODT.</translation>
    </message>
</context>
<context>
    <name>vigil::report::PdfRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Не удалось записать PDF.</translation>
    </message>
</context>
<context>
    <name>vigil::report::PublicationGuard</name>
    <message>
        <source>Cover page</source>
        <translation>Титульная страница</translation>
    </message>
    <message>
        <source>This text holds identity data of an interviewee (a name or number of an identity entry). It was taken out.</source>
        <translation>Этот текст содержит данные о личности собеседника (имя или номер из записи о личности). Он исключён.</translation>
    </message>
    <message>
        <source>The interview code %1 links the report to the interview record.</source>
        <translation>Код беседы %1 связывает отчёт с записью о беседе.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may single out one person.</source>
        <translation>«%1» может указывать на конкретного человека.</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>учреждение в целом</translation>
    </message>
    <message>
        <source>The quoted person is the only %1 among the people interviewed in %2: the quote may identify them.</source>
        <translation>Среди опрошенных (%2) только цитируемый человек относится к категории «%1»: цитата может позволить его опознать.</translation>
    </message>
</context>
<context>
    <name>vigil::report::QuoteConsent</name>
    <message>
        <source>The interviewee withdrew consent: the quote was taken out.</source>
        <translation>Собеседник отозвал согласие: цитата исключена.</translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted: the quote was taken out.</source>
        <translation>Собеседник не дал согласия на цитирование: цитата исключена.</translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals: the quote was taken out of the public summary.</source>
        <translation>Собеседнику грозит высокий риск репрессалий: цитата исключена из публичного резюме.</translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals, and the authorities may recognise who said this.</source>
        <translation>Собеседнику грозит высокий риск репрессалий, а органы власти могут понять, кто это сказал.</translation>
    </message>
</context>
<context>
    <name>vigil::report::RecommendationSections</name>
    <message>
        <source>Repeats recommendation %1 of the visit of %2</source>
        <translation>Повторяет рекомендацию %1 по итогам посещения от %2</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>The team made no recommendations on this visit.</source>
        <translation>По итогам этого посещения группа не вынесла рекомендаций.</translation>
    </message>
    <message>
        <source>Follow-up of earlier recommendations</source>
        <translation>Выполнение ранее вынесенных рекомендаций</translation>
    </message>
    <message>
        <source>No earlier recommendation to this place awaits implementation.</source>
        <translation>Нет ранее вынесенных в отношении этого места рекомендаций, ожидающих выполнения.</translation>
    </message>
    <message>
        <source>Recommendations of earlier visits and their status</source>
        <translation>Рекомендации по итогам предыдущих посещений и их статус</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportBuilder</name>
    <message>
        <source>Internal notes on the visit to %1</source>
        <translation>Внутренние заметки о посещении: %1</translation>
    </message>
    <message>
        <source>Visit to %1: public summary</source>
        <translation>Публичное резюме о посещении: %1</translation>
    </message>
    <message>
        <source>Report on the visit to %1</source>
        <translation>Отчёт о посещении: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>The monitoring team</source>
        <translation>Группа мониторинга</translation>
    </message>
    <message>
        <source>%1 visited %2 (%3).</source>
        <translation>Посещение места %2 (%3) провели: %1.</translation>
    </message>
    <message>
        <source>%1 visited %2 (%3) on %4.</source>
        <translation>Посещение места %2 (%3), %4, провели: %1.</translation>
    </message>
    <message>
        <source>The visit was unannounced.</source>
        <translation>Посещение проводилось без предупреждения.</translation>
    </message>
    <message>
        <source>The visit was announced in advance.</source>
        <translation>О посещении было сообщено заранее.</translation>
    </message>
    <message numerus="yes">
        <source>The team made %n finding(s).</source>
        <translation>
            <numerusform>Группа сделала %n вывод.</numerusform>
            <numerusform>Группа сделала %n вывода.</numerusform>
            <numerusform>Группа сделала %n выводов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report makes %n recommendation(s).</source>
        <translation>
            <numerusform>В настоящем отчёте содержится %n рекомендация.</numerusform>
            <numerusform>В настоящем отчёте содержатся %n рекомендации.</numerusform>
            <numerusform>В настоящем отчёте содержится %n рекомендаций.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential — internal notes of the monitoring body</source>
        <translation>Конфиденциально — внутренние заметки органа мониторинга</translation>
    </message>
    <message>
        <source>Confidential — internal notes of %1</source>
        <translation>Конфиденциально — внутренние заметки: %1</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportEditRepository</name>
    <message>
        <source>The report has no such part.</source>
        <translation>В отчёте нет такой части.</translation>
    </message>
    <message>
        <source>The quote or paragraph does not exist or was deleted.</source>
        <translation>Цитата или абзац не существуют или были удалены.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s text is changed in the recommendation itself, so that the report and the follow-up say the same.</source>
        <translation>Текст рекомендации изменяется в самой рекомендации, чтобы отчёт и контроль выполнения совпадали.</translation>
    </message>
    <message>
        <source>A quote or paragraph cannot be empty; remove it instead.</source>
        <translation>Цитата или абзац не могут быть пустыми; вместо этого удалите их.</translation>
    </message>
    <message>
        <source>Type or paste the words to quote.</source>
        <translation>Введите или вставьте цитируемые слова.</translation>
    </message>
    <message>
        <source>Quotes come from the interviews of the report&apos;s own visit.</source>
        <translation>Цитаты берутся только из бесед того посещения, к которому относится отчёт.</translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing said in this interview can be quoted.</source>
        <translation>Собеседник отозвал согласие: ничего из сказанного в этой беседе нельзя цитировать.</translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted.</source>
        <translation>Собеседник не дал согласия на цитирование.</translation>
    </message>
    <message>
        <source>A paragraph cannot be empty.</source>
        <translation>Абзац не может быть пустым.</translation>
    </message>
    <message>
        <source>The report edit does not exist or was deleted.</source>
        <translation>Правка отчёта не существует или была удалена.</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportFile</name>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Не указано имя файла для отчёта.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the report.</source>
        <translation>%1 — это папка; выберите имя файла для отчёта.</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportLabels</name>
    <message>
        <source>Custody and admission register</source>
        <translation>Журнал приёма и содержания под стражей</translation>
    </message>
    <message>
        <source>Disciplinary register</source>
        <translation>Журнал дисциплинарных взысканий</translation>
    </message>
    <message>
        <source>Use of force and restraint register</source>
        <translation>Журнал применения силы и средств усмирения</translation>
    </message>
    <message>
        <source>Segregation register</source>
        <translation>Журнал изоляции</translation>
    </message>
    <message>
        <source>Medical register</source>
        <translation>Медицинский журнал</translation>
    </message>
    <message>
        <source>Complaints register</source>
        <translation>Журнал жалоб</translation>
    </message>
    <message>
        <source>Register of incidents and deaths</source>
        <translation>Журнал происшествий и случаев смерти</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>пропуски</translation>
    </message>
    <message>
        <source>erasures</source>
        <translation>подчистки</translation>
    </message>
    <message>
        <source>late entries</source>
        <translation>несвоевременные записи</translation>
    </message>
    <message>
        <source>unsigned sanctions</source>
        <translation>взыскания без подписи</translation>
    </message>
    <message>
        <source>register missing</source>
        <translation>журнал отсутствует</translation>
    </message>
    <message>
        <source>inconsistent with other sources</source>
        <translation>расхождения с другими источниками</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Отказ в доступе</translation>
    </message>
    <message>
        <source>Access delayed</source>
        <translation>Задержка доступа</translation>
    </message>
    <message>
        <source>Work obstructed</source>
        <translation>Воспрепятствование работе</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Руководитель делегации</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Medical experts</source>
        <translation>Медицинские эксперты</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Переводчики</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Координаторы</translation>
    </message>
    <message>
        <source>Detainee, private interview</source>
        <translation>Содержащееся лицо, конфиденциальная беседа</translation>
    </message>
    <message>
        <source>Group interview</source>
        <translation>Групповая беседа</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Сотрудник учреждения</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <source>External source</source>
        <translation>Внешний источник</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>неотложная</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>женщина</translation>
    </message>
    <message>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <source>person with a disability</source>
        <translation>человек с инвалидностью</translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation>ЛГБТИ</translation>
    </message>
    <message>
        <source>member of a minority</source>
        <translation>представитель меньшинства</translation>
    </message>
    <message>
        <source>indigenous person</source>
        <translation>представитель коренного народа</translation>
    </message>
    <message>
        <source>foreign national</source>
        <translation>иностранный гражданин</translation>
    </message>
    <message>
        <source>older person</source>
        <translation>пожилой человек</translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) with detainees</source>
        <translation>
            <numerusform>%n конфиденциальная беседа с содержащимися лицами</numerusform>
            <numerusform>%n конфиденциальные беседы с содержащимися лицами</numerusform>
            <numerusform>%n конфиденциальных бесед с содержащимися лицами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group interview(s)</source>
        <translation>
            <numerusform>%n групповая беседа</numerusform>
            <numerusform>%n групповые беседы</numerusform>
            <numerusform>%n групповых бесед</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with staff</source>
        <translation>
            <numerusform>%n беседа с персоналом</numerusform>
            <numerusform>%n беседы с персоналом</numerusform>
            <numerusform>%n бесед с персоналом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with the management</source>
        <translation>
            <numerusform>%n беседа с администрацией</numerusform>
            <numerusform>%n беседы с администрацией</numerusform>
            <numerusform>%n бесед с администрацией</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with external sources</source>
        <translation>
            <numerusform>%n беседа с внешними источниками</numerusform>
            <numerusform>%n беседы с внешними источниками</numerusform>
            <numerusform>%n бесед с внешними источниками</numerusform>
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
        <translation>Общие показатели</translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation>Посещённые места по типам</translation>
    </message>
    <message>
        <source>Places on record, by type</source>
        <translation>Учтённые места по типам</translation>
    </message>
    <message>
        <source>Visits, by type</source>
        <translation>Посещения по типам</translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation>Выводы по темам</translation>
    </message>
    <message>
        <source>Good practices, by theme</source>
        <translation>Положительная практика по темам</translation>
    </message>
    <message>
        <source>Interviews, by kind</source>
        <translation>Беседы по видам</translation>
    </message>
    <message>
        <source>Obstruction of access, by kind</source>
        <translation>Воспрепятствование доступу по видам</translation>
    </message>
    <message>
        <source>Recommendations issued and their follow-up</source>
        <translation>Вынесенные рекомендации и их выполнение</translation>
    </message>
    <message>
        <source>Recommendations, by current status</source>
        <translation>Рекомендации по текущему статусу</translation>
    </message>
    <message>
        <source>Individual, in private</source>
        <translation>Индивидуальная, конфиденциальная</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Групповая</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>С сотрудником</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>С администрацией</translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation>С внешними лицами (родственники, адвокат, НКО)</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Воспрепятствование</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>Посещённые места</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Unannounced visits</source>
        <translation>Посещения без предупреждения</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Положительная практика</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <source>Recommendations issued</source>
        <translation>Вынесенные рекомендации</translation>
    </message>
    <message>
        <source>Reprisal cases</source>
        <translation>Случаи репрессалий</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Вынесено</translation>
    </message>
    <message>
        <source>Accepted by the authority</source>
        <translation>Принято органом власти</translation>
    </message>
    <message>
        <source>Partly accepted by the authority</source>
        <translation>Частично принято органом власти</translation>
    </message>
    <message>
        <source>Rejected by the authority</source>
        <translation>Отклонено органом власти</translation>
    </message>
    <message>
        <source>No response recorded</source>
        <translation>Ответ не зафиксирован</translation>
    </message>
    <message>
        <source>Accepted fully or partly (%)</source>
        <translation>Принято полностью или частично (%)</translation>
    </message>
    <message>
        <source>Implemented fully</source>
        <translation>Выполнено полностью</translation>
    </message>
    <message>
        <source>Implemented partly</source>
        <translation>Выполнено частично</translation>
    </message>
    <message>
        <source>Implementation in progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Implementation not checked yet</source>
        <translation>Выполнение ещё не проверено</translation>
    </message>
    <message>
        <source>Implemented fully (%)</source>
        <translation>Выполнено полностью (%)</translation>
    </message>
    <message>
        <source>Implemented partly (%)</source>
        <translation>Выполнено частично (%)</translation>
    </message>
</context>
<context>
    <name>vigil::report::TextDocumentBuilder</name>
    <message>
        <source>Responsible authority: %1</source>
        <translation>Ответственный орган: %1</translation>
    </message>
    <message>
        <source>Dates of the visit: %1</source>
        <translation>Даты посещения: %1</translation>
    </message>
    <message>
        <source>unannounced</source>
        <translation>без предупреждения</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>с предупреждением</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Посещение без предупреждения</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>Посещение с предупреждением</translation>
    </message>
    <message>
        <source>Type of visit: %1 (%2)</source>
        <translation>Тип посещения: %1 (%2)</translation>
    </message>
    <message>
        <source>Visit team</source>
        <translation>Состав группы</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: names</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Addressee: %1</source>
        <translation>Адресат: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Приоритет: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>(A picture that could not be read.)</source>
        <translation>(Изображение, которое не удалось прочитать.)</translation>
    </message>
    <message>
        <source>Rendering the report was cancelled.</source>
        <translation>Формирование отчёта отменено.</translation>
    </message>
</context>
<context>
    <name>vigil::reportjobs</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Не удалось записать отчёт.</translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
    <message>
        <source>The report changed since it was checked. Nothing was written: look at what the publication guard finds now.</source>
        <translation>Отчёт изменился после проверки. Ничего не записано: посмотрите, что контроль публикации находит теперь.</translation>
    </message>
</context>
<context>
    <name>vigil::syncjobs</name>
    <message>
        <source>Sync is not set up yet. Choose a sync folder or server in Sync settings.</source>
        <translation>Синхронизация ещё не настроена. Выберите папку или сервер синхронизации в параметрах синхронизации.</translation>
    </message>
</context>
</TS>
