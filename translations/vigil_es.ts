<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>Abrir o crear la bóveda en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for detention monitoring (OPCAT).</source>
        <translation>Registros cifrados, pensados para trabajar sin conexión, para la supervisión de los lugares de privación de libertad (OPCAT).</translation>
    </message>
</context>
<context>
    <name>vigil::AccessEventEditor</name>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Eliminar incidencia</translation>
    </message>
    <message>
        <source>Kind of access event</source>
        <translation>Tipo de incidencia de acceso</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <source>Area concerned</source>
        <translation>Zona afectada</translation>
    </message>
    <message>
        <source>e.g. segregation unit</source>
        <translation>p. ej., unidad de aislamiento</translation>
    </message>
    <message>
        <source>Official responsible</source>
        <translation>Funcionario responsable</translation>
    </message>
    <message>
        <source>Name or function</source>
        <translation>Nombre o cargo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Delay in minutes</source>
        <translation>Demora en minutos</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Delete the selected access event</source>
        <translation>Eliminar la incidencia de acceso seleccionada</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>Fecha y &amp;hora:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Official:</source>
        <translation>&amp;Funcionario:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>D&amp;elay:</source>
        <translation>De&amp;mora:</translation>
    </message>
    <message>
        <source>time of access event</source>
        <translation>fecha y hora de la incidencia de acceso</translation>
    </message>
    <message>
        <source>area</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>official</source>
        <translation>funcionario</translation>
    </message>
    <message>
        <source>description of access event</source>
        <translation>descripción de la incidencia de acceso</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>demora</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Change kind of access event</source>
        <translation>Cambiar el tipo de incidencia de acceso</translation>
    </message>
    <message>
        <source>Delete access event</source>
        <translation>Eliminar incidencia de acceso</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>Hora no registrada</translation>
    </message>
</context>
<context>
    <name>vigil::AccessLogPanel</name>
    <message>
        <source>Record &amp;refusal</source>
        <translation>Registrar de&amp;negación</translation>
    </message>
    <message>
        <source>Record a refusal of access now</source>
        <translation>Registrar ahora una denegación de acceso</translation>
    </message>
    <message>
        <source>Record de&amp;lay</source>
        <translation>Registrar demo&amp;ra</translation>
    </message>
    <message>
        <source>Record a delay of access now</source>
        <translation>Registrar ahora una demora en el acceso</translation>
    </message>
    <message>
        <source>Record o&amp;bstruction</source>
        <translation>Registrar o&amp;bstrucción</translation>
    </message>
    <message>
        <source>Record an obstruction now</source>
        <translation>Registrar ahora una obstrucción</translation>
    </message>
    <message>
        <source>Access events, by time</source>
        <translation>Incidencias de acceso, por orden cronológico</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registrar %1</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>hora no registrada</translation>
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
        <translation>La incidencia de acceso no existe o se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::AccessibleParts</name>
    <message>
        <source>Scroll %1 sideways</source>
        <translation>Desplazar %1 horizontalmente</translation>
    </message>
    <message>
        <source>Scroll %1 up and down</source>
        <translation>Desplazar %1 verticalmente</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
</context>
<context>
    <name>vigil::AllegationRepository</name>
    <message>
        <source>The allegation does not exist or was deleted.</source>
        <translation>La denuncia no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>The reprisal allegation does not exist or was deleted.</source>
        <translation>La denuncia de represalias no existe o se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::AllegationSafeguards</name>
    <message>
        <source>A referral needs the interviewee&apos;s consent to act.</source>
        <translation>Una remisión requiere el consentimiento de la persona entrevistada para actuar.</translation>
    </message>
    <message>
        <source>An allegation can only be linked to an interview of the same visit.</source>
        <translation>Una denuncia solo puede vincularse a una entrevista de la misma visita.</translation>
    </message>
    <message>
        <source>An allegation heard in an interview can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation>Una denuncia recibida en una entrevista solo puede registrarse una vez registrado el consentimiento de la persona entrevistada.</translation>
    </message>
    <message>
        <source>Acting on an allegation needs the interviewee&apos;s consent to share it with the authorities or to refer the case.</source>
        <translation>Para actuar sobre una denuncia se necesita el consentimiento de la persona entrevistada para compartirla con las autoridades o para remitir el caso.</translation>
    </message>
    <message>
        <source>Reprisal allegations are restricted to coordinators.</source>
        <translation>Las denuncias de represalias están reservadas a la coordinación.</translation>
    </message>
    <message>
        <source>A reprisal allegation names the person only by an interview&apos;s pseudonym code, such as D-07.</source>
        <translation>Una denuncia de represalias identifica a la persona únicamente por el código de seudónimo de una entrevista, como D-07.</translation>
    </message>
    <message>
        <source>No interview of this visit has the pseudonym %1.</source>
        <translation>Ninguna entrevista de esta visita tiene el seudónimo %1.</translation>
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
        <translation>%1 es más grande de lo posible; puede estar dañado o no ser un archivo de Vigil.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentCipher</name>
    <message>
        <source>The file being read could not be read.</source>
        <translation>No se pudo leer el archivo de origen.</translation>
    </message>
    <message>
        <source>The attachment file is damaged or was tampered with; it cannot be opened.</source>
        <translation>El archivo adjunto está dañado o ha sido manipulado; no se puede abrir.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The attachment could not be written out.</source>
        <translation>No se pudo escribir el archivo adjunto.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentStore</name>
    <message>
        <source>attachment.owner_id: must be the id of a record</source>
        <translation>attachment.owner_id: debe ser el identificador de un registro</translation>
    </message>
    <message>
        <source>The attachment does not exist or was deleted.</source>
        <translation>El archivo adjunto no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>The file of attachment &apos;%1&apos; is missing from the vault.</source>
        <translation>El archivo del adjunto «%1» no está en la bóveda.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentsPanel</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Delete attachment…</source>
        <translation>&amp;Eliminar adjunto…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Import photos or documents</source>
        <translation>Importar fotos o documentos</translation>
    </message>
    <message>
        <source>Preview the selected image</source>
        <translation>Vista previa de la imagen seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected attachment</source>
        <translation>Eliminar el adjunto seleccionado</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Encrypting %1…</source>
        <translation>Cifrando %1…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;All files (*)</source>
        <translation>Fotos y documentos (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n archivo importado.</numerusform>
            <numerusform>%n archivos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <source>Only images can be previewed.</source>
        <translation>Solo se pueden previsualizar imágenes.</translation>
    </message>
    <message>
        <source>Decrypting %1…</source>
        <translation>Descifrando %1…</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>Eliminar adjunto</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>The encrypted file and its key are destroyed. This cannot be undone.</source>
        <translation>Se destruirán el archivo cifrado y su clave. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>vigil::AuditLog</name>
    <message>
        <source>audit event %1 is missing (the log jumps from %2 to %3)</source>
        <translation>falta el evento de auditoría %1 (el registro salta de %2 a %3)</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3) does not follow event %4</source>
        <translation>el evento de auditoría %1 (%2 %3) no sigue al evento %4</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3, %4) was altered after it was written</source>
        <translation>el evento de auditoría %1 (%2 %3, %4) se modificó después de escribirse</translation>
    </message>
