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
    <name>vigil::AddReportItemDialog</name>
    <message>
        <source>Add a quote</source>
        <translation>Añadir una cita</translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation>Añadir un párrafo</translation>
    </message>
    <message>
        <source>Section it goes in</source>
        <translation>Sección en la que se incluye</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Paragraph text</source>
        <translation>Texto del párrafo</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>Interview quoted</source>
        <translation>Entrevista citada</translation>
    </message>
    <message>
        <source>&amp;Interview:</source>
        <translation>&amp;Entrevista:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Fragmento:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the kind of interview, %2 its pseudonym, e.g. &quot;Detainee, private (D-07)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No interview of this visit has consent to be quoted.</source>
        <translation>Ninguna entrevista de esta visita cuenta con consentimiento para ser citada.</translation>
    </message>
    <message>
        <source>A report names no one: the quote is attributed only to the kind of interview. Whether it appears in a report depends on the consent and the kind of report.</source>
        <translation>Un informe no nombra a nadie: la cita se atribuye únicamente al tipo de entrevista. Que aparezca o no en un informe depende del consentimiento y del tipo de informe.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) without consent to be quoted are not listed.</source>
        <translation>
            <numerusform>No se muestra %n entrevista sin consentimiento para ser citada.</numerusform>
            <numerusform>No se muestran %n entrevistas sin consentimiento para ser citadas.</numerusform>
        </translation>
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
    <name>vigil::BundleExporter</name>
    <message>
        <source>A device does not send bundles to itself.</source>
        <translation>Un dispositivo no se envía paquetes a sí mismo.</translation>
    </message>
    <message>
        <source>Nothing is sent to “%1”: the device was revoked.</source>
        <translation>No se envía nada a «%1»: el dispositivo fue revocado.</translation>
    </message>
    <message>
        <source>The organisation&apos;s entry for “%1” has no usable key.</source>
        <translation>La entrada de la organización para «%1» no tiene ninguna clave utilizable.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleImporter</name>
    <message>
        <source>This vault is not part of an organisation, so it cannot import bundles. Join an organisation first.</source>
        <translation>Esta bóveda no forma parte de ninguna organización, por lo que no puede importar paquetes. Únase antes a una organización.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from another device.</source>
        <translation>
            <numerusform>Se importó %n cambio de otro dispositivo.</numerusform>
            <numerusform>Se importaron %n cambios de otro dispositivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle holds changes that claim to come from this device but were not made here.</source>
        <translation>Este paquete contiene cambios que dicen proceder de este dispositivo pero no se hicieron aquí.</translation>
    </message>
    <message>
        <source>This bundle holds changes from a device that is not in your organisation.</source>
        <translation>Este paquete contiene cambios de un dispositivo que no pertenece a su organización.</translation>
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
    <name>vigil::ChecklistTemplates</name>
    <message>
        <source>Immigration detention: centre visit</source>
        <translation>Detención de migrantes: visita a un centro</translation>
    </message>
    <message>
        <source>Ill-treatment</source>
        <translation>Malos tratos</translation>
    </message>
    <message>
        <source>Did any detainee allege ill-treatment by staff or escorts, including during attempted removals?</source>
        <translation>¿Alguna persona detenida denunció malos tratos por parte del personal o de los agentes de escolta, incluso durante intentos de expulsión?</translation>
    </message>
    <message>
        <source>Ask specifically about removal attempts, transfers and the first days after arrival.</source>
        <translation>Pregunte específicamente por los intentos de expulsión, los traslados y los primeros días tras la llegada.</translation>
    </message>
    <message>
        <source>Removal operations</source>
        <translation>Operaciones de expulsión</translation>
    </message>
    <message>
        <source>Are removal operations monitored, and are means of restraint during removal limited to what is strictly necessary, with nothing that may obstruct the airways?</source>
        <translation>¿Se supervisan las operaciones de expulsión y se limitan los medios de contención durante la expulsión a lo estrictamente necesario, sin nada que pueda obstruir las vías respiratorias?</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Aislamiento</translation>
    </message>
    <message>
        <source>Is isolation used as a punishment, to manage people who resist removal, or for longer than strictly necessary?</source>
        <translation>¿Se utiliza el aislamiento como castigo, para controlar a personas que se resisten a la expulsión o durante más tiempo del estrictamente necesario?</translation>
    </message>
    <message>
        <source>Check the isolation register for reasons, duration and who decided.</source>
        <translation>Compruebe en el registro de aislamiento los motivos, la duración y quién tomó la decisión.</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Registros personales</translation>
    </message>
    <message>
        <source>Are searches carried out with respect for dignity, by staff of the same gender, without routine strip searches?</source>
        <translation>¿Se realizan los registros respetando la dignidad, por personal del mismo género y sin registros sin ropa sistemáticos?</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fundamento jurídico</translation>
    </message>
    <message>
        <source>Does every detainee have a written, reasoned detention order based on an individual assessment of necessity and proportionality?</source>
        <translation>¿Cuenta cada persona detenida con una orden de detención escrita y motivada, basada en una evaluación individual de la necesidad y la proporcionalidad?</translation>
    </message>
    <message>
        <source>Read a sample of orders: look for standard wording that shows no individual assessment.</source>
        <translation>Lea una muestra de órdenes: busque fórmulas estereotipadas que revelen la ausencia de una evaluación individual.</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>Alternativas a la detención</translation>
    </message>
    <message>
        <source>Were alternatives to detention considered and recorded in the decision to detain?</source>
        <translation>¿Se consideraron alternativas a la detención y quedó constancia de ello en la decisión de detener?</translation>
    </message>
    <message>
        <source>Length of detention</source>
        <translation>Duración de la detención</translation>
    </message>
    <message>
        <source>What is the longest current period of detention, in days? Compare with the maximum set in law.</source>
        <translation>¿Cuál es el periodo de detención en curso más largo, en días? Compárelo con el máximo fijado por la ley.</translation>
    </message>
    <message>
        <source>Judicial review</source>
        <translation>Control judicial</translation>
    </message>
    <message>
        <source>Are detainees brought promptly before a judge, and is their detention reviewed at regular intervals?</source>
        <translation>¿Se lleva sin demora a las personas detenidas ante un juez y se revisa su detención a intervalos regulares?</translation>
    </message>
    <message>
        <source>Information on rights</source>
        <translation>Información sobre derechos</translation>
    </message>
    <message>
        <source>Are detainees told the reasons for their detention and their rights, orally and in writing, in a language they understand?</source>
        <translation>¿Se informa a las personas detenidas de los motivos de su detención y de sus derechos, verbalmente y por escrito, en un idioma que comprendan?</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>Asistencia jurídica</translation>
    </message>
    <message>
        <source>Do detainees have access to free legal advice, and can they meet lawyers in private?</source>
        <translation>¿Tienen las personas detenidas acceso a asesoramiento jurídico gratuito y pueden reunirse en privado con sus abogados?</translation>
    </message>
    <message>
        <source>Access to asylum</source>
        <translation>Acceso al asilo</translation>
    </message>
    <message>
        <source>Can detainees apply for asylum and contact UNHCR, NGOs and (unless they seek protection from that state) their consulate?</source>
        <translation>¿Pueden las personas detenidas solicitar asilo y ponerse en contacto con el ACNUR, con ONG y (salvo que busquen protección frente a ese Estado) con su consulado?</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños y niñas</translation>
    </message>
    <message>
        <source>Are any children detained, accompanied or unaccompanied?</source>
        <translation>¿Hay niños o niñas detenidos, acompañados o no acompañados?</translation>
    </message>
    <message>
        <source>Children should not be detained for immigration purposes. Record ages, length of detention and how age was assessed.</source>
        <translation>Los niños y niñas no deben ser detenidos por motivos migratorios. Anote las edades, la duración de la detención y cómo se determinó la edad.</translation>
    </message>
    <message>
        <source>Vulnerable persons</source>
        <translation>Personas en situación de vulnerabilidad</translation>
    </message>
    <message>
        <source>Is there a procedure that identifies victims of torture or trafficking, persons with disabilities and other vulnerable persons, and leads to their release or an alternative?</source>
        <translation>¿Existe un procedimiento que identifique a las víctimas de tortura o de trata, a las personas con discapacidad y a otras personas en situación de vulnerabilidad, y que conduzca a su puesta en libertad o a una alternativa a la detención?</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separación</translation>
    </message>
    <message>
        <source>Are men and women held separately (families together), and are immigration detainees held apart from people convicted of crimes?</source>
        <translation>¿Se aloja por separado a hombres y mujeres (manteniendo juntas a las familias) y se mantiene a las personas detenidas por motivos migratorios separadas de las condenadas por delitos?</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Can detainees complain confidentially, in their own language, to a body independent of the centre?</source>
        <translation>¿Pueden las personas detenidas presentar quejas de forma confidencial, en su propio idioma, ante un órgano independiente del centro?</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Is professional interpretation used for medical, legal and disciplinary matters, rather than staff or other detainees?</source>
        <translation>¿Se recurre a intérpretes profesionales en los asuntos médicos, jurídicos y disciplinarios, en lugar de al personal o a otras personas detenidas?</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Is the accommodation suited to people who are not held for a crime, with adequate space, light, ventilation and privacy, rather than prison-like?</source>
        <translation>¿Es el alojamiento adecuado para personas que no están privadas de libertad por un delito, con espacio, luz, ventilación e intimidad suficientes, y no de carácter penitenciario?</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>Instalaciones sanitarias</translation>
    </message>
    <message>
        <source>Are toilets and showers sufficient in number, clean, separate for women and men, and private?</source>
        <translation>¿Hay suficientes inodoros y duchas, están limpios, separados para mujeres y hombres y garantizan la intimidad?</translation>
    </message>
    <message>
        <source>Food and water</source>
        <translation>Alimentación y agua</translation>
    </message>
    <message>
        <source>Is food adequate and culturally and religiously appropriate, and is drinking water always available?</source>
        <translation>¿Es la alimentación adecuada y apropiada desde el punto de vista cultural y religioso, y se dispone siempre de agua potable?</translation>
    </message>
    <message>
        <source>Clothing and hygiene</source>
        <translation>Ropa e higiene</translation>
    </message>
    <message>
        <source>Are detainees given clean clothing, bedding and hygiene products, including sanitary products for women?</source>
        <translation>¿Se proporciona a las personas detenidas ropa limpia, ropa de cama y productos de higiene, incluidos productos de higiene menstrual para las mujeres?</translation>
    </message>
    <message>
        <source>Outdoor access</source>
        <translation>Acceso al aire libre</translation>
    </message>
    <message>
        <source>Do detainees have daily access to the open air and to recreation?</source>
        <translation>¿Tienen las personas detenidas acceso diario al aire libre y a actividades recreativas?</translation>
    </message>
    <message>
        <source>Contact with the outside world</source>
        <translation>Contacto con el mundo exterior</translation>
    </message>
    <message>
        <source>Can detainees keep or use mobile phones, make calls free of charge, and receive visits from family, friends and lawyers?</source>
        <translation>¿Pueden las personas detenidas conservar o utilizar teléfonos móviles, hacer llamadas gratuitas y recibir visitas de familiares, amistades y abogados?</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Are education, recreation and, for longer stays, work or training available?</source>
        <translation>¿Se ofrecen educación, actividades recreativas y, en las estancias más largas, trabajo o formación?</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religión</translation>
    </message>
    <message>
        <source>Can detainees practise their religion?</source>
        <translation>¿Pueden las personas detenidas practicar su religión?</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>Libertad de movimiento</translation>
    </message>
    <message>
        <source>Can detainees move freely within the centre during the day rather than being locked in their rooms?</source>
        <translation>¿Pueden las personas detenidas circular libremente por el centro durante el día, en lugar de permanecer encerradas en sus habitaciones?</translation>
    </message>
    <message>
        <source>Screening on arrival</source>
        <translation>Reconocimiento médico a la llegada</translation>
    </message>
    <message>
        <source>Is every detainee medically screened on arrival, including for signs of torture, trauma and infectious disease?</source>
        <translation>¿Se somete a cada persona detenida a un reconocimiento médico a su llegada, que incluya la detección de signos de tortura, traumas y enfermedades infecciosas?</translation>
    </message>
    <message>
        <source>Harm from detention</source>
        <translation>Daños causados por la detención</translation>
    </message>
    <message>
        <source>When a doctor reports that detention is harming a detainee&apos;s physical or mental health, does this lead to a review of the detention?</source>
        <translation>Cuando un médico informa de que la detención está perjudicando la salud física o mental de una persona detenida, ¿da lugar ello a una revisión de la detención?</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Is psychological support available, and is there a protocol on self-harm and hunger strikes that respects medical ethics?</source>
        <translation>¿Se dispone de apoyo psicológico y existe un protocolo sobre autolesiones y huelgas de hambre que respete la ética médica?</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>Are medical consultations confidential, with professional interpreters rather than staff or other detainees?</source>
        <translation>¿Son confidenciales las consultas médicas, con intérpretes profesionales en lugar del personal o de otras personas detenidas?</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Have staff been trained in refugee and asylum law, gender and cultural awareness, and de-escalation?</source>
        <translation>¿Ha recibido el personal formación en derecho de los refugiados y de asilo, en sensibilización en materia de género y cultura, y en técnicas de desescalada?</translation>
    </message>
    <message>
        <source>Women staff</source>
        <translation>Personal femenino</translation>
    </message>
    <message>
        <source>Are there women staff on every shift, and are women detainees searched and supervised by women?</source>
        <translation>¿Hay personal femenino en todos los turnos, y son registradas y vigiladas las mujeres detenidas por mujeres?</translation>
    </message>
    <message>
        <source>Staffing levels</source>
        <translation>Dotación de personal</translation>
    </message>
    <message>
        <source>Are there enough staff for detainees to be escorted to appointments, visits and activities without cancellations?</source>
        <translation>¿Hay personal suficiente para acompañar a las personas detenidas a citas, visitas y actividades sin que se produzcan cancelaciones?</translation>
    </message>
    <message>
        <source>Juvenile centre: visit</source>
        <translation>Centro de menores: visita</translation>
    </message>
    <message>
        <source>Did any child report violence, humiliation or threats by staff?</source>
        <translation>¿Algún niño o niña denunció violencia, humillaciones o amenazas por parte del personal?</translation>
    </message>
    <message>
        <source>Interview children in private, in language suited to their age, with their consent and, where needed, support.</source>
        <translation>Entreviste a los niños y niñas en privado, con un lenguaje adaptado a su edad, con su consentimiento y, cuando sea necesario, con apoyo.</translation>
    </message>
    <message>
        <source>Violence between children</source>
        <translation>Violencia entre niños y niñas</translation>
    </message>
    <message>
        <source>Are children protected from violence, bullying and sexual abuse by other children, with incidents recorded and followed up?</source>
        <translation>¿Se protege a los niños y niñas de la violencia, el acoso y los abusos sexuales por parte de otros niños y niñas, y se registran los incidentes y se les da seguimiento?</translation>
    </message>
    <message>
        <source>Force and restraint</source>
        <translation>Fuerza y medios de contención</translation>
    </message>
    <message>
        <source>Is force or restraint used only in exceptional cases when all other means of control have failed, as authorised by law, and never to cause pain?</source>
        <translation>¿Se recurre a la fuerza o a medios de contención solo en casos excepcionales, cuando se han agotado todos los demás medios de control, con autorización legal y nunca para causar dolor?</translation>
    </message>
    <message>
        <source>Solitary confinement</source>
        <translation>Régimen de aislamiento</translation>
    </message>
    <message>
        <source>Are children ever placed in solitary confinement, closed or dark cells?</source>
        <translation>¿Se recluye alguna vez a niños o niñas en régimen de aislamiento, en celdas cerradas o en celdas oscuras?</translation>
    </message>
    <message>
        <source>Prohibited sanctions</source>
        <translation>Sanciones prohibidas</translation>
    </message>
    <message>
        <source>Are prohibited sanctions used: corporal punishment, reduction of food, restriction of family contact, collective sanctions or labour as punishment?</source>
        <translation>¿Se aplican sanciones prohibidas: castigos corporales, reducción de alimentos, restricción del contacto con la familia, sanciones colectivas o trabajo como castigo?</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Armas</translation>
    </message>
    <message>
        <source>Do staff carry weapons inside the centre?</source>
        <translation>¿Porta armas el personal dentro del centro?</translation>
    </message>
    <message>
        <source>Last resort</source>
        <translation>Último recurso</translation>
    </message>
    <message>
        <source>Is every child held under a valid order of a judicial authority, with detention used as a last resort and for the shortest appropriate time?</source>
        <translation>¿Está cada niño o niña privado de libertad en virtud de una orden válida de una autoridad judicial, y se utiliza la privación de libertad como último recurso y durante el periodo más breve que proceda?</translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation>Prisión preventiva</translation>
    </message>
    <message>
        <source>What is the longest current pre-trial detention of a child, in days?</source>
        <translation>¿Cuál es la prisión preventiva en curso más larga de un niño o niña, en días?</translation>
    </message>
    <message>
        <source>Separation from adults</source>
        <translation>Separación de los adultos</translation>
    </message>
    <message>
        <source>Are children held apart from adults, except family members in family units?</source>
        <translation>¿Se mantiene a los niños y niñas separados de los adultos, salvo de sus familiares en unidades familiares?</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Niñas</translation>
    </message>
    <message>
        <source>Are girls held apart from boys, supervised by women staff, and is attention paid to their specific needs?</source>
        <translation>¿Se mantiene a las niñas separadas de los niños, bajo la supervisión de personal femenino, y se presta atención a sus necesidades específicas?</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>Información a los padres</translation>
    </message>
    <message>
        <source>Are parents or guardians informed at once of admission, transfer, illness, injury and release?</source>
        <translation>¿Se informa de inmediato a los padres o tutores del ingreso, el traslado, la enfermedad, las lesiones y la puesta en libertad?</translation>
    </message>
    <message>
        <source>Are children told the rules, their rights and how to complain, in a way they understand?</source>
        <translation>¿Se informa a los niños y niñas de las normas, de sus derechos y de cómo presentar quejas, de forma que lo comprendan?</translation>
    </message>
    <message>
        <source>Disciplinary procedure</source>
        <translation>Procedimiento disciplinario</translation>
    </message>
    <message>
        <source>Are disciplinary sanctions decided under written rules, after the child has been heard, and recorded?</source>
        <translation>¿Se imponen las sanciones disciplinarias conforme a normas escritas, tras haber oído al niño o niña, y se registran?</translation>
    </message>
    <message>
        <source>Can children complain confidentially to the director, to an independent body such as an ombudsperson, and through their family or lawyer?</source>
        <translation>¿Pueden los niños y niñas presentar quejas de forma confidencial ante la dirección, ante un órgano independiente como una defensoría del pueblo, y a través de su familia o de su abogado?</translation>
    </message>
    <message>
        <source>Do children have prompt access to a lawyer and free legal aid, with private meetings?</source>
        <translation>¿Tienen los niños y niñas acceso sin demora a un abogado y a asistencia jurídica gratuita, con entrevistas en privado?</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Are children&apos;s files complete and kept confidential?</source>
        <translation>¿Están completos los expedientes de los niños y niñas y se mantienen confidenciales?</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>How many children are held today? Compare with the capacity.</source>
        <translation>¿Cuántos niños y niñas hay internados hoy? Compárelo con la capacidad.</translation>
    </message>
    <message>
        <source>Do children sleep in individual rooms or small dormitories, with supervision at night?</source>
        <translation>¿Duermen los niños y niñas en habitaciones individuales o en dormitorios pequeños, con supervisión nocturna?</translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and available when needed?</source>
        <translation>¿Están los inodoros y las duchas limpios, garantizan la intimidad y están disponibles cuando se necesitan?</translation>
    </message>
    <message>
        <source>Is food adequate for growing children and suited to their culture and religion, and is drinking water always available?</source>
        <translation>¿Es la alimentación adecuada para niños y niñas en edad de crecimiento y acorde con su cultura y religión, y se dispone siempre de agua potable?</translation>
    </message>
    <message>
        <source>Clothing and belongings</source>
        <translation>Ropa y pertenencias</translation>
    </message>
    <message>
        <source>Can children wear their own clothes and keep personal belongings?</source>
        <translation>¿Pueden los niños y niñas vestir su propia ropa y conservar sus pertenencias personales?</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Do all children of compulsory school age receive education suited to their needs, from qualified teachers, leading to recognised qualifications?</source>
        <translation>¿Reciben todos los niños y niñas en edad de escolarización obligatoria una educación adaptada a sus necesidades, impartida por docentes cualificados y que conduzca a titulaciones reconocidas?</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Formación profesional</translation>
    </message>
    <message>
        <source>Is vocational training available to children who want it?</source>
        <translation>¿Se ofrece formación profesional a los niños y niñas que la deseen?</translation>
    </message>
    <message>
        <source>Exercise and recreation</source>
        <translation>Ejercicio y actividades recreativas</translation>
    </message>
    <message>
        <source>Do children have daily free exercise outdoors and time for recreation?</source>
        <translation>¿Disponen los niños y niñas a diario de ejercicio libre al aire libre y de tiempo para actividades recreativas?</translation>
    </message>
    <message>
        <source>Time out of room</source>
        <translation>Tiempo fuera de la habitación</translation>
    </message>
    <message>
        <source>How many hours a day do children spend outside their rooms?</source>
        <translation>¿Cuántas horas al día pasan los niños y niñas fuera de sus habitaciones?</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Contacto con la familia</translation>
    </message>
    <message>
        <source>Can children receive visits at least once a week and write or telephone at least twice a week?</source>
        <translation>¿Pueden los niños y niñas recibir visitas al menos una vez por semana y escribir o telefonear al menos dos veces por semana?</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>Reinserción</translation>
    </message>
    <message>
        <source>Does each child have an individual plan for release and return to the community?</source>
        <translation>¿Tiene cada niño o niña un plan individual para su puesta en libertad y su reincorporación a la comunidad?</translation>
    </message>
    <message>
        <source>Examination on admission</source>
        <translation>Reconocimiento médico al ingreso</translation>
    </message>
    <message>
        <source>Is every child medically examined on admission, with injuries recorded and reported?</source>
        <translation>¿Se somete a cada niño o niña a un reconocimiento médico al ingresar, y se registran y notifican las lesiones?</translation>
    </message>
    <message>
        <source>Access to health care</source>
        <translation>Acceso a la atención sanitaria</translation>
    </message>
    <message>
        <source>Can children see a doctor, nurse or dentist promptly?</source>
        <translation>¿Pueden los niños y niñas ser atendidos sin demora por un médico, un enfermero o un dentista?</translation>
    </message>
    <message>
        <source>Mental health and drug dependence</source>
        <translation>Salud mental y drogodependencia</translation>
    </message>
    <message>
        <source>Are mental health care and treatment for drug dependence available?</source>
        <translation>¿Se dispone de atención de salud mental y de tratamiento de la drogodependencia?</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Is medication given only for treatment, never to obtain information or as restraint or punishment?</source>
        <translation>¿Se administra la medicación solo con fines terapéuticos, y nunca para obtener información ni como medio de contención o castigo?</translation>
    </message>
    <message>
        <source>Qualified staff</source>
        <translation>Personal cualificado</translation>
    </message>
    <message>
        <source>Are staff qualified, carefully selected, and do they include educators, social workers and psychologists?</source>
        <translation>¿Está el personal cualificado y cuidadosamente seleccionado, e incluye educadores, trabajadores sociales y psicólogos?</translation>
    </message>
    <message>
        <source>Have staff been trained in child psychology, child protection and international standards?</source>
        <translation>¿Ha recibido el personal formación en psicología infantil, protección de la infancia y normas internacionales?</translation>
    </message>
    <message>
        <source>Mixed-gender staffing</source>
        <translation>Personal de ambos sexos</translation>
    </message>
    <message>
        <source>Are women and men staff on duty on every shift?</source>
        <translation>¿Hay personal femenino y masculino de servicio en todos los turnos?</translation>
    </message>
    <message>
        <source>How many staff are present with each group of children during the day?</source>
        <translation>¿Cuántos miembros del personal están presentes con cada grupo de niños y niñas durante el día?</translation>
    </message>
    <message>
        <source>Police custody: station visit</source>
        <translation>Custodia policial: visita a una comisaría</translation>
    </message>
    <message>
        <source>Did any person interviewed in private allege ill-treatment at arrest, during transport or during questioning?</source>
        <translation>¿Alguna persona entrevistada en privado denunció malos tratos en el momento de la detención, durante el traslado o durante el interrogatorio?</translation>
    </message>
    <message>
        <source>Ask about the first hours of custody in particular; record allegations with consent and look for visible injuries.</source>
        <translation>Pregunte en particular por las primeras horas de custodia; registre las denuncias con consentimiento y busque lesiones visibles.</translation>
    </message>
    <message>
        <source>Use of force</source>
        <translation>Uso de la fuerza</translation>
    </message>
    <message>
        <source>Is every use of force at arrest or in the station recorded, with the officer&apos;s report reviewed by a supervisor?</source>
        <translation>¿Se registra todo uso de la fuerza en el momento de la detención o en la comisaría, y revisa un superior el informe del agente?</translation>
    </message>
    <message>
        <source>Questioning</source>
        <translation>Interrogatorios</translation>
    </message>
    <message>
        <source>Are interviews recorded (audio or video), with their start, end, breaks and everyone present logged?</source>
        <translation>¿Se graban los interrogatorios (en audio o vídeo) y se anotan su inicio, su fin, las pausas y todas las personas presentes?</translation>
    </message>
    <message>
        <source>Check the interview log against the custody record for unexplained gaps or interviews outside the record.</source>
        <translation>Coteje el registro de interrogatorios con el registro de custodia en busca de lagunas sin explicación o de interrogatorios que no consten en el registro.</translation>
    </message>
    <message>
        <source>Coerced statements</source>
        <translation>Declaraciones obtenidas bajo coacción</translation>
    </message>
    <message>
        <source>Are detained persons ever questioned without their lawyer after asking for one, or pressed to confess?</source>
        <translation>¿Se interroga alguna vez a las personas detenidas sin su abogado después de haberlo solicitado, o se las presiona para que confiesen?</translation>
    </message>
    <message>
        <source>Restraints</source>
        <translation>Medios de contención</translation>
    </message>
    <message>
        <source>Are handcuffs and other restraints used in the station only when strictly necessary, and never to attach people to fixed objects?</source>
        <translation>¿Se utilizan las esposas y otros medios de contención en la comisaría solo cuando es estrictamente necesario, y nunca para sujetar a las personas a objetos fijos?</translation>
    </message>
    <message>
        <source>Suspicious objects</source>
        <translation>Objetos sospechosos</translation>
    </message>
    <message>
        <source>Were any non-regulation objects (bats, cables, pipes, electric-shock devices) found in offices or interview rooms?</source>
        <translation>¿Se encontraron objetos no reglamentarios (bates, cables, tubos, dispositivos de descarga eléctrica) en despachos o salas de interrogatorio?</translation>
    </message>
    <message>
        <source>Note the room and describe the object; photograph it if the team&apos;s mandate allows.</source>
        <translation>Anote la sala y describa el objeto; fotografíelo si el mandato del equipo lo permite.</translation>
    </message>
    <message>
        <source>Custody record</source>
        <translation>Registro de custodia</translation>
    </message>
    <message>
        <source>Does the custody record show, for every person, the time and reason of arrest and arrival, the officers involved, rights given, visits, meals, questioning and release or transfer?</source>
        <translation>¿Consta en el registro de custodia, para cada persona, la hora y el motivo de la detención y de la llegada, los agentes intervinientes, la información sobre derechos facilitada, las visitas, las comidas, los interrogatorios y la puesta en libertad o el traslado?</translation>
    </message>
    <message>
        <source>Trace a sample of people from the record to the cells and back; look for late entries and blank lines.</source>
        <translation>Haga un seguimiento de una muestra de personas desde el registro hasta los calabozos y a la inversa; busque anotaciones tardías y líneas en blanco.</translation>
    </message>
    <message>
        <source>Are detained persons told their rights (lawyer, notifying someone, doctor, interpreter, silence) at once, orally and in writing, in a language they understand?</source>
        <translation>¿Se informa de inmediato a las personas detenidas de sus derechos (abogado, notificación a un tercero, médico, intérprete, derecho a guardar silencio), verbalmente y por escrito, en un idioma que comprendan?</translation>
    </message>
    <message>
        <source>Notification of custody</source>
        <translation>Notificación de la detención</translation>
    </message>
    <message>
        <source>Can detained persons have a relative or another person of their choice told of their detention from the outset?</source>
        <translation>¿Pueden las personas detenidas hacer que se notifique su detención a un familiar o a otra persona de su elección desde el primer momento?</translation>
    </message>
    <message>
        <source>Access to a lawyer</source>
        <translation>Acceso a un abogado</translation>
    </message>
    <message>
        <source>Can detained persons consult a lawyer in private from the very outset of custody, including before and during questioning?</source>
        <translation>¿Pueden las personas detenidas consultar en privado con un abogado desde el inicio mismo de la custodia, incluso antes del interrogatorio y durante este?</translation>
    </message>
    <message>
        <source>Judicial control</source>
        <translation>Control judicial</translation>
    </message>
    <message>
        <source>Are all detained persons brought before a judge within the legal time limit, and at the latest within 48 hours?</source>
        <translation>¿Se pone a todas las personas detenidas a disposición judicial dentro del plazo legal y, a más tardar, en un plazo de 48 horas?</translation>
    </message>
    <message>
        <source>Length of custody</source>
        <translation>Duración de la custodia</translation>
    </message>
    <message>
        <source>What was the longest time, in hours, that a person spent in the station&apos;s cells in the period checked?</source>
        <translation>¿Cuál fue el tiempo más largo, en horas, que una persona pasó en los calabozos de la comisaría durante el periodo revisado?</translation>
    </message>
    <message>
        <source>Are children&apos;s parents or guardians notified at once, and are children questioned only with a lawyer or appropriate adult present and held apart from adults?</source>
        <translation>¿Se notifica de inmediato a los padres o tutores de los niños y niñas, se les interroga solo en presencia de un abogado o de un adulto de apoyo adecuado, y se les mantiene separados de los adultos?</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>Personas extranjeras</translation>
    </message>
    <message>
        <source>Are foreign nationals told they may contact their consulate, and is a professional interpreter provided when needed?</source>
        <translation>¿Se informa a las personas extranjeras de que pueden ponerse en contacto con su consulado, y se facilita un intérprete profesional cuando es necesario?</translation>
    </message>
    <message>
        <source>Is there an accessible way to complain about police treatment to a body independent of the police?</source>
        <translation>¿Existe una vía accesible para presentar quejas sobre el trato policial ante un órgano independiente de la policía?</translation>
    </message>
    <message>
        <source>Women detainees</source>
        <translation>Mujeres detenidas</translation>
    </message>
    <message>
        <source>Are women detainees held apart from men and supervised and searched by female officers?</source>
        <translation>¿Se mantiene a las mujeres detenidas separadas de los hombres, y son vigiladas y registradas por agentes mujeres?</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Pertenencias</translation>
    </message>
    <message>
        <source>Are detained persons&apos; belongings inventoried, signed for by them, and returned on release?</source>
        <translation>¿Se inventarían las pertenencias de las personas detenidas, firman estas el inventario y se les devuelven al quedar en libertad?</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>Dimensiones de las celdas</translation>
    </message>
    <message>
        <source>Are cells used for overnight stays at least 7 m² for one person, with 2 m or more between walls and 2.5 m between floor and ceiling?</source>
        <translation>¿Miden las celdas utilizadas para pernoctar al menos 7 m² por persona, con 2 m o más entre paredes y 2,5 m entre el suelo y el techo?</translation>
    </message>
    <message>
        <source>Measure the cells; note how many people were held in each on the busiest night in the record.</source>
        <translation>Mida las celdas; anote cuántas personas había en cada una la noche de mayor ocupación que conste en el registro.</translation>
    </message>
    <message>
        <source>Light, air and heating</source>
        <translation>Iluminación, ventilación y calefacción</translation>
    </message>
    <message>
        <source>Do cells have adequate lighting (natural light where possible), ventilation and heating?</source>
        <translation>¿Tienen las celdas iluminación (natural cuando sea posible), ventilación y calefacción adecuadas?</translation>
    </message>
    <message>
        <source>Bedding</source>
        <translation>Ropa de cama</translation>
    </message>
    <message>
        <source>Are persons held overnight given a clean mattress and clean blankets?</source>
        <translation>¿Se proporciona a las personas que pernoctan un colchón limpio y mantas limpias?</translation>
    </message>
    <message>
        <source>Can detained persons use a toilet in decent conditions whenever needed, and wash?</source>
        <translation>¿Pueden las personas detenidas usar un inodoro en condiciones dignas siempre que lo necesiten, y asearse?</translation>
    </message>
    <message>
        <source>Are detained persons given drinking water at all times and food at normal meal times, including at least one full meal a day?</source>
        <translation>¿Se proporciona a las personas detenidas agua potable en todo momento y comida a las horas habituales, con al menos una comida completa al día?</translation>
    </message>
    <message>
        <source>Video surveillance</source>
        <translation>Videovigilancia</translation>
    </message>
    <message>
        <source>Do cameras cover cells, corridors and interview rooms, with recordings kept long enough to examine complaints, while respecting privacy at toilets?</source>
        <translation>¿Cubren las cámaras las celdas, los pasillos y las salas de interrogatorio, conservándose las grabaciones el tiempo suficiente para examinar las quejas y respetándose la intimidad en los inodoros?</translation>
    </message>
    <message>
        <source>Outdoor exercise</source>
        <translation>Ejercicio al aire libre</translation>
    </message>
    <message>
        <source>Are persons held for 24 hours or more offered outdoor exercise every day?</source>
        <translation>¿Se ofrece a diario ejercicio al aire libre a las personas detenidas durante 24 horas o más?</translation>
    </message>
    <message>
        <source>Can detained persons receive visits or make telephone calls, with any restriction justified by the investigation and recorded?</source>
        <translation>¿Pueden las personas detenidas recibir visitas o hacer llamadas telefónicas, y toda restricción está justificada por la investigación y consta en el registro?</translation>
    </message>
    <message>
        <source>Reading and religion</source>
        <translation>Lectura y religión</translation>
    </message>
    <message>
        <source>Are persons held for longer periods offered reading material and allowed items needed for their religious practice?</source>
        <translation>¿Se ofrece material de lectura a las personas detenidas durante periodos más largos, y se les permiten los objetos necesarios para su práctica religiosa?</translation>
    </message>
    <message>
        <source>Access to a doctor</source>
        <translation>Acceso a un médico</translation>
    </message>
    <message>
        <source>Can detained persons see a doctor on request, including one of their own choice, without police officers filtering the request?</source>
        <translation>¿Pueden las personas detenidas ser examinadas por un médico cuando lo soliciten, incluido uno de su elección, sin que los agentes filtren la solicitud?</translation>
    </message>
    <message>
        <source>Confidential examination</source>
        <translation>Reconocimiento confidencial</translation>
    </message>
    <message>
        <source>Are medical examinations held out of the hearing and, unless the doctor asks otherwise, out of the sight of police officers?</source>
        <translation>¿Se realizan los reconocimientos médicos fuera del alcance del oído y, salvo que el médico solicite otra cosa, fuera del alcance de la vista de los agentes de policía?</translation>
    </message>
    <message>
        <source>Documentation of injuries</source>
        <translation>Documentación de lesiones</translation>
    </message>
    <message>
        <source>Are injuries seen on arrival recorded with the person&apos;s own account and reported to the prosecutor?</source>
        <translation>¿Se registran las lesiones observadas a la llegada, junto con el relato de la propia persona, y se comunican a la fiscalía?</translation>
    </message>
    <message>
        <source>Compare injury records with the time of arrest and the custody record.</source>
        <translation>Compare los registros de lesiones con la hora de la detención y con el registro de custodia.</translation>
    </message>
    <message>
        <source>Can detained persons continue prescribed medication, including opioid substitution treatment, while in custody?</source>
        <translation>¿Pueden las personas detenidas seguir tomando la medicación prescrita, incluido el tratamiento de sustitución de opiáceos, mientras están bajo custodia?</translation>
    </message>
    <message>
        <source>Have officers been trained in human rights, de-escalation, safe restraint and investigative interviewing?</source>
        <translation>¿Han recibido los agentes formación en derechos humanos, técnicas de desescalada, contención segura y técnicas de entrevista de investigación?</translation>
    </message>
    <message>
        <source>Responsibility for detainees</source>
        <translation>Responsabilidad sobre las personas detenidas</translation>
    </message>
    <message>
        <source>Is one officer, independent of the investigation, responsible on each shift for the welfare and record of detained persons?</source>
        <translation>¿Hay en cada turno un agente, ajeno a la investigación, responsable del bienestar y del registro de las personas detenidas?</translation>
    </message>
    <message>
        <source>Identification of officers</source>
        <translation>Identificación de los agentes</translation>
    </message>
    <message>
        <source>Can detained persons identify the officers dealing with them (name or number visible), and are those officers named in the custody record?</source>
        <translation>¿Pueden las personas detenidas identificar a los agentes que se ocupan de ellas (nombre o número visible), y figuran esos agentes en el registro de custodia?</translation>
    </message>
    <message>
        <source>Prison: general visit</source>
        <translation>Centro penitenciario: visita general</translation>
    </message>
    <message>
        <source>Did any prisoner interviewed in private allege physical ill-treatment, threats or verbal abuse by staff?</source>
        <translation>¿Alguna persona presa entrevistada en privado denunció malos tratos físicos, amenazas o insultos por parte del personal?</translation>
    </message>
    <message>
        <source>Record each allegation separately with the person&apos;s consent (time, place, unit, staff involved). Look for consistent accounts from independent sources and for medical evidence.</source>
        <translation>Registre cada denuncia por separado con el consentimiento de la persona (hora, lugar, unidad, personal implicado). Busque relatos coincidentes de fuentes independientes y pruebas médicas.</translation>
    </message>
    <message>
        <source>Is every use of force recorded, reported to the director and reviewed, with a medical examination of the prisoner afterwards?</source>
        <translation>¿Se registra todo uso de la fuerza, se comunica a la dirección y se revisa, con un reconocimiento médico posterior de la persona presa?</translation>
    </message>
    <message>
        <source>Compare the use-of-force register with the medical register and with what prisoners and staff say.</source>
        <translation>Compare el registro de uso de la fuerza con el registro médico y con lo que dicen las personas presas y el personal.</translation>
    </message>
    <message>
        <source>Instruments of restraint</source>
        <translation>Instrumentos de coerción física</translation>
    </message>
    <message>
        <source>Are instruments of restraint used only where the law allows, for the shortest time, never as a punishment, and are chains, irons and other degrading restraints absent?</source>
        <translation>¿Se utilizan los instrumentos de coerción física solo cuando la ley lo permite, durante el menor tiempo posible y nunca como castigo, y no hay cadenas, grilletes ni otros instrumentos degradantes?</translation>
    </message>
    <message>
        <source>Ask to see every type of restraint held; check who authorises their use and how long they were applied.</source>
        <translation>Pida ver todos los tipos de instrumentos de coerción de que se dispone; compruebe quién autoriza su uso y durante cuánto tiempo se aplicaron.</translation>
    </message>
    <message>
        <source>Is anyone held in solitary confinement (22 hours or more a day without meaningful human contact) for more than 15 consecutive days?</source>
        <translation>¿Hay alguna persona en régimen de aislamiento (22 horas o más al día sin contacto humano apreciable) durante más de 15 días consecutivos?</translation>
    </message>
    <message>
        <source>Check the segregation register and visit the segregation unit; count consecutive days, including back-to-back placements.</source>
        <translation>Compruebe el registro de aislamiento y visite la unidad de aislamiento; cuente los días consecutivos, incluidas las medidas encadenadas.</translation>
    </message>
    <message>
        <source>Are prisoners with mental or physical disabilities, pregnant women, women with infants, breastfeeding mothers or children ever placed in solitary confinement or disciplinary segregation?</source>
        <translation>¿Se somete alguna vez a régimen de aislamiento o a separación disciplinaria a personas presas con discapacidad mental o física, mujeres embarazadas, mujeres con hijos lactantes, madres en periodo de lactancia o niños y niñas?</translation>
    </message>
    <message>
        <source>Are strip searches and body-cavity searches carried out only when strictly necessary, in private, by trained staff of the same gender, and recorded?</source>
        <translation>¿Se realizan los registros sin ropa y los registros de orificios corporales solo cuando es estrictamente necesario, en privado, por personal capacitado del mismo género, y se registran?</translation>
    </message>
    <message>
        <source>Ask whether less intrusive methods (scanners) are available and how often strip searches follow visits.</source>
        <translation>Pregunte si se dispone de métodos menos invasivos (escáneres) y con qué frecuencia se realizan registros sin ropa después de las visitas.</translation>
    </message>
    <message>
        <source>Inter-prisoner violence</source>
        <translation>Violencia entre personas presas</translation>
    </message>
    <message>
        <source>How many incidents of violence between prisoners were recorded in the last 12 months?</source>
        <translation>¿Cuántos incidentes de violencia entre personas presas se registraron en los últimos 12 meses?</translation>
    </message>
    <message>
        <source>Compare the figure with what prisoners report; ask how vulnerable prisoners are protected and whether staff are present in the units.</source>
        <translation>Compare la cifra con lo que relatan las personas presas; pregunte cómo se protege a las personas presas en situación de vulnerabilidad y si hay personal presente en las unidades.</translation>
    </message>
    <message>
        <source>Deaths in custody</source>
        <translation>Muertes bajo custodia</translation>
    </message>
    <message>
        <source>Was every death in custody in the last three years reported to a judicial or other independent authority and investigated, with the family informed?</source>
        <translation>¿Se comunicó cada muerte bajo custodia de los últimos tres años a una autoridad judicial u otra autoridad independiente, se investigó y se informó a la familia?</translation>
    </message>
    <message>
        <source>Collective punishment</source>
        <translation>Castigos colectivos</translation>
    </message>
    <message>
        <source>Are collective punishments imposed, such as locking down a whole unit or withdrawing privileges from everyone after one prisoner&apos;s offence?</source>
        <translation>¿Se imponen castigos colectivos, como el cierre de toda una unidad o la retirada de beneficios a todos tras la infracción de una persona presa?</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Is the admission register complete for every prisoner: identity, legal basis of detention, date and time of admission, transfers and release?</source>
        <translation>¿Está completo el registro de ingresos para cada persona presa: identidad, fundamento jurídico de la privación de libertad, fecha y hora de ingreso, traslados y excarcelación?</translation>
    </message>
    <message>
        <source>Pick names at random from the cells and trace them in the register, and the other way round.</source>
        <translation>Elija al azar nombres de personas en las celdas y búsquelos en el registro, y a la inversa.</translation>
    </message>
    <message>
        <source>Are prisoners given written information on the rules, their rights, how to complain and how to obtain legal advice, on admission and in a language and form they understand?</source>
        <translation>¿Reciben las personas presas, al ingresar, información escrita sobre las normas, sus derechos, cómo presentar quejas y cómo obtener asesoramiento jurídico, en un idioma y un formato que comprendan?</translation>
    </message>
    <message>
        <source>Notification of family</source>
        <translation>Notificación a la familia</translation>
    </message>
    <message>
        <source>Can prisoners inform their family or a person of their choice of their imprisonment and of any transfer?</source>
        <translation>¿Pueden las personas presas informar a su familia o a una persona de su elección de su encarcelamiento y de cualquier traslado?</translation>
    </message>
    <message>
        <source>Are prisoners charged with a disciplinary offence told the charge, given time to prepare, heard in person, helped by an interpreter or lawyer where needed, and able to seek review?</source>
        <translation>¿Se informa a las personas presas acusadas de una falta disciplinaria de la acusación, se les da tiempo para preparar su defensa, se las oye en persona, se les asiste con intérprete o abogado cuando es necesario y pueden solicitar la revisión?</translation>
    </message>
    <message>
        <source>Read a sample of disciplinary files: look for unsigned sanctions, missing hearings and sanctions beyond what the law allows.</source>
        <translation>Lea una muestra de expedientes disciplinarios: busque sanciones sin firmar, audiencias que no se celebraron y sanciones que exceden lo que permite la ley.</translation>
    </message>
    <message>
        <source>Can prisoners complain confidentially to the director and to an outside authority without fear of reprisal, and are complaints answered promptly?</source>
        <translation>¿Pueden las personas presas presentar quejas de forma confidencial ante la dirección y ante una autoridad externa sin temor a represalias, y se responden las quejas sin demora?</translation>
    </message>
    <message>
        <source>Check that complaint boxes are not opened by the staff complained about; read replies to recent complaints.</source>
        <translation>Compruebe que los buzones de quejas no los abre el personal objeto de las quejas; lea las respuestas a quejas recientes.</translation>
    </message>
    <message>
        <source>Separation of categories</source>
        <translation>Separación por categorías</translation>
    </message>
    <message>
        <source>Are remand prisoners held apart from convicted prisoners, women from men, and children from adults?</source>
        <translation>¿Se mantiene separadas a las personas en prisión preventiva de las condenadas, a las mujeres de los hombres y a los niños y niñas de los adultos?</translation>
    </message>
    <message>
        <source>Can prisoners consult their lawyer in confidence, without delay or censorship, in conditions where they cannot be overheard?</source>
        <translation>¿Pueden las personas presas consultar con su abogado de forma confidencial, sin demora ni censura, en condiciones en que nadie pueda escucharlas?</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>Represalias</translation>
    </message>
    <message>
        <source>Did any prisoner report being threatened or sanctioned for complaining or for speaking with monitors?</source>
        <translation>¿Alguna persona presa manifestó haber sido amenazada o sancionada por presentar quejas o por hablar con el equipo de visita?</translation>
    </message>
    <message>
        <source>Record reprisal allegations as confidential reprisal records; plan a follow-up contact.</source>
        <translation>Registre las denuncias de represalias como registros confidenciales de represalias; planifique un contacto de seguimiento.</translation>
    </message>
    <message>
        <source>How many prisoners are held today? Compare with the official capacity.</source>
        <translation>¿Cuántas personas presas hay hoy? Compárelo con la capacidad oficial.</translation>
    </message>
    <message>
        <source>Count by unit where possible; note people sleeping on mattresses on the floor.</source>
        <translation>Cuente por unidad cuando sea posible; anote las personas que duermen en colchones en el suelo.</translation>
    </message>
    <message>
        <source>Living space</source>
        <translation>Espacio vital</translation>
    </message>
    <message>
        <source>Does each prisoner have at least 4 m² of living space in a shared cell, or 6 m² in a single cell, not counting the sanitary annex?</source>
        <translation>¿Dispone cada persona presa de al menos 4 m² de espacio vital en una celda compartida, o de 6 m² en una celda individual, sin contar el anexo sanitario?</translation>
    </message>
    <message>
        <source>Measure a sample of cells and count occupants.</source>
        <translation>Mida una muestra de celdas y cuente sus ocupantes.</translation>
    </message>
    <message>
        <source>Do cells have windows that let in enough natural light to read or work by, adequate artificial light, ventilation and heating suited to the climate?</source>
        <translation>¿Tienen las celdas ventanas que dejen entrar luz natural suficiente para leer o trabajar, luz artificial adecuada, y ventilación y calefacción acordes con el clima?</translation>
    </message>
    <message>
        <source>Can prisoners use a toilet in privacy at any time, including at night, and shower as often as hygiene and the climate require?</source>
        <translation>¿Pueden las personas presas usar un inodoro con intimidad en cualquier momento, incluso de noche, y ducharse con la frecuencia que exijan la higiene y el clima?</translation>
    </message>
    <message>
        <source>Personal hygiene</source>
        <translation>Higiene personal</translation>
    </message>
    <message>
        <source>Are prisoners given water and toilet articles free of charge, and women sanitary products free of charge?</source>
        <translation>¿Se proporciona gratuitamente a las personas presas agua y artículos de aseo, y a las mujeres productos de higiene menstrual?</translation>
    </message>
    <message>
        <source>Do prisoners receive food of adequate nutritional value at the usual hours, and is drinking water available whenever needed?</source>
        <translation>¿Reciben las personas presas, a las horas habituales, una alimentación de valor nutritivo suficiente, y disponen de agua potable siempre que la necesitan?</translation>
    </message>
    <message>
        <source>Taste the food; check portions, special diets and the times of the last and first meals.</source>
        <translation>Pruebe la comida; compruebe las raciones, las dietas especiales y los horarios de la última y la primera comida del día.</translation>
    </message>
    <message>
        <source>Clothing and bedding</source>
        <translation>Ropa y ropa de cama</translation>
    </message>
    <message>
        <source>Does every prisoner have a separate bed with clean bedding, and adequate clean clothing?</source>
        <translation>¿Dispone cada persona presa de una cama individual con ropa de cama limpia y de ropa limpia adecuada?</translation>
    </message>
    <message>
        <source>Time out of cell</source>
        <translation>Tiempo fuera de la celda</translation>
    </message>
    <message>
        <source>How many hours a day do prisoners in the main units spend out of their cells in purposeful activity?</source>
        <translation>¿Cuántas horas al día pasan las personas presas de las unidades ordinarias fuera de sus celdas en actividades provechosas?</translation>
    </message>
    <message>
        <source>Ask prisoners and compare with the published regime; note units where the regime is restricted.</source>
        <translation>Pregunte a las personas presas y compárelo con el régimen publicado; anote las unidades con régimen restringido.</translation>
    </message>
    <message>
        <source>Does every prisoner, including those in segregation, have at least one hour of exercise in the open air every day?</source>
        <translation>¿Dispone cada persona presa, incluidas las que están en aislamiento, de al menos una hora diaria de ejercicio al aire libre?</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Trabajo y educación</translation>
    </message>
    <message>
        <source>Are work, education and vocational training available to all prisoners who want them, and is work paid?</source>
        <translation>¿Tienen acceso al trabajo, la educación y la formación profesional todas las personas presas que lo desean, y es remunerado el trabajo?</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>How often can prisoners receive visits from family?</source>
        <translation>¿Con qué frecuencia pueden las personas presas recibir visitas de familiares?</translation>
    </message>
    <message>
        <source>Note whether visits allow privacy and physical contact and whether children are received in child-friendly conditions.</source>
        <translation>Anote si las visitas permiten la intimidad y el contacto físico, y si se recibe a los niños y niñas en condiciones adaptadas a ellos.</translation>
    </message>
    <message>
        <source>weekly or more often</source>
        <translation>semanalmente o con mayor frecuencia</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>cada dos semanas</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensualmente</translation>
    </message>
    <message>
        <source>less than monthly</source>
        <translation>menos de una vez al mes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Telephone and mail</source>
        <translation>Teléfono y correspondencia</translation>
    </message>
    <message>
        <source>Can prisoners make telephone calls and send and receive letters regularly, with any monitoring authorised by law?</source>
        <translation>¿Pueden las personas presas hacer llamadas telefónicas y enviar y recibir cartas con regularidad, y toda intervención de las comunicaciones está autorizada por la ley?</translation>
    </message>
    <message>
        <source>Can prisoners practise their religion, take part in services and see a representative of their faith?</source>
        <translation>¿Pueden las personas presas practicar su religión, asistir a los oficios y recibir a un representante de su confesión?</translation>
    </message>
    <message>
        <source>Is every prisoner examined by a health professional as soon as possible after admission (within 24 hours), including for injuries, mental health needs and withdrawal symptoms?</source>
        <translation>¿Es examinada cada persona presa por un profesional de la salud lo antes posible tras su ingreso (en un plazo de 24 horas), incluida la detección de lesiones, necesidades de salud mental y síntomas de abstinencia?</translation>
    </message>
    <message>
        <source>When injuries are found, are they documented in detail (body chart, photographs, the prisoner&apos;s account, the doctor&apos;s opinion on consistency) and reported to a competent authority?</source>
        <translation>Cuando se detectan lesiones, ¿se documentan detalladamente (esquema corporal, fotografías, relato de la persona presa, opinión del médico sobre su concordancia) y se comunican a una autoridad competente?</translation>
    </message>
    <message>
        <source>Read a sample of injury records against the use-of-force register.</source>
        <translation>Lea una muestra de registros de lesiones cotejándolos con el registro de uso de la fuerza.</translation>
    </message>
    <message>
        <source>Access and confidentiality</source>
        <translation>Acceso y confidencialidad</translation>
    </message>
    <message>
        <source>Can prisoners see a doctor or nurse promptly on request, without staff filtering the requests, and are consultations held out of the hearing of custodial staff?</source>
        <translation>¿Pueden las personas presas ser atendidas sin demora por un médico o un enfermero cuando lo solicitan, sin que el personal filtre las solicitudes, y se realizan las consultas fuera del alcance del oído del personal de vigilancia?</translation>
    </message>
    <message>
        <source>Is there a suicide and self-harm prevention procedure, with psychiatric care available and transfer to hospital for those who need it?</source>
        <translation>¿Existe un procedimiento de prevención del suicidio y las autolesiones, con atención psiquiátrica disponible y traslado a un hospital para quienes lo necesiten?</translation>
    </message>
    <message>
        <source>Clinical independence</source>
        <translation>Independencia clínica</translation>
    </message>
    <message>
        <source>Do health-care staff stay out of disciplinary decisions, and do they visit prisoners held in solitary confinement every day?</source>
        <translation>¿Se mantiene el personal sanitario al margen de las decisiones disciplinarias, y visita a diario a las personas presas en régimen de aislamiento?</translation>
    </message>
    <message>
        <source>How many custodial staff are on duty in the residential units at night?</source>
        <translation>¿Cuántos miembros del personal de vigilancia están de servicio por la noche en las unidades residenciales?</translation>
    </message>
    <message>
        <source>Compare with the number of prisoners and with the staffing plan; ask how cells are opened in an emergency.</source>
        <translation>Compárelo con el número de personas presas y con la plantilla prevista; pregunte cómo se abren las celdas en caso de emergencia.</translation>
    </message>
    <message>
        <source>Have staff been trained in human rights, dynamic security, de-escalation, use of force and restraints, and mental health awareness?</source>
        <translation>¿Ha recibido el personal formación en derechos humanos, seguridad dinámica, técnicas de desescalada, uso de la fuerza e instrumentos de coerción, y sensibilización en materia de salud mental?</translation>
    </message>
    <message>
        <source>Are women prisoners supervised and searched only by women staff?</source>
        <translation>¿Son vigiladas y registradas las mujeres presas únicamente por personal femenino?</translation>
    </message>
    <message>
        <source>Staff-prisoner relations</source>
        <translation>Relaciones entre el personal y las personas presas</translation>
    </message>
    <message>
        <source>Do staff spend time in the units and talk with prisoners, and do both describe relations as respectful?</source>
        <translation>¿Pasa el personal tiempo en las unidades y habla con las personas presas, y describen ambas partes las relaciones como respetuosas?</translation>
    </message>
    <message>
        <source>Psychiatric hospital: ward visit</source>
        <translation>Hospital psiquiátrico: visita a una unidad</translation>
    </message>
    <message>
        <source>Did any patient allege ill-treatment, humiliation or abuse by staff or other patients?</source>
        <translation>¿Algún paciente denunció malos tratos, humillaciones o abusos por parte del personal o de otros pacientes?</translation>
    </message>
    <message>
        <source>Restraint</source>
        <translation>Contención</translation>
    </message>
    <message>
        <source>Are mechanical, physical or chemical restraints used only as a last resort, for the shortest time, on a doctor&apos;s order, with continuous direct supervision?</source>
        <translation>¿Se recurre a la contención mecánica, física o farmacológica solo como último recurso, durante el menor tiempo posible, por prescripción médica y con supervisión directa y continua?</translation>
    </message>
    <message>
        <source>Look at beds fitted with straps, seclusion rooms and &apos;as needed&apos; medication orders; compare with the restraint register.</source>
        <translation>Examine las camas provistas de correas, las salas de aislamiento y las pautas de medicación «si precisa»; compárelas con el registro de contenciones.</translation>
    </message>
    <message>
        <source>Seclusion</source>
        <translation>Aislamiento</translation>
    </message>
    <message>
        <source>Is every episode of seclusion or restraint recorded in a dedicated register, with start, end, reason, the authorising doctor and observations?</source>
        <translation>¿Se anota cada episodio de aislamiento o contención en un registro específico, con su inicio, su fin, el motivo, el médico que lo autorizó y las observaciones?</translation>
    </message>
    <message>
        <source>How many restraint or seclusion episodes were recorded in the last three months?</source>
        <translation>¿Cuántos episodios de contención o aislamiento se registraron en los últimos tres meses?</translation>
    </message>
    <message>
        <source>Are restraints ever applied in view of other patients, or used as punishment or for staff convenience?</source>
        <translation>¿Se aplica alguna vez la contención a la vista de otros pacientes, o se utiliza como castigo o por comodidad del personal?</translation>
    </message>
    <message>
        <source>Treatment without consent</source>
        <translation>Tratamiento sin consentimiento</translation>
    </message>
    <message>
        <source>Is treatment, including electroconvulsive therapy, given without the patient&apos;s free and informed consent?</source>
        <translation>¿Se administra algún tratamiento, incluida la terapia electroconvulsiva, sin el consentimiento libre e informado del paciente?</translation>
    </message>
    <message>
        <source>Protection from violence</source>
        <translation>Protección frente a la violencia</translation>
    </message>
    <message>
        <source>Are patients protected from violence and sexual abuse by other patients, including on mixed wards?</source>
        <translation>¿Se protege a los pacientes de la violencia y los abusos sexuales por parte de otros pacientes, también en las unidades mixtas?</translation>
    </message>
    <message>
        <source>Does every involuntary patient have a lawful placement decision, with reasons, reviewed by a court or independent body at regular intervals?</source>
        <translation>¿Cuenta cada paciente ingresado de forma involuntaria con una resolución de internamiento conforme a la ley y motivada, revisada a intervalos regulares por un tribunal o un órgano independiente?</translation>
    </message>
    <message>
        <source>Read a sample of files; note placements extended without a hearing.</source>
        <translation>Lea una muestra de historias clínicas; anote los internamientos prorrogados sin audiencia.</translation>
    </message>
    <message>
        <source>De facto detention</source>
        <translation>Privación de libertad de hecho</translation>
    </message>
    <message>
        <source>Are patients recorded as voluntary in fact prevented from leaving (locked doors, threats of involuntary placement)?</source>
        <translation>¿Se impide en la práctica salir a pacientes registrados como voluntarios (puertas cerradas con llave, amenazas de internamiento involuntario)?</translation>
    </message>
    <message>
        <source>Are patients told their rights, the reasons for their placement and how to appeal, in an accessible form?</source>
        <translation>¿Se informa a los pacientes, de forma accesible, de sus derechos, de los motivos de su internamiento y de cómo recurrirlo?</translation>
    </message>
    <message>
        <source>Legal capacity and support</source>
        <translation>Capacidad jurídica y apoyos</translation>
    </message>
    <message>
        <source>Do patients have access to a lawyer and to independent advocacy or support in making decisions?</source>
        <translation>¿Tienen los pacientes acceso a un abogado y a servicios independientes de defensa de sus derechos o de apoyo en la toma de decisiones?</translation>
    </message>
    <message>
        <source>Is there a confidential complaints procedure that reaches a body outside the hospital?</source>
        <translation>¿Existe un procedimiento confidencial de quejas que llegue a un órgano externo al hospital?</translation>
    </message>
    <message>
        <source>Are the admission, restraint and incident registers complete and consistent with patients&apos; files?</source>
        <translation>¿Están completos los registros de ingresos, de contenciones y de incidentes, y son coherentes con las historias clínicas de los pacientes?</translation>
    </message>
    <message>
        <source>Are children accommodated separately from adult patients?</source>
        <translation>¿Se aloja a los niños y niñas por separado de los pacientes adultos?</translation>
    </message>
    <message>
        <source>Therapeutic environment</source>
        <translation>Entorno terapéutico</translation>
    </message>
    <message>
        <source>Do wards offer a positive therapeutic environment: enough living space, light, ventilation, decoration and privacy?</source>
        <translation>¿Ofrecen las unidades un entorno terapéutico positivo: espacio vital, luz, ventilación, decoración e intimidad suficientes?</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>Espacio personal</translation>
    </message>
    <message>
        <source>Do patients have lockable space for their belongings, and can they wear their own clothes?</source>
        <translation>¿Disponen los pacientes de un espacio con cerradura para sus pertenencias, y pueden vestir su propia ropa?</translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and accessible to patients with reduced mobility?</source>
        <translation>¿Están los inodoros y las duchas limpios, garantizan la intimidad y son accesibles para pacientes con movilidad reducida?</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Is food adequate in quantity and quality, with special diets provided?</source>
        <translation>¿Es la alimentación adecuada en cantidad y calidad, y se proporcionan dietas especiales?</translation>
    </message>
    <message>
        <source>Dormitories</source>
        <translation>Dormitorios</translation>
    </message>
    <message>
        <source>How many patients share the largest dormitory?</source>
        <translation>¿Cuántos pacientes comparten el dormitorio más grande?</translation>
    </message>
    <message>
        <source>Do all patients, including those on closed wards, have daily access to the open air?</source>
        <translation>¿Tienen todos los pacientes, incluidos los de unidades cerradas, acceso diario al aire libre?</translation>
    </message>
    <message>
        <source>Are therapeutic, recreational and occupational activities offered every day?</source>
        <translation>¿Se ofrecen a diario actividades terapéuticas, recreativas y ocupacionales?</translation>
    </message>
    <message>
        <source>Can patients receive visits, use a telephone and send and receive mail, with any restriction decided individually and recorded?</source>
        <translation>¿Pueden los pacientes recibir visitas, usar el teléfono y enviar y recibir correspondencia, y toda restricción se decide de forma individual y se registra?</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>How many patients are ready to leave but remain because no place in the community is available?</source>
        <translation>¿Cuántos pacientes están en condiciones de recibir el alta pero permanecen ingresados por falta de plaza en la comunidad?</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>Does each patient have a written individual treatment plan, discussed with them and reviewed regularly?</source>
        <translation>¿Tiene cada paciente un plan de tratamiento individual por escrito, consensuado con él y revisado periódicamente?</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Consentimiento informado</translation>
    </message>
    <message>
        <source>Is free and informed consent sought and recorded before treatment, after information on effects and alternatives?</source>
        <translation>¿Se solicita y se registra el consentimiento libre e informado antes del tratamiento, tras informar de sus efectos y de las alternativas?</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <source>Are patients&apos; physical health needs met (screening, dental care, treatment of chronic illness)?</source>
        <translation>¿Se atienden las necesidades de salud física de los pacientes (cribados, atención odontológica, tratamiento de enfermedades crónicas)?</translation>
    </message>
    <message>
        <source>Is medication prescribed individually, recorded and reviewed, and never used as punishment or for the convenience of others?</source>
        <translation>¿Se prescribe la medicación de forma individual, se registra y se revisa, y nunca se utiliza como castigo ni por comodidad de otras personas?</translation>
    </message>
    <message>
        <source>Are injuries, including those from restraint, examined, recorded and reported?</source>
        <translation>¿Se examinan, registran y notifican las lesiones, incluidas las causadas por la contención?</translation>
    </message>
    <message>
        <source>Electroconvulsive therapy</source>
        <translation>Terapia electroconvulsiva</translation>
    </message>
    <message>
        <source>Is electroconvulsive therapy given only in modified form (with anaesthesia and muscle relaxants), with consent, and recorded in a register?</source>
        <translation>¿Se aplica la terapia electroconvulsiva únicamente en su forma modificada (con anestesia y relajantes musculares), con consentimiento, y se anota en un registro?</translation>
    </message>
    <message>
        <source>How many nursing staff are on duty per ward at night?</source>
        <translation>¿Cuánto personal de enfermería está de servicio por unidad durante la noche?</translation>
    </message>
    <message>
        <source>Have staff been trained in de-escalation, safe restraint and the rights of persons with disabilities?</source>
        <translation>¿Ha recibido el personal formación en técnicas de desescalada, contención segura y derechos de las personas con discapacidad?</translation>
    </message>
    <message>
        <source>Multidisciplinary team</source>
        <translation>Equipo multidisciplinar</translation>
    </message>
    <message>
        <source>Is there a multidisciplinary team (psychiatrists, psychologists, occupational therapists, social workers) large enough for the number of patients?</source>
        <translation>¿Existe un equipo multidisciplinar (psiquiatras, psicólogos, terapeutas ocupacionales, trabajadores sociales) suficiente para el número de pacientes?</translation>
    </message>
    <message>
        <source>Non-clinical staff</source>
        <translation>Personal no clínico</translation>
    </message>
    <message>
        <source>Are security staff or orderlies without clinical training involved in restraint or patient care?</source>
        <translation>¿Interviene personal de seguridad o celadores sin formación clínica en la contención o en la atención a los pacientes?</translation>
    </message>
    <message>
        <source>Social care home: visit</source>
        <translation>Residencia de asistencia social: visita</translation>
    </message>
    <message>
        <source>Ill-treatment and neglect</source>
        <translation>Malos tratos y desatención</translation>
    </message>
    <message>
        <source>Did residents describe being shouted at, mocked, neglected or hit by staff?</source>
        <translation>¿Relataron los residentes que el personal les grita, se burla de ellos, los desatiende o los golpea?</translation>
    </message>
    <message>
        <source>Talk with residents who cannot easily complain, with support for communication where needed.</source>
        <translation>Hable con los residentes que no pueden quejarse fácilmente, con apoyo a la comunicación cuando sea necesario.</translation>
    </message>
    <message>
        <source>Are residents tied to beds or chairs, kept in by bed rails against their will, or sedated to manage their behaviour?</source>
        <translation>¿Se ata a los residentes a la cama o a la silla, se les retiene con barandillas de cama contra su voluntad o se les seda para controlar su conducta?</translation>
    </message>
    <message>
        <source>Are residents locked in their rooms or in &apos;calming&apos; rooms?</source>
        <translation>¿Se encierra a los residentes en sus habitaciones o en salas «de relajación»?</translation>
    </message>
    <message>
        <source>Abuse prevention</source>
        <translation>Prevención de abusos</translation>
    </message>
    <message>
        <source>Is there a policy to prevent, detect and report abuse, neglect and exploitation, including financial abuse, and are incidents investigated?</source>
        <translation>¿Existe una política para prevenir, detectar y denunciar los abusos, la desatención y la explotación, incluido el abuso económico, y se investigan los incidentes?</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Fallecimientos</translation>
    </message>
    <message>
        <source>Are deaths of residents reviewed, and are unexpected deaths reported to an independent authority?</source>
        <translation>¿Se examinan los fallecimientos de residentes y se comunican las muertes inesperadas a una autoridad independiente?</translation>
    </message>
    <message>
        <source>Is there a lawful basis, with independent review, for each resident who is not free to leave?</source>
        <translation>¿Existe un fundamento jurídico, sujeto a revisión independiente, para cada residente que no puede salir libremente?</translation>
    </message>
    <message>
        <source>Consent to placement</source>
        <translation>Consentimiento al ingreso</translation>
    </message>
    <message>
        <source>Did residents consent to living in the home, and do they know they may leave?</source>
        <translation>¿Consintieron los residentes en vivir en la residencia, y saben que pueden marcharse?</translation>
    </message>
    <message>
        <source>Legal capacity</source>
        <translation>Capacidad jurídica</translation>
    </message>
    <message>
        <source>How many residents are under full guardianship?</source>
        <translation>¿Cuántos residentes están sometidos a tutela plena?</translation>
    </message>
    <message>
        <source>Ask whether residents&apos; own will and preferences are sought in decisions about them, and whether supported decision-making exists.</source>
        <translation>Pregunte si se recaban la voluntad y las preferencias de los propios residentes en las decisiones que les afectan, y si existen apoyos para la toma de decisiones.</translation>
    </message>
    <message>
        <source>Can residents complain, in a way accessible to them, to someone outside the home?</source>
        <translation>¿Pueden los residentes presentar quejas, de una forma accesible para ellos, ante alguien ajeno a la residencia?</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Are residents given information on their rights and the home&apos;s rules in accessible formats (easy-read, sign language, Braille)?</source>
        <translation>¿Se informa a los residentes de sus derechos y de las normas de la residencia en formatos accesibles (lectura fácil, lengua de signos, braille)?</translation>
    </message>
    <message>
        <source>Money and belongings</source>
        <translation>Dinero y pertenencias</translation>
    </message>
    <message>
        <source>Do residents control their own money and belongings, with any management by the home recorded and audited?</source>
        <translation>¿Disponen los residentes de su propio dinero y de sus pertenencias, y toda gestión por parte de la residencia se registra y se audita?</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Intimidad</translation>
    </message>
    <message>
        <source>Is residents&apos; privacy respected: staff knock, residents have their own room or screens, and correspondence and records are confidential?</source>
        <translation>¿Se respeta la intimidad de los residentes: el personal llama a la puerta, los residentes tienen habitación propia o biombos, y la correspondencia y los expedientes son confidenciales?</translation>
    </message>
    <message>
        <source>Bedrooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <source>How many residents share the largest bedroom?</source>
        <translation>¿Cuántos residentes comparten la habitación más grande?</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Is the building accessible (ramps, lifts, adapted toilets, handrails) for residents with reduced mobility?</source>
        <translation>¿Es el edificio accesible (rampas, ascensores, aseos adaptados, pasamanos) para los residentes con movilidad reducida?</translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation>Cuidado personal</translation>
    </message>
    <message>
        <source>Are residents helped to wash and use the toilet with dignity, and are continence products adequate and changed promptly?</source>
        <translation>¿Se ayuda a los residentes a asearse y a usar el inodoro con dignidad, y son adecuados los productos para la incontinencia y se cambian sin demora?</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Comida y bebida</translation>
    </message>
    <message>
        <source>Is food adequate and varied, are residents who need help assisted to eat and drink, and is their weight monitored?</source>
        <translation>¿Es la alimentación adecuada y variada, se ayuda a comer y beber a los residentes que lo necesitan, y se controla su peso?</translation>
    </message>
    <message>
        <source>Heating and clothing</source>
        <translation>Calefacción y ropa</translation>
    </message>
    <message>
        <source>Is the home adequately heated, and do residents wear their own clothes?</source>
        <translation>¿Tiene la residencia una calefacción adecuada, y visten los residentes su propia ropa?</translation>
    </message>
    <message>
        <source>Going outside</source>
        <translation>Salidas al exterior</translation>
    </message>
    <message>
        <source>Can every resident go outside each day, including those who need help to do so?</source>
        <translation>¿Puede cada residente salir al exterior todos los días, incluidos quienes necesitan ayuda para hacerlo?</translation>
    </message>
    <message>
        <source>Are meaningful daily activities, education or work offered according to residents&apos; wishes?</source>
        <translation>¿Se ofrecen a diario actividades significativas, educación o trabajo según los deseos de los residentes?</translation>
    </message>
    <message>
        <source>Can residents receive visitors at any reasonable time, use a telephone and the internet, and go out into the community?</source>
        <translation>¿Pueden los residentes recibir visitas a cualquier hora razonable, usar el teléfono e internet, y salir a la comunidad?</translation>
    </message>
    <message>
        <source>Choice and routine</source>
        <translation>Elección y rutinas</translation>
    </message>
    <message>
        <source>Do residents choose when to get up, go to bed, eat and bathe, rather than follow institutional routines?</source>
        <translation>¿Eligen los residentes cuándo levantarse, acostarse, comer y bañarse, en lugar de seguir rutinas institucionales?</translation>
    </message>
    <message>
        <source>Community living</source>
        <translation>Vida en la comunidad</translation>
    </message>
    <message>
        <source>Does each resident have an individual plan for moving to community living?</source>
        <translation>¿Tiene cada residente un plan individual para pasar a vivir en la comunidad?</translation>
    </message>
    <message>
        <source>Do residents have access to a general practitioner, specialists, dental care and hospital care on the same basis as others?</source>
        <translation>¿Tienen los residentes acceso a un médico de atención primaria, a especialistas, a atención odontológica y a atención hospitalaria en igualdad de condiciones con las demás personas?</translation>
    </message>
    <message>
        <source>Is medication, especially psychotropic and sedative medication, prescribed individually, reviewed regularly and given with consent?</source>
        <translation>¿Se prescribe la medicación, en especial la psicotrópica y sedante, de forma individual, se revisa periódicamente y se administra con consentimiento?</translation>
    </message>
    <message>
        <source>Pressure sores and falls</source>
        <translation>Úlceras por presión y caídas</translation>
    </message>
    <message>
        <source>Are pressure sores, falls and injuries recorded, treated and analysed to prevent recurrence?</source>
        <translation>¿Se registran, tratan y analizan las úlceras por presión, las caídas y las lesiones para evitar que se repitan?</translation>
    </message>
    <message>
        <source>End-of-life care</source>
        <translation>Cuidados al final de la vida</translation>
    </message>
    <message>
        <source>Is palliative and end-of-life care available, respecting residents&apos; wishes?</source>
        <translation>¿Se dispone de cuidados paliativos y al final de la vida que respeten los deseos de los residentes?</translation>
    </message>
    <message>
        <source>Is psychological or psychiatric support available to residents who need it?</source>
        <translation>¿Se dispone de apoyo psicológico o psiquiátrico para los residentes que lo necesitan?</translation>
    </message>
    <message>
        <source>How many residents is each care worker responsible for at night?</source>
        <translation>¿De cuántos residentes se ocupa cada cuidador durante la noche?</translation>
    </message>
    <message>
        <source>Have staff been trained in residents&apos; rights, dementia and disability care, and alternatives to restraint?</source>
        <translation>¿Ha recibido el personal formación en los derechos de los residentes, en la atención a la demencia y a la discapacidad, y en alternativas a la contención?</translation>
    </message>
    <message>
        <source>Recruitment and supervision</source>
        <translation>Contratación y supervisión</translation>
    </message>
    <message>
        <source>Are staff checked before recruitment, and supervised and supported in their work?</source>
        <translation>¿Se verifican los antecedentes del personal antes de su contratación, y se le supervisa y apoya en su trabajo?</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>Respeto</translation>
    </message>
    <message>
        <source>Do staff address residents respectfully, involve them in decisions and respect their privacy?</source>
        <translation>¿Se dirige el personal a los residentes con respeto, los implica en las decisiones y respeta su intimidad?</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictLabels</name>
    <message>
        <source>Body</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation>Ficha de identidad</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Denuncia</translation>
    </message>
    <message>
        <source>Reprisal allegation</source>
        <translation>Denuncia de represalias</translation>
    </message>
    <message>
        <source>Follow-up step</source>
        <translation>Paso de seguimiento</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Plantilla de lista de verificación</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Respuesta de la lista de verificación</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Texto del informe</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Notas sobre riesgos</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Medidas adoptadas</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>N.º %1: %2</translation>
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
        <translation>Eliminado, y %1 lo editó</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictRepository</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Este conflicto ya no existe.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Este conflicto ya se había resuelto.</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved that way.</source>
        <translation>Este conflicto no se puede resolver de esa manera.</translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation>El registro de este conflicto aún no ha llegado por completo; vuelva a sincronizar y después resuélvalo.</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictView</name>
    <message>
        <source>Current text</source>
        <translation>Texto actual</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Otra versión</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>&amp;Conservar el actual</translation>
    </message>
    <message>
        <source>Keep the current text</source>
        <translation>Conservar el texto actual</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>&amp;Usar la otra versión</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Usar la otra versión</translation>
    </message>
    <message>
        <source>&amp;Edit a merged text…</source>
        <translation>&amp;Editar un texto combinado…</translation>
    </message>
    <message>
        <source>Edit a merged text from both versions</source>
        <translation>Editar un texto combinado a partir de ambas versiones</translation>
    </message>
    <message>
        <source>&amp;Keep deleted</source>
        <translation>&amp;Mantener eliminado</translation>
    </message>
    <message>
        <source>Keep the record deleted</source>
        <translation>Mantener el registro eliminado</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the record with the edit</source>
        <translation>Restaurar el registro con la modificación</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texto combinado</translation>
    </message>
    <message>
        <source>Both versions are below: edit them into one text, then save it.</source>
        <translation>Ambas versiones figuran a continuación: reúnalas en un solo texto y guárdelo.</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>&amp;Guardar combinación</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Guardar el texto combinado</translation>
    </message>
    <message>
        <source>&amp;Discard merge</source>
        <translation>&amp;Descartar combinación</translation>
    </message>
    <message>
        <source>Discard the merged text</source>
        <translation>Descartar el texto combinado</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to compare its two versions.</source>
        <translation>Elija un conflicto en la lista para comparar sus dos versiones.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation>El registro de este conflicto aún no ha llegado por completo; vuelva a sincronizar y después resuélvalo.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it.</source>
        <translation>%1 eliminó este registro mientras %2 todavía lo estaba editando.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it; it has been restored since.</source>
        <translation>%1 eliminó este registro mientras %2 todavía lo estaba editando; desde entonces se ha restaurado.</translation>
    </message>
    <message>
        <source>%1 and %2 changed this text at the same time. Sync kept one version in the record and the other here; nothing is lost until you choose.</source>
        <translation>%1 y %2 modificaron este texto al mismo tiempo. La sincronización conservó una versión en el registro y la otra aquí; no se pierde nada hasta que usted elija.</translation>
    </message>
    <message>
        <source>Now: deleted by %1</source>
        <translation>Ahora: eliminado por %1</translation>
    </message>
    <message>
        <source>Now in the record</source>
        <translation>Ahora en el registro</translation>
    </message>
    <message>
        <source>The edit made on %1</source>
        <translation>La modificación hecha el %1</translation>
    </message>
    <message>
        <source>Current text (last written on %1)</source>
        <translation>Texto actual (escrito por última vez el %1)</translation>
    </message>
    <message>
        <source>Other version (written on %1)</source>
        <translation>Otra versión (escrita el %1)</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>Dejar &amp;tal como está</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictsPage</name>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>este dispositivo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No open conflicts: every edit made on several devices at once has been settled.</source>
        <translation>No hay conflictos abiertos: todas las modificaciones hechas a la vez en varios dispositivos se han resuelto.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Compare the two versions and choose what the record should say.</source>
        <translation>
            <numerusform>%n conflicto abierto. Compare las dos versiones y elija lo que debe decir el registro.</numerusform>
            <numerusform>%n conflictos abiertos. Compare las dos versiones y elija lo que debe decir el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled. Other devices learn of it with the next sync.</source>
        <translation>Resuelto. Los demás dispositivos lo sabrán con la próxima sincronización.</translation>
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
    <name>vigil::CoordinatorPanel</name>
    <message>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Huella digital de este dispositivo</translation>
    </message>
    <message>
        <source>Read it out when someone who is joining calls you: they compare it with the one their invitation shows.</source>
        <translation>Léala en voz alta cuando le llame alguien que se está uniendo: esa persona la compara con la que muestra su invitación.</translation>
    </message>
    <message>
        <source>Requests to join</source>
        <translation>Solicitudes de incorporación</translation>
    </message>
    <message>
        <source>Call the person on a number you already know and ask them to read out the fingerprint their device shows. Approve only if it matches the one listed here exactly.</source>
        <translation>Llame a la persona a un número que ya conozca y pídale que lea en voz alta la huella digital que muestra su dispositivo. Apruebe solo si coincide exactamente con la que figura aquí.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Aprobar la solicitud seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Refuse the selected request</source>
        <translation>Rechazar la solicitud seleccionada</translation>
    </message>
    <message>
        <source>&amp;Import a request…</source>
        <translation>&amp;Importar una solicitud…</translation>
    </message>
    <message>
        <source>Import an enrolment request file</source>
        <translation>Importar un archivo de solicitud de incorporación</translation>
    </message>
    <message>
        <source>Devices of the organisation</source>
        <translation>Dispositivos de la organización</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>Revocar el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>In&amp;vite…</source>
        <translation>I&amp;nvitar…</translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation>Invitar a un dispositivo</translation>
    </message>
    <message>
        <source>A request that came with the last sync was not taken: %1</source>
        <translation>No se aceptó una solicitud llegada con la última sincronización: %1</translation>
    </message>
    <message>
        <source>Import an enrolment request</source>
        <translation>Importar una solicitud de incorporación</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge);;All files (*)</source>
        <translation>Solicitudes de incorporación de Vigil (*.vge);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The request from “%1” was received. Call the person and compare the fingerprint before approving it.</source>
        <translation>Se recibió la solicitud de «%1». Llame a la persona y compare la huella digital antes de aprobarla.</translation>
    </message>
    <message>
        <source>%1 (invited: %2)</source>
        <translation>%1 (invitación: %2)</translation>
    </message>
    <message>
        <source>Approve a device</source>
        <translation>Aprobar un dispositivo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Approve %1 as %2?&lt;/p&gt;&lt;p&gt;Approve only if the person read out exactly these digits:&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Aprobar %1 como %2?&lt;/p&gt;&lt;p&gt;Apruebe solo si la persona leyó en voz alta exactamente estas cifras:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If any group differs, refuse the request: someone else may have sent it.</source>
        <translation>Si algún grupo es distinto, rechace la solicitud: puede haberla enviado otra persona.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>“%1” is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation>«%1» forma parte ahora de la organización como %2. Recibirá la lista de dispositivos con su próxima sincronización.</translation>
    </message>
    <message>
        <source>Refuse a request</source>
        <translation>Rechazar una solicitud</translation>
    </message>
    <message>
        <source>Refuse the request from “%1”?</source>
        <translation>¿Rechazar la solicitud de «%1»?</translation>
    </message>
    <message>
        <source>The invitation stays valid: the person it was for can still join with it.</source>
        <translation>La invitación sigue siendo válida: la persona a la que iba destinada todavía puede unirse con ella.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>The request from “%1” was refused.</source>
        <translation>Se rechazó la solicitud de «%1».</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Revocar un dispositivo</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>¿Revocar «%1»?</translation>
    </message>
    <message>
        <source>From now on its bundles are refused by every device that has received the new device list, and nothing more is sent to it. What it sent before stays. This cannot be undone: to take part again, the person needs a new vault and a new invitation.</source>
        <translation>A partir de ahora, todos los dispositivos que hayan recibido la nueva lista de dispositivos rechazarán sus paquetes, y no se le enviará nada más. Lo que envió antes se conserva. Esta acción no se puede deshacer: para volver a participar, la persona necesita una nueva bóveda y una nueva invitación.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>“%1” is revoked. Sync to tell the other devices.</source>
        <translation>«%1» está revocado. Sincronice para informar a los demás dispositivos.</translation>
    </message>
