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
        <source>Open recommendations</source>
        <translation>Незакрытые рекомендации</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Any open status</source>
        <translation>Любой незакрытый статус</translation>
    </message>
    <message>
        <source>Filter by place type</source>
        <translation>Фильтр по типу места</translation>
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
        <source>Place &amp;type:</source>
        <translation>&amp;Тип места:</translation>
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
    <name>vigil::SyncInboxPage</name>
    <message>
        <source>Records received from other devices will appear here once synchronisation arrives with the sync feature.</source>
        <translation>Записи, полученные с других устройств, будут появляться здесь, когда в программе появится функция синхронизации.</translation>
    </message>
    <message>
        <source>Sync inbox</source>
        <translation>Входящие синхронизации</translation>
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
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
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
        <source>Issued</source>
        <translation>Выпущено</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
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
        <source>The vault key could not be read.</source>
        <translation>Не удалось прочитать ключ хранилища.</translation>
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
  --kdf-opslimit N           Argon2id passes (default 3)
  --kdf-memlimit-mib N       Argon2id memory in MiB (default 256)
  --verbose                  print technical details of errors
  -h, --help                 show this help
  --version                  show the version

Without a --passphrase-file, passphrases are read from the terminal without echo.

Exit codes:
  0 success            1 other error          2 usage error
  3 wrong passphrase or recovery key          4 integrity failure (damaged or altered)
  5 vault not found    6 storage error (read-only, disk full, I/O)
  7 already exists
</source>
        <translation>Usage: vigil-cli [OPTIONS] COMMAND [ARGS]

Командная строка Vigil: то же зашифрованное хранилище, что и в окне Vigil.

Команды:
  init        создать новое хранилище (ключ восстановления выводится один раз)
  demo        создать хранилище с вымышленными демонстрационными данными
  info        показать идентификатор хранилища, формат и параметры формирования ключа
  verify      проверить шифрование каждой страницы, базу данных и цепочку аудита
  passwd      сменить парольную фразу (данные заново не шифруются)
  recover     задать новую парольную фразу с помощью ключа восстановления
  db-key      вывести ключ SQLCipher, чтобы открыть vigil.db в оболочке sqlcipher
  search QUERY  полнотекстовый поиск по заметкам, выводам, рекомендациям, наблюдениям

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
  --kdf-opslimit N           число проходов Argon2id (по умолчанию 3)
  --kdf-memlimit-mib N       память для Argon2id в МиБ (по умолчанию 256)
  --verbose                  выводить технические подробности ошибок
  -h, --help                 показать эту справку
  --version                  показать версию

Без --passphrase-file парольные фразы считываются с терминала без отображения.

Коды завершения:
  0  успешное выполнение
  1  прочая ошибка
  2  ошибка использования
  3  неверная парольная фраза или ключ восстановления
  4  нарушение целостности (повреждено или изменено)
  5  хранилище не найдено
  6  ошибка хранения (только чтение, диск заполнен, ввод-вывод)
  7  уже существует
</translation>
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
</context>
</TS>