</context>
<context>
    <name>vigil::BodyRepository</name>
    <message>
        <source>A body cannot be placed under itself or one of its member bodies.</source>
        <translation>Un organismo no puede situarse bajo sí mismo ni bajo uno de sus organismos miembros.</translation>
    </message>
    <message>
        <source>The body does not exist or was deleted.</source>
        <translation>El organismo no existe o se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleError</name>
    <message>
        <source>This file is not a Vigil bundle.</source>
        <translation>Este archivo no es un paquete de Vigil.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Vigil. Update Vigil and import it again.</source>
        <translation>Este paquete se creó con una versión más reciente de Vigil. Actualice Vigil y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>This bundle is larger than Vigil accepts; it was not imported.</source>
        <translation>Este paquete es más grande de lo que Vigil admite; no se ha importado.</translation>
    </message>
    <message>
        <source>This bundle is incomplete; it was probably not copied or downloaded completely. Copy it again and retry.</source>
        <translation>Este paquete está incompleto; probablemente no se copió o descargó por completo. Vuelva a copiarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was tampered with; nothing was imported. Ask the sender to send it again.</source>
        <translation>Este paquete está dañado o ha sido manipulado; no se ha importado nada. Pida a quien lo envió que lo vuelva a enviar.</translation>
    </message>
    <message>
        <source>This bundle comes from a device that is not enrolled in your organisation; it was not imported.</source>
        <translation>Este paquete procede de un dispositivo que no está inscrito en su organización; no se ha importado.</translation>
    </message>
    <message>
        <source>This bundle comes from a device that was revoked; it was not imported.</source>
        <translation>Este paquete procede de un dispositivo revocado; no se ha importado.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device; it was not imported.</source>
        <translation>Este paquete no está dirigido a este dispositivo; no se ha importado.</translation>
    </message>
    <message>
        <source>This bundle holds more or larger records than Vigil accepts; it was not imported.</source>
        <translation>Este paquete contiene más registros, o registros más grandes, de los que Vigil admite; no se ha importado.</translation>
    </message>
    <message>
        <source>The bundle is full; the rest goes into another bundle.</source>
        <translation>El paquete está lleno; el resto irá en otro paquete.</translation>
    </message>
    <message>
        <source>A record is too large to be sent in a bundle.</source>
        <translation>Un registro es demasiado grande para enviarse en un paquete.</translation>
    </message>
    <message>
        <source>The bundle could not be written because of an internal error.</source>
        <translation>No se pudo escribir el paquete debido a un error interno.</translation>
    </message>
    <message>
        <source>Reading or writing the bundle file failed.</source>
        <translation>Falló la lectura o escritura del archivo de paquete.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Lista de verificación:</translation>
    </message>
    <message>
        <source>There is no checklist yet for this type of place (%1).</source>
        <extracomment>%1 is a place type, e.g. &quot;Airport transit zone&quot;</extracomment>
        <translation>Todavía no hay ninguna lista de verificación para este tipo de lugar (%1).</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Sin hallazgo</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Hallazgo sin título</translation>
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
        <translation>Normas: %1</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Respuesta a la pregunta %1</translation>
    </message>
    <message>
        <source>Notes on question %1</source>
        <translation>Notas sobre la pregunta %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Edit checklist notes</source>
        <translation>Editar notas de la lista de verificación</translation>
    </message>
    <message>
        <source>Finding that question %1 led to</source>
        <translation>Hallazgo al que dio lugar la pregunta %1</translation>
    </message>
    <message>
        <source>Link to finding</source>
        <translation>Vincular a un hallazgo</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>Responder pregunta de la lista de verificación</translation>
    </message>
    <message>
        <source>Link checklist answer to finding</source>
        <translation>Vincular respuesta de la lista de verificación a un hallazgo</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistResponseRepository</name>
    <message>
        <source>The checklist answer does not exist or was deleted.</source>
        <translation>La respuesta de la lista de verificación no existe o se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplateRepository</name>
    <message>
        <source>The checklist template does not exist or was deleted.</source>
        <translation>La plantilla de lista de verificación no existe o se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::ConsentSection</name>
    <message>
        <source>Consent — before anything is written</source>
        <translation>Consentimiento — antes de anotar nada</translation>
    </message>
    <message>
        <source>&amp;Change consent…</source>
        <translation>&amp;Cambiar consentimiento…</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Cambiar consentimiento</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Retirar consentimiento…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar consentimiento</translation>
    </message>
    <message>
        <source>Explain who the team is and what happens with what the person says. Tick only what they agreed to.</source>
        <translation>Explique quién es el equipo y qué se hará con lo que diga la persona. Marque solo aquello que haya aceptado.</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality, so it allows only aggregate use and anonymous quotes. Hear the person in private to go further.</source>
        <translation>Una entrevista grupal no ofrece confidencialidad, por lo que solo permite el uso agregado y las citas anónimas. Entreviste a la persona en privado para ir más allá.</translation>
    </message>
    <message>
        <source>Consent sought in an adapted way for</source>
        <translation>Consentimiento solicitado de forma adaptada para</translation>
    </message>
    <message>
        <source>Not adapted</source>
        <translation>Sin adaptar</translation>
    </message>
    <message>
        <source>Adapted for:</source>
        <translation>Adaptado para:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Cancelar el cambio</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Registrar consentimiento</translation>
    </message>
    <message>
        <source>&amp;Record changed consent</source>
        <translation>&amp;Registrar consentimiento modificado</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Record changed consent</source>
        <translation>Registrar consentimiento modificado</translation>
    </message>
    <message>
        <source>Agreed to: %1.</source>
        <translation>Aceptado: %1.</translation>
    </message>
    <message>
        <source>Sought in an adapted way for: %1.</source>
        <translation>Solicitado de forma adaptada para: %1.</translation>
    </message>
    <message>
        <source>No consent recorded yet: no notes can be written.</source>
        <translation>Aún no se ha registrado el consentimiento: no se pueden escribir notas.</translation>
    </message>
    <message>
        <source>Consent recorded %1.</source>
        <translation>Consentimiento registrado el %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn %1.</source>
        <translation>Consentimiento retirado el %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consentimiento retirado.</translation>
    </message>
    <message>
        <source>Nothing more can be recorded from this interview; what depended on the consent was withdrawn with it.</source>
        <translation>No se puede registrar nada más de esta entrevista; lo que dependía del consentimiento se retiró con él.</translation>
    </message>
    <message>
        <source>Withdraw this person&apos;s consent?</source>
        <translation>¿Retirar el consentimiento de esta persona?</translation>
    </message>
    <message>
        <source>The notes become read-only, nothing more can be recorded from this interview, identity entries are deleted and consent to act on allegations is removed. This cannot be undone.</source>
        <translation>Las notas pasarán a ser de solo lectura, no se podrá registrar nada más de esta entrevista, se eliminarán las fichas de identidad y se retirará el consentimiento para actuar sobre las denuncias. Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>vigil::Database</name>
    <message>
        <source>The disk is full. Free some space; the last change was not saved and nothing else was lost.</source>
        <translation>El disco está lleno. Libere espacio; el último cambio no se guardó y no se perdió nada más.</translation>
    </message>
    <message>
        <source>The vault is on storage Vigil may not write to.</source>
        <translation>La bóveda está en un almacenamiento en el que Vigil no puede escribir.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened.</source>
        <translation>No se pudo abrir la base de datos de la bóveda.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or has been altered. Restore it from a backup.</source>
        <translation>La base de datos de la bóveda está dañada o ha sido alterada. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault is in use by another Vigil window or program.</source>
        <translation>La bóveda está en uso por otra ventana de Vigil o por otro programa.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the record.</source>
        <translation>El cambio incumple una regla de integridad de los datos.</translation>
    </message>
    <message>
        <source>Vigil ran out of memory.</source>
        <translation>Vigil se quedó sin memoria.</translation>
    </message>
    <message>
        <source>Reading or writing the vault failed.</source>
        <translation>Falló la lectura o escritura de la bóveda.</translation>
    </message>
    <message>
        <source>The vault&apos;s database reported an error.</source>
        <translation>La base de datos de la bóveda notificó un error.</translation>
    </message>
</context>
<context>
    <name>vigil::DemoVault</name>
    <message>
        <source>The old demo vault at %1 could not be removed.</source>
        <translation>No se pudo eliminar la antigua bóveda de demostración en %1.</translation>
    </message>
    <message>
        <source>%1 holds a vault that is not a demo vault; it is left as it is.</source>
        <translation>%1 contiene una bóveda que no es de demostración; se deja como está.</translation>
    </message>
    <message>
        <source>Demo — National Preventive Mechanism of Westland (fictional)</source>
        <translation>Demostración — Mecanismo Nacional de Prevención de Westland (ficticio)</translation>
    </message>
</context>
<context>
    <name>vigil::DetailFrame</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Volver a la página anterior (%1)</translation>
    </message>
</context>
<context>
    <name>vigil::ErrorLabel</name>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not kept. Free some space and try again.</source>
        <translation>El disco está lleno, por lo que el cambio no se conservó. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The vault&apos;s storage cannot be written, so the change was not kept. Check the drive and its permissions.</source>
        <translation>No se puede escribir en el almacenamiento de la bóveda, por lo que el cambio no se conservó. Compruebe el disco y sus permisos.</translation>
    </message>
    <message>
        <source>The vault may be damaged. Lock it, make a copy of the vault folder and check it before making further changes.</source>
        <translation>Es posible que la bóveda esté dañada. Bloquéela, haga una copia de la carpeta de la bóveda y revísela antes de hacer más cambios.</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLinksWidget</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>Re&amp;move link</source>
        <translation>&amp;Quitar vínculo</translation>
    </message>
    <message>
        <source>Evidence of the finding</source>
        <translation>Pruebas del hallazgo</translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation>Prueba que vincular</translation>
    </message>
    <message>
        <source>Link the chosen evidence to the finding</source>
        <translation>Vincular la prueba elegida al hallazgo</translation>
    </message>
    <message>
        <source>Remove the selected evidence from the finding</source>
        <translation>Quitar del hallazgo la prueba seleccionada</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(eliminada desde entonces)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Evidence of a finding: its kind, then its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Vincular prueba</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar prueba</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLookup</name>
    <message>
        <source>Interview %1</source>
        <translation>Entrevista %1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>Revisión de registro: %1</translation>
    </message>
    <message>
        <source>Register check: %1, %2 to %3</source>
        <translation>Revisión de registro: %1, del %2 al %3</translation>
    </message>
    <message>
        <source>Access %1: %2</source>
        <translation>Acceso %1: %2</translation>
    </message>
    <message>
        <source>Checklist question %1</source>
        <translation>Pregunta %1 de la lista de verificación</translation>
    </message>
    <message>
        <source>Checklist question %1: %2</source>
        <translation>Pregunta %1 de la lista de verificación: %2</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: there is no %1 with this id</source>
        <translation>finding_evidence.evidence_id: no hay ningún registro %1 con este identificador</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_kind: &apos;%1&apos; is not a kind of evidence</source>
        <translation>finding_evidence.evidence_kind: &apos;%1&apos; no es un tipo de prueba</translation>
    </message>
</context>
<context>
    <name>vigil::FilteredTableView</name>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrar %1</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
</context>
<context>
    <name>vigil::FindingEditor</name>
    <message>
        <source>Finding title</source>
        <translation>Título del hallazgo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>Subcategoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Standards cited</source>
        <translation>Normas citadas</translation>
    </message>
    <message>
        <source>&amp;Good practice</source>
        <translation>&amp;Buena práctica</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <source>Corroborating sources</source>
        <translation>Fuentes corroborantes</translation>
    </message>
    <message>
        <source>e.g. Mandela Rules 43-45</source>
        <translation>p. ej., Reglas Nelson Mandela 43-45</translation>
    </message>
    <message>
        <source>Leave at the lowest value to count the linked interviews, observations and register checks.</source>
        <translation>Déjelo en el valor mínimo para contar las entrevistas, observaciones y revisiones de registros vinculadas.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>S&amp;ubcategoría:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>&amp;Hechos:</translation>
    </message>
    <message>
        <source>&amp;Analysis:</source>
        <translation>&amp;Análisis:</translation>
    </message>
    <message>
        <source>Sta&amp;ndards:</source>
        <translation>N&amp;ormas:</translation>
    </message>
    <message>
        <source>Sou&amp;rces:</source>
        <translation>&amp;Fuentes:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Pruebas:</translation>
    </message>
    <message>
        <source>finding title</source>
        <translation>título del hallazgo</translation>
    </message>
    <message>
        <source>sub-category</source>
        <translation>subcategoría</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>hechos</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>análisis</translation>
    </message>
    <message>
        <source>standards</source>
        <translation>normas</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Cambiar categoría</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Cambiar gravedad</translation>
    </message>
    <message>
        <source>Change good practice</source>
        <translation>Cambiar buena práctica</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <extracomment>Shown for corroborating sources not set by hand: the number counted from the evidence</extracomment>
        <translation>Contadas: %1</translation>
    </message>
</context>
<context>
    <name>vigil::FindingRepository</name>
    <message>
        <source>finding.sources: must be at least 1 (leave it empty to count the linked evidence)</source>
        <translation>finding.sources: debe ser al menos 1 (déjelo vacío para contar las pruebas vinculadas)</translation>
    </message>
    <message>
        <source>The finding does not exist or was deleted.</source>
        <translation>El hallazgo no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>finding_evidence.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>finding_evidence.finding_id: hace referencia a un hallazgo que no existe o se ha eliminado</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was deleted</source>
        <translation>finding_evidence.evidence_id: el registro %1 se ha eliminado</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was recorded on another visit than the finding</source>
        <translation>finding_evidence.evidence_id: el registro %1 se registró en una visita distinta de la del hallazgo</translation>
    </message>
    <message>
        <source>This evidence is not linked to the finding.</source>
        <translation>Esta prueba no está vinculada al hallazgo.</translation>
    </message>