</context>
<context>
    <name>vigil::CoordinatorSeal</name>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation>La ficha de identidad está dañada o ha sido manipulada.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted for the coordinators.</source>
        <translation>No se pudo cifrar la ficha de identidad para la coordinación.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation>No se pudo cifrar la ficha de identidad.</translation>
    </message>
    <message>
        <source>This identity entry was sealed for the organisation&apos;s coordinators; it cannot be read on this device.</source>
        <translation>Esta ficha de identidad se selló para la coordinación de la organización; no puede leerse en este dispositivo.</translation>
    </message>
</context>
<context>
    <name>vigil::CoverageItem</name>
    <message>
        <source>A bundle&apos;s list of what it carries is malformed.</source>
        <translation>La lista de contenido de un paquete tiene un formato incorrecto.</translation>
    </message>
</context>
<context>
    <name>vigil::CreateOrganisationDialog</name>
    <message>
        <source>Create an organisation</source>
        <translation>Crear una organización</translation>
    </message>
    <message>
        <source>Do this once, on the coordinator&apos;s computer at the secretariat. This vault becomes the organisation&apos;s coordinator: it issues invitations, approves and revokes devices, and receives what every device sends. The records already in this vault are kept. A vault cannot leave its organisation afterwards.</source>
        <translation>Haga esto una sola vez, en el ordenador de la coordinación, en la secretaría. Esta bóveda pasa a ser la coordinación de la organización: emite invitaciones, aprueba y revoca dispositivos y recibe lo que envía cada dispositivo. Los registros que ya contiene esta bóveda se conservan. Después, una bóveda no puede abandonar su organización.</translation>
    </message>
    <message>
        <source>Members who only need to exchange records with a coordinator should not create an organisation: they join one with the invitation their coordinator gives them.</source>
        <translation>Los miembros que solo necesitan intercambiar registros con la coordinación no deben crear una organización: se unen a una con la invitación que les entrega la coordinación.</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>For example: National Preventive Mechanism</source>
        <translation>Por ejemplo: Mecanismo Nacional de Prevención</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Nombre de este dispositivo</translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation>&amp;Nombre de este dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Crear…</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Crear la organización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Make this vault the coordinator of “%1”?</source>
        <translation>¿Convertir esta bóveda en la coordinación de «%1»?</translation>
    </message>
    <message>
        <source>It cannot become a standalone vault again, nor join another organisation.</source>
        <translation>No podrá volver a ser una bóveda independiente ni unirse a otra organización.</translation>
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
    <name>vigil::DeviceIdentity</name>
    <message>
        <source>This vault has no device keys yet.</source>
        <translation>Esta bóveda aún no tiene claves de dispositivo.</translation>
    </message>
    <message>
        <source>This vault&apos;s device keys are damaged.</source>
        <translation>Las claves de dispositivo de esta bóveda están dañadas.</translation>
    </message>