</context>
<context>
    <name>vigil::FindingsPanel</name>
    <message>
        <source>&amp;Delete finding</source>
        <translation>&amp;Eliminar hallazgo</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>&amp;Nuevo hallazgo</translation>
    </message>
    <message>
        <source>Add a finding in the selected category</source>
        <translation>Añadir un hallazgo en la categoría seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected finding</source>
        <translation>Eliminar el hallazgo seleccionado</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Hallazgos por categoría</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nuevo hallazgo</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Añadir hallazgo</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Eliminar hallazgo</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Hallazgo sin título</translation>
    </message>
    <message>
        <source>%1 [%2]%3</source>
        <extracomment>A finding in the tree: title and severity; &quot;good practice&quot; marked</extracomment>
        <translation>%1 [%2]%3</translation>
    </message>
    <message>
        <source> ✓ good practice</source>
        <translation> ✓ buena práctica</translation>
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
        <translation>Identidad correspondiente a %1</translation>
    </message>
    <message>
        <source>Names and ID numbers are kept sealed. Enter the vault passphrase again to see them: they are shown only while this window is open, and the reading is recorded in the audit log.</source>
        <translation>Los nombres y números de identificación se guardan sellados. Vuelva a introducir la frase de contraseña de la bóveda para verlos: solo se muestran mientras esta ventana esté abierta, y la consulta queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>See the identity</source>
        <translation>Ver la identidad</translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation>Ficha de identidad</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Ficha:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Show identity</source>
        <translation>&amp;Mostrar identidad</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>Mostrar identidad</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Identity (hidden again when this window closes)</source>
        <translation>Identidad (se vuelve a ocultar al cerrar esta ventana)</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Nombre real</translation>
    </message>
    <message>
        <source>ID, prison or cell number</source>
        <translation>Número de identificación, de interno o de celda</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Otros datos</translation>
    </message>
    <message>
        <source>Real name:</source>
        <translation>Nombre real:</translation>
    </message>
    <message>
        <source>ID, prison or cell number:</source>
        <translation>Número de identificación, de interno o de celda:</translation>
    </message>
    <message>
        <source>Other details:</source>
        <translation>Otros datos:</translation>
    </message>
    <message>
        <source>Record an identity</source>
        <translation>Registrar una identidad</translation>
    </message>
    <message>
        <source>Only when the person consented to the use of their name or to the referral of their case.</source>
        <translation>Solo cuando la persona haya consentido el uso de su nombre o la remisión de su caso.</translation>
    </message>
    <message>
        <source>Real name to record</source>
        <translation>Nombre real que registrar</translation>
    </message>
    <message>
        <source>ID, prison or cell number to record</source>
        <translation>Número de identificación, de interno o de celda que registrar</translation>
    </message>
    <message>
        <source>Other details to record</source>
        <translation>Otros datos que registrar</translation>
    </message>
    <message>
        <source>Seal and &amp;record</source>
        <translation>Sellar y &amp;registrar</translation>
    </message>
    <message>
        <source>Seal and record the identity</source>
        <translation>Sellar y registrar la identidad</translation>
    </message>
    <message>
        <source>Close and hide the identity</source>
        <translation>Cerrar y ocultar la identidad</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Registrada el %1</translation>
    </message>
    <message>
        <source>No identity is recorded for this interview</source>
        <translation>No hay ninguna identidad registrada para esta entrevista</translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation>Introduzca la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Nothing was shown.</source>
        <translation>La frase de contraseña no es correcta. No se ha mostrado nada.</translation>
    </message>
    <message>
        <source>Enter a name or an ID number to record.</source>
        <translation>Introduzca un nombre o un número de identificación para registrar.</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityRepository</name>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation>La ficha de identidad está dañada o ha sido manipulada.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation>No se pudo cifrar la ficha de identidad.</translation>
    </message>
    <message>
        <source>The identity entry is empty.</source>
        <translation>La ficha de identidad está vacía.</translation>
    </message>
    <message>
        <source>The identity entry does not exist or was deleted.</source>
        <translation>La ficha de identidad no existe o se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::InactiveShield</name>
    <message>
        <source>Content hidden while Vigil is in the background</source>
        <translation>Contenido oculto mientras Vigil está en segundo plano</translation>
    </message>
    <message>
        <source>Hidden while Vigil is in the background</source>
        <translation>Oculto mientras Vigil está en segundo plano</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewCommands</name>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Edit interview notes</source>
        <translation>Editar notas de la entrevista</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewDetailsForm</name>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>Sí, nadie más podía oírla</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>Realizada sin testigos</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>No, había otras personas presentes</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>Había otras personas presentes</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>Sin testigos:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Where in the place</source>
        <translation>Ubicación dentro del lugar</translation>
    </message>
    <message>
        <source>For example: the library, out of sight of staff</source>
        <translation>Por ejemplo: la biblioteca, fuera de la vista del personal</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Intérprete:</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>Quién eligió a la persona</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Elegida por:</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>Riesgo de represalias</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>Pregunte si la persona teme consecuencias.</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>Riesgo de represalias:</translation>
    </message>
    <message>
        <source>Check on them at the next visit</source>
        <translation>Comprobar su situación en la próxima visita</translation>
    </message>
    <message>
        <source>Follow up at the next visit</source>
        <translation>Hacer seguimiento en la próxima visita</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only with consent, and only when needed.</source>
        <translation>Discapacidad, condición LGBTI, pertenencia a una minoría o a un pueblo indígena: solo con consentimiento y solo cuando sea necesario.</translation>
    </message>
    <message>
        <source>Vulnerabilities:</source>
        <translation>Factores de vulnerabilidad:</translation>
    </message>
    <message>
        <source>Interviewer the person asked for</source>
        <translation>Perfil de entrevistador solicitado por la persona</translation>
    </message>
    <message>
        <source>No preference stated</source>
        <translation>Sin preferencia indicada</translation>
    </message>
    <message>
        <source>Asked to be heard by:</source>
        <translation>Pidió ser entrevistada por:</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Temas, separados por comas</translation>
    </message>
    <message>
        <source>For example: use of force, health care, family contact</source>
        <translation>Por ejemplo: uso de la fuerza, atención sanitaria, contacto con la familia</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>Edit interview location</source>
        <translation>Editar la ubicación de la entrevista</translation>
    </message>
    <message>
        <source>Edit interview topics</source>
        <translation>Editar los temas de la entrevista</translation>
    </message>
    <message>
        <source>Change interview unit</source>
        <translation>Cambiar la unidad de la entrevista</translation>
    </message>
    <message>
        <source>Change interpreter</source>
        <translation>Cambiar intérprete</translation>
    </message>
    <message>
        <source>Change who chose the interviewee</source>
        <translation>Cambiar quién eligió a la persona entrevistada</translation>
    </message>
    <message>
        <source>Change reprisal risk</source>
        <translation>Cambiar riesgo de represalias</translation>
    </message>
    <message>
        <source>Change follow-up</source>
        <translation>Cambiar seguimiento</translation>
    </message>
    <message>
        <source>Change requested interviewer</source>
        <translation>Cambiar el perfil de entrevistador solicitado</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Ninguna unidad en particular</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only when needed.</source>
        <translation>Discapacidad, condición LGBTI, pertenencia a una minoría o a un pueblo indígena: solo cuando sea necesario.</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can be recorded once consent is recorded, and only when needed.</source>
        <translation>La discapacidad, la condición LGBTI o la pertenencia a una minoría o a un pueblo indígena pueden registrarse una vez registrado el consentimiento, y solo cuando sea necesario.</translation>
    </message>
    <message>
        <source>Change vulnerabilities</source>
        <translation>Cambiar factores de vulnerabilidad</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewEditor</name>
    <message>
        <source>Select an interview, or start a new one.</source>
        <translation>Seleccione una entrevista o inicie una nueva.</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>&amp;Identidad…</translation>
    </message>
    <message>
        <source>Real identity (asks for the passphrase)</source>
        <translation>Identidad real (pide la frase de contraseña)</translation>
    </message>
    <message>
        <source>Names and ID numbers are sealed; seeing them asks for the passphrase again.</source>
        <translation>Los nombres y números de identificación están sellados; para verlos se vuelve a pedir la frase de contraseña.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Notas de la entrevista</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>La entrevista</translation>
    </message>
    <message>
        <source>Pseudonym %1</source>
        <translation>Seudónimo %1</translation>
    </message>
    <message>
        <source>Notes open once consent is recorded above: nothing the person says is written down before they have agreed how it may be used.</source>
        <translation>Las notas se habilitan una vez registrado el consentimiento más arriba: no se anota nada de lo que diga la persona antes de que haya aceptado cómo puede utilizarse.</translation>
    </message>
    <message>
        <source>Record consent first.</source>
        <translation>Registre primero el consentimiento.</translation>
    </message>
    <message>
        <source>Write what the person said, in their words where possible. Saved as you type.</source>
        <translation>Escriba lo que dijo la persona, con sus propias palabras siempre que sea posible. Se guarda a medida que escribe.</translation>
    </message>
    <message>
        <source>The person withdrew consent: the notes are read-only and nothing more can be added.</source>
        <translation>La persona retiró su consentimiento: las notas son de solo lectura y no se puede añadir nada más.</translation>
    </message>
    <message numerus="yes">
        <source>%n safeguard warning(s) on this interview, shown next to the fields they concern.</source>
        <translation>
            <numerusform>%n advertencia de salvaguarda en esta entrevista, mostrada junto al campo al que se refiere.</numerusform>
            <numerusform>%n advertencias de salvaguarda en esta entrevista, mostradas junto a los campos a los que se refieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::InterviewLabels</name>
    <message>
        <source>Individual, in private</source>
        <translation>Individual, en privado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupal</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Dirección del centro</translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation>Externa (familia, abogado, ONG)</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Sin intérprete</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>Intérprete profesional</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Fellow detainee</source>
        <translation>Otra persona privada de libertad</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>El equipo</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>El personal</translation>
    </message>
    <message>
        <source>The person asked to be heard</source>
        <translation>La persona pidió ser escuchada</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Menor de edad</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>Persona mayor</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>Persona extranjera</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>Persona con discapacidad</translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation>Persona LGBTI</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Persona perteneciente a una minoría</translation>
    </message>
    <message>
        <source>Indigenous person</source>
        <translation>Persona indígena</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>Una mujer</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>Un hombre</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Una persona de otro género</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>Una persona menor de edad</translation>
    </message>
    <message>
        <source>A person with an intellectual disability</source>
        <translation>Una persona con discapacidad intelectual</translation>
    </message>
    <message>
        <source>A person with a psychosocial disability</source>
        <translation>Una persona con discapacidad psicosocial</translation>
    </message>
    <message>
        <source>Aggregate use only</source>
        <translation>Solo uso agregado</translation>
    </message>
    <message>
        <source>Quote anonymously</source>
        <translation>Citar de forma anónima</translation>
    </message>
    <message>
        <source>Use the name</source>
        <translation>Usar el nombre</translation>
    </message>
    <message>
        <source>Share with the authorities</source>
        <translation>Compartir con las autoridades</translation>
    </message>
    <message>
        <source>Refer the case</source>
        <translation>Remitir el caso</translation>
    </message>
    <message>
        <source>Always given: what was said counts in anonymous totals, never traceable to the person.</source>
        <translation>Siempre otorgado: lo dicho se computa en totales anónimos y nunca puede vincularse a la persona.</translation>
    </message>
    <message>
        <source>Their words may be quoted in a report without anything that identifies them.</source>
        <translation>Sus palabras pueden citarse en un informe sin nada que permita identificarla.</translation>
    </message>
    <message>
        <source>Their name may be recorded and used, for example in a report or a letter.</source>
        <translation>Su nombre puede registrarse y utilizarse, por ejemplo en un informe o en una carta.</translation>
    </message>
    <message>
        <source>Their account may be passed to the authorities responsible for the place.</source>
        <translation>Su testimonio puede transmitirse a las autoridades responsables del lugar.</translation>
    </message>
    <message>
        <source>Their individual case may be referred to a body that can act on it.</source>
        <translation>Su caso individual puede remitirse a un organismo que pueda actuar al respecto.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewListModel</name>
    <message>
        <source>Not yet recorded</source>
        <translation>Aún no registrado</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Reprisal risk</source>
        <translation>Riesgo de represalias</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewRepository</name>
    <message>
        <source>Record whether the interview was held without witnesses (OPCAT Art. 20).</source>
        <translation>Registre si la entrevista se realizó sin testigos (art. 20 del OPCAT).</translation>
    </message>
    <message>
        <source>The unit does not belong to the place being visited.</source>
        <translation>La unidad no pertenece al lugar visitado.</translation>
    </message>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>La entrevista no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>No consent was recorded for this interview, so none can be withdrawn.</source>
        <translation>No se registró ningún consentimiento para esta entrevista, por lo que no puede retirarse.</translation>
    </message>
    <message>
        <source>Consent was already withdrawn.</source>
        <translation>El consentimiento ya se había retirado.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewWarnings</name>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>La entrevista no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>A member of staff interpreted: the person may not have spoken freely, and staff may know what was said.</source>
        <translation>Interpretó un miembro del personal: es posible que la persona no hablara libremente y que el personal sepa lo que se dijo.</translation>
    </message>
    <message>
        <source>A fellow detainee interpreted: confidentiality depends on them, and both may be exposed to pressure.</source>
        <translation>Interpretó otra persona privada de libertad: la confidencialidad depende de ella, y ambas pueden quedar expuestas a presiones.</translation>
    </message>
    <message>
        <source>Staff chose this interviewee: staff know who was heard. Interview people the team chooses as well.</source>
        <translation>El personal eligió a esta persona: el personal sabe a quién se entrevistó. Entreviste también a personas elegidas por el equipo.</translation>
    </message>
    <message>
        <source>This private interview was not held without witnesses (OPCAT Art. 20).</source>
        <translation>Esta entrevista privada no se realizó sin testigos (art. 20 del OPCAT).</translation>
    </message>
    <message>
        <source>Sensitive topics came up in a group interview, which carries no confidentiality: hear the people concerned in private.</source>
        <translation>Surgieron temas delicados en una entrevista grupal, que no ofrece confidencialidad: entreviste en privado a las personas afectadas.</translation>
    </message>
    <message>
        <source>The risk of reprisal is high but no follow-up is planned: check on this person at the next visit.</source>
        <translation>El riesgo de represalias es alto, pero no hay seguimiento previsto: compruebe la situación de esta persona en la próxima visita.</translation>
    </message>
    <message>
        <source>Only one person was interviewed in private in %1: staff can tell who spoke. Interview others in the unit as well.</source>
        <translation>Solo se entrevistó en privado a una persona en %1: el personal puede deducir quién habló. Entreviste también a otras personas de la unidad.</translation>
    </message>
    <message>
        <source>All interviewees in %1 were chosen by staff.</source>
        <translation>Todas las personas entrevistadas en %1 fueron elegidas por el personal.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewsPanel</name>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nueva entrevista…</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Interviews of this visit</source>
        <translation>Entrevistas de esta visita</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n private interview(s)</source>
        <translation>
            <numerusform>%1: %n entrevista privada</numerusform>
            <numerusform>%1: %n entrevistas privadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group interview(s)</source>
        <translation>
            <numerusform>, %n entrevista grupal</numerusform>
            <numerusform>, %n entrevistas grupales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no unit: %n private interview(s)</source>
        <translation>
            <numerusform>sin unidad: %n entrevista privada</numerusform>
            <numerusform>sin unidad: %n entrevistas privadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview coverage: the place has no units recorded.</source>
        <translation>Cobertura de las entrevistas: el lugar no tiene unidades registradas.</translation>
    </message>
    <message>
        <source>Interview coverage by unit — %1</source>
        <translation>Cobertura de las entrevistas por unidad — %1</translation>
    </message>