</context>
<context>
    <name>vigil::DevicesPage</name>
    <message>
        <source>Organisation and devices</source>
        <translation>Organización y dispositivos</translation>
    </message>
    <message>
        <source>This vault is standalone: it belongs to no organisation and exchanges records with no other device.</source>
        <translation>Esta bóveda es independiente: no pertenece a ninguna organización y no intercambia registros con ningún otro dispositivo.</translation>
    </message>
    <message>
        <source>To work with a team, join your organisation with the invitation file your coordinator gives you in person. Nothing in this vault is lost by joining.</source>
        <translation>Para trabajar en equipo, únase a su organización con el archivo de invitación que la coordinación le entrega en persona. Al unirse no se pierde nada de esta bóveda.</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Unirse a una organización…</translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation>Unirse a una organización</translation>
    </message>
    <message>
        <source>Only the coordinator of the secretariat creates the organisation, once, on their own computer; every other device joins it.</source>
        <translation>Solo la coordinación de la secretaría crea la organización, una vez, en su propio ordenador; todos los demás dispositivos se unen a ella.</translation>
    </message>
    <message>
        <source>&amp;Create an organisation…</source>
        <translation>&amp;Crear una organización…</translation>
    </message>
    <message>
        <source>Create an organisation</source>
        <translation>Crear una organización</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, for the coordinator to compare by phone:</source>
        <translation>Huella digital de este dispositivo, para que la coordinación la compare por teléfono:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Huella digital de este dispositivo</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation>&amp;Guardar una copia de la solicitud…</translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation>Guardar una copia de la solicitud de incorporación</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation>Organización «%1»</translation>
    </message>
    <message>
        <source>This device belongs to “%1” as %2.</source>
        <translation>Este dispositivo pertenece a «%1» como %2.</translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation>Guardar una copia de la solicitud</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation>Solicitudes de incorporación de Vigil (*.vge)</translation>
    </message>
    <message>
        <source>The enrolment request is no longer on this device. Join again with the same invitation to make a new one.</source>
        <translation>La solicitud de incorporación ya no está en este dispositivo. Vuelva a unirse con la misma invitación para generar una nueva.</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Se guardó una copia en %1.</translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentModel</name>
    <message>
        <source>(deleted person)</source>
        <translation>(persona eliminada)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentRequest</name>
    <message>
        <source>This enrolment request is damaged or was changed on the way.</source>
        <translation>Esta solicitud de incorporación está dañada o se modificó por el camino.</translation>
    </message>
    <message>
        <source>The enrolment request could not be written.</source>
        <translation>No se pudo escribir la solicitud de incorporación.</translation>
    </message>
    <message>
        <source>The enrolment request could not be encrypted.</source>
        <translation>No se pudo cifrar la solicitud de incorporación.</translation>
    </message>
    <message>
        <source>The enrolment request could not be opened.</source>
        <translation>No se pudo abrir la solicitud de incorporación.</translation>
    </message>
    <message>
        <source>This file is not a Vigil enrolment request.</source>
        <translation>Este archivo no es una solicitud de incorporación de Vigil.</translation>
    </message>
    <message>
        <source>This enrolment request was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation>Esta solicitud de incorporación se creó con una versión más reciente de Vigil. Actualice Vigil y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>This enrolment request is not addressed to this coordinator, or it is damaged.</source>
        <translation>Esta solicitud de incorporación no está dirigida a esta coordinación, o está dañada.</translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation>No se pudo comprobar la solicitud de incorporación.</translation>
    </message>
    <message>
        <source>This enrolment request does not match the invitation it names: it may be forged. Ask the person to join again with the invitation you gave them.</source>
        <translation>Esta solicitud de incorporación no corresponde a la invitación que menciona: puede estar falsificada. Pida a la persona que vuelva a unirse con la invitación que usted le entregó.</translation>
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
    <name>vigil::ExportReportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texto OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que escribir</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>What the publication guard found</source>
        <translation>Lo que ha detectado el control de publicación</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Close, or cancel the export</source>
        <translation>Cerrar o cancelar la exportación</translation>
    </message>
    <message>
        <source>Checking the report with the publication guard…</source>
        <translation>Comprobando el informe con el control de publicación…</translation>
    </message>
    <message>
        <source>The report could not be checked: %1</source>
        <translation>No se pudo comprobar el informe: %1</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>El informe se guardó como %1.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Se canceló la exportación. No se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>The report could not be exported. %1</source>
        <translation>No se pudo exportar el informe. %1</translation>
    </message>