</context>
<context>
    <name>vigil::IoError</name>
    <message>
        <source>The disk holding %1 is full. Free some space and try again; nothing was changed.</source>
        <translation>El disco que contiene %1 está lleno. Libere espacio e inténtelo de nuevo; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>Vigil may not write to %1. Check that the drive is not read-only and that you own the folder.</source>
        <translation>Vigil no puede escribir en %1. Compruebe que el disco no sea de solo lectura y que la carpeta le pertenezca.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed.</source>
        <translation>Falló la lectura o escritura de %1.</translation>
    </message>
</context>
<context>
    <name>vigil::Kdf</name>
    <message>
        <source>The key file asks for unsupported key-derivation settings.</source>
        <translation>El archivo de claves solicita parámetros de derivación de claves no admitidos.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key. Close other programs and try again.</source>
        <translation>No hay memoria suficiente para derivar la clave de la bóveda. Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>vigil::KeyEnvelope</name>
    <message>
        <source>The vault&apos;s key file is damaged or has been altered. Restore it from a backup.</source>
        <translation>El archivo de claves de la bóveda está dañado o ha sido alterado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Encrypting the vault key failed.</source>
        <translation>Falló el cifrado de la clave de la bóveda.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>La clave de recuperación no abre esta bóveda.</translation>
    </message>
    <message>
        <source>This vault was created by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>Esta bóveda se creó con una versión más reciente de Vigil. Actualice Vigil para abrirla.</translation>
    </message>
</context>
<context>
    <name>vigil::LockScreen</name>
    <message>
        <source>e.g. Northern region visits</source>
        <translation>p. ej., Visitas de la región norte</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Nombre de la bóveda</translation>
    </message>
    <message>
        <source>Vault &amp;name (optional)</source>
        <translation>&amp;Nombre de la bóveda (opcional)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repetir frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Repetir frase de contraseña</translation>
    </message>
    <message>
        <source>Deriving the keys… this takes a moment.</source>
        <translation>Derivando las claves… esto puede tardar un momento.</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Crear una bóveda</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <source>Everything you record is encrypted with this passphrase.</source>
        <translation>Todo lo que registre se cifra con esta frase de contraseña.</translation>
    </message>
    <message>
        <source>Enter the passphrase to open the vault.</source>
        <translation>Introduzca la frase de contraseña para abrir la bóveda.</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Introduzca una frase de contraseña.</translation>
    </message>
    <message>
        <source>This passphrase is too weak. Use a longer one, for example several unrelated words.</source>
        <translation>Esta frase de contraseña es demasiado débil. Use una más larga, por ejemplo, varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type it again.</source>
        <translation>Las dos frases de contraseña no coinciden. Vuelva a escribirla.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>Time until the vault locks</source>
        <translation>Tiempo hasta el bloqueo de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Close the vault and wipe its keys from memory</source>
        <translation>Cerrar la bóveda y borrar sus claves de la memoria</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>&amp;Acerca de Vigil</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Menú principal</translation>
    </message>
    <message>
        <source>Locks in %1</source>
        <translation>Se bloquea en %1</translation>
    </message>
    <message>
        <source>About Vigil</source>
        <translation>Acerca de Vigil</translation>
    </message>
    <message>
        <source>Vigil %1</source>
        <translation>Vigil %1</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for monitoring places of detention (OPCAT).

Built with Qt %1, running on Qt %2.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Registros cifrados, pensados para trabajar sin conexión, para la supervisión de los lugares de privación de libertad (OPCAT).

Compilado con Qt %1, en ejecución con Qt %2.
Distribuido bajo la licencia GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>&amp;Nuevo lugar…</translation>
    </message>
    <message>
        <source>Add a place of detention to visit</source>
        <translation>Añadir un lugar de privación de libertad que visitar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>vigil::Migrations</name>
    <message>
        <source>This vault was written by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>Esta bóveda se escribió con una versión más reciente de Vigil. Actualice Vigil para abrirla.</translation>
    </message>
</context>
<context>
    <name>vigil::Navigator</name>
    <message>
        <source>Open vault</source>
        <translation>Bóveda abierta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Sync inbox</source>
        <translation>Bandeja de sincronización</translation>
    </message>
</context>
<context>
    <name>vigil::NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Vigil gives the person a pseudonym. Record consent next, before any notes.</source>
        <translation>Vigil asigna un seudónimo a la persona. A continuación, registre el consentimiento, antes de tomar ninguna nota.</translation>
    </message>
    <message>
        <source>Kind of interview</source>
        <translation>Tipo de entrevista</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>Sí, nadie más podía oírla</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>Realizada sin testigos</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>No, había otras personas presentes</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>Había otras personas presentes</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>Sin testigos:</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>Quién eligió a la persona</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Elegida por:</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>Riesgo de represalias</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>Pregunte si la persona teme consecuencias.</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>Riesgo de represalias:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Ninguna unidad en particular</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Iniciar entrevista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>vigil::NewVisitCommand</name>
    <message>
        <source>New visit to %1</source>
        <translation>Nueva visita a %1</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationEditor</name>
    <message>
        <source>Kind of observation</source>
        <translation>Tipo de observación</translation>
    </message>
    <message>
        <source>Unit where it was observed</source>
        <translation>Unidad donde se observó</translation>
    </message>
    <message>
        <source>When it was observed</source>
        <translation>Cuándo se observó</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>Hora no registrada</translation>
    </message>
    <message>
        <source>Observation title</source>
        <translation>Título de la observación</translation>
    </message>
    <message>
        <source>What was observed, in a few words</source>
        <translation>Qué se observó, en pocas palabras</translation>
    </message>
    <message>
        <source>Observation notes</source>
        <translation>Notas de la observación</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Fecha y &amp;hora:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>observation time</source>
        <translation>fecha y hora de la observación</translation>
    </message>
    <message>
        <source>observation title</source>
        <translation>título de la observación</translation>
    </message>
    <message>
        <source>observation notes</source>
        <translation>notas de la observación</translation>
    </message>
    <message>
        <source>observation kind</source>
        <translation>tipo de observación</translation>
    </message>
    <message>
        <source>observation unit</source>
        <translation>unidad de la observación</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Ninguna unidad en particular</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationRepository</name>
    <message>
        <source>observation.unit_id: is not a unit of the visited place</source>
        <translation>observation.unit_id: no es una unidad del lugar visitado</translation>
    </message>
    <message>
        <source>The observation does not exist or was deleted.</source>
        <translation>La observación no existe o se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationsPanel</name>
    <message>
        <source>&amp;Delete observation</source>
        <translation>&amp;Eliminar observación</translation>
    </message>
    <message>
        <source>Add &amp;observation</source>
        <translation>Añadir &amp;observación</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>Añadir una observación</translation>
    </message>
    <message>
        <source>Delete the selected observation</source>
        <translation>Eliminar la observación seleccionada</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Nueva observación</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>Añadir observación</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Eliminar observación</translation>
    </message>
    <message>
        <source>Untitled observation</source>
        <translation>Observación sin título</translation>
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
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
</context>
<context>
    <name>vigil::PersonRepository</name>
    <message>
        <source>The team member does not exist or was deleted.</source>
        <translation>El miembro del equipo no existe o se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceDetails</name>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Gestión:</translation>
    </message>
    <message>
        <source>Responsible authority:</source>
        <translation>Autoridad responsable:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Occupancy:</source>
        <translation>Ocupación:</translation>
    </message>
    <message>
        <source>Risk notes:</source>
        <translation>Notas sobre riesgos:</translation>
    </message>
    <message>
        <source>%1 held for %2 places</source>
        <translation>%1 personas para %2 plazas</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 places; population not recorded</source>
        <translation>%1 plazas; población no registrada</translation>
    </message>
    <message>
        <source>Overcrowded: %1</source>
        <translation>Sobreocupación: %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceEditorDialog</name>
    <message>
        <source>New place</source>
        <translation>Nuevo lugar</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Editar lugar</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Nombre del lugar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>Elija un tipo…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Gestión:</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Autoridad responsable</translation>
    </message>
    <message>
        <source>Responsible a&amp;uthority:</source>
        <translation>&amp;Autoridad responsable:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>Un número entero; déjelo vacío si se desconoce</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacidad:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Población:</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Notas sobre riesgos</translation>
    </message>
    <message>
        <source>&amp;Risk notes:</source>
        <translation>Notas sobre &amp;riesgos:</translation>
    </message>
    <message>
        <source>What the place still needs</source>
        <translation>Lo que aún falta para el lugar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Create place</source>
        <translation>Crear lugar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name and choose its type.</source>
        <translation>Introduzca el nombre del lugar y elija su tipo.</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name.</source>
        <translation>Introduzca el nombre del lugar.</translation>
    </message>
    <message>
        <source>Choose the type of place.</source>
        <translation>Elija el tipo de lugar.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>La capacidad debe ser un número entero, o quedar vacía si se desconoce.</translation>
    </message>
    <message>
        <source>Population must be a whole number, or empty if unknown.</source>
        <translation>La población debe ser un número entero, o quedar vacía si se desconoce.</translation>
    </message>
    <message>
        <source>The place could not be saved.</source>
        <translation>No se pudo guardar el lugar.</translation>
    </message>
    <message>
        <source>New place %1</source>
        <translation>Nuevo lugar %1</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>Editar lugar %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceListModel</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>Recomendaciones pendientes</translation>
    </message>
</context>
<context>
    <name>vigil::PlacePage</name>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
    <message>
        <source>Place sections</source>
        <translation>Secciones del lugar</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visitas</translation>
    </message>
    <message>
        <source>Open &amp;recommendations</source>
        <translation>Recomendaciones &amp;pendientes</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>Historial de visitas</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Nueva visita</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <source>Plan a visit to this place; it opens at once</source>
        <translation>Planificar una visita a este lugar; se abre de inmediato</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>Recomendaciones pendientes</translation>
    </message>
    <message>
        <source>E&amp;dit place…</source>
        <translation>&amp;Editar lugar…</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Editar lugar</translation>
    </message>
    <message>
        <source>Change this place&apos;s particulars</source>
        <translation>Modificar los datos de este lugar</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Añadir unidad…</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Añadir unidad</translation>
    </message>
    <message>
        <source>Add a unit, wing or ward to this place</source>
        <translation>Añadir una unidad, módulo o pabellón a este lugar</translation>
    </message>
    <message>
        <source>Re&amp;move unit</source>
        <translation>&amp;Quitar unidad</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Quitar unidad</translation>
    </message>
    <message>
        <source>Remove the selected unit; Undo brings it back</source>
        <translation>Quitar la unidad seleccionada; Deshacer la restaura</translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation>Quitar unidad %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceRepository</name>
    <message>
        <source>The place does not exist or was deleted.</source>
        <translation>El lugar no existe o se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::PlacesPage</name>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>&amp;Nuevo lugar…</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nuevo lugar</translation>
    </message>
    <message>
        <source>Record a place of detention; it opens once created</source>
        <translation>Registrar un lugar de privación de libertad; se abre una vez creado</translation>
    </message>