</context>
<context>
    <name>vigil::ExportWriter</name>
    <message>
        <source>A bundle could not be written to %1.</source>
        <translation>No se pudo escribir un paquete en %1.</translation>
    </message>
    <message>
        <source>The changes to send changed while the bundle was written.</source>
        <translation>Los cambios que enviar se modificaron mientras se escribía el paquete.</translation>
    </message>
    <message>
        <source>An attachment file could not be read.</source>
        <translation>No se pudo leer un archivo adjunto.</translation>
    </message>
    <message>
        <source>An attachment file changed while the bundle was written.</source>
        <translation>Un archivo adjunto cambió mientras se escribía el paquete.</translation>
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
    <name>vigil::FolderTransport</name>
    <message>
        <source>Folder %1</source>
        <translation>Carpeta %1</translation>
    </message>
    <message>
        <source>The sync folder %1 is not available. Connect the USB stick or network drive that holds it and try again.</source>
        <translation>La carpeta de sincronización %1 no está disponible. Conecte la memoria USB o la unidad de red que la contiene y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose the folder that holds the sync mailbox.</source>
        <translation>%1 no es una carpeta; elija la carpeta que contiene el buzón de sincronización.</translation>
    </message>
</context>
<context>
    <name>vigil::GuardFindingsView</name>
    <message>
        <source>The publication guard found nothing to take out and nothing to warn about.</source>
        <translation>El control de publicación no ha encontrado nada que retirar ni nada sobre lo que advertir.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix each in the builder, or accept it to export the report as it is. Your decision is recorded.</source>
        <translation>
            <numerusform>%n advertencia: corríjala en el editor del informe o acéptela para exportar el informe tal como está. Su decisión queda registrada.</numerusform>
            <numerusform>%n advertencias: corrija cada una en el editor del informe o acéptela para exportar el informe tal como está. Su decisión queda registrada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are taken out of the exported file: this kind of report may not show them.</source>
        <translation>
            <numerusform>Se retira %n elemento del archivo exportado: este tipo de informe no puede mostrarlo.</numerusform>
            <numerusform>Se retiran %n elementos del archivo exportado: este tipo de informe no puede mostrarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation>Retirado: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Sección: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>I accept this</source>
        <translation>Acepto esta advertencia</translation>
    </message>
    <message>
        <source>Accept the warning: %1</source>
        <translation>Aceptar la advertencia: %1</translation>
    </message>
    <message>
        <source>Show in the builder</source>
        <translation>Mostrar en el editor</translation>
    </message>
    <message>
        <source>Show the item in the report builder to fix it</source>
        <translation>Mostrar el elemento en el editor del informe para corregirlo</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityCheckPanel</name>
    <message>
        <source>Check for &amp;names from identity entries…</source>
        <translation>Buscar &amp;nombres de las fichas de identidad…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Com&amp;probar</translation>
    </message>
    <message>
        <source>Check the report for names from identity entries</source>
        <translation>Buscar en el informe nombres de las fichas de identidad</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <source>Check with this passphrase</source>
        <translation>Comprobar con esta frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Frase de &amp;contraseña:</translation>
    </message>
    <message>
        <source>Names and numbers from the visit&apos;s identity entries were looked for in this report.</source>
        <translation>Se han buscado en este informe los nombres y números de las fichas de identidad de la visita.</translation>
    </message>
    <message>
        <source>Names and numbers typed into identity entries were not checked: the report may still contain one.</source>
        <translation>No se han comprobado los nombres y números introducidos en las fichas de identidad: el informe podría contener todavía alguno.</translation>
    </message>
    <message>
        <source>Enter the vault passphrase again to unseal the identity entries for this check. They are wiped from memory right after it.</source>
        <translation>Vuelva a introducir la frase de contraseña de la bóveda para desellar las fichas de identidad durante esta comprobación. Se borran de la memoria inmediatamente después.</translation>
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
        <source>The passphrase is not correct. No identity entry was read.</source>
        <translation>La frase de contraseña no es correcta. No se ha leído ninguna ficha de identidad.</translation>
    </message>
    <message>
        <source>The names could not be checked: %1</source>
        <translation>No se pudieron comprobar los nombres: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n identity entry(ies) read and looked for in the report.</source>
        <translation>
            <numerusform>Se ha leído %n ficha de identidad y se ha buscado en el informe.</numerusform>
            <numerusform>Se han leído %n fichas de identidad y se han buscado en el informe.</numerusform>
        </translation>
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
    <message>
        <source>This device does not know the organisation&apos;s coordinators yet, so identity entries cannot be sealed for them. Sync once, then try again.</source>
        <translation>Este dispositivo aún no conoce a la coordinación de la organización, por lo que no se pueden sellar fichas de identidad para ella. Sincronice una vez y vuelva a intentarlo.</translation>
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
    <name>vigil::InboxModel</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Waiting for an earlier bundle</source>
        <translation>A la espera de un paquete anterior</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Dispositivo desconocido</translation>
    </message>
    <message>
        <source>Unknown device %1</source>
        <extracomment>A sender not in the roster, by the start of its device id</extracomment>
        <translation>Dispositivo desconocido %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
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
    <name>vigil::InvitationFile</name>
    <message>
        <source>This invitation file is damaged or was changed after it was signed.</source>
        <translation>Este archivo de invitación está dañado o se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>The invitation could not be written.</source>
        <translation>No se pudo escribir la invitación.</translation>
    </message>
    <message>
        <source>This file is not a Vigil invitation.</source>
        <translation>Este archivo no es una invitación de Vigil.</translation>
    </message>
    <message>
        <source>This invitation was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation>Esta invitación se creó con una versión más reciente de Vigil. Actualice Vigil y vuelva a abrirla.</translation>
    </message>