</context>
<context>
    <name>vigil::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the system&apos;s language in its own name, e.g. &quot;français&quot;</extracomment>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>Minutos de inactividad antes de que se bloquee la bóveda</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes in the spin box</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Hide the content while another application is active</source>
        <translation>&amp;Ocultar el contenido mientras otra aplicación esté activa</translation>
    </message>
    <message>
        <source>Hide the content while another application is active</source>
        <translation>Ocultar el contenido mientras otra aplicación esté activa</translation>
    </message>
    <message>
        <source>Covers the window when you switch away, so its content does not show behind other windows or in the window switcher.</source>
        <translation>Cubre la ventana cuando cambia a otra aplicación, para que su contenido no se vea detrás de otras ventanas ni en el selector de ventanas.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>Vigil will speak the chosen language the next time it starts.</source>
        <translation>Vigil usará el idioma elegido la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>vigil::PseudonymGenerator</name>
    <message>
        <source>This visit has no pseudonym codes left.</source>
        <translation>Esta visita no tiene más códigos de seudónimo disponibles.</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationEditor</name>
    <message>
        <source>Recommendation text</source>
        <translation>Texto de la recomendación</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>Findings the recommendation is argued from</source>
        <translation>Hallazgos en los que se fundamenta la recomendación</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>P&amp;lazo:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Hallazgos:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>texto de la recomendación</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Hallazgo sin título</translation>
    </message>
    <message>
        <source>Link finding</source>
        <translation>Vincular hallazgo</translation>
    </message>
    <message>
        <source>Unlink finding</source>
        <translation>Desvincular hallazgo</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationLifecycle</name>
    <message>
        <source>recommendation.status: cannot change from %1 to %2</source>
        <translation>recommendation.status: no puede pasar de %1 a %2</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: an implementation check needs the later visit that checked it</source>
        <translation>recommendation_event.visit_id: una comprobación de la aplicación requiere la visita posterior en la que se comprobó</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: a reissue needs the later visit that reissues it</source>
        <translation>recommendation_event.visit_id: una reiteración requiere la visita posterior que la reitera</translation>
    </message>
    <message>
        <source>recommendation_event.evidence: an implementation check needs the evidence it rests on</source>
        <translation>recommendation_event.evidence: una comprobación de la aplicación requiere las pruebas en las que se basa</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: refers to a visit that does not exist or was deleted</source>
        <translation>recommendation_event.visit_id: hace referencia a una visita que no existe o se ha eliminado</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: the visit was to another place</source>
        <translation>recommendation_event.visit_id: la visita fue a otro lugar</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: must be a later visit than the one the recommendation was made on</source>
        <translation>recommendation_event.visit_id: debe ser una visita posterior a aquella en la que se formuló la recomendación</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationListModel</name>
    <message>
        <source>None</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationQueries</name>
    <message>
        <source>Say specifically what should change, and how it can be measured.</source>
        <translation>Indique concretamente qué debe cambiar y cómo puede medirse.</translation>
    </message>
    <message>
        <source>Name who should act on the recommendation: someone who can act on it.</source>
        <translation>Indique quién debe actuar en relación con la recomendación: alguien que tenga capacidad para hacerlo.</translation>
    </message>
    <message>
        <source>A systemic recommendation needs an addressee who can change the system: the supervising authority, the ministry or the legislature.</source>
        <translation>Una recomendación sistémica necesita un destinatario capaz de cambiar el sistema: la autoridad supervisora, el ministerio o el poder legislativo.</translation>
    </message>
    <message>
        <source>Set a deadline, so that implementation can be checked on a later visit.</source>
        <translation>Fije un plazo, para que la aplicación pueda comprobarse en una visita posterior.</translation>
    </message>
    <message>
        <source>Link the findings the recommendation is argued from.</source>
        <translation>Vincule los hallazgos en los que se fundamenta la recomendación.</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationRepository</name>
    <message>
        <source>The recommendation does not exist or was deleted.</source>
        <translation>La recomendación no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>La visita no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>recommendation.status: a %1 recommendation can no longer be changed</source>
        <translation>recommendation.status: una recomendación en estado %1 ya no puede modificarse</translation>
    </message>
    <message>
        <source>recommendation.%1: can only be changed while the recommendation is a draft</source>
        <translation>recommendation.%1: solo puede modificarse mientras la recomendación sea un borrador</translation>
    </message>
    <message>
        <source>recommendation.status: only a draft can be deleted; this one is %1 (close it instead)</source>
        <translation>recommendation.status: solo se puede eliminar un borrador; esta recomendación está en estado %1 (ciérrela en su lugar)</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>recommendation_finding.finding_id: hace referencia a un hallazgo que no existe o se ha eliminado</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: the finding was made on another visit than the recommendation</source>
        <translation>recommendation_finding.finding_id: el hallazgo se formuló en una visita distinta de la de la recomendación</translation>
    </message>
    <message>
        <source>The finding is not linked to this recommendation.</source>
        <translation>El hallazgo no está vinculado a esta recomendación.</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: refers to a recommendation that does not exist or was deleted</source>
        <translation>recommendation.repeated_from: hace referencia a una recomendación que no existe o se ha eliminado</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was never issued</source>
        <translation>recommendation.repeated_from: la recomendación anterior nunca se emitió</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was made for another place</source>
        <translation>recommendation.repeated_from: la recomendación anterior se formuló para otro lugar</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: must be a recommendation of an earlier visit</source>
        <translation>recommendation.repeated_from: debe ser una recomendación de una visita anterior</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPage</name>
    <message>
        <source>Open recommendations</source>
        <translation>Recomendaciones pendientes</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Any open status</source>
        <translation>Cualquier estado pendiente</translation>
    </message>
    <message>
        <source>Filter by place type</source>
        <translation>Filtrar por tipo de lugar</translation>
    </message>
    <message>
        <source>Any type of place</source>
        <translation>Cualquier tipo de lugar</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Place &amp;type:</source>
        <translation>&amp;Tipo de lugar:</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPanel</name>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Eliminar borrador</translation>
    </message>
    <message>
        <source>&amp;New recommendation</source>
        <translation>&amp;Nueva recomendación</translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translation>Añadir una recomendación</translation>
    </message>
    <message>
        <source>Delete the selected draft recommendation</source>
        <translation>Eliminar el borrador de recomendación seleccionado</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nueva recomendación</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>Añadir recomendación</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Eliminar recomendación</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(todavía sin texto)</translation>
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
        <translation>La entrevista no existe.</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation>La discapacidad, la condición LGBTI o la pertenencia a una minoría o a un pueblo indígena solo pueden registrarse una vez registrado el consentimiento de la persona entrevistada.</translation>
    </message>
    <message>
        <source>Interview pseudonyms are generated by Vigil and cannot be chosen.</source>
        <translation>Los seudónimos de las entrevistas los genera Vigil y no pueden elegirse.</translation>
    </message>
    <message>
        <source>Consent can only be withdrawn after it was recorded.</source>
        <translation>El consentimiento solo puede retirarse después de haberse registrado.</translation>
    </message>
    <message>
        <source>The visit, kind and pseudonym of an interview cannot be changed.</source>
        <translation>La visita, el tipo y el seudónimo de una entrevista no pueden modificarse.</translation>
    </message>
    <message>
        <source>A withdrawal of consent cannot be undone.</source>
        <translation>La retirada del consentimiento no se puede deshacer.</translation>
    </message>
    <message>
        <source>Consent always includes anonymous, aggregate use.</source>
        <translation>El consentimiento siempre incluye el uso anónimo y agregado.</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality: it allows only anonymous, aggregate use and anonymous quotes. Hear the person in a private interview to go further.</source>
        <translation>Una entrevista grupal no ofrece confidencialidad: solo permite el uso anónimo y agregado y las citas anónimas. Entreviste a la persona en privado para ir más allá.</translation>
    </message>
    <message>
        <source>A child&apos;s consent must be sought in an adapted way; record how it was adapted.</source>
        <translation>El consentimiento de una persona menor de edad debe solicitarse de forma adaptada; registre cómo se adaptó.</translation>
    </message>
    <message>
        <source>A consent record cannot be changed: record a new consent or withdraw it.</source>
        <translation>Un registro de consentimiento no puede modificarse: registre un nuevo consentimiento o retírelo.</translation>
    </message>
    <message>
        <source>Identity entries are restricted to coordinators.</source>
        <translation>Las fichas de identidad están reservadas a la coordinación.</translation>
    </message>
    <message>
        <source>Identity entries must be sealed.</source>
        <translation>Las fichas de identidad deben estar selladas.</translation>
    </message>
    <message>
        <source>A name or ID number can only be recorded when the interviewee consented to the use of their name or to the referral of their case.</source>
        <translation>Solo se puede registrar un nombre o un número de identificación si la persona entrevistada consintió el uso de su nombre o la remisión de su caso.</translation>
    </message>
    <message>
        <source>An identity entry cannot be changed: delete it and write a new one.</source>
        <translation>Una ficha de identidad no puede modificarse: elimínela y escriba una nueva.</translation>
    </message>
    <message>
        <source>Delete the identity entries of this interview first.</source>
        <translation>Elimine primero las fichas de identidad de esta entrevista.</translation>
    </message>
    <message>
        <source>A consent record is kept as long as its interview.</source>
        <translation>Un registro de consentimiento se conserva mientras exista su entrevista.</translation>
    </message>
    <message>
        <source>Notes cannot be written before the interviewee&apos;s consent is recorded.</source>
        <translation>No se pueden escribir notas antes de registrar el consentimiento de la persona entrevistada.</translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing more can be recorded from this interview.</source>
        <translation>La persona entrevistada retiró su consentimiento: no se puede registrar nada más de esta entrevista.</translation>
    </message>
    <message>
        <source>Deleted identity entries and consent records cannot be restored.</source>
        <translation>Las fichas de identidad y los registros de consentimiento eliminados no se pueden restaurar.</translation>
    </message>
    <message>
        <source>The interview this allegation came from was deleted.</source>
        <translation>Se eliminó la entrevista de la que procede esta denuncia.</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that cannot be part of it. Only letters and digits are used.</source>
        <translation>La clave de recuperación contiene un carácter que no puede formar parte de ella. Solo se usan letras y cifras.</translation>
    </message>
    <message>
        <source>A recovery key has %1 groups of %2 characters; this one has %3 characters.</source>
        <translation>Una clave de recuperación tiene %1 grupos de %2 caracteres; esta tiene %3 caracteres.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key is mistyped. Check it against the paper copy.</source>
        <translation>El grupo %1 de la clave de recuperación está mal escrito. Compruébelo con la copia en papel.</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Anote su clave de recuperación</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way back into the vault. Write it on paper or print it now, and keep it somewhere safe, away from this computer. It will not be shown again.</source>
        <translation>Si alguna vez se olvida la frase de contraseña, esta clave es la única forma de volver a entrar en la bóveda. Escríbala en papel o imprímala ahora, y guárdela en un lugar seguro, lejos de este dispositivo. No se volverá a mostrar.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya la he anotado</translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation>He anotado la clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Vigil recovery key</source>
        <translation>Clave de recuperación de Vigil</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Impresa el %1</translation>
    </message>
    <message>
        <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer. Letters O, I and L may be read as 0, 1 and 1.</source>
        <translation>Cualquier persona que tenga esta clave puede abrir la bóveda. Guárdela bajo llave, lejos del dispositivo. Las letras O, I y L pueden leerse como 0, 1 y 1.</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Period checked, from</source>
        <translation>Período revisado, desde</translation>
    </message>
    <message>
        <source>Period checked, to</source>
        <translation>Período revisado, hasta</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Register check notes</source>
        <translation>Notas de la revisión de registro</translation>
    </message>
    <message>
        <source>Anomalies found</source>
        <translation>Anomalías encontradas</translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation>Anomalía: %1</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>H&amp;asta:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>start of period</source>
        <translation>inicio del período</translation>
    </message>
    <message>
        <source>end of period</source>
        <translation>fin del período</translation>
    </message>
    <message>
        <source>register check notes</source>
        <translation>notas de la revisión de registro</translation>
    </message>
    <message>
        <source>Change register</source>
        <translation>Cambiar registro</translation>
    </message>
    <message>
        <source>Change anomalies</source>
        <translation>Cambiar anomalías</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckRepository</name>
    <message>
        <source>register_check.period_to: the period ends (%1) before it starts (%2)</source>
        <translation>register_check.period_to: el período termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>The register check does not exist or was deleted.</source>
        <translation>La revisión de registro no existe o se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterChecksPanel</name>
    <message>
        <source>Delete re&amp;gister check</source>
        <translation>Eliminar re&amp;visión de registro</translation>
    </message>
    <message>
        <source>Add register c&amp;heck</source>
        <translation>Añadir revisión de re&amp;gistro</translation>
    </message>
    <message>
        <source>Add a register check</source>
        <translation>Añadir una revisión de registro</translation>
    </message>
    <message>
        <source>Delete the selected register check</source>
        <translation>Eliminar la revisión de registro seleccionada</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Revisiones de registros</translation>
    </message>
    <message>
        <source>Add register check</source>
        <translation>Añadir revisión de registro</translation>
    </message>
    <message>
        <source>Delete register check</source>
        <translation>Eliminar revisión de registro</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A register and the period checked, e.g. &quot;Segregation, 1/3/24 – 31/3/24&quot;</extracomment>
        <translation>%1, %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n anomalies)</source>
        <translation>
            <numerusform> (%n anomalía)</numerusform>
            <numerusform> (%n anomalías)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SearchPage</name>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Palabras de búsqueda</translation>
    </message>
    <message>
        <source>Words to find in findings, interviews, observations…</source>
        <translation>Palabras que buscar en hallazgos, entrevistas, observaciones…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Only this place</source>
        <translation>Solo este lugar</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>Visitas desde</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>Visitas hasta</translation>
    </message>
    <message>
        <source>Finding category</source>
        <translation>Categoría de hallazgo</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Incluir %1</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Cualquier lugar</translation>
    </message>
    <message>
        <source>Type words to search the findings, recommendations, observations, interviews, register checks and access log.</source>
        <translation>Escriba palabras para buscar en los hallazgos, recomendaciones, observaciones, entrevistas, revisiones de registros e incidencias de acceso.</translation>
    </message>
    <message>
        <source>Choose at least one kind of record to search.</source>
        <translation>Elija al menos un tipo de registro en el que buscar.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; add words or filters to narrow them.</source>
        <translation>
            <numerusform>Se muestra %n resultado; añada palabras o filtros para acotar la búsqueda.</numerusform>
            <numerusform>Se muestran los %n primeros resultados; añada palabras o filtros para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n resultado.</numerusform>
            <numerusform>%n resultados.</numerusform>
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
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
</context>
<context>
    <name>vigil::SearchService</name>
    <message>
        <source>The search could not be run: %1</source>
        <translation>No se pudo realizar la búsqueda: %1</translation>
    </message>
</context>
<context>
    <name>vigil::SecretFile</name>
    <message>
        <source>%1 is empty; it must hold the passphrase on its first line.</source>
        <translation>%1 está vacío; debe contener la frase de contraseña en su primera línea.</translation>
    </message>