</context>
<context>
    <name>vigil::InviteDialog</name>
    <message>
        <source>invitation</source>
        <translation>invitación</translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation>Invitar a un dispositivo</translation>
    </message>
    <message>
        <source>The invitation file lets one device ask to join the organisation. Hand it over in person, on a USB stick you give yourself: whoever holds it can ask to join. It can be used once and expires in 14 days.</source>
        <translation>El archivo de invitación permite que un dispositivo solicite unirse a la organización. Entréguelo en persona, en una memoria USB que entregue usted mismo: quien lo tenga puede solicitar unirse. Puede usarse una sola vez y caduca a los 14 días.</translation>
    </message>
    <message>
        <source>Role of the invited device</source>
        <translation>Función del dispositivo invitado</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Person who will use the device</source>
        <translation>Persona que usará el dispositivo</translation>
    </message>
    <message>
        <source>Not linked to a person yet</source>
        <translation>Aún no vinculado a ninguna persona</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>The device receives the visits whose team names this person.</source>
        <translation>El dispositivo recibe las visitas en cuyo equipo figura esta persona.</translation>
    </message>
    <message>
        <source>Who the invitation is for</source>
        <translation>Destinatario de la invitación</translation>
    </message>
    <message>
        <source>Shown to the person when they open it</source>
        <translation>Se muestra a la persona cuando la abre</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>No mailbox is set up yet, so the invitation names none: files will be exchanged by hand until you set one up in the sync settings and issue new invitations.</source>
        <translation>Aún no se ha configurado ningún buzón, así que la invitación no indica ninguno: los archivos se intercambiarán a mano hasta que configure uno en los ajustes de sincronización y emita nuevas invitaciones.</translation>
    </message>
    <message>
        <source>When the person opens the invitation, they will call you and read out the fingerprint they see. It must be exactly this device&apos;s fingerprint:</source>
        <translation>Cuando la persona abra la invitación, le llamará y le leerá en voz alta la huella digital que vea. Debe ser exactamente la huella digital de este dispositivo:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Huella digital de este dispositivo</translation>
    </message>
    <message>
        <source>&amp;Save the invitation…</source>
        <translation>&amp;Guardar la invitación…</translation>
    </message>
    <message>
        <source>Save the invitation file</source>
        <translation>Guardar el archivo de invitación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Guardar la invitación</translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi)</source>
        <translation>Invitaciones de Vigil (*.vgi)</translation>
    </message>
    <message>
        <source>The invitation was saved to %1. Hand it over in person before %2.</source>
        <translation>La invitación se guardó en %1. Entréguela en persona antes del %2.</translation>
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
    <name>vigil::JoinOrganisationDialog</name>
    <message>
        <source>Shared folder %1</source>
        <translation>Carpeta compartida %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>Server %1, user %2</source>
        <translation>Servidor %1, usuario %2</translation>
    </message>
    <message>
        <source>None yet: exchange files with the coordinator by hand</source>
        <translation>Ninguno por ahora: intercambie los archivos con la coordinación a mano</translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation>Unirse a una organización</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation>Esta bóveda ya pertenece a la organización «%1».</translation>
    </message>
    <message>
        <source>Open the invitation file your coordinator handed you. Nothing in this vault is lost by joining: your places, visits and notes stay as they are, and once the coordinator has approved this device they are shared with the organisation as your role allows.</source>
        <translation>Abra el archivo de invitación que le entregó la coordinación. Al unirse no se pierde nada de esta bóveda: sus lugares, visitas y notas se quedan como están y, una vez que la coordinación haya aprobado este dispositivo, se comparten con la organización según lo que permita su función.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Archivo de invitación</translation>
    </message>
    <message>
        <source>Invitation file (.vgi)</source>
        <translation>Archivo de invitación (.vgi)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the invitation file</source>
        <translation>Elegir el archivo de invitación</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitación:</translation>
    </message>
    <message>
        <source>The invitation</source>
        <translation>La invitación</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válida hasta:</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Buzón:</translation>
    </message>
    <message>
        <source>Call the coordinator on a number you already know and compare these digits with the ones on their screen. Join only if every group matches exactly: otherwise the file did not come from your coordinator.</source>
        <translation>Llame a la coordinación a un número que ya conozca y compare estas cifras con las que aparecen en su pantalla. Únase solo si todos los grupos coinciden exactamente: de lo contrario, el archivo no procede de su coordinación.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint</source>
        <translation>Huella digital de la coordinación</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Nombre de este dispositivo</translation>
    </message>
    <message>
        <source>For example: Amina&apos;s laptop</source>
        <translation>Por ejemplo: portátil de Amina</translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation>&amp;Nombre de este dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Join the organisation</source>
        <translation>Unirse a la organización</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>Cancelar la incorporación</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation>&amp;Guardar una copia de la solicitud…</translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation>Guardar una copia de la solicitud de incorporación</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. The coordinator compares it with you by phone before approving this device:</source>
        <translation>Huella digital de este dispositivo. La coordinación la comprueba con usted por teléfono antes de aprobar este dispositivo:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Huella digital de este dispositivo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open an invitation</source>
        <translation>Abrir una invitación</translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi);;All files (*)</source>
        <translation>Invitaciones de Vigil (*.vgi);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation>Esta invitación caducó el %1. Pida una nueva a la coordinación.</translation>
    </message>
    <message>
        <source>The request could not be kept for the next sync (%1). Save a copy and hand it to the coordinator.</source>
        <translation>No se pudo guardar la solicitud para la próxima sincronización (%1). Guarde una copia y entréguela a la coordinación.</translation>
    </message>
    <message>
        <source>The enrolment request goes to the coordinator with the next sync. If you have no shared mailbox yet, save a copy on a USB stick and hand it over.</source>
        <translation>La solicitud de incorporación llegará a la coordinación con la próxima sincronización. Si aún no tiene un buzón compartido, guarde una copia en una memoria USB y entréguela.</translation>
    </message>
    <message>
        <source>The server&apos;s password is not in the invitation: enter it in the sync settings.</source>
        <translation>La contraseña del servidor no figura en la invitación: introdúzcala en los ajustes de sincronización.</translation>
    </message>
    <message>
        <source>This device has joined “%1” and waits for the coordinator&apos;s approval.</source>
        <translation>Este dispositivo se ha unido a «%1» y espera la aprobación de la coordinación.</translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation>Guardar una copia de la solicitud</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation>Solicitudes de incorporación de Vigil (*.vge)</translation>
    </message>
    <message>
        <source>Join the organisation first.</source>
        <translation>Únase antes a la organización.</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Se guardó una copia en %1.</translation>
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
    <name>vigil::MailboxName</name>
    <message>
        <source>This is not a valid device id.</source>
        <translation>Este no es un identificador de dispositivo válido.</translation>
    </message>
    <message>
        <source>This is not a valid name for a sync file.</source>
        <translation>Este no es un nombre válido para un archivo de sincronización.</translation>
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
    <message>
        <source>V&amp;isit</source>
        <translation>&amp;Visita</translation>
    </message>
    <message>
        <source>Compile &amp;report…</source>
        <translation>Elaborar &amp;informe…</translation>
    </message>
    <message>
        <source>Open the report builder of the open visit</source>
        <translation>Abrir el editor del informe de la visita abierta</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Export the open visit&apos;s report as PDF, ODT or HTML</source>
        <translation>Exportar el informe de la visita abierta en PDF, ODT o HTML</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronización</translation>
    </message>
</context>
<context>
    <name>vigil::MergeEngine</name>
    <message>
        <source>A received change names a record as being of another kind than it is; nothing was imported.</source>
        <translation>Un cambio recibido atribuye a un registro un tipo distinto del que tiene; no se ha importado nada.</translation>
    </message>
    <message>
        <source>Two different changes carry the same number from one device; nothing was imported.</source>
        <translation>Dos cambios distintos procedentes de un mismo dispositivo llevan el mismo número; no se ha importado nada.</translation>
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
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
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
    <name>vigil::OpItem</name>
    <message>
        <source>A change received from another device is malformed.</source>
        <translation>Un cambio recibido de otro dispositivo tiene un formato incorrecto.</translation>
    </message>
</context>
<context>
    <name>vigil::OpValidator</name>
    <message>
        <source>A received change is malformed; nothing was imported.</source>
        <translation>Un cambio recibido tiene un formato incorrecto; no se ha importado nada.</translation>
    </message>
    <message>
        <source>A received change is for a kind of record this version of Vigil does not know (%1); nothing was imported. Update Vigil and import it again.</source>
        <translation>Un cambio recibido corresponde a un tipo de registro que esta versión de Vigil no conoce (%1); no se ha importado nada. Actualice Vigil y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>A received change is for a field this version of Vigil does not know (%1.%2); nothing was imported. Update Vigil and import it again.</source>
        <translation>Un cambio recibido corresponde a un campo que esta versión de Vigil no conoce (%1.%2); no se ha importado nada. Actualice Vigil y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>A received change holds an invalid value (%1); nothing was imported.</source>
        <translation>Un cambio recibido contiene un valor no válido (%1); no se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>vigil::OrgFiles</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation>%1 es demasiado grande para ser un archivo de organización de Vigil.</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>No se pudo crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>vigil::OrgLabels</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation>Responsable de equipo</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Integrante del equipo</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval</source>
        <translation>A la espera de la aprobación de la coordinación</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Incorporado</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>dispositivo %1</translation>
    </message>
</context>
<context>
    <name>vigil::Organisation</name>
    <message>
        <source>Only an enrolled coordinator of an organisation can do this.</source>
        <translation>Solo un dispositivo de coordinación incorporado a una organización puede hacer esto.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name must be 1 to 200 characters.</source>
        <translation>El nombre de la organización debe tener entre 1 y 200 caracteres.</translation>
    </message>
    <message>
        <source>This device&apos;s name must be 1 to 200 characters.</source>
        <translation>El nombre de este dispositivo debe tener entre 1 y 200 caracteres.</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation>Esta bóveda ya pertenece a la organización «%1».</translation>
    </message>
    <message>
        <source>Choose the role of the invited device: coordinator, lead or monitor.</source>
        <translation>Elija la función del dispositivo invitado: coordinación (coordinator), responsable de equipo (lead) o integrante del equipo (monitor).</translation>
    </message>
    <message>
        <source>The person or the label of the invitation is too long.</source>
        <translation>La persona o la etiqueta de la invitación es demasiado larga.</translation>
    </message>
    <message>
        <source>An invitation must be valid for between a moment and a year.</source>
        <translation>Una invitación debe tener una validez de entre un momento y un año.</translation>
    </message>
    <message>
        <source>This enrolment request answers an invitation this vault did not issue.</source>
        <translation>Esta solicitud de incorporación responde a una invitación que esta bóveda no emitió.</translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation>No se pudo comprobar la solicitud de incorporación.</translation>
    </message>
    <message>
        <source>The invitation of this request has already been used. Issue a new invitation.</source>
        <translation>La invitación de esta solicitud ya se ha utilizado. Emita una nueva invitación.</translation>
    </message>
    <message>
        <source>The invitation of this request expired on %1. Issue a new invitation.</source>
        <translation>La invitación de esta solicitud caducó el %1. Emita una nueva invitación.</translation>
    </message>
    <message>
        <source>This enrolment request comes from this device.</source>
        <translation>Esta solicitud de incorporación procede de este mismo dispositivo.</translation>
    </message>
    <message>
        <source>This device was revoked; it cannot enrol again with the same keys.</source>
        <translation>Este dispositivo fue revocado; no puede volver a incorporarse con las mismas claves.</translation>
    </message>
    <message>
        <source>This device is already enrolled.</source>
        <translation>Este dispositivo ya está incorporado.</translation>
    </message>
    <message>
        <source>There is no pending request from this device.</source>
        <translation>No hay ninguna solicitud pendiente de este dispositivo.</translation>
    </message>
    <message>
        <source>The device could not be added to the roster.</source>
        <translation>No se pudo añadir el dispositivo a la lista de dispositivos.</translation>
    </message>
    <message>
        <source>A coordinator cannot revoke its own device.</source>
        <translation>Un dispositivo de coordinación no puede revocarse a sí mismo.</translation>
    </message>
    <message>
        <source>This device is not in the organisation.</source>
        <translation>Este dispositivo no forma parte de la organización.</translation>
    </message>
    <message>
        <source>This device is already revoked.</source>
        <translation>Este dispositivo ya está revocado.</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation>Esta invitación caducó el %1. Pida una nueva a la coordinación.</translation>
    </message>
    <message>
        <source>This invitation was issued by this vault; open it on the device that is joining.</source>
        <translation>Esta invitación la emitió esta bóveda; ábrala en el dispositivo que se está uniendo.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinación</translation>
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
    <name>vigil::Quarantine</name>
    <message>
        <source>An earlier bundle from this sender has not arrived yet (out-of-order gap); this one will be imported once it has.</source>
        <translation>Todavía no ha llegado un paquete anterior de este remitente (hueco en el orden); este se importará en cuanto llegue.</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing was changed.</source>
        <translation>Este paquete ya se había importado; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>This bundle holds changes that cannot be applied; nothing was imported. Ask the sender to send it again.</source>
        <translation>Este paquete contiene cambios que no se pueden aplicar; no se ha importado nada. Pida al remitente que lo vuelva a enviar.</translation>
    </message>
    <message>
        <source>This bundle holds records from a newer version of Vigil; nothing was imported. Update Vigil and import it again from the quarantine folder.</source>
        <translation>Este paquete contiene registros de una versión más reciente de Vigil; no se ha importado nada. Actualice Vigil y vuelva a importarlo desde la carpeta de cuarentena.</translation>
    </message>
    <message>
        <source>This bundle was refused; nothing was imported.</source>
        <translation>Este paquete fue rechazado; no se ha importado nada.</translation>
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
    <name>vigil::RecommendationHistoryPanel</name>
    <message>
        <source>History of the selected recommendation</source>
        <translation>Historial de la recomendación seleccionada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Response of the authorities</source>
        <translation>Respuesta de las autoridades</translation>
    </message>
    <message>
        <source>Implementation checked</source>
        <translation>Aplicación comprobada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Made again</source>
        <translation>Reiterada</translation>
    </message>
    <message>
        <source>Select a recommendation to see its history.</source>
        <translation>Seleccione una recomendación para ver su historial.</translation>
    </message>
    <message numerus="yes">
        <source>Made on %n visit(s)</source>
        <translation>
            <numerusform>Formulada en %n visita</numerusform>
            <numerusform>Formulada en %n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on one visit</source>
        <translation>Formulada en una visita</translation>
    </message>
    <message>
        <source>Recommendation %1 of the visit</source>
        <translation>Recomendación %1 de la visita</translation>
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
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Words of the recommendation</source>
        <translation>Palabras de la recomendación</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>Seguimiento de las recomendaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recomendación</numerusform>
            <numerusform>%n recomendaciones</numerusform>
        </translation>
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
    <name>vigil::ReportBuilderPage</name>
    <message>
        <source>Kind of report</source>
        <translation>Tipo de informe</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the report as PDF, ODT or HTML</source>
        <translation>Exportar el informe en PDF, ODT o HTML</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <source>The preview could not be built.</source>
        <translation>No se pudo generar la vista previa.</translation>
    </message>
    <message numerus="yes">
        <source>On export, the publication guard takes out %n item(s) this kind of report may not show; the preview leaves them out already.</source>
        <translation>
            <numerusform>Al exportar, el control de publicación retira %n elemento que este tipo de informe no puede mostrar; la vista previa ya lo omite.</numerusform>
            <numerusform>Al exportar, el control de publicación retira %n elementos que este tipo de informe no puede mostrar; la vista previa ya los omite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to resolve or accept before export.</source>
        <translation>
            <numerusform>%n advertencia que resolver o aceptar antes de exportar.</numerusform>
            <numerusform>%n advertencias que resolver o aceptar antes de exportar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportEditCommands</name>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>Resumen público</translation>
    </message>
    <message>
        <source>Report to the authorities</source>
        <translation>Informe a las autoridades</translation>
    </message>
    <message>
        <source>Edit report text</source>
        <translation>Editar texto del informe</translation>
    </message>
    <message>
        <source>Restore the report&apos;s own text</source>
        <translation>Restaurar el texto original del informe</translation>
    </message>
    <message>
        <source>Include in: %1</source>
        <extracomment>%1 is a kind of report, e.g. &quot;Public summary&quot;</extracomment>
        <translation>Incluir en: %1</translation>
    </message>
    <message>
        <source>Leave out of: %1</source>
        <translation>Excluir de: %1</translation>
    </message>
    <message>
        <source>Move in the report</source>
        <translation>Mover dentro del informe</translation>
    </message>
    <message>
        <source>Add a paragraph to the report</source>
        <translation>Añadir un párrafo al informe</translation>
    </message>
    <message>
        <source>Add a quote to the report</source>
        <translation>Añadir una cita al informe</translation>
    </message>
    <message>
        <source>Remove from the report</source>
        <translation>Quitar del informe</translation>
    </message>
</context>
<context>
    <name>vigil::ReportItemEditor</name>
    <message>
        <source>Restore the &amp;original text</source>
        <translation>Restaurar el texto &amp;original</translation>
    </message>
    <message>
        <source>Text of the selected part of the report</source>
        <translation>Texto de la parte seleccionada del informe</translation>
    </message>
    <message>
        <source>Restore the text the report builds from the record</source>
        <translation>Restaurar el texto que el informe genera a partir del expediente</translation>
    </message>
    <message>
        <source>Choose a part of the report in the outline to edit its text, move it, or untick it to leave it out of this kind of report.</source>
        <translation>Elija una parte del informe en el esquema para editar su texto o moverla, o desmárquela para excluirla de este tipo de informe.</translation>
    </message>
    <message>
        <source>This section has no text of its own; its parts are below it.</source>
        <translation>Esta sección no tiene texto propio; sus partes figuran debajo.</translation>
    </message>
    <message>
        <source>You replaced the text the report builds from the record. Restore it to follow the record again.</source>
        <translation>Ha sustituido el texto que el informe genera a partir del expediente. Restáurelo para que vuelva a reflejar el expediente.</translation>
    </message>
    <message>
        <source>Edits change the report only; the record stays as it is.</source>
        <translation>Las modificaciones solo afectan al informe; el expediente queda como está.</translation>
    </message>
    <message>
        <source>An excerpt of an interview. The publication guard checks its consent for each kind of report.</source>
        <translation>Un fragmento de una entrevista. El control de publicación comprueba su consentimiento para cada tipo de informe.</translation>
    </message>
    <message>
        <source>A paragraph you added to the report.</source>
        <translation>Un párrafo que usted añadió al informe.</translation>
    </message>
    <message>
        <source>Recommendations are edited on the visit&apos;s Recommendations tab.</source>
        <translation>Las recomendaciones se editan en la pestaña Recomendaciones de la visita.</translation>
    </message>
    <message>
        <source>A photo from the visit&apos;s attachments.</source>
        <translation>Una foto de los adjuntos de la visita.</translation>
    </message>
    <message>
        <source>Tables are made from the record.</source>
        <translation>Las tablas se generan a partir del expediente.</translation>
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
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
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
        <translation>Añadir &amp;cita…</translation>
    </message>
    <message>
        <source>Add &amp;paragraph…</source>
        <translation>Añadir &amp;párrafo…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Outline of the report</source>
        <translation>Esquema del informe</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Add a quote from an interview</source>
        <translation>Añadir una cita de una entrevista</translation>
    </message>
    <message>
        <source>Add a paragraph of your own</source>
        <translation>Añadir un párrafo propio</translation>
    </message>
    <message>
        <source>Remove the added quote or paragraph</source>
        <translation>Quitar la cita o el párrafo añadido</translation>
    </message>
</context>
<context>
    <name>vigil::ReportPreview</name>
    <message>
        <source>Preview of the report</source>
        <translation>Vista previa del informe</translation>
    </message>
</context>
<context>
    <name>vigil::Roster</name>
    <message>
        <source>A device list entry received from the organisation is malformed.</source>
        <translation>Una entrada de la lista de dispositivos recibida de la organización tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>The device keys could not be used.</source>
        <translation>No se pudieron usar las claves del dispositivo.</translation>
    </message>
    <message>
        <source>A device list entry is signed by a device that is not a coordinator of this organisation.</source>
        <translation>Una entrada de la lista de dispositivos está firmada por un dispositivo que no es de coordinación en esta organización.</translation>
    </message>
    <message>
        <source>A device list entry failed its signature check.</source>
        <translation>Una entrada de la lista de dispositivos no superó la comprobación de firma.</translation>
    </message>
</context>
<context>
    <name>vigil::RosterModel</name>
    <message>
        <source>(deleted person)</source>
        <translation>(persona eliminada)</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocado el %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
    <name>vigil::StatisticsCharts</name>
    <message>
        <source>%1: nothing this year</source>
        <translation>%1: nada este año</translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation>Lugares visitados, por tipo</translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation>Hallazgos, por tema</translation>
    </message>
    <message>
        <source>Recommendations issued: implementation</source>
        <translation>Recomendaciones emitidas: aplicación</translation>
    </message>
    <message>
        <source>No recommendation was issued this year</source>
        <translation>No se emitió ninguna recomendación este año</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Aplicadas</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Aplicadas parcialmente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>No aplicadas</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
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
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Year of the figures</source>
        <translation>Año de las cifras</translation>
    </message>
    <message>
        <source>Export the year&apos;s figures as CSV</source>
        <translation>Exportar las cifras del año en CSV</translation>
    </message>
    <message>
        <source>Figures of the year</source>
        <translation>Cifras del año</translation>
    </message>
    <message>
        <source>Charts of the year</source>
        <translation>Gráficos del año</translation>
    </message>
    <message>
        <source>Chart of the places visited, by type</source>
        <translation>Gráfico de los lugares visitados, por tipo</translation>
    </message>
    <message>
        <source>Chart of the findings, by theme</source>
        <translation>Gráfico de los hallazgos, por tema</translation>
    </message>
    <message>
        <source>Chart of the implementation of recommendations</source>
        <translation>Gráfico de la aplicación de las recomendaciones</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>Lugares visitados</translation>
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
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Annual figures</source>
        <translation>Cifras anuales</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>The figures could not be counted.</source>
        <translation>No se pudieron calcular las cifras.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Annual figures %1.csv</source>
        <translation>Cifras anuales %1.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The figures could not be saved as %1.</source>
        <translation>No se pudieron guardar las cifras como %1.</translation>
    </message>
    <message>
        <source>The figures were saved as %1.</source>
        <translation>Las cifras se guardaron como %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s), %L2 of them unannounced; places visited: %L3.</source>
        <translation>
            <numerusform>%1: %n visita, %L2 sin previo aviso; lugares visitados: %L3.</numerusform>
            <numerusform>%1: %n visitas, %L2 de ellas sin previo aviso; lugares visitados: %L3.</numerusform>
        </translation>
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
    <name>vigil::SyncActions</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Send and receive the organisation&apos;s changes now</source>
        <translation>Enviar y recibir ahora los cambios de la organización</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>Ajustes de &amp;sincronización…</translation>
    </message>
    <message>
        <source>Choose the sync folder or server</source>
        <translation>Elegir la carpeta o el servidor de sincronización</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Unirse a una organización…</translation>
    </message>
    <message>
        <source>Join with an invitation file from your coordinator</source>
        <translation>Unirse con un archivo de invitación de la coordinación</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Dispositivos…</translation>
    </message>
    <message>
        <source>The organisation, its devices and enrolment requests</source>
        <translation>La organización, sus dispositivos y las solicitudes de incorporación</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>Edits made on two devices at once, to settle</source>
        <translation>Modificaciones hechas a la vez en dos dispositivos, pendientes de resolver</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
</context>
<context>
    <name>vigil::SyncController</name>
    <message>
        <source>The sync stopped unexpectedly.</source>
        <translation>La sincronización se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <source>%1: the enrolment request could not be read.</source>
        <translation>%1: no se pudo leer la solicitud de incorporación.</translation>
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
        <translation>Bandeja de sincronización</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>A&amp;justes de sincronización…</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Ajustes de sincronización</translation>
    </message>
    <message>
        <source>Open &amp;quarantine folder</source>
        <translation>Abrir la carpeta de &amp;cuarentena</translation>
    </message>
    <message>
        <source>Open the quarantine folder</source>
        <translation>Abrir la carpeta de cuarentena</translation>
    </message>
    <message>
        <source>Bundles that were refused stay there, still encrypted, with a file saying why.</source>
        <translation>Los paquetes rechazados se quedan allí, todavía cifrados, con un archivo que explica el motivo.</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <source>Nothing has been received yet. Bundles from the other devices of your organisation are listed here after each sync.</source>
        <translation>Todavía no se ha recibido nada. Los paquetes de los demás dispositivos de su organización aparecen aquí después de cada sincronización.</translation>
    </message>
    <message>
        <source>This vault is not in an organisation, so it has nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation>Esta bóveda no forma parte de ninguna organización, así que no tiene con quién sincronizarse. Únase a una con una invitación de la coordinación.</translation>
    </message>
    <message>
        <source>Choose a sync folder (a USB stick or a shared drive) or a WebDAV server in the sync settings.</source>
        <translation>Elija una carpeta de sincronización (una memoria USB o una unidad compartida) o un servidor WebDAV en los ajustes de sincronización.</translation>
    </message>
    <message>
        <source>Last sync at %1: %2</source>
        <extracomment>%1 is the time of the last successful sync, %2 what it did</extracomment>
        <translation>Última sincronización a las %1: %2</translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>Próxima sincronización automática a las %1.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncSession</name>
    <message>
        <source>The vault&apos;s sync folder could not be created.</source>
        <translation>No se pudo crear la carpeta de sincronización de la bóveda.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received</source>
        <translation>
            <numerusform>%n paquete recibido</numerusform>
            <numerusform>%n paquetes recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n en cuarentena</numerusform>
            <numerusform>%n en cuarentena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an earlier one</source>
        <translation>
            <numerusform>%n a la espera de uno anterior</numerusform>
            <numerusform>%n a la espera de otros anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment request(s)</source>
        <translation>
            <numerusform>%n solicitud de incorporación</numerusform>
            <numerusform>%n solicitudes de incorporación</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <source>This vault is not in an organisation yet, so there is nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation>Esta bóveda aún no forma parte de ninguna organización, así que no hay con quién sincronizarse. Únase a una con una invitación de la coordinación.</translation>
    </message>
    <message>
        <source>Only an enrolled device of an organisation can send bundles.</source>
        <translation>Solo un dispositivo incorporado a una organización puede enviar paquetes.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Ajustes de sincronización</translation>
    </message>
    <message>
        <source>How this device syncs</source>
        <translation>Cómo se sincroniza este dispositivo</translation>
    </message>
    <message>
        <source>A folder: USB stick or shared drive</source>
        <translation>Una carpeta: memoria USB o unidad compartida</translation>
    </message>
    <message>
        <source>A WebDAV server: Nextcloud, ownCloud, …</source>
        <translation>Un servidor WebDAV: Nextcloud, ownCloud, …</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>For example /media/stick/vigil</source>
        <translation>Por ejemplo /media/stick/vigil</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Nombre de usuario en el servidor</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Contraseña en el servidor</translation>
    </message>
    <message>
        <source>Certificate pin</source>
        <translation>Fijación del certificado</translation>
    </message>
    <message>
        <source>Optional: 64 hexadecimal digits</source>
        <translation>Opcional: 64 cifras hexadecimales</translation>
    </message>
    <message>
        <source>For a server with its own certificate: the SHA-256 of its public key, as your coordinator gave it. Sync refuses any other server.</source>
        <translation>Para un servidor con certificado propio: el SHA-256 de su clave pública, tal como se lo dio la coordinación. La sincronización rechaza cualquier otro servidor.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>Sincronizar &amp;automáticamente</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Sincronizar automáticamente</translation>
    </message>
    <message>
        <source>&amp;Remove confirmed sensitive content from this laptop</source>
        <translation>&amp;Quitar de este portátil el contenido sensible confirmado</translation>
    </message>
    <message>
        <source>Remove confirmed sensitive content from this laptop</source>
        <translation>Quitar de este portátil el contenido sensible confirmado</translation>
    </message>
    <message>
        <source>Once the coordinators have confirmed they received everything of a closed visit, remove its interview notes, identity entries and photos from this laptop. Off by default.</source>
        <translation>Cuando la coordinación haya confirmado que recibió todo lo de una visita cerrada, quitar de este portátil sus notas de entrevista, fichas de identidad y fotos. Desactivado de forma predeterminada.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Sync through:</source>
        <translation>&amp;Sincronizar mediante:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Certificate p&amp;in:</source>
        <translation>Fijación del ce&amp;rtificado:</translation>
    </message>
    <message>
        <source>Runs every 15 minutes and when the network comes back; a sync folder is used whenever it is plugged in.</source>
        <translation>Se ejecuta cada 15 minutos y cuando vuelve la red; una carpeta de sincronización se usa siempre que está conectada.</translation>
    </message>
    <message>
        <source>Save the sync settings</source>
        <translation>Guardar los ajustes de sincronización</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Déjelo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n file(s) wait in this device&apos;s mailbox.</source>
        <translation>
            <numerusform>Conectado. Hay %n archivo esperando en el buzón de este dispositivo.</numerusform>
            <numerusform>Conectado. Hay %n archivos esperando en el buzón de este dispositivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusText</name>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>receiving %1 of %2</source>
        <extracomment>%1 of %2 files received from the mailbox</extracomment>
        <translation>recibiendo %1 de %2</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>recibiendo</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importando</translation>
    </message>
    <message>
        <source>sending %1 of %2</source>
        <extracomment>%1 of %2 devices the bundles are written for</extracomment>
        <translation>enviando %1 de %2</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>Not in an organisation</source>
        <translation>Sin organización</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Sincronización no configurada</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the step, e.g. &quot;receiving 2 of 5&quot;</extracomment>
        <translation>Sincronizando… %1</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n recibido</numerusform>
            <numerusform>%n recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n en cuarentena</numerusform>
            <numerusform>%n en cuarentena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1 (%2)</source>
        <extracomment>%1 is the time, %2 what was received, e.g. &quot;3 received, 1 quarantined&quot;</extracomment>
        <translation>Sincronizado a las %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <extracomment>%1 is the time, %2 the reason in a plain sentence</extracomment>
        <translation>La sincronización falló a las %1: %2</translation>
    </message>
    <message>
        <source>Choose a sync folder or server in Sync &gt; Sync settings.</source>
        <translation>Elija una carpeta o un servidor de sincronización en Sincronización &gt; Ajustes de sincronización.</translation>
    </message>
    <message>
        <source>This vault syncs once it has joined an organisation.</source>
        <translation>Esta bóveda se sincroniza una vez que se ha unido a una organización.</translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>Próxima sincronización automática a las %1.</translation>
    </message>
    <message>
        <source>Click to open the sync inbox.</source>
        <translation>Haga clic para abrir la bandeja de sincronización.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusWidget</name>
    <message>
        <source>Sync status: %1</source>
        <extracomment>Read by screen readers before the sync state, e.g. &quot;Sync status: Synced at 14:32&quot;</extracomment>
        <translation>Estado de la sincronización: %1</translation>
    </message>
    <message>
        <source>Opens the sync inbox</source>
        <translation>Abre la bandeja de sincronización</translation>
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
    <name>vigil::TrackerFilterBar</name>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by supervising authority</source>
        <translation>Filtrar por autoridad supervisora</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrar por tema</translation>
    </message>
    <message>
        <source>Filter by place type</source>
        <translation>Filtrar por tipo de lugar</translation>
    </message>
    <message>
        <source>From the year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <source>To the year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Drafts are listed only when chosen here</source>
        <translation>Los borradores solo se muestran si se eligen aquí</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
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
        <source>&amp;Authority:</source>
        <translation>&amp;Autoridad:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Place &amp;type:</source>
        <translation>&amp;Tipo de lugar:</translation>
    </message>
    <message>
        <source>Visits &amp;from:</source>
        <translation>Visitas &amp;desde:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Cualquier autoridad</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Cualquier año</translation>
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
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>How many times it was made before, on earlier visits</source>
        <translation>Cuántas veces se formuló antes, en visitas anteriores</translation>
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
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>Reiteraciones</translation>
    </message>