</context>
<context>
    <name>vigil::SmartHintsWidget</name>
    <message>
        <source>&lt;b&gt;Is it SMART?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Es SMART?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What exactly should change?</source>
        <translation>¿Qué debe cambiar exactamente?</translation>
    </message>
    <message>
        <source>Who can act on it?</source>
        <translation>¿Quién puede actuar?</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>¿Para cuándo?</translation>
    </message>
    <message>
        <source>Which finding supports it?</source>
        <translation>¿Qué hallazgo la respalda?</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ Respondida</translation>
    </message>
</context>
<context>
    <name>vigil::StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Strength: –</source>
        <translation>Robustez: –</translation>
    </message>
</context>
<context>
    <name>vigil::SyncInboxPage</name>
    <message>
        <source>Records received from other devices will appear here once synchronisation arrives with the sync feature.</source>
        <translation>Los registros recibidos de otros dispositivos aparecerán aquí cuando la función de sincronización esté disponible.</translation>
    </message>
    <message>
        <source>Sync inbox</source>
        <translation>Bandeja de sincronización</translation>
    </message>
</context>
<context>
    <name>vigil::TeamPanel</name>
    <message>
        <source>&amp;Add to team</source>
        <translation>&amp;Añadir al equipo</translation>
    </message>
    <message>
        <source>&amp;Remove from team</source>
        <translation>&amp;Quitar del equipo</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Persona que añadir</translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation>Función de la persona que añadir</translation>
    </message>
    <message>
        <source>Add the person to the team</source>
        <translation>Añadir la persona al equipo</translation>
    </message>
    <message>
        <source>Role of the selected member</source>
        <translation>Función del miembro seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected member from the team</source>
        <translation>Quitar del equipo al miembro seleccionado</translation>
    </message>
    <message>
        <source>Role on this &amp;visit:</source>
        <translation>Función en esta &amp;visita:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A team member: name, then their role on the visit</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No one is on the team yet.</source>
        <translation>Todavía no hay nadie en el equipo.</translation>
    </message>
    <message>
        <source>The team has no lead.</source>
        <translation>El equipo no tiene responsable.</translation>
    </message>
    <message>
        <source>Add %1 to the team</source>
        <translation>Añadir a %1 al equipo</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Quitar del equipo</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar función</translation>
    </message>