</context>
<context>
    <name>vigil::TransportFactory</name>
    <message>
        <source>Sync is not set up on this device: choose a sync folder or a WebDAV server in the sync settings.</source>
        <translation>La sincronización no está configurada en este dispositivo: elija una carpeta de sincronización o un servidor WebDAV en los ajustes de sincronización.</translation>
    </message>
</context>
<context>
    <name>vigil::TransportSettingsStore</name>
    <message>
        <source>Choose the sync folder (a USB stick or a shared drive) by its full path.</source>
        <translation>Elija la carpeta de sincronización (una memoria USB o una unidad compartida) por su ruta completa.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (sync never uses an unencrypted connection).</source>
        <translation>La dirección del servidor debe empezar por https:// (la sincronización nunca usa una conexión sin cifrar).</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>Escriba el nombre de usuario en su propio campo, no en la dirección del servidor.</translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 value (64 hexadecimal digits).</source>
        <translation>La fijación del certificado debe ser un valor SHA-256 (64 cifras hexadecimales).</translation>
    </message>
    <message>
        <source>Choose how this device syncs: a folder or a WebDAV server.</source>
        <translation>Elija cómo se sincroniza este dispositivo: una carpeta o un servidor WebDAV.</translation>
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
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Compile the visit report: outline, edits and a live preview</source>
        <translation>Elaborar el informe de la visita: esquema, modificaciones y vista previa en directo</translation>
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
        <source>Published</source>
        <translation>Publicada</translation>
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
    <message>
        <source>Follow-up</source>
        <comment>visit type</comment>
        <translation>De seguimiento</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>visit state</comment>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>visit state</comment>
        <translation>En seguimiento</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>visit state</comment>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>recommendation status</comment>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>recommendation status</comment>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>vigil::WebDavError</name>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The sync server is out of space. Ask whoever runs it to free some; nothing was lost.</source>
        <translation>El servidor de sincronización se ha quedado sin espacio. Pida a quien lo administra que libere espacio; no se ha perdido nada.</translation>
    </message>
    <message>
        <source>The sync server does not accept files this large.</source>
        <translation>El servidor de sincronización no acepta archivos tan grandes.</translation>
    </message>
    <message>
        <source>The file or folder is not on the sync server. Check the server address.</source>
        <translation>El archivo o la carpeta no está en el servidor de sincronización. Compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>The sync server reported an error (HTTP %1). Vigil will try again later.</source>
        <translation>El servidor de sincronización informó de un error (HTTP %1). Vigil volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The sync server sent Vigil elsewhere (HTTP %1). Check the server address.</source>
        <translation>El servidor de sincronización redirigió a Vigil a otra dirección (HTTP %1). Compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>The sync server refused the request (HTTP %1).</source>
        <translation>El servidor de sincronización rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Check the network connection and the server address.</source>
        <translation>No se puede acceder al servidor de sincronización. Compruebe la conexión de red y la dirección del servidor.</translation>
    </message>
    <message>
        <source>The connection to the sync server was interrupted. Nothing was lost; Vigil will try again.</source>
        <translation>Se interrumpió la conexión con el servidor de sincronización. No se ha perdido nada; Vigil volverá a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The sync server did not answer for %n second(s). Vigil will try again later.</source>
        <translation>
            <numerusform>El servidor de sincronización no respondió durante %n segundo. Vigil volverá a intentarlo más tarde.</numerusform>
            <numerusform>El servidor de sincronización no respondió durante %n segundos. Vigil volverá a intentarlo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate cannot be trusted, so nothing was sent. Someone may be intercepting the connection, or the server is misconfigured; tell your coordinator.</source>
        <translation>El certificado del servidor de sincronización no es de confianza, así que no se ha enviado nada. Puede que alguien esté interceptando la conexión o que el servidor esté mal configurado; avise a la coordinación.</translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate is not the one your organisation registered, so nothing was sent. Someone may be intercepting the connection; tell your coordinator.</source>
        <translation>El certificado del servidor de sincronización no es el que registró su organización, así que no se ha enviado nada. Puede que alguien esté interceptando la conexión; avise a la coordinación.</translation>
    </message>
    <message>
        <source>The sync server sent a reply Vigil does not understand. Check the server address.</source>
        <translation>El servidor de sincronización envió una respuesta que Vigil no entiende. Compruebe la dirección del servidor.</translation>
    </message>
</context>
<context>
    <name>vigil::WebDavTransport</name>
    <message>
        <source>The sync server address must start with https://.</source>
        <translation>La dirección del servidor de sincronización debe empezar por https://.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>Escriba el nombre de usuario en su propio campo, no en la dirección del servidor.</translation>
    </message>
    <message>
        <source>The sync server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>La dirección del servidor de sincronización no debe contener «?» ni «#».</translation>
    </message>
    <message>
        <source>The user name for the sync server must not contain a colon.</source>
        <translation>El nombre de usuario del servidor de sincronización no debe contener dos puntos.</translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 digest of 32 bytes.</source>
        <translation>La fijación del certificado debe ser un resumen SHA-256 de 32 bytes.</translation>
    </message>
    <message>
        <source>WebDAV server %1</source>
        <translation>Servidor WebDAV %1</translation>
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
    <message>
        <source>The report could not be written.</source>
        <translation>No se pudo escribir el informe.</translation>
    </message>
    <message>
        <source>There is no visit %1. &apos;vigil-cli report --list-visits&apos; shows the visits and their IDs.</source>
        <translation>No existe la visita %1. &apos;vigil-cli report --list-visits&apos; muestra las visitas y sus ID.</translation>
    </message>
    <message>
        <source>report needs --visit ID (&apos;vigil-cli report --list-visits&apos; shows the visits and their IDs).</source>
        <translation>report necesita --visit ID (&apos;vigil-cli report --list-visits&apos; muestra las visitas y sus ID).</translation>
    </message>
    <message>
        <source>--kind is internal (confidential notes), authorities (the report to the authorities) or public (the public summary).</source>
        <translation>--kind es internal (notas confidenciales), authorities (el informe a las autoridades) o public (el resumen público).</translation>
    </message>
    <message>
        <source>report needs --out FILE, the file to write.</source>
        <translation>report necesita --out ARCHIVO, el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Say --format pdf, odt or html: the name %1 does not tell.</source>
        <translation>Indique --format pdf, odt o html: el nombre %1 no permite deducirlo.</translation>
    </message>
    <message>
        <source>--format is pdf, odt or html.</source>
        <translation>--format es pdf, odt o html.</translation>
    </message>
    <message>
        <source>Vigil writes reports in these languages: %1.</source>
        <translation>Vigil redacta informes en estos idiomas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The publication guard takes out %n item(s) this kind of report may not show:</source>
        <translation>
            <numerusform>El control de publicación retira %n elemento que este tipo de informe no puede mostrar:</numerusform>
            <numerusform>El control de publicación retira %n elementos que este tipo de informe no puede mostrar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The publication guard has %n warning(s); no file was written.</source>
        <translation>
            <numerusform>El control de publicación emite %n advertencia; no se ha escrito ningún archivo.</numerusform>
            <numerusform>El control de publicación emite %n advertencias; no se ha escrito ningún archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n warning(s) of the publication guard (recorded in the audit log):</source>
        <translation>
            <numerusform>Se aceptó %n advertencia del control de publicación (anotada en el registro de auditoría):</numerusform>
            <numerusform>Se aceptaron %n advertencias del control de publicación (anotadas en el registro de auditoría):</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 — %4, %5, %n recommendation(s)</source>
        <translation>
            <numerusform>%1  %2  %3 — %4, %5, %n recomendación</numerusform>
            <numerusform>%1  %2  %3 — %4, %5, %n recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s).</source>
        <translation>
            <numerusform>%n visita.</numerusform>
            <numerusform>%n visitas.</numerusform>
        </translation>
    </message>
    <message>
        <source>stats needs --year YYYY (or --year FROM-TO).</source>
        <translation>stats necesita --year AAAA (o --year DESDE-HASTA).</translation>
    </message>
    <message>
        <source>--year takes a year such as 2024, or a range of up to %1 years such as 2020-2024.</source>
        <translation>--year admite un año, como 2024, o un intervalo de hasta %1 años, como 2020-2024.</translation>
    </message>
    <message>
        <source>stats writes --format csv only.</source>
        <translation>stats solo escribe --format csv.</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>No se pudo escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>--accept-warnings needs the digest of the warnings to accept, as --accept-warnings=DIGEST: run the report without it, check the warnings it lists, and pass the digest it prints. A new or changed warning gives a new digest, so a script cannot accept warnings nobody has seen.</source>
        <translation>--accept-warnings necesita la huella de las advertencias que se aceptan, en la forma --accept-warnings=HUELLA: genere el informe sin esta opción, revise las advertencias que enumera e indique la huella que muestra. Una advertencia nueva o modificada da una huella nueva, de modo que un script no puede aceptar advertencias que nadie ha visto.</translation>
    </message>
    <message>
        <source>text holding a name or number of an identity entry</source>
        <translation>texto que contiene un nombre o un número de una ficha de identidad</translation>
    </message>
    <message>
        <source>a quote the interviewee&apos;s consent does not allow</source>
        <translation>una cita que el consentimiento de la persona entrevistada no permite</translation>
    </message>
    <message>
        <source>a quote whose interviewee withdrew consent</source>
        <translation>una cita de una persona entrevistada que retiró su consentimiento</translation>
    </message>
    <message>
        <source>a quote from an interviewee at high risk of reprisals</source>
        <translation>una cita de una persona entrevistada que corre un riesgo alto de represalias</translation>
    </message>
    <message>
        <source>a sentence or quote that may single out one person</source>
        <translation>una frase o cita que puede señalar a una persona concreta</translation>
    </message>
    <message>
        <source>an interview code that links the report to the interview record</source>
        <translation>un código de entrevista que vincula el informe con el registro de la entrevista</translation>
    </message>
    <message>
        <source>see Vigil&apos;s report builder</source>
        <translation>véase el editor del informe de Vigil</translation>
    </message>
    <message>
        <source>%1 (%2): %3 [%4]</source>
        <translation>%1 (%2): %3 [%4]</translation>
    </message>
    <message numerus="yes">
        <source>The publication guard&apos;s %n warning(s) are not those of the digest %1; no file was written.</source>
        <translation>
            <numerusform>El control de publicación emite %n advertencia que no corresponde a la huella %1; no se ha escrito ningún archivo.</numerusform>
            <numerusform>El control de publicación emite %n advertencias que no corresponden a la huella %1; no se ha escrito ningún archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sentences are not printed; Vigil&apos;s report builder shows them, or --show-sentences at a terminal.</source>
        <translation>No se muestran las frases; se pueden ver en el editor del informe de Vigil, o con --show-sentences en un terminal.</translation>
    </message>
    <message>
        <source>Digest of these warnings: %1</source>
        <translation>Huella de estas advertencias: %1</translation>
    </message>
    <message>
        <source>Change the text in Vigil&apos;s report builder, or accept exactly these warnings with --accept-warnings=%1 (the decision is recorded in the audit log).</source>
        <translation>Modifique el texto en el editor del informe de Vigil, o acepte exactamente estas advertencias con --accept-warnings=%1 (la decisión queda anotada en el registro de auditoría).</translation>
    </message>
    <message>
        <source>bundle needs export or import.</source>
        <translation>bundle necesita export o import.</translation>
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
        <translation>Uso: vigil-cli [OPCIONES] ORDEN [ARGUMENTOS]

La línea de órdenes de Vigil: la misma bóveda cifrada que la ventana de Vigil.

Órdenes:
  init        crear una bóveda nueva (muestra la clave de recuperación una sola vez)
  demo        crear una bóveda con datos de demostración ficticios
  info        mostrar la identidad, el formato y los parámetros de derivación de claves de la bóveda
  verify      comprobar el cifrado de cada página, la base de datos y la cadena de auditoría
  passwd      cambiar la frase de contraseña (los datos no se vuelven a cifrar)
  recover     establecer una nueva frase de contraseña con la clave de recuperación
  db-key      mostrar la clave de SQLCipher, para abrir vigil.db en el shell de sqlcipher
  search QUERY  búsqueda de texto completo en notas, hallazgos, recomendaciones, observaciones
  stats       las cifras anuales de un año, o de varios, en CSV
  report      el informe de una visita en PDF, ODT o HTML, pasando por el control de publicación
  org ACTION  la organización: show, create, transport, invite, join, receive, devices, approve, refuse, revoke (véase más abajo)
  sync        una ronda de sincronización: recibir, importar, enviar (mediante la carpeta o el servidor WebDAV configurados, o --folder DIR)
  bundle export --out DIR | bundle import FILE... paquetes para cada dispositivo en una carpeta de buzón, o importar archivos de paquete

Opciones:
  --vault DIR                la carpeta de la bóveda (predeterminada: %1)
  --passphrase-file FILE     leer la frase de contraseña de la primera línea de FILE
  --new-passphrase-file FILE la nueva frase de contraseña, para init, passwd y recover
  --recovery-key-file FILE   la clave de recuperación, para recover
  --name NAME                el nombre visible de la bóveda, para init y demo
  --force                    demo: sustituir una bóveda de demostración existente
  --place ID                 search: solo las visitas de este lugar
  --from DATE, --to DATE     search: visitas desde/hasta esta fecha (AAAA-MM-DD)
  --category CODE            search: solo los hallazgos de esta categoría
  --year YYYY[-YYYY]         stats: el año, o una serie de años (una columna por año)
  --format csv               stats: el formato de salida (predeterminado: csv)
  --out FILE                 stats: escribir en FILE (con marca de orden de bytes UTF-8)
                             en lugar de en la salida estándar
  --list-visits              report: listar las visitas (ID, fecha, lugar, número de
                             recomendaciones), de la más reciente a la más antigua;
                             --place ID la acota
  --visit ID                 report: la visita cuyo informe se exporta
  --kind KIND                report: internal (notas confidenciales), authorities
                             (el informe a las autoridades) o public (resumen)
  --format pdf|odt|html      report: el formato del archivo (predeterminado: según
                             la extensión de --out)
  --out FILE                 report: el archivo que escribir, entero o nada en absoluto
  --language LANG            report: ar, en, es, fr, ru o zh_CN (predeterminado: el
                             idioma de trabajo de la visita)
  --accept-warnings=DIGEST   report: aceptar las advertencias del control de
                             publicación cuya huella mostró una ejecución bloqueada
                             (se anota en el registro de auditoría) y escribir
                             el archivo
  --show-sentences           report: mostrar también la frase que origina cada
                             advertencia, solo cuando la salida de error estándar
                             es un terminal
  --role ROLE                org invite: coordinator, lead o monitor
  --person ID                org invite: la ficha de la persona usuaria invitada
  --label TEXT               org invite: destinatario de la invitación
  --folder DIR               org transport, sync: la carpeta del buzón
  --webdav URL               org transport: el buzón en un servidor WebDAV (https)
  --user NAME, --password-file FILE
                             org transport: la cuenta WebDAV (la contraseña se
                             guarda en la bóveda cifrada)
  --pin HEX                  org transport: SHA-256 de la clave pública del servidor
  --kdf-opslimit N           pasadas de Argon2id (predeterminado: 3)
  --kdf-memlimit-mib N       memoria de Argon2id en MiB (predeterminado: 256)
  --verbose                  mostrar los detalles técnicos de los errores
  -h, --help                 mostrar esta ayuda
  --version                  mostrar la versión

Sin --passphrase-file, las frases de contraseña se leen del terminal sin mostrarlas.

Un informe de la bóveda de demostración:
  vigil-cli demo                       (muestra la frase de contraseña)
  vigil-cli --vault %2 report --list-visits
  vigil-cli --vault %2 report --visit ID \
            --kind authorities --out report.pdf
Unirse a una organización:
  coordinación: vigil-cli org create --name &quot;MNP&quot;
                vigil-cli org transport --webdav https://cloud.example.org/vigil/ \
                          --user npm-sync --password-file pw.txt
                vigil-cli org invite --role monitor --label &quot;Amina&quot; --out amina.vgi
  integrante:   vigil-cli org join amina.vgi --name &quot;Portátil de Amina&quot;
                vigil-cli sync           (entrega la solicitud de incorporación)
  coordinación: vigil-cli sync           (la recibe y muestra su huella digital)
                vigil-cli org approve DEVICE   (tras comparar las huellas digitales
                                                por teléfono)

El control de publicación siempre retira lo que un tipo de informe no puede mostrar
y lo indica. Si advierte de algo (alguien podría ser reconocido), no se escribe nada,
la orden termina con el código 8 y muestra la huella de las advertencias: corrija el
texto en el editor de informes de Vigil, o acepte exactamente esas advertencias con
--accept-warnings=DIGEST (las advertencias nuevas o modificadas dan una huella nueva
y vuelven a detener la exportación).

Códigos de salida:
  0 éxito              1 otro error           2 error de uso
  3 frase de contraseña o clave de recuperación incorrecta
  4 fallo de integridad (dañada o alterada)
  5 bóveda no encontrada
  6 error de almacenamiento (solo lectura, disco lleno, E/S)
  7 ya existe          8 informe no escrito: el control de publicación advierte
                         (y --accept-warnings menciona otras advertencias)
</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation>%1 es demasiado grande para ser un archivo de organización de Vigil.</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinación</translation>
    </message>
    <message>
        <source>lead inspector</source>
        <translation>responsable de equipo</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>integrante del equipo</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>Este dispositivo: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella digital: %1</translation>
    </message>
    <message>
        <source>Not in an organisation (standalone vault).</source>
        <translation>Sin organización (bóveda independiente).</translation>
    </message>
    <message>
        <source>Organisation: %1 (%2)</source>
        <translation>Organización: %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Función: %1</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>Incorporado.</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval.</source>
        <translation>A la espera de la aprobación de la coordinación.</translation>
    </message>
    <message>
        <source>Give either --folder DIR or --webdav URL.</source>
        <translation>Indique --folder DIR o --webdav URL.</translation>
    </message>
    <message>
        <source>--pin takes the SHA-256 of the server&apos;s public key, 64 hexadecimal digits.</source>
        <translation>--pin requiere el SHA-256 de la clave pública del servidor, 64 cifras hexadecimales.</translation>
    </message>
    <message>
        <source>org invite needs --role and --out FILE.vgi.</source>
        <translation>org invite necesita --role y --out FILE.vgi.</translation>
    </message>
    <message>
        <source>Invitation written to %1. Hand it over in person or on a USB stick; it can be used once, within 14 days.</source>
        <translation>Invitación escrita en %1. Entréguela en persona o en una memoria USB; puede usarse una sola vez, en un plazo de 14 días.</translation>
    </message>
    <message>
        <source>org join needs the invitation file.</source>
        <translation>org join necesita el archivo de invitación.</translation>
    </message>
    <message>
        <source>Joined %1 as %2, waiting for approval.</source>
        <translation>Unido a %1 como %2, a la espera de aprobación.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint: %1</source>
        <translation>Huella digital de la coordinación: %1</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint: %1</source>
        <translation>Huella digital de este dispositivo: %1</translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator. Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation>La próxima sincronización envía la solicitud a la coordinación. Después, léanse mutuamente las dos huellas digitales por teléfono: deben coincidir exactamente.</translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator (or carry %1 to them). Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation>La próxima sincronización envía la solicitud a la coordinación (o llévele %1). Después, léanse mutuamente las dos huellas digitales por teléfono: deben coincidir exactamente.</translation>
    </message>
    <message>
        <source>org receive needs the enrolment request file.</source>
        <translation>org receive necesita el archivo de solicitud de incorporación.</translation>
    </message>
    <message>
        <source>Request from %1 (%2, invited as %3).</source>
        <translation>Solicitud de %1 (%2, invitado como %3).</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint by phone with the one shown on the device, then: vigil-cli org approve %1</source>
        <translation>Compare por teléfono la huella digital con la que muestra el dispositivo y después: vigil-cli org approve %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revocado el %1</translation>
    </message>
    <message>
        <source>%1  waiting for approval  %2  %3</source>
        <translation>%1  a la espera de aprobación  %2  %3</translation>
    </message>
    <message>
        <source>org %1 needs the device id.</source>
        <translation>org %1 necesita el identificador del dispositivo.</translation>
    </message>
    <message>
        <source>%1 is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation>%1 forma parte ahora de la organización como %2. Recibirá la lista de dispositivos con su próxima sincronización.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>Se rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The device is revoked: its bundles are refused from now on, and nothing more is sent to it.</source>
        <translation>El dispositivo está revocado: a partir de ahora se rechazan sus paquetes y no se le envía nada más.</translation>
    </message>
    <message>
        <source>org needs one of: %1.</source>
        <translation>org necesita una de estas acciones: %1.</translation>
    </message>
    <message>
        <source>org create needs --name, the organisation&apos;s name.</source>
        <translation>org create necesita --name, el nombre de la organización.</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported (%n change(s)).</source>
        <translation>
            <numerusform>%1: importado (%n cambio).</numerusform>
            <numerusform>%1: importado (%n cambios).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported, nothing changed.</source>
        <translation>%1: ya importado, no se ha modificado nada.</translation>
    </message>
    <message>
        <source>%1: waits for an earlier bundle from the same device.</source>
        <translation>%1: a la espera de un paquete anterior del mismo dispositivo.</translation>
    </message>
    <message>
        <source>%1: refused and moved to the quarantine folder. %2</source>
        <translation>%1: rechazado y trasladado a la carpeta de cuarentena. %2</translation>
    </message>
    <message>
        <source>Enrolment request from %1 (%2). Fingerprint: %3. Compare it by phone, then: vigil-cli org approve %4</source>
        <translation>Solicitud de incorporación de %1 (%2). Huella digital: %3. Compárela por teléfono y después: vigil-cli org approve %4</translation>
    </message>
    <message>
        <source>An enrolment request was refused: %1</source>
        <translation>Se rechazó una solicitud de incorporación: %1</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Sincronizando con %1…</translation>
    </message>
    <message>
        <source>Your enrolment request was delivered to the coordinator.</source>
        <translation>Su solicitud de incorporación se entregó a la coordinación.</translation>
    </message>
    <message>
        <source>Attachment %1 is too large to travel in a bundle; it stays on this device.</source>
        <translation>El adjunto %1 es demasiado grande para viajar en un paquete; se queda en este dispositivo.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: the sensitive content of %n closed visit(s) was removed from this device.</source>
        <translation>
            <numerusform>Conservación: se quitó de este dispositivo el contenido sensible de %n visita cerrada.</numerusform>
            <numerusform>Conservación: se quitó de este dispositivo el contenido sensible de %n visitas cerradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle export needs --out DIR, the mailbox folder (for example on a USB stick).</source>
        <translation>bundle export necesita --out DIR, la carpeta del buzón (por ejemplo, en una memoria USB).</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) written to %1.</source>
        <translation>
            <numerusform>%n paquete escrito en %1.</numerusform>
            <numerusform>%n paquetes escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle import needs one or more files.</source>
        <translation>bundle import necesita uno o varios archivos.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) were refused.</source>
        <translation>
            <numerusform>Se rechazó %n paquete.</numerusform>
            <numerusform>Se rechazaron %n paquetes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This device was revoked by the coordinator: it no longer syncs.</source>
        <translation>Este dispositivo fue revocado por la coordinación: ya no se sincroniza.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnexSections</name>
    <message>
        <source>Annexes</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografías</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>Foto %1: %2</translation>
    </message>
    <message>
        <source>Registers examined</source>
        <translation>Registros examinados</translation>
    </message>
    <message>
        <source>Registers examined during the visit</source>
        <translation>Registros examinados durante la visita</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Period examined</source>
        <translation>Período examinado</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalías</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnualStatistics</name>
    <message>
        <source>Choose from one to %1 years between 1 and 9998.</source>
        <translation>Elija de uno a %1 años, entre el año 1 y el 9998.</translation>
    </message>
</context>
<context>
    <name>vigil::report::FindingSections</name>
    <message>
        <source>Standards: %1</source>
        <translation>Normas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Severity: %1. Corroborated by %n source(s).</source>
        <translation>
            <numerusform>Gravedad: %1. Corroborado por %n fuente.</numerusform>
            <numerusform>Gravedad: %1. Corroborado por %n fuentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <source>The team made no findings on this visit.</source>
        <translation>El equipo no formuló ningún hallazgo en esta visita.</translation>
    </message>
</context>
<context>
    <name>vigil::report::GuardText</name>
    <message>
        <source>the only woman;the only women;the only female;the only girl;the only boy;the only man;the only foreign national;the only foreigner;the only non-national;the only child;the only minor;the only juvenile;the only detainee;the only prisoner;the only patient;the only resident;the only person;the only one;only one woman;only one foreign national;only one child;sole woman;sole foreign national;sole detainee;sole</source>
        <comment>phrases of a report that single out one person, separated by semicolons; translate them and add the forms your language uses (genders, cases)</comment>
        <translation>la única mujer;las únicas mujeres;la única niña;la única chica;el único niño;el único chico;el único hombre;el único varón;la única persona extranjera;la única persona de nacionalidad extranjera;el único extranjero;la única extranjera;el único no nacional;la única persona no nacional;el único menor;la única menor;la única persona menor de edad;el único adolescente;la única adolescente;el único detenido;la única detenida;la única persona detenida;la única persona privada de libertad;el único preso;la única presa;la única persona presa;el único recluso;la única reclusa;el único interno;la única interna;el único paciente;la única paciente;el único residente;la única residente;la única persona;el único que;la única que;solo una mujer;una sola mujer;una única mujer;solo un extranjero;un solo extranjero;una sola extranjera;una sola persona extranjera;un solo niño;una sola niña;un solo menor;una sola persona menor de edad;única mujer;único extranjero;única extranjera;único detenido;única detenida;única persona</translation>
    </message>
</context>
<context>
    <name>vigil::report::HtmlRenderer</name>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Authority responsible</source>
        <translation>Autoridad responsable</translation>
    </message>
    <message>
        <source>Dates of the visit</source>
        <translation>Fechas de la visita</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Visita sin previo aviso</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>Visita con previo aviso</translation>
    </message>
    <message>
        <source>Addressed to: %1</source>
        <translation>Destinatario: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Plazo: %1</translation>
    </message>
</context>
<context>
    <name>vigil::report::ImageMetadata</name>
    <message>
        <source>The photo is damaged or not a JPEG or PNG image.</source>
        <translation>La foto está dañada o no es una imagen JPEG o PNG.</translation>
    </message>
</context>
<context>
    <name>vigil::report::MethodologySection</name>
    <message>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <source>Objectives of the visit: %1</source>
        <translation>Objetivos de la visita: %1</translation>
    </message>
    <message>
        <source>The team visited the following parts of the place: %1.</source>
        <translation>El equipo visitó las siguientes partes del lugar: %1.</translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n observation(s) on site.</source>
        <translation>
            <numerusform>Registró %n observación sobre el terreno.</numerusform>
            <numerusform>Registró %n observaciones sobre el terreno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team held %n interview(s): %1.</source>
        <translation>
            <numerusform>El equipo realizó %n entrevista: %1.</numerusform>
            <numerusform>El equipo realizó %n entrevistas: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) could not be held without witnesses.</source>
        <translation>
            <numerusform>%n entrevista privada no pudo realizarse sin testigos.</numerusform>
            <numerusform>%n entrevistas privadas no pudieron realizarse sin testigos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team held no interviews.</source>
        <translation>El equipo no realizó ninguna entrevista.</translation>
    </message>
    <message>
        <source>It examined the following registers: %1.</source>
        <translation>Examinó los siguientes registros: %1.</translation>
    </message>
    <message>
        <source>The team had access to every place and person it asked to see, without delay.</source>
        <translation>El equipo tuvo acceso sin demora a todos los lugares y personas que pidió ver.</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s access was refused, delayed or obstructed %n time(s).</source>
        <translation>
            <numerusform>El acceso del equipo fue denegado, demorado u obstaculizado en %n ocasión.</numerusform>
            <numerusform>El acceso del equipo fue denegado, demorado u obstaculizado en %n ocasiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusals, delays and obstructions of access</source>
        <translation>Denegaciones, demoras y obstrucciones del acceso</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Demora</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Official: %1</source>
        <translation>Funcionario: %1</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>hora no registrada</translation>
    </message>
</context>
<context>
    <name>vigil::report::OdtRenderer</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation>No se pudo escribir el documento ODT.</translation>
    </message>
</context>
<context>
    <name>vigil::report::PdfRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>No se pudo escribir el PDF.</translation>
    </message>
</context>
<context>
    <name>vigil::report::PublicationGuard</name>
    <message>
        <source>Cover page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>This text holds identity data of an interviewee (a name or number of an identity entry). It was taken out.</source>
        <translation>Este texto contiene datos de identidad de una persona entrevistada (un nombre o un número de una ficha de identidad). Se ha retirado.</translation>
    </message>
    <message>
        <source>The interview code %1 links the report to the interview record.</source>
        <translation>El código de entrevista %1 vincula el informe con el registro de la entrevista.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may single out one person.</source>
        <translation>«%1» puede señalar a una persona concreta.</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>el lugar</translation>
    </message>
    <message>
        <source>The quoted person is the only %1 among the people interviewed in %2: the quote may identify them.</source>
        <translation>La persona citada es la única %1 entre las personas entrevistadas en %2: la cita podría identificarla.</translation>
    </message>
</context>
<context>
    <name>vigil::report::QuoteConsent</name>
    <message>
        <source>The interviewee withdrew consent: the quote was taken out.</source>
        <translation>La persona entrevistada retiró su consentimiento: se ha retirado la cita.</translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted: the quote was taken out.</source>
        <translation>La persona entrevistada no aceptó ser citada: se ha retirado la cita.</translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals: the quote was taken out of the public summary.</source>
        <translation>La persona entrevistada corre un riesgo alto de represalias: se ha retirado la cita del resumen público.</translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals, and the authorities may recognise who said this.</source>
        <translation>La persona entrevistada corre un riesgo alto de represalias, y las autoridades podrían reconocer quién dijo esto.</translation>
    </message>
</context>
<context>
    <name>vigil::report::RecommendationSections</name>
    <message>
        <source>Repeats recommendation %1 of the visit of %2</source>
        <translation>Reitera la recomendación %1 de la visita del %2</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>The team made no recommendations on this visit.</source>
        <translation>El equipo no formuló ninguna recomendación en esta visita.</translation>
    </message>
    <message>
        <source>Follow-up of earlier recommendations</source>
        <translation>Seguimiento de las recomendaciones anteriores</translation>
    </message>
    <message>
        <source>No earlier recommendation to this place awaits implementation.</source>
        <translation>No hay ninguna recomendación anterior dirigida a este lugar pendiente de aplicación.</translation>
    </message>
    <message>
        <source>Recommendations of earlier visits and their status</source>
        <translation>Recomendaciones de visitas anteriores y su estado</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportBuilder</name>
    <message>
        <source>Internal notes on the visit to %1</source>
        <translation>Notas internas sobre la visita a %1</translation>
    </message>
    <message>
        <source>Visit to %1: public summary</source>
        <translation>Visita a %1: resumen público</translation>
    </message>
    <message>
        <source>Report on the visit to %1</source>
        <translation>Informe sobre la visita a %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The monitoring team</source>
        <translation>El equipo de visita</translation>
    </message>
    <message>
        <source>%1 visited %2 (%3).</source>
        <translation>%1 visitó %2 (%3).</translation>
    </message>
    <message>
        <source>%1 visited %2 (%3) on %4.</source>
        <translation>%1 visitó %2 (%3) el %4.</translation>
    </message>
    <message>
        <source>The visit was unannounced.</source>
        <translation>La visita se realizó sin previo aviso.</translation>
    </message>
    <message>
        <source>The visit was announced in advance.</source>
        <translation>La visita se anunció con antelación.</translation>
    </message>
    <message numerus="yes">
        <source>The team made %n finding(s).</source>
        <translation>
            <numerusform>El equipo formuló %n hallazgo.</numerusform>
            <numerusform>El equipo formuló %n hallazgos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report makes %n recommendation(s).</source>
        <translation>
            <numerusform>Este informe formula %n recomendación.</numerusform>
            <numerusform>Este informe formula %n recomendaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential — internal notes of the monitoring body</source>
        <translation>Confidencial — notas internas del órgano de supervisión</translation>
    </message>
    <message>
        <source>Confidential — internal notes of %1</source>
        <translation>Confidencial — notas internas de %1</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportEditRepository</name>
    <message>
        <source>The report has no such part.</source>
        <translation>El informe no tiene esa parte.</translation>
    </message>
    <message>
        <source>The quote or paragraph does not exist or was deleted.</source>
        <translation>La cita o el párrafo no existe o se ha eliminado.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s text is changed in the recommendation itself, so that the report and the follow-up say the same.</source>
        <translation>El texto de una recomendación se modifica en la propia recomendación, para que el informe y el seguimiento digan lo mismo.</translation>
    </message>
    <message>
        <source>A quote or paragraph cannot be empty; remove it instead.</source>
        <translation>Una cita o un párrafo no puede quedar vacío; quítelo en su lugar.</translation>
    </message>
    <message>
        <source>Type or paste the words to quote.</source>
        <translation>Escriba o pegue las palabras que citar.</translation>
    </message>
    <message>
        <source>Quotes come from the interviews of the report&apos;s own visit.</source>
        <translation>Las citas proceden de las entrevistas de la misma visita del informe.</translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing said in this interview can be quoted.</source>
        <translation>La persona entrevistada retiró su consentimiento: no se puede citar nada de lo dicho en esta entrevista.</translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted.</source>
        <translation>La persona entrevistada no aceptó ser citada.</translation>
    </message>
    <message>
        <source>A paragraph cannot be empty.</source>
        <translation>Un párrafo no puede quedar vacío.</translation>
    </message>
    <message>
        <source>The report edit does not exist or was deleted.</source>
        <translation>La modificación del informe no existe o se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportFile</name>
    <message>
        <source>No file name was given for the report.</source>
        <translation>No se indicó ningún nombre de archivo para el informe.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the report.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo para el informe.</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportLabels</name>
    <message>
        <source>Custody and admission register</source>
        <translation>Registro de custodia e ingresos</translation>
    </message>
    <message>
        <source>Disciplinary register</source>
        <translation>Registro disciplinario</translation>
    </message>
    <message>
        <source>Use of force and restraint register</source>
        <translation>Registro de uso de la fuerza y medios de contención</translation>
    </message>
    <message>
        <source>Segregation register</source>
        <translation>Registro de aislamiento</translation>
    </message>
    <message>
        <source>Medical register</source>
        <translation>Registro médico</translation>
    </message>
    <message>
        <source>Complaints register</source>
        <translation>Registro de quejas</translation>
    </message>
    <message>
        <source>Register of incidents and deaths</source>
        <translation>Registro de incidentes y fallecimientos</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>lagunas</translation>
    </message>
    <message>
        <source>erasures</source>
        <translation>borraduras</translation>
    </message>
    <message>
        <source>late entries</source>
        <translation>anotaciones tardías</translation>
    </message>
    <message>
        <source>unsigned sanctions</source>
        <translation>sanciones sin firmar</translation>
    </message>
    <message>
        <source>register missing</source>
        <translation>registro no disponible</translation>
    </message>
    <message>
        <source>inconsistent with other sources</source>
        <translation>discrepancias con otras fuentes</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Denegación del acceso</translation>
    </message>
    <message>
        <source>Access delayed</source>
        <translation>Demora en el acceso</translation>
    </message>
    <message>
        <source>Work obstructed</source>
        <translation>Obstrucción del trabajo</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Responsable de la delegación</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Integrantes del equipo</translation>
    </message>
    <message>
        <source>Medical experts</source>
        <translation>Profesionales de la medicina</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Especialistas</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Detainee, private interview</source>
        <translation>Persona privada de libertad, entrevista en privado</translation>
    </message>
    <message>
        <source>Group interview</source>
        <translation>Entrevista grupal</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Dirección del centro</translation>
    </message>
    <message>
        <source>External source</source>
        <translation>Fuente externa</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>mujer</translation>
    </message>
    <message>
        <source>child</source>
        <translation>persona menor de edad</translation>
    </message>
    <message>
        <source>person with a disability</source>
        <translation>persona con discapacidad</translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation>persona LGBTI</translation>
    </message>
    <message>
        <source>member of a minority</source>
        <translation>persona perteneciente a una minoría</translation>
    </message>
    <message>
        <source>indigenous person</source>
        <translation>persona indígena</translation>
    </message>
    <message>
        <source>foreign national</source>
        <translation>persona extranjera</translation>
    </message>
    <message>
        <source>older person</source>
        <translation>persona mayor</translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) with detainees</source>
        <translation>
            <numerusform>%n entrevista en privado con una persona privada de libertad</numerusform>
            <numerusform>%n entrevistas en privado con personas privadas de libertad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group interview(s)</source>
        <translation>
            <numerusform>%n entrevista grupal</numerusform>
            <numerusform>%n entrevistas grupales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with staff</source>
        <translation>
            <numerusform>%n entrevista con el personal</numerusform>
            <numerusform>%n entrevistas con el personal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with the management</source>
        <translation>
            <numerusform>%n entrevista con la dirección</numerusform>
            <numerusform>%n entrevistas con la dirección</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with external sources</source>
        <translation>
            <numerusform>%n entrevista con una fuente externa</numerusform>
            <numerusform>%n entrevistas con fuentes externas</numerusform>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation>Lugares visitados, por tipo</translation>
    </message>
    <message>
        <source>Places on record, by type</source>
        <translation>Lugares registrados, por tipo</translation>
    </message>
    <message>
        <source>Visits, by type</source>
        <translation>Visitas, por tipo</translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation>Hallazgos, por tema</translation>
    </message>
    <message>
        <source>Good practices, by theme</source>
        <translation>Buenas prácticas, por tema</translation>
    </message>
    <message>
        <source>Interviews, by kind</source>
        <translation>Entrevistas, por tipo</translation>
    </message>
    <message>
        <source>Obstruction of access, by kind</source>
        <translation>Obstrucciones del acceso, por tipo</translation>
    </message>
    <message>
        <source>Recommendations issued and their follow-up</source>
        <translation>Recomendaciones emitidas y su seguimiento</translation>
    </message>
    <message>
        <source>Recommendations, by current status</source>
        <translation>Recomendaciones, por estado actual</translation>
    </message>
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
        <source>Places visited</source>
        <translation>Lugares visitados</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Unannounced visits</source>
        <translation>Visitas sin previo aviso</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Recommendations issued</source>
        <translation>Recomendaciones emitidas</translation>
    </message>
    <message>
        <source>Reprisal cases</source>
        <translation>Casos de represalias</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitidas</translation>
    </message>
    <message>
        <source>Accepted by the authority</source>
        <translation>Aceptadas por la autoridad</translation>
    </message>
    <message>
        <source>Partly accepted by the authority</source>
        <translation>Aceptadas parcialmente por la autoridad</translation>
    </message>
    <message>
        <source>Rejected by the authority</source>
        <translation>Rechazadas por la autoridad</translation>
    </message>
    <message>
        <source>No response recorded</source>
        <translation>Sin respuesta registrada</translation>
    </message>
    <message>
        <source>Accepted fully or partly (%)</source>
        <translation>Aceptadas total o parcialmente (%)</translation>
    </message>
    <message>
        <source>Implemented fully</source>
        <translation>Aplicadas plenamente</translation>
    </message>
    <message>
        <source>Implemented partly</source>
        <translation>Aplicadas parcialmente</translation>
    </message>
    <message>
        <source>Implementation in progress</source>
        <translation>Aplicación en curso</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>No aplicadas</translation>
    </message>
    <message>
        <source>Implementation not checked yet</source>
        <translation>Aplicación aún sin comprobar</translation>
    </message>
    <message>
        <source>Implemented fully (%)</source>
        <translation>Aplicadas plenamente (%)</translation>
    </message>
    <message>
        <source>Implemented partly (%)</source>
        <translation>Aplicadas parcialmente (%)</translation>
    </message>
</context>
<context>
    <name>vigil::report::TextDocumentBuilder</name>
    <message>
        <source>Responsible authority: %1</source>
        <translation>Autoridad responsable: %1</translation>
    </message>
    <message>
        <source>Dates of the visit: %1</source>
        <translation>Fechas de la visita: %1</translation>
    </message>
    <message>
        <source>unannounced</source>
        <translation>sin previo aviso</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>con previo aviso</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Visita sin previo aviso</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>Visita con previo aviso</translation>
    </message>
    <message>
        <source>Type of visit: %1 (%2)</source>
        <translation>Tipo de visita: %1 (%2)</translation>
    </message>
    <message>
        <source>Visit team</source>
        <translation>Equipo de visita</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: names</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Addressee: %1</source>
        <translation>Destinatario: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>(A picture that could not be read.)</source>
        <translation>(Una imagen que no se pudo leer.)</translation>
    </message>
    <message>
        <source>Rendering the report was cancelled.</source>
        <translation>Se canceló la generación del informe.</translation>
    </message>
</context>
<context>
    <name>vigil::reportjobs</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>No se pudo escribir el informe.</translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation>Se canceló la tarea.</translation>
    </message>
    <message>
        <source>The report changed since it was checked. Nothing was written: look at what the publication guard finds now.</source>
        <translation>El informe ha cambiado desde que se comprobó. No se ha escrito nada: revise lo que detecta ahora el control de publicación.</translation>
    </message>
</context>
<context>
    <name>vigil::syncjobs</name>
    <message>
        <source>Sync is not set up yet. Choose a sync folder or server in Sync settings.</source>
        <translation>La sincronización aún no está configurada. Elija una carpeta o un servidor de sincronización en Ajustes de sincronización.</translation>
    </message>
</context>
</TS>