</context>
<context>
    <name>vigil::TemplateLoader</name>
    <message>
        <source>Checklist template, %1: %2</source>
        <translation>Plantilla de lista de verificación, %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>anidado en más de %1 niveles</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>is not a field of the format (known: %1)</source>
        <translation>no es un campo del formato (campos conocidos: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>debe ser texto, no %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>must be a list of text, not %1</source>
        <translation>debe ser una lista de textos, no %1</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>tiene más de %1 entradas</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>debe tener de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>repite &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot; solo puede contener letras, cifras, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier question</source>
        <translation>&quot;%1&quot; ya lo usa una pregunta anterior</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; no es uno de estos valores: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: yes_no, yes_no_partly, number, text, choice</source>
        <translation>&quot;%1&quot; no es uno de estos valores: yes_no, yes_no_partly, number, text, choice</translation>
    </message>
    <message>
        <source>must list at least two choices when answer is &quot;choice&quot;</source>
        <translation>debe enumerar al menos dos opciones cuando answer es &quot;choice&quot;</translation>
    </message>
    <message>
        <source>is only allowed when answer is &quot;choice&quot;</source>
        <translation>solo se permite cuando answer es &quot;choice&quot;</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>is larger than %1 KiB</source>
        <translation>supera los %1 KiB</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>debe contener un único objeto JSON</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;; this file is something else or needs a newer Vigil</source>
        <translation>debe ser &quot;%1&quot;; este archivo es de otro tipo o requiere una versión más reciente de Vigil</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000, not %1</source>
        <translation>debe ser un número entero de 1 a 1000000, no %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot; solo puede contener letras minúsculas, cifras, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot; or &quot;zh-CN&quot;</source>
        <translation>&quot;%1&quot; no es un código de idioma como &quot;en&quot; o &quot;zh-CN&quot;</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>debe ser una lista, no %1</translation>
    </message>
    <message>
        <source>must hold 1 to %1 questions, not %2</source>
        <translation>debe contener de 1 a %1 preguntas, no %2</translation>
    </message>
</context>
<context>
    <name>vigil::UnitDialog</name>
    <message>
        <source>Add unit to %1</source>
        <translation>Añadir unidad a %1</translation>
    </message>
    <message>
        <source>Name of the unit</source>
        <translation>Nombre de la unidad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Tipo de unidad</translation>
    </message>
    <message>
        <source>For example: wing, segregation, health</source>
        <translation>Por ejemplo: módulo, aislamiento, enfermería</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>Un número entero; déjelo vacío si se desconoce</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacidad:</translation>
    </message>
    <message>
        <source>What the unit still needs</source>
        <translation>Lo que aún falta para la unidad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Añadir unidad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>Introduzca el nombre de la unidad.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>La capacidad debe ser un número entero, o quedar vacía si se desconoce.</translation>
    </message>
    <message>
        <source>The unit could not be added.</source>
        <translation>No se pudo añadir la unidad.</translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation>Añadir unidad %1</translation>
    </message>
</context>
<context>
    <name>vigil::Vault</name>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>No hay ninguna bóveda de Vigil en %1.</translation>
    </message>
    <message>
        <source>A vault already exists at %1.</source>
        <translation>Ya existe una bóveda en %1.</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty or new folder for the vault.</source>
        <translation>La carpeta %1 no está vacía. Elija una carpeta vacía o nueva para la bóveda.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>La nueva frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing. Restore it from a backup.</source>
        <translation>Falta el archivo de base de datos de la bóveda. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is empty: the file was truncated or replaced. Restore it from a backup.</source>
        <translation>La base de datos de la bóveda está vacía: el archivo se truncó o se reemplazó. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitEvidence</name>
    <message>
        <source>Interview %1</source>
        <translation>Entrevista %1</translation>
    </message>
    <message>
        <source>Observation: %1</source>
        <translation>Observación: %1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>Revisión de registro: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Evidence: an access event, its kind and its time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Adjunto: %1</translation>
    </message>
    <message>
        <source>Checklist %1: %2</source>
        <translation>Lista de verificación %1: %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
</context>
<context>
    <name>vigil::VisitHeader</name>
    <message>
        <source>Unannounced</source>
        <translation>Sin previo aviso</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Visita sin previo aviso</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>Lugar desconocido</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Planificada: %1</translation>
    </message>
    <message>
        <source>On site %1</source>
        <translation>Sobre el terreno: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Pasar a «%1»</translation>
    </message>
    <message>
        <source>Move the visit to %1</source>
        <translation>Pasar la visita a «%1»</translation>
    </message>
    <message>
        <source>Move visit to %1</source>
        <translation>Pasar la visita a «%1»</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Cancelar la visita</translation>
    </message>
    <message>
        <source>The visit will be closed without taking place. This cannot be undone.
Why is it cancelled?</source>
        <translation>La visita se cerrará sin haberse realizado. Esta acción no se puede deshacer.
¿Por qué se cancela?</translation>
    </message>
    <message>
        <source>Move the visit from %1 to %2?</source>
        <translation>¿Pasar la visita de «%1» a «%2»?</translation>
    </message>
    <message>
        <source>This step cannot be undone.</source>
        <translation>Este paso no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLabels</name>
    <message>
        <source>Team lead</source>
        <translation>Responsable del equipo</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Integrante del equipo</translation>
    </message>
    <message>
        <source>Medical doctor</source>
        <translation>Profesional de la medicina</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Denegación</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Demora</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Obstrucción</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Croquis</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Extracto de registro</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Custody and admission</source>
        <translation>Custodia e ingresos</translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation>Régimen disciplinario</translation>
    </message>
    <message>
        <source>Use of force and restraint</source>
        <translation>Uso de la fuerza y medios de contención</translation>
    </message>
    <message>
        <source>Segregation</source>
        <translation>Aislamiento</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Asistencia médica</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Incidents and deaths</source>
        <translation>Incidentes y fallecimientos</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lagunas</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Borraduras</translation>
    </message>
    <message>
        <source>Late entries</source>
        <translation>Anotaciones tardías</translation>
    </message>
    <message>
        <source>Unsigned sanctions</source>
        <translation>Sanciones sin firmar</translation>
    </message>
    <message>
        <source>Register missing</source>
        <translation>Registro no disponible</translation>
    </message>
    <message>
        <source>Inconsistent with other sources</source>
        <translation>Discrepancias con otras fuentes</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Place-specific</source>
        <translation>Específico del lugar</translation>
    </message>
    <message>
        <source>Systemic</source>
        <translation>Sistémico</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Revisión de registro</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>Incidencia de acceso</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Respuesta de la lista de verificación</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLifecycle</name>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sobre el terreno</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>Trabajo de campo concluido</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>En redacción</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>En revisión interna</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>Enviada a las autoridades</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>En seguimiento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>La visita no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>A visit cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Una visita no puede pasar de «%1» a «%2».</translation>
    </message>
</context>
<context>
    <name>vigil::VisitListModel</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>Lugar desconocido</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>Sin previo aviso</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Con previo aviso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>vigil::VisitRepository</name>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>El fin previsto es anterior al inicio previsto.</translation>
    </message>
    <message>
        <source>The time the team left is before the time it arrived.</source>
        <translation>La hora de salida del equipo es anterior a la de llegada.</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>La visita no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>This person is already on the visit&apos;s team.</source>
        <translation>Esta persona ya forma parte del equipo de la visita.</translation>
    </message>
    <message>
        <source>The visit already has a lead; give the current lead another role first.</source>
        <translation>La visita ya tiene responsable; asigne antes otra función a la persona responsable actual.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitWorkspace</name>
    <message>
        <source>Parts of the visit record</source>
        <translation>Partes del expediente de la visita</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Revisiones de registros</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Incidencias de acceso</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Observations and registers</source>
        <translation>Observaciones y registros</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Refusals, delays and obstruction of access</source>
        <translation>Denegaciones, demoras y obstrucciones del acceso</translation>
    </message>
</context>
<context>
    <name>vigil::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
</context>
<context>
    <name>vigil::VocabularyLabels</name>
    <message>
        <source>Prison</source>
        <translation>Centro penitenciario</translation>
    </message>
    <message>
        <source>Remand centre</source>
        <translation>Centro de prisión preventiva</translation>
    </message>
    <message>
        <source>Police custody</source>
        <translation>Dependencias policiales</translation>
    </message>
    <message>
        <source>Court cells</source>
        <translation>Calabozos judiciales</translation>
    </message>
    <message>
        <source>Immigration detention</source>
        <translation>Centro de detención de migrantes</translation>
    </message>
    <message>
        <source>Airport transit zone</source>
        <translation>Zona de tránsito aeroportuaria</translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation>Hospital psiquiátrico</translation>
    </message>
    <message>
        <source>Social care home</source>
        <translation>Residencia de asistencia social</translation>
    </message>
    <message>
        <source>Juvenile centre</source>
        <translation>Centro de menores</translation>
    </message>
    <message>
        <source>Military detention</source>
        <translation>Centro de detención militar</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>In-depth</source>
        <translation>En profundidad</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>En seguimiento</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Temática</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sobre el terreno</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>Trabajo de campo concluido</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>En redacción</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>En revisión interna</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>Enviada a las autoridades</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Aceptada parcialmente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>No aplicada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Aplicada parcialmente</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>Reiterada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Facility management</source>
        <translation>Dirección del centro</translation>
    </message>
    <message>
        <source>Supervising authority</source>
        <translation>Autoridad supervisora</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministerio</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation>Poder legislativo</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Trato</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Medidas de protección</translation>
    </message>
    <message>
        <source>Material conditions</source>
        <translation>Condiciones materiales</translation>
    </message>
    <message>
        <source>Regime and activities</source>
        <translation>Régimen y actividades</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Atención sanitaria</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Revisión de registro</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>Incidencia de acceso</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Revisiones de registros</translation>
    </message>
    <message>
        <source>Access events</source>
        <translation>Incidencias de acceso</translation>
    </message>
</context>
<context>
    <name>vigil::Workspace</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>un lugar desconocido</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>Visita a %1</translation>
    </message>
    <message>
        <source>Visit to %1, %2</source>
        <translation>Visita a %1, %2</translation>
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
        <translation>es obligatorio</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>tiene más de %n carácter</numerusform>
            <numerusform>tiene más de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>debe ser como mínimo %1</translation>
    </message>
    <message>
        <source>must be a time after 1970</source>
        <translation>debe ser una fecha y hora posterior a 1970</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; no es uno de estos valores: %2</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>debe ser una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation>debe ser el identificador de un registro</translation>
    </message>
    <message>
        <source>must be binary data</source>
        <translation>debe contener datos binarios</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>tiene un tipo desconocido</translation>
    </message>
    <message>
        <source>%1.%2: refers to a %3 that does not exist or was deleted</source>
        <translation>%1.%2: hace referencia a un registro %3 que no existe o se ha eliminado</translation>
    </message>
    <message>
        <source>%1.%2: is required</source>
        <translation>%1.%2: es obligatorio</translation>
    </message>
    <message>
        <source>The %1 being changed does not exist or was deleted.</source>
        <translation>El registro %1 que se intenta modificar no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>The %1 being deleted does not exist or was already deleted.</source>
        <translation>El registro %1 que se intenta eliminar no existe o ya se había eliminado.</translation>
    </message>
    <message>
        <source>The %1 being restored does not exist or was not deleted.</source>
        <translation>El registro %1 que se intenta restaurar no existe o no estaba eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::attachmentjobs</name>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>The vault key could not be read.</source>
        <translation>No se pudo leer la clave de la bóveda.</translation>
    </message>
    <message>
        <source>The attachment is not an image that can be shown.</source>
        <translation>El adjunto no es una imagen que pueda mostrarse.</translation>
    </message>
</context>
<context>
    <name>vigil::cli::CliText</name>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>warning: this passphrase is weak; a longer one made of several unrelated words is much harder to guess.</source>
        <translation>advertencia: esta frase de contraseña es débil; una más larga, formada por varias palabras sin relación entre sí, es mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>This passphrase is too weak (%1). Use several unrelated words.</source>
        <translation>Esta frase de contraseña es demasiado débil (%1). Use varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repita la nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>No hay ninguna bóveda de Vigil en %1.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Clave de recuperación: %1</translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer, or give it to your coordinator. It is shown only once; with it, a forgotten passphrase can be replaced.</source>
        <translation>Escriba la clave de recuperación en papel y guárdela lejos de este dispositivo, o entréguela a la coordinación. Solo se muestra una vez; con ella se puede sustituir una frase de contraseña olvidada.</translation>
    </message>
    <message>
        <source>Created a vault at %1.</source>
        <translation>Se creó una bóveda en %1.</translation>
    </message>
    <message>
        <source>Created a demo vault with fictional data at %1.</source>
        <translation>Se creó una bóveda de demostración con datos ficticios en %1.</translation>
    </message>
    <message>
        <source>Fictional records: %1 places, %2 visits, %3 interviews, %4 findings, %5 recommendations.</source>
        <translation>Registros ficticios: %1 lugares, %2 visitas, %3 entrevistas, %4 hallazgos, %5 recomendaciones.</translation>
    </message>
    <message>
        <source>Passphrase: %1</source>
        <translation>Frase de contraseña: %1</translation>
    </message>
    <message>
        <source>Vault:            %1</source>
        <translation>Bóveda:               %1</translation>
    </message>
    <message>
        <source>Name:             %1</source>
        <translation>Nombre:               %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Vault id:         %1</source>
        <translation>Id. de bóveda:        %1</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>Creada:               %1</translation>
    </message>
    <message>
        <source>Schema version:   %1</source>
        <translation>Versión del esquema:  %1</translation>
    </message>
    <message>
        <source>Database size:    %1</source>
        <translation>Tamaño de la BD:      %1</translation>
    </message>
    <message>
        <source>SQLCipher:        %1</source>
        <translation>SQLCipher:            %1</translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 passes, %2 MiB</source>
        <translation>Derivación de clave:  Argon2id, %1 pasadas, %2 MiB</translation>
    </message>
    <message>
        <source>The vault is damaged or has been altered:</source>
        <translation>La bóveda está dañada o ha sido alterada:</translation>
    </message>
    <message>
        <source>The audit log has been altered:</source>
        <translation>El registro de auditoría ha sido alterado:</translation>
    </message>
    <message numerus="yes">
        <source>The vault is intact: every page decrypts and authenticates, the database is consistent, and the audit chain of %n event(s) verifies.</source>
        <translation>
            <numerusform>La bóveda está íntegra: todas las páginas se descifran y autentican, la base de datos es coherente y la cadena de auditoría de %n evento se verifica.</numerusform>
            <numerusform>La bóveda está íntegra: todas las páginas se descifran y autentican, la base de datos es coherente y la cadena de auditoría de %n eventos se verifica.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed. The old passphrase no longer opens the vault.</source>
        <translation>Se cambió la frase de contraseña. La frase de contraseña anterior ya no abre la bóveda.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <source>The vault is open again and has a new passphrase. The recovery key stays the same.</source>
        <translation>La bóveda vuelve a estar abierta y tiene una nueva frase de contraseña. La clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <source>This key decrypts the whole database. In the sqlcipher shell: PRAGMA key = &quot;x&apos;&lt;key&gt;&apos;&quot;; then query as usual. Do not store it.</source>
        <translation>Esta clave descifra toda la base de datos. En el shell de sqlcipher: PRAGMA key = &quot;x&apos;&lt;key&gt;&apos;&quot;; y después consulte como de costumbre. No la guarde.</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search necesita una CONSULTA.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Las fechas se escriben AAAA-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n resultado.</numerusform>
            <numerusform>%n resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for %2.</source>
        <translation>Argumento inesperado &apos;%1&apos; para %2.</translation>
    </message>
    <message>
        <source>Try &apos;vigil-cli --help&apos;.</source>
        <translation>Pruebe &apos;vigil-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando desconocido &apos;%1&apos;.</translation>
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
        <translation>Uso: vigil-cli [OPCIONES] COMANDO [ARGUMENTOS]

Línea de comandos de Vigil: la misma bóveda cifrada que la ventana de Vigil.

Comandos:
  init        crea una bóveda nueva (muestra la clave de recuperación una sola vez)
  demo        crea una bóveda con datos de demostración ficticios
  info        muestra la identidad, el formato y los parámetros de derivación de clave de la bóveda
  verify      comprueba el cifrado de cada página, la base de datos y la cadena de auditoría
  passwd      cambia la frase de contraseña (los datos no se vuelven a cifrar)
  recover     establece una nueva frase de contraseña con la clave de recuperación
  db-key      muestra la clave de SQLCipher, para abrir vigil.db en el shell de sqlcipher
  search CONSULTA  búsqueda de texto completo en notas, hallazgos, recomendaciones y observaciones

Opciones:
  --vault DIR                   carpeta de la bóveda (predeterminada: %1)
  --passphrase-file ARCHIVO     lee la frase de contraseña de la primera línea de ARCHIVO
  --new-passphrase-file ARCHIVO la nueva frase de contraseña, para init, passwd y recover
  --recovery-key-file ARCHIVO   la clave de recuperación, para recover
  --name NOMBRE                 nombre visible de la bóveda, para init y demo
  --force                       demo: sustituye una bóveda de demostración existente
  --place ID                    search: solo las visitas a este lugar
  --from FECHA, --to FECHA      search: visitas desde/hasta esta fecha (AAAA-MM-DD)
  --category CÓDIGO             search: solo hallazgos de esta categoría
  --kdf-opslimit N              pasadas de Argon2id (predeterminado: 3)
  --kdf-memlimit-mib N          memoria de Argon2id en MiB (predeterminado: 256)
  --verbose                     muestra los detalles técnicos de los errores
  -h, --help                    muestra esta ayuda
  --version                     muestra la versión

Sin --passphrase-file, las frases de contraseña se leen del terminal sin mostrarlas.

Códigos de salida:
  0 éxito                  1 otro error             2 error de uso
  3 frase de contraseña o clave de recuperación incorrecta
  4 fallo de integridad (bóveda dañada o alterada)
  5 bóveda no encontrada   6 error de almacenamiento (solo lectura, disco lleno, E/S)
  7 ya existe
</translation>
    </message>
    <message>
        <source>--kdf-opslimit must be 1 to 64 and --kdf-memlimit-mib 8 to 4096.</source>
        <translation>--kdf-opslimit debe estar entre 1 y 64, y --kdf-memlimit-mib entre 8 y 4096.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase; use --passphrase-file FILE.</source>
        <translation>No hay terminal para pedir la frase de contraseña; use --passphrase-file ARCHIVO.</translation>
    </message>
</context>
</TS>
